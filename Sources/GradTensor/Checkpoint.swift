// The checkpointing planner: which loop states the primal sweep stores and what the adjoint
// sweep recomputes. A pure function of the trip count L (and, for a memory budget, of the
// bytes one state takes), used at compile time by `gradc emit plan` and at run time by the
// `checkpoint_plan` op of derivative code (the C runtime carries a line-for-line port; a
// test compares the two).
//
// States are numbered by trip: state t is the loop's carried state at the start of trip t.
// A plan has `slots` stored-state buffers. The primal sweep runs all L trips and stores
// state t in slot `slotOfTrip[t]` (-1: not stored). The adjoint sweep then performs
// `actions` in order, with one working state `cur`:
//   restore s   cur = slot s
//   store s     slot s = cur
//   advance t   cur = trip t applied to cur (cur must be state t; it becomes state t+1)
//   adjoint t   the adjoint of trip t, from cur (which must be state t); trips L-1 ... 0
// Each adjoint also re-runs its own trip once to rebuild that trip's intermediates; that
// is part of the adjoint step in every schedule. "Recomputed steps" are the advances.

public enum CheckpointSchedule: Hashable, Sendable, CustomStringConvertible {
    case storeAll
    case sqrt
    case binomial(Int)          // snapshots
    case budget(Int64)          // bytes

    /// Parses `store-all`, `sqrt`, `binomial:S`, `budget:BYTES` (`64MB`, `1GiB`, `4096`).
    public static func parse(_ text: String) throws -> CheckpointSchedule {
        let s = text.trimmingCharacters(in: .whitespaces)
        switch s {
        case "store-all", "store_all": return .storeAll
        case "sqrt": return .sqrt
        default: break
        }
        if s.hasPrefix("binomial:") {
            guard let n = Int(s.dropFirst(9)), n >= 1, n <= 1 << 20 else {
                throw TensorError("binomial:S needs a number of snapshots S >= 1, got '\(s.dropFirst(9))'")
            }
            return .binomial(n)
        }
        if s.hasPrefix("budget:") {
            guard let b = parseBytes(String(s.dropFirst(7))), b > 0 else {
                throw TensorError("budget:BYTES needs a size like 4096, 64MB or 1GiB, got '\(s.dropFirst(7))'")
            }
            return .budget(b)
        }
        throw TensorError("unknown checkpoint schedule '\(s)'; expected store-all, sqrt, binomial:S or budget:BYTES")
    }

    /// `4096`, `64KB`, `64MB`, `1GB` (powers of 1000), `64KiB`, `1GiB` (powers of 1024).
    public static func parseBytes(_ text: String) -> Int64? {
        let units: [(String, Double)] = [("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824), ("TiB", 1_099_511_627_776),
                                         ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1)]
        var t = text.trimmingCharacters(in: .whitespaces)
        var scale = 1.0
        for (u, k) in units where t.hasSuffix(u) { t.removeLast(u.count); scale = k; break }
        guard let v = Double(t.trimmingCharacters(in: .whitespaces)), v >= 0, v * scale < 9e18 else { return nil }
        return Int64((v * scale).rounded())
    }

    public var isBudget: Bool { if case .budget = self { return true }; return false }

    public var description: String {
        switch self {
        case .storeAll: return "store-all"
        case .sqrt: return "sqrt"
        case .binomial(let s): return "binomial:\(s)"
        case .budget(let b): return "budget:\(b)"
        }
    }
}

