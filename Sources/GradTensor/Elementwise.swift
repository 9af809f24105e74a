// Elementwise kernels: the math of every binary built-in, NumPy broadcasting, and the tensor
// loops of unary ops (whose math is in the op table, UnaryOps.swift).
//
// The scalar definitions here are the reference semantics of the language; the C backend's
// runtime mirrors them line for line. Kinks follow JAX (relu'(0) = 0, |x|'(0) = 0), NaN
// propagates through maximum/minimum as in jnp.maximum.

import Foundation
import GradKernels

/// The op table of the binary elementwise ops: one entry per op holds how a program writes it,
/// its scalar math for the VM (`apply`, `applyInt`), its C expression (fused loops, and the
/// element functions of the ops the C runtime has no loop of its own for), the runtime's code
/// for those it has, and its partial derivatives (both AD modes read them). Adding a binary
/// built-in is a case here, its entry in `spec` and its line in `apply`.
public enum BinaryFn: String, Sendable, CaseIterable {
    case add, sub, mul, div, pow, maximum, minimum, leakyRelu = "leaky_relu"
    case eq, ne, lt, le, gt, ge, and, or
    case atan2, logaddexp

    public var isComparison: Bool { [.eq, .ne, .lt, .le, .gt, .ge].contains(self) }
    public var isLogical: Bool { self == .and || self == .or }

    /// What the table says about the op.
    public var spec: BinarySpec {
        // JAX's conventions: maximum/minimum split the derivative evenly on a tie; pow's
        // derivative in the exponent is 0 where the base is 0.
        let wins = { (w: BinaryFn, x: ScalarExpr, y: ScalarExpr) -> ScalarExpr in
            .select(.binary(w, x, y), 1, .select(.binary(.eq, x, y), 0.5, 0))
        }
        let baseIsZero: ScalarExpr = .binary(.eq, .a, 0)
        switch self {
        case .add: return BinarySpec(c: "a + b", runtime: "B_ADD", partials: (.t, .t), surface: .infix)
        case .sub: return BinarySpec(c: "a - b", runtime: "B_SUB", partials: (.t, -.t), surface: .infix)
        case .mul: return BinarySpec(c: "a * b", runtime: "B_MUL", partials: (.t * .b, .t * .a), surface: .infix)
        case .div: return BinarySpec(c: "a / b", runtime: "B_DIV", partials: (.t / .b, -((.t * .y) / .b)), surface: .infix)
        case .pow:
            return BinarySpec(c: "pow(a, b)", runtime: "B_POW", partials: (
                .t * (.b * .binary(.pow, .a, .b - 1)),
                .t * .select(baseIsZero, 0, .y * .call(.log, .select(baseIsZero, 1, .a)))), surface: .function, costly: true)
        case .maximum:
            return BinarySpec(c: "(a != a || b != b ? NAN : (a > b ? a : b))", runtime: "B_MAX",
                              partials: (.t * wins(.gt, .a, .b), .t * wins(.gt, .b, .a)), surface: .function)
        case .minimum:
            return BinarySpec(c: "(a != a || b != b ? NAN : (a < b ? a : b))", runtime: "B_MIN",
                              partials: (.t * wins(.lt, .a, .b), .t * wins(.lt, .b, .a)), surface: .function)
        case .leakyRelu:
            return BinarySpec(c: "(a > 0 ? a : b * a)", runtime: "B_LEAKY",
                              partials: (.t * .select(.binary(.gt, .a, 0), 1, .b), .t * .select(.binary(.gt, .a, 0), 0, .a)), surface: .ownBuiltin)
        case .eq: return BinarySpec(c: "a == b", runtime: "B_EQ", surface: .infix)
        case .ne: return BinarySpec(c: "a != b", runtime: "B_NE", surface: .infix)
        case .lt: return BinarySpec(c: "a < b", runtime: "B_LT", surface: .infix)
        case .le: return BinarySpec(c: "a <= b", runtime: "B_LE", surface: .infix)
        case .gt: return BinarySpec(c: "a > b", runtime: "B_GT", surface: .infix)
        case .ge: return BinarySpec(c: "a >= b", runtime: "B_GE", surface: .infix)
        case .and: return BinarySpec(c: "a && b", runtime: "B_AND", surface: .infix)
        case .or: return BinarySpec(c: "a || b", runtime: "B_OR", surface: .infix)
        case .atan2:
            // the angle of the point (b, a), as numpy.arctan2(a, b)
            let r2: ScalarExpr = .a * .a + .b * .b
            return BinarySpec(c: "atan2(a, b)", partials: ((.t * .b) / r2, -((.t * .a) / r2)), surface: .function, floatOnly: true, costly: true)
        case .logaddexp:
            // log(exp(a) + exp(b)) without overflow; a == b also covers equal infinities
            return BinarySpec(c: "(a == b ? a + 0.6931471805599453 : (a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b))))",
                              partials: (.t * .call(.exp, .a - .y), .t * .call(.exp, .b - .y)), surface: .function, floatOnly: true, costly: true)
        }
    }

