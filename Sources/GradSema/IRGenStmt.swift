// Lowering of one function: scopes, bindings, assignment, and structured control flow.
//
// Variables are SSA values rebound on assignment. A `var` assigned inside a loop body becomes
// one of the loop's carried values (a region argument, yielded at the end of the body); a
// variable assigned in either branch of an `if` becomes one of the if's results. A pre-scan of
// the body finds these names before it is lowered.

import GradIR
import GradSyntax
import GradTensor

/// A lowered expression: its value, whether it is a weakly typed literal (takes the element
/// type of the other operand, as in JAX), and for i32 scalars the size expression it equals.
struct TV {
    var v: ValueID
    var weak = false
    var dim: Dim? = nil
}

struct Variable {
    var tv: TV
    var mutable: Bool
    var declared: IRType?
    var range: SourceRange
}

final class FunctionGen {
    let gen: IRGen
    let decl: FnDecl
    let function: Function
    let b: IRBuilder
    var scopes: [[String: Variable]] = [[:]]
    var sizeNames: Set<String> = []
    var constants: [ValueID: Tensor] = [:]
    var diags: DiagnosticEngine { gen.diags }
    var module: Module { gen.module }

    init(_ gen: IRGen, _ decl: FnDecl) {
        self.gen = gen
        self.decl = decl
        function = Function(name: decl.name, loc: Loc(decl.nameRange))
        b = IRBuilder(function)
    }

    func lower() {
        let sig = gen.signatures[decl.name]!
        function.resultType = sig.result
        for (p, (n, t)) in zip(decl.params, sig.params) {
            let v = b.param(n, t)
            scopes[0][n] = Variable(tv: TV(v: v), mutable: false, declared: t, range: p.range)
            sizeNames.formUnion(gen.leafSymbols(t))
        }
        if let r = sig.result { sizeNames.formUnion(gen.leafSymbols(r)) }
        let returned = lowerBlock(decl.body.stmts, tail: true)
        if !returned {
            if sig.result != nil {
                diags.error("function '\(decl.name)' must end with a return of \(sig.result!)", at: decl.nameRange,
                            notes: [.init("declared to return \(sig.result!) here", at: decl.result?.range)])
            }
            b.loc = Loc(decl.body.range)
            b.emitVoid(.ret, [])
        }
        b.finish()
    }

    // MARK: - Scopes

    func lookup(_ n: String) -> Variable? {
        for s in scopes.reversed() { if let v = s[n] { return v } }
        return nil
    }

    func rebind(_ n: String, _ tv: TV) {
        for k in stride(from: scopes.count - 1, through: 0, by: -1) where scopes[k][n] != nil {
            scopes[k][n]!.tv = tv
            return
        }
    }

    func declare(_ n: String, _ tv: TV, mutable: Bool, declared: IRType?, range: SourceRange) {
        if n == "_" { return }      // `let (a, _) = ...` discards
        if let prev = scopes[scopes.count - 1][n] {
            diags.error("'\(n)' is already declared in this scope", at: range, notes: [.init("first declared here", at: prev.range)])
        }
        if !mutable || function.names[tv.v] == nil { function.names[tv.v] = n }
        scopes[scopes.count - 1][n] = Variable(tv: tv, mutable: mutable, declared: declared, range: range)
    }

    // MARK: - Statements

    /// Lowers statements; returns true when they end in a return (which was emitted).
    /// `tail` is true for the function's own body, where `return` is allowed.
    @discardableResult
    func lowerBlock(_ stmts: [Stmt], tail: Bool) -> Bool {
        for (k, s) in stmts.enumerated() {
            let last = k == stmts.count - 1
            b.loc = Loc(s.range)
            switch s.kind {
            case .ret(let e):
                if !(tail && last) {
                    diags.error(tail ? "code after 'return' is never run" : "'return' inside a loop or branch is only allowed when both branches of a final 'if' return",
                                at: tail ? stmts[k + 1].range : s.range)
                    if tail { return true }
                    continue
                }
                emitReturn(e, s.range)
                return true
            case .ifElse(let c, let t, let o) where tail && last && endsInReturn(t) && o.map(endsInReturn) == true:
                lowerReturningIf(c, t, o!, s.range)
                return true
            default:
                lowerStmt(s)
            }
        }
        return false
    }

