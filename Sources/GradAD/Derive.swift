// Builds the derived functions of a program from the two transformations:
//   vjp(f, wrt)            reverse mode, seeded with the cotangent parameter `ct`
//   grad(f, wrt)           reverse mode seeded with 1; one gradient or a tuple
//   value_and_grad(f, wrt) (value, gradients...)
//   jvp(f, wrt)            forward mode: (value, output tangent)
//   jacobian(f, wrt: x)    one JVP per input element (forward-mode columns), stacked and moved
//                          to shape (output dims..., input dims...); a record or tuple is the
//                          vector of its tensors flattened in order (JAX's ravel_pytree)
//   hessian(f, wrt: x)     jacobian(grad(f, wrt: x), wrt: x): forward over reverse
// and one that is not a derivative:
//   vmap(f, over)          f over a batch of examples, each op batched (Vmap.swift)
// Both modes see a function whose loops carry only tensors (SplitCarried.swift).
// Derived functions are ordinary IR functions, so they can be differentiated again.

import GradIR
import GradTensor

public final class ADContext {
    let module: Module
    var calleeVJPs: [String: (Function, [Int])] = [:]
    var calleeJVPs: [String: (Function, [Int])] = [:]
    var calleeVmaps: [String: Function] = [:]
    /// The schedule of loops without `@checkpoint(...)`.
    let checkpoint: CheckpointSchedule
    /// What reverse mode planned for each loop it differentiated, for `gradc emit plan`.
    public private(set) var plans: [LoopPlanReport] = []
    /// The names the program's derived functions will have, which helpers made before them
    /// must not take (a Hessian's inner gradient made first was once called like a later
    /// `grad(f, wrt: y)` of the program, and calls of that one went to it).
    var reserved = Set<String>()

    public init(module: Module, checkpoint: CheckpointSchedule = .auto(nil)) {
        self.module = module
        self.checkpoint = checkpoint
    }

    func report(_ r: LoopPlanReport) {
        if !plans.contains(where: { $0.function == r.function && $0.loc == r.loc }) { plans.append(r) }
    }

    /// Generates every requested derived function, in order (inner ones first), and returns
    /// the loop plans of reverse mode.
    @discardableResult
    ///
    /// With `simplify`, every function differentiation made is simplified (constant folding,
    /// algebraic identities, CSE, DCE) before the next one is derived, so a derivative of a
    /// derivative starts from the simplified code: the 10th derivative of a scalar function by
    /// nested `grad` was 2.5 times as large without it.
    public static func generate(_ m: Module, _ specs: [DerivedSpec], checkpoint: CheckpointSchedule = .auto(nil),
                                simplify: Bool = false) throws -> [LoopPlanReport] {
        let ctx = ADContext(module: m, checkpoint: checkpoint)
        ctx.reserved = Set(specs.map(\.name))
        var simplified = m.functions.count
        for s in specs {
            if simplify {
                for f in m.functions[simplified...] { try PassManager.simplify(f, in: m) }
                simplified = m.functions.count
            }
            guard let base = m.function(s.base) else { throw ADError("internal: no function @\(s.base)", at: s.loc) }
            let f = try ctx.derive(s.transform, base, wrt: s.wrt, name: s.name, loc: s.loc)
            m.add(f)
        }
        return ctx.plans
    }

    func uniqueName(_ n: String) -> String {
        var name = n
        while module.function(name) != nil || reserved.contains(name) { name += "_" }
        return name
    }

    func differentiableParams(_ f: Function) -> [Int] {
        f.params.indices.filter { isDifferentiable(f.type(f.params[$0])) }
    }

    func isDifferentiable(_ t: IRType) -> Bool {
        switch t {
        case .tensor(let d, _): return d.isFloat
        case .tuple(let ts): return ts.allSatisfy(isDifferentiable)
        case .record(let n): return module.structDef(n)?.fields.allSatisfy { isDifferentiable($0.type) } ?? false
        }
    }

