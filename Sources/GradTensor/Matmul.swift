// Matrix products with NumPy's `@` rules: matrix-matrix, matrix-vector, vector-matrix,
// vector-vector (a scalar) and batched with broadcast batch dimensions.
//
// GEMM goes to cblas_sgemm/cblas_dgemm when a BLAS library can be loaded at run time
// (see BLAS.swift) and to a cache-blocked Swift kernel otherwise; both paths are tested.

import Foundation
import GradKernels

/// Result shape of `a @ b`, or nil when the operands do not fit.
public func matmulShape(_ a: [Int], _ b: [Int]) -> [Int]? {
    if a.isEmpty || b.isEmpty { return nil }
    let a2 = a.count == 1 ? [1] + a : a
    let b2 = b.count == 1 ? b + [1] : b
    guard a2[a2.count - 1] == b2[b2.count - 2] else { return nil }
    guard let batch = broadcastShapes(Array(a2.dropLast(2)), Array(b2.dropLast(2))) else { return nil }
    var out = batch
    if a.count > 1 { out.append(a2[a2.count - 2]) }
    if b.count > 1 { out.append(b2[b2.count - 1]) }
    return out
}

/// Cache-blocked C[M,N] = A[M,K] · B[K,N], row-major, no transposes.
func gemmBlocked<T: BinaryFloatingPoint>(_ m: Int, _ n: Int, _ k: Int,
                                          _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>) {
    c.initialize(repeating: 0, count: m * n)
    let bi = 64, bk = 256, bj = 512
    var j0 = 0
    while j0 < n {
        let j1 = min(j0 + bj, n)
        var k0 = 0
        while k0 < k {
            let k1 = min(k0 + bk, k)
            var i0 = 0
            while i0 < m {
                let i1 = min(i0 + bi, m)
                for i in i0..<i1 {
                    let crow = c + i * n
                    for p in k0..<k1 {
                        let av = a[i * k + p]
                        if av == 0 { continue }
                        let brow = b + p * n
                        for j in j0..<j1 { crow[j] += av * brow[j] }
                    }
                }
                i0 = i1
            }
            k0 = k1
        }
        j0 = j1
    }
}

/// One GEMM through BLAS when loaded (and allowed), else the Swift kernel.
public enum GEMM {
    /// When false, the Swift kernel is used even if BLAS is loaded (tests compare the two).
    nonisolated(unsafe) public static var useBLAS = true

    /// Whether a product is small enough for the runtime's plain loops (GradKernels'
    /// gk_gemm_small, the code executables run for it): a BLAS call's own overhead is most of
    /// the time below about 16^3 multiply-adds.
    static func isSmall(_ m: Int, _ n: Int, _ k: Int) -> Bool { m * n * k <= Int(GK_SMALL_GEMM) }

    public static func f64(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>) {
        if isSmall(m, n, k) {
            gk_gemm_small(1, m, n, k, a, k, 1, b, n, 1, c, 0)
        } else if m > 0 && n > 0 && k > 0, useBLAS, let f = BLAS.shared.dgemm {
            f(101, 111, 111, Int32(m), Int32(n), Int32(k), 1, a, Int32(k), b, Int32(n), 0, c, Int32(n))
        } else {
            gemmBlocked(m, n, k, a, b, c)
        }
    }
    public static func f32(_ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>) {
        if isSmall(m, n, k) {
            gk_gemm_small(0, m, n, k, a, k, 1, b, n, 1, c, 0)
        } else if m > 0 && n > 0 && k > 0, useBLAS, let f = BLAS.shared.sgemm {
            f(101, 111, 111, Int32(m), Int32(n), Int32(k), 1, a, Int32(k), b, Int32(n), 0, c, Int32(n))
        } else {
            gemmBlocked(m, n, k, a, b, c)
        }
    }
}

