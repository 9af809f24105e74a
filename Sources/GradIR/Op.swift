// The IR's operations and the facts about each: its printed name, arity, purity and shape
// rule, found together here. (The tangent and adjoint rules live beside them in the AD stage.)

import GradTensor

/// One axis of an `index` op. Dynamic bounds are operands of the instruction, in order.
public enum IndexAxis: Hashable, Sendable {
    case at                             // one operand: the index (removes the axis)
    case range(hasStart: Bool, hasStop: Bool, step: Int)
}

/// The data-parallel built-ins. On one process (the VM, an executable built without `--mpi`)
/// they are the identities: world_size() = 1, rank() = 0, every reduction returns its operand.
/// Built with `--mpi`, the C runtime calls Open MPI. They are not pure: never folded, merged,
/// removed or moved, so every rank runs the same collectives in the same order.
public enum Collective: String, Hashable, Sendable, CaseIterable {
    case worldSize = "world_size"       // no operands; i32
    case rank                           // no operands; i32
    case allreduceSum = "allreduce_sum" // operand: x; the sum over ranks
    case allreduceMean = "allreduce_mean" // operand: x; the mean over ranks
    case broadcast                      // operands: x, root (i32): root's x on every rank

    public var operandCount: Int {
        switch self {
        case .worldSize, .rank: return 0
        case .allreduceSum, .allreduceMean: return 1
        case .broadcast: return 2
        }
    }
}

public enum Op: Hashable, Sendable {
    case constant(Tensor)
    case dimSize(String)                // the run-time value of a size name, an i32 scalar
    case unary(UnaryFn)
    case binary(BinaryFn)
    case select                         // where(c, a, b)
    case reduce(ReduceKind, axis: Int?, keepDims: Bool)
    case argmax(Int)                    // the axis; i32 result, no derivative
    case take                           // operands: x, idx: the rows of x at idx
    case scatterRows                    // operands: v, like, idx: zeros like `like`, v's rows added at idx
    case permutation                    // operands: seed (an i32 or a key), n: 0..<n shuffled
    case foldIn                         // operands: key (i32[2]), data (i32): a key per element, shape data's + [2]
    case matmul
    case transpose([Int]?)              // nil reverses the axes
    case reshape                        // operands: x, then one i32 scalar per result dim
    case broadcastTo                    // operands: x, then one i32 scalar per result dim
    case expandDims(Int)
    case squeeze(Int?)
    case concat(Int)                    // operands: the parts
    case index([IndexAxis])             // operands: x, then the dynamic bounds
    case oneHot(DType)                  // operands: labels, k
    case convert(DType)
    case stopGradient                   // identity whose derivative is zero
    case zerosLike                      // zeros of the operand's type
    case sumTo                          // operands: x, like: x summed to like's shape (unbroadcast)
    case broadcastLike                  // operands: x, like: x broadcast to like's shape
    case reshapeLike                    // operands: x, like: x reshaped to like's shape
    case scatterAdd([IndexAxis])        // operands: v, like, dynamic bounds: zeros like `like`, v added at x[...]
    case fused(FusedKernel)             // operands: the kernel's inputs' (made by the VM's fusion, after AD)
    /// operands: [acc,] a, [i,] b, [i]: [acc +] op(a) @ op(b) of matrices (GEMMForm; made by
    /// the VM's fusion, after AD)
    case gemm(GEMMForm)
    case stackAlloc                     // operands: n, like: zeros of shape [n] + like's shape (a tape)
    case setIndex                       // operands: buf, i, v: buf with buf[i] = v
    case checkpointPlan(CheckpointSchedule) // operands: trips, state bytes (f64): the planner's plan, encoded
    case fill(DType)                    // operands: value, then dims
    case random(normal: Bool, DType)    // operands: seed (an i32 or a key), then dims
    case arange                         // operands: n
    case shapeOf
    case load(String)                   // result type is the declared type, checked at run time
    case save(String)
    case makeDirectory(String)          // the folder a record is saved into (and its parents)
    case progress(quiet: Bool)          // operands: epoch, step, total, loss (a training progress line; quiet: logged only)
    case print([String?])               // nil: the next operand; a string: printed as is
    case printNorms([String], quiet: Bool) // operands: one norm per name; printed as `norms NAME x ...` (unless quiet) and logged
    case collective(Collective)         // world_size, rank, allreduce_sum/mean, broadcast (Collective)
    case call(String)
    case tuple
    case extract(Int)
    case record(String)
    case field(Int)
    case assertType                     // identity; checks its operand against the result type
    case forLoop                        // operands: lo, hi, init...; region(iv, carried...) -> yield
    case ifElse                         // operands: cond; regions then, else -> yield
    case whileLoop                      // operands: init...; regions cond(carried) -> yield(c), body(carried) -> yield
    case yield
    case ret

