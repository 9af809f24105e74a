// IR types: tensors of an element type with a shape whose dimensions may be symbolic.
//
// A dimension is a polynomial in size names with an exact integer division (`n`, `n-1`,
// `2*n+3`, `k*n`, `(d*d+d)/2`) or dynamic (`?`, known only at run time: a reshape to computed
// sizes, a slice with a run-time bound). Symbolic sizes are
// kept symbolic through every pass; the VM binds them from a function's arguments.

import GradTensor

public struct Dim: Hashable, Sendable, CustomStringConvertible {
    /// A product of size names (sorted; a name repeated for its powers) and a coefficient.
    public struct Term: Hashable, Sendable {
        public var names: [String]
        public var coeff: Int
        /// The name of a term of degree 1.
        public var name: String? { names.count == 1 ? names[0] : nil }
    }
    /// The dim is (Σ terms + constant) / divisor, an exact division: terms sorted by degree (highest first),
    /// then by names, no zero coefficients, and no common factor of all the coefficients, the
    /// constant and the divisor.
    public private(set) var terms: [Term]
    public private(set) var constant: Int
    public private(set) var divisor: Int
    public private(set) var isDynamic: Bool

    public init(_ c: Int) { terms = []; constant = c; divisor = 1; isDynamic = false }
    public init(symbol: String) { terms = [Term(names: [symbol], coeff: 1)]; constant = 0; divisor = 1; isDynamic = false }
    public static let dynamic: Dim = { var d = Dim(0); d.isDynamic = true; return d }()

