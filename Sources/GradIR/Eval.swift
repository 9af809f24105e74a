// The meaning of every pure op on concrete tensors. Constant folding and the VM both call
// this one function, so compile-time and run-time results cannot drift apart.

import Foundation
import GradTensor

public enum Eval {
    /// Applies a pure op. Integer operands (sizes, indices, seeds) are i32 scalar tensors.
    public static func apply(_ op: Op, _ a: [Tensor]) throws -> Tensor {
        func int(_ i: Int) -> Int { Int(a[i].scalarValue) }
        func dims(from i: Int) -> [Int] { (i..<a.count).map { int($0) } }
        switch op {
        case .constant(let t): return t
        case .unary(let f): return try a[0].unary(f)
        case .binary(let f): return try a[0].binary(f, a[1])
        case .select: return try Tensor.select(a[0], a[1], a[2])
        case .reduce(let k, let axis, let keep): return try a[0].reduce(k, axis: axis, keepDims: keep)
        case .argmax(let axis): return try a[0].argmax(axis: axis)
        case .take: return try a[0].take(a[1])
        case .scatterRows: return try Tensor.scatterRows(a[0], like: a[1], a[2])
        case .permutation: return try Tensor.permutation(int(1), seed: a[0].seedValue)
        case .foldIn: return try Tensor.foldIn(a[0], a[1])
        case .matmul: return try a[0].matmul(a[1])
        case .transpose(let p): return try a[0].transposed(p)
        case .reshape: return try a[0].reshaped(dims(from: 1))
        case .broadcastTo:
            let d = dims(from: 1)
            guard d.allSatisfy({ $0 >= 0 }) else { throw TensorError("broadcast_to a negative size \(formatShape(d))") }
            return try a[0].broadcast(to: d)
        case .expandDims(let axis): return try a[0].expandDims(axis)
        case .squeeze(let axis): return try a[0].squeezed(axis)
        case .concat(let axis): return try Tensor.concat(a, axis: axis)
        case .index(let axes):
            if axes.count == a.count - 1, !axes.contains(where: { $0 != .at }) { return try a[0].leadingBlock(axes.count) { int($0 + 1) } }
            return try a[0].indexed(indexSpecs(axes, Array(a.dropFirst())))
        case .oneHot(let d):
            guard int(1) >= 0 else { throw TensorError("one_hot with \(int(1)) classes") }
            return try Tensor.oneHot(a[0], int(1), dtype: d)
        case .convert(let d): return a[0].converted(to: d)
        case .stopGradient: return a[0]
        case .zerosLike: return Tensor.filled(shape: a[0].shape, value: 0, dtype: a[0].dtype)
        case .sumTo: return try a[0].sum(to: a[1].shape)
        case .broadcastLike: return try a[0].broadcast(to: a[1].shape)
        case .reshapeLike: return try a[0].reshaped(a[1].shape)
        case .fused(let k): return try k.run(a)
        case .gemm(let g):
            var c = g.accumulate ? a[0] : Tensor.empty
            try gemm(g, into: &c, a[g.positionA...])
            return c
        case .scatterAdd(let axes): return try a[0].scatterAdd(into: a[1].shape, indexSpecs(axes, Array(a.dropFirst(2))))
        case .stackAlloc:
            try checkSizes([int(0)] + a[1].shape, a[1].dtype)
            return Tensor.filled(shape: [int(0)] + a[1].shape, value: 0, dtype: a[1].dtype)
        case .setIndex: return try a[0].settingIndex(int(1), a[2])
        case .checkpointPlan(let schedule):
            let plan = try CheckpointPlanner.plan(trips: max(int(0), 0), schedule: schedule, stateBytes: Int64(a[1].scalarValue))
            let code = plan.encoded
            return Tensor(code, shape: [code.count])
        case .fill(let d):
            let s = dims(from: 1)
            try checkSizes(s, d)
            return Tensor.filled(shape: s, value: a[0].scalarValue, dtype: d)
        case .random(let normal, let d):
            let s = dims(from: 1)
            try checkSizes(s, d)
            return normal ? Tensor.randn(shape: s, seed: a[0].seedValue, dtype: d) : Tensor.rand(shape: s, seed: a[0].seedValue, dtype: d)
        case .arange:
            try checkSizes([int(0)], .i32)
            return Tensor.arange(int(0))
        case .shapeOf: return Tensor(a[0].shape.map { Int32($0) }, shape: [a[0].rank])
        case .collective(let c):
            // One process (the VM's meaning; natively without --mpi, the same): one rank, 0.
            switch c {
            case .worldSize: return Tensor([Int32(1)], shape: [])
            case .rank: return Tensor([Int32(0)], shape: [])
            case .allreduceSum, .allreduceMean: return a[0]
            case .broadcast:
                guard int(1) == 0 else { throw TensorError("broadcast from root \(int(1)), which is not a rank (world_size() = 1)") }
                return a[0]
            }
        default:
            throw TensorError("internal: \(op.name) is not a pure tensor op")
        }
    }

