// Built-in functions of LANGUAGE.md, as a table: one row per built-in holds its surface name,
// the arguments it takes (how many, which labels), how a call is written (shown when a call is
// wrong) and how a call lowers to IR ops. The parser's set of built-in names, REPL completion,
// "did you mean" suggestions and the tests that check the editor grammar and the README read
// the table. The elementwise built-ins and the reductions come from their op tables (`UnaryFn`,
// `BinaryFn`, `ReduceKind`); the other rows' lowerings are in BuiltinsLowering.swift.
//
// Composite built-ins are lowered to the ops they are defined by, so the differentiation
// passes need rules only for primitives:
//   norm(x)             = sqrt(sum(x * x))
//   softmax(x, axis)    = exp(x - logsumexp(x, axis, keepdims))
//   log_softmax(x, axis)= x - logsumexp(x, axis, keepdims)
//   cross_entropy(l, y) = -sum(log_softmax(l, -1) * one_hot(y, k), axis: -1)   (one loss per row)
//   mse(a, b)           = mean(square(a - b))
//   dot(a, b)           = sum(a * b) for vectors, a @ b otherwise;  outer(a, b) = a[:, None] * b[None, :]
//   stack(xs, axis)     = concat of expand_dims(x, axis)
//   tril(x, k)          = where(j - i <= k, x, 0) over the last two axes; triu with >=
//   conv2d, max_pool, avg_pool = a gather of windows (im2col), then a matmul, max or mean
//                         (BuiltinsConv.swift)

import Foundation
import GradIR
import GradSyntax
import GradTensor

/// One built-in function: its name, its arguments and its lowering.
struct Builtin {
    typealias Lowering = (_ g: FunctionGen, _ a: Builtins.Args, _ name: String, _ r: SourceRange, _ hint: IRType?) -> TV??
    let name: String
    /// How many positional arguments a call may give.
    let arity: ClosedRange<Int>
    /// The labeled arguments it takes (some may also be given by position).
    let labels: Set<String>
    /// How a call is written, as shown under an error.
    let usage: String
    let lower: Lowering

    init(_ name: String, _ arity: ClosedRange<Int>, labels: Set<String> = [], usage: String, lower: @escaping Lowering) {
        self.name = name; self.arity = arity; self.labels = labels; self.usage = usage; self.lower = lower
    }
}

public enum Builtins {
    // (parallelTable is appended here: appended to `others` after randomTable, Swift 6.3.1's
    // release build crashed initializing this table, in Set(arrayLiteral:) of a row's labels.
    // .ci/run runs the release build, as the README's first command does.)
    static let table: [Builtin] =
        UnaryFn.allCases.filter { $0.spec.surface == .function }.map { f in
            Builtin(f.rawValue, 1...1, usage: "\(f.rawValue)(x)") { g, a, n, r, _ in unaryCall(g, f, a, n, r) }
        } + ReduceKind.allCases.map { k in
            Builtin(k.rawValue, 1...1, labels: ["axis", "keepdims"], usage: "\(k.rawValue)(x, axis: k, keepdims: false)") { g, a, n, r, _ in
                reductionCall(g, k, a, n, r)
            }
        } + BinaryFn.allCases.filter { $0.spec.surface == .function }.map { f in
            Builtin(f.rawValue, 2...2, usage: "\(f.rawValue)(a, b)") { g, a, n, r, _ in binaryCall(g, f, a, n, r) }
        } + others + parallelTable

