// The command line: help, version, usage errors with hints, exit codes; and the editor
// grammar kept in step with the compiler's keywords and built-ins.

import Foundation
import GradTensor
import XCTest
import GradIR
@testable import GradSema
import GradSyntax
import GradDriver

final class CLITests: XCTestCase {
    func testHelpAndVersion() {
        XCTAssertEqual(gradc(["--version"]).status, 0)
        XCTAssertTrue(gradc(["--version"]).out.hasPrefix("gradc "))
        for args in [["--help"], ["help"], ["help", "run"], ["run", "--help"], ["emit", "-h"]] {
            let r = gradc(args)
            XCTAssertEqual(r.status, 0, "\(args)")
            XCTAssertTrue(r.out.contains("USAGE: gradc"), "\(args)")
        }
    }

    func testUsageErrors() {
        let noArgs = gradc([])
        XCTAssertEqual(noArgs.status, 64)
        let unknown = gradc(["rn", "x.grad"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.err.contains("did you mean 'run'?"), unknown.err)
        let flag = gradc(["emit", "ir", "--fm", "f", "x.grad"])
        XCTAssertEqual(flag.status, 64)
        XCTAssertTrue(flag.err.contains("unknown option '--fm'") && flag.err.contains("did you mean '--fn'?"), flag.err)
        XCTAssertEqual(gradc(["emit", "llvm", "x.grad"]).status, 64)
        XCTAssertEqual(gradc(["run"]).status, 64)
        let schedule = gradc(["run", "--checkpoint=revolve", "x.grad"])
        XCTAssertEqual(schedule.status, 64)
        XCTAssertTrue(schedule.err.contains("unknown checkpoint schedule 'revolve'"), schedule.err)
        XCTAssertEqual(gradc(["build", "--checkpoint", "budget:lots", "x.grad"]).status, 64)
        XCTAssertEqual(gradc(["emit", "plan", "--checkpoint"]).status, 64)
    }

    /// --checkpoint reaches the planner: emit plan reports the schedule asked for, and a loop's
    /// @checkpoint overrides it.
    func testCheckpointFlag() {
        let file = Repo.path("Tests/Cases/checkpoint/schedules.grad")
        let r = gradc(["emit", "plan", "--checkpoint=binomial:4", file])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("schedule           binomial:4\n"), r.out)
        XCTAssertTrue(r.out.contains("schedule           store-all (from @checkpoint)"), r.out)
        let b = gradc(["emit", "plan", "--checkpoint=budget:1KiB", "--fn", "rnn", file])
        XCTAssertTrue(b.out.contains("schedule           budget:1024\n"), b.out)
        XCTAssertFalse(b.out.contains("rnn_all"), b.out)
    }

    func testIOAndCompileErrorsExitCodes() throws {
        let missing = gradc(["run", "/nonexistent/file.grad"])
        XCTAssertEqual(missing.status, 74)
        XCTAssertTrue(missing.err.contains("cannot read '/nonexistent/file.grad'"))
        XCTAssertEqual(gradc(["run", "Tests/Cases/errors/three_errors.grad"], in: Repo.root.path).status, 65)
        XCTAssertEqual(gradc(["run", "Tests/Cases/runtime/int_div_zero.grad"], in: Repo.root.path).status, 70)
        let dir = gradc(["run", "Tests"], in: Repo.root.path)
        XCTAssertEqual(dir.status, 74)
        XCTAssertTrue(dir.err.contains("is a directory"))
    }

