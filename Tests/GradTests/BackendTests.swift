// The C backend against the VM: every example and every corpus program that compiles is
// built into a native executable and run; its output, exit status and run-time error must be
// the VM's (numbers within 1e-12 relative in f64 and 1e-5 in f32, though they are expected to
// print identically). They are also built with AddressSanitizer, UBSan and leak checking and
// must run clean.

import Foundation
@testable import GradC
@testable import GradDriver
import GradTensor
import XCTest

final class BackendTests: XCTestCase {
    static let tmp: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-backend-\(getpid())")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    /// Runs a program with gradc's own process runner.
    static func run(_ argv: [String], in dir: String, env: [String: String] = [:]) -> RunResult {
        let r = CLI.runProcess(argv, in: URL(fileURLWithPath: dir), env: env)
        return RunResult(status: r.status, out: r.output, err: r.errors)
    }

    func run(_ exe: String, in dir: String, env: [String: String] = [:]) -> RunResult {
        BackendTests.run([exe], in: dir, env: env)
    }

    /// Runs a program and returns its exit status, its standard output and its own peak
    /// resident set (kB, from `wait4`): the memory it touched, not the address space it
    /// reserved (thread stacks, BLAS buffers and malloc arenas reserve far more than they use).
    /// Paths in `argv` are absolute; `dir` holds the captured output.
    static func runMeasuringMemory(_ argv: [String], in dir: String) -> (status: Int32, out: String, peakKB: Int) {
        let outPath = (dir as NSString).appendingPathComponent("stdout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cargs, environ) == 0 else { return (-1, "", 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "", Int(usage.ru_maxrss))
    }

    /// Equal text, or equal but for numbers within a relative tolerance, or both within 1e-14
    /// of zero (roundoff of a value that is zero in exact arithmetic, summed in another order:
    /// as the JAX oracle compares).
    static func agree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let sep: (Character) -> Bool = { " \n[](),=".contains($0) }
        let x = a.split(whereSeparator: sep), y = b.split(whereSeparator: sep)
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where p != q {
            guard let u = Double(p), let v = Double(q), abs(u - v) <= 1e-5 * max(abs(u), abs(v)) || abs(u - v) <= 1e-14 else { return false }
        }
        return true
    }

    /// Numbers inside printed records (`c=4.97e-07`) are compared as numbers too: the random
    /// programs' native check once failed on a record whose field differed in the 16th digit.
    func testAgreeComparesNumbersInRecords() {
        XCTAssertTrue(BackendTests.agree("R(a=[1. 2.], c=4.977434085320311e-07)", "R(a=[1. 2.], c=4.977434085320317e-07)"))
        XCTAssertFalse(BackendTests.agree("R(a=[1. 2.], c=4.9e-07)", "R(a=[1. 2.], c=5.9e-07)"))
        // a derivative that is zero exactly (softmax's shift invariance; random seed 1023),
        // as roundoff in each backend's summation order
        XCTAssertTrue(BackendTests.agree("[0. 0.]] 3.469446951953614e-18", "[0. 0.]] 1.734723475976807e-18"))
        XCTAssertFalse(BackendTests.agree("3.4e-12", "1.7e-12"))
        XCTAssertFalse(BackendTests.agree("R(a=1.0)", "S(a=1.0)"))
    }

    func programs() -> [(path: String, dir: String, name: String)] {
        let cases = Repo.files("Tests/Cases", ext: "grad").map { ($0, ($0 as NSString).deletingLastPathComponent, ($0 as NSString).lastPathComponent) }
        let examples = Repo.files("Examples", ext: "grad").filter(Repo.isRunnableExample).map { ($0, Repo.root.path, String($0.dropFirst(Repo.root.path.count + 1))) }
        return cases + examples
    }

    func testNativeExecutablesAgreeWithTheVM() throws {
        var compared = 0
        for (k, p) in programs().enumerated() {
            let vm = gradc(["run", p.name], in: p.dir)
            if vm.status == 65 { continue }      // compile errors: nothing to build
            let exe = BackendTests.tmp.appendingPathComponent("p\(k)").path
            let b = gradc(["build", p.name, "-o", exe, "-O1"], in: p.dir)
            XCTAssertEqual(b.status, 0, "\(p.path): \(b.err)")
            guard b.status == 0 else { continue }
            let c = run(exe, in: p.dir)
            XCTAssertEqual(c.status, vm.status, "\(p.path): exit \(c.status), the VM's \(vm.status)\n\(c.err)")
            XCTAssertTrue(BackendTests.agree(vm.out, c.out), "\(p.path):\n--- VM\n\(vm.out)\n--- C\n\(c.out)")
            if vm.status == 70 {
                XCTAssertEqual(c.err.split(separator: "\n").first, vm.err.split(separator: "\n").first, p.path)
            }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 30)
    }

    /// Every example and corpus program that compiles, built with AddressSanitizer, UBSan and
    /// leak checking: it must exit as on the VM (0, or 70 at a run-time error) with no report.
    func testProgramsAreCleanUnderSanitizers() throws {
        var checked = 0
        for (k, p) in programs().enumerated() {
            let vm = gradc(["run", p.name], in: p.dir)
            if vm.status == 65 { continue }
            let exe = BackendTests.tmp.appendingPathComponent("asan-\(k)").path
            let b = gradc(["build", p.name, "-o", exe, "-O1", "-Xcc", "-fsanitize=address,undefined", "-Xcc", "-fno-sanitize-recover=all", "-Xcc", "-g"], in: p.dir)
            XCTAssertEqual(b.status, 0, b.err)
            let r = run(exe, in: p.dir, env: ["ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS": "print_stacktrace=1"])
            XCTAssertEqual(r.status, vm.status, "\(p.path) under sanitizers:\n\(r.err.prefix(3000))")
            XCTAssertFalse(r.err.contains("runtime error:") || r.err.contains("Sanitizer"), "\(p.path):\n\(r.err.prefix(3000))")
            try? FileManager.default.removeItem(atPath: exe)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 30)
    }