    func endsInReturn(_ b: Block) -> Bool {
        guard let l = b.stmts.last else { return false }
        if case .ret = l.kind { return true }
        if case .ifElse(_, let t, let o) = l.kind { return endsInReturn(t) && (o.map(endsInReturn) ?? false) }
        return false
    }

    func emitReturn(_ e: Expr?, _ r: SourceRange) {
        let want = function.resultType
        switch (e, want) {
        case (nil, nil): b.emitVoid(.ret, [])
        case (nil, .some(let t)): diags.error("missing return value of type \(t)", at: r); b.emitVoid(.ret, [])
        case (.some(let x), nil):
            diags.error("'\(function.name)' returns nothing, but a value is returned", at: x.range,
                        notes: [.init("add '-> T' to the function's signature to return a value")])
            b.emitVoid(.ret, [])
        case (.some(let x), .some(let t)):
            if let v = value(x, hint: t), let c = conform(v, to: t, what: "return value", at: x.range) {
                b.emitVoid(.ret, [c.v])
            } else {
                b.emitVoid(.ret, [])
            }
        }
    }

    /// `if c { ...; return a } else { ...; return b }` at the end of a function: an if whose
    /// result is returned.
    func lowerReturningIf(_ c: Expr, _ t: Block, _ o: Block, _ range: SourceRange) {
        guard let rt = function.resultType else {
            diags.error("'\(function.name)' returns nothing, but its branches return values", at: range)
            return
        }
        guard let cond = condition(c) else { b.emitVoid(.ret, []); return }
        var regions: [Region] = []
        for blk in [t, o] {
            _ = b.beginRegion([])
            scopes.append([:])
            // Inside the branch, `return e` yields e.
            lowerBranchReturning(blk.stmts, rt)
            scopes.removeLast()
            regions.append(b.endRegion())
        }
        b.loc = Loc(range)
        let r = b.emitMulti(.ifElse, [cond.v], types: [rt], regions: regions)
        b.emitVoid(.ret, r)
    }

    func lowerBranchReturning(_ stmts: [Stmt], _ rt: IRType) {
        for (k, s) in stmts.enumerated() {
            b.loc = Loc(s.range)
            let last = k == stmts.count - 1
            if last, case .ret(let e) = s.kind {
                if let e, let v = value(e, hint: rt), let c = conform(v, to: rt, what: "return value", at: e.range) {
                    b.emitVoid(.yield, [c.v])
                } else {
                    if e == nil { diags.error("missing return value of type \(rt)", at: s.range) }
                    yieldPoison(rt)
                }
                return
            }
            if last, case .ifElse(let c, let t, let o) = s.kind, let o {
                guard let cond = condition(c) else { yieldPoison(rt); return }
                var regions: [Region] = []
                for blk in [t, o] {
                    _ = b.beginRegion([]); scopes.append([:])
                    lowerBranchReturning(blk.stmts, rt)
                    scopes.removeLast(); regions.append(b.endRegion())
                }
                b.loc = Loc(s.range)
                let r = b.emitMulti(.ifElse, [cond.v], types: [rt], regions: regions)
                b.emitVoid(.yield, r)
                return
            }
            if case .ret = s.kind {
                diags.error("code after 'return' is never run", at: stmts[k + 1].range)
                continue
            }
            lowerStmt(s)
        }
        yieldPoison(rt)
    }

    /// Ends a region whose value could not be computed (an error was reported).
    func yieldPoison(_ t: IRType) {
        if b.isTerminated { return }
        if let z = zeroValue(t) { b.emitVoid(.yield, [z]) } else { b.emitVoid(.yield, []) }
    }

