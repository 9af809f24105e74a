// Loop fusion for the C emitter: chains of elementwise operations become one C loop.
//
// Within a region, a value is *inlined* when every instruction reading it can compute it
// element by element in its own loop: elementwise math (unary, binary, select, convert,
// broadcasts of scalars), contiguous views (`x[a:b]`, `x[i]` on the first axis), the adjoint of
// a view (`scatter_add` into a contiguous slice, guarded by its bounds) and reshapes. An
// inlined value has no buffer; the instructions that are not inlined but can be fused are
// *roots*, each one loop that evaluates its tree of inlined operands down to its leaves, the
// materialized tensors. Reductions (everything, the last axis, or `sum_to` over leading or
// trailing axes) are roots too, accumulating in double as the runtime's kernels do. A value
// read by several roots is recomputed in each when it is cheap, else materialized.
//
// Shapes come from the IR's static types (dims in size names, bound on entry), so a fused loop
// reads no shape at run time except a view's bounds. Bias rows and `[B, 1]` columns broadcast
// into a root's loop through a split of it into outer × inner loops. Whatever a tree needs
// that this cannot express (a broadcast below a view, two different splits) falls back to one
// runtime kernel per instruction, as before fusion.
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

    /// How an operand of dims `o` is read by an elementwise node of dims `n`.
    enum Relation { case same, scalar, row(Int), column(Int) }
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
        return nil
    }

    /// A reduction that a fused loop can do: the operand, and the loop split (nil: everything).
    enum ReductionShape { case all, inner(Int), outer(Int) }
    func reduction(_ i: Inst) -> ReductionShape? {
        switch i.op { case .reduce, .sumTo: break; default: return nil }
        guard i.results.count == 1, let od = dims(i.operands[0]), dims(i.result) != nil,
              dtype(i.operands[0]) == .f32 || dtype(i.operands[0]) == .f64 else { return nil }
        switch i.op {
        case .reduce(let k, let axis, _):
            guard [.sum, .mean, .max, .min].contains(k) else { return nil }
            guard let a = axis else { return .all }
            let ax = a < 0 ? a + od.count : a
            return ax == od.count - 1 && od.count >= 1 ? .inner(od.count - 1) : nil
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
                    if case .binary(.pow) = j.op { expensive = true }
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
            if case .binary(.pow) = i.op { expensive = true }
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

/// One fused loop being built: statements before the loop, the loop body, and the shape of
/// the iteration.
struct LoopBuilder {
    var pre: [String] = []
    var body: [String] = []
    var memo: [String: String] = [:]
    var leaves: [ValueID: String] = [:]
    var views: [ValueID: (String, String)] = [:]
    var depth = 0
    var counter = 0
    /// The root's dims (the iteration space) and the split into outer × inner loops.
    var dims: [Dim]
    var split: Int?
    var failed = false

    mutating func fresh(_ p: String) -> String { counter += 1; return "\(p)\(counter)" }
    mutating func emit(_ s: String) { body.append(String(repeating: "  ", count: depth) + s) }
}

extension FunctionEmitter {
    func literal(_ x: Double, _ d: DType) -> String {
        if x.isNaN { return "NAN" }
        if x.isInfinite { return x < 0 ? "-INFINITY" : "INFINITY" }
        switch d {
        case .bool: return x != 0 ? "1" : "0"
        case .f32: return "((float)\(String(format: "%.17g", x)))"
        default: return x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : String(format: "%.17g", x)
        }
    }

    /// A static dim in C: `128`, `sz[0] - 1`, `2 * sz[1]`.
    func dimC(_ d: Dim) -> String {
        var s = ""
        for t in d.terms {
            let m = abs(t.coeff) == 1 ? sizeRef(t.name) : "\(abs(t.coeff)) * \(sizeRef(t.name))"
            s += s.isEmpty ? (t.coeff < 0 ? "-" + m : m) : (t.coeff < 0 ? " - " : " + ") + m
        }
        if s.isEmpty { return "\(d.constant)" }
        if d.constant != 0 { s += (d.constant < 0 ? " - " : " + ") + "\(abs(d.constant))" }
        return s
    }
    func dimsC(_ ds: [Dim]) -> [String] { ds.map(dimC) }
    /// The element count of static dims, as a C expression safe in any context.
    func countC(_ ds: [Dim]) -> String {
        let known = ds.compactMap(\.known).reduce(1, *)
        let sym = ds.filter { $0.known == nil }.map(dimC)
        if sym.isEmpty { return "\(known)" }
        let parts = sym.map { $0.contains(" ") ? "(\($0))" : $0 } + (known == 1 ? [] : ["\(known)"])
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " * ") + ")"
    }

    /// The C expression of value `v` at flat index `idx` of its own shape; `top` when `idx`
    /// is the root's flat index (so a broadcast operand can be read through the split).
    mutating func eval(_ v: ValueID, _ idx: String, top: Bool, _ fu: Fusion, _ b: inout LoopBuilder) -> String {
        if b.failed { return "0" }
        let key = "\(v.raw)@\(idx)"
        if let m = b.memo[key] { return m }
        let d = dtype(v)!
        let et = FunctionEmitter.cElem(d)
        guard fu.inlined.contains(v), let i = fu.defs[v] else {
            // A leaf: a materialized tensor.
            let p: String
            if let q = b.leaves[v] { p = q } else {
                p = b.fresh("p")
                b.pre.append("const \(et) *restrict \(p) = (const \(et) *)\(leaf(v))->p;")
                b.leaves[v] = p
            }
            return dims(v)!.allSatisfy({ $0.known == 1 }) ? "\(p)[0]" : "\(p)[\(idx)]"
        }
        let nd = dims(v)!
        // An operand read by an elementwise node of dims nd at idx.
        func operand(_ o: ValueID) -> String {
            guard let od = dims(o), let rel = relation(od, nd) else { b.failed = true; return "0" }
            switch rel {
            case .same: return eval(o, idx, top: top, fu, &b)
            case .scalar: return eval(o, "0", top: false, fu, &b)
            case .row(let s), .column(let s):
                guard top, b.split == nil || b.split == s else { b.failed = true; return "0" }
                b.split = s
                if case .row = rel { return eval(o, "j", top: false, fu, &b) }
                return eval(o, "o", top: false, fu, &b)
            }
        }
        let x = i.operands
        let f32 = d == .f32
        func fn(_ name: String) -> String { f32 ? name + "f" : name }
        var expr: String
        switch i.op {
        case .constant(let t): return literal(t.doubles[0], d)
        case .zerosLike: return "0"
        case .unary(let u):
            expr = UnaryC.expression(u, operand(x[0]), f32: f32)
        case .binary(let op):
            let a = operand(x[0]), c = operand(x[1])
            switch op {
            case .add: expr = "\(a) + \(c)"
            case .sub: expr = "\(a) - \(c)"
            case .mul: expr = "\(a) * \(c)"
            case .div: expr = "\(a) / \(c)"
            case .pow: expr = "\(fn("pow"))(\(a), \(c))"
            case .maximum: expr = "(\(a) != \(a) || \(c) != \(c) ? NAN : (\(a) > \(c) ? \(a) : \(c)))"
            case .minimum: expr = "(\(a) != \(a) || \(c) != \(c) ? NAN : (\(a) < \(c) ? \(a) : \(c)))"
            case .leakyRelu: expr = "(\(a) > 0 ? \(a) : \(c) * \(a))"
            case .eq: expr = "\(a) == \(c)"
            case .ne: expr = "\(a) != \(c)"
            case .lt: expr = "\(a) < \(c)"
            case .le: expr = "\(a) <= \(c)"
            case .gt: expr = "\(a) > \(c)"
            case .ge: expr = "\(a) >= \(c)"
            case .and: expr = "\(a) && \(c)"
            case .or: expr = "\(a) || \(c)"
            }
        case .select:
            let c = operand(x[0]), a = operand(x[1]), e = operand(x[2])
            expr = "\(c) ? \(a) : \(e)"
        case .convert(let to):
            let a = operand(x[0])
            expr = to == .bool ? "\(a) != 0" : "(\(et))\(a)"
        case .stopGradient:
            return operand(x[0])
        case .broadcastLike:
            return operand(x[0])
        case .expandDims, .squeeze, .reshapeLike:
            return eval(x[0], idx, top: top && dims(x[0]) == b.dims, fu, &b)
        case .index(let axes):
            let (off, _) = view(i, axes, source: x[0], bounds: Array(x.dropFirst()), &b)
            return eval(x[0], "(\(off) + \(idx))", top: false, fu, &b)
        case .scatterAdd(let axes):
            let (off, cnt) = view(i, axes, source: x[1], bounds: Array(x.dropFirst(2)), &b)
            let q = b.fresh("q"), e = b.fresh("e")
            b.emit("\(et) \(e) = 0;")
            b.emit("{ const int64_t \(q) = \(idx) - \(off); if (\(q) >= 0 && \(q) < \(cnt)) {")
            let saved = b.memo
            b.depth += 1
            let val = eval(x[0], q, top: false, fu, &b)
            b.emit("\(e) = \(val);")
            b.depth -= 1
            b.emit("} }")
            b.memo = saved
            b.memo[key] = e
            return e
        default:
            b.failed = true
            return "0"
        }
        let e = b.fresh("e")
        b.emit("const \(et) \(e) = \(expr);")
        b.memo[key] = e
        return e
    }

    /// The first element and the element count of a contiguous view of `source` (a slice or
    /// an index of its first axis), checked as the runtime's indexing checks them.
    mutating func view(_ i: Inst, _ axes: [IndexAxis], source: ValueID, bounds: [ValueID], _ b: inout LoopBuilder) -> (String, String) {
        if let v = b.views[i.result] { return v }
        let sd = dims(source)!
        let off = b.fresh("off"), cnt = b.fresh("cnt")
        if i.loc.line > 0 { b.pre.append("gt_line = \(i.loc.line); gt_col = \(i.loc.column);") }
        let len = dimsC([sd[0]])[0], inner = countC(Array(sd.dropFirst()))
        switch axes[0] {
        case .at:
            b.pre.append("int64_t \(off), \(cnt); gt_view_at(gt_int(\(leaf(bounds[0]))), \(len), \(inner), &\(off), &\(cnt));")
        case .range(let hs, let he, _):
            var k = 0
            var s = "0", e = "0"
            if hs { s = "gt_int(\(leaf(bounds[k])))"; k += 1 }
            if he { e = "gt_int(\(leaf(bounds[k])))" }
            b.pre.append("int64_t \(off), \(cnt); gt_view_range(\(hs ? 1 : 0), \(s), \(he ? 1 : 0), \(e), \(len), \(inner), &\(off), &\(cnt));")
        }
        // The view's length is its type's (which the loop's bounds come from).
        let want = countC(dims(i.op == .index(axes) ? i.result : i.operands[0])!)
        b.pre.append("if (\(cnt) != \(want)) gt_fail(\"a view's length differs from its type\");")
        b.views[i.result] = (off, cnt)
        return (off, cnt)
    }

    /// Emits root `i` of a region as one loop. Returns false (having emitted nothing) when its
    /// tree cannot be one loop.
    mutating func emitFused(_ i: Inst, _ fu: Fusion, indent: String) -> Bool {
        if fu.views.contains(i.result), case .index(let axes) = i.op {
            var b = LoopBuilder(dims: dims(i.result)!)
            let (off, cnt) = view(i, axes, source: i.operands[0], bounds: Array(i.operands.dropFirst()), &b)
            let rd = dimsC(dims(i.result)!)
            let h = "vh_\(i.result.raw)"
            var c = indent + "T \(h);\n" + indent + "{ /* a view, read in place by @ */\n"
            for p in b.pre { c += indent + "  " + p + "\n" }
            c += indent + "  \(name(i.result)[0]) = gt_view(&\(h), \(leaf(i.operands[0])), \(off), \(cnt), \(rd.count), (int64_t[]){\(rd.isEmpty ? "0" : rd.joined(separator: ", "))});\n"
            c += indent + "}\n"
            out += c
            return true
        }
        if let m = i.operands.first(where: { fu.absorbed[$0] != nil }), let mm = fu.defs[m] {
            let acc = i.operands[0] == m ? i.operands[1] : i.operands[0]
            out += indent + "\(name(i.result)[0]) = gt_matmul_acc(\(leaf(acc)), \(mayUpdate(acc) ? 1 : 0), \(gemmOperand(mm.operands[0])), \(gemmOperand(mm.operands[1])));\n"
            return true
        }
        if let done = accumulate(i, fu, indent: indent) { return done }
        let res = i.result
        let rd = dims(res)!
        let d = dtype(res)!
        let et = FunctionEmitter.cElem(d)
        let kind = reduction(i)
        let iter = kind == nil ? rd : dims(i.operands[0])!
        var b = LoopBuilder(dims: iter)
        switch kind {
        case .inner(let s)?, .outer(let s)?: b.split = s
        default: break
        }
        let value: String
        if kind != nil {
            value = eval(i.operands[0], "i", top: true, fu, &b)
        } else {
            var fr = fu
            fr.inlined.insert(res)
            value = eval(res, "i", top: true, fr, &b)
        }
        if b.failed { return false }
        // Sizes the loop reads must be bound.
        var used: [String] = []
        for dm in iter + rd { for s in dm.symbols where !used.contains(s) { used.append(s) } }
        var c = ""
        func line(_ s: String) { c += indent + s + "\n" }
        line("{ /* fused: \(fusedNames(i, fu).joined(separator: ", ")) */")
        let ind = "  "
        for s in used { line(ind + "if (\(sizeRef(s)) < 0) gt_fail(\"size '\(s)' is used before any value gives it\");") }
        for p in b.pre { line(ind + p) }
        let name0 = name(res)[0]
        let outer: String, inner: String
        if let s = b.split { outer = countC(Array(iter[..<s])); inner = countC(Array(iter[s...])) } else { outer = "1"; inner = countC(iter) }
        let acc = "double"   // accumulators, as the runtime's reductions
        func loops(_ pragma: String?, _ stmt: [String], perOuterStart: [String] = [], perOuterEnd: [String] = []) {
            if b.split != nil {
                line(ind + "for (int64_t o = 0; o < \(outer); o++) {")
                for s in perOuterStart { line(ind + "  " + s) }
                if let pragma { line(ind + "  " + pragma) }
                line(ind + "  for (int64_t j = 0; j < \(inner); j++) {")
                line(ind + "    const int64_t i = o * \(inner) + j;")
                for s in b.body + stmt { line(ind + "    " + s) }
                line(ind + "  }")
                for s in perOuterEnd { line(ind + "  " + s) }
                line(ind + "}")
            } else {
                if let pragma { line(ind + pragma) }
                line(ind + "for (int64_t i = 0; i < \(inner); i++) {")
                for s in b.body + stmt { line(ind + "  " + s) }
                line(ind + "}")
            }
        }
        let shape = "(int64_t[]){\(rd.isEmpty ? "0" : dimsC(rd).joined(separator: ", "))}"
        let zeroed: Bool
        if case .outer? = kind, d == .f64 { zeroed = true } else { zeroed = false }
        line(ind + "T *r = gt_new\(zeroed ? "" : "_raw")(\(dtName(d)), \(rd.count), \(shape));")
        line(ind + "\(et) *restrict z = (\(et) *)r->p;")
        switch kind {
        case nil:
            loops(nil, ["z[i] = \(value);"])
        case .all?:
            let k: ReduceKind
            if case .reduce(let rk, _, _) = i.op { k = rk } else { k = .sum }
            switch k {
            case .max, .min:
                line(ind + "if (\(countC(iter)) == 0) gt_fail(\"max or min of an empty tensor\");")
                line(ind + "\(acc) acc = \(k == .max ? "-INFINITY" : "INFINITY");")
                loops(nil, ["{ const \(acc) v = \(value); if (v \(k == .max ? ">" : "<") acc || v != v) acc = v; }"])
                line(ind + "z[0] = (\(et))acc;")
            default:
                line(ind + "\(acc) acc = 0;")
                loops(b.split == nil ? "GT_SIMD_SUM" : nil, ["acc += \(value);"])
                line(ind + "z[0] = (\(et))(acc\(k == .mean ? " / (double)\(countC(iter))" : ""));")
            }
        case .inner?:
            let k: ReduceKind
            if case .reduce(let rk, _, _) = i.op { k = rk } else { k = .sum }
            switch k {
            case .max, .min:
                line(ind + "if (\(countC(iter)) != 0 && \(inner) == 0) gt_fail(\"max or min of an empty tensor\");")
                loops(nil, ["{ const \(acc) v = \(value); if (v \(k == .max ? ">" : "<") acc || v != v) acc = v; }"],
                      perOuterStart: ["\(acc) acc = \(k == .max ? "-INFINITY" : "INFINITY");"], perOuterEnd: ["z[o] = (\(et))acc;"])
            default:
                loops("GT_SIMD_SUM", ["acc += \(value);"], perOuterStart: ["\(acc) acc = 0;"],
                      perOuterEnd: ["z[o] = (\(et))(acc\(k == .mean ? " / (double)\(inner)" : ""));"])
            }
        case .outer?:
            if d == .f64 {
                loops(nil, ["z[j] += \(value);"])
            } else {
                line(ind + "T *sums = gt_new(F64, 1, (int64_t[]){\(inner)});")
                line(ind + "double *restrict acc = (double *)sums->p;")
                loops(nil, ["acc[j] += \(value);"])
                line(ind + "for (int64_t j = 0; j < \(inner); j++) z[j] = (float)acc[j];")
                line(ind + "gt_release(sums);")
            }
        }
        line(ind + "\(name0) = r;")
        line("}")
        out += c
        return true
    }

    /// Whether `v`'s buffer may be written here: not a parameter (the caller's), read no later.
    func mayUpdate(_ v: ValueID) -> Bool { !paramLeaves.contains(leaf(v)) && live.dead(v) }

    /// `v` taken for writing: itself when this is its last reference and nobody else holds it
    /// (checked at run time), else a copy.
    func forWriting(_ v: ValueID) -> String {
        let x = leaf(v)
        return mayUpdate(v) ? "\(x)->rc == 1 ? gt_retain(\(x)) : gt_copy(\(x))" : "gt_copy(\(x))"
    }

    /// A GEMM operand as the runtime takes it: the tensor, and 1 when it is read transposed.
    func gemmOperand(_ v: ValueID) -> String { transposed[v].map { "\(leaf($0)), 1" } ?? "\(leaf(v)), 0" }

    /// `acc + scatter_add(v, like, view)`: only the view's elements change, so the loop runs
    /// over the view and adds into `acc`'s buffer, in place when this is its last reference
    /// (a gradient accumulated across a loop's iterations), into a copy otherwise.
    mutating func accumulate(_ i: Inst, _ fu: Fusion, indent: String) -> Bool? {
        guard case .binary(.add) = i.op, let rd = dims(i.result), let d = dtype(i.result) else { return nil }
        let pair = [(i.operands[0], i.operands[1]), (i.operands[1], i.operands[0])].first { a, s in
            guard !fu.inlined.contains(a), fu.inlined.contains(s), dims(a) == rd, dtype(a) == d,
                  let sd = fu.defs[s], case .scatterAdd = sd.op else { return false }
            return true
        }
        guard let (a, s) = pair, let si = fu.defs[s], case .scatterAdd(let axes) = si.op else { return nil }
        // The update must not read the accumulator (it is written as the loop goes).
        var reads = false
        func visit(_ v: ValueID) {
            if v == a { reads = true }
            if fu.inlined.contains(v), let j = fu.defs[v] { j.operands.forEach(visit) }
        }
        visit(si.operands[0])
        if reads { return nil }
        var b = LoopBuilder(dims: dims(si.operands[0])!)
        let (off, cnt) = view(si, axes, source: si.operands[1], bounds: Array(si.operands.dropFirst(2)), &b)
        if fu.absorbed[si.operands[0]] != nil, let mm = fu.defs[si.operands[0]] {
            let md = dimsC(dims(si.operands[0])!)
            var c = indent + "{ /* fused: matmul, scatter_add, add: the product added into the slice */\n"
            for p in b.pre { c += indent + "  " + p + "\n" }
            c += indent + "  T *r = \(forWriting(a));\n"
            c += indent + "  gt_matmul_acc_at(r, \(off), \(cnt), \(md.count), (int64_t[]){\(md.isEmpty ? "0" : md.joined(separator: ", "))}, \(gemmOperand(mm.operands[0])), \(gemmOperand(mm.operands[1])));\n"
            c += indent + "  \(name(i.result)[0]) = r;\n" + indent + "}\n"
            out += c
            return true
        }
        let value = eval(si.operands[0], "q", top: false, fu, &b)
        if b.failed { return false }
        let et = FunctionEmitter.cElem(d)
        var c = indent + "{ /* fused: \(fusedNames(i, fu).joined(separator: ", ")), into \(mayUpdate(a) ? "the accumulator's buffer when it holds the last reference" : "a copy of the accumulator") */\n"
        let ind = indent + "  "
        for p in b.pre { c += ind + p + "\n" }
        c += ind + "T *r = \(forWriting(a));\n"
        c += ind + "\(et) *restrict z = (\(et) *)r->p;\n"
        c += ind + "for (int64_t q = 0; q < \(cnt); q++) {\n"
        for l in b.body { c += ind + "  " + l + "\n" }
        c += ind + "  z[\(off) + q] += \(value);\n"
        c += ind + "}\n"
        c += ind + "\(name(i.result)[0]) = r;\n"
        c += indent + "}\n"
        out += c
        return true
    }

    /// The operations a fused loop computes, for its comment.
    func fusedNames(_ i: Inst, _ fu: Fusion) -> [String] {
        var names: [String] = []
        var seen = Set<ValueID>()
        func visit(_ j: Inst) {
            let read: [ValueID]
            switch j.op {
            case .broadcastLike, .reshapeLike, .sumTo, .scatterAdd, .index: read = [j.operands[0]]
            case .zerosLike: read = []
            default: read = j.operands
            }
            for o in read where fu.inlined.contains(o) && seen.insert(o).inserted { if let d = fu.defs[o] { visit(d) } }
            if case .constant = j.op { return }
            names.append(j.op.name)
        }
        visit(i)
        return names
    }
}
