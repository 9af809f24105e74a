// The batching rule of each op (Vmap.swift): how an op computes every example at once when
// some of its operands carry a batch axis. Shapes below are per example; B is the batch.
//   elementwise        batched operands get the batch axis in front and length-1 axes after it
//                      up to the result's rank, so unbatched operands broadcast as before
//   reductions, axes   the axis moves past the batch axis; a reduction over everything is one
//                      over each example's elements ([B, N] reduced along axis 1)
//   @                  a batched vector or matrix against an unbatched matrix is one product of
//                      the examples' rows stacked ([B·m, k] @ [k, n]); otherwise vectors become
//                      matrices ([k] → [1, k] or [k, 1]), the batched side gets [B, 1...] in
//                      front, and the product broadcasts over B — or, over one term (an outer
//                      product), is a broadcast multiplication
//   x[i] (i batched)   a gather: rows of x taken at i (+ b·n for the b-th example's x);
//                      x[i] += v a scatter_rows the same way, x[i] = v a select by a row mask
//   sum_to, broadcast_like, reshape_like   to the like's shape per example
//   tapes              `stackAlloc` of a batched state is [n, B, ...]: tape[t] is all examples'
//   collectives        over processes element by element: the batch goes along
// An op this file has no rule for is a compile error.

import GradIR
import GradTensor

