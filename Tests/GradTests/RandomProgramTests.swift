// Random programs: a seeded generator of well-typed Grad functions over the built-ins,
// broadcasting, indexing, slicing and reshaping, loops (with checkpoint schedules and using
// their index), nested loops, while loops, branches and calls, and over what ordinary models
// combine: records as parameters with fields read in loops (and with size names in their
// fields, passed to helpers), records and tuples carried by for
// and while loops, a record assigned in a branch, its fields assigned in loops and branches,
// helpers with size names of their own
// (concrete and symbolic at the call), a generic helper, a custom derivative, element
// assignment and updates in loops, set_index, views of computed values read by @. Each
// function has a gradient and one more derived function of every kind (value_and_grad, vjp,
// jvp, jacobian, hessian, an HVP, a gradient with respect to a record, a vmap, a vmap of a
// gradient); the README's table
// gives each construct's share. The functions are smooth where they are checked (no kinks;
// branches on the sign of an input, which gradc check keeps away from 0) and every variable
// is squashed by tanh, so values stay moderate and finite differences are a fair reference.
//
// Every program is checked five ways, through the gradc executable (so batches run in
// parallel): reverse mode against finite differences and forward mode against reverse
// (`gradc check`); the VM against the native executable; the printed derivative source
// recompiled in place of the declarations; and the checkpoint schedules against each other
// (the gradients printed under sqrt, store-all and binomial:1 must be identical).
// GRADC_RANDOM=N makes N batches of 10 functions (default 30: 300 functions).
//
// A failing batch is minimized (Minimizer below): the smallest function chain that still
// fails the same way, then statements removed and subexpressions replaced by an input while
// it does. The failure message shows the minimized program, to be kept in Tests/Cases/random/.

import Foundation
import GradDriver
import GradTensor
import XCTest

/// One generated function: f(x: f64[4], w: f64[4, 4], s: f64) -> f64[4], its statements kept
/// apart so a minimizer can remove them, with one more derived function of it (`transform`)
/// and the constructs the generator used in it (for the coverage table).
struct GeneratedFunction {
    var name: String
    var statements: [String]
    var result: String
    var transform = "grad"
    var constructs: Set<String> = []

    /// The derived function beside the gradient, and the call main prints.
    var extra: (decl: String, call: String) {
        let n = name, t = "\(name)_t"
        switch transform {
        case "value_and_grad": return ("fn \(t) = value_and_grad(\(n)_loss, wrt: w)\n", "\(t)(x, w, s)")
        case "vjp": return ("fn \(t) = vjp(\(n), wrt: x, s)\n", "\(t)(x, w, s, [0.5, -0.25, 0.75, 0.1])")
        case "jvp": return ("fn \(t) = jvp(\(n), wrt: x)\n", "\(t)(x, w, s, [0.2, 0.4, -0.6, 0.8])")
        case "jacobian": return ("fn \(t) = jacobian(\(n), wrt: x)\n", "\(t)(x, w, s)")
        case "hessian": return ("fn \(t) = hessian(\(n)_loss, wrt: x)\n", "\(t)(x, w, s)")
        case "hvp": return ("fn \(t) = jvp(grad(\(n)_loss, wrt: x), wrt: x)\n", "\(t)(x, w, s, [0.2, 0.4, -0.6, 0.8])")
        case "record": return ("fn \(n)_rec(p: R) -> f64 { return \(n)_loss(p.a, p.m, p.c) }\nfn \(t) = grad(\(n)_rec)\n", "\(t)(R(a: x, m: w, c: s))")
        case "vmap": return ("fn \(t) = vmap(\(n), over: x, s)\n", "\(t)([x, x * 0.5 + 0.1, -x], w, [s, s * 0.5 + 0.1, -s])")
        case "vmap_grad": return ("fn \(t) = vmap(grad(\(n)_loss, wrt: x, w), over: x)\n", "\(t)([x, x * 0.5 + 0.1, -x], w, s)")
        default: return ("", "")
        }
    }

    var text: String {
        "fn \(name)(x: f64[4], w: f64[4, 4], s: f64) -> f64[4] {\n" + statements.map { $0 + "\n" }.joined() + "  return \(result)\n}\n"
            + "fn \(name)_loss(x: f64[4], w: f64[4, 4], s: f64) -> f64 { return sum(\(name)(x, w, s) * [0.3, -0.2, 0.5, 0.1]) }\n"
            + "fn \(name)_grad = grad(\(name)_loss)\n" + extra.decl
    }

    func calls(_ other: String) -> Bool { (statements + [result]).contains { $0.contains(other + "(") } }
}

/// The declarations every generated program starts with: a record of the inputs' types,
/// helpers with size names of their own (one calling another at its symbolic sizes), one with
/// a record parameter, one with a record whose fields have size names (bound from the record
/// at the call, shared with a tensor parameter; such a call is not inlined), a generic one, and
/// one with a custom derivative.
let generatedPreamble = """
struct R { a: f64[4]; m: f64[4, 4]; c: f64 }
fn layer(h: f64[k], m: f64[k, k], c: f64) -> f64[k] { return tanh(m @ h * 0.5 + c * 0.1) }
fn layer2(h: f64[k], m: f64[k, k]) -> f64[k] { return layer(h, m, 0.3) * 0.5 + h * 0.5 }
fn cell(p: R, h: f64[4]) -> f64[4] { return tanh(p.m @ h * 0.4 + p.a * p.c) }
struct S { v: f64[k]; m: f64[k, k] }
fn scell(p: S, h: f64[k]) -> f64[k] {
  var y = h
  for i in 0..<2 {
    y = tanh(p.m[i] * y * 0.3 + p.v * 0.2)
  }
  return y
}
fn mix<T>(a: T, b: T) -> T { return a * 0.6 + b * 0.4 }
fn softclip(x: f64[k]) -> f64[k] { return tanh(x) }
@derivative(of: softclip)
fn softclip_vjp(x: f64[k], ct: f64[k]) -> f64[k] { return ct * (1.0 - square(tanh(x))) }

"""

/// A program of generated functions and a main that prints each one's loss, gradient and
/// other derived function.
func programText(_ fs: [GeneratedFunction]) -> String {
    var text = "// generated by RandomProgramTests\n" + generatedPreamble
    for f in fs { text += f.text + "\n" }
    text += "fn main() {\n  let x = randn([4], seed: 11) * 0.5\n  let w = randn([4, 4], seed: 12) * 0.4\n  let s = 0.7\n"
    for f in fs {
        let n = f.name
        text += "  print(\"\(n)\", \(n)_loss(x, w, s))\n  let (gx_\(n), gw_\(n), gs_\(n)) = \(n)_grad(x, w, s)\n  print(gx_\(n), gw_\(n), gs_\(n))\n"
        if !f.extra.call.isEmpty { text += "  print(\(f.extra.call))\n" }
    }
    return text + "}\n"
}

struct ProgramGenerator {
    var rng: SplitMix64
    var functions: [String] = []        // names of generated functions, callable later
    var depth = 0
    var callsLeft = 0                   // one call of the previous function per function
    var used: Set<String> = []          // constructs written into the current function

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { rng.uniform() < p }
    mutating func literal() -> String { String(format: "%.2f", 0.25 + rng.uniform()) }