    public var name: String {
        switch self {
        case .constant: return "const"
        case .dimSize: return "dim"
        case .unary(let f): return f.rawValue
        case .binary(let f): return f.rawValue
        case .select: return "select"
        case .reduce(let k, _, _): return k.rawValue
        case .argmax: return "argmax"
        case .take: return "take"
        case .scatterRows: return "scatter_rows"
        case .permutation: return "permutation"
        case .foldIn: return "fold_in"
        case .matmul: return "matmul"
        case .transpose: return "transpose"
        case .reshape: return "reshape"
        case .broadcastTo: return "broadcast_to"
        case .expandDims: return "expand_dims"
        case .squeeze: return "squeeze"
        case .concat: return "concat"
        case .index: return "index"
        case .oneHot: return "one_hot"
        case .convert(let t): return "convert." + t.rawValue
        case .stopGradient: return "stop_gradient"
        case .zerosLike: return "zeros_like"
        case .sumTo: return "sum_to"
        case .broadcastLike: return "broadcast_like"
        case .reshapeLike: return "reshape_like"
        case .scatterAdd: return "scatter_add"
        case .fused(let k): return "fused." + k.output.rawValue
        case .gemm: return "gemm"
        case .stackAlloc: return "stack_alloc"
        case .setIndex: return "set_index"
        case .checkpointPlan: return "checkpoint_plan"
        case .fill: return "fill"
        case .random(let normal, _): return normal ? "randn" : "rand"
        case .arange: return "arange"
        case .shapeOf: return "shape"
        case .load: return "load"
        case .save: return "save"
        case .makeDirectory: return "mkdir"
        case .progress: return "progress"
        case .print: return "print"
        case .printNorms: return "print_norms"
        case .collective(let c): return c.rawValue
        case .call: return "call"
        case .tuple: return "tuple"
        case .extract: return "extract"
        case .record: return "record"
        case .field: return "field"
        case .assertType: return "assert_type"
        case .forLoop: return "for"
        case .ifElse: return "if"
        case .whileLoop: return "while"
        case .yield: return "yield"
        case .ret: return "return"
        }
    }

    /// The fixed operand count, or nil when it varies.
    public var arity: Int? {
        switch self {
        case .constant, .dimSize: return 0
        case .unary, .reduce, .argmax, .transpose, .expandDims, .squeeze, .convert, .stopGradient, .arange, .shapeOf,
             .extract, .field, .assertType, .save, .zerosLike: return 1
        case .binary, .matmul, .oneHot, .take, .permutation, .foldIn, .sumTo, .broadcastLike, .reshapeLike, .stackAlloc, .checkpointPlan: return 2
        case .select, .setIndex, .scatterRows: return 3
        case .progress: return 4
        case .load, .makeDirectory: return 0
        case .ifElse: return 1
        case .collective(let c): return c.operandCount
        default: return nil
        }
    }

    /// No side effects and no dependence on anything but operands: CSE and DCE may act on it.
    public var isPure: Bool {
        switch self {
        case .load, .save, .makeDirectory, .progress, .print, .printNorms, .collective, .call, .forLoop, .ifElse, .whileLoop, .yield, .ret,
             .assertType: return false
        default: return true
        }
    }

    public var isTerminator: Bool { self == .yield || self == .ret }
    public var hasRegions: Bool { self == .forLoop || self == .ifElse || self == .whileLoop }