extension Tensor {
    public func matmul(_ o: Tensor) throws -> Tensor {
        guard dtype == o.dtype, dtype.isFloat || dtype == .i32 else {
            throw TensorError("@ of \(dtype.rawValue) and \(o.dtype.rawValue)")
        }
        guard let outShape = matmulShape(shape, o.shape) else {
            throw TensorError("@ of shapes \(formatShape(shape)) and \(formatShape(o.shape)): inner dimensions differ")
        }
        if dtype == .i32 {
            let r = try Tensor(doubles, shape: shape).matmul(Tensor(o.doubles, shape: o.shape))
            return r.converted(to: .i32)
        }
        let a3 = rank == 1 ? [1] + shape : shape
        let b3 = o.rank == 1 ? o.shape + [1] : o.shape
        let m = a3[a3.count - 2], k = a3[a3.count - 1], n = b3[b3.count - 1]
        let batch = broadcastShapes(Array(a3.dropLast(2)), Array(b3.dropLast(2)))!
        let nb = batch.reduce(1, *)
        if nb * m * n == 0 || k == 0 { return Tensor.filled(shape: outShape, value: 0, dtype: dtype) }
        // Broadcast the batch dimensions explicitly, then one GEMM per batch entry.
        let ea = a3.count == 2 && batch.isEmpty ? Tensor(shape: a3, storage: storage) : try Tensor(shape: a3, storage: storage).broadcast(to: batch + [m, k])
        let eb = b3.count == 2 && batch.isEmpty ? Tensor(shape: b3, storage: o.storage) : try Tensor(shape: b3, storage: o.storage).broadcast(to: batch + [k, n])
        switch (ea.storage, eb.storage) {
        case (.f64(let x), .f64(let y)):
            var r = [Double](repeating: 0, count: nb * m * n)
            x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { yp in r.withUnsafeMutableBufferPointer { rp in
                for bi in 0..<nb {
                    GEMM.f64(m, n, k, xp.baseAddress! + bi * m * k, yp.baseAddress! + bi * k * n, rp.baseAddress! + bi * m * n)
                }
            } } }
            return Tensor(shape: outShape, storage: .f64(r))
        case (.f32(let x), .f32(let y)):
            var r = [Float](repeating: 0, count: nb * m * n)
            x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { yp in r.withUnsafeMutableBufferPointer { rp in
                for bi in 0..<nb {
                    GEMM.f32(m, n, k, xp.baseAddress! + bi * m * k, yp.baseAddress! + bi * k * n, rp.baseAddress! + bi * m * n)
                }
            } } }
            return Tensor(shape: outShape, storage: .f32(r))
        default:
            throw TensorError("@ of \(dtype.rawValue)")
        }
    }
}

extension Tensor {
    /// `[acc +] op(a) @ op(b)` for matrices, op transposing when asked: one GEMM with BLAS's
    /// transpose flags and beta = 1 into a copy of acc, so no transposed copy is made and no
    /// separate addition runs. Without BLAS, the transposes, the product and the addition as
    /// the unfused ops do them.
    public static func gemm(_ acc: Tensor?, _ a: Tensor, _ b: Tensor, transA: Bool, transB: Bool) throws -> Tensor {
        guard var c = acc else {
            var none = Tensor(shape: [], storage: .f64([]))
            return try gemm(into: &none, a, b, transA: transA, transB: transB, accumulate: false)
        }
        return try gemm(into: &c, a, b, transA: transA, transB: transB, accumulate: true)
    }

    /// As `gemm`, writing into `c` (in place when its storage is not shared) when `accumulate`,
    /// else into a new tensor that replaces it.
    @discardableResult
    public static func gemm(into c: inout Tensor, _ a: Tensor, _ b: Tensor, transA: Bool, transB: Bool, accumulate: Bool) throws -> Tensor {
        try gemm(into: &c, Factor(a), Factor(b), transA: transA, transB: transB, accumulate: accumulate)
    }

    /// A factor of a product: a matrix, or a matrix lying in a larger tensor's elements (row i
    /// of a rank-3 tensor, read in place).
    public struct Factor {
        let tensor: Tensor
        let offset: Int
        public let shape: [Int]
        public init(_ t: Tensor) { tensor = t; offset = 0; shape = t.shape }
        /// Row i0 (from the end when negative) of a rank-3 tensor's first axis; the index's
        /// error when it is out of range, as `x[i]` gives it.
        public init(_ t: Tensor, row i0: Int) throws {
            guard t.rank == 3 else { throw TensorError("a product's row of a tensor of rank \(t.rank)") }
            let i = try t.axisIndex(i0, 0)
            tensor = t
            shape = [t.shape[1], t.shape[2]]
            offset = i * shape[0] * shape[1]
        }
        var rank: Int { shape.count }
        var dtype: DType { tensor.dtype }
        /// The matrix as a tensor of its own (a copy when it is a row).
        var matrix: Tensor { offset == 0 && shape == tensor.shape ? tensor : tensor.slice(offset, shape.reduce(1, *), shape: shape) }
    }