    /// An expression of type f64[4] from `vars` (all f64[4]), `w` (f64[4, 4]) and `s` (f64).
    mutating func vector(_ vars: [String]) -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return vars[pick(vars.count)] }
        switch pick(28) {
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
        case 10:
            let k = pick(13)
            return "reshape(outer(\(vector(vars)), \(vector(vars))), [16])[\(k):\(k + 4)]"
        case 11: return "sum(outer(\(vector(vars)), \(vector(vars))) * w, axis: \(pick(2)))"
        case 12: return "mean(stack([\(vector(vars)), \(vector(vars))], axis: 0), axis: 0)"
        case 13: return "(transpose(w) @ \(vector(vars)))"
        case 14: return ["log1p(square(\(vector(vars))))", "sqrt(1.0 + square(\(vector(vars))))", "pow(1.5 + sigmoid(\(vector(vars))), 1.5)"][pick(3)]
        case 15: return ["\(vector(vars))[::-1]", "(\(vector(vars)) - mean(\(vector(vars))))"][pick(2)]
        case 16: return "(" + ["w[\(pick(4))]", "w[:, \(pick(4))]", "w[-1]"][pick(3)] + " * \(vector(vars)))"
        case 17: return "softmax(\(vector(vars)))"
        case 18:
            used.insert("custom derivative")
            return "softclip(\(vector(vars)))"
        case 19:
            used.insert("generic helper")
            return "mix(\(vector(vars)), \(vector(vars)))"
        case 20:
            if chance(0.5) {
                used.insert("helper with its own sizes, concrete at the call")
                return "layer(\(vector(vars)), w, \(scalar(vars)))"
            }
            used.insert("helper with its own sizes, symbolic at the call")
            return "layer2(\(vector(vars)), w)"
        case 21:
            used.insert("view of a computed value read by @")
            return "((w * \(scalar(vars)))[\(pick(4))] @ w)"
        case 22:
            // NumPy's integer-array indexing: elements with repeats, or rows of w
            used.insert("gather by an index tensor")
            let idx = "[" + (0..<4).map { _ in String(pick(4)) }.joined(separator: ", ") + "]"
            return chance(0.5) ? "\(vector(vars))[\(idx)]" : "(w[\(idx)] @ \(vector(vars)))"
        case 23:
            used.insert("tril or triu")
            return chance(0.5) ? "(tril(w) @ \(vector(vars)))" : "(triu(w, k: \(pick(2))) @ \(vector(vars)))"
        case 24:
            used.insert("special and two-argument math")
            let v = vector(vars)
            // (not digamma: the generated Hessians and HVPs would need trigamma's derivative)
            return ["atan2(\(v), 1.5 + sigmoid(\(vector(vars))))", "logaddexp(\(v), \(vector(vars)))",
                    "(lgamma(1.5 + sigmoid(\(v))) * 0.5)", "(log2(1.5 + sigmoid(\(v))) * exp2(tanh(\(vector(vars)))))",
                    "(asinh(\(v)) + atanh(0.5 * tanh(\(vector(vars)))))", "(tan(0.5 * tanh(\(v))) * acosh(2.0 + square(\(vector(vars)))))"][pick(6)]
        case 25:
            used.insert("dropout with a key")
            return "dropout(\(vector(vars)), 0.3, key(\(pick(1000))))"
        case 26:
            // one process: the identities, differentiated as collectives (Tests/MPI checks several)
            used.insert("data-parallel collective")
            return ["allreduce_mean(\(vector(vars)))", "allreduce_sum(\(vector(vars)))",
                    "broadcast(\(vector(vars)), root: 0)", "(\(vector(vars)) * f64(world_size() - rank()))"][pick(4)]
        default:
            if callsLeft > 0, let f = functions.last, chance(0.5) {
                callsLeft -= 1
                used.insert("call of a generated function")
                return "(\(vector(vars)) * \(f)(\(vector(vars)), w, \(scalar(vars))))"
            }
            return "tanh(\(vector(vars)) + \(vector(vars)))"
        }
    }

    /// A scalar f64 expression.
    mutating func scalar(_ vars: [String]) -> String {
        depth += 1
        defer { depth -= 1 }
        if depth > 4 { return "s" }
        switch pick(9) {
        case 0: return "s"
        case 1: return ["sum", "mean", "logsumexp", "norm"][pick(4)] + "(\(vector(vars)))"
        case 2: return "\(vector(vars))[\(pick(4))]"
        case 3: return "dot(\(vector(vars)), \(vector(vars)))"
        case 4: return "tanh(\(scalar(vars)))"
        case 5: return "sum(w * outer(\(vector(vars)), \(vector(vars))))"
        case 6: return "prod(1.0 + 0.1 * tanh(\(vector(vars))))"
        case 7: return "logsumexp(w @ \(vector(vars)))"
        default: return "(s * \(literal()))"
        }
    }

    /// One function with one to three statements.
    mutating func function(_ name: String) -> GeneratedFunction {
        callsLeft = 1
        used = []
        var vars = ["x"]
        var body: [String] = []
        for k in 0..<(1 + pick(3)) {
            let v = "v\(k)"
            switch pick(17) {
            case 0:
                body.append("  let \(v) = tanh(\(vector(vars)))")
            case 16:
                // A record's fields assigned in a loop (`p.a = ...`, `p.m *= ...`) and in a branch.
                used.formUnion(["field assignment in a loop", "field assignment in a branch", "for loop", "if"])
                body.append("  var fa\(k) = R(a: tanh(\(vector(vars))), m: w * 0.5, c: tanh(s))\n  for i in 0..<\(1 + pick(3)) {\n    fa\(k).a = tanh(fa\(k).m @ fa\(k).a + fa\(k).c * \(vector(vars)))\n    fa\(k).m *= 0.9\n  }\n  if s > 0.0 {\n    fa\(k).c += sum(fa\(k).a) * 0.1\n  }\n  let \(v) = tanh(fa\(k).a * fa\(k).c)")
            case 15:
                // A record whose fields have size names, built from the inputs and passed with a
                // tensor of those sizes to a helper, in a loop.
                used.formUnion(["record with size names passed to a helper", "call in a loop body", "for loop"])
                body.append("  let sr\(k) = S(v: tanh(\(vector(vars))), m: w * \(literal()))\n  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<\(1 + pick(2)) {\n    \(v) = scell(sr\(k), \(v)) * 0.5 + \(v) * 0.5\n  }")
            case 14:
                // x.at[idx].add(...) in a loop: repeats summed
                used.formUnion(["scatter-add through an index tensor in a loop", "for loop"])
                let idx = "[" + (0..<4).map { _ in String(pick(4)) }.joined(separator: ", ") + "]"
                body.append("  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<\(1 + pick(2)) {\n    \(v)[\(idx)] += tanh(\(vector(vars + [v]))) * 0.3\n  }")
            case 1:
                let steps = 1 + pick(6)
                let schedule = ["", "@checkpoint(binomial: 2)\n  ", "@checkpoint(sqrt)\n  ", "@checkpoint(store_all)\n  "][pick(4)]
                used.insert("for loop")
                body.append("  var \(v) = tanh(\(vector(vars)))\n  \(schedule)for i in 0..<\(steps) {\n    \(v) = tanh(\(vector(vars + [v])) * 0.5 + \(v) * 0.5)\n  }")
            case 2:
                // The loop's index reads a row of w and scales a term.
                let steps = 1 + pick(4)
                used.insert("for loop")
                body.append("  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<\(steps) {\n    \(v) = tanh(\(v) * 0.6 + w[i] * \(vector(vars + [v])) * 0.3 + f64(i) * 0.05)\n  }")
            case 3:
                // The condition is far from its boundary at the checked points but for s near
                // 0, so finite differences do not step across it.
                used.insert("if")
                body.append("  var \(v) = tanh(\(vector(vars)))\n  if s \(["<", ">"][pick(2)]) 0.0 {\n    \(v) = \(vector(vars + [v]))\n  } else {\n    \(v) = \(v) * \(literal())\n  }")
            case 4:
                used.insert("while loop")
                body.append("  var \(v) = tanh(\(vector(vars)))\n  var n\(k) = 0\n  while n\(k) < \(1 + pick(3)) {\n    \(v) = sin(\(v)) + tanh(\(vector(vars))) * 0.25\n    n\(k) = n\(k) + 1\n  }")
            case 5:
                // A record built from the inputs, its fields read in a loop and passed to a
                // helper taking the record.
                used.formUnion(["record as a parameter", "record fields read in a loop", "for loop", "call in a loop body"])
                body.append("  let r\(k) = R(a: tanh(\(vector(vars))), m: w * \(literal()), c: tanh(\(scalar(vars))))\n  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<\(1 + pick(3)) {\n    \(v) = cell(r\(k), \(v)) * 0.5 + r\(k).a * \(v) * 0.3 + r\(k).m[i] * 0.1\n  }")
            case 6:
                // A record carried by a loop (MAML's parameters through SGD steps).
                used.formUnion(["record carried by a loop", "record as a parameter", "call in a loop body", "for loop"])
                let start = chance(0.5) ? "R(a: tanh(\(vector(vars))), m: w * 0.5, c: tanh(s))" : "mix(R(a: tanh(\(vector(vars))), m: w, c: s), R(a: x, m: w * 0.5, c: 0.5))"
                if start.hasPrefix("mix") { used.insert("generic helper") }
                body.append("  var st\(k) = \(start)\n  for i in 0..<\(1 + pick(3)) {\n    st\(k) = R(a: cell(st\(k), st\(k).a), m: st\(k).m * 0.9, c: tanh(st\(k).c + 0.1))\n  }\n  let \(v) = tanh(st\(k).a + st\(k).m @ \(vector(vars)) * st\(k).c)")
            case 7:
                // A tuple carried by a loop (an LSTM's (h, c)), a helper called in the body.
                used.formUnion(["tuple carried by a loop", "call in a loop body", "for loop", "helper with its own sizes, symbolic at the call"])
                body.append("  var tp\(k) = (tanh(\(vector(vars))), tanh(\(scalar(vars))))\n  for i in 0..<\(1 + pick(3)) {\n    let (ta\(k), tb\(k)) = tp\(k)\n    tp\(k) = (layer2(ta\(k), w) * tb\(k), tb\(k) * 0.9 + sum(ta\(k)) * 0.01)\n  }\n  let (ha\(k), hb\(k)) = tp\(k)\n  let \(v) = tanh(ha\(k) * hb\(k))")
            case 8:
                // A record carried by a while loop.
                used.formUnion(["record carried by a while loop", "while loop"])
                body.append("  var sw\(k) = R(a: tanh(\(vector(vars))), m: w * 0.5, c: tanh(s))\n  var n\(k) = 0\n  while n\(k) < \(1 + pick(3)) {\n    sw\(k) = R(a: tanh(sw\(k).m @ sw\(k).a + sw\(k).c), m: sw\(k).m * 0.8, c: sw\(k).c * 0.9)\n    n\(k) = n\(k) + 1\n  }\n  let \(v) = sw\(k).a")
            case 9:
                // Element assignment and updates in a loop.
                used.formUnion(["element assignment in a loop", "for loop"])
                let update = ["\(v)[i] = tanh(\(v)[i] * 0.8 + \(scalar(vars + [v])) * 0.2)",
                              "\(v)[i] += tanh(\(scalar(vars + [v]))) * 0.2",
                              "\(v)[i] *= 0.5 + sigmoid(\(v)[i])"][pick(3)]
                if update.contains("+=") { used.insert("element update in a loop") }
                body.append("  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<4 {\n    \(update)\n  }")
            case 10:
                // Element assignment of a slice, and set_index, outside loops.
                used.formUnion(["element assignment", "set_index"])
                body.append("  var \(v) = tanh(\(vector(vars)))\n  \(v)[1:3] = \(vector(vars))[0:2] * 0.5\n  \(v) = set_index(\(v), \(pick(4)), tanh(\(scalar(vars + [v]))))")
            case 11:
                used.formUnion(["nested loops", "for loop"])
                body.append("  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<2 {\n    for j in 0..<\(1 + pick(2)) {\n      \(v) = tanh(\(v) * 0.5 + w[j] * \(vector(vars + [v])) * 0.3 + f64(i) * 0.05)\n    }\n  }")
            case 12:
                // A helper with its own size names called in a loop, concrete at the call.
                used.formUnion(["call in a loop body", "helper with its own sizes, concrete at the call", "for loop"])
                body.append("  var \(v) = tanh(\(vector(vars)))\n  for i in 0..<\(1 + pick(3)) {\n    \(v) = layer(\(v), w, s) * 0.5 + \(v) * 0.5\n  }")
            default:
                // A record assigned in a branch.
                used.formUnion(["record assigned in a branch", "if"])
                body.append("  var rb\(k) = R(a: tanh(\(vector(vars))), m: w, c: s)\n  if s > 0.0 {\n    rb\(k) = R(a: rb\(k).a * 0.5, m: rb\(k).m * 0.5, c: rb\(k).c * 2.0)\n  }\n  let \(v) = tanh(rb\(k).m @ rb\(k).a * rb\(k).c)")
            }
            vars.append(v)
        }
        let result = chance(0.3) ? "tanh(\(vector(vars))) * s" : "tanh(\(vector(vars)))"
        functions.append(name)
        let transform = ["grad", "value_and_grad", "vjp", "jvp", "jacobian", "hessian", "hvp", "record", "vmap", "vmap_grad"][pick(10)]
        let names = ["record": "grad with respect to a record", "hvp": "jvp(grad(...)) (HVP)", "vmap": "vmap over x and s",
                     "vmap_grad": "vmap(grad(...)) (per-example gradients)"]
        used.insert("transform: " + (names[transform] ?? transform))
        used.insert("transform: grad")
        return GeneratedFunction(name: name, statements: body, result: result, transform: transform, constructs: used)
    }

    mutating func program(count: Int) -> [GeneratedFunction] {
        (0..<count).map { function("f\($0)") }
    }
}

