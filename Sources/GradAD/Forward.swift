// Forward mode (JVP) as an IR transformation: each varied value gets a tangent computed next
// to it by the op's tangent rule (Rules.swift). Loops carry the tangents of their varied
// carried values as extra carried values; an if yields tangents with its results; calls that
// were not inlined call the callee's own JVP function. Absent tangents are zeros.

import GradIR
import GradTensor

final class ForwardAD {
    let ctx: ADContext
    let src: Function
    let e: Emitter
    let activity: Activity

    init(ctx: ADContext, src: Function, dst: Function, wrt: [Int]) throws {
        self.ctx = ctx
        self.src = src
        self.e = Emitter(b: IRBuilder(dst))
        self.activity = try Activity(src, wrt: wrt)
    }

    var b: IRBuilder { e.b }
    func varied(_ v: ValueID) -> Bool { activity.varied.contains(v) }

    func tangentOrZero(_ v: ValueID, _ cl: Cloner, _ tan: [ValueID: ValueID]) throws -> ValueID {
        if let t = tan[v] { return t }
        return try zeros(src.type(v), like: cl.get(v))
    }

    func zeros(_ t: IRType, like v: ValueID) throws -> ValueID {
        if t.isTensor { return try e.zerosLike(v) }
        let parts = try ctx.module.componentTypes(t).enumerated().map { k, ct in
            try zeros(ct, like: e.op(ctx.module.componentOp(t, k), [v], type: ct))
        }
        return b.emitMulti(ctx.module.aggregateOp(t), parts, types: [t])[0]
    }

    /// Emits primal and tangent code for `insts` (terminators excluded).
    func run(_ insts: [Inst], _ cl: inout Cloner, _ tan: inout [ValueID: ValueID]) throws {
        for i in insts where !i.op.isTerminator {
            b.loc = i.loc
            let active = i.results.contains(where: varied)
            switch i.op {
            case .forLoop where active: try forLoop(i, &cl, &tan)
            case .whileLoop where active: try whileLoop(i, &cl, &tan)
            case .ifElse where active: try ifElse(i, &cl, &tan)
            case .call(let name) where active:
                guard let callee = ctx.module.function(name) else { throw ADError("internal: no function @\(name)", at: i.loc) }
                let (jvp, wrt) = try ctx.calleeJVP(callee)
                let ts = try wrt.map { try tangentOrZero(i.operands[$0], cl, tan) }
                // The JVP is typed in the callee's size names; at the call they are the caller's dims.
                let bind = IRType.sizeBinding(params: callee.params.map(callee.type), args: i.operands.map(src.type))
                let r = b.emitMulti(.call(jvp.name), i.operands.map { cl.get($0) } + ts, types: [jvp.resultType!.substitute(bind)])[0]
                let y = try e.op(.extract(0), [r], type: src.type(i.result))
                cl.map[i.result] = y
                tan[i.result] = try e.op(.extract(1), [r], type: src.type(i.result))
            case .tuple, .record:
                let c = cl.clone(i)
                b.append(c)
                if active && i.operands.contains(where: { tan[$0] != nil }) {
                    var t = c
                    t.operands = try i.operands.map { try tangentOrZero($0, cl, tan) }
                    t.results = [b.function.newValue(src.type(i.result))]
                    b.append(t)
                    tan[i.result] = t.results[0]
                }
            case .extract, .field:
                let c = cl.clone(i)
                b.append(c)
                if active, let t = tan[i.operands[0]] {
                    tan[i.result] = try e.op(i.op, [t], type: src.type(i.result))
                }
            default:
                let c = cl.clone(i)
                b.append(c)
                if active, i.results.count == 1 {
                    let dx = i.operands.map { tan[$0] }
                    if dx.contains(where: { $0 != nil }),
                       let t = try Rules.tangent(i, c.operands, c.results[0], dx, e) {
                        tan[i.result] = t
                    }
                }
            }
        }
    }


