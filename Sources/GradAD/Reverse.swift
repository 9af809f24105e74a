// Reverse mode (VJP) as an IR transformation.
//
// For f(params) -> y and chosen inputs, it builds one function that runs
//   1. the primal sweep: f's instructions, cloned; every loop whose carried state is varied
//      also writes the state at the start of each iteration to a tape (a stacked tensor);
//      a `while` first counts its trips, then a second pass over the counted trips fills the
//      tape;
//   2. the adjoint sweep: f's instructions in reverse order, each applying its adjoint rule
//      (Rules.swift) to accumulate adjoints of its operands. An `if` re-runs the primal of its
//      taken branch and then its adjoint; a loop runs backward over its trips, each time
//      reading its state from the tape, recomputing the body from it and applying the body's
//      adjoint. Values inside regions never escape them, so the result is again structured IR.
// Calls that were not inlined use the callee's own VJP function (recomputing the callee).
// The adjoint of a tuple or record is kept per component.

import GradIR
import GradTensor

indirect enum Adj {
    case t(ValueID)
    case parts([Adj?])
}

struct LoopTape {
    var count: ValueID          // trips, i32
    var lower: ValueID?         // the for loop's lower bound (nil for while)
    var buffers: [ValueID]      // one per carried value: [count] + its shape
}

final class ReverseAD {
    let ctx: ADContext
    let src: Function
    let e: Emitter
    let activity: Activity
    var tapes: [ValueID: LoopTape] = [:]

    init(ctx: ADContext, src: Function, dst: Function, wrt: [Int]) throws {
        self.ctx = ctx
        self.src = src
        self.e = Emitter(b: IRBuilder(dst))
        self.activity = try Activity(src, wrt: wrt)
    }

    var b: IRBuilder { e.b }
    func varied(_ v: ValueID) -> Bool { activity.varied.contains(v) }

    // MARK: - Primal sweep

    /// Emits the primal of `insts` into the current region, recording loop tapes.
    func primal(_ insts: [Inst], _ cl: inout Cloner) throws {
        for i in insts where !i.op.isTerminator {
            b.loc = i.loc
            switch i.op {
            case .forLoop where i.results.contains(where: varied):
                try primalFor(i, &cl)
            case .whileLoop where i.results.contains(where: varied):
                try primalWhile(i, &cl)
            default:
                b.append(cl.clone(i))
            }
        }
    }

    func checkCarried(_ i: Inst) throws {
        for v in i.results where !src.type(v).isTensor {
            throw ADError("reverse mode through a loop that carries \(src.type(v)) is not supported yet; carry its fields as separate variables", at: i.loc)
        }
    }

    /// for with a tape: the carried state at the start of each trip is stored at index i - lo.
    func primalFor(_ i: Inst, _ cl: inout Cloner) throws {
        try checkCarried(i)
        let lo = cl.get(i.operands[0]), hi = cl.get(i.operands[1])
        let inits = i.operands.dropFirst(2).map { cl.get($0) }
        let zero = b.constant(Tensor.scalar(0, .i32))
        let count = try e.bin(.maximum, e.sub(hi, lo), zero)
        let bufs = try inits.map { try e.op(.stackAlloc, [count, $0], type: stackType(e.type($0))) }
        let body = i.regions[0]
        nameTapes(bufs, i.results)
        let args = b.beginRegion([.scalar(.i32)] + inits.map(e.type) + bufs.map(e.type))
        nameLike(args, [body.args[0]] + Array(body.args.dropFirst()))
        nameTapes(Array(args.suffix(bufs.count)), i.results)
        cl.map[body.args[0]] = args[0]
        for (a, n) in zip(body.args.dropFirst(), args.dropFirst()) { cl.map[a] = n }
        let k = try e.sub(args[0], lo)
        var newBufs: [ValueID] = []
        for (j, buf) in args.suffix(bufs.count).enumerated() {
            newBufs.append(try e.op(.setIndex, [buf, k, args[1 + j]]))
        }
        try primal(body.insts, &cl)
        b.loc = i.loc
        b.emitVoid(.yield, body.terminator!.operands.map { cl.get($0) } + newBufs)
        let region = b.endRegion()
        let rs = b.emitMulti(.forLoop, [lo, hi] + inits + bufs, types: i.results.map(src.type) + bufs.map(e.type), regions: [region])
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        nameLike(rs, i.results)
        nameTapes(Array(rs.suffix(bufs.count)), i.results)
        tapes[i.results[0]] = LoopTape(count: count, lower: lo, buffers: Array(rs.suffix(bufs.count)))
    }