    /// Whether the op takes i32 (and so bool for the logical ones) operands.
    public var acceptsInt: Bool { !spec.floatOnly }

    @inline(__always)
    public func apply<T: BinaryFloatingPoint & ElementaryMath>(_ a: T, _ b: T) -> T {
        switch self {
        case .add: return a + b
        case .sub: return a - b
        case .mul: return a * b
        case .div: return a / b
        case .pow: return T.power(a, b)
        case .maximum: return a.isNaN || b.isNaN ? T.nan : (a > b ? a : b)
        case .minimum: return a.isNaN || b.isNaN ? T.nan : (a < b ? a : b)
        case .leakyRelu: return a > 0 ? a : b * a
        case .atan2: return T.atan2(a, b)
        case .logaddexp: return a == b ? a + T(0.6931471805599453) : (a > b ? a + T.log1p(T.exp(b - a)) : b + T.log1p(T.exp(a - b)))
        case .eq, .ne, .lt, .le, .gt, .ge, .and, .or: return compare(a, b) ? 1 : 0
        }
    }

    @inline(__always)
    public func compare<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .eq: return a == b
        case .ne: return a != b
        case .lt: return a < b
        case .le: return a <= b
        case .gt: return a > b
        case .ge: return a >= b
        default: return false
        }
    }

    public func applyInt(_ a: Int32, _ b: Int32) throws -> Int32 {
        switch self {
        case .add: return a &+ b
        case .sub: return a &- b
        case .mul: return a &* b
        case .div:
            if b == 0 { throw TensorError("integer division by zero") }
            return a == Int32.min && b == -1 ? Int32.min : a / b
        case .pow:
            if b < 0 { throw TensorError("integer power with negative exponent \(b)") }
            var r: Int32 = 1
            for _ in 0..<b { r = r &* a }
            return r
        case .maximum: return Swift.max(a, b)
        case .minimum: return Swift.min(a, b)
        case .leakyRelu: return a > 0 ? a : b &* a
        case .atan2, .logaddexp: throw TensorError("\(rawValue) needs float operands")
        case .eq, .ne, .lt, .le, .gt, .ge, .and, .or: return compare(a, b) ? 1 : 0
        }
    }
}

/// One binary op's entry in the table.
public struct BinarySpec: Sendable {
    /// One element in C, in `a` and `b` (doubles, or floats in f32 code, where the math
    /// functions named here by their double names are called by their float ones).
    public var c: String
    /// The C runtime's code for the op (its own loops, runtime/20-elementwise.h), or nil: a
    /// program's C then defines the op's element functions from `c` for `gt_binary_fn`.
    public var runtime: String?
    /// ∂y/∂a and ∂y/∂b applied to a tangent or adjoint `t`, in terms of `a`, `b` and the
    /// result `y` (an elementwise linear map is its own transpose, so both modes read these);
    /// nil for the ops with a bool result, through which nothing is differentiated.
    public var partials: (ScalarExpr, ScalarExpr)?
    /// How a program writes it.
    public var surface: Surface
    /// Whether the op takes only float operands (not i32).
    public var floatOnly: Bool
    /// Whether one element costs about a transcendental function (fusion's cost model).
    public var costly: Bool

