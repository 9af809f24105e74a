// Signatures of derived functions, from LANGUAGE.md's table:
//
//   grad(f, wrt: a, b)        f's inputs -> gradients of a, b (one value, or a tuple); f returns a scalar
//   grad(f)                   as above, with respect to every float input
//   value_and_grad(f, wrt:)   f's inputs -> (value, gradients...)
//   vjp(f, wrt:)              f's inputs, then a cotangent of f's output -> cotangents of wrt
//   jvp(f, wrt:)              f's inputs, then a tangent per wrt -> (value, output tangent)
//   jacobian(f, wrt: x)       f's inputs -> shape (output dims..., input dims...)
//   hessian(f, wrt: x)        f's inputs -> shape (input dims..., input dims...); f returns a scalar
//   vmap(f, over: a, b)       f's inputs, a and b with a leading batch axis -> f's result with one
//                             (`over:` omitted: every input); the batch's size name is `batch`
//                             unless f's signature uses it (GradIR/Batching.swift)
//
// Nested transforms (`jvp(grad(f, wrt: x), wrt: x)`) get a generated name for the inner
// function (`grad_f`), so every derived function is an ordinary named function.

import GradIR
import GradSyntax
import GradTensor

extension IRGen {

    func declareDerived() {
        for case .derived(let d) in program.items {
            if signatures[d.name] != nil || Builtins.isBuiltin(d.name) || module.structDef(d.name) != nil {
                diags.error("'\(d.name)' is already declared", at: d.nameRange)
                continue
            }
            // A declaration that failed has said why: calls to it report nothing more.
            if declareDerivedExpr(d.transform, name: d.name) == nil { brokenSignatures.insert(d.name) }
        }
    }