    /// while: run it counting trips, then fill the tape in a second pass over that many trips.
    func primalWhile(_ i: Inst, _ cl: inout Cloner) throws {
        try checkCarried(i)
        let inits = i.operands.map { cl.get($0) }
        let (cond, body) = (i.regions[0], i.regions[1])
        let zero = b.constant(Tensor.scalar(0, .i32)), one = b.constant(Tensor.scalar(1, .i32))
        let types = inits.map(e.type) + [.scalar(.i32)]
        var regions: [Region] = []
        let cargs = b.beginRegion(types)
        for (a, n) in zip(cond.args, cargs) { cl.map[a] = n }
        try primal(cond.insts, &cl)
        b.emitVoid(.yield, [cl.get(cond.terminator!.operands[0])])
        regions.append(b.endRegion())
        let bargs = b.beginRegion(types)
        for (a, n) in zip(body.args, bargs) { cl.map[a] = n }
        try primal(body.insts, &cl)
        b.emitVoid(.yield, body.terminator!.operands.map { cl.get($0) } + [try e.add(bargs.last!, one)])
        regions.append(b.endRegion())
        let rs = b.emitMulti(.whileLoop, inits + [zero], types: types, regions: regions)
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        let count = rs.last!
        // Second pass: the same trips as a for loop, storing each trip's state.
        let bufs = try inits.map { try e.op(.stackAlloc, [count, $0], type: stackType(e.type($0))) }
        let args = b.beginRegion([.scalar(.i32)] + inits.map(e.type) + bufs.map(e.type))
        var inner = cl
        for (a, n) in zip(body.args, args.dropFirst()) { inner.map[a] = n }
        var newBufs: [ValueID] = []
        for (j, buf) in args.suffix(bufs.count).enumerated() {
            newBufs.append(try e.op(.setIndex, [buf, args[0], args[1 + j]]))
        }
        try primal(body.insts, &inner)
        b.emitVoid(.yield, body.terminator!.operands.map { inner.get($0) } + newBufs)
        let region = b.endRegion()
        let trs = b.emitMulti(.forLoop, [zero, count] + inits + bufs, types: inits.map(e.type) + bufs.map(e.type), regions: [region])
        tapes[i.results[0]] = LoopTape(count: count, lower: nil, buffers: Array(trs.suffix(bufs.count)))
    }

    /// Gives new values the names of the source values they stand for.
    func nameLike(_ vs: [ValueID], _ like: [ValueID]) {
        for (v, s) in zip(vs, like) { if let n = src.names[s], b.function.names[v] == nil { b.function.names[v] = n } }
    }

    func nameTapes(_ vs: [ValueID], _ like: [ValueID]) {
        for (v, s) in zip(vs, like) { if let n = src.names[s] { b.function.names[v] = "tape_" + n } }
    }

    func stackType(_ t: IRType) -> IRType {
        guard case .tensor(let d, let s) = t else { return t }
        return .tensor(d, [.dynamic] + s)
    }

    // MARK: - Adjoints

    func accumulate(_ adj: inout [ValueID: Adj], _ v: ValueID, _ c: Adj?) throws {
        guard let c, varied(v) else { return }
        let sum = try add(adj[v], c)
        // Adjoints are named after their primal values: d_h is the adjoint of h.
        if case .t(let x) = sum, let n = src.names[v], b.function.names[x] == nil { b.function.names[x] = "d_" + n }
        adj[v] = sum
    }

