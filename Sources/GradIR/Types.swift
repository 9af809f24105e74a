// IR types: tensors of an element type with a shape whose dimensions may be symbolic.
//
// A dimension is a linear form in size names (`n`, `n-1`, `2*n+3`) or dynamic (`?`, known only
// at run time: a reshape to computed sizes, a slice with a run-time bound). Symbolic sizes are
// kept symbolic through every pass; the VM binds them from a function's arguments.

import GradTensor

public struct Dim: Hashable, Sendable, CustomStringConvertible {
    /// (name, coefficient) pairs sorted by name, no zero coefficients.
    public private(set) var terms: [Term]
    public private(set) var constant: Int
    public private(set) var isDynamic: Bool

    public struct Term: Hashable, Sendable { public var name: String; public var coeff: Int }

    public init(_ c: Int) { terms = []; constant = c; isDynamic = false }
    public init(symbol: String) { terms = [Term(name: symbol, coeff: 1)]; constant = 0; isDynamic = false }
    public static let dynamic: Dim = { var d = Dim(0); d.isDynamic = true; return d }()

    public var known: Int? { !isDynamic && terms.isEmpty ? constant : nil }
    public var symbols: [String] { terms.map(\.name) }
    /// The symbol when the dim is exactly one size name.
    public var plainSymbol: String? { terms.count == 1 && terms[0].coeff == 1 && constant == 0 && !isDynamic ? terms[0].name : nil }

    public static func + (a: Dim, b: Dim) -> Dim {
        if a.isDynamic || b.isDynamic { return .dynamic }
        var t: [String: Int] = [:]
        for x in a.terms + b.terms { t[x.name, default: 0] += x.coeff }
        var d = Dim(a.constant + b.constant)
        d.terms = t.filter { $0.value != 0 }.map { Term(name: $0.key, coeff: $0.value) }.sorted { $0.name < $1.name }
        return d
    }

    public static func * (a: Dim, k: Int) -> Dim {
        if a.isDynamic { return .dynamic }
        if k == 0 { return Dim(0) }
        var d = Dim(a.constant * k)
        d.terms = a.terms.map { Term(name: $0.name, coeff: $0.coeff * k) }
        return d
    }

    public static prefix func - (a: Dim) -> Dim { a * -1 }
    public static func - (a: Dim, b: Dim) -> Dim { a + (-b) }

    /// Product of two dims: exact when one is a known constant, dynamic otherwise.
    public static func * (a: Dim, b: Dim) -> Dim {
        if let k = b.known { return a * k }
        if let k = a.known { return b * k }
        return .dynamic
    }

    public func evaluate(_ env: [String: Int]) -> Int? {
        if isDynamic { return nil }
        var v = constant
        for t in terms {
            guard let x = env[t.name] else { return nil }
            v += t.coeff * x
        }
        return v
    }

    /// Replaces size names by dims (used when a call binds a callee's sizes to the caller's).
    public func substitute(_ m: [String: Dim]) -> Dim {
        if isDynamic { return self }
        var d = Dim(constant)
        for t in terms {
            guard let r = m[t.name] else { return .dynamic }
            d = d + r * t.coeff
        }
        return d
    }

    public var description: String {
        if isDynamic { return "?" }
        var s = ""
        for t in terms {
            let mag = Swift.abs(t.coeff)
            let body = mag == 1 ? t.name : "\(mag)*\(t.name)"
            if s.isEmpty { s = t.coeff < 0 ? "-" + body : body } else { s += t.coeff < 0 ? "-" + body : "+" + body }
        }
        if s.isEmpty { return String(constant) }
        if constant > 0 { s += "+\(constant)" } else if constant < 0 { s += "\(constant)" }
        return s
    }
}

