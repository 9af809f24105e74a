// The compilation pipeline shared by every command:
//   read -> lex/parse (AST) -> IRGen (names, types, shapes; IR) -> passes, verified after each
//   -> bytecode. Each stage stops the pipeline when it reported errors.

import Foundation
import GradAD
import GradIR
import GradSema
import GradSyntax
import GradTensor
import GradVM

public enum ExitCode: Int32 {
    case ok = 0
    case failure = 1      // a check failed (gradc check)
    case usage = 64
    case compileError = 65
    case runtimeError = 70
    case ioError = 74
}

public struct CompileFailure: Error {
    public var code: ExitCode
    public var message: String
}

public final class Compilation {
    public let file: SourceFile
    public let diagnostics = DiagnosticEngine()
    public private(set) var program = Program(items: [])
    public private(set) var module = Module()
    public internal(set) var derived: [DerivedSpec] = []
    public var optimize = true
    /// Whether the VM runs elementwise chains as fused kernels (with `optimize`; not when
    /// GRADC_VM_FUSION=0).
    public var fuse = true
    /// Lower with every f32 made f64 (for gradc check).
    public var promoteF32 = false
    /// The checkpoint schedule of loops without @checkpoint(...).
    public var checkpoint: CheckpointSchedule = .auto(nil)
    /// What reverse mode planned per loop (gradc emit plan).
    public private(set) var plans: [LoopPlanReport] = []
    /// Extra derived functions to generate, given the program's own (gradc check adds a JVP
    /// and a VJP of each base function).
    public var extraDerived: (([DerivedSpec]) -> [DerivedSpec])?
    /// The REPL's entry function, when this compilation is a REPL input, and what it returns.
    public var session: SessionEntry?
    public private(set) var sessionResult: SessionResult?

    public init(file: SourceFile) { self.file = file }

    public static func open(_ path: String) throws -> Compilation {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDir: ObjCBool = false
            let why = FileManager.default.fileExists(atPath: path, isDirectory: &isDir) ? (isDir.boolValue ? "it is a directory" : "it is not readable") : "no such file"
            throw CompileFailure(code: .ioError, message: "error: cannot read '\(path)': \(why)\n")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CompileFailure(code: .ioError, message: "error: '\(path)' is not UTF-8 text\n")
        }
        return Compilation(file: SourceFile(path: path, text: text))
    }

    func failIfErrors() throws {
        if diagnostics.hasErrors {
            throw CompileFailure(code: .compileError, message: diagnostics.render(file) + summary())
        }
    }

    func summary() -> String {
        let n = diagnostics.errorCount
        return "\(n) error\(n == 1 ? "" : "s") generated.\n"
    }

    /// Warnings to show even when compilation succeeds.
    public var warnings: String { diagnostics.hasErrors ? "" : diagnostics.render(file) }

    public func parse() throws {
        program = Parser.parse(file, diagnostics: diagnostics)
        try failIfErrors()
    }

    /// Parses, checks and lowers to verified IR, simplified unless `optimize` is off.
    public func lower() throws {
        // Names, types and shapes are checked even after a syntax error, on the statements
        // that parsed, so one run reports every independent error.
        program = StageTimer.time("parse") { Parser.parse(file, diagnostics: diagnostics) }
        let gen = IRGen(program, diagnostics: diagnostics, promoteF32: promoteF32, session: session)
        StageTimer.time("irgen") { gen.run() }
        (module, derived, sessionResult) = (gen.module, gen.derived, gen.sessionResult)
        if let extra = extraDerived { derived += extra(derived) }
        try failIfErrors()
        do {
            plans = try StageTimer.time("differentiate") { try ADContext.generate(module, derived, checkpoint: checkpoint, simplify: optimize) }
        } catch let e as ADError {
            let at = SourceLoc(line: Int(e.loc.line), column: Int(e.loc.column))
            diagnostics.error(e.message, at: SourceRange(at, SourceLoc(line: Int(e.loc.line), column: Int(e.loc.column) + 1)),
                              notes: e.note.map { [.init($0)] } ?? [])
            try failIfErrors()
        } catch let e as VerifierError {
            throw CompileFailure(code: .compileError, message: "internal compiler error: \(e)\n")
        }
        do {
            try StageTimer.time("verify") { try Verifier.verify(module) }
            if optimize { try PassManager.simplify(module) }
        } catch {
            throw CompileFailure(code: .compileError, message: "internal compiler error: \(error)\n")
        }
    }

    public func bytecode() throws -> BytecodeProgram {
        try lower()
        let fuse = optimize && self.fuse && ProcessInfo.processInfo.environment["GRADC_VM_FUSION"] != "0"
        return StageTimer.time("bytecode") { BytecodeCompiler.compile(module, fuse: fuse) }
    }
}

/// Runs `body` on a thread with a large stack, so deeply nested input cannot overflow it. When
/// the system refuses a 512 MB stack (an address-space limit, `ulimit -v`), smaller ones are
/// tried, and at last the calling thread: Foundation's `Thread` waited forever there.
public func withLargeStack<T>(_ body: @escaping () -> T) -> T {
    var result: T?
    let job = Unmanaged.passRetained(StackJob { result = body() })
    defer { job.release() }
    for size in [1 << 29, 1 << 26, 1 << 23] {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        var thread = pthread_t()
        guard pthread_attr_setstacksize(&attr, size) == 0,
              pthread_create(&thread, &attr, { Unmanaged<StackJob>.fromOpaque($0!).takeUnretainedValue().run(); return nil },
                             job.toOpaque()) == 0 else { continue }
        pthread_join(thread, nil)
        return result!
    }
    return body()
}

private final class StackJob {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