    /// The shape rule: result type from operand types, for ops whose result follows from them
    /// alone. Returns nil for ops whose result type is given when they are built (reshape,
    /// fill, index, load, call, ...). Throws a message when the operands do not fit.
    public func inferType(_ t: [IRType]) throws -> IRType? {
        func tensor(_ i: Int) throws -> (DType, [Dim]) {
            guard case .tensor(let d, let s) = t[i] else { throw TensorError("\(name) needs a tensor, got \(t[i])") }
            return (d, s)
        }
        switch self {
        case .unary(let f):
            let (d, s) = try tensor(0)
            if !d.isFloat && !(d == .i32 && f.acceptsInt) && !(d == .bool && f.acceptsBool) {
                throw TensorError("\(f.rawValue) needs a float tensor, got \(t[0])")
            }
            return .tensor(d, s)
        case .binary(let f):
            let (da, sa) = try tensor(0), (db, sb) = try tensor(1)
            guard da == db else { throw TensorError("\(f.rawValue) of \(t[0]) and \(t[1]): element types differ") }
            if f.isLogical && da != .bool { throw TensorError("'\(f == .and ? "&&" : "||")' needs bool operands, got \(t[0])") }
            if !f.isLogical && !f.isComparison && da == .bool { throw TensorError("\(f.rawValue) is not defined on bool") }
            if !f.acceptsInt && da == .i32 { throw TensorError("\(f.rawValue) needs float operands, got \(t[0])") }
            guard let s = broadcastDims(sa, sb) else {
                throw TensorError("shapes \(t[0]) and \(t[1]) cannot be broadcast together")
            }
            return .tensor(f.isComparison ? .bool : da, s)
        case .select:
            let (dc, sc) = try tensor(0), (da, sa) = try tensor(1), (db, sb) = try tensor(2)
            guard dc == .bool else { throw TensorError("where needs a bool condition, got \(t[0])") }
            guard da == db else { throw TensorError("where of \(t[1]) and \(t[2]): element types differ") }
            guard let ab = broadcastDims(sa, sb), let s = broadcastDims(sc, ab) else {
                throw TensorError("where of shapes \(t[0]), \(t[1]) and \(t[2]) cannot be broadcast together")
            }
            return .tensor(da, s)
        case .reduce(let k, let axis, let keep):
            var (d, s) = try tensor(0)
            if d == .bool { throw TensorError("\(k.rawValue) of a bool tensor") }
            if d == .i32 {
                guard let r = k.spec.intResult else { throw TensorError("\(k.rawValue) needs a float tensor, got \(t[0])") }
                d = r
            }
            guard let axis else { return .tensor(d, keep ? s.map { _ in Dim(1) } : []) }
            let a = axis < 0 ? axis + s.count : axis
            guard a >= 0 && a < s.count else { throw TensorError("axis \(axis) is out of range for \(t[0])") }
            if keep { s[a] = Dim(1) } else { s.remove(at: a) }
            return .tensor(d, s)
        case .take:
            let (d, s) = try tensor(0), (di, si) = try tensor(1)
            guard !s.isEmpty, di == .i32, si.count == 1 else { throw TensorError("take(x, idx) needs x of rank 1 or more and an i32 vector idx, got \(t[0]) and \(t[1])") }
            return .tensor(d, [si[0]] + s.dropFirst())
        case .scatterRows:
            return t[1]
        case .permutation:
            return nil
        case .foldIn:
            let (dk, sk) = try tensor(0), (dd, sd) = try tensor(1)
            guard dk == .i32, sk.count == 1, sk[0].known == 2 || sk[0].isDynamic, dd == .i32 else {
                throw TensorError("fold_in needs an i32[2] key and i32 data, got \(t[0]) and \(t[1])")
            }
            return .tensor(.i32, sd + [Dim(2)])
        case .argmax(let axis):
            var (d, s) = try tensor(0)
            if d == .bool { throw TensorError("argmax of a bool tensor") }
            let a = axis < 0 ? axis + s.count : axis
            guard a >= 0 && a < s.count else { throw TensorError("axis \(axis) is out of range for \(t[0])") }
            s.remove(at: a)
            d = .i32
            return .tensor(d, s)
        case .matmul:
            let (da, sa) = try tensor(0), (db, sb) = try tensor(1)
            guard da == db, da != .bool else { throw TensorError("@ of \(t[0]) and \(t[1])") }
            guard !sa.isEmpty && !sb.isEmpty else { throw TensorError("@ needs operands of rank 1 or more, got \(t[0]) and \(t[1]); use * for scalars") }
            let a2 = sa.count == 1 ? [Dim(1)] + sa : sa
            let b2 = sb.count == 1 ? sb + [Dim(1)] : sb
            let ka = a2[a2.count - 1], kb = b2[b2.count - 2]
            if ka != kb && !ka.isDynamic && !kb.isDynamic {
                throw TensorError("@ of \(t[0]) and \(t[1]): inner dimensions \(ka) and \(kb) differ")
            }
            guard var out = broadcastDims(Array(a2.dropLast(2)), Array(b2.dropLast(2))) else {
                throw TensorError("@ of \(t[0]) and \(t[1]): batch dimensions cannot be broadcast")
            }
            if sa.count > 1 { out.append(a2[a2.count - 2]) }
            if sb.count > 1 { out.append(b2[b2.count - 1]) }
            return .tensor(da, out)
        case .transpose(let perm):
            let (d, s) = try tensor(0)
            let p = perm ?? Array((0..<s.count).reversed())
            guard p.sorted() == Array(0..<s.count) else { throw TensorError("transpose axes \(p) do not fit \(t[0])") }
            return .tensor(d, p.map { s[$0] })
        case .expandDims(let axis):
            var (d, s) = try tensor(0)
            let a = axis < 0 ? axis + s.count + 1 : axis
            guard a >= 0 && a <= s.count else { throw TensorError("expand_dims axis \(axis) is out of range for \(t[0])") }
            s.insert(Dim(1), at: a)
            return .tensor(d, s)
        case .squeeze(let axis):
            var (d, s) = try tensor(0)
            if let axis {
                let a = axis < 0 ? axis + s.count : axis
                guard a >= 0 && a < s.count, s[a].known == 1 || s[a].isDynamic else {
                    throw TensorError("cannot squeeze axis \(axis) of \(t[0]): its size is not 1")
                }
                s.remove(at: a)
            } else {
                if s.contains(where: { $0.known == nil }) { throw TensorError("squeeze of \(t[0]) needs an axis: some sizes are not known") }
                s = s.filter { $0.known != 1 }
            }
            return .tensor(d, s)
        case .concat(let axis):
            guard !t.isEmpty else { throw TensorError("concat of no tensors") }
            let (d, s0) = try tensor(0)
            let a = axis < 0 ? axis + s0.count : axis
            guard a >= 0 && a < s0.count else { throw TensorError("concat axis \(axis) is out of range for \(t[0])") }
            var total = Dim(0)
            for i in 0..<t.count {
                let (di, si) = try tensor(i)
                guard di == d, si.count == s0.count else { throw TensorError("concat of \(t[0]) and \(t[i])") }
                for k in 0..<si.count where k != a && si[k] != s0[k] && !si[k].isDynamic && !s0[k].isDynamic {
                    throw TensorError("concat of \(t[0]) and \(t[i]) along axis \(a): other dimensions differ")
                }
                total = total + si[a]
            }
            var s = s0
            s[a] = total
            return .tensor(d, s)
        case .convert(let to):
            let (_, s) = try tensor(0)
            return .tensor(to, s)
        case .stopGradient, .zerosLike:
            return t[0]
        case .sumTo, .broadcastLike, .reshapeLike:
            let (d, _) = try tensor(0), (_, s) = try tensor(1)
            return .tensor(d, s)
        case .setIndex:
            return t[0]
        case .shapeOf:
            let (_, s) = try tensor(0)
            return .tensor(.i32, [Dim(s.count)])
        case .dimSize: return .scalar(.i32)
        case .collective(let c):
            switch c {
            case .worldSize, .rank: return .scalar(.i32)
            case .allreduceSum, .allreduceMean, .broadcast:
                let (d, _) = try tensor(0)
                guard d.isFloat || (d == .i32 && c != .allreduceMean) else { throw TensorError("\(c.rawValue) needs a float tensor\(c == .allreduceMean ? "" : " or an i32 one"), got \(t[0])") }
                if c == .broadcast {
                    let (dr, sr) = try tensor(1)
                    guard dr == .i32, sr.isEmpty else { throw TensorError("broadcast's root: must be an i32 scalar, got \(t[1])") }
                }
                return t[0]
            }
        case .checkpointPlan: return .tensor(.i32, [.dynamic])
        case .constant(let c): return .tensor(c.dtype, c.shape.map { Dim($0) })
        case .scatterAdd:
            let (d, _) = try tensor(0), (_, s) = try tensor(1)
            return .tensor(d, s)
        case .stackAlloc:
            return nil
        case .fused(let k):
            guard t.count == k.operandCount else { throw TensorError("\(name) takes \(k.operandCount) operands, got \(t.count)") }
            return nil
        case .gemm(let g):
            guard t.count == g.operandCount else { throw TensorError("gemm takes \(g.operandCount) operands, got \(t.count)") }
            let (d, a0) = try tensor(g.positionA), (e, b0) = try tensor(g.positionB)
            // (a factor read as row i of a rank-3 tensor: the row's shape)
            let a = g.rowA ? Array(a0.dropFirst()) : a0, b = g.rowB ? Array(b0.dropFirst()) : b0
            guard d == e, d.isFloat, a.count == 2, b.count == 2, a0.count == a.count + (g.rowA ? 1 : 0),
                  b0.count == b.count + (g.rowB ? 1 : 0) else { throw TensorError("gemm of \(t)") }
            for (row, k) in [(g.rowA, g.positionA + 1), (g.rowB, g.positionB + 1)] where row {
                guard case .tensor(.i32, let s) = t[k], s.isEmpty else { throw TensorError("gemm's row index: must be an i32 scalar, got \(t[k])") }
            }
            let (ta, tb) = (g.transA, g.transB)
            let (m, k) = ta ? (a[1], a[0]) : (a[0], a[1]), (k2, n) = tb ? (b[1], b[0]) : (b[0], b[1])
            if k != k2 && !k.isDynamic && !k2.isDynamic { throw TensorError("gemm of \(t): inner dimensions differ") }
            return .tensor(d, [m, n])
        case .assertType, .reshape, .broadcastTo, .index, .oneHot, .fill, .random, .arange, .load, .call,
             .tuple, .extract, .record, .field, .forLoop, .ifElse, .whileLoop:
            return nil
        case .save, .makeDirectory, .progress, .print, .printNorms, .yield, .ret:
            return nil
        }
    }
}