    static let others: [Builtin] = [
        Builtin("zeros_like", 1...1, usage: "zeros_like(x)", lower: zerosLikeCall),
        Builtin("sum_to", 2...2, usage: "sum_to(x, like)", lower: likeShaped),
        Builtin("broadcast_like", 2...2, usage: "broadcast_like(x, like)", lower: likeShaped),
        Builtin("reshape_like", 2...2, usage: "reshape_like(x, like)", lower: likeShaped),
        Builtin("stack_zeros", 2...2, usage: "stack_zeros(n, like): zeros of shape [n] + shape(like)", lower: stackZerosCall),
        Builtin("set_index", 3...3, usage: "set_index(x, i, v): x with x[i] = v", lower: setIndexCall),
        Builtin("checkpoint_plan", 3...3, usage: "checkpoint_plan(trips, state_bytes, \"sqrt\"): the planner's schedule for a loop, encoded as an i32 vector", lower: checkpointPlanCall),
        Builtin("round", 1...2, labels: ["decimals"], usage: "round(x, 2)", lower: roundCall),
        Builtin("leaky_relu", 1...2, labels: ["alpha"], usage: "leaky_relu(x, 0.01)", lower: leakyReluCall),
        Builtin("where", 3...3, usage: "where(condition, a, b)", lower: whereCall),
        Builtin("tril", 1...2, labels: ["k"], usage: "tril(x, k: 0)", lower: triangleCall),
        Builtin("triu", 1...2, labels: ["k"], usage: "triu(x, k: 0)", lower: triangleCall),
        Builtin("cast_like", 2...2, usage: "cast_like(x, like)", lower: castLike),
        Builtin("argmax", 1...1, labels: ["axis"], usage: "argmax(x, axis: k)", lower: argmaxCall),
        Builtin("accuracy", 2...2, usage: "accuracy(logits, labels)", lower: accuracyCall),
        Builtin("norm", 1...1, labels: ["axis", "keepdims"], usage: "norm(x, axis: k)", lower: normCall),
        Builtin("transpose", 1...2, labels: ["axes"], usage: "transpose(x) or transpose(x, [1, 0, 2])", lower: transposeCall),
        Builtin("dot", 2...2, usage: "dot(a, b)", lower: dotOrOuter),
        Builtin("outer", 2...2, usage: "outer(a, b)", lower: dotOrOuter),
        Builtin("reshape", 2...2, usage: "reshape(x, [a, b])", lower: reshapeOrBroadcast),
        Builtin("broadcast_to", 2...2, usage: "broadcast_to(x, [a, b])", lower: reshapeOrBroadcast),
        Builtin("concat", 1...1, labels: ["axis"], usage: "concat([a, b], axis: 0)", lower: concatOrStack),
        Builtin("stack", 1...1, labels: ["axis"], usage: "stack([a, b], axis: 0)", lower: concatOrStack),
        Builtin("expand_dims", 1...2, labels: ["axis"], usage: "expand_dims(x, axis: k)", lower: expandOrSqueeze),
        Builtin("squeeze", 1...2, labels: ["axis"], usage: "squeeze(x, axis: k)", lower: expandOrSqueeze),
        Builtin("softmax", 1...1, labels: ["axis"], usage: "softmax(x, axis: -1)", lower: softmaxCall),
        Builtin("log_softmax", 1...1, labels: ["axis"], usage: "log_softmax(x, axis: -1)", lower: softmaxCall),
        Builtin("cross_entropy", 2...2, usage: "cross_entropy(logits, labels)", lower: crossEntropyCall),
        Builtin("mse", 2...2, usage: "mse(a, b)", lower: mseCall),
        Builtin("one_hot", 2...2, labels: ["dtype"], usage: "one_hot(labels, k, dtype: f32)", lower: oneHotCall),
        Builtin("zeros", 1...1, labels: ["dtype"], usage: "zeros([a, b], dtype: f32)", lower: filled),
        Builtin("ones", 1...1, labels: ["dtype"], usage: "ones([a, b], dtype: f32)", lower: filled),
        Builtin("full", 2...2, labels: ["dtype"], usage: "full([a, b], value, dtype: f32)", lower: fullCall),
        Builtin("glorot_uniform", 1...1, labels: ["seed", "key", "dtype"], usage: "glorot_uniform([fan_in, fan_out], key: k, dtype: f32) or seed: 1", lower: initializer),
        Builtin("glorot_normal", 1...1, labels: ["seed", "key", "dtype"], usage: "glorot_normal([fan_in, fan_out], key: k, dtype: f32) or seed: 1", lower: initializer),
        Builtin("he_uniform", 1...1, labels: ["seed", "key", "dtype"], usage: "he_uniform([fan_in, fan_out], key: k, dtype: f32) or seed: 1", lower: initializer),
        Builtin("he_normal", 1...1, labels: ["seed", "key", "dtype"], usage: "he_normal([fan_in, fan_out], key: k, dtype: f32) or seed: 1", lower: initializer),
        Builtin("arange", 1...1, usage: "arange(n)", lower: arangeCall),
        Builtin("f32", 1...1, usage: "f32(x)", lower: convertCall),
        Builtin("f64", 1...1, usage: "f64(x)", lower: convertCall),
        Builtin("i32", 1...1, usage: "i32(x)", lower: convertCall),
        Builtin("stop_gradient", 1...1, usage: "stop_gradient(x)", lower: stopGradientCall),
        Builtin("shape", 1...1, usage: "shape(x)", lower: shapeCall),
        Builtin("load", 1...1, usage: "let x: f32[n, 64] = load(\"file.npy\")", lower: loadCall),
        Builtin("save", 2...2, usage: "save(\"file.npy\", x)", lower: saveCall),
        Builtin("progress", 4...4, labels: ["print"], usage: "progress(epoch, step, total, loss, print: true)", lower: progressCall),
        Builtin("take_along_axis", 2...3, labels: ["axis"], usage: "take_along_axis(x, idx, axis: -1)", lower: takeAlongAxisCall),
        Builtin("conv2d", 2...2, labels: ["stride", "padding", "dilation"],
                usage: "conv2d(x, w, stride: 1, padding: \"valid\", dilation: 1) with x: f[N, H, W, C], w: f[KH, KW, C, F]", lower: conv2dCall),
        Builtin("max_pool", 1...1, labels: ["window", "stride", "padding"],
                usage: "max_pool(x, window: [2, 2], stride: [2, 2], padding: \"valid\") with x: f[N, H, W, C]", lower: poolCall),
        Builtin("avg_pool", 1...1, labels: ["window", "stride", "padding"],
                usage: "avg_pool(x, window: [2, 2], stride: [2, 2], padding: \"valid\") with x: f[N, H, W, C]", lower: poolCall),
        Builtin("take", 2...2, usage: "take(x, idx): the rows of x at the i32 indices idx", lower: takeCall),
        Builtin("scatter_rows", 3...3, usage: "scatter_rows(v, like, idx): zeros like `like`, v's rows added at idx", lower: scatterRowsCall),
        Builtin("print_norms", 1...1, labels: ["print"], usage: "print_norms(g, print: true)", lower: printNormsCall),
        Builtin("print", 0...Int.max, usage: "print(\"loss \", loss)", lower: printCall)
    ] + randomTable