    /// A shape to allocate: no negative size, and no more bytes than the machine has (the
    /// allocation would abort the process), which is "out of memory" at the line, as natively.
    static func checkSizes(_ s: [Int], _ d: DType) throws {
        guard s.allSatisfy({ $0 >= 0 }) else { throw TensorError("negative size in shape \(formatShape(s))") }
        var n = 1
        for x in s {
            let (p, o) = n.multipliedReportingOverflow(by: x)
            guard !o else { throw TensorError("out of memory: the element count of shape \(formatShape(s)) overflows") }
            n = p
        }
        let (bytes, o) = n.multipliedReportingOverflow(by: d.byteSize)
        if o || UInt64(bytes) > ProcessInfo.processInfo.physicalMemory {
            throw TensorError("out of memory: a tensor of shape \(formatShape(s)) (\(d)) needs \(o ? "more than \(Int.max)" : String(bytes)) bytes")
        }
    }

    /// The element count `apply` would produce for the ops whose result size their operands'
    /// values decide (a shape), so folding can decline a large constant without making it.
    public static func resultCount(_ op: Op, _ a: [Tensor]) -> Int? {
        func int(_ i: Int) -> Int { Int(a[i].scalarValue) }
        func product(_ xs: [Int]) -> Int {
            xs.reduce(1) { n, x in let (p, o) = n.multipliedReportingOverflow(by: max(x, 0)); return o ? Int.max : p }
        }
        switch op {
        case .fill, .random, .broadcastTo, .reshape: return product((1..<a.count).map(int))
        case .stackAlloc: return product([int(0), a[1].count])
        case .arange, .permutation: return product([int(a.count - 1)])
        case .oneHot: return product([a[0].count, int(1)])
        default: return nil
        }
    }

    /// Turns an index op's axes and its dynamic operands into concrete specs.
    public static func indexSpecs(_ axes: [IndexAxis], _ dyn: [Tensor]) -> [IndexSpec] {
        var k = 0
        func next() -> Int { defer { k += 1 }; return Int(dyn[k].scalarValue) }
        return axes.map { ax in
            switch ax {
            case .at: return .at(next())
            case .range(let hs, let he, let st): return .range(hs ? next() : nil, he ? next() : nil, st)
            }
        }
    }
}

extension Eval {
    /// Runs a `gemm` into `c` (the accumulator when `g.accumulate`, else replaced by the
    /// product) from its factors' operands: a, [a's row,] b, [b's row]. A row out of range is
    /// reported where its view was written.
    public static func gemm(_ g: GEMMForm, into c: inout Tensor, _ ops: ArraySlice<Tensor>) throws {
        var k = ops.startIndex
        func factor(_ row: Bool, _ location: Int64) throws -> Tensor.Factor {
            let t = ops[k]
            k += row ? 2 : 1
            guard row else { return Tensor.Factor(t) }
            do { return try Tensor.Factor(t, row: Int(ops[k - 1].scalarValue)) } catch let e as TensorError {
                throw e.placed(at: location)
            }
        }
        let a = try factor(g.rowA, g.locationA), b = try factor(g.rowB, g.locationB)
        try Tensor.gemm(into: &c, a, b, transA: g.transA, transB: g.transB, accumulate: g.accumulate)
    }
}