    func zeroValue(_ t: IRType) -> ValueID? {
        switch t {
        case .tensor(let d, let s):
            return s.allSatisfy({ $0.known != nil }) ? constant(Tensor.filled(shape: s.map { $0.known! }, value: 0, dtype: d)).v : nil
        case .tuple(let ts):
            let parts = ts.compactMap(zeroValue)
            return parts.count == ts.count ? b.emitMulti(.tuple, parts, types: [t])[0] : nil
        case .record(let n):
            guard let sd = module.structDef(n) else { return nil }
            let parts = sd.fields.compactMap { zeroValue($0.type) }
            return parts.count == sd.fields.count ? b.emitMulti(.record(n), parts, types: [t])[0] : nil
        }
    }

    func lowerStmt(_ s: Stmt) {
        switch s.kind {
        case .binding(let pattern, let texpr, let e, let mutable):
            var declared: IRType?
            if let texpr {
                declared = gen.resolveType(texpr, sizes: nil)
                if declared == nil { poisonNames(pattern, mutable, s.range); return }
                sizeNames.formUnion(gen.leafSymbols(declared!))
            }
            if case .error = e.kind { poisonNames(pattern, mutable, s.range); return }
            guard let tv = value(e, hint: declared) else {
                // Declare the names anyway so later uses do not cascade into more errors.
                poisonNames(pattern, mutable, s.range)
                return
            }
            switch pattern {
            case .name(let n, let r):
                var v = tv
                if let d = declared {
                    guard let c = conform(tv, to: d, what: "value of '\(n)'", at: e.range) else { poisonNames(pattern, mutable, s.range); return }
                    v = c
                } else if tv.weak {
                    v = TV(v: tv.v, weak: false, dim: tv.dim)
                }
                declare(n, v, mutable: mutable, declared: declared ?? function.type(v.v), range: r)
            case .tuple(let names):
                guard case .tuple(let ts) = function.type(tv.v) else {
                    diags.error("cannot destructure a value of type \(function.type(tv.v)) into \(names.count) names", at: e.range)
                    poisonNames(pattern, mutable, s.range)
                    return
                }
                guard ts.count == names.count else {
                    diags.error("the tuple has \(ts.count) elements, but the pattern names \(names.count)", at: e.range)
                    poisonNames(pattern, mutable, s.range)
                    return
                }
                if declared != nil && declared != function.type(tv.v) {
                    diags.error("value of type \(function.type(tv.v)) does not match the declared \(declared!)", at: e.range)
                }
                for (k, (n, r)) in names.enumerated() {
                    let x = try! b.emit(.extract(k), [tv.v], type: ts[k])
                    declare(n, TV(v: x), mutable: mutable, declared: ts[k], range: r)
                }
            }
        case .assign(let target, let op, let e):
            if case .index(let base, let items) = target.kind, case .name = base.kind {
                indexedAssign(base, items, op, e, s.range)
                return
            }
            if case .index(let base, let items) = target.kind, case .field = base.kind {
                // p.W[i] = v: the field gets its updated elements.
                fieldAssign(base, s.range) { old in self.updatedElements(old, items, op, e, s.range) }
                return
            }
            if case .field = target.kind {
                fieldAssign(target, s.range) { old in
                    let what = self.fieldPath(target)
                    guard let nv = self.assignedValue(old, op, e, hint: self.type(old), at: s.range) else { return nil }
                    return self.conform(nv, to: self.type(old), what: "value assigned to '\(what)'", at: e.range)
                }
                return
            }
            guard let (n, v) = assignedVariable(target, in: target) else { return }
            guard let nv = assignedValue(v.tv, op, e, hint: v.declared, at: s.range),
                  let c = conform(nv, to: v.declared ?? function.type(v.tv.v), what: "value assigned to '\(n)'", at: e.range) else { return }
            rebind(n, c)
        case .expr(let e):
            _ = valueOrVoid(e)
        case .ifElse(let c, let t, let o):
            lowerIf(c, t, o, s.range)
        case .forLoop(let iv, let ivRange, let lo, let hi, let inclusive, let body, let attrs):
            lowerFor(iv, ivRange, lo, hi, inclusive, body, attrs, s.range)
        case .whileLoop(let c, let body, let attrs):
            lowerWhile(c, body, attrs, s.range)
        case .ret:
            diags.error("'return' inside a loop or branch is only allowed when both branches of a final 'if' return", at: s.range)
        }
    }

