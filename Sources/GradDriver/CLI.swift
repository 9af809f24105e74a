// The `gradc` command line: subcommands, their options and help, exit codes from sysexits
// (64 usage, 65 compile error, 70 run-time error, 74 I/O).

import Foundation
import GradC
import GradIR
import GradSema
import GradSyntax
import GradTensor
import GradVM

public enum CLI {
    public static let version = "gradc 0.1.0"

    static let usage = """
    OVERVIEW: gradc, a source-to-source differentiation compiler for the Grad tensor language

    USAGE: gradc <command> [options] <file.grad>

    COMMANDS:
      run FILE                 run main() on the bytecode VM
      emit STAGE FILE          print a stage: ast, ir, grad, bytecode, c, plan, dot (emit prelude: the prelude)
      check FILE               compare every derived function with finite differences
      build FILE -o EXE        compile to a native executable (C, linked with BLAS)
      bench FILE --fn NAME     time a function and its derived functions on both backends
      plot LOG -o SVG          draw a run log (run --log) as SVG: loss and gradient norms
      repl                     an interactive session (:help inside it)
      help [COMMAND]           show help for a command

    OPTIONS:
      -h, --help               show help
      --version                show the version

    See 'gradc help <command>' for a command's options.

    """

    /// Options several commands share, as their help shows them (after the indentation).
    static let checkpointOption = """
        --checkpoint=SCHEDULE    how reverse mode keeps loop states: auto (default: store-all
                                   when they fit a quarter of physical memory, else sqrt),
                                   auto:BYTES, store-all, sqrt, binomial:S (S snapshots),
                                   budget:BYTES (64MB, 1GiB); @checkpoint(...) on a loop
                                   overrides it there
        """
    static let checkNaNOption = """
        --check-nan              stop at the first NaN or infinity an operation produces,
                                   with its source location
        """

