// swift-tools-version:6.0
// gradc: a source-to-source differentiation compiler for the Grad tensor language.
// Targets follow the pipeline; dependencies point one way:
//   GradFloatEnv (C: flush-to-zero), GradKernels (C: vector block loops), GradPlanner (C: the
//   runtime's checkpoint planner), GradArchive (C: the runtime's ZIP code, for .npz)
//   <- GradTensor (runtime tensors, kernels, .npy) <- GradIR (SSA IR, passes)
//   GradSyntax (lexer, parser, AST, diagnostics)
//   GradSema (names, types, shapes; AST -> IR)   GradAD (forward and reverse mode on IR)
//   GradVM (bytecode, interpreter)   GradC (C emitter; its C runtime as C files, embedded by EmbedRuntime)
//   GradDriver (CLI)  <- gradc (thin executable)
import PackageDescription

let optimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "gradc",
    products: [
        .executable(name: "gradc", targets: ["gradc"]),
    ],
    targets: [
        // The tensor kernels are the VM's hot path, and the IR passes and the VM run on every
        // program the tests compile: optimized even in debug builds.
        .target(name: "GradFloatEnv"),
        // The fused kernels' block loops, in C so that they are compiled for the CPU's vector
        // width (see GradKernels.h); optimized in every build.
        .target(name: "GradKernels", cSettings: [.unsafeFlags(["-O2", "-ffp-contract=off", "-fno-math-errno"])],
                linkerSettings: [.linkedLibrary("mvec", .when(platforms: [.linux]))]),
        // The checkpointing planner: the C runtime's own (GradC/runtime/35-planner.h), compiled.
        .target(name: "GradPlanner", cSettings: [.unsafeFlags(["-O2"])]),
        // The .npz reader and writer: the C runtime's own (GradC/runtime/45-zip.h), compiled.
        .target(name: "GradArchive", cSettings: [.unsafeFlags(["-O2"])]),
        .target(name: "GradTensor", dependencies: ["GradFloatEnv", "GradKernels", "GradPlanner", "GradArchive"], swiftSettings: optimized),
        .target(name: "GradSyntax"),
        .target(name: "GradIR", dependencies: ["GradTensor"], swiftSettings: optimized),
        .target(name: "GradSema", dependencies: ["GradSyntax", "GradIR"]),
        .target(name: "GradAD", dependencies: ["GradIR", "GradTensor"], swiftSettings: optimized),
        .target(name: "GradVM", dependencies: ["GradIR", "GradTensor", "GradFloatEnv"], swiftSettings: optimized),
        // The C runtime is C files (runtime/*.h); the plugin embeds them as a Swift string.
        .executableTarget(name: "EmbedRuntime"),
        .plugin(name: "EmbedRuntimePlugin", capability: .buildTool(), dependencies: ["EmbedRuntime"],
                path: "Sources/EmbedRuntimePlugin"),
        .target(name: "GradC", dependencies: ["GradIR", "GradTensor"], exclude: ["runtime"],
                plugins: ["EmbedRuntimePlugin"]),
        .target(name: "GradDriver", dependencies: ["GradSyntax", "GradIR", "GradSema", "GradAD", "GradVM", "GradC", "GradTensor"]),
        .executableTarget(name: "gradc", dependencies: ["GradDriver"]),
        .testTarget(name: "GradTests",
                    dependencies: ["GradDriver", "GradSyntax", "GradIR", "GradSema", "GradAD", "GradVM", "GradC", "GradTensor"],
                    exclude: []),
    ],
    swiftLanguageModes: [.v5]
)
