// The REPL's entry function. A REPL input that is not a definition is lowered as the body of a
// function whose parameters are the session's variables (those declared `var` stay mutable)
// and whose result is the session after the input ran: the value of a final expression
// statement, if it has one, then every variable in scope, in order (the earlier ones with the
// values the input gave them, then the ones it declared). Declarations in the input live in a
// scope inside the parameters', so `let x = ...` may declare again a name the session has,
// as in Swift's REPL.

import GradIR
import GradSyntax

/// Which function is the REPL's entry, and which of its parameters are `var`s.
public struct SessionEntry: Sendable {
    public var name: String
    public var mutable: Set<String>
    public init(name: String, mutable: Set<String>) { self.name = name; self.mutable = mutable }
}

/// What the entry function returns: its result is a tuple of `value` (when not nil) followed
/// by `bindings`.
public struct SessionResult: Sendable {
    public var value: IRType?
    public var bindings: [(name: String, type: IRType, mutable: Bool)] = []
}

extension FunctionGen {
    func lowerSessionEntry(_ entry: SessionEntry) {
        let sig = gen.signatures[decl.name]!
        for (p, (n, t)) in zip(decl.params, sig.params) {
            let v = b.param(n, t)
            scopes[0][n] = Variable(tv: TV(v: v), mutable: entry.mutable.contains(n), declared: t, range: p.range)
        }
        scopes.append([:])
        var value: TV?
        let stmts = decl.body.stmts
        for (k, s) in stmts.enumerated() {
            b.loc = Loc(s.range)
            if k == stmts.count - 1, case .expr(let e) = s.kind {
                if case .some(.some(let tv)) = valueOrVoid(e) { value = strong(tv) }
            } else {
                lowerStmt(s)
            }
        }
        var result = SessionResult(value: value.map(type))
        var values: [ValueID] = value.map { [$0.v] } ?? []
        // Parameters first (in their order), then what the input declared (in source order).
        let declared = scopes[1].sorted { $0.value.range.start < $1.value.range.start }
        for (n, _) in sig.params where scopes[1][n] == nil {
            let v = scopes[0][n]!
            result.bindings.append((n, type(v.tv), v.mutable))
            values.append(v.tv.v)
        }
        for (n, v) in declared {
            let tv = strong(v.tv)
            result.bindings.append((n, type(tv), v.mutable))
            values.append(tv.v)
        }
        let rt = IRType.tuple(values.map { function.type($0) })
        function.resultType = rt
        b.loc = Loc(decl.body.range)
        let tuple = b.emitMulti(.tuple, values, types: [rt])[0]
        b.emitVoid(.ret, [tuple])
        b.finish()
        gen.sessionResult = result
    }
}
