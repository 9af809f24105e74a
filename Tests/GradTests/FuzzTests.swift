// Fuzzed sources: mutated and truncated versions of every example, corpus and check program,
// and a few hand-made hostile inputs (deep nesting, huge literals, odd Unicode, NUL bytes,
// invalid UTF-8), compiled by the gradc executable down to C and to derivative source. Each
// must end in a clean exit or diagnostics (status 0, 64, 65, 70 or 74) within a time bound:
// never a signal, never a hang. Malformed .npy files given to `load` must be run-time errors.
// GRADC_FUZZ=N makes N mutants per program (default 3); the seed is fixed, so a failure
// reproduces; the failing input is kept in the temporary folder the message names.

import Foundation
import GradTensor
import XCTest

final class FuzzTests: XCTestCase {
    static let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    var executable: String { Repo.executable }

    struct Outcome { var status: Int32; var signaled: Bool; var timedOut: Bool; var err: String }

    /// Runs gradc with a time bound, output to files (pipes can block).
    func run(_ args: [String], cwd: URL, seconds: Double = 20) throws -> Outcome {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = cwd
        let out = FuzzTests.dir.appendingPathComponent("out.txt"), err = FuzzTests.dir.appendingPathComponent("err.txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { usleep(2000) }
        var timedOut = false
        if p.isRunning { timedOut = true; p.terminate(); p.waitUntilExit() }
        p.waitUntilExit()
        let e = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        return Outcome(status: p.terminationStatus, signaled: p.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut, err: e)
    }

    func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return "(" }
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let junk = ["(", ")", "[", "]", "{", "}", ",", ":", "@", "..<", "->", "1e999", "-", "*", "\"", "é", "\u{200D}", "\u{202E}", "𝑥", "_", "0", "fn", "let", "grad(", "wrt:", "\u{0}"]
        switch pick(7) {
        case 0: return String(decoding: bytes.prefix(pick(bytes.count)), as: UTF8.self)        // truncate
        case 1:                                                                              // delete a line
            var ls = lines; if !ls.isEmpty { ls.remove(at: pick(ls.count)) }; return ls.joined(separator: "\n")
        case 2:                                                                              // duplicate a line
            var ls = lines; let k = pick(ls.count); ls.insert(ls[k], at: k); return ls.joined(separator: "\n")
        case 3:                                                                              // flip a byte
            let k = pick(bytes.count); bytes[k] = UInt8(truncatingIfNeeded: rng.next()); return String(decoding: bytes, as: UTF8.self)
        case 4:                                                                              // insert a token
            var s = Array(text); s.insert(contentsOf: junk[pick(junk.count)], at: pick(s.count)); return String(s)
        case 5:                                                                              // delete a span
            let a = pick(bytes.count), n = 1 + pick(12)
            bytes.removeSubrange(a..<min(bytes.count, a + n)); return String(decoding: bytes, as: UTF8.self)
        default:                                                                             // swap two lines
            var ls = lines; let a = pick(ls.count), b = pick(ls.count); ls.swapAt(a, b); return ls.joined(separator: "\n")
        }
    }

    func check(_ source: Data, name: String, _ failures: inout [String]) throws {
        let file = FuzzTests.dir.appendingPathComponent(name)
        try source.write(to: file)
        for stage in ["c", "grad"] {
            let r = try run(["emit", stage, name], cwd: FuzzTests.dir)
            if r.signaled || r.timedOut || ![0, 64, 65, 70, 74].contains(r.status) {
                let keep = FuzzTests.dir.appendingPathComponent("failure-\(failures.count)-" + name)
                try? FileManager.default.copyItem(at: file, to: keep)
                failures.append("\(keep.path): emit \(stage): " + (r.timedOut ? "hang" : r.signaled ? "signal \(r.status)" : "exit \(r.status)") + "\n" + r.err.prefix(600))
            }
        }
    }

    func testMutatedSourcesNeverCrashOrHang() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable), "build gradc first (swift build): \(executable)")
        let perFile = Int(ProcessInfo.processInfo.environment["GRADC_FUZZ"] ?? "") ?? 3
        let seeds = Repo.files("Tests/Cases", ext: "grad") + Repo.files("Tests/Check", ext: "grad")
            + Repo.files("Examples", ext: "grad").filter { !$0.contains("/benchmarks/") }
        var rng = SplitMix64(seed: 2026)
        var failures: [String] = []
        var n = 0
        for s in seeds {
            let text = try String(contentsOfFile: s, encoding: .utf8)
            for _ in 0..<perFile {
                try check(Data(mutate(text, &rng).utf8), name: "m\(n).grad", &failures)
                n += 1
            }
        }
        let hostile: [String: Data] = [
            "nesting.grad": Data(("fn main() { print(" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ") }").utf8),
            "brackets.grad": Data(("fn main() { let x = " + String(repeating: "[", count: 3000) + "1.0" + String(repeating: "]", count: 3000) + " }").utf8),
            "literals.grad": Data("fn main() { let a = 1e999999\n let b = 99999999999999999999999999\n let c = zeros([2147483647, 2147483647])\n print(a, b, c) }".utf8),
            "unicode.grad": Data("fn é(x: f64) -> f64 { return x }\nfn main() { let 𝑥\u{200D} = 1.0\n print(\"\u{202E}\", é(2.0)) }".utf8),
            "nul.grad": Data("fn main() { print(1) }\u{0}\u{0}fn".utf8),
            "utf8.grad": Data([0x66, 0x6E, 0x20, 0xFF, 0xFE, 0xC3, 0x28, 0x0A]),
            "empty.grad": Data(),
            "long_line.grad": Data(("fn main() { let x = 1.0" + String(repeating: " + 1.0", count: 20000) + "\n print(x) }").utf8),
            "derived_loop.grad": Data("fn f(x: f64) -> f64 { var y = x\n while y < 1e300 { y = y * y + 1.0 }\n return y }\nfn g = grad(grad(grad(f)))\n".utf8),
        ]
        for (name, data) in hostile.sorted(by: { $0.key < $1.key }) { try check(data, name: name, &failures) }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) of \(n + hostile.count) inputs crashed or hung gradc:\n" + failures.prefix(10).joined(separator: "\n"))
    }

    /// Malformed .npy files: truncated, lying headers, huge shapes, wrong magic. `load` must
    /// stop with a run-time error naming the file (exit 70), on the VM.
    func testMalformedNpyIsARuntimeError() throws {
        let valid = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Tests/Cases/io/data/f32.npy")))
        func header(_ h: String) -> Data {
            var d = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
            var text = h
            while (10 + text.utf8.count + 1) % 64 != 0 { text += " " }
            text += "\n"
            d.append(contentsOf: [UInt8(text.utf8.count & 0xFF), UInt8(text.utf8.count >> 8)])
            d.append(contentsOf: Array(text.utf8))
            return d
        }
        let cases: [String: Data] = [
            "truncated.npy": valid.prefix(valid.count - 5),
            "header_only.npy": valid.prefix(12),
            "magic.npy": Data("GARBAGE!GARBAGE!".utf8),
            "huge.npy": header("{'descr': '<f4', 'fortran_order': False, 'shape': (2147483647, 2147483647), }"),
            "negative.npy": header("{'descr': '<f4', 'fortran_order': False, 'shape': (-3, 2), }"),
            "lying.npy": header("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }") + Data(count: 8),
            "dtype.npy": header("{'descr': '<c16', 'fortran_order': False, 'shape': (3, 2), }") + Data(count: 96),
            "nonsense.npy": header("{'descr': [[[, 'shape': ((((, }"),
        ]
        for (name, data) in cases.sorted(by: { $0.key < $1.key }) {
            try data.write(to: FuzzTests.dir.appendingPathComponent(name))
            let prog = "load_\(name).grad"
            try "fn main() {\n  let x: f32[a, b] = load(\"\(name)\")\n  print(x)\n}\n".write(to: FuzzTests.dir.appendingPathComponent(prog), atomically: true, encoding: .utf8)
            let r = try run(["run", prog], cwd: FuzzTests.dir)
            XCTAssertFalse(r.signaled || r.timedOut, "\(name): \(r.err)")
            XCTAssertEqual(r.status, 70, "\(name): \(r.err)")
            XCTAssertTrue(r.err.contains(name), "\(name): the error should name the file: \(r.err)")
        }
    }
}