    func derive(_ transform: Transform, _ f0: Function, wrt: [Int], name: String, loc: Loc) throws -> Function {
        // A function with a custom derivative is differentiated through a call, so the passes
        // use the user's rule in place of its body.
        if transform == .vmap {
            return try vmap(f0, over: wrt, name: name, batch: module.batchName(avoiding: f0.paramTypes + [f0.resultType!]))
        }
        let f = module.customVJPs[f0.name] != nil ? wrapper(f0) : f0
        switch transform {
        case .vmap: preconditionFailure("vmap is not a derivative")
        case .grad: return try buildVJP(f, wrt: wrt, name: name, seedParam: false, withValue: false, alwaysTuple: false)
        case .valueAndGrad: return try buildVJP(f, wrt: wrt, name: name, seedParam: false, withValue: true, alwaysTuple: true)
        case .vjp: return try buildVJP(f, wrt: wrt, name: name, seedParam: true, withValue: false, alwaysTuple: false)
        case .jvp: return try buildJVP(f, wrt: wrt, name: name)
        case .jacobian: return try buildJacobian(f, wrt: wrt[0], name: name, loc: loc)
        case .hessian:
            let g = try buildVJP(f, wrt: wrt, name: uniqueName("grad_" + f.name), seedParam: false, withValue: false, alwaysTuple: false)
            module.add(g)
            return try buildJacobian(g, wrt: wrt[0], name: name, loc: loc)
        }
    }

    /// A function whose body is one call of `f`, returning f's result, or a one-element tuple
    /// of it (`tuple`): `fn f_call(params) -> T { return f(params) }`.
    func wrapper(_ f: Function, tuple: Bool = false) -> Function {
        let w = Function(name: uniqueName(f.name + (tuple ? "_tuple" : "_call")), loc: f.loc)
        let b = IRBuilder(w)
        b.loc = f.loc
        let ps = zip(f.params, f.paramNames).map { b.param($1, f.type($0)) }
        let r = b.emitMulti(.call(f.name), ps, types: [f.resultType!])
        w.resultType = tuple ? .tuple([f.resultType!]) : f.resultType
        b.emitVoid(.ret, tuple ? b.emitMulti(.tuple, r, types: [w.resultType!]) : r)
        b.finish()
        module.add(w)
        return w
    }

    /// The VJP of a callee over all its differentiable parameters, returning a tuple: the
    /// user's custom derivative when it has one, otherwise generated.
    /// The VJP function of a callee with respect to the parameters a call needs adjoints of
    /// (`needed`, nil: every differentiable one), made once per set.
    func calleeVJP(_ g: Function, needed: Set<Int>? = nil) throws -> (Function, [Int]) {
        let all = differentiableParams(g)
        let custom = module.customVJPs[g.name].flatMap { module.function($0) }
        // A custom VJP gives every cotangent at once.
        let wrt = custom == nil ? all.filter { needed?.contains($0) ?? true } : all
        let key = g.name + "/" + wrt.map(String.init).joined(separator: ",")
        if let c = calleeVJPs[key] { return c }
        if let custom {
            let v = wrt.count == 1 ? wrapper(custom, tuple: true) : custom
            calleeVJPs[key] = (v, wrt)
            return (v, wrt)
        }
        let suffix = wrt == all ? "" : "_" + wrt.map { g.paramNames[$0] }.joined(separator: "_")
        let v = try buildVJP(g, wrt: wrt, name: uniqueName(g.name + "_vjp" + suffix), seedParam: true, withValue: false, alwaysTuple: true)
        module.add(v)
        calleeVJPs[key] = (v, wrt)
        return (v, wrt)
    }

    func calleeJVP(_ g: Function) throws -> (Function, [Int]) {
        if let c = calleeJVPs[g.name] { return c }
        let wrt = differentiableParams(g)
        if let custom = module.customVJPs[g.name].flatMap({ module.function($0) }) {
            let v = try jvpFromVJP(g, custom, wrt: wrt)
            calleeJVPs[g.name] = (v, wrt)
            return (v, wrt)
        }
        let v = try buildJVP(g, wrt: wrt, name: uniqueName(g.name + "_jvp"))
        module.add(v)
        calleeJVPs[g.name] = (v, wrt)
        return (v, wrt)
    }

    func buildVJP(_ f0: Function, wrt: [Int], name: String, seedParam: Bool, withValue: Bool, alwaysTuple: Bool) throws -> Function {
        let f = CarrySplitter.split(f0, module)
        guard let rt = f.resultType, let ret = f.body.terminator?.operands.first else {
            throw ADError("'\(f.name)' returns nothing, so it has no derivative", at: f.loc)
        }
        let dst = Function(name: name, loc: f.loc)
        let rev = try ReverseAD(ctx: self, src: f, dst: dst, wrt: wrt)
        var cl = Cloner(src: f, dst: dst)
        for (p, n) in zip(f.params, f.paramNames) { cl.map[p] = rev.b.param(n, f.type(p)) }
        let ct = seedParam ? rev.b.param("ct", rt) : nil
        try rev.primal(f.body.insts, &cl)
        rev.b.loc = f.body.terminator!.loc
        let seed = ct ?? rev.e.const(1, like: cl.get(ret))
        var adj: [ValueID: Adj] = [:]
        if rev.varied(ret) { adj[ret] = try rev.adjOf(seed, rt) }
        try rev.reverse(f.body.insts, cl, &adj)
        rev.b.loc = f.loc
        var outs = try wrt.map { try rev.materialize(adj[f.params[$0]], f.type(f.params[$0]), primal: cl.get(f.params[$0])) }
        var types = wrt.map { f.type(f.params[$0]) }
        if withValue { outs.insert(cl.get(ret), at: 0); types.insert(rt, at: 0) }
        if outs.count == 1 && !alwaysTuple {
            dst.resultType = types[0]
            rev.b.emitVoid(.ret, outs)
        } else {
            dst.resultType = .tuple(types)
            rev.b.emitVoid(.ret, rev.b.emitMulti(.tuple, outs, types: [.tuple(types)]))
        }
        rev.b.finish()
        return dst
    }

