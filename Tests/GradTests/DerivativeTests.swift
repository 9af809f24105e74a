// Every derived function in Tests/Check/*.grad (one per differentiable built-in, plus
// control flow, calls, records, Jacobians, Hessians and compositions) must pass `gradc check`:
// reverse and forward mode against central finite differences in f64 (relative error ≤ 1e-6),
// and the dot-product test between the modes, at several random points and sizes.

import GradTensor
import XCTest

final class DerivativeTests: XCTestCase {
    func testCheckCorpus() throws {
        let files = Repo.files("Tests/Check", ext: "grad")
        XCTAssertGreaterThanOrEqual(files.count, 2)
        for file in files {
            for (seed, n) in [(0, 1), (1, 2), (2, 4)] {
                let r = gradc(["check", file, "--seed", "\(seed)", "--dim", "n=\(n)", "--dim", "t=\(n + 2)"])
                XCTAssertEqual(r.status, 0, "\(file) seed \(seed) n=\(n):\n" + r.out.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + r.err)
                XCTAssertTrue(r.out.contains("checks passed"), r.out)
            }
        }
    }

    /// Every loop of the control-flow checks, under each checkpoint schedule.
    func testCheckUnderEverySchedule() throws {
        let file = Repo.root.appendingPathComponent("Tests/Check/control.grad").path
        for schedule in ["store-all", "sqrt", "binomial:1", "binomial:3", "budget:64", "budget:1MB"] {
            let r = gradc(["check", file, "--checkpoint=\(schedule)", "--dim", "n=2", "--dim", "t=7"])
            XCTAssertEqual(r.status, 0, "\(schedule):\n" + r.out.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + r.err)
        }
    }

    /// gradc check fails (exit 1) when a derivative is wrong: stop_gradient is a derivative
    /// that finite differences cannot see, so checking one must fail.
    func testCheckCanFail() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-check-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("sg.grad").path
        try "fn f(x: f64[3]) -> f64 { return sum(stop_gradient(x) * x) }\nfn g = grad(f)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = gradc(["check", file])
        XCTAssertEqual(r.status, 1, r.out)
        XCTAssertTrue(r.out.contains("FAIL"))
    }

    /// Every elementwise function with a nonzero derivative has its check in builtins.grad,
    /// so a rule added or changed is always compared with finite differences.
    func testEveryDifferentiableFunctionIsChecked() throws {
        let text = try String(contentsOfFile: Repo.root.appendingPathComponent("Tests/Check/builtins.grad").path, encoding: .utf8)
        let zeroDerivative: Set<UnaryFn> = [.not, .sign, .floor, .ceil, .round]
        for fn in UnaryFn.allCases where !zeroDerivative.contains(fn) {
            XCTAssertTrue(text.contains("fn f_\(fn.rawValue)("), "no check of \(fn.rawValue) in Tests/Check/builtins.grad")
        }
        for fn in BinaryFn.allCases where !fn.isComparison && !fn.isLogical {
            let name = [BinaryFn.add, .sub, .mul, .div].contains(fn) ? "arith" : fn.rawValue
            XCTAssertTrue(text.contains("fn f_\(name)("), "no check of \(fn.rawValue) in Tests/Check/builtins.grad")
        }
    }

    func testExamplesPassCheck() throws {
        for ex in Repo.files("Examples", ext: "grad") where !ex.contains("/benchmarks/") {
            let r = gradc(["check", ex, "--dim", "n=3"], in: Repo.root.path)
            XCTAssertEqual(r.status, 0, "\(ex):\n\(r.out)\(r.err)")
        }
    }
}