    /// Normalized from a map of monomials to coefficients; dynamic when a number overflows.
    init(_ monomials: [[String]: Int], constant: Int, divisor: Int) {
        var ts = monomials.filter { $0.value != 0 }.map { Term(names: $0.key, coeff: $0.value) }
        ts.sort { $0.names.count != $1.names.count ? $0.names.count > $1.names.count : $0.names.lexicographicallyPrecedes($1.names) }
        var g = divisor
        for t in ts { g = Dim.gcd(g, t.coeff) }
        g = Dim.gcd(g, constant)
        if divisor < 0 { g = -Swift.abs(g) }
        terms = ts.map { Term(names: $0.names, coeff: $0.coeff / g) }
        self.constant = constant / g
        self.divisor = divisor / g
        isDynamic = false
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (Swift.abs(a), Swift.abs(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    var monomials: [[String]: Int] { Dictionary(uniqueKeysWithValues: terms.map { ($0.names, $0.coeff) }) }

    public var known: Int? { !isDynamic && terms.isEmpty && constant % divisor == 0 ? constant / divisor : nil }
    /// The size names it reads, sorted, each once.
    public var symbols: [String] { Array(Set(terms.flatMap(\.names))).sorted() }
    /// The symbol when the dim is exactly one size name.
    public var plainSymbol: String? {
        terms.count == 1 && terms[0].coeff == 1 && constant == 0 && divisor == 1 && !isDynamic ? terms[0].name : nil
    }
    /// The dim as a·name + b (n, 2*m, n+1): a size that gives the name when it is not yet known.
    public var affineSymbol: (name: String, coeff: Int, offset: Int)? {
        guard !isDynamic, divisor == 1, terms.count == 1, let n = terms[0].name else { return nil }
        return (n, terms[0].coeff, constant)
    }

    public static func + (a: Dim, b: Dim) -> Dim {
        if a.isDynamic || b.isDynamic { return .dynamic }
        var t: [[String]: Int] = [:]
        for x in a.terms { guard let v = mul(x.coeff, b.divisor) else { return .dynamic }; t[x.names, default: 0] += v }
        for x in b.terms { guard let v = mul(x.coeff, a.divisor) else { return .dynamic }; t[x.names, default: 0] += v }
        guard let ca = mul(a.constant, b.divisor), let cb = mul(b.constant, a.divisor), let d = mul(a.divisor, b.divisor) else { return .dynamic }
        return Dim(t, constant: ca + cb, divisor: d)
    }

    static func mul(_ a: Int, _ b: Int) -> Int? {
        let (p, o) = a.multipliedReportingOverflow(by: b)
        return o || Swift.abs(p) > 1 << 40 ? nil : p
    }

    public static func * (a: Dim, k: Int) -> Dim {
        if a.isDynamic { return .dynamic }
        if k == 0 { return Dim(0) }
        var t: [[String]: Int] = [:]
        for x in a.terms { guard let v = mul(x.coeff, k) else { return .dynamic }; t[x.names] = v }
        guard let c = mul(a.constant, k) else { return .dynamic }
        return Dim(t, constant: c, divisor: a.divisor)
    }

    public static prefix func - (a: Dim) -> Dim { a * -1 }
    public static func - (a: Dim, b: Dim) -> Dim { a + (-b) }

    /// Product of two dims: a polynomial in size names.
    public static func * (a: Dim, b: Dim) -> Dim {
        if let k = b.known { return a * k }
        if let k = a.known { return b * k }
        if a.isDynamic || b.isDynamic { return .dynamic }
        let x = a.terms.map { ($0.names, $0.coeff) } + [([], a.constant)], y = b.terms.map { ($0.names, $0.coeff) } + [([], b.constant)]
        var t: [[String]: Int] = [:]
        var c = 0
        for (nx, cx) in x where cx != 0 {
            for (ny, cy) in y where cy != 0 {
                guard let v = mul(cx, cy) else { return .dynamic }
                let names = (nx + ny).sorted()
                if names.isEmpty { c += v } else { t[names, default: 0] += v }
            }
        }
        guard let d = mul(a.divisor, b.divisor) else { return .dynamic }
        return Dim(t, constant: c, divisor: d)
    }

    /// The exact quotient by a positive number; nil when it is a number that is not whole. A
    /// symbolic quotient is checked where its names are known (a size is never fractional).
    public func divided(by k: Int) -> Dim? {
        if isDynamic { return self }
        guard k > 0, let d = Dim.mul(divisor, k) else { return nil }
        let q = Dim(monomials, constant: constant, divisor: d)
        if q.terms.isEmpty && q.known == nil { return nil }
        return q
    }

    /// The value with the names' values; -1 (a size no tensor has) when the division is not
    /// exact there, so a check against it fails and names it.
    public func evaluate(_ env: [String: Int]) -> Int? {
        if isDynamic { return nil }
        var v = constant
        for t in terms {
            var p = t.coeff
            for n in t.names {
                guard let x = env[n] else { return nil }
                guard let q = Dim.mul(p, x) else { return -1 }
                p = q
            }
            v += p
        }
        return v % divisor == 0 ? v / divisor : -1
    }

    /// Replaces size names by dims (used when a call binds a callee's sizes to the caller's).
    public func substitute(_ m: [String: Dim]) -> Dim {
        if isDynamic { return self }
        var d = Dim(constant)
        for t in terms {
            var p = Dim(t.coeff)
            for n in t.names {
                guard let r = m[n] else { return .dynamic }
                p = p * r
            }
            d = d + p
        }
        return d.divided(by: divisor) ?? .dynamic
    }

    /// The value as an integer expression of a C-like language: `ref` spells a size name,
    /// `exactDivision` a quotient that is -1 when not exact (the runtime's gt_exact_div).
    public func expression(_ ref: (String) -> String, exactDivision: (String, Int) -> String) -> String {
        var s = ""
        for t in terms {
            let mono = t.names.map(ref).joined(separator: " * ")
            let m = Swift.abs(t.coeff) == 1 ? mono : "\(Swift.abs(t.coeff)) * \(mono)"
            s += s.isEmpty ? (t.coeff < 0 ? "-" + m : m) : (t.coeff < 0 ? " - " : " + ") + m
        }
        if s.isEmpty { s = "\(constant)" } else if constant != 0 { s += (constant < 0 ? " - " : " + ") + "\(Swift.abs(constant))" }
        return divisor == 1 ? s : exactDivision(s, divisor)
    }

    public var description: String {
        if isDynamic { return "?" }
        var s = ""
        for t in terms {
            let mag = Swift.abs(t.coeff)
            let mono = t.names.joined(separator: "*")
            let body = mag == 1 ? mono : "\(mag)*\(mono)"
            if s.isEmpty { s = t.coeff < 0 ? "-" + body : body } else { s += t.coeff < 0 ? "-" + body : "+" + body }
        }
        if s.isEmpty { s = String(constant) } else if constant > 0 { s += "+\(constant)" } else if constant < 0 { s += "\(constant)" }
        guard divisor != 1 else { return s }
        return (terms.count + (constant == 0 ? 0 : 1) > 1 || s.hasPrefix("-") ? "(\(s))" : s) + "/\(divisor)"
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

    /// Whether a dim is an expression of size names (n + 1, 2*n), not one name or a number.
    public var hasCompositeDims: Bool {
        switch self {
        case .tensor(_, let s): return s.contains { !$0.isDynamic && $0.known == nil && $0.plainSymbol == nil }
        case .tuple(let ts): return ts.contains(where: \.hasCompositeDims)
        case .record: return false
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