    static let commandHelp: [String: String] = [
        "bench": """
        OVERVIEW: time a function and every derived function of it, on the VM and natively
        (median of repeated runs after a warm-up, ratio to the primal, peak memory)

        USAGE: gradc bench <file.grad> --fn NAME [--runs K] [--dim NAME=SIZE] [--seed N]

        OPTIONS:
          --fn NAME                the function (its derived functions are timed too)
          --runs K                 timed runs per function (default 5)
          --dim NAME=SIZE          the size to use for a size name (default 3), repeatable
          --seed N                 the seed of the random inputs (default 0)
          --threads N              threads of the native code and its BLAS (default 1; the VM
                                   runs on one)
          \(checkpointOption)
          -h, --help               show this help

        """,
        "build": """
        OVERVIEW: compile a Grad program to a native executable: emit C, compile it with the
        system C compiler ($CC or cc) and link BLAS when it is installed

        USAGE: gradc build [options] <file.grad> [-o <executable>]
               gradc build --lib <file.grad> [-o libNAME.so]   (also writes NAME.h)

        OPTIONS:
          -o PATH                  the executable (default: the file's name without .grad);
                                   never a .grad file
          --lib                    a shared library exporting every function and derived
                                   function, and a header NAME.h with their C ABI
          --export-vjp             with --lib, also a VJP of every function whose parameters
                                   and result are floats, as f_vjp (what the Python package's
                                   JAX adapter calls)
          --mpi                    link Open MPI (mpicc's flags): run with mpirun -np N EXE;
                                   world_size(), rank(), allreduce_sum/mean and broadcast
                                   use MPI_COMM_WORLD, rank 0 prints, logs and saves
          -O0, -O1, -O2, -O3       the C compiler's optimization (default -O3)
          --target-cpu CPU         -march for the C compiler (default: native)
          --blas=openblas|none     link OpenBLAS, or use the built-in GEMM (default: OpenBLAS
                                   when installed)
          --threads N              the threads the executable uses by default, 0 for every
                                   core: large fused loops are split among them (OpenMP) and
                                   BLAS uses as many (default 1; GRADC_THREADS=N overrides it
                                   when it runs; a --lib library runs on its caller's thread)
          -Xcc FLAG                pass FLAG to the C compiler (for example -fsanitize=address)
          -v                       print the C compiler's commands (or the cached file used)
          --no-cache               compile even when the build cache has the result
                                   (also GRADC_CACHE=0; the cache is $GRADC_CACHE_DIR,
                                   $XDG_CACHE_HOME/gradc or ~/.cache/gradc)
          \(checkNaNOption)
          \(checkpointOption)
          -h, --help               show this help

        """,
        "check": """
        OVERVIEW: check every derived function against central finite differences (in f64) and
        run the dot-product test between forward and reverse mode

        USAGE: gradc check [options] <file.grad>

        OPTIONS:
          --fn NAME                only this derived function, or the derived functions of NAME
          --dim NAME=SIZE          the size to use for a size name (default 3), repeatable
          --seed N                 the seed of the random inputs (default 0)
          --threads N              threads of the native code and its BLAS (default 1; the VM
                                   runs on one)
          \(checkpointOption)
          -h, --help               show this help

        Exit status: 0 when every check passes, 1 when one fails.

        """,
        "repl": """
        OVERVIEW: an interactive Grad session: definitions, statements and expressions at the
        prompt, and commands (:help lists them). On a terminal it edits lines, keeps history in
        ~/.gradc_history and completes names with Tab; piped input is run line by line with no
        prompts, so 'gradc repl < session.txt' scripts a session.

        USAGE: gradc repl [options]

        OPTIONS:
          \(checkpointOption)
          -h, --help               show this help

        Exit status (piped input): 0 when every input ran, else the status of the first that
        failed (65 compile error, 70 run-time error, 64 a bad command, 1 a failed :check).

        """,
        "plot": """
        OVERVIEW: draw a run log as SVG: the loss of every progress(...) call and the gradient
        norm of every field print_norms(...) logged, over the steps, on a log scale

        USAGE: gradc plot <run.jsonl> [-o <run.svg>]

        The log is what `gradc run --log run.jsonl` writes, or an executable run with
        GRADC_LOG=run.jsonl.

        OPTIONS:
          -o PATH                  the SVG file (default: the log's name with .svg); never a
                                   .grad file or the log itself
          -h, --help               show this help

        """,
        "run": """
        OVERVIEW: run main() of a Grad program on the bytecode VM

        USAGE: gradc run [options] <file.grad>

        OPTIONS:
          -O0                      do not run the simplification passes
          --log FILE               write a JSON line to FILE for every progress(...) and
                                   print_norms(...) call (for `gradc plot`; default:
                                   $GRADC_LOG, which executables read too)
          \(checkNaNOption)
          \(checkpointOption)
          -h, --help               show this help

        Exit status: 0 on success, 65 on a compile error, 70 on a run-time error, 74 when
        the file cannot be read.

        """,
        "emit": """
        OVERVIEW: print one stage of the compiler

        USAGE: gradc emit <stage> [options] <file.grad>

        STAGES:
          ast                      the syntax tree
          ir                       the SSA IR after simplification (-O0: as generated)
          grad                     the derived functions as Grad source
          c                        the program as one C11 file (what gradc build compiles)
          bytecode                 the VM's bytecode, disassembled
          plan                     the checkpoint plan of every loop reverse mode differentiates
          dot                      dataflow as a Graphviz graph (dot -Tsvg): --fn f draws f and
                                   the functions derived from it, primal, adjoint and tape
                                   values coloured apart
          prelude                  the prelude's source (optimizers, clipping, schedules); no file

        OPTIONS:
          --fn NAME                only this function
          -O0                      do not run the simplification passes
          \(checkpointOption)
          -h, --help               show this help

        """,
    ]

