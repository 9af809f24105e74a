// Tensor: the run-time value of the VM and of compile-time constants.
//
// A tensor is a row-major (C order) array of one element type with a shape. A scalar is a
// rank-0 tensor. Storage is one typed Swift array per element type, so f32 arithmetic is done
// in Float and f64 in Double, exactly as the C backend does it.

import Foundation

public enum DType: String, Sendable, CaseIterable {
    case f32, f64, i32, bool

    public var isFloat: Bool { self == .f32 || self == .f64 }
    public var byteSize: Int {
        switch self {
        case .f32, .i32: return 4
        case .f64: return 8
        case .bool: return 1
        }
    }
}

public enum Storage: Sendable {
    case f32([Float])
    case f64([Double])
    case i32([Int32])
    case bool([Bool])
}

public struct TensorError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// The source line and column to report, when not the running instruction's (a fused
    /// kernel's input is a view written elsewhere).
    public var line: Int32? = nil
    public var column: Int32 = 0
    public init(_ message: String) { self.message = message }

    /// Reports the error at `location` (line << 32 | column, as the kernels' and products'
    /// views record where they were written), unless it has a place already or none is known.
    public func placed(at location: Int64) -> TensorError {
        guard location != 0, line == nil else { return self }
        var e = self
        e.line = Int32(truncatingIfNeeded: location >> 32)
        e.column = Int32(truncatingIfNeeded: location)
        return e
    }
    public var description: String { message }
}

public struct Tensor: Sendable {
    public var shape: [Int]
    public var storage: Storage

    public init(shape: [Int], storage: Storage) {
        self.shape = shape
        self.storage = storage
    }

    public init(_ values: [Double], shape: [Int]) { self.init(shape: shape, storage: .f64(values)) }
    public init(_ values: [Float], shape: [Int]) { self.init(shape: shape, storage: .f32(values)) }
    public init(_ values: [Int32], shape: [Int]) { self.init(shape: shape, storage: .i32(values)) }
    public init(_ values: [Bool], shape: [Int]) { self.init(shape: shape, storage: .bool(values)) }

    /// The first NaN or infinite element of a float tensor, if any.
    public var firstNonFinite: Double? {
        switch storage {
        case .f64(let a): return a.first { !$0.isFinite }
        case .f32(let a): return a.first { !$0.isFinite }.map(Double.init)
        default: return nil
        }
    }

    /// `--check-nan`'s message when a float element is NaN or infinite: "'OP' produced NaN".
    public func nonFinite(producedBy op: String) -> String? {
        firstNonFinite.map { "'\(op)' produced \($0.isNaN ? "NaN" : $0 > 0 ? "inf" : "-inf") (--check-nan)" }
    }

    /// No elements and no allocation: a placeholder for a slot that holds no tensor.
    public static let empty = Tensor(shape: [0], storage: .f32([]))

    public static func scalar(_ v: Double, _ dtype: DType = .f64) -> Tensor {
        if dtype == .i32, let k = Int32(exactly: v) { return int32(k) }
        if dtype == .bool { return bool(v != 0) }
        return Tensor.filled(shape: [], value: v, dtype: dtype)
    }

    /// An i32 scalar. Those of the small values loop counters and indices take are made once
    /// and shared (a tensor is a value: a writer copies it first), so the VM's loop bookkeeping
    /// allocates nothing.
    public static func int32(_ v: Int32) -> Tensor {
        let k = Int(v) - smallInts.lowerBound
        return k >= 0 && k < smallIntTensors.count ? smallIntTensors[k] : Tensor(shape: [], storage: .i32([v]))
    }
    static let smallInts = -16..<256   // made at first use: a few hundred, not thousands (startup)
    static let smallIntTensors: [Tensor] = smallInts.map { Tensor(shape: [], storage: .i32([Int32($0)])) }

    /// A bool scalar, shared as `int32`'s are.
    public static func bool(_ v: Bool) -> Tensor { v ? boolTensors.1 : boolTensors.0 }
    static let boolTensors = (Tensor(shape: [], storage: .bool([false])), Tensor(shape: [], storage: .bool([true])))

    public static func filled(shape: [Int], value: Double, dtype: DType) -> Tensor {
        let n = shape.reduce(1, *)
        switch dtype {
        case .f32: return Tensor(shape: shape, storage: .f32(Array(repeating: Float(value), count: n)))
        case .f64: return Tensor(shape: shape, storage: .f64(Array(repeating: value, count: n)))
        case .i32: return Tensor(shape: shape, storage: .i32(Array(repeating: Int32(clamping: Int(value)), count: n)))
        case .bool: return Tensor(shape: shape, storage: .bool(Array(repeating: value != 0, count: n)))
        }
    }

