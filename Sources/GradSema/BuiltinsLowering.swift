// How each built-in of the table in Builtins.swift lowers: a call's arguments, already checked
// against the row's count and labels, become IR ops (see the table for what each computes).

import Foundation
import GradIR
import GradSyntax
import GradTensor

extension Builtins {
    static func zerosLikeCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        if isRecord(g, x) { return g.recordFieldwise(x, nil, at: r) { f, _ in g.emit(.zerosLike, [f], at: r) } }
        guard g.type(x).isTensor else { g.diags.error("zeros_like needs a tensor, got \(g.type(x))", at: r); return nil }
        return g.emit(.zerosLike, [g.strong(x)], at: r)
    }

    static func likeShaped(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let like = g.value(a.pos[1].value, hint: nil) else { return nil }
        guard case .tensor(_, let xs) = g.type(x), case .tensor(_, let ls) = g.type(like) else {
            g.diags.error("\(n) needs tensors", at: r); return nil
        }
        let op: Op = n == "sum_to" ? .sumTo : n == "broadcast_like" ? .broadcastLike : .reshapeLike
        let ok = n == "sum_to" ? broadcastDims(ls, xs) != nil : n == "broadcast_like" ? broadcastDims(xs, ls) != nil : true
        guard ok else { g.diags.error("\(n) of \(g.type(x)) and \(g.type(like)): shapes do not broadcast", at: r); return nil }
        return g.emit(op, [g.strong(x), g.strong(like)], at: r)
    }

    static func stackZerosCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let k = g.intScalar(a.pos[0].value, "the count"), let like = g.value(a.pos[1].value, hint: nil) else { return nil }
        guard case .tensor(let d, let s) = g.type(like) else { g.diags.error("stack_zeros needs a tensor", at: r); return nil }
        return g.emit(.stackAlloc, [k, g.strong(like)], type: .tensor(d, [k.dim ?? .dynamic] + s), at: r)
    }

    static func setIndexCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let i = g.intScalar(a.pos[1].value, "an index"),
              let v = g.value(a.pos[2].value, hint: nil) else { return nil }
        guard case .tensor(let d, let s) = g.type(x), !s.isEmpty, case .tensor(let dv, let sv) = g.type(v), dv == d, sv.count == s.count - 1 else {
            g.diags.error("set_index(x, i, v) needs v shaped like one row of x; got \(g.type(x)) and \(g.type(v))", at: r); return nil
        }
        return g.emit(.setIndex, [g.strong(x), i, g.strong(v)], at: r)
    }

    static func checkpointPlanCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let trips = g.intScalar(a.pos[0].value, "the trip count"), let bytes = g.value(a.pos[1].value, hint: .scalar(.f64)) else { return nil }
        guard case .string(let text) = a.pos[2].value.kind else {
            g.diags.error("checkpoint_plan takes its schedule as a string literal, like \"binomial:8\"", at: a.pos[2].range); return nil
        }
        let schedule: CheckpointSchedule
        do { schedule = try CheckpointSchedule.parse(text) } catch { g.diags.error("\(error)", at: a.pos[2].range); return nil }
        guard g.type(bytes) == .scalar(.f64) else { g.diags.error("checkpoint_plan needs the state's bytes as an f64 scalar, got \(g.type(bytes))", at: a.pos[1].range); return nil }
        return g.emit(.checkpointPlan(schedule), [trips, g.strong(bytes)], at: r)
    }

    static func roundCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        // round(x, decimals: d) = round(x * 10^d) / 10^d, half to even, as numpy.round
        guard let x = floatArg(g, a.pos[0], n, allowInt: true) else { return nil }
        var decimals = 0
        if let d = a.pos.count > 1 ? a.pos[1] : a.label("decimals") {
            guard let k = g.compileTimeInt(d.value, "decimals") else { g.diags.error("decimals must be an integer literal", at: d.range); return nil }
            decimals = k
        }
        if decimals == 0 || g.type(x).dtype == .i32 { return g.emit(.unary(.round), [x], at: r) }
        let scale = g.constant(Tensor.scalar(Foundation.pow(10.0, Double(decimals)), g.type(x).dtype!))
        guard let up = g.emit(.binary(.mul), [x, scale], at: r), let rd = g.emit(.unary(.round), [up], at: r) else { return nil }
        return g.emit(.binary(.div), [rd, scale], at: r)
    }

    static func leakyReluCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = floatArg(g, a.pos[0], n, allowInt: false) else { return nil }
        let slopeArg = a.pos.count > 1 ? a.pos[1] : a.label("alpha")
        var slope = g.constant(Tensor.scalar(0.01, g.type(x).dtype!), weak: true)
        if let s = slopeArg { guard let v = g.value(s.value, hint: nil) else { return nil }; slope = v }
        guard let (xa, sa) = g.unify(x, slope, n, at: r) else { return nil }
        return g.emit(.binary(.leakyRelu), [xa, sa], at: r)
    }

    /// A two-argument elementwise built-in of the op table (`maximum(a, b)`), fieldwise on records.
    static func binaryCall(_ g: FunctionGen, _ op: BinaryFn, _ a: Args, _ n: String, _ r: SourceRange) -> TV?? {
        guard var x = g.value(a.pos[0].value, hint: nil), var y = g.value(a.pos[1].value, hint: nil) else { return nil }
        func emit(_ x: TV, _ y: TV) -> TV? { g.unify(x, y, n, at: r).flatMap { g.emit(.binary(op), [$0.0, $0.1], at: r) } }
        if isRecord(g, x) || isRecord(g, y) { return g.recordFieldwise(x, y, at: r) { fx, fy in emit(fx, fy!) } }
        if !op.acceptsInt {
            guard let fx = floatArg(g, a.pos[0], n, allowInt: false, value: x), let fy = floatArg(g, a.pos[1], n, allowInt: false, value: y) else { return nil }
            (x, y) = (fx, fy)
        }
        return emit(x, y)
    }

    static func whereCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let c = g.value(a.pos[0].value, hint: nil), let x = g.value(a.pos[1].value, hint: hint), let y = g.value(a.pos[2].value, hint: hint) else { return nil }
        guard g.type(c).dtype == .bool else {
            g.diags.error("where needs a bool condition, got \(g.type(c))", at: a.pos[0].range); return nil
        }
        guard let (xa, ya) = g.unify(x, y, n, at: r) else { return nil }
        // where(c, 1.0, 0.0) stays weakly typed, like its literal branches.
        var out = g.emit(.select, [c, xa, ya], at: r)
        out?.weak = xa.weak && ya.weak
        return out
    }

    static func argmaxCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        guard case .tensor(let d, let s) = g.type(x), d != .bool, !s.isEmpty else {
            g.diags.error("argmax needs a numeric tensor of rank 1 or more, got \(g.type(x))", at: a.pos[0].range); return nil
        }
        guard let (axis, _) = axisArgs(g, a, n) else { return nil }
        guard axis != nil || s.count == 1 else {
            g.diags.error("argmax of \(g.type(x)) needs axis: (argmax(x, axis: -1) for each row)", at: r); return nil
        }
        return g.emit(.argmax(axis ?? 0), [g.strong(x)], at: r)
    }

    static func accuracyCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        // mean(argmax(logits, axis: -1) == labels), in the logits' element type.
        guard let x = g.value(a.pos[0].value, hint: nil), let y = g.value(a.pos[1].value, hint: nil) else { return nil }
        guard case .tensor(let d, let s) = g.type(x), d.isFloat, s.count >= 1,
              case .tensor(.i32, let sy) = g.type(y), sy.count == s.count - 1 else {
            g.diags.error("accuracy(logits, labels) needs float logits [..., k] and i32 labels [...], got \(g.type(x)) and \(g.type(y))", at: r)
            return nil
        }
        guard let am = g.emit(.argmax(-1), [g.strong(x)], at: r), let eq = g.emit(.binary(.eq), [am, g.strong(y)], at: r),
              let f = g.emit(.convert(d), [eq], at: r) else { return nil }
        return g.emit(.reduce(.mean, axis: nil, keepDims: false), [f], at: r)
    }

    static func normCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: nil) else { return nil }
        if isRecord(g, x0) { return recordReduction(g, n, x0, a, r) }
        guard let x = floatArg(g, a.pos[0], n, allowInt: false, value: x0), let (axis, keep) = axisArgs(g, a, n),
              let sq = g.emit(.binary(.mul), [x, x], at: r),
              let s = g.emit(.reduce(.sum, axis: axis, keepDims: keep), [sq], at: r) else { return nil }
        return g.emit(.unary(.sqrt), [s], at: r)
    }

    static func transposeCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        var perm: [Int]?
        if let p = a.pos.count > 1 ? a.pos[1] : a.label("axes") {
            guard case .tensor(let es) = p.value.kind, let ints = Optional(es.compactMap { g.compileTimeInt($0, "an axis") }), ints.count == es.count else {
                g.diags.error("transpose axes must be a list of integers, like [1, 0]", at: p.range); return nil
            }
            perm = ints
        }
        return g.emit(.transpose(perm), [g.strong(x)], at: r)
    }

    static func dotOrOuter(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let y = g.value(a.pos[1].value, hint: nil),
              let (xa, ya) = g.unify(x, y, n, at: r) else { return nil }
        let rx = g.type(xa).shape?.count ?? 0, ry = g.type(ya).shape?.count ?? 0
        if n == "outer" {
            guard rx == 1 && ry == 1 else { g.diags.error("outer needs two vectors, got \(g.type(xa)) and \(g.type(ya))", at: r); return nil }
            guard let ex = g.emit(.expandDims(1), [xa], at: r), let ey = g.emit(.expandDims(0), [ya], at: r) else { return nil }
            return g.emit(.binary(.mul), [ex, ey], at: r)
        }
        if rx == 1 && ry == 1 {
            guard let m = g.emit(.binary(.mul), [xa, ya], at: r) else { return nil }
            if let kx = g.type(xa).shape?[0], let ky = g.type(ya).shape?[0], kx != ky, kx.known != nil, ky.known != nil {
                g.diags.error("dot of \(g.type(xa)) and \(g.type(ya)): lengths differ", at: r); return nil
            }
            return g.emit(.reduce(.sum, axis: nil, keepDims: false), [m], at: r)
        }
        if rx == 0 || ry == 0 { return g.emit(.binary(.mul), [xa, ya], at: r) }
        return g.emit(.matmul, [xa, ya], at: r)
    }

    static func reshapeOrBroadcast(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let (dims, ds) = shapeList(g, a.pos[1], n) else { return nil }
        guard case .tensor(let d, let xs) = g.type(x) else { g.diags.error("\(n) needs a tensor", at: r); return nil }
        var out = ds
        if n == "reshape" {
            // -1 stands for the rest; compute it when the sizes are known.
            if let k = ds.firstIndex(where: { $0.known == -1 }) {
                let total = xs.reduce(Dim(1)) { $0 * $1 }
                let rest = ds.enumerated().filter { $0.offset != k }.reduce(Dim(1)) { $0 * $1.element }
                if let t = total.known, let q = rest.known, q > 0 { out[k] = Dim(t / q) } else { out[k] = .dynamic }
                if let t = total.known, let q = rest.known, q > 0, t % q != 0 {
                    g.diags.error("cannot reshape \(g.type(x)) (\(t) elements) to \(out)", at: r); return nil
                }
            } else if let t = xs.reduce(Dim(1), { $0 * $1 }).known, let q = ds.reduce(Dim(1), { $0 * $1 }).known, t != q {
                g.diags.error("cannot reshape \(g.type(x)) (\(t) elements) to [\(ds.map(\.description).joined(separator: ", "))] (\(q) elements)", at: r)
                return nil
            }
            if out.contains(where: { ($0.known ?? 0) < -1 }) { g.diags.error("negative size in reshape", at: r); return nil }
        } else if broadcastDims(xs, ds) == nil || xs.count > ds.count {
            g.diags.error("cannot broadcast \(g.type(x)) to [\(ds.map(\.description).joined(separator: ", "))]", at: r); return nil
        }
        return g.emit(n == "reshape" ? .reshape : .broadcastTo, [g.strong(x)] + dims, type: .tensor(d, out), at: r)
    }

    static func concatOrStack(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
                guard case .tensor(let es) = a.pos[0].value.kind, !es.isEmpty else {
            g.diags.error("\(n) takes a list of tensors written in brackets, like \(n)([a, b], axis: 0)", at: a.pos[0].range); return nil
        }
        let axis = a.label("axis").map { g.compileTimeInt($0.value, "an axis") } ?? 0
        guard let axis else { g.diags.error("axis must be an integer literal", at: a.label("axis")!.range); return nil }
        var parts: [TV] = []
        for e in es { guard let v = g.value(e, hint: nil) else { return nil }; parts.append(v) }
        // unify element types through the first strong part
        if let s = parts.first(where: { !$0.weak }) {
            for k in parts.indices { guard let (p, _) = g.unify(parts[k], s, n, at: es[k].range) else { return nil }; parts[k] = p }
        }
        if n == "stack" {
            var ex: [TV] = []
            for p in parts { guard let e = g.emit(.expandDims(axis), [p], at: r) else { return nil }; ex.append(e) }
            parts = ex
        }
        return g.emit(.concat(axis), parts.map(g.strong), at: r)
    }

    static func expandOrSqueeze(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        let axArg = a.pos.count > 1 ? a.pos[1] : a.label("axis")
        var axis: Int?
        if let axArg {
            guard let k = g.compileTimeInt(axArg.value, "an axis") else { g.diags.error("axis must be an integer literal", at: axArg.range); return nil }
            axis = k
        }
        if n == "expand_dims" {
            guard let axis else { g.diags.error("expand_dims needs an axis", at: r); return nil }
            return g.emit(.expandDims(axis), [g.strong(x)], at: r)
        }
        return g.emit(.squeeze(axis), [g.strong(x)], at: r)
    }

    static func softmaxCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = floatArg(g, a.pos[0], n, allowInt: false) else { return nil }
        var axis = -1
        if let ax = a.label("axis") {
            guard let k = g.compileTimeInt(ax.value, "an axis") else { g.diags.error("axis must be an integer literal", at: ax.range); return nil }
            axis = k
        }
        return logSoftmax(g, x, axis, r, exp: n == "softmax")
    }

    static func crossEntropyCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let l = floatArg(g, a.pos[0], n, allowInt: false), let y = g.value(a.pos[1].value, hint: nil) else { return nil }
        guard case .tensor(let dl, let sl) = g.type(l), sl.count >= 1 else {
            g.diags.error("cross_entropy needs logits of rank 1 or more, got \(g.type(l))", at: a.pos[0].range); return nil
        }
        guard case .tensor(.i32, let sy) = g.type(y), sy.count == sl.count - 1 else {
            g.diags.error("cross_entropy needs i32 labels with one entry per row of the logits: for \(g.type(l)) that is i32[\(sl.dropLast().map(\.description).joined(separator: ", "))], got \(g.type(y))", at: a.pos[1].range)
            return nil
        }
        guard let ls = logSoftmax(g, l, -1, r, exp: false), let k = dimValue(g, l, sl.count - 1, r),
              let oh = g.emit(.oneHot(dl), [g.strong(y), k], type: .tensor(dl, sy + [sl[sl.count - 1]]), at: r),
              let prod = g.emit(.binary(.mul), [ls, oh], at: r),
              let s = g.emit(.reduce(.sum, axis: -1, keepDims: false), [prod], at: r) else { return nil }
        return g.emit(.unary(.neg), [s], at: r)
    }

    static func mseCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let y = g.value(a.pos[1].value, hint: nil),
              let (xa, ya) = g.unify(x, y, n, at: r) else { return nil }
        guard g.type(xa).isFloatTensor else { g.diags.error("mse needs float tensors, got \(g.type(xa))", at: r); return nil }
        guard let d = g.emit(.binary(.sub), [xa, ya], at: r), let sq = g.emit(.unary(.square), [d], at: r) else { return nil }
        return g.emit(.reduce(.mean, axis: nil, keepDims: false), [sq], at: r)
    }

    static func oneHotCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let y = g.value(a.pos[0].value, hint: nil), let k = g.intScalar(a.pos[1].value, "the class count") else { return nil }
        guard case .tensor(.i32, let sy) = g.type(y) else { g.diags.error("one_hot needs i32 labels, got \(g.type(y))", at: a.pos[0].range); return nil }
        guard let d = dtypeArg(g, a, hint) else { return nil }
        return g.emit(.oneHot(d), [g.strong(y), k], type: .tensor(d, sy + [k.dim ?? .dynamic]), at: r)
    }

    static func filled(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let (dims, ds) = shapeList(g, a.pos[0], n), let d = dtypeArg(g, a, hint) else { return nil }
        let v = g.constant(Tensor.scalar(n == "ones" ? 1 : 0, d))
        return g.emit(.fill(d), [v] + dims, type: .tensor(d, ds), at: r)
    }

    static func fullCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let (dims, ds) = shapeList(g, a.pos[0], n), let d0 = dtypeArg(g, a, hint),
              let v = g.value(a.pos[1].value, hint: .scalar(d0)) else { return nil }
        guard g.type(v).isScalar else { g.diags.error("full needs a scalar value, got \(g.type(v))", at: a.pos[1].range); return nil }
        let d = a.label("dtype") != nil || hint != nil || v.weak ? d0 : g.type(v).dtype!
        guard let cv = v.weak ? g.convertWeak(v, to: d, at: a.pos[1].range) : v else { return nil }
        guard g.type(cv).dtype == d else { g.diags.error("full of \(g.type(cv)) with dtype \(d.rawValue)", at: a.pos[1].range); return nil }
        return g.emit(.fill(d), [cv] + dims, type: .tensor(d, ds), at: r)
    }

    /// tril(x, k) / triu(x, k): x with the elements above (below) the k-th diagonal of its last
    /// two axes zero, as jnp.tril / jnp.triu: where(j - i <= k, x, 0) (>= for triu) with i, j the
    /// row and column indices, so both AD modes differentiate it through `where`.
    static func triangleCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: hint) else { return nil }
        guard case .tensor(let d, let s) = g.type(x), s.count >= 2, d != .bool else {
            g.diags.error("\(n) needs a numeric tensor of rank 2 or more, got \(g.type(x))", at: a.pos[0].range); return nil
        }
        var k = 0
        if let ka = a.pos.count > 1 ? a.pos[1] : a.label("k") {
            guard let v = g.compileTimeInt(ka.value, "the diagonal") else { g.diags.error("the diagonal k must be an integer literal", at: ka.range); return nil }
            k = v
        }
        let xs = g.strong(x)
        guard let m = dimValue(g, xs, s.count - 2, r), let c = dimValue(g, xs, s.count - 1, r),
              let rows = g.emit(.arange, [m], type: .tensor(.i32, [s[s.count - 2]]), at: r),
              let cols = g.emit(.arange, [c], type: .tensor(.i32, [s[s.count - 1]]), at: r),
              let ri = g.emit(.expandDims(1), [rows], at: r), let ci = g.emit(.expandDims(0), [cols], at: r),
              let diff = g.emit(.binary(.sub), [ci, ri], at: r),
              let keep = g.emit(.binary(n == "tril" ? .le : .ge), [diff, g.constant(Tensor.scalar(Double(k), .i32))], at: r) else { return nil }
        return g.emit(.select, [keep, xs, g.constant(Tensor.scalar(0, d))], at: r)
    }

    static func arangeCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let k = g.intScalar(a.pos[0].value, "the length") else { return nil }
        return g.emit(.arange, [k], type: .tensor(.i32, [k.dim ?? .dynamic]), at: r)
    }

    static func convertCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        guard g.type(x).isTensor else { g.diags.error("\(n)(...) converts tensors, got \(g.type(x))", at: r); return nil }
        let d = g.gen.promote(DType(rawValue: n)!)
        if let c = g.constants[x.v] { return g.constant(c.converted(to: d)) }
        return g.emit(.convert(d), [x], at: r)
    }

    static func stopGradientCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: hint) else { return nil }
        return g.emit(.stopGradient, [g.strong(x)], at: r)
    }

    static func shapeCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        return g.emit(.shapeOf, [x], at: r)
    }

    static func loadCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
                guard case .string(let path) = a.pos[0].value.kind else { g.diags.error("load takes a file path written as a string literal", at: a.pos[0].range); return nil }
        if let h = hint, case .record = h {
            if isArchive(path) {
                guard archivable(g, h, at: r) else { return nil }
                return g.emit(.load(path), [], type: h, at: r)
            }
            guard let dir = folder(g, path, at: r) else { return nil }
            return loadRecord(g, dir, h, at: r)
        }
        if isArchive(path) {
            g.diags.error("an .npz file holds named arrays: load it into a record whose fields name them, like: let d: Data = load(\"\(path)\")", at: r)
            return nil
        }
        guard let h = hint, h.isTensor else {
            g.diags.error("load needs a declared tensor type, like: let x: f32[n, 64] = load(\"\(path)\")", at: r); return nil
        }
        return g.emit(.load(path), [], type: h, at: r)
    }

    static func saveCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
                guard case .string(let path) = a.pos[0].value.kind else { g.diags.error("save takes a file path written as a string literal", at: a.pos[0].range); return nil }
        guard let x = g.value(a.pos[1].value, hint: nil) else { return nil }
        if isRecord(g, x) {
            if isArchive(path) {
                guard archivable(g, g.type(x), at: r) else { return nil }
                g.b.emitVoid(.save(path), [x.v])
                return .some(nil)
            }
            guard let dir = folder(g, path, at: a.pos[0].range), saveRecord(g, dir, x, at: r) else { return nil }
            return .some(nil)
        }
        if isArchive(path) {
            g.diags.error("an .npz file holds named arrays: save a record, whose fields name them", at: a.pos[1].range)
            return nil
        }
        guard g.type(x).isTensor else { g.diags.error("save writes tensors and records, got \(g.type(x))", at: a.pos[1].range); return nil }
        g.b.emitVoid(.save(path), [g.strong(x).v])
        return .some(nil)
    }

    /// `print: false` on progress and print_norms: the call is logged (--log, GRADC_LOG), not
    /// printed. Written as a literal: whether a line is printed is the program's text.
    static func quietLabel(_ g: FunctionGen, _ a: Args) -> Bool? {
        guard let p = a.label("print") else { return false }
        guard case .bool(let b) = p.value.kind else {
            g.diags.error("print: takes true or false, written as such", at: p.value.range); return nil
        }
        return !b
    }

    static func progressCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let e = g.intScalar(a.pos[0].value, "the epoch"), let s = g.intScalar(a.pos[1].value, "the step"),
              let t = g.intScalar(a.pos[2].value, "the total number of steps"),
              let l = g.value(a.pos[3].value, hint: .scalar(.f64)) else { return nil }
        guard g.type(l).isScalar, g.type(l).dtype?.isFloat == true else {
            g.diags.error("the loss must be a float scalar, got \(g.type(l))", at: a.pos[3].range); return nil
        }
        guard let quiet = quietLabel(g, a) else { return nil }
        g.b.emitVoid(.progress(quiet: quiet), [e.v, s.v, t.v, g.strong(l).v])
        return .some(nil)
    }

    static func takeCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let idx = g.value(a.pos[1].value, hint: nil) else { return nil }
        guard case .tensor(_, let s) = g.type(x), !s.isEmpty, case .tensor(.i32, let si) = g.type(idx), si.count == 1 else {
            g.diags.error("take(x, idx) needs x of rank 1 or more and an i32 vector idx, got \(g.type(x)) and \(g.type(idx))", at: r); return nil
        }
        return g.emit(.take, [g.strong(x), g.strong(idx)], at: r)
    }

    static func scatterRowsCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let v = g.value(a.pos[0].value, hint: nil), let like = g.value(a.pos[1].value, hint: nil),
              let idx = g.value(a.pos[2].value, hint: nil) else { return nil }
        guard case .tensor(let dv, _) = g.type(v), case .tensor(let dl, let sl) = g.type(like), dv == dl, !sl.isEmpty,
              case .tensor(.i32, let si) = g.type(idx), si.count == 1 else {
            g.diags.error("scatter_rows(v, like, idx) needs tensors of one element type and an i32 vector idx", at: r); return nil
        }
        return g.emit(.scatterRows, [g.strong(v), g.strong(like), g.strong(idx)], at: r)
    }

    static func printNormsCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        guard let quiet = quietLabel(g, a) else { return nil }
        return printNorms(g, x, quiet: quiet, at: r)
    }

    static func printCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        var parts: [String?] = []
        var vals: [ValueID] = []
        for a in a.pos {
            if case .string(let s) = a.value.kind { parts.append(s); continue }
            guard let v = g.value(a.value, hint: nil) else { return nil }
            parts.append(nil)
            vals.append(g.strong(v).v)
        }
        g.b.emitVoid(.print(parts), vals)
        return .some(nil)
    }
}