    /// Runs the command line; returns the exit status. Output goes through the closures.
    public static func main(_ argv: [String], out: @escaping (String) -> Void, err: @escaping (String) -> Void) -> Int32 {
        var args = Array(argv.dropFirst())
        guard let cmd = args.first else { err(usage); return ExitCode.usage.rawValue }
        args.removeFirst()
        switch cmd {
        case "-h", "--help": out(usage); return 0
        case "--version", "version": out(version + "\n"); return 0
        case "help":
            if let c = args.first {
                guard let h = commandHelp[c] else { err("error: no command '\(c)'\n"); return ExitCode.usage.rawValue }
                out(h)
            } else {
                out(usage)
            }
            return 0
        case "repl":
            if args.contains("-h") || args.contains("--help") { out(commandHelp[cmd]!); return 0 }
            let session = REPLSession(out: out, err: err)
            for a in args {
                guard a.hasPrefix("--checkpoint="), let s = try? CheckpointSchedule.parse(String(a.dropFirst("--checkpoint=".count))) else {
                    err("error: unknown option '\(a)' for 'gradc repl'\n\n" + commandHelp[cmd]!)
                    return ExitCode.usage.rawValue
                }
                session.checkpoint = s
            }
            return withLargeStack { REPLFrontEnd.run(session) }
        case "run", "emit", "check", "build", "bench", "plot":
            if args.contains("-h") || args.contains("--help") { out(commandHelp[cmd]!); return 0 }
            defer { if StageTimer.enabled { err("stage times (GRADC_TIME_PASSES):\n" + StageTimer.report() + "\n") } }
            do {
                let opts = try Options.parse(cmd, args)
                return try withLargeStack { () -> Result<Int32, Error> in
                    Result { try execute(cmd, opts, out: out, err: err) }
                }.get()
            } catch let f as CompileFailure {
                err(f.message)
                return f.code.rawValue
            } catch {
                err("error: \(error)\n")
                return ExitCode.runtimeError.rawValue
            }
        default:
            let known = ["run", "emit", "check", "build", "bench", "plot", "repl", "help"]
            var msg = "error: unknown command '\(cmd)'\n"
            if let near = known.min(by: { distance(cmd, $0) < distance(cmd, $1) }), distance(cmd, near) <= 2 {
                msg += "note: did you mean '\(near)'?\n"
            }
            err(msg + "\n" + usage)
            return ExitCode.usage.rawValue
        }
    }

    struct Options {
        var stage: String?
        var file = ""
        var function: String?
        var optimize = true
        /// `emit ir --fused`: the IR as the VM runs it, elementwise chains fused into kernels.
        var fused = false
        var dims: [String: Int] = [:]
        var seed = 0
        var output: String?
        var cOpt = 3
        var targetCPU: String?
        var blas = "auto"
        var verbose = false
        var cflags: [String] = []
        var library = false
        var exportVJP = false
        /// `build --mpi`: link Open MPI; the data-parallel built-ins call it.
        var mpi = false
        var log: String?
        var noCache = false
        var runs = 5
        var checkpoint: CheckpointSchedule = .auto(nil)
        var checkNaN = false
        /// `build --threads N` (0: every core) and `bench --threads N` (default 1).
        var threads: Int?

        static let stages = ["ast", "ir", "grad", "bytecode", "c", "plan", "dot", "prelude"]

