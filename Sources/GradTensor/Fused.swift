// A fused elementwise kernel: a small program of unary and binary steps over a region's inputs,
// evaluated in blocks of `blockSize` elements (as numexpr does), so a chain of elementwise ops
// reads its inputs once and writes one result instead of materializing every temporary.
//
// The inputs are the region's leaves, read in place: whole tensors of the iteration's shape,
// broadcast scalars, contiguous windows `x[a:b]` / `x[i]` on the first axis, and the adjoint of
// a window (`scatter_add` into zeros: the value inside the window's rows, zero outside) —
// either of a materialized tensor or of a tree of steps computed in a *frame* at the window's
// rows (its inputs read there, its value masked to zero outside them, and skipped in blocks
// outside them). Every step computes in the kernel's element type with the same scalar
// functions as the unfused ops, and a sum accumulates in GradKernels' double lanes as `reduce`
// does, so a fused kernel's result is bit-for-bit the unfused ops' result.

import GradKernels

/// One leaf of a fused kernel, with the operands it reads.
public enum FusedInput: Hashable, Sendable {
    /// One operand of the iteration's shape, read element by element.
    case full
    /// One operand with one element, read at every element.
    case scalar
    /// `x[a:b]` (or `x[i]` when `row`) on the first axis: operands x, then a and b when present.
    case window(row: Bool, hasStart: Bool, hasStop: Bool)
    /// `scatter_add` of v into zeros shaped like `like` at rows `[a:b]` (or row `i` when `row`) of
    /// the first axis: operands v, like, then the bounds present.
    case scattered(row: Bool, hasStart: Bool, hasStop: Bool)
    /// `broadcast_like(s, like)` of a one-element s: operands s and like (which gives the shape).
    case broadcast
    /// Where a scattered *tree* lies: `scatter_add(tree, like, [a:b])` with the tree computed in
    /// the kernel rather than materialized. Operands like, then the bounds present. It has no
    /// step of its own: the tree's inputs are `framed` in it, and a `masked` step zeroes the
    /// tree's value outside its rows.
    case frame(row: Bool, hasStart: Bool, hasStop: Bool)
    /// An input of a frame's tree (any kind but scalar): read at the frame's rows, its shape
    /// checked against the tree's rather than the kernel's. `in` is the frame's input.
    indirect case framed(FusedInput, in: Int)

    /// How many of the kernel's operands this input reads.
    public var operandCount: Int {
        switch self {
        case .full, .scalar: return 1
        case .broadcast: return 2
        case .window(let row, let a, let b): return 1 + (row ? 1 : (a ? 1 : 0) + (b ? 1 : 0))
        case .scattered(let row, let a, let b): return 2 + (row ? 1 : (a ? 1 : 0) + (b ? 1 : 0))
        case .frame(let row, let a, let b): return 1 + (row ? 1 : (a ? 1 : 0) + (b ? 1 : 0))
        case .framed(let inner, _): return inner.operandCount
        }
    }

    /// Whether the input's shape is the iteration's (rather than one broadcast element).
    public var hasShape: Bool { self != .scalar }

    /// Whether the input is one value at every element.
    var isScalar: Bool {
        switch self {
        case .scalar, .broadcast: return true
        case .framed(let inner, _): return inner.isScalar
        default: return false
        }
    }
}

/// One step of a fused kernel. Operands name earlier steps by position.
public enum FusedStep: Hashable, Sendable {
    case input(Int)
    case constant(Double)
    case unary(UnaryFn, Int)
    case binary(BinaryFn, Int, Int)
    /// The step's value inside the rows of the frame input given, zero outside.
    case masked(Int, frame: Int)
}

