// Derivative rules, one short entry per op: the tangent rule (forward mode: ẏ from ẋ) and the
// adjoint rule (reverse mode: x̄ from ȳ), side by side. `x` are the primal operands, `y` the
// primal result, in the function being built. Broadcasting is undone with sum_to. Kinks follow
// JAX: relu'(0) = 0, |x|'(0) = 0, max/maximum split ties evenly.
// Every switch here names every op and function (no `default:`), so an op added without its
// rules does not compile, rather than differentiating to a silent zero.

import Foundation
import GradIR
import GradTensor

enum Rules {
    /// f'(x) for a unary op, built from the op table's expression (UnaryOps.swift), or nil
    /// when it is zero everywhere it exists.
    static func derivative(_ fn: UnaryFn, _ x: ValueID, _ y: ValueID, _ e: Emitter) throws -> ValueID? {
        if let why = fn.spec.noDerivative { throw ADError("cannot differentiate through \(fn.rawValue): \(why)", at: e.b.loc) }
        guard let d = fn.spec.derivative else { return nil }
        return try build(d, [x], y, nil, e)
    }

    /// A table expression (UnaryOps.swift's ScalarExpr) as IR ops: `x` and `a` are the first
    /// operand, `b` the second, `y` the result and `t` the tangent or adjoint.
    static func build(_ s: ScalarExpr, _ x: [ValueID], _ y: ValueID, _ t: ValueID?, _ e: Emitter) throws -> ValueID {
        func go(_ s: ScalarExpr) throws -> ValueID {
            switch s {
            case .x, .a: return x[0]
            case .b: return x[1]
            case .y: return y
            case .t:
                guard let t else { throw ADError("internal: a derivative of the op table reads t outside a binary op's partials", at: e.b.loc) }
                return t
            case .const(let c): return e.const(c, like: x[0])
            case .call(let f, let a): return try e.un(f, go(a))
            case .binary(let f, let a, let b): return try e.bin(f, go(a), go(b))
            case .positive(let a): return try e.indicator(e.bin(.gt, go(a), e.const(0, like: x[0])), like: x[0])
            case .select(let c, let a, let b): return try e.select(go(c), go(a), go(b))
            }
        }
        return try go(s)
    }

    /// A binary op's partial applied to `t`, from the op table.
    static func partial(_ p: ScalarExpr, _ x: [ValueID], _ y: ValueID, _ t: ValueID, _ e: Emitter) throws -> ValueID {
        try build(p, x, y, t, e)
    }

    /// An operand's adjoint from a binary op's partial: the partial of the adjoint, summed to
    /// the operand's shape (a negation after the sum, where the partial is -t).
    static func adjointPart(_ p: ScalarExpr, _ x: [ValueID], _ y: ValueID, _ ct: ValueID, of operand: ValueID, _ e: Emitter) throws -> ValueID {
        if case .call(.neg, .t) = p { return try e.neg(e.sumTo(ct, operand)) }
        return try e.sumTo(partial(p, x, y, ct, e), operand)
    }

    /// A unary op whose derivative is a step (relu): the product with a tangent or adjoint is
    /// one select, not a multiplication by the indicator.
    static func stepDerivative(_ fn: UnaryFn) -> Bool {
        if case .positive(.x)? = fn.spec.derivative { return true }
        return false
    }

    /// A unary op whose derivative is -1 (neg): the adjoint is the negated adjoint.
    static func negation(_ fn: UnaryFn) -> Bool {
        if case .const(-1)? = fn.spec.derivative { return true }
        return false
    }

    // MARK: - Adjoint rules

    /// Contributions to the adjoints of the operands of `i`, given the adjoint `ct` of its result.
    static func adjoint(_ i: Inst, _ x: [ValueID], _ y: ValueID, _ ct: ValueID, _ e: Emitter) throws -> [ValueID?] {
        switch i.op {
        case .unary(let fn) where stepDerivative(fn):
            // one select instead of ct * where(x > 0, 1, 0)
            return [try e.select(e.bin(.gt, x[0], e.const(0, like: x[0])), ct, e.const(0, like: ct))]
        case .unary(let fn) where negation(fn):
            return [try e.neg(ct)]
        case .unary(let fn):
            guard let d = try derivative(fn, x[0], y, e) else { return [nil] }
            return [try e.mul(ct, d)]
        case .binary(let fn):
            // a bool result: nothing flows back (Activity fences its use as a value)
            guard let (pa, pb) = fn.spec.partials else { return [nil, nil] }
            return [try adjointPart(pa, x, y, ct, of: x[0], e), try adjointPart(pb, x, y, ct, of: x[1], e)]
        case .select:
            let z = e.const(0, like: ct)
            return [nil, try e.sumTo(e.select(x[0], ct, z), x[1]), try e.sumTo(e.select(x[0], z, ct), x[2])]
        case .reduce(let k, let axis, let keep):
            // The reduced axis is restored with size 1; binary ops broadcast it back, so only
            // sum and mean need an explicit broadcast to x's shape.
            let c = try e.keepAxis(ct, axis: axis, keepDims: keep, rankOf: x[0])
            let yk = try e.keepAxis(y, axis: axis, keepDims: keep, rankOf: x[0])
            switch k.spec.weight {
            case .one: return [try e.broadcastLike(c, x[0])]
            case .inverseCount: return [try e.broadcastLike(e.div(c, e.count(x[0], axis: axis)), x[0])]
            case .softmax: return [try e.mul(e.un(.exp, e.sub(x[0], yk)), c)]
            case .resultOverOperand: return [try e.mul(e.div(yk, x[0]), c)]
            case .chooser: return [try e.mul(chooserWeights(x[0], y, axis, keep, e), c)]
            }
        case .matmul:
            return try matmulAdjoint(x[0], x[1], ct, e)
        case .transpose(let perm):
            let r = e.type(x[0]).shape!.count
            let p = perm ?? Array((0..<r).reversed())
            var inv = Array(repeating: 0, count: r)
            for (k, v) in p.enumerated() { inv[v] = k }
            return [try e.op(.transpose(perm == nil ? nil : inv), [ct])]
        case .reshape, .squeeze:
            return [try e.op(.reshapeLike, [ct, x[0]])] + Array(repeating: nil, count: x.count - 1)
        case .broadcastTo:
            return [try e.sumTo(ct, x[0])] + Array(repeating: nil, count: x.count - 1)
        case .expandDims(let a): return [try e.op(.squeeze(a), [ct])]
        case .concat(let axis): return try concatAdjoint(x, ct, axis, e)
        case .index(let axes):
            return [try e.op(.scatterAdd(axes), [ct, x[0]] + Array(x.dropFirst()))] + Array(repeating: nil, count: x.count - 1)
        case .take: return [try e.op(.scatterRows, [ct, x[0], x[1]]), nil]
        case .scatterRows: return [try e.op(.take, [ct, x[2]]), nil, nil]
        case .convert:
            return e.type(x[0]).isFloatTensor ? [try e.op(.convert(e.type(x[0]).dtype!), [ct])] : [nil]
        case .assertType:
            // The cotangent has the asserted type (a record field's f64[k, k]); the operand may
            // have other dims for those names (f64[4, 4]): assert it back, checked when it runs.
            return [e.type(ct) == e.type(x[0]) ? ct : try e.op(.assertType, [ct], type: e.type(x[0]))]
        case .fill:
            return [try e.op(.reduce(.sum, axis: nil, keepDims: false), [ct])] + Array(repeating: nil, count: x.count - 1)
        // Linear ops the passes themselves make (so derivative code can be differentiated again).
        case .sumTo: return [try e.broadcastLike(ct, x[0]), nil]
        case .broadcastLike: return [try e.sumTo(ct, x[0]), nil]
        case .reshapeLike: return [try e.op(.reshapeLike, [ct, x[0]]), nil]
        case .scatterAdd(let axes):
            return [try e.op(.index(axes), [ct] + Array(x.dropFirst(2)), type: e.type(x[0])), nil] + Array(repeating: nil, count: x.count - 2)
        case .setIndex:
            // buf' = buf with buf[i] = v:  buf̄ = ct with row i zeroed, v̄ = ct[i]
            let zero = try e.zerosLike(x[2])
            return [try e.op(.setIndex, [ct, x[1], zero]), nil, try e.op(.index([.at]), [ct, x[1]], type: e.type(x[2]))]
        case .stopGradient, .zerosLike, .stackAlloc:
            return [nil] + Array(repeating: nil, count: x.count - 1)    // zero by definition
        case .collective(let c):
            // Every rank holds its own x and its own cotangent of the result. y = Σ_r x_r:
            // x̄_r = Σ_s ȳ_s; the mean divides by the ranks as well; y = x_root: the root's x̄
            // is Σ_s ȳ_s and the others' zero. (One process: the identity's, ȳ.)
            switch c {
            case .worldSize, .rank: return []
            case .allreduceSum, .allreduceMean: return [try e.op(i.op, [ct])]
            case .broadcast:
                let total = try e.op(.collective(.allreduceSum), [ct])
                let here = try e.op(.collective(.rank), [], type: .scalar(.i32))
                let isRoot = try e.op(.binary(.eq), [here, x[1]])
                return [try e.op(.select, [isRoot, total, try e.zerosLike(ct)]), nil]
            }
        case .constant, .dimSize, .argmax, .permutation, .foldIn, .oneHot, .checkpointPlan, .random, .arange, .shapeOf, .load:
            return Array(repeating: nil, count: x.count)                // no float operand it depends on smoothly
        case .save, .makeDirectory, .progress, .print, .printNorms, .call, .tuple, .extract, .record, .field,
             .forLoop, .ifElse, .whileLoop, .yield, .ret:
            throw ADError("internal: no adjoint rule for \(i.op.name); the reverse pass handles it itself", at: i.loc)
        case .fused, .gemm:
            throw ADError("internal: \(i.op.name) is made by the VM's fusion after differentiation", at: i.loc)
        }
    }



