// Indexing with an i32 tensor, NumPy's integer-array indexing with one array: `x[idx]` gathers
// the rows of x at idx (repeats allowed), `x[:, idx]` along axis 1, `x[1:3, idx]` after the
// slices; the result has idx's shape where the indexed axis was. `x[idx] += v` (and `-=`)
// scatter-adds, repeats summed, as JAX's `x.at[idx].add(v)`. Lowered to take and
// scatter_rows along axis 0 (transposes bring another axis there), so both AD modes
// differentiate them with those ops' rules. Scalar indices beside an index tensor, two index
// tensors, and `x[idx] = v` are errors that say what to write instead.

import GradIR
import GradSyntax
import GradTensor

extension FunctionGen {
    /// An index tensor among `items`: where it is and its lowered value; nil if there is none
    /// (`.some(nil)`), or nil after an error.
    func indexTensor(_ items: [IndexItem], _ r: SourceRange) -> (Int, TV)?? {
        var found: (Int, TV)?
        for (k, item) in items.enumerated() {
            guard case .single(let e) = item, isTensorIndex(e) else { continue }
            guard let v = value(e, hint: nil) else { return nil }
            guard case .tensor(.i32, let s) = type(v), !s.isEmpty else {
                diags.error("an index tensor must be an i32 tensor, got \(type(v))", at: e.range); return nil
            }
            if found != nil {
                diags.error("only one index tensor is supported in an index", at: e.range,
                            notes: [.init("index in two steps, like x[idx][:, jdx]")]); return nil
            }
            found = (k, strong(v))
        }
        guard let found else { return .some(nil) }
        for (k, item) in items.enumerated() where k != found.0 {
            if case .single(let e) = item {
                diags.error("a scalar index beside an index tensor is not supported", at: e.range,
                            notes: [.init("index in two steps, like x[0][:, idx]")]); return nil
            }
        }
        return found
    }

    /// Whether an index item is written as a tensor: a list literal, or a name or expression
    /// whose type is a tensor of rank 1 or more (checked without lowering it twice: names and
    /// literals only; anything else is lowered by the scalar path, whose error says so).
    func isTensorIndex(_ e: Expr) -> Bool {
        switch e.kind {
        case .tensor: return true
        case .name(let n):
            guard let v = lookup(n) else { return false }
            if case .tensor(_, let s) = type(v.tv) { return !s.isEmpty }
            return false
        default: return false
        }
    }

    /// The permutation moving axis `a` of a rank-`r` tensor to the front, and its inverse.
    func frontPermutation(_ a: Int, _ r: Int) -> ([Int], [Int]) {
        let to = [a] + (0..<r).filter { $0 != a }
        var back = Array(repeating: 0, count: r)
        for (k, p) in to.enumerated() { back[p] = k }
        return (to, back)
    }

    /// `x[items]` with the index tensor `idx` at item `a`.
    func gather(_ x: TV, _ items: [IndexItem], _ a: Int, _ idx: TV, _ r: SourceRange) -> TV? {
        var basic = items
        basic[a] = .slice(start: nil, stop: nil, step: nil, range: r)
        guard let y = items.count == 1 ? x : index(x, basic, r), case .tensor(let d, let ys) = type(y),
              case .tensor(_, let si) = type(idx) else { return nil }
        guard let flat = flatten(idx, r) else { return nil }
        let (to, back) = frontPermutation(a, ys.count)
        guard let front = a == 0 ? y : emit(.transpose(to), [y], at: r), let taken = emit(.take, [front, flat], at: r),
              let moved = a == 0 ? taken : emit(.transpose(back), [taken], at: r) else { return nil }
        if si.count == 1 { return moved }
        // idx's own shape in place of the indexed axis
        var dims: [TV] = [], out: [Dim] = []
        for k in 0..<ys.count {
            if k == a {
                for j in 0..<si.count { guard let v = Builtins.dimValue(self, idx, j, r) else { return nil }; dims.append(v); out.append(si[j]) }
            } else {
                guard let v = Builtins.dimValue(self, y, k, r) else { return nil }
                dims.append(v); out.append(ys[k])
            }
        }
        return emit(.reshape, [moved] + dims, type: .tensor(d, out), at: r)
    }

    /// An i32 index tensor as a vector (reshaped when it has more axes).
    func flatten(_ idx: TV, _ r: SourceRange) -> TV? {
        guard case .tensor(let d, let s) = type(idx) else { return nil }
        if s.count == 1 { return idx }
        var total = constant(Tensor.scalar(1, .i32))
        for j in 0..<s.count {
            guard let v = Builtins.dimValue(self, idx, j, r), let t = emit(.binary(.mul), [total, v], at: r) else { return nil }
            total = t
        }
        return emit(.reshape, [idx, total], type: .tensor(d, [s.reduce(Dim(1)) { $0 * $1 }]), at: r)
    }