public indirect enum IRType: Hashable, Sendable, CustomStringConvertible {
    case tensor(DType, [Dim])
    case tuple([IRType])
    case record(String)

    public static func scalar(_ t: DType) -> IRType { .tensor(t, []) }

    public var dtype: DType? { if case .tensor(let d, _) = self { return d }; return nil }
    public var shape: [Dim]? { if case .tensor(_, let s) = self { return s }; return nil }
    public var isTensor: Bool { dtype != nil }
    public var isRecord: Bool { if case .record = self { return true }; return false }
    public var isFloatTensor: Bool { dtype?.isFloat ?? false }
    public var isScalar: Bool { shape?.isEmpty ?? false }

    public var description: String {
        switch self {
        case .tensor(let d, let s): return s.isEmpty ? d.rawValue : "\(d.rawValue)[\(s.map(\.description).joined(separator: ", "))]"
        case .tuple(let ts): return "(" + ts.map(\.description).joined(separator: ", ") + ")"
        case .record(let n): return n
        }
    }

    public func withDType(_ d: DType) -> IRType {
        if case .tensor(_, let s) = self { return .tensor(d, s) }
        return self
    }

    /// Every size name used by the type.
    public var symbols: [String] {
        switch self {
        case .tensor(_, let s): return s.flatMap(\.symbols)
        case .tuple(let ts): return ts.flatMap(\.symbols)
        case .record: return []
        }
    }

    public func substitute(_ m: [String: Dim]) -> IRType {
        switch self {
        case .tensor(let d, let s): return .tensor(d, s.map { $0.substitute(m) })
        case .tuple(let ts): return .tuple(ts.map { $0.substitute(m) })
        case .record: return self
        }
    }

    /// The binding of a callee's size names to a call's dimensions: each dim of a parameter
    /// type that is exactly one size name takes the argument's dim there (a known dim wins
    /// over a dynamic one). Substituting it into any type written in the callee's size names
    /// (its result, its VJP's or JVP's signature) gives that type at the call.
    public static func sizeBinding(params: [IRType], args: [IRType]) -> [String: Dim] {
        var bind: [String: Dim] = [:]
        func visit(_ p: IRType, _ a: IRType) {
            switch (p, a) {
            case (.tensor(_, let sp), .tensor(_, let sa)) where sp.count == sa.count:
                for (want, got) in zip(sp, sa) {
                    if let s = want.plainSymbol, bind[s] == nil || bind[s]!.isDynamic { bind[s] = got }
                }
            case (.tuple(let ps), .tuple(let as_)) where ps.count == as_.count:
                for (x, y) in zip(ps, as_) { visit(x, y) }
            default: break
            }
        }
        for (p, a) in zip(params, args) { visit(p, a) }
        return bind
    }
}

/// Broadcasting of symbolic shapes: nil when the shapes certainly cannot broadcast.
/// Unknown pairs (a dynamic dim) are accepted here and checked at run time.
public func broadcastDims(_ a: [Dim], _ b: [Dim]) -> [Dim]? {
    let r = max(a.count, b.count)
    var out: [Dim] = []
    for i in 0..<r {
        let x = i < r - a.count ? Dim(1) : a[i - (r - a.count)]
        let y = i < r - b.count ? Dim(1) : b[i - (r - b.count)]
        if x == y || y.known == 1 { out.append(x) }
        else if x.known == 1 { out.append(y) }
        else if x.isDynamic || y.isDynamic { out.append(x.isDynamic ? y : x) }
        else { return nil }
    }
    return out
}

public struct StructDef: Sendable {
    public var name: String
    public var fields: [(name: String, type: IRType)]
    public init(name: String, fields: [(name: String, type: IRType)]) { self.name = name; self.fields = fields }
}

extension Module {
    /// The component types of a tuple or record type, in order (none for a tensor).
    public func componentTypes(_ t: IRType) -> [IRType] {
        switch t {
        case .tensor: return []
        case .tuple(let ts): return ts
        case .record(let n): return structDef(n)!.fields.map(\.type)
        }
    }

    /// The op that reads component `k` of a value of tuple or record type `t`.
    public func componentOp(_ t: IRType, _ k: Int) -> Op {
        if case .record = t { return .field(k) }
        return .extract(k)
    }

    /// The op that builds a value of tuple or record type `t` from its components.
    public func aggregateOp(_ t: IRType) -> Op {
        if case .record(let n) = t { return .record(n) }
        return .tuple
    }

    /// The tensors inside a value of type `t`, depth first in component order, each with its
    /// path of component indices (a tensor is its own one leaf, at the empty path).
    public func leaves(_ t: IRType) -> [(path: [Int], type: IRType)] {
        if case .tensor = t { return [([], t)] }
        return componentTypes(t).enumerated().flatMap { k, ct in leaves(ct).map { ([k] + $0.path, $0.type) } }
    }

    /// The number of elements of every tensor inside `t`, as one length: the size of the
    /// vector that `t` flattens to (JAX's `ravel_pytree`), dynamic when no dim can say it.
    public func flatLength(_ t: IRType) -> Dim {
        leaves(t).reduce(Dim(0)) { n, l in n + l.type.shape!.reduce(Dim(1), *) }
    }
}

extension IRType {
    /// The element type of the first tensor inside (the only one, for a tensor).
    public func leafDType(_ m: Module) -> DType { m.leaves(self).first!.type.dtype! }
}