    /// max/min reductions: the adjoint is shared evenly among the elements equal to the result.
    static func chooserWeights(_ x: ValueID, _ y: ValueID, _ axis: Int?, _ keep: Bool, _ e: Emitter) throws -> ValueID {
        let yk = try e.keepAxis(y, axis: axis, keepDims: keep, rankOf: x)
        let hit = try e.indicator(e.bin(.eq, x, yk), like: x)
        let n = try e.op(.reduce(.sum, axis: axis, keepDims: true), [hit])
        return try e.div(hit, n)
    }

    /// NumPy matmul: promote vectors to matrices, Ā = C̄ Bᵀ and B̄ = Aᵀ C̄ (batched, summed over
    /// broadcast batch dimensions), then back to the operands' shapes.
    static func matmulAdjoint(_ a: ValueID, _ b: ValueID, _ ct: ValueID, _ e: Emitter) throws -> [ValueID?] {
        let ra = e.type(a).shape!.count, rb = e.type(b).shape!.count
        if ra == 1 && rb == 1 { return [try e.mul(ct, b), try e.mul(ct, a)] }   // a · b
        let a2 = ra == 1 ? try e.op(.expandDims(0), [a]) : a
        let b2 = rb == 1 ? try e.op(.expandDims(1), [b]) : b
        var c2 = ct
        if ra == 1 { c2 = try e.op(.expandDims(-2), [c2]) }
        if rb == 1 { c2 = try e.op(.expandDims(-1), [c2]) }
        func swapLast(_ v: ValueID) throws -> ValueID {
            let r = e.type(v).shape!.count
            if r == 2 { return try e.op(.transpose(nil), [v]) }
            var p = Array(0..<r)
            p.swapAt(r - 1, r - 2)
            return try e.op(.transpose(p), [v])
        }
        var ga = try e.sumTo(e.op(.matmul, [c2, swapLast(b2)]), a2)
        var gb = try e.sumTo(e.op(.matmul, [swapLast(a2), c2]), b2)
        if ra == 1 { ga = try e.op(.reshapeLike, [ga, a]) }
        if rb == 1 { gb = try e.op(.reshapeLike, [gb, b]) }
        return [ga, gb]
    }

    /// Each part of a concat gets its slice of the adjoint.
    static func concatAdjoint(_ parts: [ValueID], _ ct: ValueID, _ axis: Int, _ e: Emitter) throws -> [ValueID?] {
        let r = e.type(ct).shape!.count
        let ax = axis < 0 ? axis + r : axis
        var start = e.b.constant(Tensor.scalar(0, .i32))
        var out: [ValueID?] = []
        for p in parts {
            let len: ValueID
            if let k = e.type(p).shape![ax].known {
                len = e.b.constant(Tensor.scalar(Double(k), .i32))
            } else {
                let sh = try e.op(.shapeOf, [p])
                len = try e.op(.index([.at]), [sh, e.b.constant(Tensor.scalar(Double(ax), .i32))], type: .scalar(.i32))
            }
            let stop = try e.add(start, len)
            let axes: [IndexAxis] = (0..<ax).map { _ in .range(hasStart: false, hasStop: false, step: 1) } + [.range(hasStart: true, hasStop: true, step: 1)]
            out.append(try e.op(.index(axes), [ct, start, stop], type: e.type(p)))
            start = stop
        }
        return out
    }

    // MARK: - Tangent rules