    /// The value `x = e` (`op` nil) or `x op= e` gives x, before it is conformed to x's type.
    func assignedValue(_ old: TV, _ op: AssignOp?, _ e: Expr, hint: IRType?, at range: SourceRange) -> TV? {
        guard let op else { return value(e, hint: hint) }
        let bop: BinaryOp = [.add: .add, .sub: .sub, .mul: .mul, .div: .div][op]!
        guard let rhs = value(e, hint: type(old)) else { return nil }
        return binary(bop, old, rhs, at: range)
    }

    /// The variable an assignment to `target` writes (`root` is `x`, or the `p` of `p.W`): a
    /// `var` in scope, or nil once the error is reported.
    func assignedVariable(_ root: Expr, in target: Expr) -> (String, Variable)? {
        guard case .name(let n) = root.kind else {
            diags.error("only variables, their fields and their elements (p.W -= v, x[i] += v) can be assigned", at: target.range)
            return nil
        }
        guard let v = lookup(n) else {
            if !poisoned.contains(n) { diags.error("unknown name '\(n)'", at: root.range, notes: nameSuggestion(n)) }
            return nil
        }
        guard v.mutable else {
            diags.error("cannot assign to '\(n)': it is a 'let' constant", at: root.range,
                        notes: [.init("declare it with 'var' to make it mutable", at: v.range)])
            return nil
        }
        return (n, v)
    }

    /// `p.layer.b` as written.
    func fieldPath(_ target: Expr) -> String {
        guard case .field(let base, let f) = target.kind else { if case .name(let n) = target.kind { return n }; return "?" }
        return fieldPath(base) + "." + f
    }

    /// `p.W = e`, `p.W -= e`, `p.layer.b = e`, `p.W[i] += v`: the variable gets a record equal
    /// to the old one but for that field, whose new value `update` computes from the old (nil
    /// once an error is reported), as a Swift struct's field is assigned (a record is a value:
    /// a copy of p made before keeps the old field). In a loop or branch the variable is carried.
    func fieldAssign(_ target: Expr, _ range: SourceRange, _ update: (TV) -> TV?) {
        var path: [(name: String, range: SourceRange)] = []
        var root = target
        while case .field(let base, let f) = root.kind {
            path.insert((f, root.range), at: 0)
            root = base
        }
        guard let (n, v) = assignedVariable(root, in: target) else { return }
        // The records along the path: records[k] holds the field path[k].
        var records = [v.tv]
        for (k, step) in path.enumerated() {
            guard case .record = type(records[k]) else {
                diags.error("cannot assign to '.\(step.name)' of a value of type \(type(records[k])): only a record's fields can be assigned", at: step.range)
                return
            }
            guard let next = field(records[k], step.name, step.range) else { return }
            records.append(next)
        }
        let old = records.removeLast()
        guard var rebuilt = update(old) else { return }
        // Each record rebuilt around its new field, innermost first.
        for (record, step) in zip(records, path).reversed() {
            guard case .record(let rn) = type(record), let sd = module.structDef(rn), let k = sd.fields.firstIndex(where: { $0.name == step.name }) else { return }
            let parts = sd.fields.indices.map { j in j == k ? rebuilt.v : try! b.emit(.field(j), [record.v], type: sd.fields[j].type) }
            rebuilt = TV(v: b.emitMulti(.record(rn), parts, types: [type(record)])[0])
        }
        rebind(n, rebuilt)
    }

