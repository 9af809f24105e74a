// IRGen: resolves names, checks types and shapes, and lowers the AST to SSA IR in one walk.
//
//   1. struct declarations become record types;
//   2. every function's signature is resolved (size names in its parameter types are its
//      symbolic sizes), and every derived function's signature is computed from its base
//      function by the rules of LANGUAGE.md's table (DerivedSignatures.swift);
//   3. each function body is lowered statement by statement (IRGenStmt.swift), expressions and
//      built-ins by IRGenExpr.swift and Builtins.swift.
// Errors are reported with the range of the offending node and lowering goes on with the
// next statement, so one run reports every independent error.

import GradIR
import GradSyntax
import GradTensor

public struct Signature {
    public var params: [(name: String, type: IRType)]
    public var result: IRType?
    public var range: SourceRange
}

public final class IRGen {
    let program: Program
    var diags: DiagnosticEngine
    public let module = Module()
    public internal(set) var derived: [DerivedSpec] = []
    var signatures: [String: Signature] = [:]
    /// Functions whose signature has an error (reported where it is): calls to them and
    /// derivatives of them report nothing more.
    var brokenSignatures: Set<String> = []
    var functionDecls: [String: FnDecl] = [:]
    var callGraph: [String: [(String, SourceRange)]] = [:]
    /// Generic and prelude functions, lowered per call binding (IRGenGenerics.swift).
    var lazy: [String: LazyFunction] = [:]
    /// The types bound to type parameters while an instance is lowered.
    var typeBindings: [String: IRType] = [:]
    var instantiationDepth = 0
    /// While a prelude function is lowered, its calls resolve to the prelude first.
    var preludeDepth = 0
    static let preludeFunctions: [String: LazyFunction] = Dictionary(uniqueKeysWithValues:
        preludeProgram.items.compactMap { if case .function(let f) = $0 { return (f.name, LazyFunction(decl: f, prelude: true)) } else { return nil } })

    /// When set, every f32 in the program is made f64 (`gradc check` runs programs in f64).
    let promoteF32: Bool
    /// The REPL's entry function, if this program is a REPL input (IRGenSession.swift).
    let session: SessionEntry?
    public internal(set) var sessionResult: SessionResult?

    public init(_ program: Program, diagnostics: DiagnosticEngine, promoteF32: Bool = false, session: SessionEntry? = nil) {
        self.program = program
        self.diags = diagnostics
        self.promoteF32 = promoteF32
        self.session = session
    }

    func promote(_ d: DType) -> DType { promoteF32 && d == .f32 ? .f64 : d }

    /// Lowers the whole program. Check `diagnostics.hasErrors` before using the module.
    public func run() {
        declareStructs()
        declareFunctions()
        declarePrelude()
        declareCustomDerivatives()
        declareDerived()
        for item in program.items {
            if case .function(let f) = item, signatures[f.name] != nil, module.function(f.name) == nil {
                let fg = FunctionGen(self, f)
                if let s = session, s.name == f.name { fg.lowerSessionEntry(s) } else { fg.lower() }
                module.add(fg.function)
            }
        }
        checkRecursion()
    }

    // MARK: - Declarations

    static let builtinTypes: Set<String> = ["f32", "f64", "i32", "bool"]

    func declareStructs() {
        for case .record(let s) in program.items {
            if module.structDef(s.name) != nil || IRGen.builtinTypes.contains(s.name) {
                diags.error("'\(s.name)' is already declared", at: s.nameRange)
                continue
            }
            module.structs.append(StructDef(name: s.name, fields: []))
        }
        for case .record(let s) in program.items {
            guard let k = module.structs.firstIndex(where: { $0.name == s.name }), module.structs[k].fields.isEmpty else { continue }
            var seen = Set<String>()
            var fields: [(name: String, type: IRType)] = []
            for f in s.fields {
                if !seen.insert(f.name).inserted { diags.error("duplicate field '\(f.name)' in struct \(s.name)", at: f.range) }
                if let t = resolveType(f.type, sizes: nil) { fields.append((f.name, t)) }
            }
            module.structs[k].fields = fields
        }
    }

