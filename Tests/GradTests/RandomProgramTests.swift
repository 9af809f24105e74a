// Random programs: a seeded generator of well-typed Grad functions over the built-ins,
// broadcasting, indexing and slicing, loops, branches and calls, each with a gradient. The
// functions are smooth where they are checked (no kinks; branches on the sign of an input,
// which gradc check keeps away from 0) and every variable is squashed by tanh, so values stay
// moderate and finite differences are a fair reference. Every
// batch is checked five ways: reverse mode against finite differences and forward mode
// against reverse (`gradc check`); the VM against the native executable; the printed
// derivative source recompiled against the original (EmitGradTests' mechanism, here by
// running both); and the checkpoint schedules against each other (the gradients printed under
// store-all, sqrt and binomial:1 must be identical). GRADC_RANDOM=N makes N batches (default
// 3, of 10 functions each). A failure names the seed; keep a minimized copy in Tests/Cases.

import Foundation
import GradTensor
import XCTest

struct ProgramGenerator {
    var rng: SplitMix64
    var functions: [String] = []        // names of generated functions, callable later
    var depth = 0
    var callsLeft = 0                   // one call of the previous function per function

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { rng.uniform() < p }
    mutating func literal() -> String { String(format: "%.2f", 0.25 + rng.uniform()) }

    /// An expression of type f64[4] from `vars` (all f64[4]), `w` (f64[4, 4]) and `s` (f64).
    mutating func vector(_ vars: [String]) -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return vars[pick(vars.count)] }
        switch pick(11) {
        case 0: return vars[pick(vars.count)]
        case 1: return ["tanh", "sin", "cos", "sigmoid", "softplus", "gelu"][pick(6)] + "(\(vector(vars)))"
        case 2: return "(\(vector(vars)) \(["+", "-", "*"][pick(3)]) \(vector(vars)))"
        case 3: return "(\(vector(vars)) * \(scalar(vars)))"                   // broadcasting
        case 4: return "(w @ \(vector(vars)))"
        case 5: return "(\(vector(vars)) @ w)"
        case 6: return "(sigmoid(\(vector(vars))) * \(vector(vars)))"
        case 7: return "concat([\(vector(vars))[1:], \(vector(vars))[:1]], axis: 0)"
        case 8: return "exp(tanh(\(vector(vars))))"
        case 9: return "(square(tanh(\(vector(vars)))) * \(literal()))"
        default:
            if callsLeft > 0, let f = functions.last, chance(0.5) {
                callsLeft -= 1
                return "(\(vector(vars)) * \(f)(\(vector(vars)), w, \(scalar(vars))))"
            }
            return "softmax(\(vector(vars)))"
        }
    }

    /// A scalar f64 expression.
    mutating func scalar(_ vars: [String]) -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return "s" }
        switch pick(7) {
        case 0: return "s"
        case 1: return ["sum", "mean", "logsumexp", "norm"][pick(4)] + "(\(vector(vars)))"
        case 2: return "\(vector(vars))[\(pick(4))]"
        case 3: return "dot(\(vector(vars)), \(vector(vars)))"
        case 4: return "tanh(\(scalar(vars)))"
        case 5: return "sum(w * outer(\(vector(vars)), \(vector(vars))))"
        default: return "(s * \(literal()))"
        }
    }

    /// One function f(x: f64[4], w: f64[4, 4], s: f64) -> f64 with statements.
    mutating func function(_ name: String) -> String {
        callsLeft = 1
        var vars = ["x"]
        var body: [String] = []
        for k in 0..<(1 + pick(3)) {
            let v = "v\(k)"
            switch pick(4) {
            case 0:
                body.append("  let \(v) = tanh(\(vector(vars)))")
            case 1:
                let steps = 1 + pick(6)
                let schedule = ["", "@checkpoint(binomial: 2)\n  ", "@checkpoint(sqrt)\n  "][pick(3)]
                body.append("  var \(v) = tanh(\(vector(vars)))\n  \(schedule)for i in 0..<\(steps) {\n    \(v) = tanh(\(vector(vars + [v])) * 0.5 + \(v) * 0.5)\n  }")
            case 2:
                // The condition is far from its boundary at the checked points but for s near
                // 0, so finite differences do not step across it.
                body.append("  var \(v) = tanh(\(vector(vars)))\n  if s \(["<", ">"][pick(2)]) 0.0 {\n    \(v) = \(vector(vars + [v]))\n  } else {\n    \(v) = \(v) * \(literal())\n  }")
            default:
                body.append("  var \(v) = tanh(\(vector(vars)))\n  var n\(k) = 0\n  while n\(k) < \(1 + pick(3)) {\n    \(v) = sin(\(v)) + tanh(\(vector(vars))) * 0.25\n    n\(k) = n\(k) + 1\n  }")
            }
            vars.append(v)
        }
        let result = chance(0.3) ? "tanh(\(vector(vars))) * s" : "tanh(\(vector(vars)))"
        functions.append(name)
        // The result is a vector so later functions can call it; the loss is its sum.
        return "fn \(name)(x: f64[4], w: f64[4, 4], s: f64) -> f64[4] {\n" + body.joined(separator: "\n") + "\n  return \(result)\n}\n"
            + "fn \(name)_loss(x: f64[4], w: f64[4, 4], s: f64) -> f64 { return sum(\(name)(x, w, s) * [0.3, -0.2, 0.5, 0.1]) }\n"
            + "fn \(name)_grad = grad(\(name)_loss)\n"
    }

    /// A program of `count` functions and a main printing each function's value and gradient.
    mutating func program(count: Int) -> String {
        var text = "// generated by RandomProgramTests\n"
        for k in 0..<count { text += function("f\(k)") + "\n" }
        text += "fn main() {\n  let x = randn([4], seed: 11) * 0.5\n  let w = randn([4, 4], seed: 12) * 0.4\n  let s = 0.7\n"
        for f in functions {
            text += "  print(\"\(f)\", \(f)_loss(x, w, s))\n  let (gx_\(f), gw_\(f), gs_\(f)) = \(f)_grad(x, w, s)\n  print(gx_\(f), gw_\(f), gs_\(f))\n"
        }
        return text + "}\n"
    }
}

