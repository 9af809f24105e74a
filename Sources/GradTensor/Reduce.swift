// Reductions over one axis or the whole tensor: sum mean max min prod logsumexp, and argmax.
//
// Sums accumulate in Double for both float types and round once at the end; a contiguous line
// (everything, or the last axis) is summed in the C runtime's lanes (runtime/15-vector.h, through
// GradKernels), so the VM's and the runtime's unfused sums are the same bits. max/min
// propagate NaN, as numpy and JAX do.

import Foundation
import GradKernels

/// The op table of the reductions: one entry per reduction holds what every stage needs — the
/// surface name (the raw value), the element types it takes, the C runtime's code, its
/// derivative (as the weight ∂y/∂x_i both AD modes multiply by) and whether the C backend's
/// fused loops end in it. The VM's line kernel is `reduceLine` below. Adding a reduction is a
/// case, its spec, its line in `reduceLine` and its case in the C runtime's gt_reduce
/// (runtime/20-elementwise.h); a test walks every entry on both backends and in both AD modes.
public enum ReduceKind: String, Sendable, CaseIterable {
    case sum, mean, max, min, prod, logsumexp

    public var spec: ReduceSpec {
        switch self {
        case .sum: return ReduceSpec(c: "R_SUM", weight: .one, intResult: .i32, fusedLoop: true)
        case .mean: return ReduceSpec(c: "R_MEAN", weight: .inverseCount, intResult: .f64, fusedLoop: true)
        case .max: return ReduceSpec(c: "R_MAX", weight: .chooser, intResult: .i32, fusedLoop: true)
        case .min: return ReduceSpec(c: "R_MIN", weight: .chooser, intResult: .i32, fusedLoop: true)
        case .prod: return ReduceSpec(c: "R_PROD", weight: .resultOverOperand, intResult: .i32, fusedLoop: false)
        case .logsumexp: return ReduceSpec(c: "R_LSE", weight: .softmax, intResult: nil, fusedLoop: false)
        }
    }
}

public struct ReduceSpec: Sendable {
    /// The C runtime's code for gt_reduce (runtime/20-elementwise.h).
    public let c: String
    /// ∂y/∂x_i, which the tangent sums over the axis (times the operand's tangent) and the
    /// adjoint multiplies the result's cotangent by.
    public let weight: ReduceWeight
    /// The result's element type for an i32 operand; nil: an i32 operand is an error.
    public let intResult: DType?
    /// Whether the C emitter's fused loops can end in it (FusedLoops has its accumulation).
    public let fusedLoop: Bool
}

public enum ReduceWeight: Sendable {
    case one                 // sum
    case inverseCount        // mean: 1 / (elements reduced)
    case chooser             // max, min: the chosen elements share 1 (ties split it, as JAX)
    case resultOverOperand   // prod: y / x_i
    case softmax             // logsumexp: exp(x_i - y)
}

extension Tensor {
    /// Reduces along `axis` (nil: every axis). `keepDims` keeps the reduced axis with size 1.
    public func reduce(_ kind: ReduceKind, axis: Int?, keepDims: Bool = false) throws -> Tensor {
        if dtype == .bool { throw TensorError("\(kind.rawValue) of a bool tensor; convert it with i32(...) first") }
        let outer: Int, len: Int, inner: Int
        var outShape: [Int]
        if let axis {
            let a = axis < 0 ? axis + rank : axis
            guard a >= 0 && a < rank else { throw TensorError("axis \(axis) is out of range for a tensor of rank \(rank)") }
            outer = shape[..<a].reduce(1, *); len = shape[a]; inner = shape[(a + 1)...].reduce(1, *)
            outShape = shape
            if keepDims { outShape[a] = 1 } else { outShape.remove(at: a) }
        } else {
            outer = 1; len = count; inner = 1
            outShape = keepDims ? Array(repeating: 1, count: rank) : []
        }
        if len == 0 && (kind == .max || kind == .min) {
            throw TensorError("\(kind.rawValue) of an empty tensor (shape \(formatShape(shape)))")
        }
        let x = doubles
        var out = Array(repeating: 0.0, count: outer * inner)
        if (kind == .sum || kind == .mean) && inner > 1 {
            // Row by row rather than down each column (a bias's gradient, sum over the batch):
            // every output still adds its elements in the same order.
            x.withUnsafeBufferPointer { xp in out.withUnsafeMutableBufferPointer { op in
                for o in 0..<outer {
                    let acc = op.baseAddress! + o * inner
                    for k in 0..<len {
                        let row = xp.baseAddress! + (o * len + k) * inner
                        for i in 0..<inner { acc[i] += row[i] }
                    }
                    if kind == .mean { for i in 0..<inner { acc[i] /= Double(len) } }
                }
            } }
        } else {
            for o in 0..<outer {
                for i in 0..<inner {
                    let base = o * len * inner + i
                    out[o * inner + i] = Tensor.reduceLine(kind, x, base, inner, len)
                }
            }
        }
        let t = Tensor(out, shape: outShape)
        return t.converted(to: dtype == .i32 ? kind.spec.intResult ?? .f64 : dtype)
    }

    static func reduceLine(_ kind: ReduceKind, _ x: [Double], _ base: Int, _ step: Int, _ n: Int) -> Double {
        switch kind {
        case .sum, .mean:
            var s = 0.0
            if step == 1 {
                // A contiguous line (everything, or the last axis) in GradKernels' lanes, as
                // the fused kernels sum.
                s = n == 0 ? 0 : x.withUnsafeBufferPointer { gk_sum_line_f64($0.baseAddress! + base, n) }
            } else { for k in 0..<n { s += x[base + k * step] } }
            return kind == .mean ? s / Double(n) : s
        case .prod:
            var p = 1.0
            for k in 0..<n { p *= x[base + k * step] }
            return p
        case .max, .min:
            var m = x[base]
            for k in 0..<n {
                let v = x[base + k * step]
                if v.isNaN { return v }
                if kind == .max ? v > m : v < m { m = v }
            }
            return m
        case .logsumexp:
            var m = -Double.infinity
            for k in 0..<n { let v = x[base + k * step]; if v.isNaN { return v }; m = Swift.max(m, v) }
            if m.isInfinite { return m }
            var s = 0.0
            for k in 0..<n { s += Foundation.exp(x[base + k * step] - m) }
            return m + Foundation.log(s)
        }
    }

    /// The index of the largest element along `axis`, as i32: the first of equal ones, and
    /// the first NaN if there is one, as NumPy's argmax.
    public func argmax(axis: Int) throws -> Tensor {
        guard dtype != .bool else { throw TensorError("argmax of a bool tensor; convert it with i32(...) first") }
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < rank else { throw TensorError("axis \(axis) is out of range for a tensor of rank \(rank)") }
        let outer = shape[..<a].reduce(1, *), len = shape[a], inner = shape[(a + 1)...].reduce(1, *)
        guard len > 0 else { throw TensorError("argmax of an empty axis (shape \(formatShape(shape)))") }
        var out = [Int32](repeating: 0, count: outer * inner)
        let x = doubles
        for o in 0..<outer {
            for i in 0..<inner {
                let base = o * len * inner + i
                var best = 0, m = x[base]
                if !m.isNaN {
                    for k in 1..<len {
                        let v = x[base + k * inner]
                        if v.isNaN { best = k; break }
                        if v > m { m = v; best = k }
                    }
                }
                out[o * inner + i] = Int32(best)
            }
        }
        var outShape = shape
        outShape.remove(at: a)
        return Tensor(out, shape: outShape)
    }
}
