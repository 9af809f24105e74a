// Randomness for training: keys as JAX's raw keys (an i32[2], see GradTensor/Random.swift),
// `key(seed)`, `split(k)` / `split(k, n)`, `fold_in(k, d)`, the `key:` argument of `randn`,
// `rand` and `permutation`, and `dropout(x, rate, k, training:)`. Keys are values like any
// other: passed to functions, carried by loops, derived per step with `fold_in(k, step)`.
// `dropout` is lowered to `rand`, a comparison and `where`, so both AD modes differentiate it
// with `where`'s rule and its mask is the same in the primal and in every derivative.

import GradIR
import GradSyntax
import GradTensor

extension Builtins {
    static let randomTable: [Builtin] = [
        Builtin("randn", 1...1, labels: ["seed", "key", "dtype"], usage: "randn([a, b], key: k, dtype: f32) or randn([a, b], seed: 1)", lower: randomCall),
        Builtin("rand", 1...1, labels: ["seed", "key", "dtype"], usage: "rand([a, b], key: k, dtype: f32) or rand([a, b], seed: 1)", lower: randomCall),
        Builtin("permutation", 1...1, labels: ["seed", "key"], usage: "permutation(n, key: k) or permutation(n, seed: s)", lower: permutationCall),
        Builtin("key", 1...1, usage: "key(seed)", lower: keyCall),
        Builtin("split", 1...2, usage: "let (k1, k2) = split(k)   or   let keys = split(k, n)", lower: splitCall),
        Builtin("fold_in", 2...2, usage: "fold_in(k, step)", lower: foldInCall),
        Builtin("dropout", 3...3, labels: ["training"], usage: "dropout(x, rate, k, training: true)", lower: dropoutCall),
    ]

    /// A key argument: an i32[2].
    static func keyValue(_ g: FunctionGen, _ a: Arg) -> TV? {
        guard let k = g.value(a.value, hint: nil) else { return nil }
        guard case .tensor(.i32, let s) = g.type(k), s.count == 1, s[0].known == 2 || s[0].isDynamic else {
            g.diags.error("a key is an i32[2] made by key(seed), split(k) or fold_in(k, d), got \(g.type(k))", at: a.range); return nil
        }
        return g.strong(k)
    }

    /// The seed of a random op: `key: k`, `seed: s` (an i32), or 0.
    static func seedValue(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange) -> TV? {
        if let k = a.label("key") {
            if a.label("seed") != nil { g.diags.error("\(n) takes a key or a seed, not both", at: r); return nil }
            return keyValue(g, k)
        }
        if let s = a.label("seed") { return g.intScalar(s.value, "a seed") }
        return g.constant(Tensor.scalar(0, .i32))
    }