    /// The tangent of the result of `i` from the tangents `dx` of its operands (nil: zero).
    static func tangent(_ i: Inst, _ x: [ValueID], _ y: ValueID, _ dx: [ValueID?], _ e: Emitter) throws -> ValueID? {
        func t(_ k: Int) throws -> ValueID { try dx[k] ?? e.zerosLike(x[k]) }
        func sum(_ parts: [ValueID?]) throws -> ValueID? {
            let ps = parts.compactMap { $0 }
            guard var acc = ps.first else { return nil }
            for p in ps.dropFirst() { acc = try e.add(acc, p) }
            return try e.broadcastLike(acc, y)
        }
        switch i.op {
        case .unary(let fn) where stepDerivative(fn):
            guard let d0 = dx[0] else { return nil }
            return try e.select(e.bin(.gt, x[0], e.const(0, like: x[0])), d0, e.const(0, like: d0))
        case .unary(let fn):
            guard let d0 = dx[0], let d = try derivative(fn, x[0], y, e) else { return nil }
            return try e.mul(d0, d)
        case .binary(let fn):
            guard let (pa, pb) = fn.spec.partials else { return nil }
            return try sum([dx[0].map { try partial(pa, x, y, $0, e) }, dx[1].map { try partial(pb, x, y, $0, e) }])
        case .select:
            if dx[1] == nil && dx[2] == nil { return nil }
            return try e.select(x[0], t(1), t(2))
        case .reduce(let k, let axis, let keep):
            guard let d = dx[0] else { return nil }
            let red = Op.reduce(.sum, axis: axis, keepDims: keep)
            func yb() throws -> ValueID { try e.broadcastLike(e.keepAxis(y, axis: axis, keepDims: keep, rankOf: x[0]), x[0]) }
            switch k.spec.weight {
            case .one: return try e.op(red, [d])
            case .inverseCount: return try e.div(e.op(red, [d]), e.count(x[0], axis: axis))
            case .softmax: return try e.op(red, [e.mul(d, e.un(.exp, e.sub(x[0], yb())))])
            case .resultOverOperand: return try e.op(red, [e.mul(d, e.div(yb(), x[0]))])
            case .chooser: return try e.op(red, [e.mul(d, chooserWeights(x[0], y, axis, keep, e))])
            }
        case .matmul:
            return try sum([dx[0].map { try e.op(.matmul, [$0, x[1]]) }, dx[1].map { try e.op(.matmul, [x[0], $0]) }])
        case .convert(let to):
            guard let d = dx[0], to.isFloat else { return nil }
            return try e.op(.convert(to), [d])
        case .stopGradient:
            return nil
        case .fill:
            guard let d = dx[0] else { return nil }
            return try e.op(.fill(e.type(y).dtype!), [d] + Array(x.dropFirst()), type: e.type(y))
        case .setIndex:
            if dx[0] == nil && dx[2] == nil { return nil }
            return try e.op(.setIndex, [t(0), x[1], t(2)])
        case .concat:
            if dx.allSatisfy({ $0 == nil }) { return nil }
            return try e.op(i.op, x.indices.map { try t($0) })
        case .transpose, .reshape, .broadcastTo, .expandDims, .squeeze, .index, .assertType,
             .sumTo, .broadcastLike, .reshapeLike, .scatterAdd, .take, .scatterRows:
            // Linear in the first operand; the others (sizes, bounds, `like`) are not varied.
            guard let d = dx[0] else { return nil }
            return try e.op(i.op, [d] + Array(x.dropFirst()), type: e.type(y))
        case .zerosLike, .stackAlloc:
            return nil                                                  // zero by definition
        case .collective(let c):
            // Linear in x: the same collective of the tangents.
            guard c.operandCount > 0, let d = dx[0] else { return nil }
            return try e.op(i.op, [d] + Array(x.dropFirst()))
        case .constant, .dimSize, .argmax, .permutation, .foldIn, .oneHot, .checkpointPlan, .random, .arange, .shapeOf, .load:
            return nil                                                  // no float operand it depends on smoothly
        case .save, .makeDirectory, .progress, .print, .printNorms, .call, .tuple, .extract, .record, .field,
             .forLoop, .ifElse, .whileLoop, .yield, .ret:
            throw ADError("internal: no tangent rule for \(i.op.name); the forward pass handles it itself", at: i.loc)
        case .fused, .gemm:
            throw ADError("internal: \(i.op.name) is made by the VM's fusion after differentiation", at: i.loc)
        }
    }
}