/// A matrix product for the VM, `[acc +] op(a) @ op(b)` (FuseGEMM.swift): op transposes a factor
/// when asked (BLAS's flag, no copy); `accumulate` adds into acc (beta = 1, in place when acc
/// dies there); a factor with its `row` flag is row i of a rank-3 tensor, read in place (`W[l]`
/// in a loop, no copy). Operands: acc (when accumulating), a, a's row index (when rowA), b, b's
/// row index (when rowB).
public struct GEMMForm: Hashable, Sendable {
    public var transA = false, transB = false, accumulate = false
    public var rowA = false, rowB = false
    /// Where each row view was written (line << 32 | column, 0 when unknown): an index out of
    /// range is reported there, as the unfused index would be.
    public var locationA: Int64 = 0, locationB: Int64 = 0

    public init(transA: Bool = false, transB: Bool = false, accumulate: Bool = false) {
        self.transA = transA
        self.transB = transB
        self.accumulate = accumulate
    }

    public var positionA: Int { accumulate ? 1 : 0 }
    public var positionB: Int { positionA + (rowA ? 2 : 1) }
    public var operandCount: Int { positionB + (rowB ? 2 : 1) }

    /// `.nt`, `.tn.acc`, `.rb`...: the flags as the disassembler prints them.
    public var suffix: String {
        (transA ? ".tn" : "") + (transB ? ".nt" : "") + (accumulate ? ".acc" : "") + (rowA ? ".ra" : "") + (rowB ? ".rb" : "")
    }
}
