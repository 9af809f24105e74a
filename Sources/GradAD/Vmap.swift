// vmap as an IR transformation: `fn g = vmap(f, over: a, b)` is f rewritten so that every value
// that can differ from one example to the next carries a batch axis, and each op computes all
// the examples at once by its batching rule (VmapRules.swift) — no loop over the examples.
//
// A value of the new function is *batched* with its batch axis at some position, or not
// batched (the same for every example: a weight, a constant, a loop counter). Rules move the
// axis to the front where they need it; it stays elsewhere only where moving it would cost a
// copy per trip: a tape (`stackAlloc` of a batched state) has it at 1, so that `tape[t]` and
// `tape[t] = state` keep reading and writing whole examples' rows. Records and tuples are
// batched as a whole, every tensor inside with the axis in front (GradIR/Batching.swift).
//
// Before any code is emitted, an analysis finds which values are batched: those computed from
// a batched value, and a loop's carried values (and an `if`'s results) that are batched on any
// path, to a fixed point. A carried value that enters a loop unbatched but becomes batched in
// it is broadcast on entry.
//
// Control flow: a for loop's bounds must be the same for every example (else a compile error at
// the loop); a while loop whose condition differs per example runs while any example's holds,
// each example keeping its values once its own fails; an `if` whose condition differs per
// example runs both branches and selects each result per example, as jax.vmap does with
// `lax.cond`. Calls with
// batched arguments call the callee's own vmap over those parameters. What cannot be batched
// (printing, saving, random numbers, collectives of a batched value) is a compile error, never
// a silent loop.

import GradIR
import GradTensor

/// A value of the batched function: the IR value, and where its batch axis is (nil: the same
/// for every example).
struct Batched {
    var v: ValueID
    var axis: Int?
}

final class Vectorizer {
    let ctx: ADContext
    let src: Function
    let b: IRBuilder
    let e: Emitter
    /// The size name of the batch axis.
    let batch: String
    /// Values of `src` that may differ per example.
    var batched = Set<ValueID>()
    /// Unbatched values of `src` that start a batched carried value: a tape made for one is made
    /// batched from the start.
    var wanted = Set<ValueID>()
    var map: [ValueID: Batched] = [:]
    /// The batch size, an i32 scalar.
    var size: ValueID!

    var m: Module { ctx.module }

    init(ctx: ADContext, src: Function, dst: Function, batch: String) {
        self.ctx = ctx
        self.src = src
        self.b = IRBuilder(dst)
        self.e = Emitter(b: b)
        self.batch = batch
    }

    /// `f` batched over the parameters `over`, named `name`; its batch axis is named `batch`.
    static func vmap(_ ctx: ADContext, _ f: Function, over: [Int], name: String, batch: String) throws -> Function {
        let g = Function(name: name, loc: f.loc)
        let v = Vectorizer(ctx: ctx, src: f, dst: g, batch: batch)
        v.b.loc = f.loc
        for (k, p) in f.params.enumerated() {
            let on = over.contains(k)
            let np = v.b.param(f.paramNames[k], on ? ctx.module.batched(f.type(p), name: batch) : f.type(p))
            v.map[p] = Batched(v: np, axis: on ? 0 : nil)
            if on { v.batched.insert(p) }
        }
        v.size = try v.e.op(.dimSize(batch), [])
        v.b.function.names[v.size] = batch
        v.analyze()
        g.resultType = ctx.module.batched(f.resultType!, name: batch)
        try v.run(f.body.insts)
        v.b.finish()
        return g
    }

    // MARK: - Which values are batched

    func analyze() {
        var changed = true
        while changed {
            changed = false
            scan(src.body, &changed)
        }
        walk(src.body) { i in
            let start = i.op == .forLoop ? 2 : 0
            guard i.op == .forLoop || i.op == .whileLoop else { return }
            for (k, r) in i.results.enumerated() where batched.contains(r) && !batched.contains(i.operands[start + k]) {
                wanted.insert(i.operands[start + k])
            }
        }
    }