/// The five checks of a program, through the gradc executable, in a folder of its own.
enum RandomCheck {
    static func gradc(_ args: [String], _ dir: URL) -> (status: Int32, output: String, errors: String) {
        CLI.runProcess([Repo.executable] + args, in: dir)
    }

    static let kinds = ["check", "native", "schedule", "emitted"]

    /// `fn name = transform(...)`: what `gradc emit grad` prints as source.
    static func isDerivedDeclaration(_ line: Substring) -> Bool {
        guard line.hasPrefix("fn "), let eq = line.range(of: " = ") else { return false }
        let rest = line[eq.upperBound...]
        return ["grad(", "value_and_grad(", "vjp(", "jvp(", "jacobian(", "hessian(", "vmap("].contains { rest.hasPrefix($0) }
    }

    /// The kinds of failure of the program (empty when it passes): "compile" (the generator's
    /// bug), or any of `kinds`; `only` runs just those checks (the minimizer's).
    static func failures(_ text: String, in dir: URL, only: Set<String> = Set(kinds)) -> [String: String] {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let name = "program.grad"
        try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        var found: [String: String] = [:]
        let vm = gradc(["run", name], dir)
        guard vm.status == 0 else { return ["compile": vm.errors] }

        if only.contains("check") {
            let check = gradc(["check", name], dir)
            if check.status != 0 {
                found["check"] = check.output.split(separator: "\n").filter { $0.contains("FAIL") }.joined(separator: "\n") + check.errors
            }
        }
        if only.contains("native") {
            let exe = dir.appendingPathComponent("program").path
            let b = gradc(["build", name, "-o", exe, "-O0"], dir)
            let c = CLI.runProcess([exe], in: dir)
            if b.status != 0 || c.status != 0 || !BackendTests.agree(vm.output, c.output) {
                found["native"] = "build: \(b.errors.prefix(1000))\n--- VM\n\(vm.output)\n--- C\n\(c.output)\(c.errors)"
            }
        }
        if only.contains("schedule") {
            for schedule in ["store-all", "binomial:1"] {
                let other = gradc(["run", "--checkpoint=\(schedule)", name], dir)
                if other.output != vm.output { found["schedule"] = "\(schedule) differs from sqrt" }
            }
        }
        if only.contains("emitted") {
            let emitted = gradc(["emit", "grad", name], dir)
            let replaced = text.split(separator: "\n").filter { !RandomCheck.isDerivedDeclaration($0) }.joined(separator: "\n") + "\n" + emitted.output
            try? replaced.write(to: dir.appendingPathComponent("emitted.grad"), atomically: true, encoding: .utf8)
            let rerun = gradc(["run", "emitted.grad"], dir)
            if emitted.status != 0 || rerun.status != 0 || !BackendTests.agree(vm.output, rerun.output) {
                found["emitted"] = "\(emitted.errors.prefix(1000))\(rerun.errors.prefix(1000))"
            }
        }
        return found
    }
}