    public enum Surface: Sendable {
        /// An operator of the syntax: `a + b`, `a < b`, `a && b`.
        case infix
        /// A two-argument built-in of the op's name: `maximum(a, b)`.
        case function
        /// A built-in of the same name with arguments of its own (`leaky_relu(x, 0.01)`).
        case ownBuiltin
    }

    public init(c: String, runtime: String? = nil, partials: (ScalarExpr, ScalarExpr)? = nil, surface: Surface,
                floatOnly: Bool = false, costly: Bool = false) {
        self.c = c
        self.runtime = runtime
        self.partials = partials
        self.surface = surface
        self.floatOnly = floatOnly
        self.costly = costly
    }
}

// MARK: - Broadcasting

/// NumPy's broadcasting rule: align trailing dimensions; sizes must match or be 1.
public func broadcastShapes(_ a: [Int], _ b: [Int]) -> [Int]? {
    let r = max(a.count, b.count)
    var out = Array(repeating: 0, count: r)
    for i in 0..<r {
        let x = i < r - a.count ? 1 : a[i - (r - a.count)]
        let y = i < r - b.count ? 1 : b[i - (r - b.count)]
        if x == y || y == 1 { out[i] = x } else if x == 1 { out[i] = y } else { return nil }
    }
    return out
}

/// Strides of `shape` seen as broadcast to `out` (0 along broadcast dimensions).
func broadcastStrides(_ shape: [Int], to out: [Int]) -> [Int] {
    let s = stridesOf(shape)
    let pad = out.count - shape.count
    return (0..<out.count).map { i in i < pad || shape[i - pad] == 1 ? 0 : s[i - pad] }
}

/// Calls `body(outIndex, aIndex, bIndex)` for every element of the broadcast result.
@inline(__always)
func forEachBroadcast(_ out: [Int], _ sa: [Int], _ sb: [Int], _ body: (Int, Int, Int) -> Void) {
    let n = out.reduce(1, *)
    if n == 0 { return }
    let r = out.count
    if r == 0 { body(0, 0, 0); return }
    var idx = Array(repeating: 0, count: r)
    var ia = 0, ib = 0
    let last = out[r - 1], la = sa[r - 1], lb = sb[r - 1]
    var o = 0
    while o < n {
        var pa = ia, pb = ib
        for _ in 0..<last {
            body(o, pa, pb)
            o += 1; pa += la; pb += lb
        }
        nextRow(&idx, out, sa, sb, &ia, &ib)
    }
}

/// Steps the index of a row (every axis of `out` but the last) to the next row, moving two
/// operands' offsets along their strides `sa` and `sb`.
@inline(__always)
func nextRow(_ idx: inout [Int], _ out: [Int], _ sa: [Int], _ sb: [Int], _ ia: inout Int, _ ib: inout Int) {
    var d = out.count - 2
    while d >= 0 {
        idx[d] += 1
        ia += sa[d]; ib += sb[d]
        if idx[d] < out[d] { return }
        ia -= sa[d] * out[d]; ib -= sb[d] * out[d]
        idx[d] = 0
        d -= 1
    }
}

/// How two operands broadcast to `out`, when it is one of the simple ways: equal shapes, one
/// of them a single element, a row down the leading axes (a bias: [m, n] + [n]) or a column
/// across the last axis ([m, n] * [m, 1]). `fullA` says which operand has the result's shape.
enum BroadcastPattern {
    case same, scalar, row(Int), column