    public var dtype: DType {
        switch storage {
        case .f32: return .f32
        case .f64: return .f64
        case .i32: return .i32
        case .bool: return .bool
        }
    }

    public var count: Int {
        switch storage {
        case .f32(let a): return a.count
        case .f64(let a): return a.count
        case .i32(let a): return a.count
        case .bool(let a): return a.count
        }
    }

    public var rank: Int { shape.count }

    /// Every element as a Double (bools are 0/1). For tests, folding and printing.
    public var doubles: [Double] {
        switch storage {
        case .f32(let a): return a.map(Double.init)
        case .f64(let a): return a
        case .i32(let a): return a.map(Double.init)
        case .bool(let a): return a.map { $0 ? 1 : 0 }
        }
    }

    public func element(_ i: Int) -> Double {
        switch storage {
        case .f32(let a): return Double(a[i])
        case .f64(let a): return a[i]
        case .i32(let a): return Double(a[i])
        case .bool(let a): return a[i] ? 1 : 0
        }
    }

    public var scalarValue: Double { element(0) }

    /// Converts to another element type, as `f32(x)`, `f64(x)`, `i32(x)` do.
    /// Float to integer truncates toward zero (C's rule); NaN and out-of-range values clamp.
    public func converted(to t: DType) -> Tensor {
        if t == dtype { return self }
        switch (storage, t) {
        case (.f64(let a), .f32): return Tensor(shape: shape, storage: .f32(a.map { Float($0) }))
        case (.f32(let a), .f64): return Tensor(shape: shape, storage: .f64(a.map { Double($0) }))
        case (_, .f32): return Tensor(shape: shape, storage: .f32(doubles.map { Float($0) }))
        case (_, .f64): return Tensor(shape: shape, storage: .f64(doubles))
        case (_, .i32): return Tensor(shape: shape, storage: .i32(doubles.map(Tensor.truncToInt32)))
        case (_, .bool): return Tensor(shape: shape, storage: .bool(doubles.map { $0 != 0 }))
        }
    }

    static func truncToInt32(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d >= 2147483647 { return Int32.max }
        if d <= -2147483648 { return Int32.min }
        return Int32(d.rounded(.towardZero))
    }

    /// Rebuilds a tensor of `dtype` from doubles (used by folding and generic kernels).
    public static func fromDoubles(_ v: [Double], shape: [Int], dtype: DType) -> Tensor {
        Tensor(v, shape: shape).converted(to: dtype)
    }
}

extension Tensor: Equatable {
    public static func == (a: Tensor, b: Tensor) -> Bool {
        guard a.shape == b.shape, a.dtype == b.dtype else { return false }
        switch (a.storage, b.storage) {
        case (.f32(let x), .f32(let y)): return x.elementsEqualBitwise(y)
        case (.f64(let x), .f64(let y)): return x.elementsEqualBitwise(y)
        case (.i32(let x), .i32(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        default: return false
        }
    }
}

extension Tensor: Hashable {
    public func hash(into h: inout Hasher) {
        h.combine(shape)
        h.combine(dtype)
        switch storage {
        case .f32(let a): for x in a.prefix(16) { h.combine(x.bitPattern) }
        case .f64(let a): for x in a.prefix(16) { h.combine(x.bitPattern) }
        case .i32(let a): for x in a.prefix(16) { h.combine(x) }
        case .bool(let a): for x in a.prefix(16) { h.combine(x) }
        }
    }
}

extension Array where Element: BinaryFloatingPoint {
    /// Bitwise equality, so that constants NaN and -0.0 are never merged with others by CSE.
    func elementsEqualBitwise(_ o: [Element]) -> Bool {
        guard count == o.count else { return false }
        for i in indices where !(self[i] == o[i] && self[i].sign == o[i].sign) {
            if self[i].isNaN && o[i].isNaN { continue }
            return false
        }
        return true
    }
}

/// Row-major strides of a shape.
public func stridesOf(_ shape: [Int]) -> [Int] {
    var s = Array(repeating: 1, count: shape.count)
    var acc = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
        s[i] = acc
        acc *= shape[i]
    }
    return s
}

public func formatShape(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }
