// `gradc check FILE [--fn NAME] [--dim n=5] [--seed S]`: validates every derived function, as
// JAX's check_grads and Tapenade's validation mode do.
//
// The program is first lowered as written, so its own errors are reported as `gradc build`
// reports them; then again with every f32 made f64. For each derived function of base f:
//   - it is run at seeded random inputs (shapes from the signature; size names from --dim,
//     default 3) and compared with central finite differences of f in f64 along three random
//     directions (gradients, VJPs, JVPs) or per input element (Jacobians, Hessians). Each
//     finite difference tries the steps 1e-2 … 1e-7 (relative to the inputs' magnitude) and
//     keeps the one that agrees best with both its neighbours; how far it is from them is the
//     estimate's own error (truncation and rounding), which the tolerance allows for;
//   - the dot-product test between the modes, ⟨ȳ, J·ẋ⟩ = ⟨Jᵀ·ȳ, ẋ⟩, is run with a JVP and a
//     VJP of f that check generates.
// Where no step settles (a chaotic loop whose derivative is beyond what a step in f64 can
// resolve), the inputs are scaled down by 4, up to three times, and a note says so.
// It prints a table (function, mode, max relative error, tolerance, pass/fail) and fails with
// exit 1.

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
    var rows: [Row] = []
    /// Lines printed under the table (where a function was checked at scaled inputs).
    var notes: [String] = []

    struct Row {
        var function: String, mode: String
        var error: Double, tolerance: Double
        var ok: Bool
    }

    /// Relative steps of the finite differences, largest first: a large step has truncation
    /// error O(h²), a small one rounding error O(ε/h), and no one step suits every function.
    /// The first and last only bound the error of their neighbours.
    static let steps = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7]
    /// The scales of the inputs tried in turn while the finite differences do not settle.
    static let scales = [1.0, 1.0 / 4, 1.0 / 16, 1.0 / 64]
    /// Random directions per finite-difference check: one direction is two scalars, which can
    /// agree by chance.
    static let directions = 3
    /// Against finite differences: `rtol` plus twice the estimate's own error, relative; an
    /// estimate settles when twice its error is within `resolution` (so the tolerance is at
    /// most 1.1e-5, and a derivative wrong by 1% always fails). Differences within `roundoff`
    /// times the rounding error of f's output count as none. The dot-product test and the
    /// value of value_and_grad are exact up to rounding.
    static let rtol = 1e-6, resolution = 1e-5, roundoff = 10.0
    static let dotTolerance = 1e-9, valueTolerance = 1e-12
    /// vmap against a loop: the same math in f64, summed in another order at most.
    static let vmapTolerance = 1e-12

    // MARK: - Values

    mutating func random(_ t: IRType) throws -> RValue {
        switch t {
        case .tensor(let d, let dims):
            var shape: [Int] = []
            for dim in dims {
                guard let v = dim.evaluate(sizes) else {
                    // 3, or the next size that makes a dim with a division whole
                    let free = dim.symbols.filter { sizes[$0] == nil }
                    var chosen: Int?
                    for k in 3...12 {
                        for s in free { sizes[s] = k }
                        if let v2 = dim.evaluate(sizes), v2 >= 0 { chosen = v2; break }
                    }
                    guard let v2 = chosen else { throw CheckError("cannot choose a size for dimension \(dim)") }
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

    /// The largest magnitude; infinity when a value is not finite (NaN compares with nothing).
    static func maxAbs(_ a: [Double]) -> Double {
        a.reduce(0) { m, x in x.isFinite ? max(m, abs(x)) : .infinity }
    }

    static func maxDiff(_ a: [Double], _ b: [Double]) -> Double {
        a.count == b.count ? maxAbs(zip(a, b).map { $0 - $1 }) : .infinity
    }

    /// `v` with every float leaf multiplied by `s`.
    static func scaled(_ v: RValue, _ s: Double) -> RValue {
        if s == 1 { return v }
        var flat = ArraySlice(leaves(v).map { $0 * s })
        return rebuild(v, &flat)
    }

    func call(_ name: String, _ args: [RValue]) throws -> RValue { try vm.run(name, args) }

    /// vmap against the loop it replaces: at random batched inputs, example b of the result is
    /// f at example b of the inputs, to rounding (the batched ops may sum in another order).
    mutating func checkVmap(_ spec: DerivedSpec, _ f: Function) throws {
        guard let g = c.module.function(spec.name) else { return }
        rng = SplitMix64(seed: seed ^ Checker.fnv1a(spec.name))
        let args = try g.paramTypes.map { try random($0) }
        let got = try call(spec.name, args)
        guard case .tensor(let t0)? = Checker.tensors(args[spec.wrt[0]]).first, let n = t0.shape.first else {
            throw CheckError("\(spec.name): no batch axis in its arguments")
        }
        var error = 0.0
        for k in 0..<n {
            let ak = try args.indices.map { spec.wrt.contains($0) ? try example(args[$0], k, f.paramTypes[$0]) : args[$0] }
            let want = Checker.leaves(try call(f.name, ak)), have = Checker.leaves(try example(got, k, f.resultType!))
            guard want.count == have.count else { throw CheckError("\(spec.name): example \(k) has \(have.count) elements, the loop's \(want.count)") }
            let scale = max(1, Checker.maxAbs(want))
            for (a, b) in zip(have, want) where !(a == b || (a.isNaN && b.isNaN)) { error = max(error, abs(a - b) / scale) }
        }
        rows.append(Row(function: spec.name, mode: "vmap vs a loop over \(n) examples", error: error, tolerance: Checker.vmapTolerance,
                        ok: error <= Checker.vmapTolerance))
    }

    /// The tensors inside a value, in order.
    static func tensors(_ v: RValue) -> [RValue] {
        switch v {
        case .tensor: return [v]
        case .tuple(let xs), .record(_, let xs): return xs.flatMap(tensors)
        case .none: return []
        }
    }

    /// Example k of a batched value, of type `t` (the unbatched type): row k of every tensor inside.
    func example(_ v: RValue, _ k: Int, _ t: IRType) throws -> RValue {
        let parts = c.module.componentTypes(t)
        switch (v, t) {
        case (.tensor(let x), _):
            return .tensor(try x.take(Tensor([Int32(k)], shape: [1])).reshaped(Array(x.shape.dropFirst())))
        case (.tuple(let xs), _): return .tuple(try zip(xs, parts).map { try example($0, k, $1) })
        case (.record(_, let xs), .record(let n)): return .record(n, try zip(xs, parts).map { try example($0, k, $1) })
        default: return v
        }
    }

    static func fnv1a(_ s: String) -> UInt64 {
        s.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    // MARK: - Finite differences

    /// A derivative estimated by central differences.
    struct Estimate {
        var values: [Double]
        /// How far the chosen step's estimate is from its neighbours': it bounds the estimate's
        /// error from truncation and rounding together.
        var spread: Double
        /// The error rounding f's output alone puts in it, ε·(|F(x+hẋ)| + |F(x−hẋ)|)/2h.
        var rounding: Double

        /// The magnitude below which differences are rounding, not derivative: relative to it,
        /// `roundoff` times the rounding error is `rtol`.
        var noiseFloor: Double { Checker.roundoff * rounding / Checker.rtol }
    }

    /// Twice the largest spread of `fd`, relative to the largest magnitude of the estimates.
    static func relativeSpread(_ fd: [Estimate]) -> Double {
        let spread = maxAbs(fd.map(\.spread))
        let scale = max(maxAbs(fd.flatMap(\.values)), maxAbs(fd.map(\.noiseFloor)))
        return spread == 0 ? 0 : scale == 0 || !spread.isFinite ? .infinity : 2 * spread / scale
    }

    /// Thrown while trying a scale of the inputs when the finite differences there do not
    /// settle, so the next scale is tried.
    struct Unsettled: Error {
        var why: String
        init(spread: Double) {
            why = spread.isFinite ? "the best steps differ by \(String(format: "%.1e", spread)), relative" : "their estimates are not finite"
        }
        init(why: String) { self.why = why }
    }

    /// The derivative of `F` at `args` along `dir` (a direction per parameter in `wrt`):
    /// (F(x+hẋ) − F(x−hẋ))/2h at each step h = t·‖x‖∞/‖ẋ‖∞, t in `steps`, keeping the step
    /// whose estimate agrees best with both its neighbours'. The larger neighbour's difference
    /// bounds the truncation error (100 times the estimate's), the smaller one's the rounding.
    /// With `weight`, the derivative of ⟨w, F⟩, whose rounding is that of each component, not
    /// of the (cancelling) sum.
    func derivative(_ F: ([RValue]) throws -> [Double], at args: [RValue], wrt: [Int], along dir: [RValue],
                    weight: [Double]? = nil) throws -> Estimate {
        let xNorm = Checker.maxAbs(wrt.flatMap { Checker.leaves(args[$0]) })
        let dNorm = Checker.maxAbs(dir.flatMap(Checker.leaves))
        let sigma = xNorm > 0 && xNorm.isFinite && dNorm > 0 && dNorm.isFinite ? xNorm / dNorm : 1
        let tries = try Checker.steps.map { t -> (values: [Double], rounding: Double) in
            let h = t * sigma
            var plus = args, minus = args
            for (k, p) in wrt.enumerated() {
                plus[p] = Checker.axpy(args[p], h, dir[k])
                minus[p] = Checker.axpy(args[p], -h, dir[k])
            }
            let a = try F(plus), b = try F(minus)
            let values = zip(a, b).map { ($0 - $1) / (2 * h) }
            let noise = zip(a, b).map { Double.ulpOfOne * (abs($0) + abs($1)) / (2 * h) }
            guard let w = weight else { return (values, Checker.maxAbs(noise)) }
            return ([Checker.dot(w, values)], abs(Checker.dot(w.map(abs), noise)))
        }
        var best: Estimate?
        for k in 1..<tries.count - 1 {
            let spread = max(Checker.maxDiff(tries[k - 1].values, tries[k].values), Checker.maxDiff(tries[k].values, tries[k + 1].values))
            if best == nil || spread < best!.spread { best = Estimate(values: tries[k].values, spread: spread, rounding: tries[k].rounding) }
        }
        return best!
    }

    /// Estimates along each direction in turn; with `early`, gives up at the first that does
    /// not even agree to two digits, as no step will settle at these inputs.
    func derivatives(_ F: ([RValue]) throws -> [Double], at args: [RValue], wrt: [Int], along dirs: [[RValue]],
                     weight: [Double]? = nil, early: Bool) throws -> [Estimate] {
        try dirs.map { d in
            let e = try derivative(F, at: args, wrt: wrt, along: d, weight: weight)
            let spread = Checker.relativeSpread([e])
            if early && !(spread <= 1e-2) { throw Unsettled(spread: spread) }
            return e
        }
    }

    /// Compares derivatives `got` with their estimates `fd` (concatenated): the largest
    /// difference relative to the largest magnitude (at least the noise floor), against `rtol`
    /// plus twice the estimates' own error. Vectors are compared whole, so a component that is
    /// small by cancellation is not judged against its own noise.
    static func compare(_ got: [Double], _ fd: [Estimate]) -> (error: Double, tolerance: Double) {
        let want = fd.flatMap(\.values)
        let scale = max(maxAbs(want), maxAbs(got), maxAbs(fd.map(\.noiseFloor)), .leastNormalMagnitude)
        let error = maxDiff(got, want) / scale
        return (error.isNaN ? .infinity : error, rtol + 2 * maxAbs(fd.map(\.spread)) / scale)
    }

    // MARK: - Checks

    /// The random point of a check: f's arguments, directions for them, a cotangent of f's result.
    struct Point {
        var args: [RValue]
        var dirs: [[RValue]]
        var ybar: RValue
    }

    mutating func check(_ spec: DerivedSpec, jvpName: String, vjpName: String) throws {
        guard let f = c.module.function(spec.base) else { return }
        if spec.transform == .vmap { return try checkVmap(spec, f) }
        // Each function's inputs come from a stream of its own, so one function's check does
        // not change when another is added or removed.
        rng = SplitMix64(seed: seed ^ Checker.fnv1a(spec.name))
        let args = try f.paramTypes.map { try random($0) }
        let dirs = try (0..<Checker.directions).map { _ in try spec.wrt.map { try random(f.type(f.params[$0])) } }
        let drawn = Point(args: args, dirs: dirs, ybar: try random(f.resultType!))
        // A function can change faster than any step resolves (the gradient of a tanh RNN over
        // 256 steps is 3e86 at unit-sized weights: its dynamics are chaotic); at smaller inputs
        // it does not.
        var first = ""
        for (i, s) in Checker.scales.enumerated() {
            var point = drawn
            point.args = drawn.args.map { Checker.scaled($0, s) }
            do {
                let last = i == Checker.scales.count - 1
                let found = try check(spec, f, at: point, jvpName: jvpName, vjpName: vjpName, giveUp: !last)
                rows += found.rows
                let why = "\(spec.name): no finite-difference step settles at the random inputs (\(first))"
                if !found.settled {
                    notes.append(why + ", nor at them scaled by " + Checker.scales.dropFirst().map { "1/\(Int(1 / $0))" }.joined(separator: ", "))
                } else if i > 0 {
                    notes.append(why + ", so \(spec.name) is checked at the inputs scaled by 1/\(Int(1 / s))")
                }
                return
            } catch let u as Unsettled {
                if i == 0 { first = u.why }
            }
        }
    }

    /// The rows of `spec`'s checks at `p`; whether its finite differences settled. With
    /// `giveUp`, throws Unsettled as soon as they clearly do not.
    func check(_ spec: DerivedSpec, _ f: Function, at p: Point, jvpName: String, vjpName: String, giveUp: Bool) throws -> (rows: [Row], settled: Bool) {
        var rows: [Row] = []
        var settled = true
        func add(_ mode: String, _ got: [Double], _ fd: [Estimate]) throws {
            // An estimate that has not settled is no reference: the row fails whatever it shows.
            // Nor is one that saw no change at all, f(x+hẋ) = f(x−hẋ) exactly, when the
            // derivative is not zero: saturated tanh units change by less than an ulp of their
            // value, and when units of opposite sign cancel in f, the rounding floor (which
            // knows only f's value) does not cover that.
            let spread = Checker.relativeSpread(fd)
            // (A derivative within the rounding error of the differences is one they cannot
            // see: seeing none is then agreement, not blindness.)
            let floor = Checker.roundoff * Checker.maxAbs(fd.map(\.rounding))
            let blind = fd.allSatisfy { $0.values.allSatisfy { $0 == 0 } } && got.contains { abs($0) > floor }
            let ok = spread <= Checker.resolution && !blind
            if giveUp && !ok {
                throw blind ? Unsettled(why: "f(x+hẋ) = f(x−hẋ) exactly at the best steps, though the derivative is not zero") : Unsettled(spread: spread)
            }
            settled = settled && ok
            let (error, tolerance) = Checker.compare(got, fd)
            rows.append(Row(function: spec.name, mode: mode, error: error, tolerance: tolerance, ok: ok && error <= tolerance))
        }
        let args = p.args
        let primal: ([RValue]) throws -> [Double] = { Checker.leaves(try self.call(f.name, $0)) }
        switch spec.transform {
        case .grad, .valueAndGrad, .vjp:
            // ⟨ȳ, J·ẋ⟩ by finite differences against ⟨x̄, ẋ⟩, for each direction ẋ.
            let weight = spec.transform == .vjp ? Checker.leaves(p.ybar) : nil
            let fd = try derivatives(primal, at: args, wrt: spec.wrt, along: p.dirs, weight: weight, early: giveUp)
            var callArgs = args
            if spec.transform == .vjp { callArgs.append(p.ybar) }
            var out = try call(spec.name, callArgs)
            if spec.transform == .valueAndGrad, case .tuple(let xs) = out {
                let y = Checker.leaves(try call(f.name, args)), v = Checker.leaves(xs[0])
                let err = Checker.maxDiff(v, y) / max(Checker.maxAbs(y), .leastNormalMagnitude)
                rows.append(Row(function: spec.name, mode: "value", error: err, tolerance: Checker.valueTolerance, ok: err <= Checker.valueTolerance))
                out = .tuple(Array(xs.dropFirst()))
            }
            let g = Checker.leaves(out)
            try add("reverse vs finite differences", p.dirs.map { Checker.dot(g, $0.flatMap(Checker.leaves)) }, fd)
        case .jvp:
            let fd = try derivatives(primal, at: args, wrt: spec.wrt, along: p.dirs, early: giveUp)
            var got: [Double] = []
            for d in p.dirs {
                let out = try call(spec.name, args + d)
                guard case .tuple(let xs) = out else { throw CheckError("jvp returned \(out)") }
                got += Checker.leaves(xs[1])
            }
            try add("forward vs finite differences", got, fd)
        case .vmap:
            break   // checkVmap
        case .jacobian, .hessian:
            let out = Checker.leaves(try call(spec.name, args))
            let wrt = spec.wrt[0]
            let n = Checker.leaves(args[wrt]).count
            // The function whose Jacobian is taken: f itself, or for a Hessian its gradient,
            // which is the VJP helper seeded with 1.
            let gradient: ([RValue]) throws -> [Double] = {
                Checker.leaves(try self.call(vjpName, $0 + [.tensor(Tensor.scalar(1, f.resultType!.dtype!))]))
            }
            if spec.transform == .hessian {
                // That gradient is checked too: a wrong one (a custom derivative) would be
                // differentiated consistently and pass the Hessian's own check.
                let fd = try derivatives(primal, at: args, wrt: spec.wrt, along: p.dirs, early: giveUp)
                let g = try gradient(args)
                try add("reverse vs finite differences", p.dirs.map { Checker.dot(g, $0.flatMap(Checker.leaves)) }, fd)
            }
            let F = spec.transform == .hessian ? gradient : primal
            let columns = (0..<n).map { j -> [RValue] in
                var e = ArraySlice([Double](repeating: 0, count: n))
                e[j] = 1
                return [Checker.rebuild(args[wrt], &e)]
            }
            let fd = try derivatives(F, at: args, wrt: [wrt], along: columns, early: giveUp)
            let m = n == 0 ? 0 : out.count / n
            try add("\(spec.transform.rawValue) vs finite differences", (0..<n).flatMap { j in (0..<m).map { out[$0 * n + j] } }, fd)
        }
        // Dot-product test between the modes, relative to the sums of the terms' magnitudes
        // (the scale of their rounding): not to an absolute floor, which a function whose
        // derivatives are all tiny would pass whatever they are.
        let dir = p.dirs[0].flatMap(Checker.leaves)
        let jv = try call(jvpName, args + p.dirs[0])
        let vj = Checker.leaves(try call(vjpName, args + [p.ybar]))
        guard case .tuple(let jx) = jv else { return (rows, settled) }
        let ybar = Checker.leaves(p.ybar), jdot = Checker.leaves(jx[1])
        let lhs = Checker.dot(ybar, jdot), rhs = Checker.dot(vj, dir)
        let scale = max(Checker.dot(ybar.map(abs), jdot.map(abs)), Checker.dot(vj.map(abs), dir.map(abs)), .leastNormalMagnitude)
        let err = Checker.maxDiff([lhs], [rhs]) / scale
        rows.append(Row(function: spec.name, mode: "forward vs reverse (dot product)", error: err, tolerance: Checker.dotTolerance, ok: err <= Checker.dotTolerance))
        return (rows, settled)
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
        // The program as written must compile: promoting f32 to f64 would hide its own errors
        // (an f32 mixed with an f64 is one). Its errors and warnings are reported as `gradc
        // build` reports them, from `c`.
        c.checkpoint = o.checkpoint
        c.promoteF32 = false
        try c.lower()
        err(c.warnings)
        // The copy that is run: every f32 made f64, and a JVP and a VJP of each base function.
        let p = Compilation(file: c.file)
        p.checkpoint = o.checkpoint
        p.session = c.session
        p.promoteF32 = true
        var helpers: [String: (String, String)] = [:]
        p.extraDerived = { specs in
            var extra: [DerivedSpec] = []
            for s in specs where helpers[s.name] == nil && s.transform != .vmap {
                let j = "__check_jvp_\(s.name)", v = "__check_vjp_\(s.name)"
                helpers[s.name] = (j, v)
                extra.append(DerivedSpec(name: j, transform: .jvp, base: s.base, wrt: s.wrt, loc: s.loc))
                extra.append(DerivedSpec(name: v, transform: .vjp, base: s.base, wrt: s.wrt, loc: s.loc))
            }
            return extra
        }
        let bc = try p.bytecode()
        var specs = p.derived.filter { !$0.name.hasPrefix("__check_") }
        if let name = o.function {
            specs = specs.filter { $0.name == name || $0.base == name }
            if specs.isEmpty { throw CompileFailure(code: .usage, message: "error: no derived function '\(name)' in \(o.file)\n") }
        }
        if specs.isEmpty {
            out("\(o.file): no derived functions to check\n")
            return 0
        }
        var checker = Checker(c: p, vm: VM(bc, output: { _ in }), sizes: o.dims, seed: UInt64(o.seed), rng: SplitMix64(seed: UInt64(o.seed)))
        for s in specs {
            let (j, v) = helpers[s.name] ?? ("", "")
            do {
                try checker.check(s, jvpName: j, vjpName: v)
            } catch {
                checker.rows.append(.init(function: s.name, mode: "error: \(error)", error: .infinity, tolerance: .nan, ok: false))
            }
        }
        let rows = checker.rows
        let w0 = max(8, rows.map(\.function.count).max() ?? 0), w1 = max(4, rows.map(\.mode.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
        func number(_ x: Double) -> String { x.isFinite ? String(format: "%.2e", x) : "-" }
        out(pad("function", w0) + "  " + pad("mode", w1) + "  max rel error  tolerance  result\n")
        for r in rows {
            out(pad(r.function, w0) + "  " + pad(r.mode, w1) + "  " + pad(number(r.error), 13) + "  " + pad(number(r.tolerance), 9)
                + "  " + (r.ok ? "pass" : "FAIL") + "\n")
        }
        for n in checker.notes { out("note: \(n)\n") }
        let failed = rows.filter { !$0.ok }.count
        out(failed == 0 ? "all \(rows.count) checks passed\n" : "\(failed) of \(rows.count) checks failed\n")
        return failed == 0 ? 0 : ExitCode.failure.rawValue
    }
}