extension Vectorizer {
    /// The batched result of `i`, one of whose operands is batched.
    func rule(_ i: Inst, _ x: [Batched]) throws -> Batched {
        let t = i.results.isEmpty ? nil : src.type(i.result)
        let rt = t.map { m.batched($0, name: batch) }
        func T(_ k: Int) -> IRType { src.type(i.operands[k]) }
        func shape(_ k: Int) -> [Dim] { T(k).shape ?? [] }
        func F(_ k: Int) throws -> ValueID { try front(x[k], T(k)) }
        func unbatched(_ ks: Range<Int>, _ what: String) throws {
            if ks.contains(where: { x[$0].axis != nil }) { throw fail("\(what) differs from one example to another", i) }
        }
        let out = { (v: ValueID) in Batched(v: v, axis: 0) }
        let rank = t?.shape?.count ?? 0

        switch i.op {
        case .unary, .convert, .stopGradient, .zerosLike, .assertType:
            return Batched(v: try e.op(i.op, [x[0].v], type: m.batched(t!, name: batch, axis: x[0].axis!)), axis: x[0].axis)
        case .binary, .select:
            return out(try e.op(i.op, try x.indices.map { try aligned(x[$0], T($0), rank: rank) }))
        case .reduce(let kind, let axis, let keep):
            let r = shape(0).count
            if let a = axis { return out(try e.op(.reduce(kind, axis: a < 0 ? a : a + 1, keepDims: keep), [try F(0)])) }
            // Over all of each example's elements: one row each.
            let rows = r == 1 ? try F(0) : try e.op(.reshape, [try F(0), size, try product(dims(x[0], shape(0)))],
                                                   type: .tensor(T(0).dtype!, [Dim(symbol: batch), shape(0).reduce(Dim(1), *)]))
            var y = try e.op(.reduce(kind, axis: 1, keepDims: false), [rows])
            if keep { for _ in 0..<r { y = try e.op(.expandDims(-1), [y]) } }
            return out(y)
        case .argmax(let a):
            return out(try e.op(.argmax(a < 0 ? a : a + 1), [try F(0)]))
        case .matmul:
            return out(try matmul(x, T(0), T(1)))
        case .transpose(let perm):
            let r = shape(0).count, ax = x[0].axis!
            let p = perm ?? Array((0..<r).reversed())
            return out(try e.op(.transpose([ax] + p.map { $0 < ax ? $0 : $0 + 1 }), [x[0].v]))
        case .reshape, .broadcastTo:
            try unbatched(1..<x.count, "the shape of this \(i.op.name)")
            let v = i.op == .reshape ? try F(0) : try aligned(x[0], T(0), rank: rank)
            return out(try e.op(i.op, [v, size] + x.dropFirst().map(\.v), type: rt))
        case .expandDims(let a):
            let r = shape(0).count
            return out(try e.op(.expandDims((a < 0 ? a + r + 1 : a) + 1), [try F(0)]))
        case .squeeze(let a):
            let s = shape(0)
            var v = try F(0)
            let axes = a.map { [$0 < 0 ? $0 + s.count : $0] } ?? s.indices.filter { s[$0].known == 1 }
            for k in axes.reversed() { v = try e.op(.squeeze(k + 1), [v]) }
            return out(v)
        case .concat(let a):
            let r = shape(0).count
            return out(try e.op(.concat((a < 0 ? a + r : a) + 1), try x.indices.map(F)))
        case .index(let axes):
            return try index(i, axes, x)
        case .scatterAdd(let axes) where x.dropFirst(2).contains(where: { $0.axis != nil }):
            guard axes.allSatisfy({ $0 == .at }) else { throw fail("a slice whose bounds differ from one example to another", i) }
            return out(try scatterAt(x, T(0), T(1)))
        case .scatterAdd(let axes):
            let like = try x[1].axis != nil ? F(1) : zeros(x[1], T(1))
            return out(try e.op(.scatterAdd([.range(hasStart: false, hasStop: false, step: 1)] + axes),
                                [try F(0), like] + x.dropFirst(2).map(\.v), type: rt))
        case .oneHot:
            try unbatched(1..<2, "the class count of one_hot")
            return out(try e.op(i.op, [try F(0), x[1].v], type: rt))
        case .fill(let d):
            try unbatched(1..<x.count, "the shape of this fill")
            var v = try F(0)
            if T(0).dtype != d { v = try e.op(.convert(d), [v]) }
            for _ in 0..<rank { v = try e.op(.expandDims(-1), [v]) }
            return out(try e.op(.broadcastTo, [v, size] + x.dropFirst().map(\.v), type: rt))
        case .sumTo:
            guard x[0].axis != nil else {
                // The same sum for every example: the like's shape is every example's.
                return Batched(v: try e.op(.sumTo, [x[0].v, try first(x[1], T(1))]), axis: nil)
            }
            let lead = shape(0).count - shape(1).count
            var like = try x[1].axis != nil ? F(1) : zeros(x[1], T(1))
            for _ in 0..<lead { like = try e.op(.expandDims(1), [like]) }
            var v = try e.op(.sumTo, [try F(0), like])
            for _ in 0..<lead { v = try e.op(.squeeze(1), [v]) }
            return out(v)
        case .broadcastLike:
            let v = try aligned(x[0], T(0), rank: shape(1).count)
            if x[1].axis != nil { return out(try e.op(.broadcastLike, [v, try F(1)])) }
            return out(try e.op(.broadcastTo, [v, size] + dims(x[1], shape(1)), type: rt))
        case .reshapeLike:
            guard x[0].axis != nil else {
                return Batched(v: try e.op(.reshapeLike, [x[0].v, try first(x[1], T(1))]), axis: nil)
            }
            return out(try e.op(.reshape, [try F(0), size] + dims(x[1], shape(1)), type: rt))
        case .take:
            return out(try gather(x[0], T(0), rows: x[1], T(1)))
        case .scatterRows:
            return out(try scatterRows(x, T(0), T(1), T(2)))
        case .stackAlloc:
            // A tape of batched states: [n, B, ...], so that tape[t] is every example's state.
            try unbatched(0..<1, "the length of this tape")
            return Batched(v: try e.op(.stackAlloc, [x[0].v, try F(1)], type: m.batched(t!, name: batch, axis: 1)), axis: 1)
        case .setIndex where x[1].axis != nil:
            // x[i] = v at a row that differs per example: each example's row chosen by a mask.
            // (The position goes through take(arange(n), i), which reports one out of range
            // and counts a negative one from the end, as set_index does.)
            let s = shape(0), n = try dims(x[0], s)[0]
            let rows = try e.op(.arange, [n], type: .tensor(.i32, [s[0]]))
            let at = try e.op(.take, [rows, try F(1)])
            var mask = try e.bin(.eq, try e.op(.expandDims(1), [at]), rows)
            for _ in s.dropFirst() { mask = try e.op(.expandDims(-1), [mask]) }
            return out(try e.select(mask, try e.op(.expandDims(1), [try F(2)]), try F(0)))
        case .setIndex:
            let buf = x[0].axis == nil ? Batched(v: try broadcast(x[0].v, T(0)), axis: 0) : x[0]
            let v = try move(buf, T(0), to: 1)
            return Batched(v: try e.op(.setIndex, [v, x[1].v, try F(2)]), axis: 1)
        case .shapeOf:
            let s = try e.op(.shapeOf, [try F(0)])
            return Batched(v: try e.op(.index([.range(hasStart: true, hasStop: false, step: 1)]), [s, int(1)], type: t!), axis: nil)
        case .call(let callee):
            guard let g = m.function(callee) else { throw ADError("internal: no function @\(callee)", at: i.loc) }
            let over = x.indices.filter { x[$0].axis != nil }
            let f = try ctx.calleeVmap(g, over: over, batch: batch)
            let args = try x.indices.map { x[$0].axis != nil ? try F($0) : x[$0].v }
            return out(b.emitMulti(.call(f.name), args, types: [rt!])[0])
        case .tuple, .record:
            return out(b.emitMulti(m.aggregateOp(rt!), try x.indices.map(F), types: [rt!])[0])
        case .extract, .field:
            return out(try e.op(i.op, [try F(0)], type: rt))
        case .print, .printNorms, .progress, .save, .makeDirectory:
            throw fail("\(i.op.name) of a value that differs from one example to another", i)
        case .random, .permutation, .foldIn:
            throw fail("random numbers from a key or seed that differs from one example to another", i)
        case .collective(.allreduceSum), .collective(.allreduceMean):
            // Over processes, element by element: every example's at once.
            return Batched(v: try e.op(i.op, [x[0].v]), axis: x[0].axis)
        case .collective(.broadcast):
            try unbatched(1..<2, "the root of this broadcast")
            return Batched(v: try e.op(i.op, [x[0].v, x[1].v]), axis: x[0].axis)
        case .collective(let c):
            throw fail("\(c.rawValue) of a value that differs from one example to another", i)
        default:
            throw fail("\(i.op.name) has no batching rule", i)
        }
    }