    /// Declares `name` as `e`, declaring generated names for nested transforms first.
    func declareDerivedExpr(_ e: DerivedExpr, name: String) -> String? {
        guard let transform = Transform(rawValue: e.transform) else {
            diags.error("unknown transform '\(e.transform)'", at: e.range,
                        notes: suggestion(e.transform, among: Transform.allCases.map(\.rawValue).sorted())
                            + [.init("the transforms are grad, value_and_grad, vjp, jvp, jacobian, hessian and vmap")])
            return nil
        }
        let base: String
        switch e.function {
        case .name(let n, let r):
            guard signatures[n] != nil else {
                if !brokenSignatures.contains(n) {
                    diags.error("unknown function '\(n)'", at: r, notes: suggestion(n, among: Array(signatures.keys)))
                }
                return nil
            }
            base = n
        case .derived(let inner):
            var generated = "\(inner.transform)_\(innerBaseName(inner))"
            while signatures[generated] != nil { generated += "_" }
            guard let b = declareDerivedExpr(inner, name: generated) else { return nil }
            base = b
        }
        guard let sig = signatures[base] else { return nil }
        // Resolve wrt to parameter indices: named, or every float input.
        var wrt: [Int] = []
        if let names = e.wrt {
            for (n, r) in names {
                guard let k = sig.params.firstIndex(where: { $0.name == n }) else {
                    diags.error("'\(n)' is not a parameter of '\(base)'", at: r,
                                notes: suggestion(n, among: sig.params.map(\.name)))
                    return nil
                }
                guard transform == .vmap || isDifferentiable(sig.params[k].type) else {
                    diags.error("cannot differentiate with respect to '\(n)': \(sig.params[k].type) is not a float type", at: r,
                                notes: [.init("only f32, f64 tensors and records of them have derivatives")])
                    return nil
                }
                if wrt.contains(k) { diags.error("'\(n)' is named twice in \(transform.label):", at: r); return nil }
                wrt.append(k)
            }
        } else if transform == .vmap {
            // As jax.vmap's default in_axes: every parameter is batched.
            wrt = Array(sig.params.indices)
            if wrt.isEmpty {
                diags.error("'\(base)' has no parameters to batch over", at: e.range)
                return nil
            }
        } else {
            wrt = sig.params.indices.filter { isDifferentiable(sig.params[$0].type) }
            if wrt.isEmpty {
                diags.error("'\(base)' has no float inputs to differentiate with respect to", at: e.range)
                return nil
            }
        }
        guard let result = sig.result else {
            diags.error(transform == .vmap ? "'\(base)' returns nothing, so vmap of it has no result to batch"
                                           : "'\(base)' returns nothing, so it has no derivative", at: e.range)
            return nil
        }
        let wrtTypes = wrt.map { sig.params[$0].type }
        func one(_ ts: [IRType]) -> IRType { ts.count == 1 ? ts[0] : .tuple(ts) }
        func needScalar() -> Bool {
            if result.isScalar && result.isFloatTensor { return true }
            diags.error("\(e.transform) needs a function returning a float scalar; '\(base)' returns \(result)", at: e.range,
                        notes: [.init(result.isFloatTensor ? "use vjp(\(base), ...) for a function with a tensor output" : "only float outputs have derivatives")])
            return false
        }
        var params = sig.params
        let out: IRType
        switch transform {
        case .grad:
            guard needScalar() else { return nil }
            out = one(wrtTypes)
        case .valueAndGrad:
            guard needScalar() else { return nil }
            out = .tuple([result] + wrtTypes)
        case .vjp:
            guard isDifferentiable(result) else {
                diags.error("vjp needs a float output; '\(base)' returns \(result)", at: e.range); return nil
            }
            params.append(("ct_out", result))
            out = one(wrtTypes)
        case .jvp:
            guard isDifferentiable(result) else {
                diags.error("jvp needs a float output; '\(base)' returns \(result)", at: e.range); return nil
            }
            for k in wrt { params.append(("t_" + sig.params[k].name, sig.params[k].type)) }
            out = .tuple([result, result])
        case .vmap:
            // The batch axis's size name is one the signature does not use; every result is
            // batched, as with jax.vmap's out_axes=0.
            let batch = module.batchName(avoiding: sig.params.map(\.type) + [result])
            for k in wrt { params[k].type = module.batched(params[k].type, name: batch) }
            out = module.batched(result, name: batch)
        case .jacobian, .hessian: // a record or tuple counts as the vector it flattens to
            guard wrt.count == 1 else {
                diags.error("\(e.transform) takes exactly one input in wrt:", at: e.range); return nil
            }
            guard let (_, sx) = flatShape(wrtTypes[0]), let (dy, sy) = flatShape(result) else {
                diags.error("\(e.transform) of a record or tuple needs all its fields of one float type", at: e.range,
                            notes: [.init("it is taken over the fields flattened into one vector, in declaration order")])
                return nil
            }
            if transform == .hessian {
                guard needScalar() else { return nil }
                out = .tensor(dy, sx + sx)
            } else {
                out = .tensor(dy, sy + sx)
            }
        }
        signatures[name] = Signature(params: params, result: out, range: e.range)
        derived.append(DerivedSpec(name: name, transform: transform, base: base, wrt: wrt, loc: Loc(e.range)))
        return name
    }

    /// A tensor type's element type and shape; for a record or tuple of one float type, the
    /// vector its tensors flatten to (JAX's `ravel_pytree`): fields in order, each row-major.
    func flatShape(_ t: IRType) -> (DType, [Dim])? {
        if case .tensor(let d, let s) = t { return (d, s) }
        let ds = Set(module.leaves(t).map { $0.type.dtype! })
        guard ds.count == 1, let d = ds.first, d.isFloat else { return nil }
        return (d, [module.flatLength(t)])
    }

    func innerBaseName(_ e: DerivedExpr) -> String {
        switch e.function {
        case .name(let n, _): return n
        case .derived(let inner): return "\(inner.transform)_\(innerBaseName(inner))"
        }
    }

    func isDifferentiable(_ t: IRType) -> Bool {
        switch t {
        case .tensor(let d, _): return d.isFloat
        case .tuple(let ts): return !ts.isEmpty && ts.allSatisfy(isDifferentiable)
        case .record(let n): return module.structDef(n).map { $0.fields.allSatisfy { isDifferentiable($0.type) } } ?? false
        }
    }
}
