// Every derived function in Tests/Check/*.grad (one per differentiable built-in, plus
// control flow, calls, records, Jacobians, Hessians, compositions, custom derivatives and
// badly conditioned functions) must pass `gradc check`: reverse and forward mode against
// central finite differences in f64 (relative error within 1e-6 plus the estimate's own
// error), and the dot-product test between the modes, at several random points and sizes.
// Wrong derivatives must fail it.

import Foundation
import GradDriver
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

    /// Every loop of the control-flow and vmap checks, under each checkpoint schedule (for
    /// vmap's, a budget of two batched states: three examples' states of 24 bytes).
    func testCheckUnderEverySchedule() throws {
        for (name, budget) in [("control", "budget:64"), ("vmap", "budget:160")] {
            let file = Repo.root.appendingPathComponent("Tests/Check/\(name).grad").path
            for schedule in ["auto", "auto:64", "store-all", "sqrt", "binomial:1", "binomial:3", budget, "budget:1MB"] {
                let r = gradc(["check", file, "--checkpoint=\(schedule)", "--dim", "n=2", "--dim", "t=7"])
                XCTAssertEqual(r.status, 0, "\(name) \(schedule):\n" + r.out.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + r.err)
            }
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

    /// How a program applies a differentiable unary op of the table to an argument (nil for an
    /// op written as a built-in of its own, `round`, whose derivative is zero anyway).
    static func call(_ fn: UnaryFn) -> ((String) -> String)? {
        switch fn.spec.surface {
        case .function: return { "\(fn.rawValue)(\($0))" }
        case .prefixOperator: return { "-(\($0))" }
        case .ownBuiltin: return nil
        }
    }

    /// Every unary op of the op table with a derivative is checked against finite differences,
    /// from a program made from the table itself (so an op added is checked without anyone
    /// writing its check): its first derivative in reverse and forward mode on a matrix, and
    /// its second derivative by nested `grad`, at inputs mapped smoothly into the op's domain.
    /// Binary functions have their checks in builtins.grad.
    func testEveryDifferentiableFunctionIsChecked() throws {
        var src = "fn into(x: f64, lo: f64, hi: f64) -> f64 { return lo + (hi - lo) * sigmoid(x) }\n"
        src += "fn into_m(x: f64[n, 3], lo: f64, hi: f64) -> f64[n, 3] { return lo + (hi - lo) * sigmoid(x) }\n"
        var checked: [String] = []
        for fn in UnaryFn.allCases where fn.spec.derivative != nil {
            guard let call = DerivativeTests.call(fn) else { continue }
            let (lo, hi) = (fn.spec.domain.lowerBound, fn.spec.domain.upperBound)
            let n = fn.rawValue
            src += """
            fn f_\(n)(x: f64[n, 3]) -> f64 { return sum(sin(\(call("into_m(x, \(lo), \(hi))")))) }
            fn g_\(n) = grad(f_\(n))
            fn j_\(n) = jvp(f_\(n))
            fn s_\(n)(x: f64) -> f64 { return \(call("into(x, \(lo), \(hi))")) }
            fn d_\(n) = grad(s_\(n))

            """
            // a second derivative where the derivative's ops have derivatives (not digamma's)
            if fn.hasSecondDerivative { src += "fn dd_\(n) = grad(d_\(n))\n" }
            checked.append(n)
        }
        let file = NSTemporaryDirectory() + "unary_ops_\(UUID().uuidString).grad"
        try src.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let r = gradc(["check", file])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        for n in checked {
            let second = UnaryFn(rawValue: n)!.hasSecondDerivative
            XCTAssertTrue(r.out.contains("g_\(n)") && r.out.contains(second ? "dd_\(n)" : "d_\(n)"), "\(n) was not checked:\n\(r.out)")
        }
        // Every op is differentiable or says why not (a compile error, never a zero).
        for fn in UnaryFn.allCases where !fn.spec.differentiable { XCTAssertNil(fn.spec.derivative, fn.rawValue) }
        let text = try String(contentsOfFile: Repo.root.appendingPathComponent("Tests/Check/builtins.grad").path, encoding: .utf8)
        for fn in BinaryFn.allCases where !fn.isComparison && !fn.isLogical {
            let name = [BinaryFn.add, .sub, .mul, .div].contains(fn) ? "arith" : fn.rawValue
            XCTAssertTrue(text.contains("fn f_\(name)("), "no check of \(fn.rawValue) in Tests/Check/builtins.grad")
        }
    }

    /// Every reduction of the op table is checked against finite differences in both modes, over
    /// everything and over each axis with and without keepdims, first and second derivatives,
    /// from a program made from the table (a reduction added is checked without anyone writing
    /// its check). Inputs are distinct, so max and min have no ties.
    func testEveryReductionIsChecked() throws {
        var src = ""
        var names: [String] = []
        for k in ReduceKind.allCases {
            let n = k.rawValue
            for (tag, args) in [("all", ""), ("a0", ", axis: 0"), ("a1k", ", axis: 1, keepdims: true"), ("am1", ", axis: -1")] {
                let f = "\(n)_\(tag)"
                src += """
                fn f_\(f)(x: f64[3, 4]) -> f64 { return sum(sin(\(n)(x * x + x\(args)))) }
                fn g_\(f) = grad(f_\(f))
                fn j_\(f) = jvp(f_\(f))
                fn h_\(f) = hessian(f_\(f))

                """
                names.append(f)
            }
        }
        let file = NSTemporaryDirectory() + "reductions_\(UUID().uuidString).grad"
        try src.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let r = gradc(["check", file])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        for f in names {
            for form in ["g_", "j_", "h_"] { XCTAssertTrue(r.out.contains(form + f), "\(form)\(f) was not checked:\n\(r.out)") }
        }
    }

    /// Every unary op of the table with a derivative equals JAX's in float64 at points of its
    /// domain: its value, first and second derivative (by nested `grad`), so the derivative
    /// conventions are JAX's (Tests/JAX/unary_ops.py; skipped when JAX is not installed).
    func testUnaryOpsAgreeWithJAX() throws {
        guard CLI.runProcess(["python3", "-c", "import jax, numpy"], in: Repo.root).status == 0 else {
            throw XCTSkip("JAX is not installed (pip install numpy jax)")
        }
        var src = "", prints = "", args: [String] = []
        for fn in UnaryFn.allCases where fn.spec.derivative != nil {
            guard let call = DerivativeTests.call(fn)?("x") else { continue }
            let (lo, hi) = (fn.spec.domain.lowerBound, fn.spec.domain.upperBound)
            // away from kinks at 0 (relu, abs): a third of the way in, and near each end
            let points = [lo + (hi - lo) / 3 + 0.01, lo + (hi - lo) * 0.9, lo + (hi - lo) * 0.1 + 0.003]
            let n = fn.rawValue
            // (JAX's third column, f'', is compared only where gradc has a second derivative)
            let second = fn.hasSecondDerivative
            src += "fn s_\(n)(x: f64) -> f64 { return \(call) }\nfn d_\(n) = grad(s_\(n))\n" + (second ? "fn dd_\(n) = grad(d_\(n))\n" : "")
            for x in points { prints += "  print(\"\(n)\", \(x), s_\(n)(\(x)), d_\(n)(\(x))\(second ? ", dd_\(n)(\(x))" : ""))\n" }
            args.append("\(n)=" + points.map { "\($0)" }.joined(separator: ","))
        }
        let file = NSTemporaryDirectory() + "unary_jax_\(UUID().uuidString).grad"
        try (src + "fn main() {\n" + prints + "}\n").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let ours = gradc(["run", file])
        XCTAssertEqual(ours.status, 0, ours.err)
        let jax = CLI.runProcess(["python3", "Tests/JAX/unary_ops.py"] + args, in: Repo.root)
        XCTAssertEqual(jax.status, 0, jax.errors)
        let a = ours.out.split(separator: "\n"), b = jax.output.split(separator: "\n")
        XCTAssertEqual(a.count, b.count, "gradc:\n\(ours.out)\nJAX:\n\(jax.output)")
        XCTAssertEqual(a.count, 3 * args.count)
        for (x, y) in zip(a, b) {
            let u = x.split(separator: " "), v = y.split(separator: " ")
            XCTAssertEqual(u.first, v.first)
            for (p, q) in zip(u.dropFirst(2), v.dropFirst(2)) {
                let (g, j) = (Double(p) ?? .nan, Double(q) ?? .nan)
                XCTAssertEqual(g, j, accuracy: 1e-12 * max(1, abs(j)), "\(u[0]) at \(u[1]): gradc \(x), JAX \(y)")
            }
        }
    }

    /// A corpus program or example that names a JAX script (`// jax: Tests/JAX/NAME.py [ARGS]`)
    /// prints what that script prints, number for number (to the program's rounding): its
    /// expected output is JAX's in float64, checked on every run where JAX is installed, not
    /// copied once.
    func testCorpusProgramsAgreeWithTheirJAXScripts() throws {
        guard CLI.runProcess(["python3", "-c", "import jax, numpy"], in: Repo.root).status == 0 else {
            throw XCTSkip("JAX is not installed (pip install numpy jax)")
        }
        var checked = 0
        for path in Repo.files("Tests/Cases", ext: "grad") + Repo.files("Examples", ext: "grad") {
            let source = try String(contentsOfFile: path, encoding: .utf8)
            guard let line = source.split(separator: "\n").first(where: { $0.hasPrefix("// jax: ") }) else { continue }
            let script = line.dropFirst("// jax: ".count).split(separator: " ").map(String.init)
            let jax = CLI.runProcess(["python3"] + script, in: Repo.root)
            XCTAssertEqual(jax.status, 0, "\(script): \(jax.errors)")
            func numbers(_ s: String) -> [Double] {
                s.split(whereSeparator: { " \n[](),".contains($0) }).compactMap { Double($0) }
            }
            let expected = numbers(CorpusTests.expectations(source).output.joined(separator: "\n"))
            let got = numbers(jax.output)
            XCTAssertEqual(expected.count, got.count, "\(path): the program prints \(expected.count) numbers, \(script) \(got.count)")
            for (k, (e, j)) in zip(expected, got).enumerated() {
                // the program rounds to 8 or more decimals
                XCTAssertEqual(e, j, accuracy: 1.5e-8 * max(1, abs(j)), "\(path): number \(k + 1): expected \(e), JAX \(j)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "no corpus program names a JAX script")
    }

    /// A wrong hand-written derivative fails, though forward and reverse mode agree (forward
    /// mode transposes the VJP): Tests/Check/custom_derivative.grad, which passes, with a VJP
    /// off by a factor of 1.01, and with a VJP that has the sign of one element wrong.
    func testWrongCustomDerivativeFails() throws {
        let path = Repo.path("Tests/Check/custom_derivative.grad")
        let right = gradc(["check", path])
        XCTAssertEqual(right.status, 0, right.out + right.err)
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-check-wrong-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(name: String, from: String, to: String, failing: Set<String>)] = [
            ("factor", "return ct * (x * cos(x) + sin(x))", "return 1.01 * ct * (x * cos(x) + sin(x))", ["df", "jf", "dloss", "hloss"]),
            ("sign", "stack([ct * x[1], ct * x[0],", "stack([ct * x[1], -ct * x[0],", ["dg", "vg", "dloss", "hloss"]),
        ]
        for c in cases {
            XCTAssertTrue(source.contains(c.from), c.name)
            let file = dir.appendingPathComponent("\(c.name).grad").path
            try source.replacingOccurrences(of: c.from, with: c.to).write(toFile: file, atomically: true, encoding: .utf8)
            let r = gradc(["check", file])
            XCTAssertEqual(r.status, 1, "\(c.name):\n\(r.out)\(r.err)")
            XCTAssertTrue(r.out.contains("checks failed"), r.out)
            let lines = r.out.split(separator: "\n").map(String.init)
            let failing = lines.filter { $0.hasSuffix("FAIL") }
            XCTAssertEqual(Set(failing.map { String($0.prefix { $0 != " " }) }), c.failing, "\(c.name):\n\(r.out)")
            // Only finite differences can tell.
            XCTAssertTrue(failing.allSatisfy { $0.contains("vs finite differences") }, r.out)
            if c.name == "factor" {
                // 0.01/1.01, against a tolerance of about 1e-6.
                XCTAssertTrue(r.out.contains("df        reverse vs finite differences     9.90e-03       1.00e-06   FAIL"), r.out)
            }
        }
    }

    /// The W2 benchmark's RNN (tanh, 256 steps) is chaotic at unit-sized inputs: its gradient
    /// there is 3e86 along a random direction, beyond any finite-difference step, though the
    /// two modes agree. check finds a step that settles at the inputs scaled by 1/16, and passes.
    func testChaoticRNNPassesCheck() throws {
        let r = gradc(["check", "Examples/benchmarks/w2_rnn.grad"], in: Repo.root.path)
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("note: drnn: no finite-difference step settles at the random inputs"), r.out)
        XCTAssertTrue(r.out.contains("so drnn is checked at the inputs scaled by 1/16\n"), r.out)
        XCTAssertTrue(r.out.hasSuffix("all 2 checks passed\n"), r.out)
    }

    /// Every corpus program with derived functions (each defect's reproducer among them)
    /// passes check, but for the two whose derivative is by design not the function's.
    func testCorpusProgramsPassCheck() throws {
        let notTheFunctionsDerivative = [
            "stop_gradient.grad": "stop_gradient(x) has derivative zero where x varies",
            "custom_derivative.grad": "the straight-through estimator: round's derivative taken to be 1",
        ]
        var checked = 0
        for file in Repo.files("Tests/Cases", ext: "grad") where !file.contains("/errors/") {
            let name = (file as NSString).lastPathComponent
            guard notTheFunctionsDerivative[name] == nil else { continue }
            let text = try String(contentsOfFile: file, encoding: .utf8)
            guard text.range(of: #"(?m)^fn \w+ = (grad|value_and_grad|vjp|jvp|jacobian|hessian)\("#, options: .regularExpression) != nil else { continue }
            let r = gradc(["check", name], in: (file as NSString).deletingLastPathComponent)
            XCTAssertEqual(r.status, 0, "\(file):\n" + r.out.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + r.err)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 18)
    }

    func testExamplesPassCheck() throws {
        for ex in Repo.files("Examples", ext: "grad") where Repo.isRunnableExample(ex) {
            let r = gradc(["check", ex, "--dim", "n=3"], in: Repo.root.path)
            XCTAssertEqual(r.status, 0, "\(ex):\n\(r.out)\(r.err)")
        }
    }
}
