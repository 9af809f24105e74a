// Seeded random tensors: `rand` (uniform in [0, 1)) and `randn` (standard normal).
//
// The generator is SplitMix64, chosen because it is a few lines in any language: the C backend
// reproduces these streams bit for bit. A uniform draw is the top 53 bits over 2^53; normals
// come in pairs by the Box–Muller transform, computed in f64 and rounded to the element type.
//
// Keys, as JAX's raw keys: an i32[2] whose two words are a 64-bit seed, high word first.
// `key(s)` is [s < 0 ? -1 : 0, s], so `randn(shape, key: key(s))` draws what `seed: s` does.
// `fold_in(k, d)` derives a key from k and each i32 in d, `mix(mix(k) + (d + 1) * golden)`
// with SplitMix64's finalizer `mix` (a bijection, so distinct data give distinct keys), and
// `split(k, n)` is `fold_in(k, arange(n))`. Not JAX's Threefry: the streams differ from JAX's.

import Foundation

/// SplitMix64's output function: a bijection of 64-bit words that mixes every bit.
@inline(__always) public func splitMixFinalize(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

public struct SplitMix64 {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return splitMixFinalize(state)
    }

    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

extension Tensor {
    public static func rand(shape: [Int], seed: Int, dtype: DType) -> Tensor {
        var g = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        let n = shape.reduce(1, *)
        return Tensor.fromDoubles((0..<n).map { _ in g.uniform() }, shape: shape, dtype: dtype)
    }

    public static func randn(shape: [Int], seed: Int, dtype: DType) -> Tensor {
        var g = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        let n = shape.reduce(1, *)
        var v = [Double]()
        v.reserveCapacity(n + 1)
        while v.count < n {
            let u1 = g.uniform(), u2 = g.uniform()
            let r = (-2 * Foundation.log(1 - u1)).squareRoot()
            let t = 2 * Double.pi * u2
            v.append(r * Foundation.cos(t))
            v.append(r * Foundation.sin(t))
        }
        return Tensor.fromDoubles(Array(v.prefix(n)), shape: shape, dtype: dtype)
    }

    /// The seed a random op draws with: an i32 scalar as it is, a key's two words as one.
    public var seedValue: Int {
        guard rank == 1, count == 2, case .i32(let w) = storage else { return Int(scalarValue) }
        return Int(bitPattern: UInt(UInt64(UInt32(bitPattern: w[0])) << 32 | UInt64(UInt32(bitPattern: w[1]))))
    }

    /// A key for each element of `data` (i32), derived from `key` (i32[2]): shape data's + [2].
    public static func foldIn(_ key: Tensor, _ data: Tensor) throws -> Tensor {
        guard key.shape == [2], key.dtype == .i32, data.dtype == .i32, case .i32(let d) = data.storage else {
            throw TensorError("fold_in needs an i32[2] key and i32 data, got \(key.dtype.rawValue)\(formatShape(key.shape)) and \(data.dtype.rawValue)\(formatShape(data.shape))")
        }
        let base = splitMixFinalize(UInt64(bitPattern: Int64(key.seedValue)))
        var out = [Int32]()
        out.reserveCapacity(2 * d.count)
        for x in d {
            let z = splitMixFinalize(base &+ (UInt64(UInt32(bitPattern: x)) &+ 1) &* 0x9E37_79B9_7F4A_7C15)
            out.append(Int32(bitPattern: UInt32(truncatingIfNeeded: z >> 32)))
            out.append(Int32(bitPattern: UInt32(truncatingIfNeeded: z)))
        }
        return Tensor(out, shape: data.shape + [2])
    }

    public static func arange(_ n: Int) -> Tensor {
        Tensor((0..<max(n, 0)).map { Int32($0) }, shape: [max(n, 0)])
    }
}