    func buildJVP(_ f0: Function, wrt: [Int], name: String) throws -> Function {
        let f = CarrySplitter.split(f0, module)
        guard let rt = f.resultType, let ret = f.body.terminator?.operands.first else {
            throw ADError("'\(f.name)' returns nothing, so it has no derivative", at: f.loc)
        }
        let dst = Function(name: name, loc: f.loc)
        let fwd = try ForwardAD(ctx: self, src: f, dst: dst, wrt: wrt)
        var cl = Cloner(src: f, dst: dst)
        for (p, n) in zip(f.params, f.paramNames) { cl.map[p] = fwd.b.param(n, f.type(p)) }
        var tan: [ValueID: ValueID] = [:]
        for k in wrt { tan[f.params[k]] = fwd.b.param("t_" + f.paramNames[k], f.type(f.params[k])) }
        try fwd.run(f.body.insts, &cl, &tan)
        fwd.b.loc = f.body.terminator!.loc
        let t = try fwd.tangentOrZero(ret, cl, tan)
        dst.resultType = .tuple([rt, rt])
        fwd.b.emitVoid(.ret, fwd.b.emitMulti(.tuple, [cl.get(ret), t], types: [.tuple([rt, rt])]))
        fwd.b.finish()
        return dst
    }

    /// Forward mode from a custom VJP, by transposition: vjp(x, ct) is linear in ct, so
    /// J·ẋ is the adjoint of ct in ⟨vjp(x, ct), ẋ⟩, at any ct (zeros).
    func jvpFromVJP(_ f: Function, _ custom: Function, wrt: [Int]) throws -> Function {
        let ctIndex = custom.params.count - 1
        let transposed = try buildVJP(custom, wrt: [ctIndex], name: uniqueName(custom.name + "_transposed"),
                                      seedParam: true, withValue: false, alwaysTuple: false)
        module.add(transposed)
        let rt = f.resultType!
        let dst = Function(name: uniqueName(f.name + "_jvp"), loc: f.loc)
        let b = IRBuilder(dst)
        b.loc = f.loc
        let e = Emitter(b: b)
        let ps = zip(f.params, f.paramNames).map { b.param($1, f.type($0)) }
        let ts = wrt.map { b.param("t_" + f.paramNames[$0], f.type(f.params[$0])) }
        let y = b.emitMulti(.call(f.name), ps, types: [rt])[0]
        let zero = try e.zerosLike(y)
        let seed = ts.count == 1 ? ts[0] : b.emitMulti(.tuple, ts, types: [custom.resultType!])[0]
        let t = b.emitMulti(.call(transposed.name), ps + [zero, seed], types: [rt])[0]
        dst.resultType = .tuple([rt, rt])
        b.emitVoid(.ret, b.emitMulti(.tuple, [y, t], types: [.tuple([rt, rt])]))
        b.finish()
        module.add(dst)
        return dst
    }

    /// Columns of the Jacobian by forward mode: for each input element j, the JVP with the
    /// unit tangent e_j is column j; columns are stacked, then moved to the last axes. A record
    /// or tuple input or output counts as the vector it flattens to (fields in order).
    func buildJacobian(_ f: Function, wrt k: Int, name: String, loc: Loc) throws -> Function {
        guard let rt = f.resultType, let dy = module.leaves(rt).first?.type.dtype else {
            throw ADError("jacobian needs a float output", at: loc)
        }
        let xt = f.type(f.params[k])
        let jvp = try buildJVP(f, wrt: [k], name: uniqueName(f.name + "_jvp"))
        module.add(jvp)
        let dst = Function(name: name, loc: loc)
        let b = IRBuilder(dst)
        b.loc = loc
        let e = Emitter(b: b)
        let params = zip(f.params, f.paramNames).map { b.param($1, f.type($0)) }
        let x = params[k]
        let y = b.emitMulti(.call(f.name), params, types: [rt])[0]
        let n = try elementCount(e, x)
        let flatY = try flatten(e, y)
        let buf0 = try e.op(.stackAlloc, [n, flatY], type: .tensor(dy, [.dynamic] + e.type(flatY).shape!))
        let zero = b.constant(Tensor.scalar(0, .i32))
        let args = b.beginRegion([.scalar(.i32), e.type(buf0)])
        let unit = try e.op(.oneHot(xt.leafDType(module)), [args[0], n], type: .tensor(xt.leafDType(module), [.dynamic]))
        let tangent = try unflatten(e, unit, like: x)
        var callArgs = params
        callArgs.append(tangent)
        let r = b.emitMulti(.call(jvp.name), callArgs, types: [.tuple([rt, rt])])[0]
        let col = try flatten(e, e.op(.extract(1), [r], type: rt))
        b.emitVoid(.yield, [try e.op(.setIndex, [args[1], args[0], col])])
        let region = b.endRegion()
        let cols = b.emitMulti(.forLoop, [zero, n, buf0], types: [e.type(buf0)], regions: [region])[0]
        // [N, out...] -> [out..., N] -> [out..., in...]
        let sy = e.type(flatY).shape!, sx = xt.isTensor ? xt.shape! : [module.flatLength(xt)]
        let r0 = sy.count
        let moved = r0 == 0 ? cols : try e.op(.transpose(Array(1...r0) + [0]), [cols])
        let outType = IRType.tensor(dy, sy + sx)
        var dims: [ValueID] = []
        for v in xt.isTensor ? [flatY, x] : [flatY] where !e.type(v).shape!.isEmpty {
            let s = try e.op(.shapeOf, [v])
            for a in 0..<e.type(v).shape!.count {
                dims.append(try e.op(.index([.at]), [s, b.constant(Tensor.scalar(Double(a), .i32))], type: .scalar(.i32)))
            }
        }
        if !xt.isTensor { dims.append(n) }
        let jac = try e.op(.reshape, [moved] + dims, type: outType)
        dst.resultType = outType
        b.emitVoid(.ret, [jac])
        b.finish()
        return dst
    }

    // MARK: - Records and tuples as vectors

    /// The number of elements of every tensor inside `v`, an i32 scalar.
    func elementCount(_ e: Emitter, _ v: ValueID) throws -> ValueID {
        if let k = module.flatLength(e.type(v)).known { return e.b.constant(Tensor.scalar(Double(k), .i32)) }
        var total: ValueID? = nil
        for l in module.leaves(e.type(v)) {
            let x = try e.component(v, l.path, in: module)
            let c = try e.op(.reduce(.prod, axis: nil, keepDims: false), [e.op(.shapeOf, [x])])
            total = try total.map { try e.add($0, c) } ?? c
        }
        return total!
    }

    /// A tensor as is; a record or tuple as the vector of its tensors flattened and concatenated.
    func flatten(_ e: Emitter, _ v: ValueID) throws -> ValueID {
        let t = e.type(v)
        if t.isTensor { return v }
        let parts = try module.leaves(t).map { l -> ValueID in
            let x = try e.component(v, l.path, in: module)
            return try e.op(.reshape, [x, elementCount(e, x)], type: .tensor(l.type.dtype!, [module.flatLength(l.type)]))
        }
        return parts.count == 1 ? parts[0] : try e.op(.concat(0), parts)
    }

    /// The vector `vec` shaped like `like`: for a record or tuple, consecutive slices of it
    /// reshaped to each tensor inside, the inverse of `flatten`.
    func unflatten(_ e: Emitter, _ vec: ValueID, like: ValueID) throws -> ValueID {
        let t = e.type(like)
        if t.isTensor { return try e.op(.reshapeLike, [vec, like]) }
        var offset = e.b.constant(Tensor.scalar(0, .i32))
        func build(_ v: ValueID) throws -> ValueID {
            let vt = e.type(v)
            if vt.isTensor {
                let end = try e.add(offset, elementCount(e, v))
                let slice = try e.op(.index([.range(hasStart: true, hasStop: true, step: 1)]), [vec, offset, end],
                                     type: .tensor(vt.dtype!, [module.flatLength(vt)]))
                offset = end
                return try e.op(.reshapeLike, [slice, v])
            }
            let parts = try module.componentTypes(vt).indices.map { try build(e.component(v, [$0], in: module)) }
            return e.b.emitMulti(module.aggregateOp(vt), parts, types: [vt])[0]
        }
        return try build(like)
    }
}