    static func of(_ sa: [Int], _ sb: [Int], _ out: [Int], counts: (Int, Int)) -> (BroadcastPattern, fullA: Bool)? {
        guard out.reduce(1, *) > 0, let inner = out.last, inner > 0 else { return nil }
        if sa == sb { return (.same, true) }
        let fullA = sa == out
        guard fullA || sb == out else { return nil }
        let other = fullA ? sb : sa
        if (fullA ? counts.1 : counts.0) == 1 { return (.scalar, fullA) }
        let t = Array(other.drop { $0 == 1 })
        if !t.isEmpty && Array(out.suffix(t.count)) == t { return (.row(t.reduce(1, *)), fullA) }
        if other.count == out.count && other.last == 1 && other.dropLast() == out.dropLast() { return (.column, fullA) }
        return nil
    }
}

/// `a op b` for the four arithmetic ops by GradKernels' vector loops, when the operands
/// broadcast in one of BroadcastPattern's ways; nil otherwise (the general broadcast does it).
func arithmetic<T: FusedElement>(_ f: BinaryFn, _ a: [T], _ sa: [Int], _ b: [T], _ sb: [Int], _ out: [Int]) -> [T]? {
    guard let op = f.kernelCode else { return nil }
    guard let (pattern, fullA) = BroadcastPattern.of(sa, sb, out, counts: (a.count, b.count)) else {
        return rowwise(op, a, sa, b, sb, out)
    }
    let n = out.reduce(1, *), inner = out.last!
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            [T](unsafeUninitializedCapacity: n) { o, count in
                let x = pa.baseAddress!, y = pb.baseAddress!, z = o.baseAddress!
                switch pattern {
                case .same: T.kernel(op, x, 0, y, 0, z, n)
                case .scalar: fullA ? T.kernel(op, x, 0, nil, y[0], z, n) : T.kernel(op, nil, x[0], y, 0, z, n)
                case .row(let k):
                    for r in stride(from: 0, to: n, by: k) {
                        fullA ? T.kernel(op, x + r, 0, y, 0, z + r, k) : T.kernel(op, x, 0, y + r, 0, z + r, k)
                    }
                case .column:
                    for (m, r) in stride(from: 0, to: n, by: inner).enumerated() {
                        fullA ? T.kernel(op, x + r, 0, nil, y[m], z + r, inner) : T.kernel(op, nil, x[m], y + r, 0, z + r, inner)
                    }
                }
                count = n
            }
        }
    }
}

/// Any other broadcast of the arithmetic ops ([B, m, 1] * [B, 1, n], an outer product per
/// example): one vector loop per row of the result's last axis, each operand read along the
/// row or as one element of it; nil when neither operand runs along the rows (or rows are too
/// short for a loop each to pay).
func rowwise<T: FusedElement>(_ op: Int32, _ a: [T], _ sa: [Int], _ b: [T], _ sb: [Int], _ out: [Int]) -> [T]? {
    let r = out.count, n = out.reduce(1, *)
    guard r >= 2, n > 0, let inner = out.last, inner >= 8 else { return nil }
    let ta = broadcastStrides(sa, to: out), tb = broadcastStrides(sb, to: out)
    let alongA = ta[r - 1] == 1, alongB = tb[r - 1] == 1
    guard alongA || alongB else { return nil }
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            [T](unsafeUninitializedCapacity: n) { o, count in
                let x = pa.baseAddress!, y = pb.baseAddress!, z = o.baseAddress!
                var idx = [Int](repeating: 0, count: r - 1)
                var ia = 0, ib = 0, row = 0
                while row < n {
                    T.kernel(op, alongA ? x + ia : nil, x[ia], alongB ? y + ib : nil, y[ib], z + row, inner)
                    row += inner
                    nextRow(&idx, out, ta, tb, &ia, &ib)
                }
                count = n
            }
        }
    }
}