    /// `-o` relative to the working directory (the compiler itself runs in a temporary folder).
    func testRelativeOutputPath() throws {
        let dir = BackendTests.tmp.appendingPathComponent("relative")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "fn main() { print(2) }\n".write(to: dir.appendingPathComponent("two.grad"), atomically: true, encoding: .utf8)
        let b = gradc(["build", "two.grad", "-o", "two"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        XCTAssertEqual(run(dir.appendingPathComponent("two").path, in: dir.path).out, "2\n")
    }

    /// The C runtime is C: its files (Sources/GradC/runtime, in name order) are what gradc
    /// embeds, they compile without a warning under -Wall -Wextra -Werror as an executable's
    /// runtime, a library's (GRADC_LIB), with SIMD pragmas and with BLAS (when cblas.h is
    /// installed), and its unit tests (Tests/Runtime/unit.c) pass.
    func testCRuntimeIsWarningFreeCAndPassesItsUnitTests() throws {
        let dir = Repo.root.appendingPathComponent("Sources/GradC/runtime")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".h") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 5)
        let text = try files.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined()
        XCTAssertEqual(CRuntime.source, text, "the embedded runtime is not the files (rebuild)")
        for f in files {
            let lines = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
            XCTAssertLessThanOrEqual(lines, 420, "\(f) has \(lines) lines")
        }
        let work = BackendTests.tmp.appendingPathComponent("runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try text.write(to: work.appendingPathComponent("runtime.h"), atomically: true, encoding: .utf8)
        var configs = [[String](), ["-DGRADC_LIB"], ["-DGRADC_SIMD", "-fopenmp-simd"]]
        if FileManager.default.fileExists(atPath: "/usr/include/x86_64-linux-gnu/cblas.h") || FileManager.default.fileExists(atPath: "/usr/include/cblas.h") {
            configs.append(["-DGRADC_BLAS"])
        }
        for flags in configs {
            let r = BackendTests.run(["cc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"] + flags + ["-x", "c", "runtime.h"], in: work.path)
            XCTAssertEqual(r.status, 0, "cc \(flags.joined(separator: " ")):\n\(r.err)")
        }
        // The runtime as gradc build compiles it: an object of its own, and the interface a
        // program is compiled against (every GT_FN a declaration, every GT_VAR extern). The unit
        // tests pass both ways: in one file with the runtime, and linked with the object.
        let iface = CRuntime.interface.split(separator: "\n")
        XCTAssertFalse(iface.contains { $0.hasPrefix("GT_FN ") && $0.hasSuffix("{") }, "a GT_FN body in the interface")
        XCTAssertFalse(iface.contains { $0.hasPrefix("GT_VAR ") && $0.contains(" = ") }, "a GT_VAR initializer in the interface")
        XCTAssertLessThan(CRuntime.interface.count, CRuntime.source.count * 2 / 3)
        try CEmitter.runtimeObjectSource.write(to: work.appendingPathComponent("object.c"), atomically: true, encoding: .utf8)
        try ("#define GRADC_RUNTIME_EXTERN 1\n" + CRuntime.interface).write(to: work.appendingPathComponent("interface.h"), atomically: true, encoding: .utf8)
        for (k, flags) in [[String](), ["-DGRADC_LIB", "-fPIC"]].enumerated() {
            let o = BackendTests.run(["cc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-c", "-o", "object\(k).o"] + flags + ["object.c"], in: work.path)
            XCTAssertEqual(o.status, 0, "the runtime object, \(flags):\n\(o.err)")
            let i = BackendTests.run(["cc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"] + flags + ["-x", "c", "interface.h"], in: work.path)
            XCTAssertEqual(i.status, 0, "the runtime interface, \(flags):\n\(i.err)")
        }
        let unit = Repo.root.appendingPathComponent("Tests/Runtime/unit.c").path
        for (header, object) in [("runtime.h", [String]()), ("interface.h", ["object0.o"])] {
            let b = BackendTests.run(["cc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-include", header, unit] + object + ["-lm", "-o", "unit"], in: work.path)
            XCTAssertEqual(b.status, 0, b.err)
            let r = BackendTests.run(["./unit"], in: work.path)
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertEqual(r.out, "runtime unit tests passed\n")
        }
        // The ZIP code on its own, as GradArchive compiles it, under AddressSanitizer and UBSan
        // where the compiler has them: NumPy's archives, a round trip, 10,000 damaged archives.
        let zip = Repo.root.appendingPathComponent("Tests/Runtime/zip.c").path
        var sanitize = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
        try "int main(void) { return 0; }\n".write(to: work.appendingPathComponent("probe.c"), atomically: true, encoding: .utf8)
        if BackendTests.run(["cc"] + sanitize + ["probe.c", "-o", "probe"], in: work.path).status != 0 { sanitize = [] }
        let z = BackendTests.run(["cc", "-std=c11", "-O1", "-g", "-Wall", "-Wextra", "-Werror"] + sanitize + ["-I", dir.path, zip, "-o", "zip"], in: work.path)
        XCTAssertEqual(z.status, 0, z.err)
        let zr = BackendTests.run(["./zip", Repo.path("Tests/Cases/io/data/model.npz"), Repo.path("Tests/Cases/io/data/compressed.npz"), work.path], in: work.path)
        XCTAssertEqual(zr.status, 0, zr.out + zr.err)
        XCTAssertEqual(zr.out, "zip unit tests passed\n", zr.err)
        // The vectorized math functions, compiled as gradc build compiles a program, within the
        // README's bound of the correctly rounded results (long double references).
        let mvec = Repo.root.appendingPathComponent("Tests/Runtime/mvec.c").path
        let m = BackendTests.run(["cc", "-std=c11", "-O3", "-march=native", "-fopenmp-simd", "-fno-math-errno", "-DGRADC_SIMD",
                                  "-Wall", "-Wextra", "-Werror", "-include", "runtime.h", mvec, "-lm", "-o", "mvec"], in: work.path)
        XCTAssertEqual(m.status, 0, m.err)
        let v = BackendTests.run(["./mvec"], in: work.path)
        XCTAssertEqual(v.status, 0, v.out + v.err)
        XCTAssertTrue(v.out.hasSuffix("all within 4 ulp\n"), v.out)
        #if arch(x86_64) && os(Linux)
        // Debian 12's glibc (2.36) has libmvec's functions: the loops must have called them.
        let symbols = BackendTests.run(["nm", "mvec"], in: work.path)
        XCTAssertTrue(v.out.contains("glibc's libmvec"), v.out)
        XCTAssertTrue(symbols.out.contains("_ZGV") && symbols.out.contains("tanhf"), "no libmvec call in the vectorized loops")
        #endif
    }

    /// Every reduction of the op table (ReduceKind), over everything, the first, the last and a
    /// middle axis, with and without keepdims, in f64, f32 and i32 (where it takes i32), plain
    /// and ending a fused chain (the C backend's fused loops end in some): the same on both
    /// backends. A reduction the C runtime lacked, or a fused loop that mistook one for
    /// another, would print differently.
    func testEveryReductionAgreesAcrossBackends() throws {
        let dir = BackendTests.tmp.appendingPathComponent("reductions")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var lines = ["fn main() {", "  let x = randn([3, 4, 5], seed: 11)", "  let xi = i32(x * 4.0)"]
        for k in ReduceKind.allCases {
            let n = k.rawValue
            for (d, v) in [("f64", "x"), ("f32", "f32(x)"), ("i32", "xi")] where d != "i32" || k.spec.intResult != nil {
                lines.append("  print(\"\(n) \(d)\", \(n)(\(v)), \(n)(\(v) * 2.0 + 1.0))".replacingOccurrences(of: "xi * 2.0 + 1.0", with: "xi * 2 + 1"))
                for axis in [0, 1, 2, -1] {
                    for keep in [false, true] {
                        lines.append("  print(\"\(n) \(d) axis \(axis) \(keep)\", \(n)(\(v), axis: \(axis), keepdims: \(keep)), \(n)(square(\(v)) - \(v), axis: \(axis), keepdims: \(keep)))")
                    }
                }
            }
        }
        lines.append("}")
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("red.grad"), atomically: true, encoding: .utf8)
        let vm = gradc(["run", "red.grad"], in: dir.path)
        XCTAssertEqual(vm.status, 0, vm.err)
        for k in ReduceKind.allCases { XCTAssertTrue(vm.out.contains("\(k.rawValue) f32 axis -1 true"), "\(k.rawValue) is not printed") }
        let b = gradc(["build", "red.grad", "-o", "red"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let c = run(dir.appendingPathComponent("red").path, in: dir.path)
        XCTAssertEqual(c.status, 0, c.err)
        XCTAssertTrue(BackendTests.agree(vm.out, c.out), "--- VM\n\(vm.out)\n--- C\n\(c.out)")
    }

    /// Every elementwise function of the op table (UnaryFn, BinaryFn), in f64 and f32, on
    /// values around its interesting points, computes the same on both backends: a function
    /// the C runtime lacked once fell through to erf.
    func testEveryElementwiseFunctionAgreesAcrossBackends() throws {
        let dir = BackendTests.tmp.appendingPathComponent("elementwise")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var lines: [String] = []
        for dt in ["f64", "f32"] {
            lines.append("fn ew_\(dt)() {")
            lines.append("  let x = \(dt)([-2.5, -1.0, -0.5, 0.0, 0.25, 0.5, 1.5, 3.0])")
            lines.append("  let y = \(dt)([0.5, -1.0, 2.0, 0.0, 0.25, -0.5, 1.5, 1.0])")
            for fn in UnaryFn.allCases {
                // x's values where they are in the op's domain, else its ends and middle
                let (lo, hi) = (fn.spec.domain.lowerBound, fn.spec.domain.upperBound)
                let xs = [-2.5, -1.0, -0.5, 0.0, 0.25, 0.5, 1.5, 3.0].enumerated().map { k, v in
                    lo <= v && v <= hi ? v : [lo, hi, (lo + hi) / 2][k % 3]
                }
                let arg = "\(dt)([\(xs.map { String($0) }.joined(separator: ", "))])"
                switch fn.spec.surface {
                case .prefixOperator: lines.append(fn == .not ? "  print(\"not\", !(x > y))" : "  print(\"\(fn.rawValue)\", -x)")
                case .function, .ownBuiltin: lines.append("  print(\"\(fn.rawValue)\", \(fn.rawValue)(\(arg)))")
                }
            }
            for fn in BinaryFn.allCases {
                let ops: [BinaryFn: String] = [.add: "+", .sub: "-", .mul: "*", .div: "/", .eq: "==", .ne: "!=", .lt: "<",
                                               .le: "<=", .gt: ">", .ge: ">=", .and: "&&", .or: "||"]
                switch fn {
                case .and, .or: lines.append("  print(\"\(fn.rawValue)\", (x > y) \(ops[fn]!) (x < 1.0))")
                case .pow: lines.append("  print(\"pow\", pow(abs(x) + 0.5, y))")
                case .leakyRelu: lines.append("  print(\"leaky_relu\", leaky_relu(x, 0.1))")
                default:
                    if let o = ops[fn] { lines.append("  print(\"\(fn.rawValue)\", x \(o) y)") }
                    else { lines.append("  print(\"\(fn.rawValue)\", \(fn.rawValue)(x, y))") }
                }
            }
            lines.append("}")
        }
        try (lines.joined(separator: "\n") + "\nfn main() {\n  ew_f64()\n  ew_f32()\n}\n").write(to: dir.appendingPathComponent("ew.grad"), atomically: true, encoding: .utf8)
        let vm = gradc(["run", "ew.grad"], in: dir.path)
        XCTAssertEqual(vm.status, 0, vm.err)
        for name in UnaryFn.allCases.map(\.rawValue) + BinaryFn.allCases.map(\.rawValue) {
            XCTAssertTrue(vm.out.contains("\n\(name) ") || vm.out.hasPrefix("\(name) "), "\(name) is not printed:\n\(vm.out)")
        }
        let b = gradc(["build", "ew.grad", "-o", "ew"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let c = run(dir.appendingPathComponent("ew").path, in: dir.path)
        XCTAssertTrue(BackendTests.agree(vm.out, c.out), "--- VM\n\(vm.out)\n--- C\n\(c.out)")
    }

    /// --check-nan stops at the operation that made the first NaN or infinity, with its source
    /// location, on both backends alike; without it the values propagate.
    func testCheckNaN() throws {
        let dir = BackendTests.tmp.appendingPathComponent("nan")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let src = """
        fn f(x: f64[3]) -> f64 {
          let z = log(x - 1.0)
          return sum(z)
        }
        fn main() {
          print(f([3.0, 2.0, 1.5]))
          print(f([3.0, 1.0, 1.5]), 0.0 / 0.0)
        }

        """
        try src.write(to: dir.appendingPathComponent("nan.grad"), atomically: true, encoding: .utf8)
        let plain = gradc(["run", "nan.grad"], in: dir.path)
        XCTAssertEqual(plain.status, 0, plain.err)
        XCTAssertTrue(plain.out.hasSuffix("-inf nan\n"), plain.out)
        let vm = gradc(["run", "--check-nan", "nan.grad"], in: dir.path)
        XCTAssertEqual(vm.status, 70)
        XCTAssertTrue(vm.err.hasPrefix("nan.grad:2:11: error: 'log' produced -inf (--check-nan)\n"), vm.err)
        let b = gradc(["build", "--check-nan", "nan.grad", "-o", dir.appendingPathComponent("nan").path], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let c = run(dir.appendingPathComponent("nan").path, in: dir.path)
        XCTAssertEqual(c.status, 70)
        XCTAssertEqual(c.err.split(separator: "\n").first, vm.err.split(separator: "\n").first)
        XCTAssertEqual(c.out, vm.out)
    }

    /// OpenBLAS starts its worker threads when it loads, before main sets flush-to-zero, and a
    /// thread inherits the setting from the one that starts it: with two BLAS threads, part of
    /// this product (each element 512 · 1e-310, below the smallest normal) would come out as
    /// 5.1e-308 instead of 0. Executables start the workers themselves, after setting it.
    func testBLASWorkerThreadsFlushDenormals() throws {
        let dir = BackendTests.tmp.appendingPathComponent("denormal-threads")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let src = """
        fn main() {
          let a = zeros([512, 512]) + 1e-300
          let b = zeros([512, 512]) + 1e-10
          print(max(abs(a @ b)))
        }

        """
        try src.write(to: dir.appendingPathComponent("p.grad"), atomically: true, encoding: .utf8)
        let exe = dir.appendingPathComponent("p").path
        let b = gradc(["build", "p.grad", "-o", exe, "-v"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        guard b.err.contains("-lopenblas") else { throw XCTSkip("OpenBLAS is not installed") }
        XCTAssertEqual(gradc(["run", "p.grad"], in: dir.path).out, "0.0\n")
        XCTAssertEqual(run(exe, in: dir.path, env: ["OPENBLAS_NUM_THREADS": "2"]).out, "0.0\n")
        XCTAssertEqual(run(exe, in: dir.path, env: ["OMP_NUM_THREADS": "2"]).out, "0.0\n")
        XCTAssertEqual(run(exe, in: dir.path, env: ["OPENBLAS_NUM_THREADS": "2", "GRADC_DENORMALS": "1"]).out, "5.119999999999984e-308\n")
    }

    /// A rebuild of an unchanged program comes from the build cache (the same bytes, still an
    /// executable, the old output replaced); a change to the source, the flags or the compiler
    /// compiles again, and so does --no-cache; a cache that cannot be written only means
    /// compiling every time.
    func testBuildCacheKeepsWhatIsUnchanged() throws {
        let dir = BackendTests.tmp.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tag = UUID().uuidString  // a program no earlier build has seen
        func write(_ k: Int) throws { try "// \(tag)\nfn main() { print(\(k) * 2) }\n".write(to: dir.appendingPathComponent("p.grad"), atomically: true, encoding: .utf8) }
        func build(_ extra: [String] = []) -> RunResult { gradc(["build", "p.grad", "-o", "p", "-v", "-O1"] + extra, in: dir.path) }
        let exe = dir.appendingPathComponent("p").path
        try write(1)
        let first = build()
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.err.contains("program.c"), first.err)
        XCTAssertEqual(BackendTests.run([exe], in: dir.path).out, "2\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: exe))
        try "old".write(toFile: exe, atomically: true, encoding: .utf8)
        let second = build()
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertTrue(second.err.contains("unchanged, from the build cache: ") && !second.err.contains("program.c"), second.err)
        XCTAssertTrue(second.err.contains("-O1"), second.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: exe)), bytes)
        XCTAssertEqual(BackendTests.run([exe], in: dir.path).out, "2\n")
        // The runtime object is shared: a changed program compiles only itself.
        try write(2)
        let changed = build()
        XCTAssertTrue(changed.err.contains("program.c") && changed.err.contains("the runtime, from the build cache: "), changed.err)
        XCTAssertEqual(BackendTests.run([exe], in: dir.path).out, "4\n")
        for extra in [["-O2"], ["-Xcc", "-DGRADC_UNUSED"], ["--no-cache"]] {
            let b = build(extra)
            XCTAssertEqual(b.status, 0, b.err)
            XCTAssertTrue(b.err.contains("program.c"), "\(extra): \(b.err)")
        }
        // A cache folder that cannot be made (a file is in the way).
        let blocked = dir.appendingPathComponent("blocked").path
        try "x".write(toFile: blocked, atomically: true, encoding: .utf8)
        let saved = ProcessInfo.processInfo.environment["GRADC_CACHE_DIR"]
        setenv("GRADC_CACHE_DIR", blocked + "/cache", 1)
        defer { if let saved { setenv("GRADC_CACHE_DIR", saved, 1) } else { unsetenv("GRADC_CACHE_DIR") } }
        for _ in 0..<2 {
            let b = build()
            XCTAssertEqual(b.status, 0, b.err)
            XCTAssertTrue(b.err.contains("program.c"), b.err)
        }
        XCTAssertEqual(BackendTests.run([exe], in: dir.path).out, "4\n")
    }

    /// `gradc bench` times a function and its derived functions on both backends, built as
    /// `gradc build` builds (so from the build cache the second time).
    func testBenchTimesBothBackends() throws {
        let dir = BackendTests.tmp.appendingPathComponent("bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "fn f(x: f64[n]) -> f64 { return sum(tanh(x) * x) }\nfn df = grad(f)\n".write(to: dir.appendingPathComponent("b.grad"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let r = gradc(["bench", "b.grad", "--fn", "f", "--runs", "3", "--dim", "n=1000"], in: dir.path)
            XCTAssertEqual(r.status, 0, r.err)
            let rows = r.out.split(separator: "\n").filter { $0.hasPrefix("f ") || $0.hasPrefix("df ") }
            XCTAssertEqual(rows.count, 2, r.out)
            for row in rows {
                let cols = row.split(separator: " ")
                XCTAssertNotNil(Double(cols[1]), "VM ms: \(row)")
                XCTAssertNotNil(Double(cols[3]), "native ms: \(row)")
            }
        }
    }

    /// The build cache's keys: SHA-256 as FIPS 180-4 gives it (its examples), in one piece or many.
    func testSHA256MatchesTheStandard() {
        func digest(_ s: String) -> String { var h = SHA256(); h.update(Array(s.utf8)); return h.hexDigest() }
        XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(digest(String(repeating: "a", count: 1_000_000)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var h = SHA256()
        let text = Array(String(repeating: "0123456789", count: 50).utf8)
        var k = 0
        for n in [1, 63, 64, 65, 7, 200] { h.update(Array(text[k..<(k + n)])); k += n }
        h.update(Array(text[k...]))
        XCTAssertEqual(h.hexDigest(), digest(String(repeating: "0123456789", count: 50)))
        XCTAssertNotEqual(BuildCache.key(["ab", "c"]), BuildCache.key(["a", "bc"]))
    }

    func testBuildNeverOverwritesASourceFile() throws {
        let src = BackendTests.tmp.appendingPathComponent("keep.grad").path
        try "fn main() { print(1) }\n".write(toFile: src, atomically: true, encoding: .utf8)
        for target in [src, BackendTests.tmp.appendingPathComponent("other.grad").path] {
            let r = gradc(["build", src, "-o", target])
            XCTAssertEqual(r.status, 64, r.err)
            XCTAssertTrue(r.err.contains("refusing"), r.err)
        }
        XCTAssertEqual(try String(contentsOfFile: src, encoding: .utf8), "fn main() { print(1) }\n")
        // Links are resolved: the source through a link (alias.grad -> src.txt, -o src.txt),
        // and -o through a link to a source.
        let dir = BackendTests.tmp.appendingPathComponent("links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = "fn main() { print(2) }\n"
        try text.write(to: dir.appendingPathComponent("src.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("alias.grad").path, withDestinationPath: "src.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("exe").path, withDestinationPath: "alias.grad")
        for output in ["src.txt", "exe"] {
            let r = gradc(["build", "alias.grad", "-o", output], in: dir.path)
            XCTAssertEqual(r.status, 64, "\(output): \(r.err)")
            XCTAssertTrue(r.err.contains("refusing"), r.err)
        }
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("src.txt"), encoding: .utf8), text)
    }

    /// A build that fails leaves the old output as it was (the compiler writes elsewhere and
    /// the result is renamed into place); SIGTERM during the C compiler stops it and what it
    /// started, removes the temporary folder and exits with 143.
    func testFailedOrInterruptedBuildLeavesNothingBehind() throws {
        let dir = BackendTests.tmp.appendingPathComponent("interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "fn main() { print(3) }\n".write(to: dir.appendingPathComponent("p.grad"), atomically: true, encoding: .utf8)
        try "old\n".write(to: dir.appendingPathComponent("p"), atomically: true, encoding: .utf8)
        let failed = CLI.runProcess([Repo.executable, "build", "p.grad", "-o", "p"], in: dir, env: ["CC": "false"])
        XCTAssertNotEqual(failed.status, 0)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("p"), encoding: .utf8), "old\n")
        // A "compiler" that never finishes, and whose child is a second process.
        let cc = dir.appendingPathComponent("slowcc").path
        try "#!/bin/sh\nsleep 300 &\necho $! > \(dir.path)/child.pid\nwait\n".write(toFile: cc, atomically: true, encoding: .utf8)
        chmod(cc, 0o755)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Repo.executable)
        p.arguments = ["build", "p.grad", "-o", "p"]
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(["CC": cc]) { $1 }
        try p.run()
        let pidFile = dir.appendingPathComponent("child.pid").path
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: pidFile) { usleep(50_000) }
        usleep(200_000)
        let temps = { (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()))?.filter { $0.hasPrefix("gradc-build-\(p.processIdentifier)-") } ?? [] }
        XCTAssertEqual(temps().count, 1, "the build's temporary folder")
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 143)
        XCTAssertEqual(temps(), [], "the temporary folder is left behind")
        let child = Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(child, 0)
        usleep(200_000)
        // Gone, or a zombie that nothing here reaps (its parent was the killed compiler).
        let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)).flatMap { $0.split(separator: ")").last?.split(separator: " ").first } ?? "Z"
        XCTAssertEqual(state, "Z", "the compiler's child is still running")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("p"), encoding: .utf8), "old\n")
    }

    /// Loaders and writers fail cleanly and alike on both backends: a shape whose element
    /// count overflows, a header claiming 2 GB of data in a 64-byte file (refused before any
    /// allocation), a FIFO (refused, not read forever), save to /dev/full, and save to a full
    /// file system (where one can be mounted), which must keep the old file and leave no
    /// temporary file behind.
    func testLoadersAndWritersFailCleanlyOnBothBackends() throws {
        let dir = BackendTests.tmp.appendingPathComponent("io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func npy(_ name: String, _ header: String, data: Int = 0) throws {
            var h = Array(header.utf8)
            h += [UInt8](repeating: 0x20, count: (64 - (10 + h.count + 1) % 64) % 64) + [0x0a]
            let bytes: [UInt8] = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, UInt8(h.count & 255), UInt8(h.count >> 8)] + h + [UInt8](repeating: 0, count: data)
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        try npy("overflow.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296, 16), }")
        try npy("huge.npy", "{'descr': '<f8', 'fortran_order': False, 'shape': (268435456,), }", data: 64)
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("fifo.npy").path, 0o644), 0)
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("fifo.npz").path, 0o644), 0)
        // An archive whose first member says it holds 2 GB, stored in 152 bytes; one whose
        // deflated member says it inflates to 4 GB.
        var npz = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repo.path("Tests/Cases/io/data/model.npz"))))
        let cd = try XCTUnwrap((0..<npz.count - 4).first { npz[$0..<$0 + 4] == [0x50, 0x4b, 0x01, 0x02] })
        npz[cd + 24..<cd + 28] = [0, 0, 0, 0x80]
        try Data(npz).write(to: dir.appendingPathComponent("lying.npz"))
        var deflated = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repo.path("Tests/Cases/io/data/compressed.npz"))))
        let dcd = try XCTUnwrap((0..<deflated.count - 4).first { deflated[$0..<$0 + 4] == [0x50, 0x4b, 0x01, 0x02] })
        deflated[dcd + 24..<dcd + 28] = [0, 0, 0, 0xff]
        try Data(deflated).write(to: dir.appendingPathComponent("bomb.npz"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("full.npz").path, withDestinationPath: "/dev/full")
        var cases = [
            ("overflow.npy", "'overflow.npy' is not a valid .npy file: shape [4294967296, 4294967296, 16] is too large"),
            ("huge.npy", "'huge.npy' is not a valid .npy file: data is truncated: [268435456] of '<f8' needs 2147483648 bytes, the file has 64"),
            ("fifo.npy", "cannot read 'fifo.npy': not a regular file"),
        ].map { (name, message) in ("let a: f64[n] = load(\"\(name)\")\n  print(a)", message) }
        cases += [
            ("L", "lying.npz", "'lying.npz' is not a valid .npz file: a member whose sizes do not agree"),
            ("X", "bomb.npz", "'bomb.npz' is not a valid .npz file: a member whose sizes do not agree"),
            ("X", "fifo.npz", "cannot read 'fifo.npz': not a regular file"),
        ].map { (type, name, message) in ("let a: \(type) = load(\"\(name)\")\n  print(a)", message) }
        cases.append(("save(\"/dev/full\", [1.0, 2.0])", "cannot write '/dev/full': No space left on device"))
        cases.append(("save(\"full.npz\", B(W: ones([3])))", "cannot write 'full.npz': No space left on device"))
        let small = dir.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        let mounted = BackendTests.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.path], in: dir.path).status == 0
        defer { if mounted { _ = BackendTests.run(["umount", small.path], in: dir.path) } }
        let old = small.appendingPathComponent("x.npy").path
        if mounted {
            try NPY.write(Tensor([0.0, 1.0, 2.0, 3.0], shape: [4]), path: old)
            cases.append(("save(\"\(old)\", ones([20000]))", "cannot write '\(old)': No space left on device"))
            let archive = small.appendingPathComponent("x.npz").path
            try NPZ.write([("w", Tensor([5.0], shape: [1]))], path: archive)
            cases.append(("save(\"\(archive)\", B(W: ones([20000])))", "cannot write '\(archive)': No space left on device"))
        }
        for (k, (body, message)) in cases.enumerated() {
            let file = "io\(k).grad"
            try "struct B { W: f64[n] }\nstruct L { first: B }\nstruct X { x: f64[n, 3] }\nfn main() {\n  \(body)\n  print(\"not reached\")\n}\n".write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
            let vm = gradc(["run", file], in: dir.path)
            XCTAssertEqual(vm.status, 70, "\(body): \(vm.out)\(vm.err)")
            XCTAssertTrue(vm.err.contains("error: " + message), "\(body):\n\(vm.err)")
            let b = gradc(["build", file, "-o", "io\(k)", "-O1"], in: dir.path)
            XCTAssertEqual(b.status, 0, b.err)
            let c = run(dir.appendingPathComponent("io\(k)").path, in: dir.path)
            XCTAssertEqual(c.status, 70, "\(body) natively: \(c.out)\(c.err)")
            XCTAssertEqual(c.err.split(separator: "\n").first, vm.err.split(separator: "\n").first, body)
            XCTAssertFalse(c.out.contains("not reached") || vm.out.contains("not reached"), body)
            if mounted {
                XCTAssertEqual(try NPY.read(path: old).doubles, [0, 1, 2, 3], "a failed save replaced the old file")
                XCTAssertEqual(try NPZ.read(path: small.appendingPathComponent("x.npz").path, array: "w").doubles, [5], "a failed save replaced the old file")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: small.path).sorted(), ["x.npy", "x.npz"], "a temporary file is left behind")
            }
        }
    }

    /// `save("m.npz", record)` writes the same bytes on both backends (stored members, a fixed
    /// date), which Python's zipfile CRC check and NumPy's np.load accept: the arrays named by
    /// the fields, a nested record's as outer/inner, every element type and an empty array.
    func testNPZArchivesAreTheSameOnBothBackendsAndNumPyReadsThem() throws {
        let dir = BackendTests.tmp.appendingPathComponent("npz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            struct In { W: f32[2, 3]; k: i32[2] }
            struct Out { inner: In; s: f64; m: bool[3]; e: f64[0] }
            fn main() {
              let o = Out(inner: In(W: reshape(f32(arange(6)) / 4.0, [2, 3]), k: i32([7, -8])), s: 2.5, m: [1.0, 0.0, 2.0] > 0.5, e: zeros([0]))
              save("out.npz", o)
              let back: Out = load("out.npz")
              print(back.inner.W, back.inner.k, back.s, back.m, shape(back.e))
            }
            """.write(to: dir.appendingPathComponent("p.grad"), atomically: true, encoding: .utf8)
        let archive = dir.appendingPathComponent("out.npz")
        let vm = gradc(["run", "p.grad"], in: dir.path)
        XCTAssertEqual(vm.status, 0, vm.err)
        let vmBytes = try Data(contentsOf: archive)
        try FileManager.default.removeItem(at: archive)
        let b = gradc(["build", "p.grad", "-o", "p", "-O1"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let c = run(dir.appendingPathComponent("p").path, in: dir.path)
        XCTAssertEqual(c.status, 0, c.err)
        XCTAssertEqual(c.out, vm.out)
        XCTAssertEqual(vm.out, "[[0.   0.25 0.5 ]\n [0.75 1.   1.25]] [ 7 -8] 2.5 [ True False  True] [0]\n")
        XCTAssertEqual(try Data(contentsOf: archive), vmBytes, "the backends wrote different archives")
        guard BackendTests.run(["python3", "-c", "import numpy"], in: dir.path).status == 0 else { return }
        let py = BackendTests.run(["python3", "-c", """
            import numpy as np, zipfile
            assert zipfile.ZipFile('out.npz').testzip() is None
            d = np.load('out.npz')
            for k in d.files: print(k, d[k].dtype, d[k].shape, d[k].tolist())
            """], in: dir.path)
        XCTAssertEqual(py.status, 0, py.err)
        XCTAssertEqual(py.out, """
            inner/W float32 (2, 3) [[0.0, 0.25, 0.5], [0.75, 1.0, 1.25]]
            inner/k int32 (2,) [7, -8]
            s float64 () 2.5
            m bool (3,) [True, False, True]
            e float64 (0,) []

            """)
    }

    /// A store-all tape of 20 states of 32 MB (640 MB) runs natively under a 1.1 GB
    /// address-space limit: large buffers get their exact size (rounded up to a power of two,
    /// this one asked for 1 GB, and 9.8 GiB of states needed 16 GiB).
    func testLargeTapeFitsTheAddressSpace() throws {
        let dir = BackendTests.tmp.appendingPathComponent("tape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
        fn f(x: f64[n]) -> f64 {
          var h = x
          @checkpoint(store_all)
          for t in 0..<20 { h = tanh(h * 0.9 + 0.1) }
          return sum(h)
        }
        fn df = grad(f)
        fn main() {
          print(sum(df(ones([4000000]) * 0.5)))
        }

        """.write(to: dir.appendingPathComponent("tape.grad"), atomically: true, encoding: .utf8)
        let b = gradc(["build", "tape.grad", "-o", "tape"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let r = BackendTests.run(["sh", "-c", "ulimit -v 1150000 && exec ./tape"], in: dir.path)
        XCTAssertEqual(r.status, 0, r.err)
        // 4e6 × the product of the 20 trips' derivatives (1484.2935844771978 in float64); the
        // sum's last digits depend on the CPU's vector width (8 lanes on AVX-512 give ...4491)
        let sum = Double(r.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
        XCTAssertEqual(sum, 1484.2935844771978, accuracy: 1e-10 * 1484.29, r.out)
    }

    /// `gradc build --threads N`: large fused loops (elementwise, a reduction per row) are split
    /// among threads in contiguous blocks, so a program prints the same bits on one thread and
    /// on two, whichever it was built with and GRADC_THREADS asks for.
    func testThreadsGiveTheSameBits() throws {
        let dir = BackendTests.tmp.appendingPathComponent("threads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
        fn f(x: f64[n, 256]) -> f64 {
          let h = tanh(x * 0.7 + 0.1)
          return sum(log1p(sum(h * h, axis: 1)))
        }
        fn df = grad(f)
        fn main() {
          for r in 0..<2 {
            let x = sin(reshape(f64(arange(256 * 512) + r), [512, 256]) * 0.01)
            let g = df(x)
            print(f(x), sum(g * g), g[100, 0:3])
          }
        }

        """.write(to: dir.appendingPathComponent("t.grad"), atomically: true, encoding: .utf8)
        let c = gradc(["emit", "c", "t.grad"], in: dir.path)
        XCTAssertTrue(c.out.contains("GT_PARALLEL_FOR((512 * 256))") || c.out.contains("GT_PARALLEL_FOR(131072)"), "no parallel loop:\n\(c.out.suffix(3000))")
        let b = gradc(["build", "t.grad", "-o", "t", "--threads", "2", "-v", "--no-cache"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        XCTAssertTrue(b.err.contains("-fopenmp ") && b.err.contains("-DGRADC_DEFAULT_THREADS=2"), b.err)
        let two = BackendTests.run(["./t"], in: dir.path), one = BackendTests.run(["./t"], in: dir.path, env: ["GRADC_THREADS": "1"])
        XCTAssertEqual(two.status, 0, two.err)
        XCTAssertEqual(two.out, one.out)
        XCTAssertEqual(two.out.split(separator: "\n").count, 2, two.out)
        let vm = gradc(["run", "t.grad"], in: dir.path)
        XCTAssertTrue(BackendTests.agree(vm.out, two.out), "VM:\n\(vm.out)\nnative:\n\(two.out)")
        let bad = gradc(["build", "t.grad", "--threads", "-1"], in: dir.path)
        XCTAssertEqual(bad.status, 64, bad.err)
    }

    /// 100 unrolled layers `h = tanh(W @ h)` with W of 8 MB, and the gradient w.r.t. W: each
    /// layer's adjoint makes a W-sized outer product that is added to the gradient. The VM
    /// kept every value of a function until it returned (1.6 GB here) and the C emitter fused
    /// all 100 additions into one loop at the end, keeping every product alive (800 MB); now
    /// both hold a few, and each peaks under 400 MB resident. (This was an address-space limit,
    /// which OpenBLAS's buffers, the VM thread's 512 MB stack and malloc's arenas made a
    /// measure of reservations rather than of memory.)
    func testUnrolledLayersFreeTheirAdjoints() throws {
        let dir = BackendTests.tmp.appendingPathComponent("unrolled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var src = "fn f(W: f64[1024, 1024], x: f64[1024]) -> f64 {\n  var h = x\n"
        for _ in 0..<100 { src += "  h = tanh(W @ h)\n" }
        src += "  return sum(h)\n}\nfn df = grad(f, wrt: W)\n"
        src += "fn main() { print(sum(df(ones([1024, 1024]) * 0.001, ones([1024])))) }\n"
        try src.write(to: dir.appendingPathComponent("unrolled.grad"), atomically: true, encoding: .utf8)
        let b = gradc(["build", "unrolled.grad", "-o", "unrolled"], in: dir.path)
        XCTAssertEqual(b.status, 0, b.err)
        let native = BackendTests.runMeasuringMemory([dir.appendingPathComponent("unrolled").path], in: dir.path)
        XCTAssertEqual(native.status, 0)
        XCTAssertLessThan(native.peakKB, 400_000, "native peak resident set")
        let vm = BackendTests.runMeasuringMemory([Repo.executable, "run", dir.appendingPathComponent("unrolled.grad").path], in: dir.path)
        XCTAssertEqual(vm.status, 0)
        XCTAssertLessThan(vm.peakKB, 400_000, "VM peak resident set")
        let (a, c) = (Double(native.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0,
                      Double(vm.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1)
        XCTAssertEqual(a, c, accuracy: 1e-9 * abs(c), "native \(native.out), VM \(vm.out) (summation order differs)")
    }

    /// The emitted C grows linearly with the program: N layers of `h = tanh(h - mean(h) * 0.5)`
    /// and their gradient. Each layer's adjoint is read by the next one's and by its mean's
    /// sum, and fusion once inlined the whole chain into every sum (C quadratic in N: 9.7 MB
    /// at N = 200). The C added by 190 layers over 10 must be about 190/40 times what 50 add.
    func testEmittedCGrowsLinearly() throws {
        func size(_ n: Int) -> Int {
            let body = (0..<n).map { _ in "  h = tanh(h - mean(h) * 0.5)\n" }.joined()
            let src = "fn f(x: f64[64]) -> f64 {\n  var h = x\n" + body + "  return sum(h * h)\n}\nfn df = grad(f)\nfn main() { print(sum(df(ones([64]) * 0.1))) }\n"
            let file = BackendTests.tmp.appendingPathComponent("chain\(n).grad").path
            try? src.write(toFile: file, atomically: true, encoding: .utf8)
            let r = gradc(["emit", "c", file])
            XCTAssertEqual(r.status, 0, r.err)
            return r.out.utf8.count
        }
        let s10 = size(10), s50 = size(50), s200 = size(200)
        let ratio = Double(s200 - s10) / Double(s50 - s10)
        XCTAssertLessThan(ratio, 6, "C bytes: \(s10) at 10 layers, \(s50) at 50, \(s200) at 200")
    }

    func testEmittedCIsWarningFree() throws {
        let c = gradc(["emit", "c", "Examples/mlp.grad"], in: Repo.root.path)
        XCTAssertEqual(c.status, 0)
        let file = BackendTests.tmp.appendingPathComponent("mlp.c").path
        try c.out.write(toFile: file, atomically: true, encoding: .utf8)
        let r = BackendTests.run(["cc", "-std=c11", "-Wall", "-Wextra", "-O1", "-c", file, "-o", file + ".o"], in: BackendTests.tmp.path)
        XCTAssertEqual(r.status, 0, r.err)
        let err = r.err
        XCTAssertFalse(err.contains("warning"), err)
    }
}

final class LibraryTests: XCTestCase {
    /// `gradc build --lib` makes a shared library and its header; Examples/lib's C and Python
    /// programs call it and get the VM's numbers; an error returns instead of exiting.
    func testSharedLibraryFromCAndPython() throws {
        let dir = BackendTests.tmp.appendingPathComponent("lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let lib = dir.appendingPathComponent("librosenbrock.so").path
        let b = gradc(["build", "--lib", "Examples/lib/rosenbrock.grad", "-o", lib, "-O1"], in: Repo.root.path)
        XCTAssertEqual(b.status, 0, b.err)
        let header = try String(contentsOfFile: dir.appendingPathComponent("rosenbrock.h").path, encoding: .utf8)
        XCTAssertTrue(header.contains("int gradc_drosenbrock(const double *x, int64_t n, double *out);"), header)
        let exe = dir.appendingPathComponent("use_from_c").path
        let cc = BackendTests.run(["cc", "-I", dir.path, Repo.path("Examples/lib/use_from_c.c"), "-L", dir.path, "-lrosenbrock",
                                   "-Wl,-rpath," + dir.path, "-o", exe], in: dir.path)
        XCTAssertEqual(cc.status, 0, cc.err)
        let c = BackendTests.run([exe], in: dir.path)
        XCTAssertEqual(c.out, "value 49.200000 gradient -215.600000 112.000000 -100.000000\n", c.err)
        // Python with ctypes and NumPy, where NumPy is installed.
        if BackendTests.run(["python3", "-c", "import numpy"], in: dir.path).status == 0 {
            let py = BackendTests.run(["python3", Repo.path("Examples/lib/use_from_python.py"), lib], in: dir.path)
            XCTAssertEqual(py.out, "value 49.200000 gradient [-215.6  112.  -100. ]\n", py.err)
            // A negative size is an error that the caller sees, not an exit.
            let bad = BackendTests.run(["python3", "-c", """
                import ctypes, numpy as np
                lib = ctypes.CDLL('\(lib)'); lib.gradc_last_error.restype = ctypes.c_char_p
                p = np.ctypeslib.ndpointer(dtype=np.float64, flags='C_CONTIGUOUS')
                lib.gradc_rosenbrock.argtypes = [p, ctypes.c_int64, p]
                print(lib.gradc_rosenbrock(np.zeros(3), -1, np.zeros(1)), lib.gradc_last_error().decode())
                """], in: dir.path)
            XCTAssertTrue(bad.out.hasPrefix("1 ") && bad.out.contains("size argument n = -1 is negative"), bad.out + bad.err)
        }
    }

    /// The C ABI under threads and bad arguments (Tests/Lib/threads.c on Tests/Lib/model.grad):
    /// 8 threads calling a gradient and a failing function get the single-threaded results
    /// bit for bit and their own errors; NULL pointers and absurd sizes are errors; 100,000
    /// failing calls leave the resident memory where it was; names that are C keywords or the
    /// runtime's compile. Then the same under ThreadSanitizer and under AddressSanitizer with
    /// leak checking, which must report nothing.
    func testSharedLibraryIsThreadSafeAndFreesOnErrors() throws {
        for (variant, flags, args) in [("plain", [String](), ["8", "200", "100000"]),
                                       ("tsan", ["-fsanitize=thread", "-g"], ["8", "60", "1000"]),
                                       ("asan", ["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-g"], ["8", "60", "20000"])] {
            let dir = BackendTests.tmp.appendingPathComponent("lib-threads-\(variant)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let lib = dir.appendingPathComponent("libmodel.so").path
            let b = gradc(["build", "--lib", "Tests/Lib/model.grad", "-o", lib] + flags.flatMap { ["-Xcc", $0] }, in: Repo.root.path)
            XCTAssertEqual(b.status, 0, "\(variant): \(b.err)")
            let header = try String(contentsOfFile: dir.appendingPathComponent("model.h").path, encoding: .utf8)
            XCTAssertTrue(header.contains("int gradc_pick(const double *res, const int32_t *int_, const double *double_, const double *NULL_, int64_t n, double *out);"), header)
            let exe = dir.appendingPathComponent("threads").path
            let cc = BackendTests.run(["cc", "-std=c11", "-Wall", "-O1", "-I", dir.path, Repo.path("Tests/Lib/threads.c"), "-L", dir.path, "-lmodel",
                                       "-Wl,-rpath," + dir.path, "-pthread", "-o", exe] + flags, in: dir.path)
            XCTAssertEqual(cc.status, 0, "\(variant): \(cc.err)")
            let r = BackendTests.run([exe] + args, in: dir.path, env: ["ASAN_OPTIONS": "detect_leaks=1", "TSAN_OPTIONS": "halt_on_error=1"])
            XCTAssertEqual(r.status, 0, "\(variant):\n\(r.out)\(r.err.prefix(4000))")
            XCTAssertTrue(r.out.hasPrefix("ok: 8 threads"), "\(variant): \(r.out)")
            XCTAssertFalse(r.err.contains("Sanitizer") || r.err.contains("runtime error"), "\(variant):\n\(r.err.prefix(4000))")
        }
    }
}