        static func parse(_ cmd: String, _ args: [String]) throws -> Options {
            var o = Options()
            var rest: [String] = []
            var k = 0
            func fail(_ m: String) -> CompileFailure {
                CompileFailure(code: .usage, message: "error: \(m)\n\n" + (CLI.commandHelp[cmd] ?? CLI.usage))
            }
            let flags = cmd == "emit" ? ["--fn", "-O0", "--checkpoint", "--fused"] : cmd == "check" ? ["--fn", "--dim", "--seed", "--checkpoint"]
                : cmd == "bench" ? ["--fn", "--dim", "--seed", "--runs", "--checkpoint", "--threads"]
                : cmd == "build" ? ["-o", "-O0", "-O1", "-O2", "-O3", "--target-cpu", "--blas=openblas", "--blas=none", "-v", "-Xcc", "--lib", "--export-vjp", "--mpi", "--no-cache", "--checkpoint", "--check-nan", "--threads"] : cmd == "run" ? ["-O0", "--checkpoint", "--check-nan", "--log"] : cmd == "plot" ? ["-o"] : ["-O0", "--checkpoint", "--check-nan"]
            while k < args.count {
                var a = args[k]
                if a.hasPrefix("--checkpoint=") || a == "--checkpoint" {
                    var value = String(a.dropFirst("--checkpoint=".count))
                    if a == "--checkpoint" {
                        guard k + 1 < args.count else { throw fail("--checkpoint needs a schedule: auto, auto:BYTES, store-all, sqrt, binomial:S or budget:BYTES") }
                        value = args[k + 1]
                        k += 1
                    }
                    do { o.checkpoint = try CheckpointSchedule.parse(value) } catch { throw fail("--checkpoint: \(error)") }
                    k += 1
                    continue
                }
                a = args[k]
                switch a {
                case "-O0" where cmd == "build": o.cOpt = 0
                case "-O1" where cmd == "build", "-O2" where cmd == "build", "-O3" where cmd == "build": o.cOpt = Int(String(a.last!))!
                case "-o" where cmd == "build" || cmd == "plot":
                    guard k + 1 < args.count else { throw fail("-o needs a path") }
                    o.output = args[k + 1]
                    k += 1
                case "--target-cpu" where cmd == "build":
                    guard k + 1 < args.count else { throw fail("--target-cpu needs a CPU name") }
                    o.targetCPU = args[k + 1]
                    k += 1
                case "--blas=openblas" where cmd == "build", "--blas=none" where cmd == "build":
                    o.blas = String(a.dropFirst("--blas=".count))
                case "-v" where cmd == "build": o.verbose = true
                case "--check-nan" where cmd == "build" || cmd == "run": o.checkNaN = true
                case "--lib" where cmd == "build": o.library = true
                case "--log" where cmd == "run":
                    guard k + 1 < args.count else { throw fail("--log needs a file") }
                    o.log = args[k + 1]
                    k += 1
                case "--export-vjp" where cmd == "build": o.exportVJP = true
                case "--mpi" where cmd == "build": o.mpi = true
                case "--no-cache" where cmd == "build": o.noCache = true
                case "-Xcc" where cmd == "build":
                    guard k + 1 < args.count else { throw fail("-Xcc needs a flag") }
                    o.cflags.append(args[k + 1])
                    k += 1
                case "-O0": o.optimize = false
                case "--fused" where cmd == "emit": o.fused = true
                case "--threads" where cmd == "build" || cmd == "bench":
                    guard k + 1 < args.count, let v = Int(args[k + 1]), v >= (cmd == "build" ? 0 : 1) else {
                        throw fail("--threads needs \(cmd == "build" ? "a number of threads, or 0 for every core" : "a positive number of threads")")
                    }
                    o.threads = v
                    k += 1
                case "--runs" where cmd == "bench":
                    guard k + 1 < args.count, let v = Int(args[k + 1]), v > 0 else { throw fail("--runs needs a positive integer") }
                    o.runs = v
                    k += 1
                case "--dim" where cmd == "check" || cmd == "bench":
                    guard k + 1 < args.count else { throw fail("--dim needs NAME=SIZE") }
                    let parts = args[k + 1].split(separator: "=")
                    guard parts.count == 2, let v = Int(parts[1]), v >= 0 else { throw fail("--dim takes NAME=SIZE, like --dim n=5") }
                    o.dims[String(parts[0])] = v
                    k += 1
                case "--seed" where cmd == "check" || cmd == "bench":
                    guard k + 1 < args.count, let v = Int(args[k + 1]) else { throw fail("--seed needs an integer") }
                    o.seed = v
                    k += 1
                case "--fn" where cmd == "emit" || cmd == "check" || cmd == "bench":
                    guard k + 1 < args.count else { throw fail("--fn needs a function name") }
                    o.function = args[k + 1]
                    k += 1
                default:
                    if a.hasPrefix("-") && a != "-" {
                        let near = flags.min { distance(a, $0) < distance(a, $1) }
                        let hint = near.map { distance(a, $0) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
                        throw fail("unknown option '\(a)' for 'gradc \(cmd)'\(hint)")
                    }
                    rest.append(a)
                }
                k += 1
            }
            if cmd == "emit" {
                guard let s = rest.first else { throw fail("missing the stage to emit (one of \(stages.joined(separator: ", ")))") }
                guard stages.contains(s) else { throw fail("unknown stage '\(s)'; expected one of \(stages.joined(separator: ", "))") }
                o.stage = s
                rest.removeFirst()
                if s == "prelude" && rest.isEmpty { return o }
            }
            guard rest.count == 1 else {
                throw fail(rest.isEmpty ? "missing the input file" : "expected one input file, got \(rest.count): \(rest.joined(separator: " "))")
            }
            o.file = rest[0]
            return o
        }
    }

