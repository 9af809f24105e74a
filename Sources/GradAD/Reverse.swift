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
// Calls that were not inlined use the callee's own VJP function (recomputing the callee), its
// types written in the callee's size names bound to the call's dims (IRType.sizeBinding).
// The adjoint of a tuple or record is kept per component.

import GradIR
import GradTensor

indirect enum Adj {
    case t(ValueID)
    case parts([Adj?])
}

/// How a loop's primal sweep kept its states: a tape of every trip's state (store-all), or
/// the slots of a checkpoint plan computed at run time.
struct LoopTape {
    var count: ValueID          // trips, i32
    var lower: ValueID?         // the for loop's lower bound (nil for while)
    var buffers: [ValueID]      // store-all: one per carried value, [count] + its shape;
                                // planned: the same with [slots] + its shape
    var plan: ValueID?          // the checkpoint_plan vector, nil for store-all
}

/// What reverse mode planned for one loop, for `gradc emit plan`.
public struct LoopPlanReport: Sendable {
    public var function: String
    public var loc: Loc
    public var kind: String                 // for, while
    public var carried: [(name: String, type: IRType)]
    public var schedule: CheckpointSchedule
    public var fromAttribute: Bool
    public var trips: Int?                  // when known at compile time
    public var tripsText: String            // the trip count as written (a size name, "run time")
    public var stateBytes: Int?             // when every carried shape is known
    public var stateBytesText: String       // e.g. 4·B·H
}

final class ReverseAD {
    let ctx: ADContext
    let src: Function
    let e: Emitter
    let activity: Activity
    var tapes: [ValueID: LoopTape] = [:]
    /// Loops whose `auto` schedule was resolved at compile time (trips and state size known),
    /// by their first result: store-all then needs no run-time plan.
    var resolved: [ValueID: CheckpointSchedule] = [:]

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


    /// The loop's schedule as written (its @checkpoint, else the command line's).
    func givenSchedule(_ i: Inst) -> CheckpointSchedule { i.checkpoint ?? ctx.checkpoint }
    /// The schedule the loop runs: as given, or what `auto` resolved to at compile time.
    func schedule(_ i: Inst) -> CheckpointSchedule { i.results.first.flatMap { resolved[$0] } ?? givenSchedule(i) }

    func primalFor(_ i: Inst, _ cl: inout Cloner) throws {
        let lo = cl.get(i.operands[0]), hi = cl.get(i.operands[1])
        let inits = i.operands.dropFirst(2).map { cl.get($0) }
        let zero = b.constant(Tensor.scalar(0, .i32))
        let count = try e.bin(.maximum, e.sub(hi, lo), zero)
        try report(i)
        let (rs, tape) = try tapedPass(i, i.regions[0], lo: lo, hi: hi, count: count, inits: inits, &cl)
        for (r, n) in zip(i.results, rs) { cl.map[r] = n }
        nameLike(rs, i.results)
        tapes[i.results[0]] = tape
    }

    /// while: run it counting trips, then store states in a second pass over that many trips.
    func primalWhile(_ i: Inst, _ cl: inout Cloner) throws {
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
        b.function.names[count] = "trips"
        try report(i)
        var inner = cl
        let (_, tape) = try tapedPass(i, body, lo: zero, hi: count, count: count, inits: inits, &inner)
        tapes[i.results[0]] = tape
    }

