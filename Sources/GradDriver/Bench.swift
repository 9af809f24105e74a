// `gradc bench FILE --fn NAME [--runs K] [--dim n=5]`: times a function and every derived
// function of it, on the VM and natively, at seeded random inputs.
//
// VM: in-process, one warm-up call, then K timed runs. Native: the program is built as a shared
// library (`--lib`) with a generated C harness that fills the inputs with the same kind of
// random values, makes one warm-up call and K timed runs per function (clock_gettime), and
// reports its peak resident memory. A run is as many calls as fill about 5 ms (one for a
// slower function; timed once after the warm-up), as JAX's column and the hand-written
// references time theirs, so a function of microseconds is not timed by one cold call. Both
// use one thread (one BLAS thread), the native code `--threads N` with that option.
// The table gives each run's median time a call, and the ratio of each derived function to the
// primal.

import Foundation
import GradC
import GradIR
import GradTensor
import GradVM

extension CLI {
    static func runBench(_ o: Options, out: (String) -> Void, err: (String) -> Void) throws -> Int32 {
        guard let fname = o.function else {
            throw CompileFailure(code: .usage, message: "error: gradc bench needs --fn NAME, the function to time\n")
        }
        let c = try Compilation.open(o.file)
        c.checkpoint = o.checkpoint
        let bc = try c.bytecode()
        err(c.warnings)
        guard let f = c.module.function(fname) else {
            throw CompileFailure(code: .usage, message: "error: no function '\(fname)' in \(o.file)\n")
        }
        let names = [fname] + c.derived.filter { $0.base == fname }.map(\.name)
        var checker = Checker(c: c, vm: VM(bc, output: { _ in }), sizes: o.dims, seed: UInt64(o.seed), rng: SplitMix64(seed: UInt64(o.seed)))
        let runs = max(o.runs, 1)

        // VM
        var vmTimes: [String: Double] = [:]
        for n in names {
            guard let g = c.module.function(n) else { continue }
            var args = try f.paramTypes.map { try checker.random($0) }
            if g.params.count > args.count {   // vjp's cotangent, jvp's tangents
                for t in g.paramTypes.dropFirst(args.count) { args.append(try checker.random(t)) }
            }
            _ = try checker.call(n, args)
            let once = DispatchTime.now().uptimeNanoseconds
            _ = try checker.call(n, args)
            let calls = CLI.callsPerRun(Double(DispatchTime.now().uptimeNanoseconds - once) / 1e6)
            var ts: [Double] = []
            for _ in 0..<runs {
                let t0 = DispatchTime.now().uptimeNanoseconds
                for _ in 0..<calls { _ = try checker.call(n, args) }
                ts.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6 / Double(calls))
            }
            vmTimes[n] = ts.sorted()[ts.count / 2]
        }

