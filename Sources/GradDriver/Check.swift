// `gradc check FILE [--fn NAME] [--dim n=5] [--seed S]`: validates every derived function, as
// JAX's check_grads and Tapenade's validation mode do.
//
// The program is lowered again with every f32 made f64. For each derived function of base f:
//   - it is run at seeded random inputs (shapes from the signature; size names from --dim,
//     default 3) and compared with central finite differences of f in f64 along random
//     directions (gradients, VJPs, JVPs) or per input element (Jacobians, Hessians);
//   - the dot-product test between the modes, ⟨ȳ, J·ẋ⟩ = ⟨Jᵀ·ȳ, ẋ⟩, is run with a JVP and a
//     VJP of f that check generates.
// It prints a table (function, mode, max relative error, pass/fail) and fails with exit 1.

import Foundation
import GradIR
import GradTensor
import GradVM

struct Checker {
    let c: Compilation
    let vm: VM
    var sizes: [String: Int]
    let seed: UInt64
    var rng: SplitMix64
    var rows: [(String, String, Double, Bool)] = []
    static let fdTolerance = 1e-6, dotTolerance = 1e-9

    // MARK: - Values

    mutating func random(_ t: IRType) throws -> RValue {
        switch t {
        case .tensor(let d, let dims):
            var shape: [Int] = []
            for dim in dims {
                guard let v = dim.evaluate(sizes) else {
                    for s in dim.symbols where sizes[s] == nil { sizes[s] = 3 }
                    guard let v2 = dim.evaluate(sizes), v2 >= 0 else { throw CheckError("cannot choose a size for dimension \(dim)") }
                    shape.append(v2)
                    continue
                }
                shape.append(max(v, 0))
            }
            let n = shape.reduce(1, *)
            switch d {
            case .f32, .f64:
                // Normal-ish values away from 0, so kinks (relu, abs) are not hit.
                let v = (0..<n).map { _ -> Double in
                    let u = rng.uniform() * 2 - 1
                    return u < 0 ? u - 0.1 : u + 0.1
                }
                return .tensor(Tensor(v, shape: shape).converted(to: d))
            case .i32: return .tensor(Tensor((0..<n).map { _ in Int32(rng.next() % 3) }, shape: shape))
            case .bool: return .tensor(Tensor((0..<n).map { _ in rng.next() % 2 == 0 }, shape: shape))
            }
        case .tuple(let ts): return .tuple(try ts.map { try random($0) })
        case .record(let n):
            guard let sd = c.module.structDef(n) else { throw CheckError("unknown record \(n)") }
            return .record(n, try sd.fields.map { try random($0.type) })
        }
    }

    /// Flattens the float leaves of a value (a tensor, tuple or record) in order.
    static func leaves(_ v: RValue) -> [Double] {
        switch v {
        case .tensor(let t): return t.dtype.isFloat ? t.doubles : []
        case .tuple(let xs), .record(_, let xs): return xs.flatMap(leaves)
        case .none: return []
        }
    }

    /// `v` with its float leaves replaced, in order, by `flat` (same count).
    static func rebuild(_ v: RValue, _ flat: inout ArraySlice<Double>) -> RValue {
        switch v {
        case .tensor(let t):
            guard t.dtype.isFloat else { return v }
            let n = t.count
            let vals = Array(flat.prefix(n))
            flat = flat.dropFirst(n)
            return .tensor(Tensor.fromDoubles(vals, shape: t.shape, dtype: t.dtype))
        case .tuple(let xs): return .tuple(xs.map { rebuild($0, &flat) })
        case .record(let n, let xs): return .record(n, xs.map { rebuild($0, &flat) })
        case .none: return v
        }
    }

