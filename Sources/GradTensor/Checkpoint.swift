// The checkpointing planner: which loop states the primal sweep stores and what the adjoint
// sweep recomputes. A pure function of the trip count L (and, for a memory budget, of the
// bytes one state takes), used at compile time by `gradc emit plan` and at run time by the
// `checkpoint_plan` op of derivative code. The planner itself is C, the runtime's (see
// CheckpointPlanner); this file holds what it means, the schedules and the plan type.
//
// States are numbered by trip: state t is the loop's carried state at the start of trip t.
// A plan has `slots` stored-state buffers. The primal sweep runs all L trips and stores
// state t in slot `slotOfTrip[t]` (-1: not stored). The adjoint sweep then performs
// `actions` in order, with one working state `cur`:
//   restore s   cur = slot s
//   store s     slot s = cur
//   advance t   cur = trip t applied to cur (cur must be state t; it becomes state t+1)
//   adjoint t   the adjoint of trip t, from cur (which must be state t); trips L-1 ... 0
// Each adjoint also re-runs its own trip to rebuild that trip's intermediates, except what
// only made the trip's outputs: an adjoint names where state t+1 is kept at that point (a
// slot, or the loop's result), and reads the outputs there. Store-all and sqrt keep every
// such state; a binomial schedule may not, and then the adjoint recomputes them. "Recomputed
// steps" are the advances.
//
// The default schedule is auto: store-all when the loop's states fit a budget (a quarter of
// physical memory unless given, `auto:BYTES`), else sqrt.

import GradPlanner

public enum CheckpointSchedule: Hashable, Sendable, CustomStringConvertible {
    case storeAll
    case sqrt
    case binomial(Int)          // snapshots
    case budget(Int64)          // bytes
    case auto(Int64?)           // bytes (nil: a quarter of physical memory)

    /// Parses `store-all`, `sqrt`, `binomial:S`, `budget:BYTES` (`64MB`, `1GiB`, `4096`).
    public static func parse(_ text: String) throws -> CheckpointSchedule {
        let s = text.trimmingCharacters(in: .whitespaces)
        switch s {
        case "store-all", "store_all": return .storeAll
        case "sqrt": return .sqrt
        case "auto": return .auto(nil)
        default: break
        }
        if s.hasPrefix("auto:") {
            guard let b = parseBytes(String(s.dropFirst(5))), b > 0 else {
                throw TensorError("auto:BYTES needs a size like 4096, 64MB or 1GiB, got '\(s.dropFirst(5))'")
            }
            return .auto(b)
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
        throw TensorError("unknown checkpoint schedule '\(s)'; expected auto, auto:BYTES, store-all, sqrt, binomial:S or budget:BYTES")
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

    /// Whether the plan depends on the state's size (resolved to another schedule by it).
    public var resolvesBySize: Bool {
        switch self {
        case .budget, .auto: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .storeAll: return "store-all"
        case .sqrt: return "sqrt"
        case .binomial(let s): return "binomial:\(s)"
        case .budget(let b): return "budget:\(b)"
        case .auto(let b): return b.map { "auto:\($0)" } ?? "auto"
        }
    }
}

public struct CheckpointPlan: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// An adjoint's `next`: the slot holding state t+1 then, -2 for the loop's result, -1
        /// for none (the trip's outputs are recomputed).
        case restore(Int), store(Int), advance(Int), adjoint(Int, next: Int)
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
            case .adjoint(let t, let next): out += [Self.adjointCode, Int32(next), Int32(t)]
            }
        }
        return out
    }
}

/// The planner is the C runtime's (`Sources/GradC/runtime/35-planner.h`, compiled into gradc
/// by the GradPlanner target): executables and the VM follow plans made by one implementation.
public enum CheckpointPlanner {
    /// The runtime's schedule code and parameter.
    public static func code(_ s: CheckpointSchedule) -> (Int32, Double) {
        switch s {
        case .storeAll: return (0, 0)
        case .sqrt: return (1, 0)
        case .binomial(let k): return (2, Double(k))
        case .budget(let b): return (3, Double(b))
        case .auto(let b): return (4, Double(b ?? 0))
        }
    }

    static func schedule(_ kind: Int32, _ param: Double) -> CheckpointSchedule {
        switch kind {
        case 0: return .storeAll
        case 1: return .sqrt
        case 2: return .binomial(Int(param))
        case 3: return .budget(Int64(param))
        default: return .auto(param > 0 ? Int64(param) : nil)
        }
    }

    /// The budget `auto` resolves with: the one given, else a quarter of physical memory.
    public static func autoBudget(_ given: Int64?) -> Int64 {
        var kind: Int32 = 4, param = Double(given ?? 0)
        var err = [CChar](repeating: 0, count: 256)
        _ = grad_plan_resolve(1, &kind, &param, 1, &err, err.count)
        return Int64(param)
    }

    /// Revolve's count: the fewest forward steps that reverse l steps with s snapshots (the
    /// initial state's included), counting the first sweep to state l-1:
    /// r·l − C(s+r, s+1).
    public static func revolveSteps(_ l: Int, snapshots s: Int) -> Int {
        Int(grad_plan_revolve_steps(Int64(l), Int64(s)))
    }

    /// ⌈√L⌉, the sqrt schedule's segment length.
    public static func sqrtSegment(_ l: Int) -> Int { Int(grad_plan_sqrt_segment(Int64(l))) }

    /// Resolves a budget: store-all when every state fits, else Revolve with as many snapshots
    /// as fit (it needs the fewest recomputations for a number of stored states, so it is
    /// never worse than sqrt at the same memory). Throws, naming the smallest budget that
    /// would do, when not even two states fit.
    public static func resolve(_ schedule: CheckpointSchedule, trips: Int, stateBytes: Int64) throws -> CheckpointSchedule {
        var (kind, param) = code(schedule)
        var err = [CChar](repeating: 0, count: 256)
        guard grad_plan_resolve(Int64(trips), &kind, &param, Double(stateBytes), &err, err.count) == 0 else {
            throw TensorError(String(cString: err))
        }
        return self.schedule(kind, param)
    }

    public static func plan(trips l: Int, schedule: CheckpointSchedule, stateBytes: Int64 = 0) throws -> CheckpointPlan {
        var (kind, param) = code(schedule)
        var err = [CChar](repeating: 0, count: 256)
        var count: Int64 = 0
        guard let raw = grad_plan(Int64(l), &kind, &param, Double(stateBytes), &count, &err, err.count) else {
            throw TensorError(String(cString: err))
        }
        defer { grad_plan_free(raw) }
        let v = UnsafeBufferPointer(start: raw, count: Int(count))
        let trips = Int(v[1]), n = Int(v[2])
        var p = CheckpointPlan(trips: trips, schedule: self.schedule(kind, param), slots: Int(v[0]),
                               slotOfTrip: v[3..<(3 + trips)].map { Int($0) }, actions: [])
        p.actions.reserveCapacity(n)
        for k in 0..<n {
            let code = v[3 + trips + 3 * k], slot = Int(v[4 + trips + 3 * k]), trip = Int(v[5 + trips + 3 * k])
            switch code {
            case CheckpointPlan.restoreCode: p.actions.append(.restore(slot))
            case CheckpointPlan.storeCode: p.actions.append(.store(slot))
            case CheckpointPlan.advanceCode: p.actions.append(.advance(trip))
            default: p.actions.append(.adjoint(trip, next: slot))
            }
        }
        return p
    }
}