    /// The primal trips of a loop body as a for loop from `lo` to `hi` that also keeps the
    /// states the adjoint sweep needs: all of them (store-all), or those the run-time plan
    /// assigns a slot. Returns the loop's carried results and its tape.
    func tapedPass(_ i: Inst, _ body: Region, lo: ValueID, hi: ValueID, count: ValueID, inits: [ValueID],
                   _ cl: inout Cloner) throws -> ([ValueID], LoopTape) {
        let isFor = i.op == .forLoop
        let carriedArgs = isFor ? Array(body.args.dropFirst()) : body.args
        let sched = schedule(i)
        var plan: ValueID? = nil
        var size = count
        if sched != .storeAll {
            let p = try e.op(.checkpointPlan(sched), [count, stateBytes(inits)])
            b.function.names[p] = "plan"
            plan = p
            size = try planEntry(p, b.constant(Tensor.scalar(0, .i32)))
            b.function.names[size] = "slots"
        }
        let bufs = try inits.map { try e.op(.stackAlloc, [size, $0], type: stackType(e.type($0))) }
        let prefix = plan == nil ? "tape_" : "saved_"
        nameTapes(bufs, i.results, prefix: prefix)
        let args = b.beginRegion([.scalar(.i32)] + inits.map(e.type) + bufs.map(e.type))
        if isFor { nameLike([args[0]], [body.args[0]]) } else { b.function.names[args[0]] = "trip" }
        nameLike(Array(args.dropFirst()), carriedArgs)
        nameTapes(Array(args.suffix(bufs.count)), i.results, prefix: prefix)
        if isFor { cl.map[body.args[0]] = args[0] }
        for (a, n) in zip(carriedArgs, args.dropFirst()) { cl.map[a] = n }
        let k = isFor ? try e.sub(args[0], lo) : args[0]
        let state = Array(args.dropFirst().prefix(inits.count)), held = Array(args.suffix(bufs.count))
        var newBufs: [ValueID] = []
        if let plan {
            // The plan's slot for this trip's state, or -1.
            let slot = try planEntry(plan, e.add(k, b.constant(Tensor.scalar(3, .i32))))
            b.function.names[slot] = "slot"
            let keep = try e.bin(.ge, slot, b.constant(Tensor.scalar(0, .i32)))
            newBufs = try ifElse(keep, types: bufs.map(e.type), then: {
                try zip(held, state).map { try self.e.op(.setIndex, [$0, slot, $1]) }
            }, else: { held })
        } else {
            for (buf, v) in zip(held, state) { newBufs.append(try e.op(.setIndex, [buf, k, v])) }
        }
        try primal(body.insts, &cl)
        b.loc = i.loc
        b.emitVoid(.yield, body.terminator!.operands.map { cl.get($0) } + newBufs)
        let region = b.endRegion()
        let rs = b.emitMulti(.forLoop, [lo, hi] + inits + bufs, types: inits.map(e.type) + bufs.map(e.type), regions: [region])
        let kept = Array(rs.suffix(bufs.count))
        nameTapes(kept, i.results, prefix: prefix)
        return (Array(rs.prefix(inits.count)), LoopTape(count: count, lower: isFor ? lo : nil, buffers: kept, plan: plan))
    }

    /// plan[k] as an i32 scalar.
    func planEntry(_ plan: ValueID, _ k: ValueID) throws -> ValueID {
        try e.op(.index([.at]), [plan, k], type: .scalar(.i32))
    }

    /// An `if` with results, its branches built by closures that return the yielded values.
    func ifElse(_ c: ValueID, types: [IRType], then: () throws -> [ValueID], else other: () throws -> [ValueID]) throws -> [ValueID] {
        _ = b.beginRegion([])
        b.emitVoid(.yield, try then())
        let t = b.endRegion()
        _ = b.beginRegion([])
        b.emitVoid(.yield, try other())
        return b.emitMulti(.ifElse, [c], types: types, regions: [t, b.endRegion()])
    }

    /// The bytes of one loop state, an f64 scalar (a constant when every shape is known).
    func stateBytes(_ vs: [ValueID]) throws -> ValueID {
        var known = 0.0
        var parts: [ValueID] = []
        for v in vs {
            guard case .tensor(let d, let s) = e.type(v) else { continue }
            if s.allSatisfy({ $0.known != nil }) {
                known += Double(s.reduce(d.byteSize) { $0 * $1.known! })
            } else {
                let n = try e.op(.reduce(.prod, axis: nil, keepDims: false), [e.op(.shapeOf, [v])])
                parts.append(try e.scale(e.op(.convert(.f64), [n]), Double(d.byteSize)))
            }
        }
        var total = b.constant(Tensor.scalar(known, .f64))
        for p in parts { total = try e.add(total, p) }
        return total
    }