/// A class, not a struct: the VM copies its op at every instruction, and a struct's copy
/// retains each of its arrays.
public final class FusedKernel: Hashable, Sendable {
    public enum Output: String, Hashable, Sendable {
        case map    // a tensor of the iteration's shape: the last step at every element
        case sum    // a scalar: the sum of the last step over every element
    }
    public let dtype: DType
    public let inputs: [FusedInput]
    public let steps: [FusedStep]
    public let output: Output
    /// Where each input's view was written, as line << 32 | column (0 when unknown): a
    /// window out of range is reported there, as the unfused op would be.
    public let inputLocations: [Int64]
    /// The result's rank, when its shape may differ from its inputs' by leading axes of length
    /// 1 (a `[16]` row read into a `[1, 16]` iteration); nil: the first shaped input's shape.
    public let rank: Int?
    /// What running the steps needs that the steps alone determine, worked out once.
    let schedule: Schedule
    /// Whether the kernel is `acc + scatter_add(v, like, rows)`: a weight's gradient gaining one
    /// trip's rows (the adjoint of `W[l]` in a loop). Asked at every run: worked out once.
    public let isRowAccumulation: Bool

    public init(dtype: DType, inputs: [FusedInput], steps: [FusedStep], output: Output, inputLocations: [Int64] = [], rank: Int? = nil) {
        self.dtype = dtype
        self.inputs = inputs
        self.steps = steps
        self.output = output
        self.inputLocations = inputLocations
        self.rank = rank
        self.schedule = Schedule(inputs, steps)
        if output == .map, inputs.count == 2, inputs[0] == .full, case .scattered = inputs[1] {
            isRowAccumulation = steps == [.input(0), .input(1), .binary(.add, 0, 1)]
        } else {
            isRowAccumulation = false
        }
    }

    public static func == (a: FusedKernel, b: FusedKernel) -> Bool {
        a === b || (a.dtype == b.dtype && a.output == b.output && a.inputs == b.inputs && a.steps == b.steps && a.inputLocations == b.inputLocations && a.rank == b.rank)
    }

    public func hash(into h: inout Hasher) {
        h.combine(dtype); h.combine(output); h.combine(inputs); h.combine(steps); h.combine(inputLocations); h.combine(rank)
    }

    public var operandCount: Int { inputs.reduce(0) { $0 + $1.operandCount } }

    /// Whether input `k` is a frame (perhaps itself framed in another).
    public func isFrame(_ k: Int) -> Bool {
        switch inputs[k] {
        case .frame, .framed(.frame, _): return true
        default: return false
        }
    }

    /// Elements per block: a few kilobytes per step's scratch row, so a block's rows stay in L1/L2.
    public static let blockSize = 512   // a multiple of GK_LANES

    /// Runs the kernel on its operands (i32 scalars for the bounds).
    public func run(_ a: [Tensor]) throws -> Tensor {
        switch dtype {
        case .f64: return try evaluate(a, Double.self)
        case .f32: return try evaluate(a, Float.self)
        default: throw TensorError("a fused kernel of \(dtype.rawValue)")
        }
    }
}

/// Where one input's elements are: a flat array read from `offset` for `count` elements, which
/// lie at positions `lo..<lo + count` of the iteration (zero elsewhere, for a scattered input).
private struct Source<T> {
    var values: [T]
    var offset: Int
    var lo: Int
    var count: Int
}

/// The element types a kernel computes in, with their storage (without an array cast, which
/// copies element by element).
extension UnaryFn {
    /// The op's GradKernels loop (GradKernels.h), if it has one.
    var kernelCode: Int32? {
        switch self {
        case .neg: return Int32(GK_NEG)
        case .square: return Int32(GK_SQUARE)
        case .abs: return Int32(GK_ABS)
        case .relu: return Int32(GK_RELU)
        case .sqrt: return Int32(GK_SQRT)
        case .exp: return Int32(GK_EXP)
        case .expm1: return Int32(GK_EXPM1)
        case .log: return Int32(GK_LOG)
        case .log1p: return Int32(GK_LOG1P)
        case .sin: return Int32(GK_SIN)
        case .cos: return Int32(GK_COS)
        case .tanh: return Int32(GK_TANH)
        case .sinh: return Int32(GK_SINH)
        case .cosh: return Int32(GK_COSH)
        case .asin: return Int32(GK_ASIN)
        case .acos: return Int32(GK_ACOS)
        case .atan: return Int32(GK_ATAN)
        case .erf: return Int32(GK_ERF)
        case .erfc: return Int32(GK_ERFC)
        case .tan: return Int32(GK_TAN)
        default: return nil
        }
    }
}

