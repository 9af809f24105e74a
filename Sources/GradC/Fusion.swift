// Loop fusion for the C emitter: chains of elementwise operations become one C loop.
//
// Within a region, a value is *inlined* when every instruction reading it can compute it
// element by element in its own loop: elementwise math (unary, binary, select, convert,
// broadcasts of scalars), contiguous views (`x[a:b]`, `x[i]` on the first axis), the adjoint of
// a view (`scatter_add` into a contiguous slice, guarded by its bounds) and reshapes. An
// inlined value has no buffer; the instructions that are not inlined but can be fused are
// *roots*, each one loop that evaluates its tree of inlined operands down to its leaves, the
// materialized tensors. Reductions (everything, the last or the first axis, or `sum_to` over
// leading or trailing axes) are roots too, accumulating in double as the runtime's kernels do. A value
// read by several roots is recomputed in each when it is cheap, else materialized.
//
// Shapes come from the IR's static types (dims in size names, bound on entry), so a fused loop
// reads no shape at run time except a view's bounds. Bias rows and `[B, 1]` columns broadcast
// into a root's loop through a split of it into outer × inner loops; any other broadcast
// (`[K, 1, d]` into `[K, n, d]`, or a row under another split) is read from its own buffer at
// an offset computed from the root's flat index. Whatever a tree needs that this cannot express
// (a broadcast below a view) falls back to one runtime kernel per instruction, as before fusion.
//
// Around matrix products the plan also records: transposes read only by `@` (GEMM flags, no
// copy); products whose only reader adds them to an accumulator, `acc + a @ b` or
// `acc + scatter_add(a @ b, like, [i])` (one GEMM with beta = 1 into acc or its slice); and
// views read only by `@` (a header pointing into the source). Every such instruction's reads
// count where its reader runs, for the emitter's releases and for in-place decisions.

import GradIR
import GradTensor

struct Fusion {
    /// Values computed inside their readers' loops.
    var inlined: Set<ValueID> = []
    /// Instructions emitted as fused loops, by position.
    var roots: Set<Int> = []
    /// The defining instruction of each value of the region.
    var defs: [ValueID: Inst] = [:]
    /// For each instruction, where its operands are read: its own position, or for an inlined
    /// one the last root that computes it.
    var readAt: [Int] = []
    var position: [ValueID: Int] = [:]
    /// Transposes read only by matrix products, as GEMM flags: each one's source.
    var transposed: [ValueID: ValueID] = [:]
    /// Matrix products whose only reader adds them to an accumulator (GEMM with beta = 1):
    /// each one's position of that addition.
    var absorbed: [ValueID: Int] = [:]
    /// Contiguous views (`xs[t]`) read only by matrix products: a header on the stack that
    /// points into the source, no copy.
    var views: Set<ValueID> = []

    /// Whether `v` has no code where it is defined: its readers compute it (inlined, a
    /// transpose flag, a product added into an accumulator).
    func computedByReaders(_ v: ValueID) -> Bool { inlined.contains(v) || transposed[v] != nil || absorbed[v] != nil }
}

extension FunctionEmitter {
    func dims(_ v: ValueID) -> [Dim]? {
        guard case .tensor(_, let ds) = f.type(v), !ds.contains(where: \.isDynamic) else { return nil }
        return ds
    }

    func dtype(_ v: ValueID) -> DType? {
        if case .tensor(let d, _) = f.type(v) { return d }
        return nil
    }

    static func cElem(_ d: DType) -> String {
        switch d {
        case .f32: return "float"
        case .f64: return "double"
        case .i32: return "int32_t"
        default: return "uint8_t"
        }
    }

