// Generic functions and the prelude.
//
// `fn adam<P>(p: P, g: P, ...)` is not lowered where it is declared. Each call binds the type
// parameters to the types of the arguments written with them (`p: P` with an MLP record binds
// P = MLP) and the function is lowered once per binding, as `adam__MLP`, its body checked with
// those types: monomorphized, as C++ templates and Swift's specialized generics are. A type
// parameter must appear as the whole type of some parameter, so every call binds it.
//
// The prelude (Prelude.swift) is Grad source shipped with the compiler: optimizers, clipping,
// learning-rate schedules. Its functions are lowered the same way, only when a program calls
// them; a program's own function of the same name hides one. An error inside a prelude
// function is reported at the call, naming the function and its binding.

import GradIR
import GradSyntax
import GradTensor

struct LazyFunction {
    var decl: FnDecl
    var prelude: Bool
}

extension IRGen {
    /// The prelude's items, parsed once.
    static let preludeProgram: Program = Parser.parse(SourceFile(path: "<prelude>", text: Prelude.source), diagnostics: DiagnosticEngine())

    /// The functions the prelude offers (for completion and `gradc emit prelude`).
    public static var preludeNames: [String] {
        preludeProgram.items.compactMap { if case .function(let f) = $0 { return f.name } else { return nil } }
    }

    /// Prelude functions the program does not declare itself.
    func declarePrelude() {
        for (n, lf) in IRGen.preludeFunctions where signatures[n] == nil && lazy[n] == nil && module.structDef(n) == nil {
            lazy[n] = lf
        }
    }

    /// Whether the program declares a function `n` of its own (hiding the prelude's).
    func declaresOwn(_ n: String) -> Bool { functionDecls[n] != nil || lazy[n]?.prelude == false }

    /// A name for a type in an instance's name: `adam__MLP`, `sgd__f64_n`.
    static func mangle(_ t: IRType) -> String {
        switch t {
        case .tensor(let d, let dims):
            return d.rawValue + dims.map { "_" + String($0.description.map { $0.isLetter || $0.isNumber ? $0 : "_" }) }.joined()
        case .record(let n): return n
        case .tuple(let ts): return "T_" + ts.map(mangle).joined(separator: "_") + "_E"
        }
    }
}

extension FunctionGen {
    /// A call of a generic or prelude function: binds its type parameters from the arguments,
    /// lowers the instance if this binding is new, and calls it.
    func lazyCall(_ n: String, _ lf: LazyFunction, _ args: [Arg], _ r: SourceRange) -> TV?? {
        let decl = lf.decl
        if let a = args.first(where: { $0.label != nil }) {
            diags.error("'\(n)' takes positional arguments; remove the label '\(a.label!):'", at: a.range)
            return nil
        }
        guard args.count == decl.params.count else {
            diags.error("'\(n)' takes \(decl.params.count) argument\(decl.params.count == 1 ? "" : "s"), got \(args.count)", at: r,
                        notes: lf.prelude ? [] : [.init("'\(n)' is declared here", at: decl.nameRange)])
            return nil
        }
        var binding: [String: IRType] = [:]
        var lowered: [TV] = []
        for (a, p) in zip(args, decl.params) {
            if case .named(let t, _) = p.type, decl.typeParams.contains(t) {
                guard let v = value(a.value, hint: nil) else { return nil }
                let ty = type(strong(v))
                if let prev = binding[t], prev != ty {
                    diags.error("argument '\(p.name)' of '\(n)' has type \(ty), but \(t) is \(prev) from an earlier argument", at: a.range)
                    return nil
                }
                binding[t] = ty
                lowered.append(strong(v))
            } else {
                let saved = gen.typeBindings
                gen.typeBindings = binding
                let hint = gen.quietly { gen.resolveType(p.type, sizes: nil) }
                gen.typeBindings = saved
                guard let v = value(a.value, hint: hint) else { return nil }
                lowered.append(v)
            }
        }
        if let t = decl.typeParams.first(where: { binding[$0] == nil }) {
            diags.error("'\(n)' cannot bind its type parameter \(t): no parameter has type \(t)", at: r)
            return nil
        }
        var name = decl.typeParams.isEmpty ? n : n + "__" + decl.typeParams.map { IRGen.mangle(binding[$0]!) }.joined(separator: "__")
        // The prelude's function, reached from the prelude, when the program has one of that name.
        if lf.prelude && gen.declaresOwn(n) { name = "prelude__" + name }
        if gen.signatures[name] == nil {
            guard gen.instantiate(lf, as: name, binding, at: r) else { return nil }
        }
        return userCall(name, gen.signatures[name]!, args, r, lowered: lowered)
    }
}

extension IRGen {
    /// Runs `body` with a diagnostics engine of its own; what it reports is dropped.
    func quietly<T>(_ body: () -> T) -> T {
        let saved = diags
        diags = DiagnosticEngine()
        defer { diags = saved }
        return body()
    }

    /// Declares and lowers one instance of a generic or prelude function.
    func instantiate(_ lf: LazyFunction, as name: String, _ binding: [String: IRType], at call: SourceRange) -> Bool {
        let with = binding.map { "\($0) = \($1)" }.sorted().joined(separator: ", ")
        guard instantiationDepth < 32 else {
            diags.error("'\(lf.decl.name)' instantiates itself without end (with \(with))", at: call)
            return false
        }
        let savedBindings = typeBindings, outer = diags
        // A prelude function's errors are reported at the call, since its source is not the program's.
        let inner = lf.prelude ? DiagnosticEngine() : outer
        typeBindings = binding
        diags = inner
        instantiationDepth += 1
        if lf.prelude { preludeDepth += 1 }
        let ok = lowerInstance(lf.decl, as: name)
        if lf.prelude { preludeDepth -= 1 }
        instantiationDepth -= 1
        typeBindings = savedBindings
        diags = outer
        if lf.prelude && (inner.hasErrors || !ok) {
            let first = inner.diagnostics.first { $0.severity == .error }?.message ?? "it does not compile"
            outer.error("in the prelude's '\(lf.decl.name)'" + (with.isEmpty ? "" : " with \(with)") + ": \(first)", at: call,
                        notes: [.init("gradc emit prelude prints its source")])
            return false
        }
        return ok
    }

    func lowerInstance(_ d: FnDecl, as name: String) -> Bool {
        var decl = d
        decl.name = name
        decl.typeParams = []
        var params: [(String, IRType)] = []
        for p in decl.params {
            guard let t = resolveType(p.type, sizes: nil) else { return false }
            params.append((p.name, t))
        }
        var result: IRType?
        if let rt = decl.result {
            guard let t = resolveType(rt, sizes: nil) else { return false }
            result = t
        }
        signatures[name] = Signature(params: params, result: result, range: decl.nameRange)
        functionDecls[name] = decl
        let fg = FunctionGen(self, decl)
        fg.lower()
        module.add(fg.function)
        return true
    }
}