    func declareFunctions() {
        for case .function(let f) in program.items {
            let builtin = Builtins.isBuiltin(f.name) && !Builtins.shadowable.contains(f.name)
            if signatures[f.name] != nil || lazy[f.name] != nil || builtin || module.structDef(f.name) != nil {
                diags.error("'\(f.name)' is already declared" + (Builtins.isBuiltin(f.name) ? " as a built-in" : ""), at: f.nameRange)
                continue
            }
            if !f.typeParams.isEmpty {
                if f.name == "main" { diags.error("'main' cannot be generic", at: f.nameRange) }
                for a in f.attributes { diags.error("a generic function takes no attributes", at: a.range) }
                lazy[f.name] = LazyFunction(decl: f, prelude: false)
                continue
            }
            var params: [(String, IRType)] = []
            var ok = true
            var seen = Set<String>()
            for p in f.params {
                if !seen.insert(p.name).inserted { diags.error("duplicate parameter '\(p.name)'", at: p.range); ok = false }
                if let t = resolveType(p.type, sizes: nil) { params.append((p.name, t)) } else { ok = false }
            }
            var result: IRType?
            if let r = f.result {
                result = resolveType(r, sizes: nil)
                if result == nil { ok = false }
            }
            if f.name == "main" && !f.params.isEmpty {
                diags.error("'main' takes no parameters; load data inside it with load(...)", at: f.nameRange)
            }
            for a in f.attributes where a.name != "derivative" {
                diags.error("unknown attribute '@\(a.name)' on a function", at: a.range)
            }
            if ok {
                signatures[f.name] = Signature(params: params, result: result, range: f.nameRange)
                functionDecls[f.name] = f
            } else {
                brokenSignatures.insert(f.name)
            }
        }
    }

    /// `@derivative(of: f) fn f_vjp(...)`: checked against f's signature, recorded for AD.
    func declareCustomDerivatives() {
        for case .function(let d) in program.items {
            for a in d.attributes where a.name == "derivative" {
                guard a.args.count == 1, a.args[0].label == "of", case .name(let f) = a.args[0].value.kind else {
                    diags.error("write the attribute as @derivative(of: f)", at: a.range)
                    continue
                }
                guard let base = signatures[f], let mine = signatures[d.name] else {
                    if signatures[d.name] != nil {
                        diags.error("unknown function '\(f)' in @derivative(of:)", at: a.args[0].range, notes: suggestion(f, among: Array(signatures.keys)))
                    }
                    continue
                }
                guard let rt = base.result else { diags.error("'\(f)' returns nothing, so it has no derivative", at: a.range); continue }
                let floats = base.params.filter { isDifferentiable($0.type) }.map(\.type)
                let want = base.params.map(\.type) + [rt]
                let wantResult: IRType = floats.count == 1 ? floats[0] : .tuple(floats)
                guard mine.params.map(\.type) == want, mine.result == wantResult else {
                    diags.error("a derivative of '\(f)' takes f's parameters and a cotangent of its result, and returns the cotangents of its float parameters",
                                at: d.nameRange,
                                notes: [.init("expected fn \(d.name)(" + (base.params.map { "\($0.name): \($0.type)" } + ["ct: \(rt)"]).joined(separator: ", ") + ") -> \(wantResult)")])
                    continue
                }
                if module.customVJPs[f] != nil { diags.error("'\(f)' already has a derivative", at: a.range); continue }
                module.customVJPs[f] = d.name
            }
        }
    }

    /// Converts a written type. `sizes` collects size names when given; nil accepts any name.
    /// The size names of a type, a record's fields and a tuple's items included: a record's
    /// size names are the signature's like a tensor's (`fn f(d: Data, z: f64[n])` where a field
    /// of Data is `f64[n, 2]` has one n).
    func leafSymbols(_ t: IRType) -> Set<String> {
        switch t {
        case .tensor: return Set(t.symbols)
        case .tuple(let ts): return ts.reduce(into: Set<String>()) { $0.formUnion(leafSymbols($1)) }
        case .record(let n): return (module.structDef(n)?.fields ?? []).reduce(into: Set<String>()) { $0.formUnion(leafSymbols($1.type)) }
        }
    }

    func resolveType(_ t: TypeExpr, sizes: Set<String>?) -> IRType? {
        switch t {
        case .tensor(let e, let dims, let r):
            guard let d0 = DType(rawValue: e) else { diags.error("unknown element type '\(e)'", at: r); return nil }
            let d = promote(d0)
            var out: [Dim] = []
            for dim in dims {
                guard let x = resolveDim(dim) else {
                    diags.error("dimension '\(ASTPrinter.dim(dim))' must be a whole number of sizes: sums, differences and products of size names and numbers, divided only by a positive number (like n-1, k*n or d*(d+1)/2)", at: r)
                    return nil
                }
                if let k = x.known, k < 0 { diags.error("negative dimension \(k)", at: r); return nil }
                out.append(x)
            }
            return .tensor(d, out)
        case .tuple(let ts, _):
            var out: [IRType] = []
            for x in ts { guard let y = resolveType(x, sizes: sizes) else { return nil }; out.append(y) }
            return .tuple(out)
        case .named(let n, let r):
            if let bound = typeBindings[n] { return bound }
            if module.structDef(n) != nil { return .record(n) }
            if let t = batchedRecord(n) { return t }
            diags.error("unknown type '\(n)'", at: r, notes: suggestion(n, among: module.structs.map(\.name) + Array(IRGen.builtinTypes)))
            return nil
        }
    }

