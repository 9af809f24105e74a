// Shape kernels: broadcast, reshape, transpose, concat, NumPy indexing and slicing,
// expand/squeeze, one_hot, and the scatter-add that is the adjoint of indexing.
//
// Most are one gather: compute, for each output element, the flat index it reads.

import Foundation

/// One axis of an index expression `x[...]`.
public enum IndexSpec: Sendable, Equatable {
    case at(Int)                        // x[i]: removes the axis; negative counts from the end
    case range(Int?, Int?, Int)         // x[a:b:s], NumPy's clamping rules
}

extension Tensor {
    /// out[i] = self[src[i]]
    public func gather(_ src: [Int], shape: [Int]) -> Tensor {
        switch storage {
        case .f32(let a): return Tensor(shape: shape, storage: .f32(src.map { a[$0] }))
        case .f64(let a): return Tensor(shape: shape, storage: .f64(src.map { a[$0] }))
        case .i32(let a): return Tensor(shape: shape, storage: .i32(src.map { a[$0] }))
        case .bool(let a): return Tensor(shape: shape, storage: .bool(src.map { a[$0] }))
        }
    }

    public func broadcast(to out: [Int]) throws -> Tensor {
        if shape == out { return self }
        guard let b = broadcastShapes(shape, out), b == out else {
            throw TensorError("cannot broadcast shape \(formatShape(shape)) to \(formatShape(out))")
        }
        var src = [Int]()
        src.reserveCapacity(out.reduce(1, *))
        forEachBroadcast(out, broadcastStrides(shape, to: out), broadcastStrides([], to: out)) { _, i, _ in src.append(i) }
        return gather(src, shape: out)
    }

    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var s = newShape
        if let k = s.firstIndex(of: -1) {
            let rest = s.enumerated().filter { $0.offset != k }.map(\.element).reduce(1, *)
            guard rest > 0, count % rest == 0 else { throw TensorError("cannot reshape \(formatShape(shape)) to \(formatShape(newShape))") }
            s[k] = count / rest
        }
        guard s.allSatisfy({ $0 >= 0 }), s.reduce(1, *) == count else {
            throw TensorError("cannot reshape \(formatShape(shape)) (\(count) elements) to \(formatShape(newShape))")
        }
        var t = self
        t.shape = s
        return t
    }

    /// Permutes axes; `nil` reverses them (`.T`).
    public func transposed(_ perm: [Int]? = nil) throws -> Tensor {
        let p = perm ?? Array((0..<rank).reversed())
        guard p.sorted() == Array(0..<rank) else { throw TensorError("transpose axes \(p) do not match rank \(rank)") }
        if rank < 2 { return self }
        let out = p.map { shape[$0] }
        if rank == 2 && p == [1, 0] {
            let (r, c) = (shape[0], shape[1])
            if r == 1 || c == 1 { var t = self; t.shape = out; return t }
            func flip<T>(_ a: [T]) -> [T] {
                [T](unsafeUninitializedCapacity: a.count) { o, n in
                    for i in 0..<r { for j in 0..<c { (o.baseAddress! + j * r + i).initialize(to: a[i * c + j]) } }
                    n = a.count
                }
            }
            switch storage {
            case .f32(let a): return Tensor(shape: out, storage: .f32(flip(a)))
            case .f64(let a): return Tensor(shape: out, storage: .f64(flip(a)))
            case .i32(let a): return Tensor(shape: out, storage: .i32(flip(a)))
            case .bool(let a): return Tensor(shape: out, storage: .bool(flip(a)))
            }
        }
        let st = stridesOf(shape)
        let ps = p.map { st[$0] }
        var src = [Int]()
        src.reserveCapacity(count)
        forEachBroadcast(out, ps, Array(repeating: 0, count: out.count)) { _, i, _ in src.append(i) }
        return gather(src, shape: out)
    }

    public func expandDims(_ axis: Int) throws -> Tensor {
        let a = axis < 0 ? axis + rank + 1 : axis
        guard a >= 0 && a <= rank else { throw TensorError("expand_dims axis \(axis) out of range for rank \(rank)") }
        var t = self
        t.shape.insert(1, at: a)
        return t
    }

    public func squeezed(_ axis: Int?) throws -> Tensor {
        var t = self
        if let axis {
            let a = axis < 0 ? axis + rank : axis
            guard a >= 0 && a < rank, shape[a] == 1 else {
                throw TensorError("cannot squeeze axis \(axis) of shape \(formatShape(shape))")
            }
            t.shape.remove(at: a)
        } else {
            t.shape = shape.filter { $0 != 1 }
        }
        return t
    }

    public static func concat(_ parts: [Tensor], axis: Int) throws -> Tensor {
        guard let first = parts.first else { throw TensorError("concat of no tensors") }
        let r = first.rank
        let a = axis < 0 ? axis + r : axis
        guard a >= 0 && a < r else { throw TensorError("concat axis \(axis) out of range for rank \(r)") }
        for p in parts {
            guard p.rank == r, p.dtype == first.dtype,
                  (0..<r).allSatisfy({ $0 == a || p.shape[$0] == first.shape[$0] }) else {
                throw TensorError("concat of shapes \(parts.map { formatShape($0.shape) }.joined(separator: ", ")) along axis \(a)")
            }
        }
        var out = first.shape
        out[a] = parts.map { $0.shape[a] }.reduce(0, +)
        let outer = first.shape[..<a].reduce(1, *)
        let inner = first.shape[(a + 1)...].reduce(1, *)
        var vals = [Double]()
        vals.reserveCapacity(out.reduce(1, *))
        let ds = parts.map(\.doubles)
        for o in 0..<outer {
            for (k, p) in parts.enumerated() {
                let len = p.shape[a] * inner
                vals.append(contentsOf: ds[k][(o * len)..<((o + 1) * len)])
            }
        }
        return Tensor.fromDoubles(vals, shape: out, dtype: first.dtype)
    }

    /// Index i0 of axis d, counted from the end when negative, or the out-of-range error.
    func axisIndex(_ i0: Int, _ d: Int) throws -> Int {
        let n = shape[d], i = i0 < 0 ? i0 + n : i0
        guard i >= 0 && i < n else { throw TensorError("index \(i0) is out of range for axis \(d) of size \(n)") }
        return i
    }

    /// `x[i0, ..., ik-1]` for the first k axes: the block of consecutive elements there, as
    /// `indexed` gives it, without building the specs (the VM's `W[l]` in a loop).
    public func leadingBlock(_ k: Int, _ index: (Int) -> Int) throws -> Tensor {
        guard k <= rank else { throw TensorError("too many indices (\(k)) for a tensor of rank \(rank)") }
        var offset = 0
        for d in 0..<k { offset = offset * shape[d] + (try axisIndex(index(d), d)) }
        var inner = 1
        for d in k..<rank { inner *= shape[d] }
        return slice(offset * inner, inner, shape: k == 0 ? shape : Array(shape[k...]))
    }

    /// NumPy basic indexing. Missing trailing axes are taken whole.
    public func indexed(_ specs: [IndexSpec]) throws -> Tensor {
        guard specs.count <= rank else { throw TensorError("too many indices (\(specs.count)) for a tensor of rank \(rank)") }
        var outShape = [Int]()
        var axisStarts = [Int](), axisSteps = [Int](), axisLens = [Int](), keep = [Bool]()
        for d in 0..<rank {
            let n = shape[d]
            let spec = d < specs.count ? specs[d] : .range(nil, nil, 1)
            switch spec {
            case .at(let i0):
                let i = try axisIndex(i0, d)
                axisStarts.append(i); axisSteps.append(1); axisLens.append(1); keep.append(false)
            case .range(let a, let b, let s):
                guard s != 0 else { throw TensorError("slice step cannot be zero") }
                let (start, len) = sliceBounds(a, b, s, n)
                axisStarts.append(start); axisSteps.append(s); axisLens.append(len); keep.append(true)
                outShape.append(len)
            }
        }
        let st = stridesOf(shape)
        let base = (0..<rank).map { axisStarts[$0] * st[$0] }.reduce(0, +)
        if let n = contiguousRun(shape, axisStarts, axisSteps, axisLens) { return slice(n == 0 ? 0 : base, n, shape: outShape) }
        let full = axisLens
        let steps = (0..<rank).map { axisSteps[$0] * st[$0] }
        var src = [Int]()
        src.reserveCapacity(full.reduce(1, *))
        forEachBroadcast(full, steps, Array(repeating: 0, count: rank)) { _, i, _ in src.append(base + i) }
        return gather(src, shape: outShape)
    }

    /// Elements `start..<start + n` of the storage, as a tensor of `shape`.
    func slice(_ start: Int, _ n: Int, shape out: [Int]) -> Tensor {
        switch storage {
        case .f32(let a): return Tensor(shape: out, storage: .f32(Array(a[start..<start + n])))
        case .f64(let a): return Tensor(shape: out, storage: .f64(Array(a[start..<start + n])))
        case .i32(let a): return Tensor(shape: out, storage: .i32(Array(a[start..<start + n])))
        case .bool(let a): return Tensor(shape: out, storage: .bool(Array(a[start..<start + n])))
        }
    }

    /// The adjoint of `indexed`: a zero tensor of `shape` with `self` added at the indexed places.
    public func scatterAdd(into shape: [Int], _ specs: [IndexSpec]) throws -> Tensor {
        let zero = Tensor.filled(shape: shape, value: 0, dtype: dtype)
        // One run of consecutive elements (a row, a window): copied in, nothing to add up.
        if let (start, n) = contiguousSelection(shape, specs), n == count {
            var t = zero
            switch (t.storage, storage) {
            case (.f32(var a), .f32(let v)): a.replaceSubrange(start..<start + n, with: v); t.storage = .f32(a)
            case (.f64(var a), .f64(let v)): a.replaceSubrange(start..<start + n, with: v); t.storage = .f64(a)
            default: return try scatterAddByPositions(into: shape, specs, zero)
            }
            return t
        }
        return try scatterAddByPositions(into: shape, specs, zero)
    }

    func scatterAddByPositions(into shape: [Int], _ specs: [IndexSpec], _ zero: Tensor) throws -> Tensor {
        let positions = try Tensor(Array(0..<shape.reduce(1, *)).map(Int32.init), shape: shape).indexed(specs)
        guard case .i32(let pos) = positions.storage, pos.count == count else {
            throw TensorError("scatter of \(formatShape(self.shape)) into \(formatShape(shape))")
        }
        var acc = zero.doubles
        let v = doubles
        for (k, p) in pos.enumerated() { acc[Int(p)] += v[k] }
        return Tensor.fromDoubles(acc, shape: shape, dtype: dtype)
    }

    /// NumPy's "unbroadcast": sums over the leading axes `shape` lacks and over the axes where
    /// it has size 1, giving a tensor of `shape` (the adjoint of broadcasting to self.shape).
    public func sum(to target: [Int]) throws -> Tensor {
        if shape == target { return self }
        guard let b = broadcastShapes(target, shape), b == shape else {
            throw TensorError("cannot reduce \(formatShape(shape)) to \(formatShape(target))")
        }
        // Every reduced axis of length 1 (a bias's gradient of one row): each element is its one
        // term plus 0, as the sums compute it (-0 becomes +0), without a reduction's machinery.
        if count == target.reduce(1, *) {
            switch storage {
            case .f64(let a): return Tensor(shape: target, storage: .f64(a.map { $0 + 0 }))
            case .f32(let a): return Tensor(shape: target, storage: .f32(a.map { $0 + 0 }))
            case .i32: return Tensor(shape: target, storage: storage)
            case .bool: break
            }
        }
        var t = self
        while t.rank > target.count { t = try t.reduce(.sum, axis: 0) }
        for (k, d) in target.enumerated() where d == 1 && t.shape[k] != 1 {
            t = try t.reduce(.sum, axis: k, keepDims: true)
        }
        return t
    }

    /// `self` with `self[i] = v` along the first axis (writes one entry of a tape).
    public func settingIndex(_ i: Int, _ v: Tensor) throws -> Tensor {
        var t = self
        try t.setIndex(i, v)
        return t
    }

    /// `self[i] = v` along the first axis, in place when this tensor holds the only
    /// reference to its storage (a tape the VM hands over), else on a copy.
    public mutating func setIndex(_ i: Int, _ v: Tensor) throws {
        guard rank >= 1, i >= 0, i < shape[0], Array(shape.dropFirst()) == v.shape, v.dtype == dtype else {
            throw TensorError("cannot store \(formatShape(v.shape)) at index \(i) of \(formatShape(shape))")
        }
        let n = v.count, r = (i * n)..<((i + 1) * n)
        switch storage {
        case .f64(var a):
            guard case .f64(let b) = v.storage else { break }
            storage = .f64([]); a.replaceSubrange(r, with: b); storage = .f64(a)
        case .f32(var a):
            guard case .f32(let b) = v.storage else { break }
            storage = .f32([]); a.replaceSubrange(r, with: b); storage = .f32(a)
        case .i32(var a):
            guard case .i32(let b) = v.storage else { break }
            storage = .i32([]); a.replaceSubrange(r, with: b); storage = .i32(a)
        case .bool(var a):
            guard case .bool(let b) = v.storage else { break }
            storage = .bool([]); a.replaceSubrange(r, with: b); storage = .bool(a)
        }
    }

    /// one_hot(labels, k): a float tensor of shape labels.shape + [k].
    public static func oneHot(_ labels: Tensor, _ k: Int, dtype: DType) throws -> Tensor {
        guard case .i32(let y) = labels.storage else { throw TensorError("one_hot needs i32 labels, got \(labels.dtype.rawValue)") }
        var v = Array(repeating: 0.0, count: y.count * k)
        for (i, c) in y.enumerated() {
            guard c >= 0 && Int(c) < k else { throw TensorError("label \(c) is out of range for \(k) classes") }
            v[i * k + Int(c)] = 1
        }
        return Tensor.fromDoubles(v, shape: labels.shape + [k], dtype: dtype)
    }
}