    func report(_ i: Inst) throws {
        var defs: [ValueID: Inst] = [:]
        walk(src.body) { x in for r in x.results { defs[r] = x } }
        func text(_ v: ValueID) -> (Int?, String) {
            guard let d = defs[v] else { return (nil, src.names[v] ?? "run time") }
            switch d.op {
            case .constant(let t): return (Int(t.scalarValue), "\(Int(t.scalarValue))")
            case .dimSize(let n): return (nil, n)
            default: return (nil, src.names[v] ?? "run time")
            }
        }
        var trips: Int? = nil, tripsText = "L"
        if i.op == .forLoop {
            let (l, lt) = text(i.operands[0]), (h, ht) = text(i.operands[1])
            if let l, let h { trips = max(h - l, 0); tripsText = "\(trips!)" } else { tripsText = l == 0 ? ht : "\(ht) - \(lt)" }
        }
        let body = i.op == .forLoop ? i.regions[0] : i.regions[1]
        let carriedArgs = i.op == .forLoop ? Array(body.args.dropFirst()) : body.args
        var bytes: Int? = 0
        var terms: [String] = []
        for a in carriedArgs {
            guard case .tensor(let d, let s) = src.type(a) else { continue }
            if s.allSatisfy({ $0.known != nil }) {
                let n = s.reduce(d.byteSize) { $0 * $1.known! }
                bytes = bytes.map { $0 + n }
                terms.append("\(n)")
            } else {
                bytes = nil
                let k = s.reduce(d.byteSize) { $0 * ($1.known ?? 1) }
                let syms = s.filter { $0.known == nil }.map { $0.plainSymbol != nil ? $0.description : "(\($0))" }
                terms.append(([String(k)] + syms).joined(separator: "·"))
            }
        }
        let given = givenSchedule(i)
        if given.resolvesBySize, let trips, let bytes {
            let r: CheckpointSchedule
            do { r = try CheckpointPlanner.resolve(given, trips: trips, stateBytes: Int64(bytes)) } catch {
                throw ADError("\(error)", at: i.loc)
            }
            if case .auto = given, let v = i.results.first { resolved[v] = r }
        }
        ctx.report(LoopPlanReport(function: src.name, loc: i.loc, kind: i.op == .forLoop ? "for" : "while",
                                  carried: carriedArgs.map { (src.names[$0] ?? "\($0)", src.type($0)) },
                                  schedule: given, fromAttribute: i.checkpoint != nil, trips: trips, tripsText: tripsText,
                                  stateBytes: bytes, stateBytesText: bytes.map(String.init) ?? terms.joined(separator: " + ")))
    }

    /// Gives new values the names of the source values they stand for.
    func nameLike(_ vs: [ValueID], _ like: [ValueID]) {
        for (v, s) in zip(vs, like) { if let n = src.names[s], b.function.names[v] == nil { b.function.names[v] = n } }
    }

    func nameTapes(_ vs: [ValueID], _ like: [ValueID], prefix: String = "tape_") {
        for (v, s) in zip(vs, like) { if let n = src.names[s] { b.function.names[v] = prefix + n } }
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
        if case .t(let v)? = a { return v }
        if t.isTensor { return try e.zerosLike(primal) }
        let parts = try ctx.module.componentTypes(t).enumerated().map { k, ct in
            try materialize(component(a, k), ct, primal: e.op(ctx.module.componentOp(t, k), [primal], type: ct))
        }
        return b.emitMulti(ctx.module.aggregateOp(t), parts, types: [t])[0]
    }

    /// The float tensors inside a value of type `t`, with their paths.
    func leaves(_ t: IRType) -> [(path: [Int], type: IRType)] {
        ctx.module.leaves(t).filter { $0.type.isFloatTensor }
    }

    func componentType(_ t: IRType, _ k: Int) -> IRType { ctx.module.componentTypes(t)[k] }

