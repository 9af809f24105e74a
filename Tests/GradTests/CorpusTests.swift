// The corpus: every Tests/Cases/**/*.grad program, with its expectations written inside it:
//   // expect: TEXT            the next line the program prints (in order)
//   // error: TEXT             a compile error on this line whose message contains TEXT;
//                              the program must report exactly these errors (exit 65)
//   // warning: TEXT           a warning on this line
//   // runtime-error: TEXT     the run stops with a run-time error on this line (exit 70)
// Programs run with the working directory set to the folder they are in.

import Foundation
import XCTest

final class CorpusTests: XCTestCase {
    struct Expectations {
        var output: [String] = []
        var errors: [(line: Int, text: String)] = []
        var warnings: [(line: Int, text: String)] = []
        var runtimeError: (line: Int, text: String)?
    }

    static func expectations(_ source: String) -> Expectations {
        var e = Expectations()
        for (k, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (tag, kind) in [("// expect: ", 0), ("// expect:", 0), ("// error: ", 1), ("// warning: ", 2), ("// runtime-error: ", 3)] {
                guard let r = line.range(of: tag) else { continue }
                let text = String(line[r.upperBound...])
                switch kind {
                case 0: e.output.append(text)
                case 1: e.errors.append((k + 1, text))
                case 2: e.warnings.append((k + 1, text))
                default: e.runtimeError = (k + 1, text)
                }
                break
            }
        }
        return e
    }

    /// Checks one program; returns the problems found.
    /// Runs `path` from `cwd` (default: the program's folder) and checks its expectations.
    static func check(_ path: String, from cwd: String? = nil) -> [String] {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return ["cannot read"] }
        let e = expectations(source)
        let dir = cwd ?? (path as NSString).deletingLastPathComponent
        let name = path.hasPrefix(dir + "/") ? String(path.dropFirst(dir.count + 1)) : path
        let r = gradc(["run", name], in: dir)
        var problems: [String] = []
        let diagLines = r.err.split(separator: "\n").map(String.init).filter { $0.hasPrefix(name + ":") }
        func find(_ line: Int, _ kind: String, _ text: String) -> Bool {
            diagLines.contains { $0.hasPrefix("\(name):\(line):") && $0.contains(": \(kind): ") && $0.contains(text) }
        }
        if !e.errors.isEmpty {
            if r.status != 65 { problems.append("expected exit 65, got \(r.status)") }
            for x in e.errors where !find(x.line, "error", x.text) { problems.append("missing error on line \(x.line): \(x.text)") }
            let reported = diagLines.filter { $0.contains(": error: ") }.count
            if reported != e.errors.count { problems.append("expected \(e.errors.count) errors, got \(reported)") }
        } else if let rt = e.runtimeError {
            if r.status != 70 { problems.append("expected exit 70, got \(r.status)") }
            if !find(rt.line, "error", rt.text) { problems.append("missing run-time error on line \(rt.line): \(rt.text)") }
        } else if r.status != 0 {
            problems.append("exit \(r.status)")
        }
        for w in e.warnings where !find(w.line, "warning", w.text) { problems.append("missing warning on line \(w.line): \(w.text)") }
        let got = r.out.isEmpty ? [] : r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(r.out.hasSuffix("\n") ? 1 : 0)
        if Array(got) != e.output {
            problems.append("output differs:\n--- expected\n\(e.output.joined(separator: "\n"))\n--- got\n\(got.joined(separator: "\n"))")
        }
        if !problems.isEmpty { problems.append("stderr:\n\(r.err)") }
        return problems
    }

    func testCorpus() throws {
        let cases = Repo.files("Tests/Cases", ext: "grad")
        XCTAssertGreaterThan(cases.count, 30, "the corpus was not found")
        for c in cases {
            let problems = CorpusTests.check(c)
            XCTAssert(problems.isEmpty, "\(c):\n" + problems.joined(separator: "\n"))
        }
    }

    func testExamplesRun() throws {
        let examples = Repo.files("Examples", ext: "grad").filter(Repo.isRunnableExample)
        XCTAssertFalse(examples.isEmpty)
        for ex in examples {
            let problems = CorpusTests.check(ex, from: Repo.root.path)
            XCTAssert(problems.isEmpty, "\(ex):\n" + problems.joined(separator: "\n"))
        }
    }
}