    /// As `gemm(into:...)`, of factors that may be rows of larger tensors.
    @discardableResult
    public static func gemm(into c: inout Tensor, _ a: Factor, _ b: Factor, transA: Bool, transB: Bool, accumulate: Bool) throws -> Tensor {
        guard a.rank == 2, b.rank == 2, a.dtype == b.dtype, a.dtype.isFloat, !accumulate || c.dtype == a.dtype else {
            throw TensorError("gemm of \(a.dtype.rawValue)\(formatShape(a.shape)) and \(b.dtype.rawValue)\(formatShape(b.shape))")
        }
        let (m, k) = transA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
        let (k2, n) = transB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
        guard k == k2 else {
            throw TensorError("@ of shapes \(formatShape(transA ? [m, k] : a.shape)) and \(formatShape(transB ? [k2, n] : b.shape)): inner dimensions differ")
        }
        if accumulate && c.shape != [m, n] {
            throw TensorError("shapes \(formatShape(c.shape)) and \(formatShape([m, n])) cannot be broadcast together")
        }
        let small = GEMM.isSmall(m, n, k)
        // (small first: a program of small products never loads BLAS)
        let blas = !small && GEMM.useBLAS && m > 0 && n > 0 && k > 0 && (a.dtype == .f64 ? BLAS.shared.dgemm != nil : BLAS.shared.sgemm != nil)
        if !blas && !small {
            let p = try (transA ? a.matrix.transposed() : a.matrix).matmul(transB ? b.matrix.transposed() : b.matrix)
            c = accumulate ? try c.binary(.add, p) : p
            return c
        }
        func run<T: FusedElement>(_: T.Type) throws {
            guard let x = T.elements(a.tensor.storage), let y = T.elements(b.tensor.storage) else { throw TensorError("gemm of \(a.dtype.rawValue)") }
            var r = [T]()
            if accumulate { if let v = T.elements(c.takeStorage()) { r = consume v } } else { r = [T](repeating: 0, count: m * n) }
            x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { yp in r.withUnsafeMutableBufferPointer { rp in
                // A(i, p), B(p, j) as stored: rows of length lda (a) and ldb (b).
                let pa = xp.baseAddress! + a.offset, pb = yp.baseAddress! + b.offset
                if small {
                    let lda = a.shape[1], ldb = b.shape[1]
                    gk_gemm_small(a.dtype == .f64 ? 1 : 0, m, n, k, pa, transA ? 1 : lda, transA ? lda : 1,
                                  pb, transB ? 1 : ldb, transB ? ldb : 1, rp.baseAddress!, accumulate ? 1 : 0)
                    return
                }
                T.blasGemm(transA ? 112 : 111, transB ? 112 : 111, m, n, k, pa, transA ? m : k, pb, transB ? k : n,
                           accumulate ? 1 : 0, rp.baseAddress!)
            } } }
            c = Tensor(shape: [m, n], storage: T.storage(r))
        }
        if a.dtype == .f64 { try run(Double.self) } else { try run(Float.self) }
        return c
    }
}

extension Tensor {
    /// Moves the storage out (leaving an empty one), so that a caller holding the only
    /// reference can write into it without a copy.
    mutating func takeStorage() -> Storage {
        var s = Storage.bool([])
        swap(&s, &storage)
        return s
    }
}

extension Double {
    /// Row-major `c = op(a) @ op(b) + beta c` by the loaded BLAS (which the caller checked).
    static func blasGemm(_ ta: Int32, _ tb: Int32, _ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Double>, _ lda: Int,
                         _ b: UnsafePointer<Double>, _ ldb: Int, _ beta: Double, _ c: UnsafeMutablePointer<Double>) {
        BLAS.shared.dgemm!(101, ta, tb, Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(n))
    }
}

extension Float {
    static func blasGemm(_ ta: Int32, _ tb: Int32, _ m: Int, _ n: Int, _ k: Int, _ a: UnsafePointer<Float>, _ lda: Int,
                         _ b: UnsafePointer<Float>, _ ldb: Int, _ beta: Float, _ c: UnsafeMutablePointer<Float>) {
        BLAS.shared.sgemm!(101, ta, tb, Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(n))
    }
}
