// Inlining: a call of a small function is replaced by a copy of its body, with the callee's
// values renumbered into the caller, its size names bound to the caller's dimensions (from
// the argument types), and each read of a size (`dim n`) turned into a read of the argument's
// shape. Functions that bind size names inside their body (from a load or an annotation) are
// not inlined, so each keeps its own bindings.

import GradTensor

public struct Inliner: Pass {
    public let name = "inline"
    public static let maxInstructions = 400
    public init() {}

    public func run(_ f: Function, in m: Module) throws -> Bool {
        var changed = false
        var subst = Substitution()
        inline(m, f, &f.body, &subst, &changed)
        return changed
    }

    func size(_ r: Region) -> Int { var n = 0; walk(r) { _ in n += 1 }; return n }

    func inlinable(_ c: Function, into f: Function) -> Bool {
        guard c !== f, size(c.body) <= Inliner.maxInstructions else { return false }
        let sig = Set(c.sizeNames)
        var ok = true
        walk(c.body) { i in
            if case .dimSize(let n) = i.op, !sig.contains(n) { ok = false }
            if case .load = i.op { ok = false }
            if i.op == .assertType, i.results.contains(where: { !Set(c.type($0).symbols).isSubset(of: sig) }) { ok = false }
        }
        return ok
    }

    /// True when the call's entry check cannot fail: every size name of the callee binds to
    /// one known-identical caller dimension, and fixed sizes match. Otherwise the call stays,
    /// so the VM checks the arguments when it is made.
    /// A record's (or tuple's) fields with size names are checked only when the call is made:
    /// its type says nothing of the sizes it holds.
    func staticallyChecked(_ c: Function, _ f: Function, _ args: [ValueID], _ m: Module) -> Bool {
        func symbolicLeaves(_ t: IRType) -> Bool {
            switch t {
            case .tensor: return false
            case .tuple(let ts): return ts.contains { symbolicLeaves($0) || !$0.symbols.isEmpty }
            case .record(let n): return (m.structDef(n)?.fields ?? []).contains { !$0.type.symbols.isEmpty || symbolicLeaves($0.type) }
            }
        }
        var bound: [String: Dim] = [:]
        for (p, a) in zip(c.params, args) {
            if symbolicLeaves(c.type(p)) { return false }
            guard case .tensor(_, let want) = c.type(p) else { continue }
            guard case .tensor(_, let got) = f.type(a), got.count == want.count else { return false }
            for (w, g) in zip(want, got) {
                if g.isDynamic { return false }
                if let s = w.plainSymbol {
                    if let prev = bound[s], prev != g { return false }
                    bound[s] = g
                } else if w.substitute(bound) != g {
                    return false
                }
            }
        }
        return true
    }

    func inline(_ m: Module, _ f: Function, _ r: inout Region, _ subst: inout Substitution, _ changed: inout Bool) {
        var out: [Inst] = []
        for var i in r.insts {
            subst.apply(&i)
            for j in i.regions.indices { inline(m, f, &i.regions[j], &subst, &changed) }
            if case .call(let n) = i.op, let c = m.function(n), inlinable(c, into: f), staticallyChecked(c, f, i.operands, m) {
                var copier = Copier(caller: f, callee: c, args: i.operands, loc: i.loc)
                let (insts, ret) = copier.copyBody()
                out += insts
                if let res = i.results.first, let rv = ret { subst.map[res] = rv }
                changed = true
                continue
            }
            out.append(i)
        }
        r.insts = out
    }

    struct Copier {
        let caller: Function
        let callee: Function
        let args: [ValueID]
        let loc: Loc
        var map: [ValueID: ValueID] = [:]
        var sizes: [String: Dim] = [:]
        var sizeSource: [String: (arg: ValueID, axis: Int)] = [:]
        /// The size names the caller's tensor parameters bind.
        let callerSizes: Set<String>

        init(caller: Function, callee: Function, args: [ValueID], loc: Loc) {
            self.caller = caller
            self.callee = callee
            self.args = args
            self.loc = loc
            callerSizes = Set(caller.paramTypes.flatMap(\.symbols))
            for (p, a) in zip(callee.params, args) {
                map[p] = a
                if case .tensor(_, let want) = callee.type(p), case .tensor(_, let got) = caller.type(a) {
                    for (k, (w, g)) in zip(want, got).enumerated() {
                        if let s = w.plainSymbol, sizes[s] == nil {
                            sizes[s] = g
                            sizeSource[s] = (a, k)
                        }
                    }
                }
            }
        }

        mutating func value(_ v: ValueID) -> ValueID {
            if let x = map[v] { return x }
            let n = caller.newValue(callee.type(v).substitute(sizes))
            map[v] = n
            if let name = callee.names[v] { caller.names[n] = name }
            return n
        }

        /// The body's instructions, and the value its `return` passes.
        mutating func copyBody() -> ([Inst], ValueID?) {
            var out: [Inst] = []
            var ret: ValueID?
            for i in callee.body.insts {
                if i.op == .ret { ret = i.operands.first.map { map[$0]! }; continue }
                out += copy(i)
            }
            return (out, ret)
        }

        mutating func copy(_ i: Inst) -> [Inst] {
            // The callee's size n is the caller's dim there: a number, or the caller's own size
            // name when its parameters bind it (so printed source keeps the size symbolic).
            if case .dimSize(let n) = i.op, let d = sizes[n], d.known != nil || d.plainSymbol.map(callerSizes.contains) == true {
                let out = value(i.result)
                if let k = d.known { return [Inst(.constant(Tensor.scalar(Double(k), .i32)), [], results: [out], loc: i.loc)] }
                return [Inst(.dimSize(d.plainSymbol!), [], results: [out], loc: i.loc)]
            }
            if case .dimSize(let n) = i.op, let src = sizeSource[n] {
                // dim n  ->  shape(arg)[axis]
                let rank = caller.type(src.arg).shape?.count ?? 0
                let sh = caller.newValue(.tensor(.i32, [Dim(rank)]))
                let ax = caller.newValue(.scalar(.i32))
                let out = value(i.result)
                return [Inst(.shapeOf, [src.arg], results: [sh], loc: i.loc),
                        Inst(.constant(Tensor.scalar(Double(src.axis), .i32)), [], results: [ax], loc: i.loc),
                        Inst(.index([.at]), [sh, ax], results: [out], loc: i.loc)]
            }
            var c = i
            c.operands = i.operands.map { map[$0]! }
            c.regions = i.regions.map { r in
                var nr = Region(args: r.args.map { value($0) })
                for x in r.insts { nr.insts += copy(x) }
                return nr
            }
            c.results = i.results.map { value($0) }
            return [c]
        }
    }
}