    static func randomCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let (dims, ds) = shapeList(g, a.pos[0], n), let d = dtypeArg(g, a, hint) else { return nil }
        guard d.isFloat else { g.diags.error("\(n) makes float tensors; dtype \(d.rawValue) is not one", at: r); return nil }
        guard let seed = seedValue(g, a, n, r) else { return nil }
        return g.emit(.random(normal: n == "randn", d), [seed] + dims, type: .tensor(d, ds), at: r)
    }

    static func permutationCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let k = g.intScalar(a.pos[0].value, "the length"), let seed = seedValue(g, a, n, r) else { return nil }
        return g.emit(.permutation, [seed, k], type: .tensor(.i32, [k.dim ?? .dynamic]), at: r)
    }

    /// key(seed) = [seed < 0 ? -1 : 0, seed]: the key whose draws are `seed:`'s.
    static func keyCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let s = g.intScalar(a.pos[0].value, "a seed") else { return nil }
        let zero = g.constant(Tensor.scalar(0, .i32)), minusOne = g.constant(Tensor.scalar(-1, .i32))
        guard let negative = g.emit(.binary(.lt), [s, zero], at: r), let high = g.emit(.select, [negative, minusOne, zero], at: r),
              let h1 = g.emit(.expandDims(0), [high], at: r), let s1 = g.emit(.expandDims(0), [s], at: r) else { return nil }
        return g.emit(.concat(0), [h1, s1], at: r)
    }

    /// split(k) -> (k1, k2); split(k, n) -> i32[n, 2], a key per row: fold_in(k, arange(n)).
    static func splitCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let k = keyValue(g, a.pos[0]) else { return nil }
        if a.pos.count == 2 {
            guard let count = g.intScalar(a.pos[1].value, "the number of keys") else { return nil }
            if let c = count.dim?.known, c < 0 { g.diags.error("split into \(c) keys", at: a.pos[1].range); return nil }
            guard let idx = g.emit(.arange, [count], type: .tensor(.i32, [count.dim ?? .dynamic]), at: r) else { return nil }
            return g.emit(.foldIn, [k, idx], at: r)
        }
        guard let idx = g.emit(.arange, [g.constant(Tensor.scalar(2, .i32))], type: .tensor(.i32, [Dim(2)]), at: r),
              let keys = g.emit(.foldIn, [k, idx], at: r) else { return nil }
        var parts: [ValueID] = []
        for i in 0..<2 {
            guard let row = g.emit(.index([.at]), [keys, g.constant(Tensor.scalar(Double(i), .i32))], type: .tensor(.i32, [Dim(2)]), at: r) else { return nil }
            parts.append(row.v)
        }
        return TV(v: g.b.emitMulti(.tuple, parts, types: [.tuple([.tensor(.i32, [Dim(2)]), .tensor(.i32, [Dim(2)])])])[0])
    }

    /// fold_in(k, d): a key derived from k and the i32 d; a key per element when d is a tensor.
    static func foldInCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let k = keyValue(g, a.pos[0]), let d = g.value(a.pos[1].value, hint: .scalar(.i32)) else { return nil }
        guard g.type(d).dtype == .i32 else {
            g.diags.error("fold_in folds in i32 data (a step, an index), got \(g.type(d))", at: a.pos[1].range,
                          notes: g.type(d).isFloatTensor ? [.init("convert it with i32(...)")] : []); return nil
        }
        return g.emit(.foldIn, [k, g.strong(d)], at: r)
    }

    /// dropout(x, rate, k, training: t): inverted dropout, each element kept with probability
    /// 1 - rate and scaled by 1 / (1 - rate), as flax.linen.Dropout and torch.nn.Dropout; x as
    /// it is when t is false; zeros when the rate is 1.
    static func dropoutCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: hint), let rate0 = g.value(a.pos[1].value, hint: nil),
              let k = keyValue(g, a.pos[2]) else { return nil }
        guard case .tensor(let d, let shape) = g.type(x0), d.isFloat else {
            g.diags.error("dropout needs a float tensor, got \(g.type(x0))", at: a.pos[0].range); return nil
        }
        let x = g.strong(x0)
        guard let rate = g.convertWeak(rate0, to: d, at: a.pos[1].range) else { return nil }
        guard g.type(rate) == .scalar(d) else {
            g.diags.error("dropout's rate must be a \(d.rawValue) scalar, like x, got \(g.type(rate))", at: a.pos[1].range); return nil
        }
        var training: TV?
        if let t = a.label("training") {
            guard let tv = g.value(t.value, hint: .scalar(.bool)) else { return nil }
            guard g.type(tv) == .scalar(.bool) else {
                g.diags.error("training must be a bool, got \(g.type(tv))", at: t.range); return nil
            }
            if let c = g.constants[tv.v] {
                if c.scalarValue == 0 { return x }
            } else {
                training = g.strong(tv)
            }
        }
        var dropped: TV
        let p = g.constants[rate.v]?.scalarValue
        if let p {
            guard p >= 0 && p <= 1 else { g.diags.error("dropout's rate must be in [0, 1], got \(p)", at: a.pos[1].range); return nil }
            if p == 0 { return x }
        }
        if p == 1 {
            guard let z = g.emit(.zerosLike, [x], at: r) else { return nil }
            dropped = z
        } else {
            var dims: [TV] = []
            for i in 0..<shape.count {
                guard let v = dimValue(g, x, i, r) else { return nil }
                dims.append(v)
            }
            let one = g.constant(Tensor.scalar(1, d)), zero = g.constant(Tensor.scalar(0, d))
            guard let u = g.emit(.random(normal: false, d), [k] + dims, type: .tensor(d, shape), at: r),
                  let keep = g.emit(.binary(.ge), [u, g.strong(rate)], at: r),
                  let kept = g.emit(.binary(.sub), [one, g.strong(rate)], at: r),
                  let scaled = g.emit(.binary(.div), [x, kept], at: r),
                  let out = g.emit(.select, [keep, scaled, zero], at: r) else { return nil }
            dropped = out
        }
        guard let t = training else { return dropped }
        return g.emit(.select, [t, dropped, x], at: r)
    }
}
