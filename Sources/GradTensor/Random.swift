// Seeded random tensors: `rand` (uniform in [0, 1)) and `randn` (standard normal).
//
// The generator is SplitMix64, chosen because it is a few lines in any language: the C backend
// reproduces these streams bit for bit. A uniform draw is the top 53 bits over 2^53; normals
// come in pairs by the Box–Muller transform, computed in f64 and rounded to the element type.

import Foundation

public struct SplitMix64 {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

    public static func arange(_ n: Int) -> Tensor {
        Tensor((0..<max(n, 0)).map { Int32($0) }, shape: [max(n, 0)])
    }
}