    static func execute(_ cmd: String, _ o: Options, out: @escaping (String) -> Void, err: @escaping (String) -> Void) throws -> Int32 {
        if cmd == "check" { return try runCheck(o, out: out, err: err) }
        if cmd == "build" { return try runBuild(o, out: out, err: err) }
        if cmd == "bench" { return try runBench(o, out: out, err: err) }
        if cmd == "plot" { return try runPlot(o, out: out, err: err) }
        if o.stage == "prelude" {
            out(Prelude.source + "\n")
            return 0
        }
        let c = try Compilation.open(o.file)
        c.optimize = o.optimize
        c.checkpoint = o.checkpoint
        // --check-nan names the op that made a NaN: each op runs on its own.
        c.fuse = !o.checkNaN
        switch cmd {
        case "run":
            let bc = try c.bytecode()
            err(c.warnings)
            guard bc.chunk("main") != nil else {
                throw CompileFailure(code: .compileError, message: "\(o.file): error: no 'fn main()' to run\n")
            }
            let vm = VM(bc, output: out)
            vm.checkNaN = o.checkNaN
            if let log = o.log { vm.logPath = log }
            vm.progressOnTerminal = isatty(1) != 0
            vm.flush = { fflush(stdout) }
            do {
                _ = try vm.run("main")
            } catch let e as VMError {
                err(renderRuntime(e, c.file))
                return ExitCode.runtimeError.rawValue
            }
            return 0
        default:
            switch o.stage! {
            case "ast":
                try c.parse()
                out(ASTPrinter.print(c.program))
            case "ir":
                try c.lower()
                err(c.warnings)
                let fs = try select(c.module.functions, o.function, \.name, o.file)
                out(fs.map { IRPrinter.print(o.fused && o.optimize ? ElementwiseFusion.fused($0) : $0) }.joined(separator: "\n"))
            case "c":
                try c.lower()
                err(c.warnings)
                out(CEmitter(module: c.module, path: o.file, source: c.file.text).emit())
            case "grad":
                try c.lower()
                err(c.warnings)
                out(try emitGrad(c, only: o.function, file: o.file))
            case "plan":
                try c.lower()
                err(c.warnings)
                out(PlanReport.render(c.plans, file: c.file, only: o.function))
            case "dot":
                try c.lower()
                err(c.warnings)
                out(try dotGraph(c, only: o.function, file: o.file))
            default:
                let bc = try c.bytecode()
                err(c.warnings)
                let chunks = try select(bc.chunks, o.function, \.name, o.file)
                out(chunks.map(Disassembler.disassemble).joined(separator: "\n"))
            }
            return 0
        }
    }

    /// `emit dot`: with --fn, the function and those derived from it (or a derived function
    /// and its base); without, every function but main.
    static func dotGraph(_ c: Compilation, only: String?, file: String) throws -> String {
        var names: [String]
        if let only {
            guard c.module.function(only) != nil else {
                throw CompileFailure(code: .usage, message: "error: no function '\(only)' in \(file)\n")
            }
            let base = c.derived.first { $0.name == only }?.base ?? only
            names = [base] + c.derived.filter { $0.base == base }.map(\.name)
        } else {
            names = c.module.functions.map(\.name).filter { $0 != "main" && !$0.hasPrefix("__") }
        }
        let titles = Dictionary(c.derived.map { d -> (String, String) in
            let wrt = d.wrt.compactMap { c.module.function(d.base)?.paramNames[$0] }.joined(separator: ", ")
            return (d.name, "fn \(d.name) = \(d.transform.rawValue)(\(d.base), \(d.transform.label): \(wrt))")
        }, uniquingKeysWith: { a, _ in a })
        let primalParams = Dictionary(c.derived.compactMap { d in c.module.function(d.base).map { (d.name, $0.params.count) } }, uniquingKeysWith: { a, _ in a })
        return DotPrinter.print(names.compactMap { n in c.module.function(n).map { ($0, titles[n] ?? "fn \(n)", primalParams[n]) } })
    }

    /// The derived functions, and the generated functions they still call, as Grad source.
    /// `only` names a derived function, or a function whose derived functions to print.
    static func emitGrad(_ c: Compilation, only: String?, file: String, lineNumber: ((Int) -> Int)? = nil) throws -> String {
        var userFunctions = Set<String>()
        for case .function(let f) in c.program.items { userFunctions.insert(f.name) }
        let generated = c.module.functions.filter { !userFunctions.contains($0.name) }
        var roots = c.derived.map(\.name)
        if let only {
            let chosen = c.derived.filter { $0.name == only || $0.base == only }.map(\.name)
            guard !chosen.isEmpty else {
                throw CompileFailure(code: .usage, message: "error: no derived function '\(only)' in \(file); it has: \(roots.joined(separator: ", "))\n")
            }
            roots = chosen
        }
        // Generated helpers the derived functions still call (after inlining).
        var keep = Set(roots)
        var work = roots
        while let n = work.popLast() {
            guard let f = c.module.function(n) else { continue }
            walk(f.body) { i in
                if case .call(let g) = i.op, !userFunctions.contains(g), keep.insert(g).inserted { work.append(g) }
            }
        }
        var headers: [String: String] = [:]
        for d in c.derived {
            let base = c.module.function(d.base)
            let wrt = d.wrt.compactMap { base?.paramNames[$0] }.joined(separator: ", ")
            headers[d.name] = "\(d.name) = \(d.transform.rawValue)(\(d.base), \(d.transform.label): \(wrt))"
        }
        if roots.isEmpty { return "// \(file) declares no derived functions\n" }
        let printed = generated.filter { keep.contains($0.name) }
        // The records vmap made (`Cell_batch`), which the program does not declare.
        var declared = Set<String>()
        for case .record(let r) in c.program.items { declared.insert(r.name) }
        var used = Set<String>()
        for f in printed { for case .record(let n) in f.types { used.insert(n) } }
        let records = c.module.structs.filter { used.contains($0.name) && !declared.contains($0.name) }.map { sd in
            "// generated by gradc (vmap's batched record)\nstruct \(sd.name) { " + sd.fields.map { "\($0.name): \($0.type)" }.joined(separator: "; ") + " }\n"
        }
        return (records + printed
            .map { GradPrinter.print($0, module: c.module, source: c.file.text, header: headers[$0.name] ?? "generated by gradc", lineNumber: lineNumber) })
            .joined(separator: "\n")
    }

    static func select<T>(_ xs: [T], _ name: String?, _ key: (T) -> String, _ file: String) throws -> [T] {
        guard let name else { return xs }
        let found = xs.filter { key($0) == name }
        if found.isEmpty {
            throw CompileFailure(code: .usage, message: "error: no function '\(name)' in \(file); it has: \(xs.map(key).joined(separator: ", "))\n")
        }
        return found
    }

    public static func renderRuntime(_ e: VMError, _ file: SourceFile) -> String {
        let r = SourceRange(SourceLoc(line: e.line, column: e.column), SourceLoc(line: e.line, column: e.column + 1))
        let d = Diagnostic(.error, e.message, at: r)
        if e.line == 0 { return "\(file.path): error: \(e.message)\n" }
        return DiagnosticEngine.render(d, file)
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var prev = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var cur = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return x.isEmpty ? y.count : prev[y.count]
    }
}
