// Loops that carry records or tuples, rewritten to carry their tensor leaves, before either
// mode differentiates a function (scalar replacement of aggregates, for loop-carried values).
//
// Both passes keep loop state as tensors: reverse mode tapes each carried value per trip and
// forward mode carries one tangent per carried value. A loop carrying `P { w, v }` becomes a
// loop carrying `w` and `v`; inside, the body sees the record rebuilt from its leaves, and a
// field read of a record whose leaves are known is the leaf itself, so no record is built
// where none is needed. The copy is what gets differentiated; the program keeps its own.

import GradIR

struct CarrySplitter {
    let module: Module
    let src: Function
    let b: IRBuilder
    var cl: Cloner
    /// The components of aggregates this pass built, by their value in the copy.
    var parts: [ValueID: [ValueID]] = [:]

    /// `f` itself when none of its loops carries a record or tuple, else the rewritten copy.
    static func split(_ f: Function, _ module: Module) -> Function {
        var any = false
        walk(f.body) { i in
            if i.op == .forLoop || i.op == .whileLoop, i.results.contains(where: { !f.type($0).isTensor }) { any = true }
        }
        guard any else { return f }
        let dst = Function(name: f.name, loc: f.loc)
        var s = CarrySplitter(module: module, src: f, b: IRBuilder(dst), cl: Cloner(src: f, dst: dst))
        for (p, n) in zip(f.params, f.paramNames) { s.cl.map[p] = s.b.param(n, f.type(p)) }
        dst.resultType = f.resultType
        s.run(f.body.insts)
        s.b.finish()
        return dst
    }

    mutating func run(_ insts: [Inst]) {
        for i in insts {
            b.loc = i.loc
            switch i.op {
            case .forLoop where carriesAggregate(i), .whileLoop where carriesAggregate(i):
                loop(i)
            case .field(let k), .extract(let k):
                if let ps = parts[cl.get(i.operands[0])] {
                    cl.map[i.result] = ps[k]
                } else {
                    b.append(cl.clone(i))
                }
            default:
                if i.regions.isEmpty {
                    b.append(cl.clone(i))
                } else {
                    var c = i
                    c.operands = i.operands.map { cl.get($0) }
                    c.regions = i.regions.map { r in
                        let args = b.beginRegion(r.args.map(src.type))
                        for (a, n) in zip(r.args, args) { cl.map[a] = n }
                        run(r.insts)
                        return b.endRegion()
                    }
                    c.results = i.results.map { cl.fresh($0) }
                    b.append(c)
                }
            }
        }
    }

    func carriesAggregate(_ i: Inst) -> Bool { i.results.contains { !src.type($0).isTensor } }

    /// The loop with every carried value replaced by its leaves.
    mutating func loop(_ i: Inst) {
        let isFor = i.op == .forLoop
        let types = i.results.map(src.type)
        let flat = types.flatMap(leafTypes)
        var operands = isFor ? [cl.get(i.operands[0]), cl.get(i.operands[1])] : []
        for (v, t) in zip(isFor ? Array(i.operands.dropFirst(2)) : i.operands, types) {
            operands += leaves(cl.get(v), t)
        }
        var regions: [Region] = []
        for (k, r) in i.regions.enumerated() {
            let args = b.beginRegion((isFor ? [.scalar(.i32)] : []) + flat)
            if isFor { cl.map[r.args[0]] = args[0] }
            let carried = isFor ? Array(r.args.dropFirst()) : r.args
            var rest = ArraySlice(isFor ? Array(args.dropFirst()) : args)
            for (a, t) in zip(carried, types) {
                let n = leafTypes(t).count
                nameLeaves(Array(rest.prefix(n)), src.names[a], t)
                cl.map[a] = assemble(t, Array(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            run(r.insts.dropLast())
            let term = r.terminator!
            b.loc = term.loc
            let isBody = isFor || k == 1
            b.emitVoid(.yield, isBody ? zip(term.operands, types).flatMap { leaves(cl.get($0), $1) } : term.operands.map { cl.get($0) })
            regions.append(b.endRegion())
        }
        b.loc = i.loc
        let rs = b.emitMulti(i.op, operands, types: flat, regions: regions)
        b.setCheckpoint(i.checkpoint)
        var rest = ArraySlice(rs)
        for (r, t) in zip(i.results, types) {
            let n = leafTypes(t).count
            nameLeaves(Array(rest.prefix(n)), src.names[r], t)
            cl.map[r] = assemble(t, Array(rest.prefix(n)))
            rest = rest.dropFirst(n)
        }
    }

    func leafTypes(_ t: IRType) -> [IRType] { module.leaves(t).map(\.type) }

    /// Each component's name, from the aggregate's: `p` gives `p_w`, `p_v`; a tuple `s`, `s_0`.
    func leafNames(_ base: String, _ t: IRType) -> [String] {
        switch t {
        case .tensor: return [base]
        case .tuple(let ts): return ts.enumerated().flatMap { k, et in leafNames("\(base)_\(k)", et) }
        case .record(let n): return module.structDef(n)!.fields.flatMap { leafNames("\(base)_\($0.name)", $0.type) }
        }
    }

    func nameLeaves(_ vs: [ValueID], _ base: String?, _ t: IRType) {
        guard let base else { return }
        for (v, n) in zip(vs, leafNames(base, t)) { b.function.names[v] = n }
    }

    /// The tensor leaves of `v`, read by field and element reads unless this pass built `v`.
    func leaves(_ v: ValueID, _ t: IRType) -> [ValueID] {
        module.componentTypes(t).enumerated().reduce(into: t.isTensor ? [v] : []) { out, c in
            let part = parts[v]?[c.offset] ?? b.emitMulti(module.componentOp(t, c.offset), [v], types: [c.element])[0]
            out += leaves(part, c.element)
        }
    }

    /// The aggregate of type `t` built from its leaves, in order.
    mutating func assemble(_ t: IRType, _ ls: [ValueID]) -> ValueID {
        var rest = ArraySlice(ls)
        return assemble(t, &rest)
    }

    mutating func assemble(_ t: IRType, _ rest: inout ArraySlice<ValueID>) -> ValueID {
        if t.isTensor {
            defer { rest = rest.dropFirst() }
            return rest.first!
        }
        let vs = module.componentTypes(t).map { assemble($0, &rest) }
        let v = b.emitMulti(module.aggregateOp(t), vs, types: [t])[0]
        parts[v] = vs
        return v
    }
}