    static let byName: [String: Builtin] = Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0) })
    public static let names: [String] = table.map(\.name).sorted()

    static func isBuiltin(_ n: String) -> Bool { byName[n] != nil }

    /// Built-ins a program's own function of the same name replaces: library conveniences that
    /// derivative source never prints (so `fn accuracy(...)` in a program keeps working).
    static let shadowable: Set<String> = ["accuracy", "glorot_uniform", "glorot_normal", "he_uniform", "he_normal"]

    /// Arguments split into positional and labeled, checked against what the built-in takes.
    struct Args {
        var pos: [Arg]
        var labeled: [String: Arg]
        func label(_ l: String) -> Arg? { labeled[l] }
    }

    static func split(_ g: FunctionGen, _ n: String, _ args: [Arg], _ r: SourceRange, count: ClosedRange<Int>, labels: Set<String> = [],
                      usage: String) -> Args? {
        var pos: [Arg] = []
        var labeled: [String: Arg] = [:]
        for a in args {
            if let l = a.label {
                guard labels.contains(l) else {
                    g.diags.error("\(n) has no argument labeled '\(l):'", at: a.range, notes: [.init("usage: \(usage)")])
                    return nil
                }
                if labeled[l] != nil { g.diags.error("argument '\(l):' given twice", at: a.range); return nil }
                labeled[l] = a
            } else {
                if !labeled.isEmpty && !(labels.isEmpty) && pos.count >= count.lowerBound {
                    g.diags.error("positional argument after a labeled one", at: a.range)
                    return nil
                }
                pos.append(a)
            }
        }
        // A labeled argument may also be given by position when the usage allows (expand_dims(x, 0)).
        guard count.contains(pos.count) else {
            let want = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            g.diags.error("\(n) takes \(want) argument\(count.upperBound == 1 ? "" : "s"), got \(pos.count)", at: r, notes: [.init("usage: \(usage)")])
            return nil
        }
        return Args(pos: pos, labeled: labeled)
    }

    // MARK: - Lowering

    static func lower(_ g: FunctionGen, _ n: String, _ nr: SourceRange, _ args: [Arg], _ r: SourceRange, hint: IRType?) -> TV?? {
        guard let b = byName[n] else { g.diags.error("unknown function '\(n)'", at: nr); return nil }
        guard let a = split(g, n, args, r, count: b.arity, labels: b.labels, usage: b.usage) else { return nil }
        return b.lower(g, a, n, r, hint)
    }

    static func unaryCall(_ g: FunctionGen, _ f: UnaryFn, _ a: Args, _ n: String, _ r: SourceRange) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: nil) else { return nil }
        if isRecord(g, x0) {
            return g.recordFieldwise(x0, nil, at: r) { fx, _ in floatArg(g, a.pos[0], n, allowInt: f.acceptsInt, value: fx).flatMap { g.emit(.unary(f), [$0], at: r) } }
        }
        guard let x = floatArg(g, a.pos[0], n, allowInt: f.acceptsInt, value: x0) else { return nil }
        return g.emit(.unary(f), [x], at: r)
    }

    static func reductionCall(_ g: FunctionGen, _ k: ReduceKind, _ a: Args, _ n: String, _ r: SourceRange) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil) else { return nil }
        if k == .sum && isRecord(g, x) { return recordReduction(g, n, x, a, r) }
        guard g.type(x).isTensor else { g.diags.error("\(n) needs a tensor, got \(g.type(x))", at: a.pos[0].range); return nil }
        var xx = x
        if k.spec.intResult == nil, let c = floatArg(g, a.pos[0], n, allowInt: false, value: x) { xx = c }
        guard let (axis, keep) = axisArgs(g, a, n) else { return nil }
        return g.emit(.reduce(k, axis: axis, keepDims: keep), [xx], at: r)
    }

    // MARK: - Helpers

    /// Glorot (Xavier) and He (Kaiming) initializers, seeded: rand or randn scaled by the fans
    /// of the shape, as JAX computes them (the last axis is fan-out, the one before fan-in, and
    /// any axes before those multiply both; a vector's fans are its length).
    ///   glorot_uniform U(-a, a), a = √(6 / (in + out))   glorot_normal N(0, 2 / (in + out))
    ///   he_uniform     U(-a, a), a = √(6 / in)           he_normal     N(0, 2 / in)
    static func initializer(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let (dims, ds) = shapeList(g, a.pos[0], n), let d = dtypeArg(g, a, hint) else { return nil }
        guard d.isFloat, !dims.isEmpty else {
            g.diags.error("\(n) makes float tensors of rank 1 or more", at: r); return nil
        }
        guard let seed = seedValue(g, a, n, r) else { return nil }
        let normal = n.hasSuffix("normal")
        func float(_ v: TV) -> TV? { g.emit(.convert(d), [v], at: r) }
        func mul(_ x: TV?, _ y: TV?) -> TV? { guard let x, let y else { return nil }; return g.emit(.binary(.mul), [x, y], at: r) }
        let k = dims.count
        var receptive: TV? = g.constant(Tensor.scalar(1, d))
        for i in 0..<max(0, k - 2) { receptive = mul(receptive, float(dims[i])) }
        let fanIn = k == 1 ? float(dims[0]) : mul(float(dims[k - 2]), receptive)
        let fanOut = k == 1 ? float(dims[0]) : mul(float(dims[k - 1]), receptive)
        guard let fi = fanIn, let fo = fanOut,
              let denom = n.hasPrefix("glorot") ? g.emit(.binary(.add), [fi, fo], at: r) : fi,
              let ratio = g.emit(.binary(.div), [g.constant(Tensor.scalar(normal ? 2 : 6, d)), denom], at: r),
              let scale = g.emit(.unary(.sqrt), [ratio], at: r),
              var x = g.emit(.random(normal: normal, d), [seed] + dims, type: .tensor(d, ds), at: r) else { return nil }
        if !normal {
            // rand is U[0, 1): 2·u − 1 is U[−1, 1).
            guard let twice = g.emit(.binary(.mul), [x, g.constant(Tensor.scalar(2, d))], at: r),
                  let centered = g.emit(.binary(.sub), [twice, g.constant(Tensor.scalar(1, d))], at: r) else { return nil }
            x = centered
        }
        return g.emit(.binary(.mul), [x, scale], at: r)
    }

    /// A float tensor argument; weak integer literals become f64, i32 tensors are rejected.
    static func floatArg(_ g: FunctionGen, _ a: Arg, _ n: String, allowInt: Bool, value: TV? = nil) -> TV? {
        guard let x = value ?? g.value(a.value, hint: nil) else { return nil }
        guard let d = g.type(x).dtype else { g.diags.error("\(n) needs a tensor, got \(g.type(x))", at: a.range); return nil }
        if d.isFloat || (allowInt && d == .i32) { return x }
        if x.weak && d == .i32 { return g.convertWeak(x, to: .f64, at: a.range) }
        g.diags.error("\(n) needs a float tensor, got \(g.type(x))", at: a.range,
                      notes: d == .i32 ? [.init("convert it with f32(...) or f64(...)")] : [])
        return nil
    }

    static func axisArgs(_ g: FunctionGen, _ a: Args, _ n: String) -> (Int?, Bool)? {
        var axis: Int?
        if let ax = a.label("axis") {
            guard let k = g.compileTimeInt(ax.value, "an axis") else { g.diags.error("axis must be an integer literal", at: ax.range); return nil }
            axis = k
        }
        var keep = false
        if let kd = a.label("keepdims") {
            guard case .bool(let v) = kd.value.kind else { g.diags.error("keepdims must be true or false", at: kd.range); return nil }
            keep = v
        }
        return (axis, keep)
    }

    static func dtypeArg(_ g: FunctionGen, _ a: Args, _ hint: IRType?) -> DType? {
        if let d = a.label("dtype") {
            guard case .name(let s) = d.value.kind, let t = DType(rawValue: s) else {
                g.diags.error("dtype must be one of f32, f64, i32, bool", at: d.range); return nil
            }
            return g.gen.promote(t)
        }
        return hint?.dtype ?? .f64
    }

    /// A shape written as a list `[a, b]`: one i32 scalar operand per dimension, and the
    /// static dims they denote (sizes known at compile time, symbolic, or run-time).
    static func shapeList(_ g: FunctionGen, _ a: Arg, _ n: String) -> ([TV], [Dim])? {
        guard case .tensor(let es) = a.value.kind else {
            g.diags.error("\(n) takes a shape written as a list, like [n, 3]", at: a.range)
            return nil
        }
        var tvs: [TV] = []
        var dims: [Dim] = []
        for e in es {
            guard let v = g.intScalar(e, "a size") else { return nil }
            if let k = v.dim?.known, k < 0, !(n == "reshape" && k == -1) {
                g.diags.error("negative size \(k)", at: e.range); return nil
            }
            tvs.append(v)
            dims.append(v.dim ?? .dynamic)
        }
        return (tvs, dims)
    }

    /// The run-time size of axis `k` of `x`, as an i32 scalar.
    static func dimValue(_ g: FunctionGen, _ x: TV, _ k: Int, _ r: SourceRange) -> TV? {
        let d = g.type(x).shape![k]
        if let c = d.known { return g.constant(Tensor.scalar(Double(c), .i32)) }
        guard let sh = g.emit(.shapeOf, [x], at: r) else { return nil }
        let i = g.constant(Tensor.scalar(Double(k), .i32))
        var v = g.emit(.index([.at]), [sh, i], type: .scalar(.i32), at: r)
        v?.dim = d
        return v
    }

    static func logSoftmax(_ g: FunctionGen, _ x: TV, _ axis: Int, _ r: SourceRange, exp: Bool) -> TV? {
        guard let lse = g.emit(.reduce(.logsumexp, axis: axis, keepDims: true), [x], at: r),
              let d = g.emit(.binary(.sub), [x, lse], at: r) else { return nil }
        return exp ? g.emit(.unary(.exp), [d], at: r) : d
    }
}