    /// `x[idx] += v` / `-=` with an index tensor: x ± the scatter of v's rows at idx (repeats
    /// summed). `view` is `x[items]`, what v broadcasts to.
    func scatterAssign(_ x: TV, _ items: [IndexItem], _ a: Int, _ idx: TV, _ view: TV, _ v: TV, subtract: Bool, _ r: SourceRange) -> TV? {
        guard items.enumerated().allSatisfy({ k, item in
            if k == a { return true }
            if case .slice(nil, nil, nil, _) = item { return true }
            return false
        }) else {
            diags.error("x[...] += v with an index tensor takes only ':' beside it", at: r,
                        notes: [.init("slice first, then scatter: var y = x[1:3]; y[:, idx] += v")]); return nil
        }
        guard case .tensor(let d, let xs) = type(x), case .tensor(_, let si) = type(idx),
              let full = emit(.broadcastLike, [strong(v), view], at: r) else { return nil }
        // v as rows of the indexed axis: the axis in front, idx's axes flattened into it.
        let (to, back) = frontPermutation(a, xs.count)
        var rows = full
        if si.count > 1 {
            // full has idx's axes at a..<a+si.count; move them to the front and merge them
            let r0 = xs.count - 1 + si.count
            let perm = Array(a..<(a + si.count)) + (0..<r0).filter { $0 < a || $0 >= a + si.count }
            guard let t = emit(.transpose(perm), [full], at: r), let n = flatten(idx, r), let len = Builtins.dimValue(self, n, 0, r) else { return nil }
            var dims = [len], out = [type(n).shape![0]]
            for k in 0..<xs.count where k != a { guard let dv = Builtins.dimValue(self, x, k, r) else { return nil }; dims.append(dv); out.append(xs[k]) }
            guard let merged = emit(.reshape, [t] + dims, type: .tensor(d, out), at: r) else { return nil }
            rows = merged
        } else if a != 0 {
            guard let t = emit(.transpose(to), [full], at: r) else { return nil }
            rows = t
        }
        guard let flat = flatten(idx, r), let front = a == 0 ? strong(x) : emit(.transpose(to), [strong(x)], at: r),
              let scattered = emit(.scatterRows, [rows, front, flat], at: r),
              let placed = a == 0 ? scattered : emit(.transpose(back), [scattered], at: r) else { return nil }
        return emit(.binary(subtract ? .sub : .add), [strong(x), placed], at: r)
    }
}

extension Builtins {
    /// take_along_axis(x, idx, axis: k), as numpy.take_along_axis: out[..., j, ...] =
    /// x[..., idx[..., j, ...], ...] along axis k, idx of x's rank and x's sizes on the other
    /// axes. Lowered to one gather of elements: the axis moved last, x flattened to
    /// [rest * n], idx offset by each row's start, then take, reshape and the axis moved back.
    static func takeAlongAxisCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: nil), let i0 = g.value(a.pos[1].value, hint: nil) else { return nil }
        let x = g.strong(x0), idx = g.strong(i0)
        guard case .tensor(let d, let xs) = g.type(x), !xs.isEmpty, case .tensor(.i32, let ls) = g.type(idx), ls.count == xs.count else {
            g.diags.error("take_along_axis(x, idx, axis: k) needs an i32 idx of x's rank, got \(g.type(x)) and \(g.type(idx))", at: r); return nil
        }
        var axis = -1
        if let ax = a.pos.count > 2 ? a.pos[2] : a.label("axis") {
            guard let k = g.compileTimeInt(ax.value, "an axis") else { g.diags.error("axis must be an integer literal", at: ax.range); return nil }
            axis = k
        }
        let rank = xs.count
        guard axis >= -rank && axis < rank else { g.diags.error("axis \(axis) is out of range for \(g.type(x))", at: r); return nil }
        let ax = axis < 0 ? axis + rank : axis
        for k in 0..<rank where k != ax {
            if let p = xs[k].known, let q = ls[k].known, p != q {
                g.diags.error("take_along_axis: idx \(g.type(idx)) and x \(g.type(x)) differ in size on axis \(k)", at: r); return nil
            }
        }
        // the axis last
        let toLast = (0..<rank).filter { $0 != ax } + [ax]
        var back = Array(repeating: 0, count: rank)
        for (k, p) in toLast.enumerated() { back[p] = k }
        let moved = ax == rank - 1
        guard let xt = moved ? x : g.emit(.transpose(toLast), [x], at: r),
              let it = moved ? idx : g.emit(.transpose(toLast), [idx], at: r) else { return nil }
        // sizes: rest (the product of the other axes), n (x's axis), m (idx's axis)
        var rest = g.constant(Tensor.scalar(1, .i32))
        var restDim = Dim(1)
        var others: [TV] = []
        for k in 0..<(rank - 1) {
            guard let v = dimValue(g, xt, k, r), let p = g.emit(.binary(.mul), [rest, v], at: r) else { return nil }
            rest = p; others.append(v); restDim = restDim * g.type(xt).shape![k]
        }
        guard let nx = dimValue(g, xt, rank - 1, r), let m = dimValue(g, it, rank - 1, r),
              let total = g.emit(.binary(.mul), [rest, nx], at: r),
              let flatX = g.emit(.reshape, [xt, total], type: .tensor(d, [restDim * xs[ax]]), at: r),
              let rows = g.emit(.reshape, [it, rest, m], type: .tensor(.i32, [restDim, ls[ax]]), at: r),
              let starts0 = g.emit(.arange, [rest], type: .tensor(.i32, [restDim]), at: r),
              let starts1 = g.emit(.expandDims(1), [starts0], at: r),
              let starts = g.emit(.binary(.mul), [starts1, nx], at: r),
              let offset = g.emit(.binary(.add), [rows, starts], at: r),
              let count = g.emit(.binary(.mul), [rest, m], at: r),
              let flat = g.emit(.reshape, [offset, count], type: .tensor(.i32, [restDim * ls[ax]]), at: r),
              let taken = g.emit(.take, [flatX, flat], at: r) else { return nil }
        let shapeT = (0..<(rank - 1)).map { g.type(xt).shape![$0] } + [ls[ax]]
        guard let shaped = g.emit(.reshape, [taken] + others + [m], type: .tensor(d, shapeT), at: r) else { return nil }
        return moved ? shaped : g.emit(.transpose(back), [shaped], at: r)
    }
}
