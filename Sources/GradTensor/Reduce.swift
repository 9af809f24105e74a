// Reductions over one axis or the whole tensor: sum mean max min prod logsumexp, and argmax.
//
// Sums accumulate in Double for both float types and round once at the end; a contiguous line
// (everything, or the last axis) is summed in the C runtime's lanes (runtime/15-vector.h, through
// GradKernels), so the VM's and the runtime's unfused sums are the same bits. max/min
// propagate NaN, as numpy and JAX do.

import Foundation
import GradKernels

public enum ReduceKind: String, Sendable, CaseIterable {
    case sum, mean, max, min, prod, logsumexp
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
        return dtype == .i32 && kind == .mean ? t : t.converted(to: dtype)
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