/// NumPy's slice normalization: the first index and the length of `a:b:s` over `n` elements.
/// How many elements a selection (per axis: first index, step, length) of a tensor of `shape`
/// is, when they are one run of consecutive elements: single indices on leading axes, then
/// one unit-step range, then whole axes (`W[l]`, `x[a:b]`, `x[i, :]`).
func contiguousRun(_ shape: [Int], _ starts: [Int], _ steps: [Int], _ lens: [Int]) -> Int? {
    let n = lens.reduce(1, *)
    if n == 0 { return 0 }
    guard let k = lens.firstIndex(where: { $0 != 1 }) else { return 1 }
    guard steps[k] == 1 else { return nil }
    for e in (k + 1)..<shape.count where starts[e] != 0 || steps[e] != 1 || lens[e] != shape[e] { return nil }
    return n
}

/// Where indexing a tensor of `shape` with `specs` reads, when that is one run of consecutive
/// elements: its first element and length; nil otherwise or when an index is out of range.
func contiguousSelection(_ shape: [Int], _ specs: [IndexSpec]) -> (start: Int, count: Int)? {
    guard specs.count <= shape.count else { return nil }
    var starts = [Int](), steps = [Int](), lens = [Int]()
    for d in shape.indices {
        switch d < specs.count ? specs[d] : .range(nil, nil, 1) {
        case .at(let i0):
            let i = i0 < 0 ? i0 + shape[d] : i0
            guard i >= 0 && i < shape[d] else { return nil }
            starts.append(i); steps.append(1); lens.append(1)
        case .range(let a, let b, let s):
            guard s != 0 else { return nil }
            let (start, len) = sliceBounds(a, b, s, shape[d])
            starts.append(start); steps.append(s); lens.append(len)
        }
    }
    guard let n = contiguousRun(shape, starts, steps, lens) else { return nil }
    let st = stridesOf(shape)
    return (n == 0 ? 0 : shape.indices.map { starts[$0] * st[$0] }.reduce(0, +), n)
}

public func sliceBounds(_ a: Int?, _ b: Int?, _ s: Int, _ n: Int) -> (start: Int, count: Int) {
    func clampIdx(_ i: Int, _ lo: Int, _ hi: Int) -> Int { i < 0 ? max(i + n, lo) : min(i, hi) }
    if s > 0 {
        let start = a.map { clampIdx($0, 0, n) } ?? 0
        let stop = b.map { clampIdx($0, 0, n) } ?? n
        return (start, stop > start ? (stop - start + s - 1) / s : 0)
    } else {
        let start = a.map { clampIdx($0, -1, n - 1) } ?? n - 1
        let stop = b.map { clampIdx($0, -1, n - 1) } ?? -1
        return (start, start > stop ? (start - stop - s - 1) / (-s) : 0)
    }
}