    /// A batched operand of an elementwise op whose result has rank `rank`: batch axis in
    /// front, then length-1 axes up to the result's rank (an unbatched one as it is).
    func aligned(_ x: Batched, _ t: IRType, rank: Int) throws -> ValueID {
        guard x.axis != nil else { return x.v }
        var v = try move(x, t, to: 0)
        for _ in (t.shape?.count ?? 0)..<max(rank, t.shape?.count ?? 0) { v = try e.op(.expandDims(1), [v]) }
        return v
    }

    /// Example 0 of a batched value (a like whose shape is every example's).
    func first(_ x: Batched, _ t: IRType) throws -> ValueID {
        guard x.axis != nil else { return x.v }
        return try e.op(.index([.at]), [try move(x, t, to: 0), int(0)], type: t)
    }

    /// Zeros of an unbatched value's shape for every example (a like for a batched op).
    func zeros(_ x: Batched, _ t: IRType) throws -> ValueID {
        let d = t.dtype!
        return try e.op(.fill(d), [b.constant(Tensor.scalar(0, d)), size] + dims(x, t.shape!), type: m.batched(t, name: batch))
    }

    func matmul(_ x: [Batched], _ ta: IRType, _ tb: IRType) throws -> ValueID {
        let (ra, rb) = (ta.shape!.count, tb.shape!.count)
        // A batched vector against a weight matrix: one product of [B, k] by [k, n] (or of
        // [B, k] by the transposed [m, k]), not B products of one row.
        if ra == 1 && rb == 2 && x[1].axis == nil { return try e.op(.matmul, [try move(x[0], ta, to: 0), x[1].v]) }
        if ra == 2 && rb == 1 && x[0].axis == nil {
            return try e.op(.matmul, [try move(x[1], tb, to: 0), try e.op(.transpose(nil), [x[0].v])])
        }
        // A batched matrix against a weight matrix: the examples' rows stacked, one product
        // ([B·m, k] by [k, n]).
        if ra == 2 && rb == 2 && x[1].axis == nil {
            let sa = ta.shape!, d = ta.dtype!, B = Dim(symbol: batch)
            let ds = try dims(x[0], sa)
            let rows = try e.op(.reshape, [try move(x[0], ta, to: 0), try e.mul(size, ds[0]), ds[1]], type: .tensor(d, [B * sa[0], sa[1]]))
            let y = try e.op(.matmul, [rows, x[1].v])
            return try e.op(.reshape, [y, size, ds[0]] + (try dims(x[1], tb.shape!)).suffix(1),
                            type: .tensor(d, [B, sa[0], tb.shape![1]]))
        }
        // As matrices: a vector a is [1, k], a vector b is [k, 1].
        var a = x[0].axis != nil ? try move(x[0], ta, to: 0) : x[0].v
        var c = x[1].axis != nil ? try move(x[1], tb, to: 0) : x[1].v
        if ra == 1 { a = try e.op(.expandDims(-2), [a]) }
        if rb == 1 { c = try e.op(.expandDims(-1), [c]) }
        let r = max(max(ra, 2), max(rb, 2))
        for (k, rk) in [(0, max(ra, 2)), (1, max(rb, 2))] where x[k].axis != nil {
            for _ in rk..<r {
                if k == 0 { a = try e.op(.expandDims(1), [a]) } else { c = try e.op(.expandDims(1), [c]) }
            }
        }
        // A product over one term (an outer product, as in every per-example weight gradient)
        // is a broadcast multiplication, written once rather than zeroed and accumulated.
        let inner = ra == 1 ? ta.shape![0] : ta.shape![ra - 1]
        var y = try e.op(inner.known == 1 ? .binary(.mul) : .matmul, [a, c])
        if rb == 1 { y = try e.op(.squeeze(-1), [y]) }
        if ra == 1 { y = try e.op(.squeeze(rb == 1 ? -1 : -2), [y]) }
        return y
    }