    func add(_ a: Adj?, _ c: Adj) throws -> Adj {
        guard let a else { return c }
        switch (a, c) {
        case (.t(let x), .t(let y)): return .t(try e.add(x, y))
        case (.parts(let xs), .parts(let ys)):
            return .parts(try zip(xs, ys).map { x, y in try y.map { try add(x, $0) } ?? x })
        default: throw ADError("internal: adjoints of different shapes", at: b.loc)
        }
    }

    /// A value of `t` for the adjoint `a` (zeros where it is missing); `primal` is a value of
    /// type `t` to take shapes from.
    func materialize(_ a: Adj?, _ t: IRType, primal: ValueID) throws -> ValueID {
        switch (a, t) {
        case (.t(let v)?, _): return v
        case (_, .tensor): return try e.zerosLike(primal)
        case (_, .tuple(let ts)):
            var parts: [ValueID] = []
            for (k, et) in ts.enumerated() {
                let p = try e.op(.extract(k), [primal], type: et)
                parts.append(try materialize(component(a, k), et, primal: p))
            }
            return b.emitMulti(.tuple, parts, types: [t])[0]
        case (_, .record(let n)):
            let sd = ctx.module.structDef(n)!
            var parts: [ValueID] = []
            for (k, fd) in sd.fields.enumerated() {
                let p = try e.op(.field(k), [primal], type: fd.type)
                parts.append(try materialize(component(a, k), fd.type, primal: p))
            }
            return b.emitMulti(.record(n), parts, types: [t])[0]
        }
    }

    func component(_ a: Adj?, _ k: Int) -> Adj? {
        if case .parts(let ps)? = a, k < ps.count { return ps[k] }
        return nil
    }

    func componentCount(_ t: IRType) -> Int {
        switch t {
        case .tuple(let ts): return ts.count
        case .record(let n): return ctx.module.structDef(n)?.fields.count ?? 0
        case .tensor: return 0
        }
    }

    /// Emits the adjoint of `insts`, whose primal values `cl` maps, into `adj`.
    func reverse(_ insts: [Inst], _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        for i in insts.reversed() where !i.op.isTerminator {
            guard i.results.contains(where: { adj[$0] != nil }) else { continue }
            b.loc = i.loc.asAdjoint
            switch i.op {
            case .forLoop, .whileLoop: try reverseLoop(i, cl, &adj)
            case .ifElse: try reverseIf(i, cl, &adj)
            case .call(let name): try reverseCall(i, name, cl, &adj)
            case .tuple, .record:
                for (k, o) in i.operands.enumerated() { try accumulate(&adj, o, component(adj[i.result], k)) }
            case .extract(let k), .field(let k):
                var parts = [Adj?](repeating: nil, count: componentCount(src.type(i.operands[0])))
                parts[k] = adj[i.result]
                try accumulate(&adj, i.operands[0], .parts(parts))
            default:
                guard case .t(let ct)? = adj[i.result] else { continue }
                let xs = i.operands.map { cl.get($0) }
                let contributions = try Rules.adjoint(i, xs, cl.get(i.result), ct, e)
                for (o, c) in zip(i.operands, contributions) where src.type(o).isFloatTensor {
                    try accumulate(&adj, o, c.map { .t($0) })
                }
            }
        }
    }

    func reverseCall(_ i: Inst, _ name: String, _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        guard let callee = ctx.module.function(name), i.results.count == 1 else { return }
        let ct = try materialize(adj[i.result], src.type(i.result), primal: cl.get(i.result))
        let (vjp, wrt) = try ctx.calleeVJP(callee)
        let r = b.emitMulti(.call(vjp.name), i.operands.map { cl.get($0) } + [ct], types: [vjp.resultType!])[0]
        for (k, p) in wrt.enumerated() {
            let g = try e.op(.extract(k), [r], type: callee.type(callee.params[p]))
            try accumulate(&adj, i.operands[p], adjOf(g, callee.type(callee.params[p])))
        }
    }

    /// An adjoint held in one value, split into components for aggregates.
    func adjOf(_ v: ValueID, _ t: IRType) throws -> Adj {
        switch t {
        case .tensor: return .t(v)
        case .tuple(let ts): return .parts(try ts.enumerated().map { k, et in try adjOf(e.op(.extract(k), [v], type: et), et) })
        case .record(let n):
            let sd = ctx.module.structDef(n)!
            return .parts(try sd.fields.enumerated().map { k, fd in try adjOf(e.op(.field(k), [v], type: fd.type), fd.type) })
        }
    }