extension BinaryFn {
    /// The op's GradKernels loop (GradKernels.h), if it has one.
    var kernelCode: Int32? {
        switch self {
        case .add: return Int32(GK_ADD)
        case .sub: return Int32(GK_SUB)
        case .mul: return Int32(GK_MUL)
        case .div: return Int32(GK_DIV)
        default: return nil
        }
    }
}

protocol FusedElement: BinaryFloatingPoint, ElementaryMath {
    static func elements(_ s: Storage) -> [Self]?
    static func storage(_ v: [Self]) -> Storage
    /// GradKernels' binary and unary block loops of this element type.
    static func kernel(_ op: Int32, _ a: UnsafePointer<Self>?, _ av: Self, _ b: UnsafePointer<Self>?, _ bv: Self, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    static func kernel(_ op: Int32, _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    /// GradKernels' in-place row addition: y[j] = y[j] + x[j].
    static func addInto(_ y: UnsafeMutablePointer<Self>, _ x: UnsafePointer<Self>, _ n: Int)
    /// GradKernels' two-step loop (gk_pair; see FusedKernel.Pair).
    static func pair(_ f: Int32, _ g: Int32, _ a: UnsafePointer<Self>?, _ av: Self, _ b: UnsafePointer<Self>?, _ bv: Self,
                     _ c: UnsafePointer<Self>?, _ cv: Self, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    /// GradKernels' lane sum: adds x[j] into acc[j % GK_LANES].
    static func sum(_ x: UnsafePointer<Self>, _ n: Int, into acc: UnsafeMutablePointer<Double>)
    /// BLAS's GEMM of this element type (Matmul.swift).
    static func blasGemm(_ ta: Int32, _ tb: Int32, _ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Self>, _ lda: Int,
                         _ b: UnsafePointer<Self>, _ ldb: Int, _ beta: Self, _ c: UnsafeMutablePointer<Self>)
}

extension Double: FusedElement {
    static func elements(_ s: Storage) -> [Double]? { if case .f64(let v) = s { return v }; return nil }
    static func storage(_ v: [Double]) -> Storage { .f64(v) }
    static func kernel(_ op: Int32, _ a: UnsafePointer<Double>?, _ av: Double, _ b: UnsafePointer<Double>?, _ bv: Double, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        gk_binary_f64(op, a, av, b, bv, y, n)
    }
    static func kernel(_ op: Int32, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        if op >= GK_EXP { _ = gk_math_f64(op, x, y, n) } else { gk_unary_f64(op, x, y, n) }
    }
    static func sum(_ x: UnsafePointer<Double>, _ n: Int, into acc: UnsafeMutablePointer<Double>) { gk_sum_f64(x, n, acc) }
    static func addInto(_ y: UnsafeMutablePointer<Double>, _ x: UnsafePointer<Double>, _ n: Int) { gk_add_into_f64(y, x, n) }
    static func pair(_ f: Int32, _ g: Int32, _ a: UnsafePointer<Double>?, _ av: Double, _ b: UnsafePointer<Double>?, _ bv: Double,
                     _ c: UnsafePointer<Double>?, _ cv: Double, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        gk_pair_f64(f, g, a, av, b, bv, c, cv, y, n)
    }
}

extension Float: FusedElement {
    static func elements(_ s: Storage) -> [Float]? { if case .f32(let v) = s { return v }; return nil }
    static func storage(_ v: [Float]) -> Storage { .f32(v) }
    static func kernel(_ op: Int32, _ a: UnsafePointer<Float>?, _ av: Float, _ b: UnsafePointer<Float>?, _ bv: Float, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        gk_binary_f32(op, a, av, b, bv, y, n)
    }
    static func kernel(_ op: Int32, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        if op >= GK_EXP { _ = gk_math_f32(op, x, y, n) } else { gk_unary_f32(op, x, y, n) }
    }
    static func sum(_ x: UnsafePointer<Float>, _ n: Int, into acc: UnsafeMutablePointer<Double>) { gk_sum_f32(x, n, acc) }
    static func addInto(_ y: UnsafeMutablePointer<Float>, _ x: UnsafePointer<Float>, _ n: Int) { gk_add_into_f32(y, x, n) }
    static func pair(_ f: Int32, _ g: Int32, _ a: UnsafePointer<Float>?, _ av: Float, _ b: UnsafePointer<Float>?, _ bv: Float,
                     _ c: UnsafePointer<Float>?, _ cv: Float, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        gk_pair_f32(f, g, a, av, b, bv, c, cv, y, n)
    }
}

extension FusedKernel {
    private func elements<T: FusedElement>(_ t: Tensor, _: T.Type) throws -> [T] {
        guard let v = T.elements(t.storage) else { throw TensorError("a fused \(dtype.rawValue) kernel read a \(t.dtype.rawValue) tensor") }
        return v
    }

    /// Rows `[a:b]` (or row i) of the first axis of a tensor of `shape`: first row and rows.
    private func rows(_ shape: [Int], row: Bool, _ a: Int?, _ b: Int?) throws -> (start: Int, count: Int) {
        guard let n = shape.first else { throw TensorError("too many indices (1) for a tensor of rank 0") }
        if row {
            let i0 = a!
            let i = i0 < 0 ? i0 + n : i0
            guard i >= 0 && i < n else { throw TensorError("index \(i0) is out of range for axis 0 of size \(n)") }
            return (i, 1)
        }
        return sliceBounds(a, b, 1, n)
    }

    private func evaluate<T: FusedElement>(_ a: [Tensor], _ type: T.Type) throws -> Tensor {
        var sources: [Source<T>] = []
        sources.reserveCapacity(inputs.count)
        var shape: [Int]? = nil
        var k = 0
        func int() -> Int { defer { k += 1 }; return Int(a[k].scalarValue) }
        /// The shape of the kernel, or of frame f's tree: the first shaped input sets it.
        var frameShape: [Int: [Int]] = [:]
        /// (`s` is made only when it sets the shape or is reported: a view's shape is an array)
        func agree(_ count: Int, in frame: Int?, _ s: @autoclosure () -> [Int]) throws {
            guard let have = frame.map({ frameShape[$0] }) ?? shape else {
                if frame == nil { shape = s() }
                return
            }
            if have.reduce(1, *) != count {
                throw TensorError("shapes \(formatShape(have)) and \(formatShape(s())) cannot be broadcast together")
            }
        }
        for (n, input0) in inputs.enumerated() {
          do {
            // An input framed in a scattered tree lies at the frame's rows.
            var input = input0, frame: Int? = nil
            if case .framed(let inner, let f) = input0 { input = inner; frame = f }
            let at = frame.map { sources[$0].lo } ?? 0
            let x = a[k]
            k += 1
            switch input {
            case .full:
                try agree(x.shape.reduce(1, *), in: frame, x.shape)
                sources.append(Source(values: try elements(x, T.self), offset: 0, lo: at, count: x.count))
            case .scalar:
                sources.append(Source(values: try elements(x, T.self), offset: 0, lo: 0, count: 1))
            case .broadcast:
                let like = a[k]
                k += 1
                try agree(like.shape.reduce(1, *), in: frame, like.shape)
                sources.append(Source(values: try elements(x, T.self), offset: 0, lo: 0, count: 1))
            case .window(let row, let hasStart, let hasStop):
                let start = row || hasStart ? int() : nil, stop = !row && hasStop ? int() : nil
                let (first, n) = try rows(x.shape, row: row, start, stop)
                let inner = x.shape.dropFirst().reduce(1, *)
                try agree(n * inner, in: frame, (row ? [] : [n]) + Array(x.shape.dropFirst()))
                sources.append(Source(values: try elements(x, T.self), offset: first * inner, lo: at, count: n * inner))
            case .scattered(let row, let hasStart, let hasStop):
                let like = a[k]
                k += 1
                let start = row || hasStart ? int() : nil, stop = !row && hasStop ? int() : nil
                let (first, n) = try rows(like.shape, row: row, start, stop)
                let inner = like.shape.dropFirst().reduce(1, *)
                guard x.count == n * inner else {
                    throw TensorError("scatter of \(formatShape(x.shape)) into \(formatShape(like.shape))")
                }
                try agree(like.shape.reduce(1, *), in: frame, like.shape)
                sources.append(Source(values: try elements(x, T.self), offset: 0, lo: at + first * inner, count: n * inner))
            case .frame(let row, let hasStart, let hasStop):
                // x is the scatter's `like`; the tree's inputs, framed in this one, give its shape.
                let start = row || hasStart ? int() : nil, stop = !row && hasStop ? int() : nil
                let (first, n) = try rows(x.shape, row: row, start, stop)
                let inner = x.shape.dropFirst().reduce(1, *)
                try agree(x.shape.reduce(1, *), in: frame, x.shape)
                frameShape[sources.count] = (row ? [] : [n]) + Array(x.shape.dropFirst())
                sources.append(Source(values: [], offset: 0, lo: at + first * inner, count: n * inner))
            case .framed:
                throw TensorError("a fused kernel's input framed twice")
            }
          } catch let e as TensorError {
            throw n < inputLocations.count ? e.placed(at: inputLocations[n]) : e
          }
        }
        var outShape = shape ?? []
        if let rank, outShape.count != rank {
            // The inputs agree once leading axes of length 1 are dropped: the result has those
            // of its rank.
            let core = outShape.drop { $0 == 1 }
            guard core.count <= rank else {
                throw TensorError("a fused kernel of rank \(rank) read a tensor of shape \(formatShape(outShape))")
            }
            outShape = Array(repeating: 1, count: rank - core.count) + core
        }
        let total = outShape.reduce(1, *)
        let b = Swift.min(FusedKernel.blockSize, Swift.max(total, 1))
        // Rows start on cache lines (a vector loop's stores never straddle two) and lie two
        // lines apart modulo 4 KiB: rows exactly 4 KiB apart alias in the load/store unit
        // (every step reads one row and writes another at the same offset).
        // (A block of a few dozen elements has rows too short to alias: no offset, and a working
        // buffer small enough for the stack.)
        let stride = (b + 15) / 16 * 16 + (b > 64 ? 128 / MemoryLayout<T>.stride : 0)
        // One working buffer (on the stack when small: a kernel over a few elements is mostly
        // this set-up): the scratch rows, each step's row pointer, each source's base address,
        // the uniform steps' values and the sum's lanes.
        let pointer = MemoryLayout<UnsafePointer<T>>.stride
        let scratchBytes = Swift.max(schedule.slots, 1) * stride * MemoryLayout<T>.stride
        let rowBytes = steps.count * pointer, baseBytes = Swift.max(sources.count, 1) * pointer
        let valueBytes = steps.count * MemoryLayout<T>.stride
        let laneBytes = Int(GK_LANES) * MemoryLayout<Double>.stride
        // (aligned to a cache line by hand: asked for an alignment above 16 bytes, Swift's
        // temporary allocation goes to the heap, memalign, at every run)
        let bytes = scratchBytes + rowBytes + baseBytes + valueBytes + laneBytes + 64
        return withUnsafeTemporaryAllocation(byteCount: bytes, alignment: 16) { work in
        let w = UnsafeMutableRawPointer(bitPattern: (Int(bitPattern: work.baseAddress!) + 63) & ~63)!
        let scratch = w.bindMemory(to: T.self, capacity: scratchBytes / MemoryLayout<T>.stride)
        // Each step's row in the current block: its scratch row, the output, or (for an input
        // the block lies inside) the input's own elements, read in place.
        let row = (w + scratchBytes).bindMemory(to: UnsafePointer<T>.self, capacity: steps.count)
        let base = (w + scratchBytes + rowBytes).bindMemory(to: UnsafePointer<T>.self, capacity: Swift.max(sources.count, 1))
        let lanes = (w + scratchBytes + rowBytes + baseBytes).bindMemory(to: Double.self, capacity: Int(GK_LANES))
        let scalarValue = (w + scratchBytes + rowBytes + baseBytes + laneBytes).bindMemory(to: T.self, capacity: steps.count)
        // The values of the uniform steps (see Schedule).
        let uniform = schedule.uniform, slot = schedule.slot, stepFrame = schedule.frame
        for (s, step) in steps.enumerated() where uniform[s] {
            switch step {
            case .constant(let c): scalarValue[s] = T(c)
            case .input(let i): scalarValue[s] = sources[i].values[0]
            case .unary(let f, let x): scalarValue[s] = f.apply(scalarValue[x])
            case .binary(let f, let x, let y): scalarValue[s] = f.apply(scalarValue[x], scalarValue[y])
            case .masked: break
            }
        }
        let pair = schedule.pair, absorbed = schedule.absorbed
        let last = steps.count - 1
        let inputs = sources, constant = scalarValue
        // Evaluates positions start..<start+len; the last step's row is `out` when given.
        func block(_ base: UnsafeMutablePointer<UnsafePointer<T>>, _ start: Int, _ len: Int, _ out: UnsafeMutablePointer<T>?) {
            for (s, step) in steps.enumerated() where !uniform[s] {
                if stepFrame[s] >= 0 && s != last {
                    let f = inputs[stepFrame[s]]
                    if f.lo >= start + len || f.lo + f.count <= start { continue }
                }
                if absorbed[s] { continue }
                let dst = s == last ? out ?? scratch + slot[s] * stride : scratch + slot[s] * stride
                if let q = pair[s] {
                    T.pair(q.f, q.g, uniform[q.a] ? nil : row[q.a], constant[q.a], uniform[q.b] ? nil : row[q.b], constant[q.b],
                           uniform[q.c] ? nil : row[q.c], constant[q.c], dst, len)
                    row[s] = UnsafePointer(dst)
                    continue
                }
                switch step {
                case .constant: break
                case .input(let i):
                    let src = inputs[i], v = base[i] + src.offset - src.lo
                    let from = Swift.max(start, src.lo), to = Swift.min(start + len, src.lo + src.count)
                    if from == start && to == start + len && s != last { row[s] = v + start; continue }
                    if from > start || to < start + len { dst.update(repeating: 0, count: len) }
                    if to > from { (dst + (from - start)).update(from: v + from, count: to - from) }
                case .unary(let f, let x):
                    if uniform[x] { dst.update(repeating: f.apply(constant[x]), count: len) }
                    else { FusedKernel.unary(f, row[x], dst, len) }
                case .binary(let f, let x, let y):
                    FusedKernel.binary(f, uniform[x] ? nil : row[x], constant[x], uniform[y] ? nil : row[y], constant[y], dst, len)
                case .masked(let x, let f):
                    let src = inputs[f]
                    let end = start + len
                    let from = Swift.min(Swift.max(start, src.lo), end), to = Swift.max(Swift.min(end, src.lo + src.count), from)
                    if from == start && to == end && s != last && !uniform[x] { row[s] = row[x]; continue }
                    if from > start { dst.update(repeating: 0, count: from - start) }
                    if to < end { (dst + (to - start)).update(repeating: 0, count: end - to) }
                    if to > from {
                        if uniform[x] { (dst + (from - start)).update(repeating: constant[x], count: to - from) }
                        else { (dst + (from - start)).update(from: row[x] + (from - start), count: to - from) }
                    }
                }
                row[s] = UnsafePointer(dst)
            }
        }
        return FusedKernel.pin(inputs, 0, base) { base in
            switch output {
            case .map:
                let out = [T](unsafeUninitializedCapacity: total) { buf, n in
                    let o = buf.baseAddress!
                    var start = 0
                    while start < total {
                        let len = Swift.min(b, total - start)
                        if uniform[last] { (o + start).initialize(repeating: constant[last], count: len) }
                        else { block(base, start, len, o + start) }
                        start += len
                    }
                    n = total
                }
                return Tensor(shape: outShape, storage: T.storage(out))
            case .sum:
                // In GradKernels' lanes, as the unfused sum: blocks start at multiples of the
                // lane count, so the result is the one summing the materialized tensor gives.
                lanes.initialize(repeating: 0, count: Int(GK_LANES))
                var start = 0
                while start < total {
                    let len = Swift.min(b, total - start)
                    if uniform[last] {
                        let r = scratch
                        r.update(repeating: constant[last], count: len)
                        T.sum(r, len, into: lanes)
                    } else { block(base, start, len, nil); T.sum(row[last], len, into: lanes) }
                    start += len
                }
                return Tensor.scalar(gk_sum_lanes(lanes), dtype)
            }
        }
        }
    }

    /// Calls `body` with the base address of every source's elements (from `k` on), each pinned
    /// for the call, in `pointers`. A static generic recursion rather than a nested closure or
    /// an array of arrays: both made generic-metadata lookups on every kernel run.
    private static func pin<T, R>(_ sources: [Source<T>], _ k: Int, _ pointers: UnsafeMutablePointer<UnsafePointer<T>>,
                                  _ body: (UnsafeMutablePointer<UnsafePointer<T>>) -> R) -> R {
        if k == sources.count { return body(pointers) }
        return sources[k].values.withUnsafeBufferPointer { p in
            (pointers + k).initialize(to: p.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<T>.alignment)!)
            return pin(sources, k + 1, pointers, body)
        }
    }

    /// `y = f(x)` over a block: the ops GradKernels has by its vector loops, the rest here.
    @inline(__always)
    static func unary<T: FusedElement>(_ f: UnaryFn, _ x: UnsafePointer<T>, _ y: UnsafeMutablePointer<T>, _ n: Int) {
        if let op = f.kernelCode { T.kernel(op, x, y, n) } else { for j in 0..<n { y[j] = f.apply(x[j]) } }
    }

    /// `y = f(a, b)` over a block, where a nil pointer means the operand is the one value given:
    /// the four arithmetic ops by GradKernels' vector loops.
    @inline(__always)
    static func binary<T: FusedElement>(_ f: BinaryFn, _ a: UnsafePointer<T>?, _ av: T, _ b: UnsafePointer<T>?, _ bv: T,
                                        _ y: UnsafeMutablePointer<T>, _ n: Int) {
        if let op = f.kernelCode { T.kernel(op, a, av, b, bv, y, n); return }
        switch (a, b) {
        case (let a?, let b?): for j in 0..<n { y[j] = f.apply(a[j], b[j]) }
        case (let a?, nil): for j in 0..<n { y[j] = f.apply(a[j], bv) }
        case (nil, let b?): for j in 0..<n { y[j] = f.apply(av, b[j]) }
        case (nil, nil): let v = f.apply(av, bv); for j in 0..<n { y[j] = v }
        }
    }

}

extension FusedKernel {
    /// Runs a row accumulation into `acc` itself (`a`: the operands after acc — v, like, the
    /// bounds — so that acc's storage has no other holder), when acc is the kernel's to
    /// overwrite: v is added to its rows and the other elements are left as they are, as the
    /// native code does (the kernel run whole would add `+ 0` there, turning a -0 into +0).
    public func accumulateRows(into acc: inout Tensor, _ a: [Tensor]) throws {
        guard isRowAccumulation, case .scattered(let row, let hasStart, let hasStop) = inputs[1], a.count == operandCount - 1 else {
            throw TensorError("internal: not a row accumulation")
        }
        let v = a[0], like = a[1]
        var k = 2
        func int() -> Int { defer { k += 1 }; return Int(a[k].scalarValue) }
        let start = row || hasStart ? int() : nil, stop = !row && hasStop ? int() : nil
        let (first, n): (Int, Int)
        do { (first, n) = try rows(like.shape, row: row, start, stop) } catch let e as TensorError {
            throw inputLocations.count > 1 ? e.placed(at: inputLocations[1]) : e
        }
        let inner = like.shape.dropFirst().reduce(1, *)
        guard v.count == n * inner else { throw TensorError("scatter of \(formatShape(v.shape)) into \(formatShape(like.shape))") }
        guard acc.count == like.count, acc.dtype == dtype, v.dtype == dtype else {
            throw TensorError("shapes \(formatShape(acc.shape)) and \(formatShape(like.shape)) cannot be broadcast together")
        }
        func add<T: FusedElement>(_ x: inout [T], _ y: [T]) {
            let lo = first * inner, hi = lo + n * inner
            x.withUnsafeMutableBufferPointer { p in
                y.withUnsafeBufferPointer { q in
                    if hi > lo { T.addInto(p.baseAddress! + lo, q.baseAddress!, hi - lo) }
                }
            }
        }
        func run<T: FusedElement>(_: T.Type) throws {
            guard var x = T.elements(acc.takeStorage()), let y = T.elements(v.storage) else {
                throw TensorError("a fused \(dtype.rawValue) kernel read a \(acc.dtype.rawValue) tensor")
            }
            add(&x, y)
            acc.storage = T.storage(x)
        }
        if dtype == .f64 { try run(Double.self) } else { try run(Float.self) }
        acc.shape = like.shape
    }
}