    /// The adjoint of the component at `path` of a value of type `t` whose adjoint is `a`.
    func leafAdj(_ a: Adj?, _ t: IRType, _ path: ArraySlice<Int>) throws -> ValueID? {
        guard let a else { return nil }
        guard let k = path.first else {
            if case .t(let x) = a { return x }
            return nil
        }
        switch a {
        case .parts(let ps): return try leafAdj(k < ps.count ? ps[k] : nil, componentType(t, k), path.dropFirst())
        case .t(let x): return try leafAdj(.t(e.component(x, [k], in: ctx.module)), componentType(t, k), path.dropFirst())
        }
    }

    /// Accumulates adjoints given per float tensor component (`leaves`) into their values.
    func accumulateLeaves(_ adj: inout [ValueID: Adj], _ comps: [(ValueID, [Int])], _ values: [ValueID]) throws {
        var order: [ValueID] = []
        var byValue: [ValueID: [[Int]: ValueID]] = [:]
        for ((v, path), x) in zip(comps, values) {
            if byValue[v] == nil { order.append(v) }
            byValue[v, default: [:]][path] = x
        }
        func assemble(_ t: IRType, _ path: [Int], _ m: [[Int]: ValueID]) -> Adj? {
            if case .tensor = t { return m[path].map { .t($0) } }
            return .parts((0..<componentCount(t)).map { assemble(componentType(t, $0), path + [$0], m) })
        }
        for v in order { try accumulate(&adj, v, assemble(src.type(v), [], byValue[v]!)) }
    }

    func component(_ a: Adj?, _ k: Int) -> Adj? {
        if case .parts(let ps)? = a, k < ps.count { return ps[k] }
        return nil
    }