    /// x[...] with unbatched positions: the batch axis is kept where it is (a tape's stays at 1
    /// until tape[t] removes the axis before it); a batched position `x[i]` is a gather.
    func index(_ i: Inst, _ axes: [IndexAxis], _ x: [Batched]) throws -> Batched {
        let t = src.type(i.operands[0])
        if x.dropFirst().contains(where: { $0.axis != nil }) {
            guard axes.allSatisfy({ $0 == .at }) else {
                throw fail("a slice whose bounds differ from one example to another", i)
            }
            // x[i, j] is x[i][j]: one gather (or plain index) per axis.
            var cur = x[0], ct = t
            for k in axes.indices {
                let rest = IRType.tensor(ct.dtype!, Array(ct.shape!.dropFirst()))
                if x[1 + k].axis == nil && cur.axis == nil {
                    cur = Batched(v: try e.op(.index([.at]), [cur.v, x[1 + k].v], type: rest), axis: nil)
                } else if x[1 + k].axis == nil {
                    cur = try index(at: cur, ct, x[1 + k].v)
                } else {
                    let row = try e.op(.expandDims(-1), [try front(x[1 + k], .scalar(.i32))])
                    let g = try gather(cur, ct, rows: Batched(v: row, axis: 0), .tensor(.i32, [Dim(1)]))
                    cur = Batched(v: try e.op(.squeeze(1), [g]), axis: 0)
                }
                ct = rest
            }
            return cur
        }
        guard axes.count == 1, axes[0] == .at else {
            let ax = x[0].axis!
            var ps = axes, ins = ax
            if ax <= ps.count {
                ps.insert(.range(hasStart: false, hasStop: false, step: 1), at: ax)
            }
            ins = ax - axes.prefix(ax).filter { $0 == .at }.count
            return Batched(v: try e.op(.index(ps), x.map(\.v), type: m.batched(src.type(i.result), name: batch, axis: ins)), axis: ins)
        }
        return try index(at: x[0], t, x[1].v)
    }

    /// x[i] of a batched x at an unbatched i.
    func index(at x: Batched, _ t: IRType, _ k: ValueID) throws -> Batched {
        let ax = x.axis!
        let rest = IRType.tensor(t.dtype!, Array(t.shape!.dropFirst()))
        if ax == 0 {
            let v = try e.op(.index([.range(hasStart: false, hasStop: false, step: 1), .at]), [x.v, k], type: m.batched(rest, name: batch))
            return Batched(v: v, axis: 0)
        }
        return Batched(v: try e.op(.index([.at]), [x.v, k], type: m.batched(rest, name: batch, axis: ax - 1)), axis: ax - 1)
    }

    /// Row positions in x flattened over the batch ([B * n, ...]): i + b·n for example b's row
    /// i, negative ones counted from the end; one out of range becomes B·n, which take and
    /// scatter_rows report as out of range.
    func flatRows(_ rows: Batched, _ tr: IRType, n: ValueID, total: ValueID) throws -> ValueID {
        let k = tr.shape![0]
        var idx = rows.axis != nil ? try move(rows, tr, to: 0) : rows.v
        let zero = int(0)
        let inRange = try e.bin(.and, try e.bin(.ge, idx, try e.neg(n)), try e.bin(.lt, idx, n))
        idx = try e.select(try e.bin(.lt, idx, zero), try e.add(idx, n), idx)
        let base = try e.op(.expandDims(1), [try e.mul(try e.op(.arange, [size], type: .tensor(.i32, [Dim(symbol: batch)])), n)])
        let flat = try e.select(inRange, try e.add(idx, base), total)
        return try e.op(.reshape, [flat, try e.mul(size, try dims(rows, [k])[0])], type: .tensor(.i32, [Dim(symbol: batch) * k]))
    }

