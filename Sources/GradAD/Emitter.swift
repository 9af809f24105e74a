// Helpers shared by the forward and reverse passes: an emitter with one short method per op,
// so that derivative rules read like the math (`e.mul(ct, e.cos(x))`), and a cloner that
// copies primal instructions from the function being differentiated into the new one.

import GradIR
import GradTensor

/// An error in differentiation, reported at the source location of the operation.
public struct ADError: Error, CustomStringConvertible {
    public var message: String
    public var loc: Loc
    public var note: String?
    public init(_ message: String, at loc: Loc, note: String? = nil) { self.message = message; self.loc = loc; self.note = note }
    public var description: String { message }
}

struct Emitter {
    let b: IRBuilder
    var f: Function { b.function }

    func type(_ v: ValueID) -> IRType { f.type(v) }

    func op(_ o: Op, _ args: [ValueID], type: IRType? = nil) throws -> ValueID {
        do {
            return try b.emit(o, args, type: type)
        } catch let e as TensorError {
            throw ADError("internal: cannot build \(o.name) of \(args.map { f.type($0).description }.joined(separator: ", ")): \(e.message)", at: b.loc)
        }
    }

    /// A scalar constant of `like`'s element type.
    func const(_ v: Double, like: ValueID) -> ValueID {
        b.constant(Tensor.scalar(v, type(like).dtype ?? .f64))
    }

    func add(_ a: ValueID, _ c: ValueID) throws -> ValueID { try op(.binary(.add), [a, c]) }
    func sub(_ a: ValueID, _ c: ValueID) throws -> ValueID { try op(.binary(.sub), [a, c]) }
    func mul(_ a: ValueID, _ c: ValueID) throws -> ValueID { try op(.binary(.mul), [a, c]) }
    func div(_ a: ValueID, _ c: ValueID) throws -> ValueID { try op(.binary(.div), [a, c]) }
    func neg(_ a: ValueID) throws -> ValueID { try op(.unary(.neg), [a]) }
    func un(_ fn: UnaryFn, _ a: ValueID) throws -> ValueID { try op(.unary(fn), [a]) }
    func bin(_ fn: BinaryFn, _ a: ValueID, _ c: ValueID) throws -> ValueID { try op(.binary(fn), [a, c]) }
    func select(_ c: ValueID, _ a: ValueID, _ d: ValueID) throws -> ValueID { try op(.select, [c, a, d]) }
    func scale(_ a: ValueID, _ k: Double) throws -> ValueID { try mul(a, const(k, like: a)) }

    /// Sums `x` to the shape of `like` when broadcasting made it larger.
    func sumTo(_ x: ValueID, _ like: ValueID) throws -> ValueID {
        if type(x).shape == type(like).shape { return x }
        return try op(.sumTo, [x, like])
    }

    /// Broadcasts `x` to the shape of `like` when it is smaller.
    func broadcastLike(_ x: ValueID, _ like: ValueID) throws -> ValueID {
        if type(x).shape == type(like).shape { return x }
        return try op(.broadcastLike, [x, like])
    }

    func zerosLike(_ x: ValueID) throws -> ValueID { try op(.zerosLike, [x]) }

    /// The component of `v` at a path of component indices (field and element reads of
    /// records and tuples, as `m` defines them).
    func component(_ v: ValueID, _ path: [Int], in m: Module) throws -> ValueID {
        try path.reduce(v) { x, k in try op(m.componentOp(type(x), k), [x], type: m.componentTypes(type(x))[k]) }
    }

    /// 1 where `c` holds, else 0, in `like`'s element type.
    func indicator(_ c: ValueID, like: ValueID) throws -> ValueID {
        try select(c, const(1, like: like), const(0, like: like))
    }

    /// The number of elements reduced by a reduction over `axis` (nil: all), as a float scalar.
    func count(_ x: ValueID, axis: Int?) throws -> ValueID {
        guard case .tensor(let d, let s) = type(x) else { throw ADError("internal: count of a non-tensor", at: b.loc) }
        let dims = axis.map { [s[$0 < 0 ? $0 + s.count : $0]] } ?? s
        if dims.allSatisfy({ $0.known != nil }) {
            return b.constant(Tensor.scalar(Double(dims.map { $0.known! }.reduce(1, *)), d))
        }
        let sh = try op(.shapeOf, [x])
        var n: ValueID
        if let axis {
            let k = b.constant(Tensor.scalar(Double(axis < 0 ? axis + s.count : axis), .i32))
            n = try op(.index([.at]), [sh, k], type: .scalar(.i32))
        } else {
            n = try op(.reduce(.prod, axis: nil, keepDims: false), [sh])
        }
        return try op(.convert(d), [n])
    }

    /// Restores a reduced axis (size 1) so the result broadcasts against the input.
    func keepAxis(_ y: ValueID, axis: Int?, keepDims: Bool, rankOf x: ValueID) throws -> ValueID {
        guard let axis, !keepDims else { return y }
        let r = type(x).shape!.count
        return try op(.expandDims(axis < 0 ? axis + r : axis), [y])
    }
}

/// Copies instructions of `src` into `dst`, renaming values; nested regions are copied too.
struct Cloner {
    let src: Function
    let dst: Function
    var map: [ValueID: ValueID] = [:]

    init(src: Function, dst: Function) {
        self.src = src
        self.dst = dst
    }

    mutating func value(_ v: ValueID) -> ValueID {
        if let x = map[v] { return x }
        let n = dst.newValue(src.type(v))
        map[v] = n
        if let name = src.names[v], dst.names[n] == nil { dst.names[n] = name }
        return n
    }

    func get(_ v: ValueID) -> ValueID {
        guard let x = map[v] else { preconditionFailure("internal: value \(v) of @\(src.name) was not cloned") }
        return x
    }

    /// A new value for `v`, replacing any earlier mapping (a region cloned again, to
    /// recompute it, gets new values).
    mutating func fresh(_ v: ValueID) -> ValueID {
        map[v] = nil
        return value(v)
    }

    mutating func clone(_ i: Inst) -> Inst {
        var c = i
        c.operands = i.operands.map { get($0) }
        c.regions = i.regions.map { r in
            var nr = Region(args: r.args.map { fresh($0) })
            for x in r.insts { nr.insts.append(clone(x)) }
            return nr
        }
        c.results = i.results.map { fresh($0) }
        return c
    }
}

/// Values used inside `r` (nested regions included) but defined outside it.
func freeValues(_ r: Region) -> [ValueID] {
    var defined = Set(r.args)
    var free: [ValueID] = []
    var seen = Set<ValueID>()
    func scan(_ r: Region) {
        defined.formUnion(r.args)
        for i in r.insts {
            for o in i.operands where !defined.contains(o) && seen.insert(o).inserted { free.append(o) }
            for sub in i.regions { scan(sub) }
            defined.formUnion(i.results)
        }
    }
    scan(r)
    return free
}