    func reverseIf(_ i: Inst, _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        let free = (freeValues(i.regions[0]) + freeValues(i.regions[1])).reduce(into: [ValueID]()) { acc, v in
            if varied(v) && src.type(v).isFloatTensor && !acc.contains(v) { acc.append(v) }
        }
        if free.isEmpty { return }
        let seeds = try i.results.map { r -> ValueID? in
            guard let a = adj[r] else { return nil }
            return try materialize(a, src.type(r), primal: cl.get(r))
        }
        var regions: [Region] = []
        for reg in i.regions {
            _ = b.beginRegion([])
            var inner = cl
            try primal(reg.insts, &inner)
            var local: [ValueID: Adj] = [:]
            for (y, s) in zip(reg.terminator!.operands, seeds) { try accumulate(&local, y, s.map { .t($0) }) }
            try reverse(reg.insts, inner, &local)
            b.loc = i.loc
            b.emitVoid(.yield, try free.map { try materialize(local[$0], src.type($0), primal: inner.get($0)) })
            regions.append(b.endRegion())
        }
        let rs = b.emitMulti(.ifElse, [cl.get(i.operands[0])], types: free.map(src.type), regions: regions)
        for (v, r) in zip(free, rs) { try accumulate(&adj, v, .t(r)) }
    }

    func reverseLoop(_ i: Inst, _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        guard let tape = tapes[i.results[0]] else { return }
        let isFor = i.op == .forLoop
        let body = isFor ? i.regions[0] : i.regions[1]
        let carriedArgs = isFor ? Array(body.args.dropFirst()) : body.args
        let inits = isFor ? Array(i.operands.dropFirst(2)) : i.operands
        let ys = body.terminator!.operands
        let diff = i.results.indices.filter { src.type(i.results[$0]).isFloatTensor }
        let free = freeValues(body).filter { varied($0) && src.type($0).isFloatTensor }
        // Initial adjoint state: the results' adjoints; zero accumulators for free values.
        let adjC = try diff.map { try materialize(adj[i.results[$0]], src.type(i.results[$0]), primal: cl.get(i.results[$0])) }
        let accs = try free.map { try e.zerosLike(cl.get($0)) }
        let zero = b.constant(Tensor.scalar(0, .i32)), one = b.constant(Tensor.scalar(1, .i32))
        let args = b.beginRegion([.scalar(.i32)] + adjC.map(e.type) + accs.map(e.type))
        let trip = try e.sub(e.sub(tape.count, one), args[0])       // count - 1 - k
        var inner = cl
        if isFor { inner.map[body.args[0]] = try e.add(tape.lower!, trip) }
        for (a, buf) in zip(carriedArgs, tape.buffers) {
            inner.map[a] = try e.op(.index([.at]), [buf, trip], type: src.type(a))
        }
        try primal(body.insts, &inner)
        var local: [ValueID: Adj] = [:]
        for (k, j) in diff.enumerated() { try accumulate(&local, ys[j], .t(args[1 + k])) }
        try reverse(body.insts, inner, &local)
        b.loc = i.loc
        var next: [ValueID] = []
        for j in diff { next.append(try materialize(local[carriedArgs[j]], src.type(carriedArgs[j]), primal: inner.get(carriedArgs[j]))) }
        for (k, v) in free.enumerated() {
            let acc = args[1 + diff.count + k]
            if case .t(let c)? = local[v] { next.append(try e.add(acc, c)) } else { next.append(acc) }
        }
        b.emitVoid(.yield, next)
        let region = b.endRegion()
        let rs = b.emitMulti(.forLoop, [zero, tape.count] + adjC + accs, types: adjC.map(e.type) + accs.map(e.type), regions: [region])
        for (k, j) in diff.enumerated() { try accumulate(&adj, inits[j], .t(rs[k])) }
        for (k, v) in free.enumerated() { try accumulate(&adj, v, .t(rs[diff.count + k])) }
    }
}