    static func axpy(_ x: RValue, _ h: Double, _ d: RValue) -> RValue {
        let a = leaves(x), b = leaves(d)
        var flat = ArraySlice(zip(a, b).map { $0 + h * $1 })
        return rebuild(x, &flat)
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// The largest difference relative to the largest magnitude; a difference within `noise`
    /// (what rounding alone can make) counts as none, so the scale is at least noise/tolerance.
    static func relError(_ a: [Double], _ b: [Double], noise: Double = 0, tolerance: Double = fdTolerance) -> Double {
        guard a.count == b.count else { return .infinity }
        let scale = max(1e-8, a.map(abs).max() ?? 0, b.map(abs).max() ?? 0, noise / tolerance)
        return zip(a, b).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
    }

    func call(_ name: String, _ args: [RValue]) throws -> RValue { try vm.run(name, args) }

    static func fnv1a(_ s: String) -> UInt64 {
        s.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    // MARK: - Checks

    mutating func check(_ spec: DerivedSpec, jvpName: String, vjpName: String) throws {
        guard let f = c.module.function(spec.base) else { return }
        // Each function's inputs come from a stream of its own, so one function's check does
        // not change when another is added or removed.
        rng = SplitMix64(seed: seed ^ Checker.fnv1a(spec.name))
        let args = try f.paramTypes.map { try random($0) }
        let y = try call(f.name, args)
        let dirs = try spec.wrt.map { try random(f.type(f.params[$0])) }
        let ybar = try random(f.resultType!)
        // Directional finite difference of f along dirs: (f(x + h d) - f(x - h d)) / 2h, and
        // for each component the error rounding alone can put in it, ε(|f(x+hd)| + |f(x-hd)|)/2h
        // (a nearly flat function has a gradient that small).
        func fd(_ h: Double) throws -> (values: [Double], noise: [Double]) {
            var plus = args, minus = args
            for (k, p) in spec.wrt.enumerated() {
                plus[p] = Checker.axpy(args[p], h, dirs[k])
                minus[p] = Checker.axpy(args[p], -h, dirs[k])
            }
            let a = Checker.leaves(try call(f.name, plus)), b = Checker.leaves(try call(f.name, minus))
            return (zip(a, b).map { ($0 - $1) / (2 * h) }, zip(a, b).map { Double.ulpOfOne * (abs($0) + abs($1)) / (2 * h) })
        }
        let h = 1e-6
        let (jdot, jnoise) = try fd(h)                    // J·ẋ, by finite differences
        let roundoff = 10.0                               // differences within 10× the rounding error pass
        let dirLeaves = dirs.flatMap(Checker.leaves)
        switch spec.transform {
        case "grad", "value_and_grad", "vjp":
            var callArgs = args
            if spec.transform == "vjp" { callArgs.append(ybar) }
            var out = try call(spec.name, callArgs)
            if spec.transform == "value_and_grad", case .tuple(let xs) = out {
                let err = Checker.relError(Checker.leaves(xs[0]), Checker.leaves(y))
                rows.append((spec.name, "value", err, err <= 1e-12))
                out = .tuple(Array(xs.dropFirst()))
            }
            let g = Checker.leaves(out)
            let weight = spec.transform == "vjp" ? Checker.leaves(ybar) : [1.0]
            let adj = Checker.dot(g, dirLeaves)           // ⟨x̄, ẋ⟩
            let fdv = Checker.dot(weight, jdot)           // ⟨ȳ, J·ẋ⟩ by FD
            let err = Checker.relError([adj], [fdv], noise: roundoff * Checker.dot(weight.map(abs), jnoise))
            rows.append((spec.name, "reverse vs finite differences", err, err <= Checker.fdTolerance))
        case "jvp":
            let out = try call(spec.name, args + dirs)
            guard case .tuple(let xs) = out else { throw CheckError("jvp returned \(out)") }
            let err = Checker.relError(Checker.leaves(xs[1]), jdot, noise: roundoff * (jnoise.max() ?? 0))
            rows.append((spec.name, "forward vs finite differences", err, err <= Checker.fdTolerance))
        case "jacobian", "hessian":
            let out = Checker.leaves(try call(spec.name, args))
            let p = spec.wrt[0]
            let n = Checker.leaves(args[p]).count
            // The function whose Jacobian is taken: f itself, or for a Hessian its gradient,
            // which is the VJP helper seeded with 1.
            let hessian = spec.transform == "hessian"
            let one = RValue.tensor(Tensor.scalar(1, f.resultType!.dtype!))
            var worst = 0.0
            let m = n == 0 ? 0 : out.count / n
            for j in 0..<n {
                var e = [Double](repeating: 0, count: n)
                e[j] = 1
                var flat = ArraySlice(e)
                let dir = Checker.rebuild(args[p], &flat)
                var plus = args, minus = args
                plus[p] = Checker.axpy(args[p], 1e-5, dir)
                minus[p] = Checker.axpy(args[p], -1e-5, dir)
                let a = Checker.leaves(hessian ? try call(vjpName, plus + [one]) : try call(f.name, plus))
                let b = Checker.leaves(hessian ? try call(vjpName, minus + [one]) : try call(f.name, minus))
                let col = zip(a, b).map { ($0 - $1) / 2e-5 }
                let got = (0..<m).map { out[$0 * n + j] }
                worst = max(worst, Checker.relError(got, col))
            }
            rows.append((spec.name, "\(spec.transform) vs finite differences", worst, worst <= 1e-5))
        default: break
        }
        // Dot-product test between the modes.
        let jv = try call(jvpName, args + dirs)
        let vj = try call(vjpName, args + [ybar])
        guard case .tuple(let jx) = jv else { return }
        let lhs = Checker.dot(Checker.leaves(ybar), Checker.leaves(jx[1]))
        let rhs = Checker.dot(Checker.leaves(vj), dirLeaves)
        let err = Checker.relError([lhs], [rhs], tolerance: Checker.dotTolerance)
        rows.append((spec.name, "forward vs reverse (dot product)", err, err <= Checker.dotTolerance))
    }

}

struct CheckError: Error, CustomStringConvertible {
    var description: String
    init(_ s: String) { description = s }
}

extension CLI {
    static func runCheck(_ o: Options, out: (String) -> Void, err: (String) -> Void) throws -> Int32 {
        try check(Compilation.open(o.file), o, out: out, err: err)
    }

    /// Checks the derived functions of `c` (not yet lowered); `o.function` names one, or a
    /// function whose derived functions to check.
    static func check(_ c: Compilation, _ o: Options, out: (String) -> Void, err: (String) -> Void) throws -> Int32 {
        c.checkpoint = o.checkpoint
        c.promoteF32 = true
        var helpers: [String: (String, String)] = [:]
        c.extraDerived = { specs in
            var extra: [DerivedSpec] = []
            for s in specs where helpers[s.name] == nil {
                let j = "__check_jvp_\(s.name)", v = "__check_vjp_\(s.name)"
                helpers[s.name] = (j, v)
                extra.append(DerivedSpec(name: j, transform: "jvp", base: s.base, wrt: s.wrt, loc: s.loc))
                extra.append(DerivedSpec(name: v, transform: "vjp", base: s.base, wrt: s.wrt, loc: s.loc))
            }
            return extra
        }
        let bc = try c.bytecode()
        err(c.warnings)
        var specs = c.derived.filter { !$0.name.hasPrefix("__check_") }
        if let name = o.function {
            specs = specs.filter { $0.name == name || $0.base == name }
            if specs.isEmpty { throw CompileFailure(code: .usage, message: "error: no derived function '\(name)' in \(o.file)\n") }
        }
        if specs.isEmpty {
            out("\(o.file): no derived functions to check\n")
            return 0
        }
        var checker = Checker(c: c, vm: VM(bc, output: { _ in }), sizes: o.dims, seed: UInt64(o.seed), rng: SplitMix64(seed: UInt64(o.seed)))
        for s in specs {
            let (j, v) = helpers[s.name]!
            do {
                try checker.check(s, jvpName: j, vjpName: v)
            } catch {
                checker.rows.append((s.name, "error: \(error)", .infinity, false))
            }
        }
        let w0 = max(8, checker.rows.map(\.0.count).max() ?? 0), w1 = max(4, checker.rows.map(\.1.count).max() ?? 0)
        out("function".padding(toLength: w0, withPad: " ", startingAt: 0) + "  " + "mode".padding(toLength: w1, withPad: " ", startingAt: 0) + "  max rel error  result\n")
        for (name, mode, e, ok) in checker.rows {
            let es = e.isFinite ? String(format: "%.2e", e) : "-"
            out(name.padding(toLength: w0, withPad: " ", startingAt: 0) + "  " + mode.padding(toLength: w1, withPad: " ", startingAt: 0) + "  "
                + es.padding(toLength: 13, withPad: " ", startingAt: 0) + "  " + (ok ? "pass" : "FAIL") + "\n")
        }
        let failed = checker.rows.filter { !$0.3 }.count
        out(failed == 0 ? "all \(checker.rows.count) checks passed\n" : "\(failed) of \(checker.rows.count) checks failed\n")
        return failed == 0 ? 0 : ExitCode.failure.rawValue
    }
}