/// Shrinks a failing program while `fails` still holds: first to the shortest chain of
/// functions that fails alone (a function and the ones it calls), then, until nothing changes,
/// removing statements and replacing parenthesized subexpressions and calls with an input
/// (`x` or `s`) or with one of their own subexpressions, and balanced runs of a statement's
/// lines removed (a loop around its body), as C-Reduce does. Every candidate that
/// does not compile is rejected by `fails` itself.
struct Minimizer {
    let fails: ([GeneratedFunction]) -> Bool
    var tries = 0
    let limit: Int

    init(limit: Int = 400, fails: @escaping ([GeneratedFunction]) -> Bool) {
        self.limit = limit
        self.fails = fails
    }

    mutating func test(_ fs: [GeneratedFunction]) -> Bool {
        guard tries < limit else { return false }
        tries += 1
        return fails(fs)
    }

    /// Function k and the functions it calls, directly or not.
    static func chain(_ fs: [GeneratedFunction], _ k: Int) -> [GeneratedFunction] {
        var keep = [k]
        var j = k
        while j > 0 && fs[j].calls(fs[j - 1].name) { j -= 1; keep.append(j) }
        return keep.reversed().map { fs[$0] }
    }

    /// The ranges of `(...)` groups in `s`, with the name of a call before them, largest first.
    static func subexpressions(_ s: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var open: [String.Index] = []
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "(" { open.append(i) }
            if s[i] == ")", let o = open.popLast() {
                var start = o
                while start > s.startIndex, s[s.index(before: start)].isLetter || s[s.index(before: start)].isNumber || s[s.index(before: start)] == "_" {
                    start = s.index(before: start)
                }
                out.append(start..<s.index(after: i))
            }
            i = s.index(after: i)
        }
        return out.sorted { s.distance(from: $0.lowerBound, to: $0.upperBound) > s.distance(from: $1.lowerBound, to: $1.upperBound) }
    }

    mutating func minimize(_ input: [GeneratedFunction]) -> [GeneratedFunction] {
        var fs = input
        for k in fs.indices {
            let c = Self.chain(fs, k)
            if c.count < fs.count, test(c) { fs = c; break }
        }
        var changed = true
        while changed && tries < limit {
            changed = false
            // The functions a chain no longer calls.
            while fs.count > 1 && !fs[1].calls(fs[0].name), test(Array(fs.dropFirst())) { fs.removeFirst(); changed = true }
            for f in fs.indices.reversed() {
                var j = fs[f].statements.count - 1
                while j >= 0 {
                    var c = fs
                    c[f].statements.remove(at: j)
                    if test(c) { fs = c; changed = true }
                    j -= 1
                }
                // Balanced runs of lines inside a statement (a loop, its body's lines).
                for part in fs[f].statements.indices.reversed() where part < fs[f].statements.count {
                    var lines = fs[f].statements[part].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    var i = 0
                    while i < lines.count && lines.count > 1 && tries < limit {
                        var removed = false
                        for j in stride(from: lines.count - 1, through: i, by: -1) where j - i + 1 < lines.count {
                            let run = lines[i...j].joined()
                            guard run.filter({ $0 == "{" }).count == run.filter({ $0 == "}" }).count else { continue }
                            var c = fs
                            c[f].statements[part] = (lines[..<i] + lines[(j + 1)...]).joined(separator: "\n")
                            if test(c) { fs = c; lines.removeSubrange(i...j); removed = true; changed = true; break }
                        }
                        if !removed { i += 1 }
                    }
                }
                // Subexpressions of the result and of each statement, replaced by an input.
                for part in [-1] + Array(fs[f].statements.indices) {
                    var shrunk = true
                    while shrunk && tries < limit {
                        shrunk = false
                        let text = part < 0 ? fs[f].result : fs[f].statements[part]
                        let groups = Self.subexpressions(text)
                        for r in groups {
                            // An input, or one of its own subexpressions (largest first).
                            let inner = groups.filter { $0 != r && r.contains($0.lowerBound) && $0.upperBound <= r.upperBound }.map { String(text[$0]) }
                            for input in ["x", "s"] + inner {
                                var t = text
                                t.replaceSubrange(r, with: input)
                                var c = fs
                                if part < 0 { c[f].result = t } else { c[f].statements[part] = t }
                                if test(c) { fs = c; shrunk = true; changed = true; break }
                            }
                            if shrunk { break }
                        }
                    }
                }
            }
        }
        return fs
    }
}

