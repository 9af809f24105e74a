// Whether a value is still read after a point of a function, for backends that hand a buffer
// over instead of copying it (an in-place set_index). A backend walking the structured IR
// enters and leaves regions as it goes; a value is dead after the current instruction when
// no later instruction of the current region reads it, nor of any enclosing region up to the
// one defining it, and no loop between them can run again and read it.

public struct LiveFrames {
    struct Frame {
        var lastUse: [ValueID: Int]     // position of the last instruction reading each value (nested reads included)
        var defined: Set<ValueID>
        var index = 0
        var isLoop: Bool
    }
    var frames: [Frame] = []

    public init() {}

    /// Enters `r`; `loop` when it is a loop's body or condition (it runs again).
    public mutating func enter(_ r: Region, loop: Bool) {
        var last: [ValueID: Int] = [:]
        var defined = Set(r.args)
        for (k, i) in r.insts.enumerated() {
            for o in i.operands { last[o] = k }
            for sub in i.regions { walk(sub) { for o in $0.operands { last[o] = k } } }
            defined.formUnion(i.results)
        }
        frames.append(Frame(lastUse: last, defined: defined, isLoop: loop))
    }

    /// The current region's instruction `k` is being emitted.
    public mutating func at(_ k: Int) { frames[frames.count - 1].index = k }

    public mutating func leave() { frames.removeLast() }

    /// The current region reads `v` as late as instruction `k` (a fused loop that runs later
    /// than the instruction naming `v`).
    public mutating func readsLater(_ v: ValueID, at k: Int) {
        let f = frames.count - 1
        frames[f].lastUse[v] = max(frames[f].lastUse[v] ?? k, k)
    }

    /// Whether `v` is never read after the current instruction.
    public func dead(_ v: ValueID) -> Bool {
        for fr in frames.reversed() {
            if let u = fr.lastUse[v], u > fr.index { return false }
            if fr.defined.contains(v) { return true }
            if fr.isLoop { return false }
        }
        return true
    }
}
