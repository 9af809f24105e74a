// Common subexpression elimination: a pure op with the same operands as an earlier one that
// is visible (earlier in the region, or in an enclosing region) reuses its result. Scoped:
// a nested region sees the outer table, but what it adds is forgotten when it ends.

public struct CSE: Pass {
    public let name = "cse"
    public init() {}

    struct Key: Hashable { var op: Op; var operands: [ValueID]; var type: IRType }

    public func run(_ f: Function, in m: Module) throws -> Bool {
        var changed = false
        var subst = Substitution()
        cse(f, &f.body, [:], &subst, &changed)
        return changed
    }

    func cse(_ f: Function, _ r: inout Region, _ outer: [Key: ValueID], _ subst: inout Substitution, _ changed: inout Bool) {
        var table = outer
        var out: [Inst] = []
        for var i in r.insts {
            subst.apply(&i)
            for j in i.regions.indices { cse(f, &i.regions[j], table, &subst, &changed) }
            if i.op.isPure && i.results.count == 1 && i.regions.isEmpty {
                let key = Key(op: i.op, operands: i.operands, type: f.type(i.result))
                if let prev = table[key] {
                    subst.map[i.result] = prev
                    changed = true
                    continue
                }
                table[key] = i.result
            }
            out.append(i)
        }
        r.insts = out
    }
}