func broadcastMap<A, B, R>(_ a: [A], _ sa: [Int], _ b: [B], _ sb: [Int], _ out: [Int], _ f: (A, B) throws -> R) throws -> [R] {
    if sa == sb { return try zip(a, b).map { try f($0, $1) } }
    if b.count == 1 && sa == out { let y = b[0]; return try a.map { try f($0, y) } }
    if a.count == 1 && sb == out { let x = a[0]; return try b.map { try f(x, $0) } }
    let n = out.reduce(1, *)
    // A row or a column (BroadcastPattern): two plain loops rather than one index per element.
    if let (pattern, fullA) = BroadcastPattern.of(sa, sb, out, counts: (a.count, b.count)) {
        let shape: (k: Int, isRow: Bool)?
        switch pattern {
        case .row(let r): shape = (r, true)
        case .column: shape = (out.last!, false)
        case .same, .scalar: shape = nil
        }
        if let (k, isRow) = shape {
            return try [R](unsafeUninitializedCapacity: n) { o, count in
                var p = 0
                while p < n {
                    let r = p / k
                    for j in 0..<k {
                        let q = p + j, m = isRow ? j : r
                        (o.baseAddress! + q).initialize(to: try fullA ? f(a[q], b[m]) : f(a[m], b[q]))
                        count = q + 1
                    }
                    p += k
                }
            }
        }
    }
    var res = [R]()
    res.reserveCapacity(n)
    var err: Error?
    forEachBroadcast(out, broadcastStrides(sa, to: out), broadcastStrides(sb, to: out)) { _, i, j in
        if err != nil { return }
        do { res.append(try f(a[i], b[j])) } catch { err = error }
    }
    if let err { throw err }
    return res
}

extension Tensor {
    public func unary(_ f: UnaryFn) throws -> Tensor {
        switch storage {
        case .f64(let a): return Tensor(shape: shape, storage: .f64(Tensor.map(f, a)))
        case .f32(let a): return Tensor(shape: shape, storage: .f32(Tensor.map(f, a)))
        case .i32(let a):
            guard f.acceptsInt else { throw TensorError("\(f.rawValue) needs a float tensor, got i32") }
            return Tensor(shape: shape, storage: .i32(a.map { f.apply($0) }))
        case .bool(let a):
            guard f.acceptsBool else { throw TensorError("\(f.rawValue) needs a float tensor, got bool") }
            return Tensor(shape: shape, storage: .bool(a.map { !$0 }))
        }
    }

    /// `f` of every element; the ops GradKernels has by its vector loops (FusedKernel.unary).
    static func map<T: FusedElement>(_ f: UnaryFn, _ a: [T]) -> [T] {
        switch f.kernelCode {
        case .some:
            return a.withUnsafeBufferPointer { x in
                [T](unsafeUninitializedCapacity: a.count) { o, n in
                    if let x = x.baseAddress { FusedKernel.unary(f, x, o.baseAddress!, a.count) }
                    n = a.count
                }
            }
        case nil: return a.map { f.apply($0) }
        }
    }