    /// Element updates, as JAX's `x.at[idx]`: `x[idx] += v` and `-=` are x ± scatter_add(v, x,
    /// idx) (`.add`); `x[idx] = v` is `.set`: one row `x[i] = v` stores it in place
    /// (set_index), any other view selects the scattered values where the view's elements are;
    /// `x[idx] *= v` and `/=` set the view to `x[idx] * v` and `x[idx] / v`.
    func indexedAssign(_ base: Expr, _ items: [IndexItem], _ op: AssignOp?, _ e: Expr, _ range: SourceRange) {
        guard case .name(let n) = base.kind, let v = lookup(n) else {
            if case .name(let n) = base.kind, poisoned.contains(n) { return }
            diags.error("unknown name in indexed assignment", at: base.range)
            return
        }
        guard v.mutable else {
            diags.error("cannot assign to '\(n)': it is a 'let' constant", at: base.range, notes: [.init("declare it with 'var' to make it mutable", at: v.range)])
            return
        }
        if let updated = updatedElements(v.tv, items, op, e, range) { rebind(n, updated) }
    }

    /// The tensor `x` after `x[items] op= e` (nil once an error is reported).
    func updatedElements(_ x0: TV, _ items: [IndexItem], _ op: AssignOp?, _ e: Expr, _ range: SourceRange) -> TV? {
        // The indexed view gives the shape the value must broadcast to.
        guard let view = index(x0, items, range), let rhs = value(e, hint: type(view)),
              let (rv, _) = unify(rhs, view, op?.rawValue ?? "=", at: e.range) else { return nil }
        guard type(rv).dtype == type(view).dtype else {
            diags.error("cannot \(op == nil ? "assign" : "combine") \(type(rv)) \(op == nil ? "to" : "with") elements of type \(type(view)): element types differ", at: e.range,
                        notes: [.init("convert it, for example \(type(view).dtype!)(...)")])
            return nil
        }
        guard let target = broadcastDims(type(view).shape!, type(rv).shape!), target == type(view).shape! else {
            diags.error("cannot \(op == nil ? "assign" : op == .add || op == .sub ? "add" : "combine") \(type(rv)) to the elements \(type(view))", at: e.range)
            return nil
        }
        if case let ((a, idx))?? = indexTensor(items, range) {
            guard op == .add || op == .sub else {
                diags.error("an index tensor in an assignment scatter-adds: write x[idx] += v (or -=)", at: range); return nil
            }
            return scatterAssign(x0, items, a, idx, view, rv, subtract: op == .sub, range)
        }
        guard let full = emit(.broadcastLike, [strong(rv), view], at: e.range),
              let (axes, dyn, _) = indexParts(x0, items, range) else { return nil }
        let x = strong(x0)
        switch op {
        case .add?, .sub?:
            guard let scattered = emit(.scatterAdd(axes), [full, x] + dyn, at: range) else { return nil }
            return emit(.binary(op == .add ? .add : .sub), [x, scattered], at: range)
        case .mul?, .div?:
            guard let combined = emit(.binary(op == .mul ? .mul : .div), [view, full], at: e.range) else { return nil }
            return setElements(x, axes, dyn, combined, range)
        case nil:
            return setElements(x, axes, dyn, full, range)
        }
    }

    /// `x` with the elements of the view `x[axes, dyn]` replaced by `new` (shaped as the view).
    func setElements(_ x: TV, _ axes: [IndexAxis], _ dyn: [TV], _ new: TV, _ range: SourceRange) -> TV? {
        guard case .tensor(let d, _) = type(x), d != .bool else {
            diags.error("element assignment needs a numeric tensor, got \(type(x))", at: range)
            return nil
        }
        if axes == [.at] {
            // One row: stored in place. A negative index counts from the end, as when reading.
            var i = dyn[0]
            if constants[i.v].map({ $0.scalarValue < 0 }) ?? true {
                let zero = constant(Tensor.scalar(0, .i32))
                guard let sh = emit(.shapeOf, [x], at: range),
                      let n0 = emit(.index([.at]), [sh, zero], type: .scalar(.i32), at: range),
                      let neg = emit(.binary(.lt), [i, zero], at: range), let wrapped = emit(.binary(.add), [i, n0], at: range),
                      let j = emit(.select, [neg, wrapped, i], at: range) else { return nil }
                i = j
            }
            return emit(.setIndex, [x, i, new], at: range)
        }
        // Any other view: a mask of its elements (scattered ones), then a select.
        let one = constant(Tensor.scalar(1, d))
        guard let ones = emit(.broadcastLike, [one, new], at: range),
              let marks = emit(.scatterAdd(axes), [ones, x] + dyn, at: range),
              let mask = emit(.binary(.gt), [marks, constant(Tensor.scalar(0, d))], at: range),
              let scattered = emit(.scatterAdd(axes), [new, x] + dyn, at: range) else { return nil }
        return emit(.select, [mask, scattered, x], at: range)
    }