public struct CheckpointPlan: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case restore(Int), store(Int), advance(Int), adjoint(Int)
    }
    public var trips: Int
    public var schedule: CheckpointSchedule        // what was planned (a budget resolves to another)
    public var slots: Int
    public var slotOfTrip: [Int]
    public var actions: [Action]

    /// Primal steps the adjoint sweep recomputes.
    public var recomputed: Int { actions.reduce(0) { if case .advance = $1 { return $0 + 1 }; return $0 } }

    /// Action codes in the encoded plan.
    public static let restoreCode: Int32 = 0, storeCode: Int32 = 1, advanceCode: Int32 = 2, adjointCode: Int32 = 3

    /// The plan as an i32 vector: [slots, trips, actions, slotOfTrip..., (code, slot, trip)...].
    public var encoded: [Int32] {
        var out: [Int32] = [Int32(slots), Int32(trips), Int32(actions.count)]
        out.reserveCapacity(3 + trips + 3 * actions.count)
        out += slotOfTrip.map { Int32($0) }
        for a in actions {
            switch a {
            case .restore(let s): out += [Self.restoreCode, Int32(s), -1]
            case .store(let s): out += [Self.storeCode, Int32(s), -1]
            case .advance(let t): out += [Self.advanceCode, -1, Int32(t)]
            case .adjoint(let t): out += [Self.adjointCode, -1, Int32(t)]
            }
        }
        return out
    }
}

public enum CheckpointPlanner {
    /// C(n, k), saturating at `cap` (the planner only compares binomials with trip counts).
    static func choose(_ n: Int, _ k: Int, cap: Int = Int.max / 4) -> Int {
        if k < 0 || n < k { return 0 }
        let k = min(k, n - k)
        var r = 1
        for i in 0..<k {
            // r = C(n - k + i + 1, i + 1), exact at each step.
            let (m, o) = r.multipliedReportingOverflow(by: n - k + i + 1)
            if o || m / (i + 1) > cap { return cap }
            r = m / (i + 1)
        }
        return r
    }

    /// β(s, r) = C(s + r, s): the most steps s snapshots reverse with r repetitions.
    static func beta(_ s: Int, _ r: Int) -> Int { r < 0 ? 0 : choose(s + r, s) }

    /// The least r with β(s, r) >= l.
    static func repetitions(_ l: Int, _ s: Int) -> Int {
        var r = 0
        while beta(s, r) < l { r += 1 }
        return r
    }

    /// Revolve's count: the fewest forward steps that reverse l steps with s snapshots (the
    /// initial state's included), counting the first sweep to state l-1:
    /// r·l − C(s+r, s+1).
    public static func revolveSteps(_ l: Int, snapshots s: Int) -> Int {
        if l <= 1 { return 0 }
        if s == 1 { return l * (l - 1) / 2 }
        let r = repetitions(l, s)
        return r * l - beta(s + 1, r - 1)
    }

    /// ⌈√L⌉, the sqrt schedule's segment length.
    public static func sqrtSegment(_ l: Int) -> Int {
        var s = Int(Double(l).squareRoot())
        while s * s < l { s += 1 }
        while s > 1 && (s - 1) * (s - 1) >= l { s -= 1 }
        return max(s, 1)
    }

    /// Resolves a budget: store-all when every state fits, else Revolve with as many snapshots
    /// as fit (it needs the fewest recomputations for a number of stored states, so it is
    /// never worse than sqrt at the same memory). Throws, naming the smallest budget that
    /// would do, when not even two states fit.
    public static func resolve(_ schedule: CheckpointSchedule, trips: Int, stateBytes: Int64) throws -> CheckpointSchedule {
        guard case .budget(let budget) = schedule else { return schedule }
        let b = max(stateBytes, 1)
        if Int64(trips) * b <= budget { return .storeAll }
        let fit = Int(budget / b)
        if fit >= 2 { return .binomial(fit - 1) }
        throw TensorError("checkpoint budget of \(budget) bytes is too small for a loop of \(trips) trips whose state takes \(stateBytes) bytes: it needs at least \(2 * stateBytes) bytes (two states)")
    }

    public static func plan(trips l: Int, schedule: CheckpointSchedule, stateBytes: Int64 = 0) throws -> CheckpointPlan {
        let resolved = try resolve(schedule, trips: l, stateBytes: stateBytes)
        var p = CheckpointPlan(trips: l, schedule: resolved, slots: 0, slotOfTrip: Array(repeating: -1, count: max(l, 0)), actions: [])
        if l <= 0 { return p }
        switch resolved {
        case .storeAll, .budget:
            p.slots = l
            for t in 0..<l { p.slotOfTrip[t] = t }
            for t in (0..<l).reversed() { p.actions += [.restore(t), .adjoint(t)] }
        case .sqrt:
            planSqrt(&p)
        case .binomial(let s):
            planBinomial(&p, snapshots: s)
        }
        return p
    }

