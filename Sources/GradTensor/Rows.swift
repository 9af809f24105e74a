// Rows by index, for mini-batches and embedding lookups:
//   take(x, idx)                x[idx[0]], x[idx[1]], ...: rows of x along axis 0
//   scatter_rows(v, like, idx)  zeros like `like`, with v's rows added at idx (repeats add up):
//                               take's adjoint
//   permutation(n, seed)        0..<n shuffled by Fisher–Yates over SplitMix64, seeded, so the
//                               C backend draws the same order

extension Tensor {
    func rowIndices(_ idx: Tensor, rows: Int) throws -> [Int] {
        guard case .i32(let ks) = idx.storage, idx.rank == 1 else {
            throw TensorError("row indices must be an i32 vector, got \(idx.dtype.rawValue)\(formatShape(idx.shape))")
        }
        return try ks.map { k in
            let i = Int(k) < 0 ? Int(k) + rows : Int(k)
            guard i >= 0 && i < rows else { throw TensorError("row index \(k) is out of range for \(rows) rows") }
            return i
        }
    }

    public func take(_ idx: Tensor) throws -> Tensor {
        guard rank >= 1 else { throw TensorError("take needs a tensor of rank 1 or more, got a scalar") }
        let rows = try rowIndices(idx, rows: shape[0])
        let width = count / max(shape[0], 1)
        let x = doubles
        var out = [Double]()
        out.reserveCapacity(rows.count * width)
        for r in rows { out.append(contentsOf: x[(r * width)..<((r + 1) * width)]) }
        return Tensor.fromDoubles(out, shape: [rows.count] + Array(shape.dropFirst()), dtype: dtype)
    }

    public static func scatterRows(_ v: Tensor, like: Tensor, _ idx: Tensor) throws -> Tensor {
        guard like.rank >= 1 else { throw TensorError("scatter_rows needs a target of rank 1 or more") }
        let rows = try like.rowIndices(idx, rows: like.shape[0])
        guard v.shape == [rows.count] + Array(like.shape.dropFirst()) else {
            throw TensorError("scatter_rows of \(formatShape(v.shape)) into \(formatShape(like.shape)) at \(rows.count) rows")
        }
        let width = like.count / max(like.shape[0], 1)
        let x = v.doubles
        var out = [Double](repeating: 0, count: like.count)
        for (k, r) in rows.enumerated() {
            for j in 0..<width { out[r * width + j] += x[k * width + j] }
        }
        return Tensor.fromDoubles(out, shape: like.shape, dtype: like.dtype)
    }

    public static func permutation(_ n: Int, seed: Int) throws -> Tensor {
        guard n >= 0 else { throw TensorError("permutation of \(n) elements") }
        var g = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
        var p = (0..<n).map { Int32($0) }
        var i = n - 1
        while i > 0 {
            let j = Int(g.next() % UInt64(i + 1))
            p.swapAt(i, j)
            i -= 1
        }
        return Tensor(p, shape: [n])
    }
}