    /// `MLP_batch`, the record vmap makes of `MLP` with a batch axis named `batch` in front of
    /// each field (GradIR/Batching.swift), named before any vmap has made it: a function may
    /// take or return one (`fn clip(g: MLP_batch) -> MLP`). `P_batch_batch_` is P's batched
    /// twice, as a vmap of a vmap makes it.
    func batchedRecord(_ n: String) -> IRType? {
        guard let cut = n.lastIndex(of: "_"), cut > n.startIndex else { return nil }
        var base = String(n[..<cut]), axis = String(n[n.index(after: cut)...])
        // (a name ending in underscores, batch_, is an axis name of its own)
        while axis.isEmpty || axis.allSatisfy({ $0 == "_" }), let c = base.lastIndex(of: "_"), c > base.startIndex {
            axis = String(base[base.index(after: c)...]) + "_" + axis
            base = String(base[..<c])
        }
        guard let first = axis.first, first.isLetter, axis.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        let inner: IRType
        if module.structDef(base) != nil { inner = .record(base) } else if let t = batchedRecord(base) { inner = t } else { return nil }
        let t = module.batched(inner, name: axis)
        return t == .record(n) ? t : nil
    }

    func resolveDim(_ d: DimExpr) -> Dim? {
        switch d {
        case .int(let k): return Dim(k)
        case .name(let n): return Dim(symbol: n)
        case .add(let a, let b): return resolveDim(a).flatMap { x in resolveDim(b).map { x + $0 } }
        case .sub(let a, let b): return resolveDim(a).flatMap { x in resolveDim(b).map { x - $0 } }
        case .mul(let a, let b): return resolveDim(a).flatMap { x in resolveDim(b).map { x * $0 } }
        case .div(let a, let b):
            guard let x = resolveDim(a), let k = resolveDim(b)?.known, k > 0 else { return nil }
            return x.divided(by: k)
        }
    }

    func suggestion(_ name: String, among names: [String]) -> [Diagnostic.Note] {
        let limit = name.count / 3
        var best: (String, Int)?
        for n in names.sorted() {
            let d = editDistance(name, n)
            if d <= limit && d > 0 && (best == nil || d < best!.1) { best = (n, d) }
        }
        guard let b = best else { return [] }
        return [Diagnostic.Note("did you mean '\(b.0)'?")]
    }

    // MARK: - Recursion

    func checkRecursion() {
        // A call cycle through user functions is an error, reported at the call that closes it.
        // A derived function calls the function it transforms (`fn df = grad(f)`: df -> f) and
        // the custom derivative of every function that one reaches (df -> f_vjp), so cycles
        // through them are recursion too (they were accepted, then overflowed the stack).
        var edges = callGraph
        func base(_ r: FnRef) -> (String, SourceRange) {
            switch r {
            case .name(let n, let range): return (n, range)
            case .derived(let d): return base(d.function)
            }
        }
        var derived: [String] = []
        for case .derived(let d) in program.items {
            derived.append(d.name)
            edges[d.name, default: []].append(base(d.transform.function))
        }
        for d in derived {
            var seen: Set<String> = [], work = [edges[d]!.last!.0]
            while let f = work.popLast() {
                guard seen.insert(f).inserted else { continue }
                if let v = module.customVJPs[f] { edges[d, default: []].append((v, edges[d]!.last!.1)) }
                work += (edges[f] ?? []).map(\.0)
            }
        }
        var state: [String: Int] = [:]   // 1 visiting, 2 done
        var reported = false
        func visit(_ f: String) {
            state[f] = 1
            for (g, r) in edges[f] ?? [] {
                if state[g] == 1 && !reported {
                    diags.error("recursive call of '\(g)': recursion is not supported", at: r,
                                notes: [.init("rewrite it with a for or while loop")])
                    reported = true
                } else if state[g] == nil {
                    visit(g)
                }
            }
            state[f] = 2
        }
        for f in derived + module.functions.map(\.name) where state[f] == nil { visit(f) }
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev = Array(0...y.count)
    for i in 1...x.count {
        var cur = [i] + Array(repeating: 0, count: y.count)
        for j in 1...y.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[y.count]
}