    /// check compiles the program as written before promoting f32 to f64, and reports its
    /// errors as build does: mixing f32 and f64 is an error that the promotion would hide.
    /// `gradc run` runs programs on a thread with a 512 MB stack; under an address-space limit
    /// that cannot be reserved, it waited forever. Now it takes a smaller stack and runs.
    func testRunsUnderAnAddressSpaceLimit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-ulimit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "fn main() { print(sum(ones([3]) * 2.0)) }\n".write(to: dir.appendingPathComponent("p.grad"), atomically: true, encoding: .utf8)
        let r = CLI.runProcess(["timeout", "60", "sh", "-c", "ulimit -v 400000 && exec \"$0\" run p.grad", Repo.executable], in: dir)
        XCTAssertEqual(r.status, 0, r.errors)
        XCTAssertEqual(r.output, "6.0\n")
    }

    func testCheckReportsErrorsOfTheProgramAsWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-check-mixed-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mixed.grad").path
        try "fn f(x: f32[3], y: f64[3]) -> f64 {\n  return sum(x * y)\n}\nfn df = grad(f)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let check = gradc(["check", file]), build = gradc(["build", file, "-o", dir.appendingPathComponent("mixed").path])
        XCTAssertEqual(check.status, 65, check.out)
        XCTAssertEqual(check.out, "")
        XCTAssertTrue(check.err.contains("error: cannot mix f32[3] and f64[3] in '*'"), check.err)
        XCTAssertEqual(check.err, build.err)
    }

    /// The table of gradc check: its columns, and the same text on every run.
    func testCheckTable() {
        let args = ["check", "Tests/Check/custom_derivative.grad", "--fn", "g"]
        let r = gradc(args, in: Repo.root.path)
        XCTAssertEqual(r.status, 0, r.out + r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "function  mode                              max rel error  tolerance  result")
        XCTAssertEqual(lines.dropFirst().map { String($0.prefix(44)) }, [
            "dg        reverse vs finite differences     ",
            "dg        forward vs reverse (dot product)  ",
            "vg        value                             ",
            "vg        reverse vs finite differences     ",
            "vg        forward vs reverse (dot product)  ",
            "all 5 checks passed",
        ])
        for line in lines.dropFirst().dropLast() {
            XCTAssertNotNil(line.range(of: #"^\S+ +[a-z ()]+  \d\.\d\de[-+]\d\d +\d\.\d\de[-+]\d\d   pass$"#, options: .regularExpression), line)
        }
        XCTAssertEqual(gradc(args, in: Repo.root.path).out, r.out)
    }

    func testEmitFunctionFilter() {
        let r = gradc(["emit", "ir", "--fn", "predict", "Examples/mlp_manual.grad"], in: Repo.root.path)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.hasPrefix("func @predict("))
        XCTAssertFalse(r.out.contains("func @main"))
        let bad = gradc(["emit", "ir", "--fn", "nope", "Examples/mlp_manual.grad"], in: Repo.root.path)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.contains("it has: predict, loss"), bad.err)
    }

    /// The README's language reference lists every elementwise op of the op table in its
    /// elementwise row, and every built-in of the built-in table in its table of built-ins.
    func testReadmeListsEveryElementwiseOpAndBuiltin() throws {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        func words(_ s: String) -> Set<String> {
            Set(s.split(whereSeparator: { (c: Character) in !(c.isLetter || c.isNumber || c == "_") }).map(String.init))
        }
        let lines = readme.split(separator: "\n")
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("| elementwise |") })
        for fn in UnaryFn.allCases where fn.spec.surface != .prefixOperator {
            XCTAssertTrue(words(String(row)).contains(fn.rawValue), "the README's elementwise row lacks \(fn.rawValue)")
        }
        let start = try XCTUnwrap(lines.firstIndex { $0 == "### Built-ins" })
        let table = lines[start...].dropFirst().prefix { $0.isEmpty || $0.hasPrefix("|") }.joined(separator: " ")
        for b in Builtins.table {
            XCTAssertTrue(words(table).contains(b.name), "the README's table of built-ins lacks \(b.name)")
        }
    }

    /// Every row of the built-in table is complete: a call with one argument too many names
    /// the built-in, what it takes and the row's usage, which shows the built-in by its name;
    /// a label it does not take is named with the usage too.
    func testEveryBuiltinCheckedByItsRow() throws {
        XCTAssertEqual(Set(Builtins.names).count, Builtins.table.count)
        for b in Builtins.table {
            XCTAssertTrue(b.usage.contains(b.name + "("), "\(b.name)'s usage does not show a call: \(b.usage)")
            var calls: [(String, String)] = [("\(b.name)(1.0, nope: 2.0)", "\(b.name) has no argument labeled 'nope:'")]
            if b.arity.upperBound < 8 {
                let args = Array(repeating: "1.0", count: b.arity.upperBound + 1).joined(separator: ", ")
                calls.append(("\(b.name)(\(args))", "\(b.name) takes "))
            }
            for (call, message) in calls {
                let c = Compilation(file: SourceFile(path: "t.grad", text: "fn main() {\n    let y = \(call)\n}\n"))
                XCTAssertThrowsError(try c.lower(), call) { e in
                    let text = (e as? CompileFailure)?.message ?? "\(e)"
                    XCTAssertTrue(text.contains(message) && text.contains("note: usage: \(b.usage)"), "\(call):\n\(text)")
                }
            }
        }
    }

    func testEditorGrammarMatchesCompiler() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Grammar/grad.tmLanguage.json")))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let repo = try XCTUnwrap(json["repository"] as? [String: Any])
        let builtin = try XCTUnwrap((repo["builtin"] as? [String: Any])?["match"] as? String)
        let types = try XCTUnwrap((repo["type"] as? [String: Any])?["match"] as? String)
        for name in Builtins.names {
            if ["f32", "f64", "i32"].contains(name) { XCTAssertTrue(types.contains(name)); continue }  // highlighted as types
            XCTAssertTrue(builtin.contains("|\(name)|") || builtin.contains("(\(name)|") || builtin.contains("|\(name))"),
                          "built-in '\(name)' is missing from Grammar/grad.tmLanguage.json")
        }
        let text = String(decoding: data, as: UTF8.self)
        for k in Keyword.allCases { XCTAssertTrue(text.contains(k.rawValue), "keyword \(k.rawValue)") }
        for t in Transform.allCases.map(\.rawValue) {
            XCTAssertTrue(text.contains("|\(t)|") || text.contains("(\(t)|"), "transform \(t) is missing from Grammar/grad.tmLanguage.json")
        }
        // The EBNF names every keyword and transform too.
        let ebnf = try String(contentsOfFile: Repo.path("Grammar/grad.ebnf"), encoding: .utf8)
        for k in Keyword.allCases { XCTAssertTrue(ebnf.contains("\"\(k.rawValue)\""), "EBNF lacks keyword \(k.rawValue)") }
        for t in Transform.allCases.map(\.rawValue) { XCTAssertTrue(ebnf.contains("\"\(t)\""), "EBNF lacks transform \(t)") }
    }
}
