// Dead code elimination: removes pure ops whose results are unused, and loops and ifs whose
// results are unused and whose regions have no effects, until nothing more can go.

public struct DCE: Pass {
    public let name = "dce"
    public init() {}

    public func run(_ f: Function, in m: Module) throws -> Bool {
        var changed = false
        var uses = useCounts(f)
        sweep(&f.body, &uses, &changed)
        return changed
    }

    /// An op with effects of its own (impure, not a structure or a yield), or a structure
    /// whose regions hold one.
    func hasEffects(_ i: Inst) -> Bool {
        if !i.op.isPure && !i.op.hasRegions && i.op != .yield { return true }
        return i.regions.contains { $0.insts.contains(where: hasEffects) }
    }

    /// One pass, last instruction first: removing a dead instruction gives back the uses of
    /// its operands (those inside its regions too), so the chain of values that only it used
    /// goes in the same pass. (Sweeping until nothing changed removed one link of a chain a
    /// round: quadratic in the chain, which nested derivatives make long.)
    func sweep(_ r: inout Region, _ uses: inout [Int], _ removed: inout Bool) {
        var keep = [Bool](repeating: true, count: r.insts.count)
        for k in r.insts.indices.reversed() {
            let i = r.insts[k]
            let dead = !i.results.isEmpty && i.results.allSatisfy { uses[$0.index] == 0 } && !i.op.isTerminator
            if dead && (i.op.isPure || (i.op.hasRegions && !hasEffects(i))) {
                removed = true
                keep[k] = false
                for o in i.operands { uses[o.index] -= 1 }
                for sub in i.regions { walk(sub) { for o in $0.operands { uses[o.index] -= 1 } } }
                continue
            }
            for j in i.regions.indices { sweep(&r.insts[k].regions[j], &uses, &removed) }
        }
        if keep.contains(false) { r.insts = r.insts.indices.filter { keep[$0] }.map { r.insts[$0] } }
    }
}
