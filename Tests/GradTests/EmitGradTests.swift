// `gradc emit grad` prints derived functions as Grad source that compiles and computes the
// same numbers: every example and corpus program with derived functions is run as written,
// then with its derived-function declarations replaced by the emitted source.

import Foundation
import XCTest

final class EmitGradTests: XCTestCase {
    func programsWithDerivedFunctions() -> [String] {
        (Repo.files("Examples", ext: "grad").filter(Repo.isRunnableExample) + Repo.files("Tests/Cases", ext: "grad")
            + Repo.files("Tests/Check", ext: "grad"))
            .filter { path in
                guard let s = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
                return s.contains("= grad(") || s.contains("= jvp(") || s.contains("= vjp(") || s.contains("= hessian(")
                    || s.contains("= value_and_grad(") || s.contains("= jacobian(") || s.contains("= vmap(")
            }
    }

    func testEmittedSourceRecompilesAndAgrees() throws {
        let programs = programsWithDerivedFunctions()
        XCTAssertGreaterThanOrEqual(programs.count, 4)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-emit-\(getpid())")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        for path in programs {
            let original = gradc(["run", path], in: Repo.root.path)
            if original.status != 0 { continue }   // error cases are not round-tripped
            let emitted = gradc(["emit", "grad", path], in: Repo.root.path)
            XCTAssertEqual(emitted.status, 0, "\(path): \(emitted.err)")
            let source = try String(contentsOfFile: path, encoding: .utf8)
            let kept = source.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                let t = line.trimmingCharacters(in: .whitespaces)
                return !(t.hasPrefix("fn ") && t.contains(" = ") && t.contains("(") && !t.contains("{"))
            }
            let rebuilt = tmp.appendingPathComponent((path as NSString).lastPathComponent).path
            try (kept.joined(separator: "\n") + "\n" + emitted.out).write(toFile: rebuilt, atomically: true, encoding: .utf8)
            let again = gradc(["run", rebuilt], in: Repo.root.path)
            XCTAssertEqual(again.status, 0, "\(path) emitted source does not compile:\n\(again.err)")
            XCTAssertEqual(again.out, original.out, "\(path): the emitted source computes different numbers")
        }
    }

    func testEmitGradIsDeterministic() {
        let a = gradc(["emit", "grad", "Examples/mlp.grad"], in: Repo.root.path).out
        let b = gradc(["emit", "grad", "Examples/mlp.grad"], in: Repo.root.path).out
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.contains("let d_W1 = "), a)
        XCTAssertTrue(a.contains("// adjoint of line"), a)
    }
    /// `emit grad` is linear in the derivative's size: the names of n temporaries were found by
    /// trying t1, t2, ... from 1 each time (192 s for 40,000 factors). Four times the factors
    /// must take well under the sixteen times a quadratic would (a ratio, on a shared machine).
    func testEmitGradIsLinearInTheProgram() throws {
        func seconds(_ n: Int) throws -> Double {
            let expr = (0..<n).map { "(x + \($0).0)" }.joined(separator: " * ")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("prod-\(getpid())-\(n).grad").path
            try "fn f(x: f64) -> f64 { return \(expr) }\nfn df = grad(f)\n".write(toFile: file, atomically: true, encoding: .utf8)
            let start = Date()
            let r = gradc(["emit", "grad", file])
            XCTAssertEqual(r.status, 0, r.err)
            return Date().timeIntervalSince(start)
        }
        _ = try seconds(500)
        let small = try seconds(3000), large = try seconds(12000)
        XCTAssertLessThan(large / small, 9, "emit grad: \(small) s for 3,000 factors, \(large) s for 12,000")
    }
}