    /// Whether `i` can be computed one element at a time (as a node of a fused tree).
    func elementwise(_ i: Inst) -> Bool {
        guard i.results.count == 1, let rd = dims(i.result), let rt = dtype(i.result), rt != .i32 else { return false }
        let ops = i.operands
        func float(_ v: ValueID) -> Bool { dtype(v) == .f32 || dtype(v) == .f64 }
        func ok(_ v: ValueID) -> Bool { dims(v) != nil }
        switch i.op {
        case .constant(let t): return t.rank == 0
        case .unary(let fn): return ok(ops[0]) && (fn == .not ? dtype(ops[0]) == .bool : float(ops[0]))
        case .binary(let fn):
            guard ok(ops[0]), ok(ops[1]), dtype(ops[0]) == dtype(ops[1]) else { return false }
            return fn.isLogical ? dtype(ops[0]) == .bool : float(ops[0])
        case .select: return ops.allSatisfy(ok) && dtype(ops[0]) == .bool && dtype(ops[1]) != .i32 && dtype(ops[1]) == dtype(ops[2])
        case .convert: return ok(ops[0])
        case .stopGradient, .expandDims, .squeeze: return ok(ops[0]) && dtype(ops[0]) != .i32
        case .reshapeLike: return ok(ops[0]) && ok(ops[1]) && dtype(ops[0]) != .i32
        case .zerosLike: return true
        case .broadcastLike:
            guard let od = dims(ops[0]), dtype(ops[0]) != .i32, ok(ops[1]) else { return false }
            return relation(od, rd) != nil
        case .index(let axes):
            guard let sd = dims(ops[0]), !sd.isEmpty, dtype(ops[0]) != .i32, axes.count == 1 else { return false }
            if case .range(_, _, let st) = axes[0], st != 1 { return false }
            return true
        case .scatterAdd(let axes):
            guard let ld = dims(ops[1]), !ld.isEmpty, ok(ops[0]), float(ops[0]), axes.count == 1 else { return false }
            if case .range(_, _, let st) = axes[0], st != 1 { return false }
            return true
        default: return false
        }
    }

    /// How an operand of dims `o` is read by an elementwise node of dims `n`: a `spread` is any
    /// other broadcast (size-1 axes anywhere), read at an offset computed from the node's
    /// coordinates.
    enum Relation { case same, scalar, row(Int), column(Int), spread }
    func relation(_ o: [Dim], _ n: [Dim]) -> Relation? {
        if o == n { return .same }
        if o.allSatisfy({ $0.known == 1 }) { return .scalar }
        // A row: o (without leading ones) is n's trailing dims.
        var lead = 0
        while lead < o.count && o[lead].known == 1 && o.count - lead > 0 { lead += 1 }
        let tail = Array(o[lead...])
        if tail.count < n.count, Array(n[(n.count - tail.count)...]) == tail { return .row(n.count - tail.count) }
        // A column: o is n's leading dims followed by ones.
        if o.count == n.count {
            var s = o.count
            while s > 0 && o[s - 1].known == 1 { s -= 1 }
            if s < n.count, Array(o[..<s]) == Array(n[..<s]) { return .column(s) }
        }
        guard o.count <= n.count else { return nil }
        let padded = [Dim](repeating: Dim(1), count: n.count - o.count) + o
        return zip(padded, n).allSatisfy { $0 == $1 || $0.known == 1 } ? .spread : nil
    }

    /// A reduction that a fused loop can do: the operand, and the loop split (nil: everything).
    enum ReductionShape { case all, inner(Int), outer(Int) }
    func reduction(_ i: Inst) -> ReductionShape? {
        switch i.op { case .reduce, .sumTo: break; default: return nil }
        guard i.results.count == 1, let od = dims(i.operands[0]), dims(i.result) != nil,
              dtype(i.operands[0]) == .f32 || dtype(i.operands[0]) == .f64 else { return nil }
        switch i.op {
        case .reduce(let k, let axis, _):
            guard k.spec.fusedLoop else { return nil }
            guard let a = axis else { return .all }
            let ax = a < 0 ? a + od.count : a
            if ax == od.count - 1 && od.count >= 1 { return .inner(od.count - 1) }
            return ax == 0 && od.count >= 2 ? .outer(1) : nil
        case .sumTo:
            guard let ld = dims(i.operands[1]) else { return nil }
            if ld.count < od.count, Array(od[(od.count - ld.count)...]) == ld { return .outer(od.count - ld.count) }
            if ld.count == od.count, case .column(let s)? = relation(ld, od) { return .inner(s) }
            if ld.allSatisfy({ $0.known == 1 }) { return .all }
            return nil
        default: return nil
        }
    }

    static let costly = Set(UnaryFn.allCases.filter { $0.spec.costly })

