// Convolution and pooling over the two spatial axes of NHWC tensors, at the conventions of
// JAX's `lax.conv_general_dilated` with dimension numbers ("NHWC", "HWIO", "NHWC"):
//
//   conv2d(x: f[N, H, W, C], w: f[KH, KW, C, F], stride:, padding:, dilation:) -> f[N, H', W', F]
//   max_pool(x: f[N, H, W, C], window: [2, 2], stride: window, padding:)    -> f[N, H', W', C]
//   avg_pool(...)                                                            (the same arguments)
//
// stride and dilation are an integer or [along H, along W]; padding is "valid" (none), "same"
// (H' = ⌈H / stride⌉, the total padding split with the smaller half first, as JAX and
// TensorFlow do), an integer, or [[top, bottom], [left, right]]. avg_pool divides by the
// window's size, padding included (flax's default, PyTorch's count_include_pad=True);
// max_pool's padding is -inf.
//
// Each is lowered to im2col: one gather of the input's rows by an index table (every output
// position's window, with padding read from an extra row of zeros or -inf), then a matrix
// product with the kernel (conv2d) or a max or mean over the window (pooling). The table is
// computed when the program runs, from aranges (its size grows with the image; the program's
// does not), and is not folded into a constant (ConstantFolding keeps only small ones). Both AD
// modes differentiate them through those ops, so the input and kernel gradients are a scatter
// of rows and two matrix products, and higher derivatives come for free. The spatial sizes
// (H, W and the kernel's KH, KW) must be known when compiling; the batch and channel sizes
// may be symbolic.

import GradIR
import GradSyntax
import GradTensor

/// The geometry of a sliding window over the two spatial axes.
struct Window2D {
    var h = 0, w = 0                     // input
    var kh = 0, kw = 0                   // window
    var sh = 1, sw = 1                   // stride
    var dh = 1, dw = 1                   // dilation
    var top = 0, bottom = 0, left = 0, right = 0
    var oh: Int { (h + top + bottom - ((kh - 1) * dh + 1)) / sh + 1 }
    var ow: Int { (w + left + right - ((kw - 1) * dw + 1)) / sw + 1 }

    /// Whether some window reads padding: the first row or column starts before the input,
    /// or the last window ends after it.
    var readsPadding: Bool {
        top > 0 || left > 0 || (oh - 1) * sh + (kh - 1) * dh - top >= h || (ow - 1) * sw + (kw - 1) * dw - left >= w
    }
}