    /// take(x, rows) for every example: [B, k, ...].
    func gather(_ x: Batched, _ tx: IRType, rows: Batched, _ tr: IRType) throws -> ValueID {
        let s = tx.shape!, k = tr.shape![0], rest = Array(s.dropFirst())
        let outType = IRType.tensor(tx.dtype!, [Dim(symbol: batch), k] + rest)
        let restDims = Array(try dims(x, s).dropFirst())
        let kv = try dims(rows, [k])[0]
        let taken: ValueID
        if x.axis == nil {
            let idx = try e.op(.reshape, [try move(rows, tr, to: 0), try e.mul(size, kv)], type: .tensor(.i32, [Dim(symbol: batch) * k]))
            taken = try e.op(.take, [x.v, idx])
        } else {
            let n = try dims(x, [s[0]])[0], total = try e.mul(size, n)
            let flatX = try e.op(.reshape, [try move(x, tx, to: 0), total] + restDims,
                                 type: .tensor(tx.dtype!, [Dim(symbol: batch) * s[0]] + rest))
            taken = try e.op(.take, [flatX, try flatRows(rows, tr, n: n, total: total)])
        }
        return try e.op(.reshape, [taken, size, kv] + restDims, type: outType)
    }

    /// zeros like `like` with v added at [i, j, ...] for every example, positions differing per
    /// example (`x[i] += v`, the adjoint of the gather x[i]): a scatter_rows into the examples'
    /// elements flattened to rows of the axes after the positions.
    func scatterAt(_ x: [Batched], _ tv: IRType, _ tl: IRType) throws -> ValueID {
        let s = tl.shape!, n = x.count - 2, d = tl.dtype!, B = Dim(symbol: batch)
        let all = try dims(x[1], s), lead = Array(all.prefix(n)), restDims = Array(all.dropFirst(n))
        let zero = int(0)
        var row: ValueID? = nil, valid: ValueID? = nil
        for k in 0..<n {
            var ik = try front(x[2 + k], .scalar(.i32))
            let nk = lead[k]
            let ok = try e.bin(.and, try e.bin(.ge, ik, try e.neg(nk)), try e.bin(.lt, ik, nk))
            ik = try e.select(try e.bin(.lt, ik, zero), try e.add(ik, nk), ik)
            row = try row.map { try e.add(try e.mul($0, nk), ik) } ?? ik
            valid = try valid.map { try e.bin(.and, $0, ok) } ?? ok
        }
        let per = try product(lead), total = try e.mul(size, per)
        let base = try e.mul(try e.op(.arange, [size], type: .tensor(.i32, [B])), per)
        let flat = try e.select(valid!, try e.add(row!, base), total)
        let rows = s.prefix(n).reduce(Dim(1), *)
        let like = try e.op(.fill(d), [b.constant(Tensor.scalar(0, d)), total] + restDims, type: .tensor(d, [B * rows] + s.dropFirst(n)))
        let sum = try e.op(.scatterRows, [try front(x[0], tv), like, flat])
        return try e.op(.reshape, [sum, size] + all, type: m.batched(tl, name: batch))
    }

    /// scatter_rows(v, like, rows) for every example: v's rows added into zeros of like's
    /// shape at the rows, example by example.
    func scatterRows(_ x: [Batched], _ tv: IRType, _ tl: IRType, _ tr: IRType) throws -> ValueID {
        let s = tl.shape!, rest = Array(s.dropFirst()), k = tr.shape![0], d = tl.dtype!
        let n = try dims(x[1], [s[0]])[0], total = try e.mul(size, n)
        let restDims = Array(try dims(x[1], s).dropFirst())
        let kv = try dims(x[2], [k])[0]
        let B = Dim(symbol: batch)
        let v = try e.op(.reshape, [try front(x[0], tv), try e.mul(size, kv)] + restDims, type: .tensor(d, [B * k] + rest))
        let like = try e.op(.fill(d), [b.constant(Tensor.scalar(0, d)), total] + restDims, type: .tensor(d, [B * s[0]] + rest))
        let sum = try e.op(.scatterRows, [v, like, try flatRows(x[2], tr, n: n, total: total)])
        return try e.op(.reshape, [sum, size, n] + restDims, type: m.batched(tl, name: batch))
    }
}