    func forLoop(_ i: Inst, _ cl: inout Cloner, _ tan: inout [ValueID: ValueID]) throws {
        let body = i.regions[0]
        let idx = i.results.indices.filter { varied(i.results[$0]) }
        let inits = i.operands.dropFirst(2).map { cl.get($0) }
        let tinits = try idx.map { try tangentOrZero(i.operands[2 + $0], cl, tan) }
        let args = b.beginRegion([.scalar(.i32)] + inits.map(e.type) + tinits.map(e.type))
        cl.map[body.args[0]] = args[0]
        for (a, n) in zip(body.args.dropFirst(), args.dropFirst()) { cl.map[a] = n }
        var inner = tan
        for (k, j) in idx.enumerated() { inner[body.args[1 + j]] = args[1 + inits.count + k] }
        try run(body.insts, &cl, &inner)
        let ys = body.terminator!.operands
        b.loc = i.loc
        b.emitVoid(.yield, ys.map { cl.get($0) } + (try idx.map { try tangentOrZero(ys[$0], cl, inner) }))
        let region = b.endRegion()
        let rs = b.emitMulti(.forLoop, [cl.get(i.operands[0]), cl.get(i.operands[1])] + inits + tinits,
                             types: inits.map(e.type) + tinits.map(e.type), regions: [region])
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        for (k, j) in idx.enumerated() { tan[i.results[j]] = rs[inits.count + k] }
    }

    func whileLoop(_ i: Inst, _ cl: inout Cloner, _ tan: inout [ValueID: ValueID]) throws {
        let (cond, body) = (i.regions[0], i.regions[1])
        let idx = i.results.indices.filter { varied(i.results[$0]) }
        let inits = i.operands.map { cl.get($0) }
        let tinits = try idx.map { try tangentOrZero(i.operands[$0], cl, tan) }
        let types = inits.map(e.type) + tinits.map(e.type)
        var regions: [Region] = []
        let cargs = b.beginRegion(types)
        for (a, n) in zip(cond.args, cargs) { cl.map[a] = n }
        var ct = tan
        try run(cond.insts, &cl, &ct)
        b.emitVoid(.yield, [cl.get(cond.terminator!.operands[0])])
        regions.append(b.endRegion())
        let bargs = b.beginRegion(types)
        for (a, n) in zip(body.args, bargs) { cl.map[a] = n }
        var inner = tan
        for (k, j) in idx.enumerated() { inner[body.args[j]] = bargs[inits.count + k] }
        try run(body.insts, &cl, &inner)
        let ys = body.terminator!.operands
        b.loc = i.loc
        b.emitVoid(.yield, ys.map { cl.get($0) } + (try idx.map { try tangentOrZero(ys[$0], cl, inner) }))
        regions.append(b.endRegion())
        let rs = b.emitMulti(.whileLoop, inits + tinits, types: types, regions: regions)
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        for (k, j) in idx.enumerated() { tan[i.results[j]] = rs[inits.count + k] }
    }

    func ifElse(_ i: Inst, _ cl: inout Cloner, _ tan: inout [ValueID: ValueID]) throws {
        let idx = i.results.indices.filter { varied(i.results[$0]) }
        var regions: [Region] = []
        for reg in i.regions {
            _ = b.beginRegion([])
            var inner = tan
            try run(reg.insts, &cl, &inner)
            let ys = reg.terminator!.operands
            b.emitVoid(.yield, ys.map { cl.get($0) } + (try idx.map { try tangentOrZero(ys[$0], cl, inner) }))
            regions.append(b.endRegion())
        }
        let types = i.results.map(src.type) + idx.map { src.type(i.results[$0]) }
        let rs = b.emitMulti(.ifElse, [cl.get(i.operands[0])], types: types, regions: regions)
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        for (k, j) in idx.enumerated() { tan[i.results[j]] = rs[i.results.count + k] }
    }
}