    /// Chen et al.: a checkpoint every ⌈√L⌉ trips; the adjoint sweep recomputes one segment at
    /// a time into segment slots and reverses it.
    static func planSqrt(_ p: inout CheckpointPlan) {
        let l = p.trips, seg = sqrtSegment(l)
        let segments = (l + seg - 1) / seg
        p.slots = segments + seg - 1
        for g in 0..<segments { p.slotOfTrip[g * seg] = g }
        for g in (0..<segments).reversed() {
            let a = g * seg, e = min(l, a + seg)
            func slot(_ t: Int) -> Int { t == a ? g : segments + (t - a - 1) }
            p.actions.append(.restore(g))
            for t in a..<(e - 1) {
                if t > a { p.actions.append(.store(slot(t))) }
                p.actions.append(.advance(t))
            }
            p.actions.append(.adjoint(e - 1))
            for t in (a..<(e - 1)).reversed() { p.actions += [.restore(slot(t)), .adjoint(t)] }
        }
    }

    /// Griewank and Walther's binomial schedule (Revolve) with s snapshots, the initial
    /// state's included. The whole Revolve sequence is generated from state 0; its first
    /// sweep (advances and stores up to the first adjoint) is what the primal sweep does, so
    /// its stores become `slotOfTrip` and the state it ends on (L-1) gets one more slot.
    static func planBinomial(_ p: inout CheckpointPlan, snapshots: Int) {
        let l = p.trips
        var seq: [CheckpointPlan.Action] = [.store(0)]
        var pos = 0
        func advance(to t: Int) { while pos < t { seq.append(.advance(pos)); pos += 1 } }
        // Reverses trips start..<end with cur = state start, kept in `slot`, and s snapshots
        // (that one included); deeper snapshots use the slots after it.
        func reverse(_ start: Int, _ end: Int, _ s: Int, _ slot: Int) {
            let n = end - start
            if n == 1 { seq.append(.adjoint(start)); pos = -1; return }
            if s == 1 {
                for t in (start..<end).reversed() {
                    if pos != start { seq.append(.restore(slot)); pos = start }
                    advance(to: t)
                    seq.append(.adjoint(t)); pos = -1
                }
                return
            }
            let m = split(n, s)
            advance(to: start + m)
            seq.append(.store(slot + 1))
            reverse(start + m, end, s - 1, slot + 1)
            seq.append(.restore(slot)); pos = start
            reverse(start, start + m, s, slot)
        }
        reverse(0, l, max(snapshots, 1), 0)
        // Split the sequence at the first adjoint.
        let first = seq.firstIndex { if case .adjoint = $0 { return true }; return false }!
        var t = 0, maxSlot = -1
        for a in seq[..<first] {
            switch a {
            case .store(let s): p.slotOfTrip[t] = s; maxSlot = max(maxSlot, s)
            case .advance: t += 1
            default: break
            }
        }
        for a in seq { if case .store(let s) = a { maxSlot = max(maxSlot, s) } }
        var lastSlot = p.slotOfTrip[l - 1]
        if lastSlot < 0 { lastSlot = maxSlot + 1; p.slotOfTrip[l - 1] = lastSlot }
        p.slots = max(maxSlot, lastSlot) + 1
        p.actions = [.restore(lastSlot)] + Array(seq[first...])
    }

    /// The first checkpoint's distance m from the start when reversing n steps with s
    /// snapshots: one that minimizes m + cost(n - m, s - 1) + cost(m, s). Costs are convex
    /// and piecewise linear with slope r on (β(s, r-1), β(s, r)], so the optimum puts m where
    /// cost(·, s) has slope r-1 and n - m where cost(·, s-1) has slope r.
    static func split(_ n: Int, _ s: Int) -> Int {
        let r = repetitions(n, s)
        let lo = max(beta(s, r - 2), n - beta(s - 1, r), 1)
        let hi = min(beta(s, r - 1), n - beta(s - 1, r - 1), n - 1)
        return max(1, min(lo, hi))
    }
}
