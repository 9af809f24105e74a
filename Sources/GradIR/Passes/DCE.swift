// Dead code elimination: removes pure ops whose results are unused, and loops and ifs whose
// results are unused and whose regions have no effects, until nothing more can go.

public struct DCE: Pass {
    public let name = "dce"
    public init() {}

    public func run(_ m: Module) throws -> Bool {
        var changed = false
        for f in m.functions {
            while true {
                let uses = useCounts(f)
                var removed = false
                sweep(&f.body, uses, &removed)
                if !removed { break }
                changed = true
            }
        }
        return changed
    }

    /// An op with effects of its own (impure, not a structure or a yield), or a structure
    /// whose regions hold one.
    func hasEffects(_ i: Inst) -> Bool {
        if !i.op.isPure && !i.op.hasRegions && i.op != .yield { return true }
        return i.regions.contains { $0.insts.contains(where: hasEffects) }
    }

    func sweep(_ r: inout Region, _ uses: [Int], _ removed: inout Bool) {
        var out: [Inst] = []
        for var i in r.insts {
            let dead = !i.results.isEmpty && i.results.allSatisfy { uses[$0.index] == 0 } && !i.op.isTerminator
            if dead && (i.op.isPure || (i.op.hasRegions && !hasEffects(i))) {
                removed = true
                continue
            }
            for j in i.regions.indices { sweep(&i.regions[j], uses, &removed) }
            out.append(i)
        }
        r.insts = out
    }
}
