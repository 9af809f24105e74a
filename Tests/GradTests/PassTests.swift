// Unit tests of the IR passes, each on a small program, checked on the printed IR, and of the
// verifier on broken IR.

import XCTest
@testable import GradDriver
@testable import GradIR
import GradSyntax
import GradTensor

final class PassTests: XCTestCase {
    func module(_ src: String) throws -> Module {
        let c = Compilation(file: SourceFile(path: "t.grad", text: src))
        c.optimize = false
        try c.lower()
        return c.module
    }

    func ir(_ m: Module, _ name: String) -> String { IRPrinter.print(m.function(name)!) }

    func testConstantFolding() throws {
        let m = try module("fn f(x: f64) -> f64 { return x * (sqrt(4.0) + f64(arange(3))[2]) }")
        XCTAssertTrue(try ConstantFolding().run(m) || true)
        try Verifier.verify(m)
        XCTAssertTrue(ir(m, "f").contains("const 4.0 : f64"), ir(m, "f"))
    }

    func testAlgebraicIdentitiesKeepBroadcasts() throws {
        let m = try module("""
        fn f(x: f64[3], s: f64) -> f64[3] {
          let a = x * 1.0 + 0.0
          let b = s * ones([3])
          let c = x ** 2.0
          return a - 0.0 + b + c / 1.0
        }
        """)
        try PassManager.simplify(m, passes: [ConstantFolding(), AlgebraicSimplification(), DCE()])
        let text = ir(m, "f")
        XCTAssertFalse(text.contains("mul %x"), text)          // x * 1 is gone
        XCTAssertTrue(text.contains("square %x"), text)        // x ** 2 became square
        XCTAssertTrue(text.contains("mul %s"), text)           // s * ones([3]) broadcasts: kept
    }

    func testTimesZeroIsKept() throws {
        // x * 0 is NaN when x is NaN or infinite: it must not fold to 0.
        let m = try module("fn f(x: f64) -> f64 { return x * 0.0 }")
        try PassManager.simplify(m)
        XCTAssertTrue(ir(m, "f").contains("mul %x"))
    }

    func testCSEAndDCE() throws {
        let m = try module("""
        fn f(x: f64[3]) -> f64 {
          let a = sum(exp(x))
          let b = sum(exp(x))
          let unused = tanh(x) * 3.0
          return a + b
        }
        """)
        XCTAssertTrue(try CSE().run(m))
        XCTAssertTrue(try DCE().run(m))
        try Verifier.verify(m)
        let text = ir(m, "f")
        XCTAssertEqual(text.components(separatedBy: "exp ").count - 1, 1, text)
        XCTAssertFalse(text.contains("tanh"), text)
    }

    /// DCE removes a dead chain in one pass, last link first: n links cost O(n). It swept
    /// until nothing changed, one link a round, which nested derivatives' long dead chains
    /// made quadratic. Four times the chain must take well under sixteen times as long.
    func testDCEIsLinearInADeadChain() throws {
        func seconds(_ n: Int) -> Double {
            let f = Function(name: "f")
            let b = IRBuilder(f)
            let x = b.param("x", .scalar(.f64))
            var v = x
            for _ in 0..<n { v = try! b.emit(.unary(.sin), [v]) }
            b.emitVoid(.ret, [x])
            f.resultType = .scalar(.f64)
            b.finish()
            let m = Module()
            m.add(f)
            let start = Date()
            XCTAssertTrue(try! DCE().run(m))
            let t = Date().timeIntervalSince(start)
            XCTAssertEqual(f.body.insts.count, 1)
            return t
        }
        _ = seconds(1000)
        let small = seconds(10000), large = seconds(40000)
        XCTAssertLessThan(large / small, 9, "DCE: \(small) s for 10,000 dead ops, \(large) s for 40,000")
    }

    /// Each derived function is simplified before it is differentiated again: the tower of
    /// nested `grad`s grew 2.8 times an order without that (the 10th took 2.9 s release),
    /// about 2.2 times with it. The count is deterministic, so the bound is tight.
    func testNestedDerivativesAreSimplifiedBetweenOrders() throws {
        var src = "fn f(x: f64) -> f64 { return tanh(x) * log(1.0 + x * x) + sin(x * exp(x)) }\nfn d1 = grad(f)\n"
        for k in 2...7 { src += "fn d\(k) = grad(d\(k - 1))\n" }
        let c = Compilation(file: SourceFile(path: "t.grad", text: src))
        try c.lower()
        func count(_ name: String) -> Int { var n = 0; walk(c.module.function(name)!.body) { _ in n += 1 }; return n }
        let (d6, d7) = (count("d6"), count("d7"))
        XCTAssertLessThan(Double(d7) / Double(d6), 2.4, "d6 has \(d6) instructions, d7 \(d7)")
        XCTAssertLessThan(d7, 3_000)
    }

    /// Looking a function up by name is constant time: IRGen looks up every callee while it
    /// adds functions, and a linear search made a chain of 2,000 calls quadratic.
    func testLoweringIsLinearInTheNumberOfFunctions() throws {
        func seconds(_ n: Int) throws -> Double {
            var src = "fn g0(x: f64) -> f64 { return x * 1.01 }\n"
            for k in 1..<n { src += "fn g\(k)(x: f64) -> f64 { return g\(k - 1)(x) * 1.01 }\n" }
            let start = Date()
            _ = try module(src)
            return Date().timeIntervalSince(start)
        }
        _ = try seconds(200)
        let small = try seconds(1000), large = try seconds(4000)
        XCTAssertLessThan(large / small, 9, "\(small) s for 1,000 functions, \(large) s for 4,000")
    }

    func testCSEDoesNotLeakOutOfRegions() throws {
        let m = try module("""
        fn f(x: f64, c: bool) -> f64 {
          var y = 0.0
          if c { y = exp(x) }
          return y + exp(x)
        }
        """)
        _ = try CSE().run(m)
        try Verifier.verify(m)   // a value defined inside the branch must not be used after it
    }

    func testInliningBindsSizes() throws {
        let m = try module("""
        fn g(a: f64[n]) -> f64[n] { return a * f64(n) }
        fn f(x: f64[4]) -> f64[4] { return g(x) }
        fn h(y: f64[m]) -> f64[m] { return g(y) }
        fn k(y: f64[m]) -> f64[m - 1] { return g(y[1:]) }
        """)
        XCTAssertTrue(try Inliner().run(m))
        try Verifier.verify(m)
        let text = ir(m, "f")
        XCTAssertFalse(text.contains("call"), text)
        XCTAssertTrue(text.contains("const 4 : i32"), text)    // dim n became the number at the call
        XCTAssertTrue(ir(m, "h").contains("dim m"), ir(m, "h"))  // or the caller's own size name
        XCTAssertTrue(ir(m, "k").contains("shape "), ir(m, "k")) // or, for a dim without one, the argument's shape
        try PassManager.simplify(m)
        XCTAssertTrue(ir(m, "f").contains("const 4.0"), ir(m, "f"))
    }

    func testVerifierRejectsBrokenIR() throws {
        let m = try module("fn f(x: f64) -> f64 { return exp(x) }")
        let f = m.function("f")!
        // Use a value before its definition.
        f.body.insts.swapAt(0, 1)
        XCTAssertThrowsError(try Verifier.verify(m))
        let m2 = try module("fn f(x: f64) -> f64 { return exp(x) }")
        m2.function("f")!.types[m2.function("f")!.body.insts[0].result.index] = .scalar(.f32)
        XCTAssertThrowsError(try Verifier.verify(m2))
    }
}