    func componentCount(_ t: IRType) -> Int { ctx.module.componentTypes(t).count }

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
        guard let callee = ctx.module.function(name) else { throw ADError("internal: no function @\(name)", at: i.loc) }
        let ct = try materialize(adj[i.result], src.type(i.result), primal: cl.get(i.result))
        let needed = Set(i.operands.indices.filter { varied(i.operands[$0]) })
        if needed.isEmpty { return }
        let (vjp, wrt) = try ctx.calleeVJP(callee, needed: needed)
        // The VJP is typed in the callee's size names; at the call they are the caller's dims.
        let bind = IRType.sizeBinding(params: callee.params.map(callee.type), args: i.operands.map(src.type))
        let r = b.emitMulti(.call(vjp.name), i.operands.map { cl.get($0) } + [ct], types: [vjp.resultType!.substitute(bind)])[0]
        for (k, p) in wrt.enumerated() {
            let t = callee.type(callee.params[p]).substitute(bind)
            let g = try e.op(.extract(k), [r], type: t)
            try accumulate(&adj, i.operands[p], adjOf(g, t))
        }
    }

    /// An adjoint held in one value, split into components for aggregates.
    func adjOf(_ v: ValueID, _ t: IRType) throws -> Adj {
        if t.isTensor { return .t(v) }
        return .parts(try ctx.module.componentTypes(t).enumerated().map { k, ct in
            try adjOf(e.op(ctx.module.componentOp(t, k), [v], type: ct), ct)
        })
    }

    /// The float tensors inside the varied values that `regions` read from outside, as
    /// (value, path): each gets an adjoint accumulator of its own (a record read in a body, one
    /// per field).
    func freeLeaves(_ regions: [Region]) -> [(ValueID, [Int])] {
        regions.flatMap(freeValues).reduce(into: [ValueID]()) { acc, v in
            if varied(v) && !acc.contains(v) { acc.append(v) }
        }.flatMap { v in leaves(src.type(v)).map { (v, $0.path) } }
    }

    func reverseIf(_ i: Inst, _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        let free = freeLeaves(i.regions)
        if free.isEmpty { return }
        // The results' adjoints as they are (a record's or tuple's per component: a record
        // built in the branch reads its fields' adjoints from the parts).
        let seeds = i.results.map { adj[$0] }
        var regions: [Region] = []
        for reg in i.regions {
            _ = b.beginRegion([])
            var inner = cl
            try primal(reg.insts, &inner)
            var local: [ValueID: Adj] = [:]
            for (y, s) in zip(reg.terminator!.operands, seeds) { try accumulate(&local, y, s) }
            try reverse(reg.insts, inner, &local)
            b.loc = i.loc
            b.emitVoid(.yield, try free.map { v, path in
                try leafAdj(local[v], src.type(v), path[...]) ?? e.zerosLike(e.component(inner.get(v), path, in: ctx.module))
            })
            regions.append(b.endRegion())
        }
        let types = free.map { v, path in leaves(src.type(v)).first { $0.path == path }!.type }
        let rs = b.emitMulti(.ifElse, [cl.get(i.operands[0])], types: types, regions: regions)
        try accumulateLeaves(&adj, free, rs)
    }

    func reverseLoop(_ i: Inst, _ cl: Cloner, _ adj: inout [ValueID: Adj]) throws {
        guard let tape = tapes[i.results[0]] else { return }
        let isFor = i.op == .forLoop
        let body = isFor ? i.regions[0] : i.regions[1]
        let carriedArgs = isFor ? Array(body.args.dropFirst()) : body.args
        let inits = isFor ? Array(i.operands.dropFirst(2)) : i.operands
        let diff = i.results.indices.filter { src.type(i.results[$0]).isFloatTensor }
        // Free values from outside the loop (p in `h * p.w`) get accumulators.
        let free = freeLeaves([body])
        // Initial adjoint state: the results' adjoints; zero accumulators for free values.
        let adjC = try diff.map { try materialize(adj[i.results[$0]], src.type(i.results[$0]), primal: cl.get(i.results[$0])) }
        let accs = try free.map { v, path in try e.zerosLike(e.component(cl.get(v), path, in: ctx.module)) }
        let zero = b.constant(Tensor.scalar(0, .i32)), one = b.constant(Tensor.scalar(1, .i32))
        let step = AdjointStep(loop: i, body: body, carriedArgs: carriedArgs, diff: diff, free: free, lower: tape.lower)
        let rs: [ValueID]
        if let plan = tape.plan {
            rs = try planned(step, tape, plan, adjC + accs, cl, inits: inits.map { cl.get($0) })
        } else {
            // Store-all: trip count-1-k's state is read from the tape. Its outputs are the state
            // the trip after it read (carried from one adjoint trip to the next: the loop's
            // results at first), so the adjoint takes them without re-running the body and
            // without a branch per trip; a carried output the adjoint does not read is dropped.
            let known = knownOutputs(step)
            let adjTypes = adjC.map(e.type) + accs.map(e.type), knownTypes = known.map { src.type(carriedArgs[$0]) }
            let args = b.beginRegion([.scalar(.i32)] + adjTypes + knownTypes)
            let trip = try e.sub(e.sub(tape.count, one), args[0])
            b.function.names[trip] = "trip"
            let state = try tape.buffers.enumerated().map { j, buf in try e.op(.index([.at]), [buf, trip], type: src.type(carriedArgs[j])) }
            let outputs = Array(args.suffix(known.count))
            var stored: [ValueID: ValueID] = [:]
            let ys = body.terminator!.operands
            for (j, v) in zip(known, outputs) where stored[ys[j]] == nil { stored[ys[j]] = v }
            let next = try adjoint(step, trip: trip, state: state, Array(args[1...adjTypes.count]), cl, stored: stored)
            b.loc = i.loc
            b.emitVoid(.yield, next + known.map { state[$0] })
            var region = b.endRegion()
            // (an output read by no instruction: not carried; the yield passes on states, not outputs)
            var read = Set<ValueID>()
            walk(region) { read.formUnion($0.operands) }
            let keep = known.indices.filter { read.contains(outputs[$0]) }
            let drop = Set(known.indices).subtracting(keep).map { 1 + adjTypes.count + $0 }
            region.args = region.args.indices.filter { !drop.contains($0) }.map { region.args[$0] }
            let yieldAt = region.insts.count - 1
            region.insts[yieldAt].operands = region.insts[yieldAt].operands.indices.filter { !drop.contains($0 + 1) }.map { region.insts[yieldAt].operands[$0] }
            let outs = keep.map { cl.get(i.results[known[$0]]) }
            rs = b.emitMulti(.forLoop, [zero, tape.count] + adjC + accs + outs, types: adjTypes + keep.map { knownTypes[$0] }, regions: [region])
        }
        for (k, j) in diff.enumerated() { try accumulate(&adj, inits[j], .t(rs[k])) }
        try accumulateLeaves(&adj, free, Array(rs[diff.count..<(diff.count + free.count)]))
    }

    struct AdjointStep {
        var loop: Inst
        var body: Region
        var carriedArgs: [ValueID]
        var diff: [Int]             // carried values with adjoints
        var free: [(ValueID, [Int])] // float tensors of varied values from outside the loop, adjoints accumulated
        var lower: ValueID?
    }

    /// What the trip yields, read from the next trip's stored state (`buffers[j][at]`, or the
    /// loop's result after the last trip, when `atEnd()`): the adjoint takes it there instead of
    /// recomputing it, so a body whose adjoint needs only its output (tanh(x @ W + b)) is not
    /// re-run at all. Keyed by the body's values.
    func storedOutputs(_ s: AdjointStep, _ cl: Cloner, atEnd: () throws -> ValueID, _ buffers: [ValueID], _ at: ValueID) throws -> [ValueID: ValueID] {
        let ys = s.body.terminator!.operands
        let known = knownOutputs(s)
        var stored: [ValueID: ValueID] = [:]
        if known.isEmpty { return stored }
        let vals = try ifElse(atEnd(), types: known.map { src.type(s.carriedArgs[$0]) }, then: {
            known.map { cl.get(s.loop.results[$0]) }
        }, else: {
            try known.map { j in try self.e.op(.index([.at]), [buffers[j], at], type: self.src.type(s.carriedArgs[j])) }
        })
        for (j, v) in zip(known, vals) where stored[ys[j]] == nil { stored[ys[j]] = v }
        return stored
    }

    /// The carried values whose next value the body computes (not one passed through): those a
    /// trip's adjoint can take from the next trip's state.
    func knownOutputs(_ s: AdjointStep) -> [Int] {
        let bodyDefined = Set(s.body.insts.flatMap(\.results))
        let ys = s.body.terminator!.operands
        return s.carriedArgs.indices.filter { bodyDefined.contains(ys[$0]) }
    }

    /// One trip's adjoint, from its state: re-runs the trip's body, then its adjoint. Takes and
    /// returns the adjoints of the carried values (`diff`) followed by the accumulators (`free`).
    /// `stored` gives values of the trip already kept (its outputs, from the next state).
    func adjoint(_ s: AdjointStep, trip: ValueID, state: [ValueID], _ adjIn: [ValueID], _ cl: Cloner,
                 stored: [ValueID: ValueID] = [:]) throws -> [ValueID] {
        var inner = cl
        if let lower = s.lower { inner.map[s.body.args[0]] = try e.add(lower, trip) }
        for (a, v) in zip(s.carriedArgs, state) { inner.map[a] = v }
        try primal(s.body.insts, &inner)
        for (y, v) in stored { inner.map[y] = v }
        var local: [ValueID: Adj] = [:]
        let ys = s.body.terminator!.operands
        for (k, j) in s.diff.enumerated() { try accumulate(&local, ys[j], .t(adjIn[k])) }
        try reverse(s.body.insts, inner, &local)
        var next: [ValueID] = []
        for j in s.diff { next.append(try materialize(local[s.carriedArgs[j]], src.type(s.carriedArgs[j]), primal: inner.get(s.carriedArgs[j]))) }
        for (k, (v, path)) in s.free.enumerated() {
            let acc = adjIn[s.diff.count + k]
            if let c = try leafAdj(local[v], src.type(v), path[...]) { next.append(try e.add(acc, c)) } else { next.append(acc) }
        }
        return next
    }

    /// The adjoint sweep of a checkpointed loop: one trip of a for loop per action of the
    /// plan, carrying the working state, the saved states and the adjoints.
    func planned(_ s: AdjointStep, _ tape: LoopTape, _ plan: ValueID, _ adjInit: [ValueID], _ cl: Cloner, inits: [ValueID]) throws -> [ValueID] {
        let i32 = { (v: Int32) in self.b.constant(Tensor.scalar(Double(v), .i32)) }
        let actions = try planEntry(plan, i32(2))
        b.function.names[actions] = "actions"
        let first = try e.add(tape.count, i32(3))             // actions start after the slot table
        let n = inits.count, m = tape.buffers.count
        let carriedTypes = inits.map(e.type) + tape.buffers.map(e.type) + adjInit.map(e.type)
        let args = b.beginRegion([.scalar(.i32)] + carriedTypes)
        b.function.names[args[0]] = "action"
        let cur = Array(args[1...n]), saved = Array(args[(n + 1)...(n + m)]), adjs = Array(args[(n + m + 1)...])
        nameLike(cur, s.carriedArgs)
        nameTapes(saved, s.loop.results, prefix: "saved_")
        let at = try e.add(first, e.mul(args[0], i32(3)))
        let code = try planEntry(plan, at)
        let slot = try planEntry(plan, e.add(at, i32(1)))
        let trip = try planEntry(plan, e.add(at, i32(2)))
        b.function.names[code] = "code"; b.function.names[slot] = "slot"; b.function.names[trip] = "trip"
        func isCode(_ c: Int32) throws -> ValueID { try e.bin(.eq, code, i32(c)) }
        // Under store-all and sqrt (what auto resolves to) every adjoint's slot holds the state
        // after its trip, or is -2 for the loop's result (the planner checks it): the trip's
        // outputs are read there. A binomial schedule may have lost that state: it re-runs them.
        let readsOutputs: Bool
        switch schedule(s.loop) {
        case .sqrt, .auto, .storeAll: readsOutputs = true
        case .binomial, .budget: readsOutputs = false
        }
        let next = try ifElse(isCode(CheckpointPlan.adjointCode), types: carriedTypes, then: {
            let stored = readsOutputs ? try self.storedOutputs(s, cl, atEnd: { try self.e.bin(.eq, slot, i32(-2)) }, saved, slot) : [:]
            return cur + saved + (try self.adjoint(s, trip: trip, state: cur, adjs, cl, stored: stored))
        }, else: {
            try self.ifElse(isCode(CheckpointPlan.advanceCode), types: carriedTypes, then: {
                // Recompute: one primal trip from the working state.
                var inner = cl
                if let lower = s.lower { inner.map[s.body.args[0]] = try self.e.add(lower, trip) }
                for (a, v) in zip(s.carriedArgs, cur) { inner.map[a] = v }
                for x in s.body.insts where !x.op.isTerminator { self.b.append(inner.clone(x)) }
                return s.body.terminator!.operands.map { inner.get($0) } + saved + adjs
            }, else: {
                try self.ifElse(isCode(CheckpointPlan.restoreCode), types: carriedTypes, then: {
                    let restored = try tape.buffers.indices.map { j in
                        try self.e.op(.index([.at]), [saved[j], slot], type: self.e.type(cur[j]))
                    }
                    return restored + saved + adjs
                }, else: {
                    cur + (try zip(saved, cur).map { try self.e.op(.setIndex, [$0, slot, $1]) }) + adjs
                })
            })
        })
        b.loc = s.loop.loc
        b.emitVoid(.yield, next)
        let region = b.endRegion()
        let zero = i32(0)
        let rs = b.emitMulti(.forLoop, [zero, actions] + inits + tape.buffers + adjInit, types: carriedTypes, regions: [region])
        nameLike(Array(rs.prefix(n)), s.carriedArgs)
        nameTapes(Array(rs[n..<(n + m)]), s.loop.results, prefix: "saved_")
        for (r, a) in zip(rs.suffix(adjInit.count), adjInit) { if let nm = b.function.names[a] { b.function.names[r] = nm } }
        for (r, a) in zip(adjs, adjInit) { if let nm = b.function.names[a] { b.function.names[r] = nm } }
        return Array(rs.suffix(adjInit.count))
    }
}