    func scan(_ r: Region, _ changed: inout Bool) {
        func mark(_ v: ValueID) { if batched.insert(v).inserted { changed = true } }
        for i in r.insts {
            switch i.op {
            case .forLoop, .whileLoop:
                let isFor = i.op == .forLoop
                let body = i.regions[isFor ? 0 : 1]
                let ys = body.terminator!.operands
                // (a while condition per example makes every carried value one)
                let all = !isFor && batched.contains(i.regions[0].terminator!.operands[0])
                for k in i.results.indices where all || batched.contains(i.operands[(isFor ? 2 : 0) + k]) || batched.contains(ys[k]) || batched.contains(i.results[k]) {
                    mark(i.results[k])
                    mark(body.args[(isFor ? 1 : 0) + k])
                    if !isFor { mark(i.regions[0].args[k]) }
                }
                for reg in i.regions { scan(reg, &changed) }
            case .ifElse:
                for reg in i.regions { scan(reg, &changed) }
                let c = batched.contains(i.operands[0])
                for k in i.results.indices where c || i.regions.contains(where: { batched.contains($0.terminator!.operands[k]) }) {
                    mark(i.results[k])
                }
            default:
                if i.operands.contains(where: batched.contains) { i.results.forEach(mark) }
            }
        }
    }

    // MARK: - Emission

    func run(_ insts: [Inst]) throws {
        for i in insts where i.op != .yield {
            b.loc = i.loc
            let ops = i.operands.map { map[$0]! }
            switch i.op {
            case .ret:
                b.emitVoid(.ret, try ops.map { try front($0, src.type(i.operands[0])) })
            case .forLoop: try forLoop(i, ops)
            case .whileLoop: try whileLoop(i, ops)
            case .ifElse: try ifElse(i, ops)
            case .checkpointPlan where ops.allSatisfy({ $0.axis == nil }):
                // A loop state's bytes were counted for one example: the plan is for all of them.
                let bytes = try e.mul(ops[1].v, try e.op(.convert(.f64), [size]))
                let n = try e.op(i.op, [ops[0].v, bytes])
                name(n, like: i.result)
                map[i.result] = Batched(v: n, axis: nil)
            default:
                if ops.allSatisfy({ $0.axis == nil }) && !(i.op == .stackAlloc && wanted.contains(i.result)) {
                    let rs = b.emitMulti(i.op, ops.map(\.v), types: i.results.map(src.type))
                    b.setCheckpoint(i.checkpoint)
                    for (r, n) in zip(i.results, rs) { name(n, like: r); map[r] = Batched(v: n, axis: nil) }
                } else {
                    let r = try rule(i, ops)
                    name(r.v, like: i.results[0])
                    map[i.results[0]] = r
                }
            }
        }
    }

    func name(_ v: ValueID, like old: ValueID) {
        if let n = src.names[old], b.function.names[v] == nil { b.function.names[v] = n }
    }

    func fail(_ what: String, _ i: Inst) -> ADError {
        ADError("vmap: \(what)", at: i.loc, note: "vmap computes every example at once: write this as a loop over the examples, or keep it out of the vmapped function")
    }

    /// The types of a loop's carried values and their batch axes: a carried value batched on
    /// any path is batched from the start (broadcast on entry when it is not yet).
    func carried(_ inits: ArraySlice<ValueID>, results: [ValueID], _ ops: ArraySlice<Batched>) throws -> [Batched] {
        try zip(zip(inits, results), ops).map { pair, x in
            guard batched.contains(pair.1), x.axis == nil else { return x }
            return Batched(v: try broadcast(x.v, src.type(pair.0)), axis: 0)
        }
    }

    /// A yielded value with the batch axis where its loop carries it (or unbatched).
    func conform(_ x: Batched, _ t: IRType, to axis: Int?) throws -> ValueID {
        guard let axis else {
            guard x.axis == nil else { throw ADError("internal: vmap yields a batched value into an unbatched slot", at: b.loc) }
            return x.v
        }
        let y = x.axis == nil ? Batched(v: try broadcast(x.v, t), axis: 0) : x
        return try move(y, t, to: axis)
    }

    func forLoop(_ i: Inst, _ ops: [Batched]) throws {
        guard ops[0].axis == nil, ops[1].axis == nil else { throw fail("the bounds of this loop differ from one example to another", i) }
        let body = i.regions[0]
        let inits = try carried(i.operands.dropFirst(2), results: i.results, ops.dropFirst(2))
        let types = inits.map { b.function.type($0.v) }
        let args = b.beginRegion([.scalar(.i32)] + types)
        map[body.args[0]] = Batched(v: args[0], axis: nil)
        name(args[0], like: body.args[0])
        for (k, a) in body.args.dropFirst().enumerated() {
            map[a] = Batched(v: args[1 + k], axis: inits[k].axis)
            name(args[1 + k], like: a)
        }
        try run(body.insts)
        let ys = body.terminator!.operands
        b.loc = i.loc
        b.emitVoid(.yield, try ys.indices.map { try conform(map[ys[$0]]!, src.type(ys[$0]), to: inits[$0].axis) })
        let region = b.endRegion()
        let rs = b.emitMulti(.forLoop, [ops[0].v, ops[1].v] + inits.map(\.v), types: types, regions: [region])
        b.setCheckpoint(i.checkpoint)
        for (k, r) in i.results.enumerated() { map[r] = Batched(v: rs[k], axis: inits[k].axis); name(rs[k], like: r) }
    }

    func whileLoop(_ i: Inst, _ ops: [Batched]) throws {
        let (cond, body) = (i.regions[0], i.regions[1])
        // A condition that differs per example: the loop runs while any example's holds, and an
        // example whose condition fails keeps its values (as jax.vmap runs a while_loop). Every
        // carried value is then batched, in front.
        let perExample = batched.contains(cond.terminator!.operands[0])
        var inits = try carried(i.operands[...], results: i.results, ops[...])
        if perExample {
            inits = try inits.indices.map { Batched(v: try front(inits[$0], src.type(i.operands[$0])), axis: 0) }
        }
        let types = inits.map { b.function.type($0.v) }
        var regions: [Region] = []
        for reg in [cond, body] {
            let args = b.beginRegion(types)
            let bind = { (r: Region) in
                for (k, a) in r.args.enumerated() { self.map[a] = Batched(v: args[k], axis: inits[k].axis); self.name(args[k], like: a) }
            }
            bind(reg)
            // The body of a per-example loop works out which examples are still running.
            var running: ValueID? = nil
            if perExample && !regions.isEmpty {
                bind(cond)
                try run(cond.insts)
                running = try front(map[cond.terminator!.operands[0]]!, .scalar(.bool))
            }
            try run(reg.insts)
            let ys = reg.terminator!.operands
            b.loc = i.loc
            if regions.isEmpty {
                let c = map[ys[0]]!
                if c.axis == nil {
                    b.emitVoid(.yield, [c.v])
                } else {
                    let n = try e.op(.reduce(.sum, axis: nil, keepDims: false), [try e.op(.convert(.i32), [try front(c, .scalar(.bool))])])
                    b.emitVoid(.yield, [try e.bin(.gt, n, int(0))])
                }
            } else {
                b.emitVoid(.yield, try ys.indices.map { k in
                    let t = src.type(ys[k])
                    guard let running else { return try conform(map[ys[k]]!, t, to: inits[k].axis) }
                    return try choose(running, try front(map[ys[k]]!, t), args[k], t)
                })
            }
            regions.append(b.endRegion())
        }
        let rs = b.emitMulti(.whileLoop, inits.map(\.v), types: types, regions: regions)
        b.setCheckpoint(i.checkpoint)
        for (k, r) in i.results.enumerated() { map[r] = Batched(v: rs[k], axis: inits[k].axis); name(rs[k], like: r) }
    }