        // Native: a --lib build and a harness.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let emitter = CEmitter(module: c.module, path: o.file, source: c.file.text)
        var harness = emitter.emit(library: names, runtime: .linked)
        harness += benchHarness(c.module, emitter, names, sizes: checker.sizes, runs: runs)
        // Built as `gradc build` builds (-O3 -march=native, its flags, the build cache).
        let exe = dir.appendingPathComponent("bench").path
        var build = Options()
        build.blas = "auto"
        try compileC(harness, to: exe, in: dir, build, library: true, shared: false, threads: (o.threads ?? 1) != 1, err: { _ in })
        let threads = "\(o.threads ?? 1)"
        let native = runProcess([exe], in: dir, env: ["GRADC_THREADS": threads, "OPENBLAS_NUM_THREADS": threads])
        guard native.status == 0 else { throw CompileFailure(code: .runtimeError, message: "error: the native benchmark failed:\n\(native.output)\(native.errors)") }
        var cTimes: [String: Double] = [:]
        var peakKB = 0
        var callKB: [String: (peak: Int, added: Int)] = [:]
        for line in native.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 3, parts[0] == "time", let v = Double(parts[2]) { cTimes[String(parts[1])] = v }
            if parts.count == 4, parts[0] == "mem", let hwm = Int(parts[2]), let base = Int(parts[3]), hwm > 0 {
                callKB[String(parts[1])] = (hwm, max(hwm - base, 0))
            }
            if parts.count == 2, parts[0] == "maxrss_kb", let v = Int(parts[1]) { peakKB = v }
        }

        let w = max(8, names.map(\.count).max() ?? 0)
        // Three decimals, or four significant digits below 0.1 ms (W4 takes a few microseconds).
        func ms(_ x: Double?) -> String { x.map { String(format: $0 < 0.1 ? "%.4g" : "%.3f", $0) } ?? "-" }
        func ratio(_ x: Double?, _ p: Double?) -> String {
            guard let x, let p, p > 0 else { return "-" }
            return String(format: "%.2f×", x / p)
        }
        let threadText = o.threads.map { $0 == 1 ? "one thread" : "\($0) threads natively" } ?? "one thread"
        out("\(o.file): \(fname), median of \(runs) runs after one warm-up, \(threadText)\n")
        out("function".padding(toLength: w, withPad: " ", startingAt: 0) + "   VM ms      /primal   native ms  /primal   native peak MiB (added by the call)\n")
        for n in names {
            let mem = callKB[n].map { String(format: "%.1f (+%.1f)", Double($0.peak) / 1024, Double($0.added) / 1024) } ?? "-"
            out(n.padding(toLength: w, withPad: " ", startingAt: 0) + "   "
                + ms(vmTimes[n]).padding(toLength: 10, withPad: " ", startingAt: 0) + " " + ratio(vmTimes[n], vmTimes[fname]).padding(toLength: 9, withPad: " ", startingAt: 0) + " "
                + ms(cTimes[n]).padding(toLength: 10, withPad: " ", startingAt: 0) + " " + ratio(cTimes[n], cTimes[fname]).padding(toLength: 9, withPad: " ", startingAt: 0) + " " + mem + "\n")
        }
        out("native peak resident memory: \(peakKB / 1024) MiB\n")
        return 0
    }

    /// How long a timed run of `gradc bench` lasts: as many calls as fill it.
    static let benchRunMilliseconds = 5
    static func callsPerRun(_ onceMs: Double) -> Int {
        onceMs <= 0 ? benchRunMilliseconds * 1000 : Swift.min(Swift.max(Int(Double(benchRunMilliseconds) / onceMs), 1), benchRunMilliseconds * 1000)
    }

    /// A main() that allocates random inputs, calls each function once to warm up and then
    /// `runs` runs of calls (see callsPerRun), and prints `time NAME MEDIAN_MS` (a call) per
    /// function and `maxrss_kb N`.
    static func benchHarness(_ m: Module, _ e: CEmitter, _ names: [String], sizes: [String: Int], runs: Int) -> String {
        var h = """

        /* ---- benchmark harness ---- */
        #include <time.h>
        #include <sys/resource.h>
        static double gt_now_ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
        /* Peak resident memory of each function's calls: the high-water mark is reset (Linux's
           clear_refs) before them and read after, beside the resident size before them. */
        static long gt_status_kb(const char *key) {
          FILE *f = fopen("/proc/self/status", "r"); char line[256]; long v = -1; size_t n = strlen(key);
          if (!f) return -1;
          while (fgets(line, sizeof line, f)) if (strncmp(line, key, n) == 0) { v = atol(line + n); break; }
          fclose(f); return v;
        }
        static void gt_reset_peak(void) { FILE *f = fopen("/proc/self/clear_refs", "w"); if (f) { fputs("5", f); fclose(f); } }
        static int gt_cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
        static void *gt_random_buffer(int dt, int64_t n, uint64_t seed) {
          void *p = calloc((size_t)(n ? n : 1), dt == F64 ? 8 : dt == BOOL ? 1 : 4);
          for (int64_t i = 0; i < n; i++) {
            double u = gt_uniform(&seed) * 2 - 1;
            if (dt == F64) ((double *)p)[i] = u; else if (dt == F32) ((float *)p)[i] = (float)u;
            else if (dt == I32) ((int32_t *)p)[i] = (int32_t)(gt_splitmix(&seed) % 3); else ((uint8_t *)p)[i] = u > 0;
          }
          return p;
        }
        int main(int argc, char **argv) {
          (void)argc; gt_setup(argv);

        """
        var seed = 1
        for n in names {
            guard let f = m.function(n), f.resultType != nil, e.exportSignature(f) != nil else { continue }
            var args: [String] = []
            var frees: [String] = []
            func count(_ t: IRType) -> String {
                guard case .tensor(_, let ds) = t else { return "1" }
                return ds.isEmpty ? "1" : ds.map { d in "(" + d.expression({ "(int64_t)\(sizes[$0] ?? 3)" }, exactDivision: CEmitter.exactDivision) + ")" }.joined(separator: " * ")
            }
            for p in f.params {
                for l in e.leaves(f.type(p)) {
                    let v = "b\(seed)"
                    h += "  void *\(v) = gt_random_buffer(\(e.dtName(l.dtype ?? .f64)), \(count(l)), \(seed));\n"
                    args.append(v); frees.append(v); seed += 1
                }
            }
            for s in e.exportSizeNames(f) { args.append("(int64_t)\(sizes[s] ?? 3)") }
            for l in e.leaves(f.resultType!) {
                let v = "b\(seed)"
                h += "  void *\(v) = calloc((size_t)(\(count(l))), 8);\n"
                args.append(v); frees.append(v); seed += 1
            }
            // One checked call through the exported entry point, then the compiled function
            // itself on tensors made once (the entry point copies its inputs on every call).
            let call = "gradc_\(n)(\(args.joined(separator: ", ")))"
            h += "  if (\(call)) { fprintf(stderr, \"%s\\n\", gradc_last_error()); return 1; }\n"
            var tensors: [String] = []
            var k = 0
            for p in f.params {
                for l in e.leaves(f.type(p)) {
                    guard case .tensor(let d, _) = l else { continue }
                    let v = "t\(seed)_\(k)"
                    h += "  T *\(v) = gt_new(\(e.dtName(d)), \(l.shape!.count), (int64_t[]){\(l.shape!.isEmpty ? "0" : l.shape!.map { d in "(" + d.expression({ "(int64_t)\(sizes[$0] ?? 3)" }, exactDivision: CEmitter.exactDivision) + ")" }.joined(separator: ", "))});\n"
                    h += "  memcpy(\(v)->p, \(args[k]), (size_t)\(v)->n * gt_size(\(v)->dt));\n"
                    tensors.append(v); k += 1
                }
            }
            let nout = e.leaves(f.resultType!).count
            let direct = "{ T *res[\(nout)] = {0}; \(e.cName(n))(\((["res"] + tensors).joined(separator: ", "))); for (int q = 0; q < \(nout); q++) gt_release(res[q]); }"
            h += "  { double t[\(runs)]; gt_reset_peak(); long base = gt_status_kb(\"VmRSS:\");\n"
            h += "    double once = gt_now_ms(); \(direct); once = gt_now_ms() - once;\n"
            h += "    int calls = once <= 0 ? \(CLI.benchRunMilliseconds * 1000) : (int)(\(CLI.benchRunMilliseconds) / once); if (calls < 1) calls = 1; if (calls > \(CLI.benchRunMilliseconds * 1000)) calls = \(CLI.benchRunMilliseconds * 1000);\n"
            h += "    for (int r = 0; r < \(runs); r++) { double t0 = gt_now_ms(); for (int q = 0; q < calls; q++) \(direct); t[r] = (gt_now_ms() - t0) / calls; }\n"
            h += "    printf(\"mem \(n) %ld %ld\\n\", gt_status_kb(\"VmHWM:\"), base);\n"
            h += "    qsort(t, \(runs), sizeof(double), gt_cmp); printf(\"time \(n) %.6f\\n\", t[\(runs / 2)]); }\n"
            for v in frees { h += "  free(\(v));\n" }
            for v in tensors { h += "  gt_release(\(v));\n" }
        }
        h += "  struct rusage ru; getrusage(RUSAGE_SELF, &ru); printf(\"maxrss_kb %ld\\n\", ru.ru_maxrss);\n  return 0;\n}\n"
        return h
    }

    /// Runs a command in `dir` and waits for it. Its standard output and standard error are
    /// captured through temporary files, since reading a Process pipe can block on Linux.
    /// `input` is a file for its standard input (none when nil).
    public static func runProcess(_ argv: [String], in dir: URL, env: [String: String] = [:], input: String? = nil,
                                  started: ((Int32) -> Void)? = nil) -> (status: Int32, output: String, errors: String) {
        let id = UUID().uuidString
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("gradc-out-\(id)"), errURL = tmp.appendingPathComponent("gradc-err-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0].hasPrefix("/") ? argv[0] : "/usr/bin/env")
        p.arguments = argv[0].hasPrefix("/") ? Array(argv.dropFirst()) : argv
        p.currentDirectoryURL = dir
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        p.standardInput = input.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
        p.standardOutput = try? FileHandle(forWritingTo: outURL)
        p.standardError = try? FileHandle(forWritingTo: errURL)
        do { try p.run() } catch { return (-1, "", "\(error)") }
        started?(p.processIdentifier)
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "", (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