    public func binary(_ f: BinaryFn, _ o: Tensor) throws -> Tensor {
        // Two integer scalars (loop counters, indices): no shapes to work out.
        if shape.isEmpty, o.shape.isEmpty, case .i32(let a) = storage, case .i32(let b) = o.storage {
            if f.isComparison { return Tensor.bool(f.compare(a[0], b[0])) }
            return Tensor.int32(try f.applyInt(a[0], b[0]))
        }
        guard let out = broadcastShapes(shape, o.shape) else {
            throw TensorError("shapes \(formatShape(shape)) and \(formatShape(o.shape)) cannot be broadcast together")
        }
        switch (storage, o.storage) {
        case (.f64(let a), .f64(let b)):
            if f.isComparison { return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { f.compare($0, $1) })) }
            if let y = arithmetic(f, a, shape, b, o.shape, out) { return Tensor(shape: out, storage: .f64(y)) }
            return Tensor(shape: out, storage: .f64(try broadcastMap(a, shape, b, o.shape, out) { f.apply($0, $1) }))
        case (.f32(let a), .f32(let b)):
            if f.isComparison { return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { f.compare($0, $1) })) }
            if let y = arithmetic(f, a, shape, b, o.shape, out) { return Tensor(shape: out, storage: .f32(y)) }
            return Tensor(shape: out, storage: .f32(try broadcastMap(a, shape, b, o.shape, out) { f.apply($0, $1) }))
        case (.i32(let a), .i32(let b)):
            if f.isComparison { return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { f.compare($0, $1) })) }
            return Tensor(shape: out, storage: .i32(try broadcastMap(a, shape, b, o.shape, out) { try f.applyInt($0, $1) }))
        case (.bool(let a), .bool(let b)):
            switch f {
            case .and: return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { $0 && $1 }))
            case .or: return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { $0 || $1 }))
            case .eq: return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { $0 == $1 }))
            case .ne: return Tensor(shape: out, storage: .bool(try broadcastMap(a, shape, b, o.shape, out) { $0 != $1 }))
            default: throw TensorError("\(f.rawValue) is not defined on bool")
            }
        default:
            throw TensorError("\(f.rawValue) of \(dtype.rawValue) and \(o.dtype.rawValue)")
        }
    }

    /// `where(c, a, b)`: elementwise choice with three-way broadcasting.
    public static func select(_ c: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard case .bool = c.storage else { throw TensorError("where needs a bool condition, got \(c.dtype.rawValue)") }
        guard a.dtype == b.dtype else { throw TensorError("where of \(a.dtype.rawValue) and \(b.dtype.rawValue)") }
        guard let ab = broadcastShapes(a.shape, b.shape), let out = broadcastShapes(c.shape, ab) else {
            throw TensorError("shapes \(formatShape(c.shape)), \(formatShape(a.shape)) and \(formatShape(b.shape)) cannot be broadcast together")
        }
        // Operands of the result's shape or of one element (relu's adjoint: where(x > 0, d, 0))
        // are read as they are; other shapes are broadcast first.
        func direct(_ t: Tensor) -> Bool { t.shape == out || t.count == 1 }
        if direct(a), direct(b), c.shape == out, case .bool(let cc) = c.storage {
            func choose<T>(_ x: [T], _ y: [T]) -> [T] {
                let n = cc.count
                switch (x.count == n, y.count == n) {
                case (true, true): return (0..<n).map { cc[$0] ? x[$0] : y[$0] }
                case (true, false): let v = y[0]; return (0..<n).map { cc[$0] ? x[$0] : v }
                case (false, true): let u = x[0]; return (0..<n).map { cc[$0] ? u : y[$0] }
                case (false, false): let (u, v) = (x[0], y[0]); return cc.map { $0 ? u : v }
                }
            }
            switch (a.storage, b.storage) {
            case (.f64(let x), .f64(let y)): return Tensor(shape: out, storage: .f64(choose(x, y)))
            case (.f32(let x), .f32(let y)): return Tensor(shape: out, storage: .f32(choose(x, y)))
            case (.i32(let x), .i32(let y)): return Tensor(shape: out, storage: .i32(choose(x, y)))
            case (.bool(let x), .bool(let y)): return Tensor(shape: out, storage: .bool(choose(x, y)))
            default: throw TensorError("where of mismatched types")
            }
        }
        let ea = try a.broadcast(to: out), eb = try b.broadcast(to: out), ec = try c.broadcast(to: out)
        guard case .bool(let cc) = ec.storage else { return ea }
        switch (ea.storage, eb.storage) {
        case (.f64(let x), .f64(let y)): return Tensor(shape: out, storage: .f64((0..<cc.count).map { cc[$0] ? x[$0] : y[$0] }))
        case (.f32(let x), .f32(let y)): return Tensor(shape: out, storage: .f32((0..<cc.count).map { cc[$0] ? x[$0] : y[$0] }))
        case (.i32(let x), .i32(let y)): return Tensor(shape: out, storage: .i32((0..<cc.count).map { cc[$0] ? x[$0] : y[$0] }))
        case (.bool(let x), .bool(let y)): return Tensor(shape: out, storage: .bool((0..<cc.count).map { cc[$0] ? x[$0] : y[$0] }))
        default: throw TensorError("where of mismatched types")
        }
    }
}
