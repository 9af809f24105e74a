// The C of a fused loop: how Fusion's plan (Fusion.swift) is printed. A root's tree of inlined
// values becomes one expression per element, evaluated at the root's flat index (or through
// its outer × inner split for broadcast rows and columns); reductions accumulate in double.

import GradIR
import GradTensor

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
    /// The root's dims (the iteration space) and the split into outer × inner loops: at an
    /// axis of the root's dims, or (for a row or column read below a reshape of the root) by
    /// the inner loop's element count alone.
    var dims: [Dim]
    var split: Int?
    var splitCount: String?
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
    func dimC(_ d: Dim) -> String { d.expression(sizeRef, exactDivision: CEmitter.exactDivision) }
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
            guard dims(v)!.allSatisfy({ $0.known == 1 }) else { return "\(p)[\(idx)]" }
            // A scalar is read once, before the loop: a read inside a branch of a select would
            // be a conditional load, which keeps the compiler from vectorizing the loop.
            let sv = "\(p)v"
            if !b.pre.contains(where: { $0.hasPrefix("const \(et) \(sv) ") }) { b.pre.append("const \(et) \(sv) = \(p)[0];") }
            return sv
        }
        let nd = dims(v)!
        // An operand read by an elementwise node of dims nd at idx.
        func operand(_ o: ValueID) -> String {
            guard let od = dims(o), let rel = relation(od, nd) else { b.failed = true; return "0" }
            switch rel {
            case .same: return eval(o, idx, top: top, fu, &b)
            case .scalar: return eval(o, "0", top: false, fu, &b)
            case .row(let s), .column(let s):
                // The flat index is the root's (below reshapes too), so any split of it into
                // outer × inner loops with this inner count reads the row at j, the column at o;
                // under another split, the row is read as any other broadcast.
                let want = countC(Array(nd[s...]))
                let have = b.split.map { countC(Array(b.dims[$0...])) } ?? b.splitCount
                guard top, have == nil || have == want else { return spread(o, od) }
                if have == nil { if nd == b.dims { b.split = s } else { b.splitCount = want } }
                if case .row = rel { return eval(o, "j", top: false, fu, &b) }
                return eval(o, "o", top: false, fu, &b)
            case .spread:
                return spread(o, od)
            }
        }
        // A broadcast operand read at its offset from the node's coordinates at the flat index:
        // the coordinate along axis d is (idx / (the count of the axes after d)) % n[d].
        func spread(_ o: ValueID, _ od: [Dim]) -> String {
            guard top else { b.failed = true; return "0" }
            let pad = nd.count - od.count
            var terms: [String] = []
            // Under an outer × inner split at axis s of these very dims (i = o * inner + j,
            // j < inner), a coordinate is o's or j's alone: no division of the flat index, and
            // a broadcast along the inner axes reads contiguously (vectorizes).
            let split = idx == "i" && nd == b.dims ? b.split : nil
            for d in 0..<od.count where od[d].known != 1 {
                let a = d + pad, size = dimC(nd[a]), n = size.contains(" ") ? "(\(size))" : size
                var c: String
                if let s = split, a >= s {
                    let after = countC(Array(nd[(a + 1)...]))
                    c = after == "1" ? "j" : "(j / \(after))"
                    if a > s { c = "(\(c) % \(n))" }
                } else if let s = split {
                    let after = countC(Array(nd[(a + 1)..<s]))
                    c = after == "1" ? "o" : "(o / \(after))"
                    if a > 0 { c = "(\(c) % \(n))" }
                } else {
                    let after = countC(Array(nd[(a + 1)...]))
                    c = after == "1" ? idx : "(\(idx) / \(after))"
                    if a > 0 { c = "(\(c) % \(n))" }
                }
                let stride = countC(Array(od[(d + 1)...]))
                terms.append(stride == "1" ? c : "\(c) * \(stride)")
            }
            let q = b.fresh("q")
            b.emit("const int64_t \(q) = \(terms.isEmpty ? "0" : terms.joined(separator: " + "));")
            return eval(o, q, top: false, fu, &b)
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
            expr = UnaryC.rewrite(op.spec.c, ["a": operand(x[0]), "b": operand(x[1])], f32: f32)
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
            return eval(x[0], idx, top: top, fu, &b)
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
        if let s = b.split { outer = countC(Array(iter[..<s])); inner = countC(Array(iter[s...])) }
        else if let n = b.splitCount { outer = "(\(n) == 0 ? 0 : \(countC(iter)) / \(n))"; inner = n }
        else { outer = "1"; inner = countC(iter) }
        let isSplit = b.split != nil || b.splitCount != nil
        let acc = "double"   // accumulators, as the runtime's reductions
        // Loops whose iterations write their own elements (elementwise, a reduction per row) are
        // split among threads when large (GT_PARALLEL_FOR, runtime/10-tensor.h; not written
        // where the count is known to be below its threshold).
        func loops(_ pragma: String?, _ stmt: [String], perOuterStart: [String] = [], perOuterEnd: [String] = [], parallel: Bool = false) {
            let known = iter.allSatisfy { $0.known != nil } ? iter.reduce(1) { $0 * $1.known! } : nil
            if parallel && (known ?? Int.max) >= 32768 { line(ind + "GT_PARALLEL_FOR(\(countC(iter)))") }
            if isSplit {
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
        if case .outer? = kind, d == .f64, reduceKind(i) == .sum { zeroed = true } else { zeroed = false }
        line(ind + "T *r = gt_new\(zeroed ? "" : "_raw")(\(dtName(d)), \(rd.count), \(shape));")
        line(ind + "\(et) *restrict z = (\(et) *)r->p;")
        switch kind {
        case nil:
            loops(nil, ["z[i] = \(value);"], parallel: true)
        case .all?:
            let k = reduceKind(i)
            switch k {
            case .max, .min:
                if mayBeEmpty(iter) { line(ind + "if (\(countC(iter)) == 0) \(emptyReduction(k, iter))") }
                line(ind + "\(acc) acc = \(k == .max ? "-INFINITY" : "INFINITY");")
                loops(nil, ["{ const \(acc) v = \(value); if (v \(k == .max ? ">" : "<") acc || v != v) acc = v; }"])
                line(ind + "z[0] = (\(et))acc;")
            default:
                line(ind + "\(acc) acc = 0;")
                loops(isSplit ? nil : "GT_SIMD_SUM", ["acc += \(value);"])
                line(ind + "z[0] = (\(et))(acc\(k == .mean ? " / (double)\(countC(iter))" : ""));")
            }
        case .inner?:
            let k = reduceKind(i)
            switch k {
            case .max, .min:
                if mayBeEmpty(Array(iter[(b.split ?? 0)...])) { line(ind + "if (\(inner) == 0) \(emptyReduction(k, iter))") }
                loops(nil, ["{ const \(acc) v = \(value); if (v \(k == .max ? ">" : "<") acc || v != v) acc = v; }"],
                      perOuterStart: ["\(acc) acc = \(k == .max ? "-INFINITY" : "INFINITY");"], perOuterEnd: ["z[o] = (\(et))acc;"], parallel: true)
            default:
                loops("GT_SIMD_SUM", ["acc += \(value);"], perOuterStart: ["\(acc) acc = 0;"],
                      perOuterEnd: ["z[o] = (\(et))(acc\(k == .mean ? " / (double)\(inner)" : ""));"], parallel: true)
            }
        case .outer?:
            let k = reduceKind(i)
            if k == .max || k == .min {
                if mayBeEmpty(Array(iter[..<(b.split ?? 0)])) { line(ind + "if (\(outer) == 0) \(emptyReduction(k, iter))") }
                line(ind + "T *sums = gt_new_raw(F64, 1, (int64_t[]){\(inner)});")
                line(ind + "double *restrict acc = (double *)sums->p;")
                line(ind + "for (int64_t j = 0; j < \(inner); j++) acc[j] = \(k == .max ? "-INFINITY" : "INFINITY");")
                loops(nil, ["{ const \(acc) v = \(value); if (v \(k == .max ? ">" : "<") acc[j] || v != v) acc[j] = v; }"])
                line(ind + "for (int64_t j = 0; j < \(inner); j++) z[j] = (\(et))acc[j];")
                line(ind + "gt_release(sums);")
            } else if d == .f64 && k == .sum {
                loops(nil, ["z[j] += \(value);"])
            } else {
                line(ind + "T *sums = gt_new(F64, 1, (int64_t[]){\(inner)});")
                line(ind + "double *restrict acc = (double *)sums->p;")
                loops(nil, ["acc[j] += \(value);"])
                line(ind + "for (int64_t j = 0; j < \(inner); j++) z[j] = (\(et))\(k == .mean ? "(acc[j] / (double)\(outer))" : "acc[j]");")
                line(ind + "gt_release(sums);")
            }
        }
        line(ind + "\(name0) = r;")
        line("}")
        out += c
        return true
    }

    /// The run-time error of a max or min along an axis of no elements, naming the operand's
    /// shape as the VM does.
    func emptyReduction(_ k: ReduceKind, _ dims: [Dim]) -> String {
        "gt_empty_reduction(\(k == .max ? 1 : 0), \(dims.count), (int64_t[]){\(dims.isEmpty ? "0" : dimsC(dims).joined(separator: ", "))});"
    }

    /// Whether dims may hold no element when the program runs (a size name may be 0).
    func mayBeEmpty(_ dims: [Dim]) -> Bool { !dims.allSatisfy { ($0.known ?? 0) > 0 } }

    /// The kind of a fused reduction: a `reduce`'s, or a sum (`sum_to`).
    func reduceKind(_ i: Inst) -> ReduceKind {
        if case .reduce(let k, _, _) = i.op { return k }
        return .sum
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