    func poisonNames(_ p: Pattern, _ mutable: Bool, _ r: SourceRange) {
        switch p {
        case .name(let n, _): scopes[scopes.count - 1][n] = nil; poisoned.insert(n)
        case .tuple(let ns): for (n, _) in ns { scopes[scopes.count - 1][n] = nil; poisoned.insert(n) }
        }
    }

    /// Names whose definition failed: uses of them are not reported again.
    var poisoned = Set<String>()

    // MARK: - Control flow

    /// Names assigned anywhere in `stmts` (nested blocks included) that are visible here, in
    /// order of first assignment.
    func assignedOuterNames(_ stmts: [Stmt]) -> [String] {
        var out: [String] = []
        func scan(_ ss: [Stmt]) {
            for s in ss {
                switch s.kind {
                case .assign(let t, _, _):
                    // `x = e`, and `x[i] += v` / `x[i] = v` / `x.f = v`, which assign a new x too.
                    var target = t
                    if case .index(let base, _) = t.kind { target = base }
                    while case .field(let base, _) = target.kind { target = base }
                    if case .name(let n) = target.kind, !out.contains(n), let v = lookup(n), v.mutable { out.append(n) }
                case .ifElse(_, let t, let o): scan(t.stmts); if let o { scan(o.stmts) }
                case .forLoop(_, _, _, _, _, let body, _): scan(body.stmts)
                case .whileLoop(_, let body, _): scan(body.stmts)
                default: break
                }
            }
        }
        scan(stmts)
        return out
    }

    func condition(_ c: Expr) -> TV? {
        guard let v = value(c, hint: nil) else { return nil }
        guard function.type(v.v) == .scalar(.bool) else {
            diags.error("condition must be a bool scalar, got \(function.type(v.v))", at: c.range,
                        notes: function.type(v.v).isTensor && !(function.type(v.v).isScalar) ? [.init("reduce it first, for example with all(...) or max(...) > 0")] : [])
            return nil
        }
        return v
    }

    func lowerIf(_ c: Expr, _ t: Block, _ o: Block?, _ range: SourceRange) {
        guard let cond = condition(c) else { return }
        let names = assignedOuterNames(t.stmts + (o?.stmts ?? []))
        let saved = names.map { lookup($0)!.tv }
        let types = saved.map { function.type($0.v) }
        var regions: [Region] = []
        for blk in [t, o] {
            _ = b.beginRegion([])
            scopes.append([:])
            if let blk { lowerBlock(blk.stmts, tail: false) }
            let ys = names.map { lookup($0)!.tv.v }
            scopes.removeLast()
            b.loc = Loc(blk?.range ?? range)
            b.emitVoid(.yield, ys)
            regions.append(b.endRegion())
            // The other branch starts from the values before the if.
            for (n, v) in zip(names, saved) { rebind(n, v) }
        }
        b.loc = Loc(range)
        let rs = b.emitMulti(.ifElse, [cond.v], types: types, regions: regions)
        for (n, r) in zip(names, rs) { rebind(n, TV(v: r)); function.names[r] = n }
    }
}

extension Loc {
    init(_ r: SourceRange) { self.init(line: Int(r.start.line), column: Int(r.start.column)) }
}