extension Builtins {
    static func conv2dCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: nil), let w0 = g.value(a.pos[1].value, hint: nil) else { return nil }
        let x = g.strong(x0), w = g.strong(w0)
        guard case .tensor(let d, let xs) = g.type(x), d.isFloat, xs.count == 4 else {
            g.diags.error("conv2d needs x: f[N, H, W, C], got \(g.type(x))", at: a.pos[0].range); return nil
        }
        guard case .tensor(let dw, let ws) = g.type(w), dw == d, ws.count == 4 else {
            g.diags.error("conv2d needs a kernel w: \(d.rawValue)[KH, KW, C, F] of x's type, got \(g.type(w))", at: a.pos[1].range); return nil
        }
        if let c = xs[3].known, let k = ws[2].known, c != k {
            g.diags.error("conv2d: x has \(c) channels but the kernel \(g.type(w)) expects \(k)", at: r); return nil
        }
        guard let kh = ws[0].known, let kw = ws[1].known else {
            g.diags.error("conv2d needs the kernel's spatial sizes known when compiling, got \(g.type(w))", at: a.pos[1].range); return nil
        }
        guard var geo = window(g, a, n, x, kh, kw, defaultStride: (1, 1), r) else { return nil }
        if let dl = a.label("dilation") {
            guard let (p, q) = pair(g, dl, "dilation") else { return nil }
            geo.dh = p; geo.dw = q
        }
        guard padding(g, a, n, &geo, r) else { return nil }
        guard let p = patches(g, x, geo, pad: 0, r) else { return nil }
        // [N·H'·W', KH·KW·C] @ [KH·KW·C, F]
        let rows = xs[0] * (geo.oh * geo.ow)
        guard let nn = dimValue(g, x, 0, r), let c = dimValue(g, x, 3, r), let f = dimValue(g, w, 3, r),
              let m = g.emit(.binary(.mul), [nn, g.constant(Tensor.scalar(Double(geo.oh * geo.ow), .i32))], at: r),
              let kc = g.emit(.binary(.mul), [c, g.constant(Tensor.scalar(Double(kh * kw), .i32))], at: r),
              let lhs = g.emit(.reshape, [p, m, kc], type: .tensor(d, [rows, xs[3] * (kh * kw)]), at: r),
              let rhs = g.emit(.reshape, [w, kc, f], type: .tensor(d, [ws[2] * (kh * kw), ws[3]]), at: r),
              let y = g.emit(.matmul, [lhs, rhs], at: r) else { return nil }
        return images(g, y, nn, xs[0], f, ws[3], geo, r)
    }

    static func poolCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x0 = g.value(a.pos[0].value, hint: nil) else { return nil }
        let x = g.strong(x0)
        guard case .tensor(let d, let xs) = g.type(x), d.isFloat, xs.count == 4 else {
            g.diags.error("\(n) needs x: f[N, H, W, C], got \(g.type(x))", at: a.pos[0].range); return nil
        }
        var k = (2, 2)
        if let wa = a.label("window") {
            guard let p = pair(g, wa, "window") else { return nil }
            k = p
        }
        guard var geo = window(g, a, n, x, k.0, k.1, defaultStride: k, r) else { return nil }
        guard padding(g, a, n, &geo, r) else { return nil }
        let isMax = n == "max_pool"
        guard let p = patches(g, x, geo, pad: isMax ? -.infinity : 0, windowFirst: true, r) else { return nil }
        // [KH·KW, N·H'·W', C], reduced over the window: its adjoint broadcasts rows of the
        // output along the leading axis, which both backends run as plain loops
        let positions = geo.oh * geo.ow
        guard let nn = dimValue(g, x, 0, r), let c = dimValue(g, x, 3, r),
              let m = g.emit(.binary(.mul), [nn, g.constant(Tensor.scalar(Double(positions), .i32))], at: r),
              let win = g.emit(.reshape, [p, g.constant(Tensor.scalar(Double(geo.kh * geo.kw), .i32)), m, c],
                               type: .tensor(d, [Dim(geo.kh * geo.kw), xs[0] * positions, xs[3]]), at: r),
              let y = g.emit(.reduce(isMax ? .max : .mean, axis: 0, keepDims: false), [win], at: r) else { return nil }
        return images(g, y, nn, xs[0], c, xs[3], geo, r)
    }

    /// The rows of y, one per image and output position, as images [N, H', W', channels].
    static func images(_ g: FunctionGen, _ y: TV, _ n: TV, _ batch: Dim, _ channels: TV, _ channelDim: Dim, _ geo: Window2D,
                       _ r: SourceRange) -> TV? {
        guard case .tensor(let d, _) = g.type(y) else { return nil }
        return g.emit(.reshape, [y, n, g.constant(Tensor.scalar(Double(geo.oh), .i32)), g.constant(Tensor.scalar(Double(geo.ow), .i32)), channels],
                      type: .tensor(d, [batch, Dim(geo.oh), Dim(geo.ow), channelDim]), at: r)
    }

    /// The window over x's spatial axes, which must be known, with its stride.
    static func window(_ g: FunctionGen, _ a: Args, _ n: String, _ x: TV, _ kh: Int, _ kw: Int,
                       defaultStride: (Int, Int), _ r: SourceRange) -> Window2D? {
        let xs = g.type(x).shape!
        guard let h = xs[1].known, let w = xs[2].known else {
            g.diags.error("\(n) needs x's spatial sizes known when compiling, got \(g.type(x))", at: a.pos[0].range,
                          notes: [.init("give the image sizes as numbers, like f32[n, 28, 28, 1]")]); return nil
        }
        guard kh >= 1, kw >= 1 else { g.diags.error("\(n): the window \(kh)×\(kw) is empty", at: r); return nil }
        var geo = Window2D(h: h, w: w, kh: kh, kw: kw)
        (geo.sh, geo.sw) = defaultStride
        if let s = a.label("stride") {
            guard let (p, q) = pair(g, s, "stride") else { return nil }
            (geo.sh, geo.sw) = (p, q)
        }
        return geo
    }

    /// An integer or [a, b], each ≥ 1.
    static func pair(_ g: FunctionGen, _ arg: Arg, _ what: String) -> (Int, Int)? {
        var v: [Int]?
        if let k = g.compileTimeInt(arg.value, what) { v = [k, k] }
        else if case .tensor(let es) = arg.value.kind, es.count == 2 { v = es.compactMap { g.compileTimeInt($0, what) } }
        guard let v, v.count == 2, v.allSatisfy({ $0 >= 1 }) else {
            g.diags.error("\(what) must be a positive integer or two of them, like [2, 2]", at: arg.range); return nil
        }
        return (v[0], v[1])
    }

    /// Sets the padding from the `padding:` argument and checks that the window fits.
    static func padding(_ g: FunctionGen, _ a: Args, _ n: String, _ geo: inout Window2D, _ r: SourceRange) -> Bool {
        if let p = a.label("padding") {
            let bad = "padding must be \"valid\", \"same\", an integer or [[top, bottom], [left, right]]"
            switch p.value.kind {
            case .string(let s) where s.lowercased() == "valid":
                break
            case .string(let s) where s.lowercased() == "same":
                func split(_ size: Int, _ k: Int, _ s: Int, _ d: Int) -> (Int, Int) {
                    let out = (size + s - 1) / s
                    let total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
                    return (total / 2, total - total / 2)
                }
                (geo.top, geo.bottom) = split(geo.h, geo.kh, geo.sh, geo.dh)
                (geo.left, geo.right) = split(geo.w, geo.kw, geo.sw, geo.dw)
            case .int(let k) where k >= 0:
                (geo.top, geo.bottom, geo.left, geo.right) = (k, k, k, k)
            case .tensor(let rows) where rows.count == 2:
                var v: [Int] = []
                for row in rows {
                    guard case .tensor(let es) = row.kind, es.count == 2 else { g.diags.error(bad, at: p.range); return false }
                    for e in es {
                        guard let k = g.compileTimeInt(e, "padding"), k >= 0 else { g.diags.error(bad, at: p.range); return false }
                        v.append(k)
                    }
                }
                (geo.top, geo.bottom, geo.left, geo.right) = (v[0], v[1], v[2], v[3])
            default:
                g.diags.error(bad, at: p.range); return false
            }
        }
        guard geo.oh >= 1, geo.ow >= 1, geo.h + geo.top + geo.bottom >= (geo.kh - 1) * geo.dh + 1,
              geo.w + geo.left + geo.right >= (geo.kw - 1) * geo.dw + 1 else {
            g.diags.error("\(n): the window \(geo.kh)×\(geo.kw) (dilation \(geo.dh)×\(geo.dw)) does not fit in the padded input "
                          + "\(geo.h + geo.top + geo.bottom)×\(geo.w + geo.left + geo.right)", at: r)
            return false
        }
        return true
    }

    /// The input position (ih·W + iw) each window offset of each output position reads, or H·W
    /// where it reads padding, computed from aranges: ih = y·sh + i·dh − top over
    /// [H', W', KH, KW] (likewise iw). As [1, L] in the order (oh, ow, kh, kw), or with
    /// `windowFirst` as [KH·KW, 1, H'·W'].
    static func windowTable(_ g: FunctionGen, _ geo: Window2D, windowFirst: Bool, _ r: SourceRange) -> TV? {
        func i32(_ k: Int) -> TV { g.constant(Tensor.scalar(Double(k), .i32)) }
        /// arange(n) · step + shift, laid along `axis` of a rank-4 shape of ones.
        func ramp(_ n: Int, _ step: Int, _ shift: Int, axis: Int) -> TV? {
            guard let a = g.emit(.arange, [i32(n)], type: .tensor(.i32, [Dim(n)]), at: r),
                  let m = g.emit(.binary(.mul), [a, i32(step)], at: r),
                  var v = g.emit(.binary(.add), [m, i32(shift)], at: r) else { return nil }
            for k in 0..<4 where k != axis {
                guard let e = g.emit(.expandDims(k), [v], at: r) else { return nil }
                v = e
            }
            return v
        }
        guard let ry = ramp(geo.oh, geo.sh, -geo.top, axis: 0), let ri = ramp(geo.kh, geo.dh, 0, axis: 2),
              let rx = ramp(geo.ow, geo.sw, -geo.left, axis: 1), let rj = ramp(geo.kw, geo.dw, 0, axis: 3),
              let ih = g.emit(.binary(.add), [ry, ri], at: r), let iw = g.emit(.binary(.add), [rx, rj], at: r) else { return nil }
        /// 0 <= v < n
        func inside(_ v: TV, _ n: Int) -> TV? {
            guard let lo = g.emit(.binary(.ge), [v, i32(0)], at: r), let hi = g.emit(.binary(.lt), [v, i32(n)], at: r) else { return nil }
            return g.emit(.binary(.and), [lo, hi], at: r)
        }
        let (oh, ow, kh, kw) = (geo.oh, geo.ow, geo.kh, geo.kw)
        guard let rowIn = inside(ih, geo.h), let colIn = inside(iw, geo.w),
              let ok = g.emit(.binary(.and), [rowIn, colIn], at: r),
              let rowStart = g.emit(.binary(.mul), [ih, i32(geo.w)], at: r),
              let pos = g.emit(.binary(.add), [rowStart, iw], at: r),
              let t = g.emit(.select, [ok, pos, i32(geo.h * geo.w)], type: .tensor(.i32, [Dim(oh), Dim(ow), Dim(kh), Dim(kw)]), at: r) else { return nil }
        if !windowFirst {
            return g.emit(.reshape, [t, i32(1), i32(oh * ow * kh * kw)], type: .tensor(.i32, [Dim(1), Dim(oh * ow * kh * kw)]), at: r)
        }
        guard let tt = g.emit(.transpose([2, 3, 0, 1]), [t], at: r) else { return nil }
        return g.emit(.reshape, [tt, i32(kh * kw), i32(1), i32(oh * ow)], type: .tensor(.i32, [Dim(kh * kw), Dim(1), Dim(oh * ow)]), at: r)
    }

    /// im2col: the rows of x [N, H, W, C] read by every output position's window, as
    /// [N·H'·W'·KH·KW, C] in the order (n, oh, ow, kh, kw), or with `windowFirst` as
    /// [KH·KW·N·H'·W', C] in the order (kh, kw, n, oh, ow); padding reads `pad`.
    static func patches(_ g: FunctionGen, _ x: TV, _ geo: Window2D, pad: Double, windowFirst: Bool = false, _ r: SourceRange) -> TV? {
        guard case .tensor(let d, let xs) = g.type(x) else { return nil }
        let padded = geo.readsPadding
        let hw = geo.h * geo.w, perImage = hw + (padded ? 1 : 0)
        func i32(_ k: Int) -> TV { g.constant(Tensor.scalar(Double(k), .i32)) }
        guard let nn = dimValue(g, x, 0, r), let c = dimValue(g, x, 3, r),
              var rows = g.emit(.reshape, [x, nn, i32(hw), c], type: .tensor(d, [xs[0], Dim(hw), xs[3]]), at: r) else { return nil }
        if padded {
            guard let fill = g.emit(.fill(d), [g.constant(Tensor.scalar(pad, d)), nn, i32(1), c], type: .tensor(d, [xs[0], Dim(1), xs[3]]), at: r),
                  let joined = g.emit(.concat(1), [rows, fill], at: r) else { return nil }
            rows = joined
        }
        guard let table = windowTable(g, geo, windowFirst: windowFirst, r) else { return nil }
        // Each index is the image's first row plus the table's entry: [N, L] in the order
        // (n, window), or [KH·KW, N, H'·W'] window first.
        let count = geo.oh * geo.ow * geo.kh * geo.kw
        guard let total = g.emit(.binary(.mul), [nn, i32(perImage)], at: r),
              let flat = g.emit(.reshape, [rows, total, c], type: .tensor(d, [xs[0] * perImage, xs[3]]), at: r),
              let images = g.emit(.arange, [nn], type: .tensor(.i32, [xs[0]]), at: r),
              var column = g.emit(.expandDims(1), [images], at: r) else { return nil }
        if windowFirst {
            guard let e = g.emit(.expandDims(0), [column], at: r) else { return nil }
            column = e
        }
        guard let starts = g.emit(.binary(.mul), [column, i32(perImage)], at: r),
              let idx2 = g.emit(.binary(.add), [starts, table], at: r),
              let n2 = g.emit(.binary(.mul), [nn, i32(count)], at: r),
              let idx = g.emit(.reshape, [idx2, n2], type: .tensor(.i32, [xs[0] * count]), at: r) else { return nil }
        return g.emit(.take, [flat, idx], at: r)
    }
}