    func planFusion(_ r: Region) -> Fusion {
        var fu = Fusion()
        let n = r.insts.count
        var users: [ValueID: [Int]] = [:]
        for (k, i) in r.insts.enumerated() {
            for res in i.results { fu.defs[res] = i }
            var used = Set(i.operands)
            for sub in i.regions { walk(sub) { used.formUnion($0.operands) } }
            for v in used { users[v, default: []].append(k) }
        }
        let node = r.insts.map(elementwise)
        let red = r.insts.map { reduction($0) != nil }
        // Shape-only operands: read for their static dims, never for their elements.
        func shapeOnly(_ i: Inst, _ v: ValueID) -> Bool {
            switch i.op {
            case .broadcastLike, .reshapeLike, .sumTo: return i.operands[0] != v
            case .zerosLike: return true
            case .scatterAdd: return i.operands[0] != v
            default: return false
            }
        }
        var inl = Set<ValueID>()
        var isRoot = [Bool](repeating: false, count: n)
        // Whether the reader at k can compute v inline. Only a fused loop can: a reader that is
        // neither a root nor inlined itself is a runtime kernel, which needs v's buffer even when
        // it reads only v's shape and dtype (a `zeros_like` read by `set_index`).
        func readable(_ k: Int, _ v: ValueID) -> Bool {
            let i = r.insts[k]
            guard isRoot[k] || (i.results.count == 1 && inl.contains(i.result)) else { return false }
            if i.operands.contains(where: { tapes.contains($0) }) { return false }
            if red[k] { return i.operands[0] == v || shapeOnly(i, v) }
            guard node[k] else { return false }
            if shapeOnly(i, v) { return true }
            switch i.op {
            case .index, .scatterAdd: return i.operands[0] == v
            case .expandDims, .squeeze, .reshapeLike, .convert: return true
            default:
                guard let vd = dims(v), let nd = dims(i.result), let rel = relation(vd, nd) else { return false }
                switch rel {
                case .same, .scalar: return true
                case .row, .column:
                    // A broadcast row or column is read once per outer step: only a view of a
                    // materialized tensor (a bias `b[l]`) is that cheap.
                    guard let d = fu.defs[v], case .index = d.op else { return false }
                    return !(fu.defs[d.operands[0]].map(elementwise) ?? false)
                case .spread:
                    return false     // read from its own buffer
                }
            }
        }
        // Decide from the end, so a value's readers are decided before it.
        for k in stride(from: n - 1, through: 0, by: -1) {
            let i = r.insts[k]
            guard node[k] || red[k] else { continue }
            if case .constant = i.op {} else if case .zerosLike = i.op {} else { isRoot[k] = true }
            guard node[k], i.results.count == 1, !tapes.contains(i.result) else { continue }
            let us = users[i.result] ?? []
            guard !us.isEmpty, us.allSatisfy({ (node[$0] || red[$0]) && readable($0, i.result) }) else { continue }
            // Every element read: the value's own work, and every use besides the first repeats it.
            if us.count > 1 {
                var c = 0, expensive = false
                func visit(_ j: Inst) {
                    c += 1
                    if case .unary(let fn) = j.op, FunctionEmitter.costly.contains(fn) { expensive = true }
                    if case .binary(let fn) = j.op, fn.spec.costly { expensive = true }
                    for o in j.operands where inl.contains(o) { if let d = fu.defs[o] { visit(d) } }
                }
                visit(i)
                if expensive || c > 8 { continue }
            }
            inl.insert(i.result)
            isRoot[k] = false
        }
        // A value computed inline is computed again by each fused loop it ends up in (within
        // one loop it is computed once). Deciding from the end sees only a value's own op, not
        // the tree its operands will add, so a chain of values each read by two loops (an
        // adjoint read by the next layer's adjoint and by a `mean`'s sum) was inlined whole
        // into every loop: C quadratic in the layers. So: the loops each value is computed in
        // (up to two are told apart), then forward, each value's inlined tree from its
        // operands'; one in more than one loop whose tree has passed 8 ops, or holds an
        // expensive one, gets a buffer instead.
        var loopsOf = [[Int]](repeating: [], count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let i = r.insts[k]
            if isRoot[k] { loopsOf[k] = [k]; continue }
            guard i.results.count == 1, inl.contains(i.result) else { continue }
            for u in users[i.result] ?? [] where !shapeOnly(r.insts[u], i.result) {
                for l in loopsOf[u] where loopsOf[k].count < 2 && !loopsOf[k].contains(l) { loopsOf[k].append(l) }
            }
        }
        // A tree also keeps every buffer it reads alive until its loop runs: a chain of 1,000
        // additions of per-layer weight gradients fused into one loop held all 1,000 of them.
        // So a value whose tree would read more than `maxLeaves` buffers gets a buffer itself.
        let maxLeaves = 12
        var tree: [ValueID: (ops: Int, expensive: Bool, leaves: [ValueID])] = [:]
        for k in 0..<n {
            let i = r.insts[k]
            guard i.results.count == 1, inl.contains(i.result) else { continue }
            var ops = 1
            var leaves: [ValueID] = []     // distinct, and no more than maxLeaves + 1 kept
            func leaf(_ v: ValueID) { if leaves.count <= maxLeaves && !leaves.contains(v) { leaves.append(v) } }
            var expensive = false
            if case .unary(let fn) = i.op, FunctionEmitter.costly.contains(fn) { expensive = true }
            if case .binary(let fn) = i.op, fn.spec.costly { expensive = true }
            for o in Set(i.operands) {
                if inl.contains(o) {
                    let t = tree[o] ?? (1, false, [])
                    ops += t.ops
                    expensive = expensive || t.expensive
                    t.leaves.forEach(leaf)
                } else if !shapeOnly(i, o) {
                    leaf(o)
                }
            }
            if (loopsOf[k].count > 1 && (expensive || ops > 8)) || leaves.count > maxLeaves {
                inl.remove(i.result)
                isRoot[k] = true
            } else {
                tree[i.result] = (ops, expensive, leaves)
            }
        }
        fu.inlined = inl
        fu.roots = Set((0..<n).filter { isRoot[$0] })
        for i in r.insts {
            guard case .transpose(let p) = i.op, p == nil || p == [1, 0], dims(i.operands[0])?.count == 2,
                  !tapes.contains(i.operands[0]), let us = users[i.result], !us.isEmpty else { continue }
            let ok = us.allSatisfy { k in
                let u = r.insts[k]
                return u.op == .matmul && u.operands.allSatisfy { o in (1...2).contains(dims(o)?.count ?? 0) }
            }
            if ok { fu.transposed[i.result] = i.operands[0] }
        }
        for i in r.insts {
            // A view is read in place, so its source must have a buffer: not one computed
            // inline by its readers (`(w * s)[1] @ w` computes the row in a loop instead).
            guard case .index(let axes) = i.op, axes.count == 1, !inl.contains(i.result), elementwise(i),
                  dtype(i.result) == .f32 || dtype(i.result) == .f64, !tapes.contains(i.operands[0]),
                  !inl.contains(i.operands[0]),
                  let us = users[i.result], !us.isEmpty else { continue }
            let ok = us.allSatisfy { k in
                let u = r.insts[k]
                if u.op == .matmul { return true }
                if case .transpose = u.op { return fu.transposed[u.result] != nil }
                return false
            }
            if ok { fu.views.insert(i.result) }
        }
        for k in fu.roots.sorted() {
            let i = r.insts[k]
            guard case .binary(.add) = i.op, let rd = dims(i.result), dtype(i.result) == .f32 || dtype(i.result) == .f64 else { continue }
            for (a, m) in [(i.operands[0], i.operands[1]), (i.operands[1], i.operands[0])] where rd.count <= 2 {
                guard a != m, !inl.contains(a), dims(a) == rd, users[m] == [k], let d = fu.defs[m], d.op == .matmul,
                      !d.operands.contains(a), !d.operands.contains(where: { fu.transposed[$0] == a }) else { continue }
                fu.absorbed[m] = k
                break
            }
            // acc + scatter_add(a @ b, like, view): the product goes straight into the slice.
            for (a, sv) in [(i.operands[0], i.operands[1]), (i.operands[1], i.operands[0])] {
                guard a != sv, !inl.contains(a), inl.contains(sv), dims(a) == rd, let sd = fu.defs[sv], case .scatterAdd = sd.op,
                      let m = sd.operands.first, users[m]?.count == 1, users[sv] == [k], let md = fu.defs[m], md.op == .matmul,
                      (1...2).contains(dims(m)?.count ?? 0), !md.operands.contains(a),
                      !md.operands.contains(where: { fu.transposed[$0] == a }) else { continue }
                fu.absorbed[m] = k
                break
            }
        }
        // Where each instruction's operands are read.
        fu.readAt = Array(0..<n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let i = r.insts[k]
            for res in i.results { fu.position[res] = k }
            if i.results.count == 1, let at = fu.absorbed[i.result] {
                fu.readAt[k] = at
            } else if i.results.count == 1, fu.computedByReaders(i.result) || fu.views.contains(i.result) {
                fu.readAt[k] = (users[i.result] ?? []).map { fu.readAt[$0] }.max() ?? k
            }
        }
        return fu
    }
}