    func ifElse(_ i: Inst, _ ops: [Batched]) throws {
        guard ops[0].axis != nil else {
            // Each result has its batch axis where a branch yields it (a tape's stays at 1:
            // moving it would copy the tape at every trip), or in front when neither has one.
            var regions: [Region] = [], yields: [[Batched]] = []
            for reg in i.regions {
                _ = b.beginRegion([])
                try run(reg.insts)
                yields.append(reg.terminator!.operands.map { map[$0]! })
                regions.append(b.endRegion())
            }
            let axes = i.results.indices.map { k in
                batched.contains(i.results[k]) ? (yields.lazy.compactMap { $0[k].axis }.first ?? 0) : nil
            }
            for (r, reg) in i.regions.enumerated() {
                b.resume(regions[r])
                b.loc = i.loc
                let ys = reg.terminator!.operands
                b.emitVoid(.yield, try ys.indices.map { try conform(yields[r][$0], src.type(ys[$0]), to: axes[$0]) })
                regions[r] = b.endRegion()
            }
            let types = i.results.indices.map { k in
                axes[k].map { m.batched(src.type(i.results[k]), name: batch, axis: $0) } ?? src.type(i.results[k])
            }
            let rs = b.emitMulti(.ifElse, [ops[0].v], types: types, regions: regions)
            for (k, r) in i.results.enumerated() { map[r] = Batched(v: rs[k], axis: axes[k]); name(rs[k], like: r) }
            return
        }
        // A condition per example: both branches run, and each result is chosen per example.
        var yields: [[Batched]] = []
        for reg in i.regions {
            try run(reg.insts)
            yields.append(reg.terminator!.operands.map { map[$0]! })
        }
        b.loc = i.loc
        let c = try front(ops[0], src.type(i.operands[0]))
        for (k, r) in i.results.enumerated() {
            let t = src.type(r)
            if yields[0][k].v == yields[1][k].v {       // the same either way (a field neither branch set)
                map[r] = yields[0][k]
                continue
            }
            let v = try choose(c, try front(yields[0][k], t), try front(yields[1][k], t), t)
            map[r] = Batched(v: v, axis: 0)
            name(v, like: r)
        }
    }

    /// where(c, x, y) per example, for a value of any type (c: bool[batch]).
    func choose(_ c: ValueID, _ x: ValueID, _ y: ValueID, _ t: IRType) throws -> ValueID {
        guard case .tensor(_, let s) = t else {
            let bt = m.batched(t, name: batch)
            let parts = try m.componentTypes(t).enumerated().map { k, ct in
                let op = m.componentOp(bt, k), pt = m.batched(ct, name: batch)
                return try choose(c, try e.op(op, [x], type: pt), try e.op(op, [y], type: pt), ct)
            }
            return b.emitMulti(m.aggregateOp(bt), parts, types: [bt])[0]
        }
        var cc = c
        for _ in s { cc = try e.op(.expandDims(-1), [cc]) }
        return try e.op(.select, [cc, x, y])
    }

    // MARK: - Moving and making batch axes

    /// The value with its batch axis in front; an unbatched one broadcast to every example.
    func front(_ x: Batched, _ t: IRType) throws -> ValueID {
        guard x.axis != nil else { return try broadcast(x.v, t) }
        return try move(x, t, to: 0)
    }

    /// The batched value `x` (of logical type `t`) with its batch axis at `to`.
    func move(_ x: Batched, _ t: IRType, to: Int) throws -> ValueID {
        guard let from = x.axis, from != to, case .tensor(_, let s) = t else { return x.v }
        var perm = Array(0...s.count)
        perm.remove(at: from)
        perm.insert(from, at: to)
        return try e.op(.transpose(perm), [x.v])
    }

    /// An unbatched value of type `t`, the same for every example, with a batch axis in front.
    func broadcast(_ v: ValueID, _ t: IRType) throws -> ValueID {
        guard case .tensor(let d, let s) = t else {
            let bt = m.batched(t, name: batch)
            let parts = try m.componentTypes(t).enumerated().map { k, ct in
                try broadcast(try e.op(m.componentOp(t, k), [v], type: ct), ct)
            }
            return b.emitMulti(m.aggregateOp(bt), parts, types: [bt])[0]
        }
        let x = try e.op(.expandDims(0), [v])
        return try e.op(.broadcastTo, [x, size] + dims(Batched(v: v, axis: nil), s), type: .tensor(d, [Dim(symbol: batch)] + s))
    }

    /// An i32 scalar constant.
    func int(_ k: Int) -> ValueID { b.constant(Tensor.scalar(Double(k), .i32)) }

    /// The sizes of the logical axes of `x` (shape `s` per example) as i32 scalars: constants
    /// where known, else read from its shape.
    func dims(_ x: Batched, _ s: [Dim]) throws -> [ValueID] {
        var shape: ValueID? = nil
        return try s.indices.map { l in
            if let k = s[l].known { return int(k) }
            if shape == nil { shape = try e.op(.shapeOf, [x.v]) }
            let p = x.axis.map { l < $0 ? l : l + 1 } ?? l
            return try e.op(.index([.at]), [shape!, int(p)], type: .scalar(.i32))
        }
    }