final class RandomProgramTests: XCTestCase {
    static let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-random-\(getpid())")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func testRandomPrograms() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Repo.executable), "build gradc first (swift build): \(Repo.executable)")
        let batches = Int(ProcessInfo.processInfo.environment["GRADC_RANDOM"] ?? "") ?? 30
        let perBatch = 10
        let lock = NSLock()
        var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: batches) { b in
            let seed = UInt64(1000 + b)
            var g = ProgramGenerator(seed: seed)
            let fs = g.program(count: perBatch)
            let dir = RandomProgramTests.dir.appendingPathComponent("batch\(b)")
            let found = RandomCheck.failures(programText(fs), in: dir)
            for (kind, detail) in found.sorted(by: { $0.key < $1.key }) {
                guard kind != "compile" else {
                    // The generator wrote an ill-typed program: its bug, not gradc's.
                    lock.lock()
                    failures.append("seed \(seed): the generated program does not compile\n\(detail.prefix(3000))")
                    lock.unlock()
                    continue
                }
                // Shrink while the program fails the same way.
                var m = Minimizer { RandomCheck.failures(programText($0), in: dir.appendingPathComponent("min"), only: [kind])[kind] != nil }
                let small = m.minimize(fs)
                let kept = RandomProgramTests.dir.appendingPathComponent("minimized-seed\(seed)-\(kind).grad")
                try? programText(small).write(to: kept, atomically: true, encoding: .utf8)
                lock.lock()
                failures.append("seed \(seed): \(kind) failed\n\(detail.prefix(3000))\nminimized (\(m.tries) tries), kept at \(kept.path):\n\(programText(small))")
                lock.unlock()
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) failures in \(batches * perBatch) random functions:\n" + failures.joined(separator: "\n\n"))
    }

    /// The first batches against JAX in float64 (Tests/JAX/oracle.py: each function and its
    /// derived functions translated to JAX, every element of every result compared with what
    /// the VM prints), where Python has JAX; GRADC_JAX=N compares N batches (default 3).
    func testRandomProgramsAgreeWithJAX() throws {
        guard CLI.runProcess(["python3", "-c", "import jax, numpy"], in: Repo.root).status == 0 else {
            throw XCTSkip("JAX is not installed (pip install numpy jax): the JAX oracle is skipped")
        }
        let batches = Int(ProcessInfo.processInfo.environment["GRADC_JAX"] ?? "") ?? 3
        let dir = RandomProgramTests.dir.appendingPathComponent("jax")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files: [String] = []
        for b in 0..<batches {
            var g = ProgramGenerator(seed: UInt64(1000 + b))
            let file = dir.appendingPathComponent("batch\(b).grad").path
            try programText(g.program(count: 10)).write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let r = CLI.runProcess(["python3", "Tests/JAX/oracle.py", "--gradc", Repo.executable] + files, in: Repo.root)
        XCTAssertEqual(r.status, 0, r.output + r.errors)
        XCTAssertTrue(r.output.contains("\(batches) programs, \(10 * batches) functions: all agree with JAX"), r.output + r.errors)
    }

    /// The share of generated functions using each construct, over the default run's
    /// functions (seeds 1000..., 10 per batch), most used first.
    static func coverage(batches: Int = 30) -> [(construct: String, share: Double)] {
        var counts: [String: Int] = [:]
        var total = 0
        for b in 0..<batches {
            var g = ProgramGenerator(seed: UInt64(1000 + b))
            for f in g.program(count: 10) {
                total += 1
                for c in f.constructs { counts[c, default: 0] += 1 }
            }
        }
        return counts.map { ($0.key, Double($0.value) / Double(total)) }.sorted { $0.share != $1.share ? $0.share > $1.share : $0.construct < $1.construct }
    }

    static func coverageTable() -> String {
        "| construct | share of generated functions |\n|---|---|\n"
            + coverage().map { "| \($0.construct) | \(Int(($0.share * 100).rounded()))% |\n" }.joined()
    }

    /// The generator's programs compile, use what it offers, and differ by seed; the README's
    /// table of constructs is the generator's.
    func testGeneratorCoverage() throws {
        var g = ProgramGenerator(seed: 1000)
        var all = ""
        for _ in 0..<20 { all += programText(g.program(count: 10)) }
        for feature in ["@checkpoint(binomial: 2)", "@checkpoint(sqrt)", "while ", "if s ", "w[i]", "reshape(", "stack(", "concat(",
                        "axis: 1", "[::-1]", "softmax(", "prod(", "logsumexp(", "transpose(w)", "pow(", "f0("] {
            XCTAssertTrue(all.contains(feature), "the generator never writes \(feature)")
        }
        let shares = RandomProgramTests.coverage()
        for construct in ["record as a parameter", "record fields read in a loop", "record carried by a loop", "tuple carried by a loop",
                          "record with size names passed to a helper",
                          "record carried by a while loop", "record assigned in a branch", "call in a loop body",
                          "helper with its own sizes, concrete at the call", "helper with its own sizes, symbolic at the call",
                          "generic helper", "custom derivative", "element assignment in a loop", "element update in a loop",
                          "element assignment", "set_index", "view of a computed value read by @", "nested loops",
                          "field assignment in a loop", "field assignment in a branch",
                          "for loop", "while loop", "if", "call of a generated function",
                          "transform: grad", "transform: value_and_grad", "transform: vjp", "transform: jvp", "transform: jacobian",
                          "transform: hessian", "transform: jvp(grad(...)) (HVP)", "transform: grad with respect to a record",
                          "transform: vmap over x and s", "transform: vmap(grad(...)) (per-example gradients)"] {
            let share = shares.first { $0.construct == construct }?.share ?? 0
            XCTAssertGreaterThanOrEqual(share, 0.02, "the generator rarely writes \(construct): \(share)")
        }
        let readme = try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = RandomProgramTests.coverageTable()
        XCTAssertTrue(readme.contains(table), "the README's table of generated constructs is not the generator's; it is:\n\(table)")
        var a = ProgramGenerator(seed: 1), b = ProgramGenerator(seed: 2)
        XCTAssertNotEqual(programText(a.program(count: 3)), programText(b.program(count: 3)))
    }

    /// The minimizer shrinks a program to what a failure needs. Here the "failure" is a
    /// program that compiles and still calls softmax: the result must be one small function.
    func testMinimizerShrinksToTheFailure() throws {
        var g = ProgramGenerator(seed: 1004)
        let fs = g.program(count: 6)
        let text = programText(fs)
        XCTAssertTrue(text.contains("softmax("), "pick a seed whose program uses softmax")
        let dir = RandomProgramTests.dir.appendingPathComponent("minimize")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func compiles(_ t: String) -> Bool {
            guard (try? t.write(to: dir.appendingPathComponent("m.grad"), atomically: true, encoding: .utf8)) != nil else { return false }
            return RandomCheck.gradc(["emit", "ir", "m.grad"], dir).status == 0
        }
        var m = Minimizer { candidate in
            let t = programText(candidate)
            return t.contains("softmax(") && compiles(t)
        }
        let small = m.minimize(fs)
        let result = programText(small)
        XCTAssertEqual(small.count, 1, result)
        XCTAssertLessThanOrEqual(small[0].statements.count, 1, result)
        XCTAssertTrue(result.contains("softmax("))
        // (one statement: here a loop whose body is the softmax, `for i in 0..<4 { v0 = softmax(v0[::-1]) }`)
        XCTAssertLessThan(small[0].statements.joined().count + small[0].result.count, 80, result)
    }
}