final class RandomProgramTests: XCTestCase {
    static let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-random-\(getpid())")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func testRandomPrograms() throws {
        let batches = Int(ProcessInfo.processInfo.environment["GRADC_RANDOM"] ?? "") ?? 3
        var generated = 0
        for seed in 0..<UInt64(batches) {
            var g = ProgramGenerator(seed: 1000 + seed)
            let text = g.program(count: 10)
            generated += g.functions.count
            let name = "random\(seed).grad"
            let file = RandomProgramTests.dir.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let here = RandomProgramTests.dir.path
            let tag = "seed \(1000 + seed) (\(file.path))"

            // 1. Derivatives against finite differences, forward against reverse.
            let check = gradc(["check", name], in: here)
            XCTAssertEqual(check.status, 0, "\(tag): gradc check\n" + check.out.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + check.err)

            // 2. The VM against native code.
            let vm = gradc(["run", name], in: here)
            XCTAssertEqual(vm.status, 0, "\(tag): \(vm.err)")
            let exe = RandomProgramTests.dir.appendingPathComponent("random\(seed)").path
            let b = gradc(["build", name, "-o", exe, "-O1"], in: here)
            XCTAssertEqual(b.status, 0, "\(tag): \(b.err)")
            let c = BackendTests.run([exe], in: here)
            XCTAssertTrue(BackendTests.agree(vm.out, c.out), "\(tag): VM and native differ\n--- VM\n\(vm.out)\n--- C\n\(c.out)")

            // 3. Every schedule gives the same gradients on the VM.
            for schedule in ["store-all", "binomial:1"] {
                let other = gradc(["run", "--checkpoint=\(schedule)", name], in: here)
                XCTAssertEqual(other.out, vm.out, "\(tag): \(schedule) differs from sqrt")
            }

            // 4. The printed derivative source, compiled in place of the declarations.
            let emitted = gradc(["emit", "grad", name], in: here)
            XCTAssertEqual(emitted.status, 0, "\(tag): \(emitted.err)")
            let replaced = text.split(separator: "\n").filter { !$0.hasPrefix("fn ") || !$0.contains(" = grad(") }.joined(separator: "\n") + "\n" + emitted.out
            let again = RandomProgramTests.dir.appendingPathComponent("random\(seed)_emitted.grad")
            try replaced.write(to: again, atomically: true, encoding: .utf8)
            let rerun = gradc(["run", again.lastPathComponent], in: here)
            XCTAssertEqual(rerun.status, 0, "\(tag): the emitted derivative source does not run: \(rerun.err.prefix(2000))")
            XCTAssertTrue(BackendTests.agree(vm.out, rerun.out), "\(tag): emitted source computes other numbers")
        }
        XCTAssertGreaterThanOrEqual(generated, 10 * batches)
    }
}