    /// The product of i32 scalars.
    func product(_ vs: [ValueID]) throws -> ValueID {
        guard var p = vs.first else { return int(1) }
        for v in vs.dropFirst() { p = try e.mul(p, v) }
        return p
    }
}

extension ADContext {
    /// `f` batched over `over` as a derived function `name`, keeping a custom derivative.
    func vmap(_ f: Function, over: [Int], name: String, batch: String) throws -> Function {
        let g = try Vectorizer.vmap(self, f, over: over, name: name, batch: batch)
        if let rule = module.customVJPs[f.name].flatMap(module.function) {
            module.customVJPs[g.name] = try batchedVJP(f, rule, over: over, of: g, batch: batch).name
        }
        return g
    }

    /// A callee batched over the parameters at `over` (made once per set), for calls with
    /// batched arguments there; its batch axis has the caller's name when it is free.
    func calleeVmap(_ g: Function, over: [Int], batch: String) throws -> Function {
        let key = "\(g.name)|\(over.map(String.init).joined(separator: ","))|\(batch)"
        if let f = calleeVmaps[key] { return f }
        let name = module.batchName(avoiding: g.paramTypes + [g.resultType!], preferred: batch)
        let f = try vmap(g, over: over, name: uniqueName("vmap_" + g.name), batch: name)
        module.add(f)
        calleeVmaps[key] = f
        return f
    }

    /// The custom derivative of `g`, the vmap of `f` over `over`, from f's own (`rule`, a VJP
    /// taking f's parameters and a cotangent): the rule batched over those parameters and the
    /// cotangent, each example's cotangents of a batched parameter kept apart and those of a
    /// parameter shared by every example (a weight) summed over the batch — as jax.vmap
    /// batches a custom_vjp. Without it, a derivative of g would differentiate f's body.
    func batchedVJP(_ f: Function, _ rule: Function, over: [Int], of g: Function, batch: String) throws -> Function {
        let ruleB = try Vectorizer.vmap(self, rule, over: over + [rule.params.count - 1], name: uniqueName(rule.name + "_vmap"), batch: batch)
        module.add(ruleB)
        let w = Function(name: uniqueName(g.name + "_vjp"), loc: rule.loc)
        let b = IRBuilder(w)
        b.loc = rule.loc
        let e = Emitter(b: b)
        let ps = zip(g.paramNames, g.paramTypes).map { b.param($0, $1) } + [b.param(rule.paramNames.last!, g.resultType!)]
        let r = b.emitMulti(.call(ruleB.name), ps, types: [ruleB.resultType!])[0]
        let float = differentiableParams(f)
        let types = float.map { g.paramTypes[$0] }
        w.resultType = types.count == 1 ? types[0] : .tuple(types)
        var outs: [ValueID] = []
        for (k, p) in float.enumerated() {
            let ct = types.count == 1 ? r : try e.op(.extract(k), [r], type: module.batched(f.paramTypes[p], name: batch))
            outs.append(over.contains(p) ? ct : try sumOverBatch(ct, f.paramTypes[p], batch: batch, e))
        }
        b.emitVoid(.ret, types.count == 1 ? outs : b.emitMulti(.tuple, outs, types: [w.resultType!]))
        b.finish()
        module.add(w)
        return w
    }

    /// A batched value (batch axis in front) summed over its examples, leaf by leaf.
    func sumOverBatch(_ v: ValueID, _ t: IRType, batch: String, _ e: Emitter) throws -> ValueID {
        guard t.isTensor else {
            let bt = module.batched(t, name: batch)
            let parts = try module.componentTypes(t).enumerated().map { k, ct in
                try sumOverBatch(try e.op(module.componentOp(bt, k), [v], type: module.batched(ct, name: batch)), ct, batch: batch, e)
            }
            return e.b.emitMulti(module.aggregateOp(t), parts, types: [t])[0]
        }
        return try e.op(.reduce(.sum, axis: 0, keepDims: false), [v])
    }
}
