// The checkpointing planner as a pure function: each plan is run by a simulation that tracks
// which state every slot and the working state hold, and must reverse every trip in order
// from the right state, within the promised memory, with the promised recomputation.

import XCTest
@testable import GradTensor

final class PlannerTests: XCTestCase {
    struct Run { var recomputed: Int; var peakStates: Int; var outputsRecomputed: Int }

    /// Executes `p` on abstract states (a state is its trip number) and checks it.
    func simulate(_ p: CheckpointPlan, file: StaticString = #filePath, line: UInt = #line) -> Run? {
        let l = p.trips
        var slot = [Int?](repeating: nil, count: p.slots)
        guard p.slotOfTrip.count == l else { XCTFail("slotOfTrip has \(p.slotOfTrip.count) entries for \(l) trips", file: file, line: line); return nil }
        for t in 0..<l where p.slotOfTrip[t] >= 0 {
            guard p.slotOfTrip[t] < p.slots else { XCTFail("slot out of range", file: file, line: line); return nil }
            slot[p.slotOfTrip[t]] = t
        }
        var cur: Int? = nil
        var next = l - 1, recomputed = 0, outputsRecomputed = 0
        var filled = slot.filter { $0 != nil }.count
        var peak = filled + 1
        for a in p.actions {
            switch a {
            case .restore(let s):
                guard s < p.slots, let v = slot[s] else { XCTFail("L=\(l) \(p.schedule): restore of empty slot \(s)", file: file, line: line); return nil }
                cur = v
            case .store(let s):
                guard s < p.slots, let c = cur else { XCTFail("L=\(l) \(p.schedule): bad store \(s)", file: file, line: line); return nil }
                if slot[s] == nil { filled += 1 }
                slot[s] = c
            case .advance(let t):
                guard cur == t, t < l else { XCTFail("L=\(l) \(p.schedule): advance \(t) from \(String(describing: cur))", file: file, line: line); return nil }
                cur = t + 1; recomputed += 1
            case .adjoint(let t, let after):
                guard cur == t, t == next else { XCTFail("L=\(l) \(p.schedule): adjoint \(t) from \(String(describing: cur)), expected \(next)", file: file, line: line); return nil }
                // Where the state after the trip is: a slot holding it, the loop's result, or
                // (a binomial schedule only) nowhere.
                switch after {
                case -2: guard t == l - 1 else { XCTFail("L=\(l) \(p.schedule): adjoint \(t) reads the loop's result", file: file, line: line); return nil }
                case -1:
                    guard case .binomial = p.schedule else { XCTFail("L=\(l) \(p.schedule): adjoint \(t) has no next state", file: file, line: line); return nil }
                    outputsRecomputed += 1
                default:
                    guard after < p.slots, slot[after] == t + 1 else {
                        XCTFail("L=\(l) \(p.schedule): adjoint \(t) reads slot \(after), which holds \(String(describing: slot[after]))", file: file, line: line); return nil
                    }
                }
                cur = nil; next -= 1
            }
            peak = max(peak, filled + 1)
        }
        guard next == -1 else { XCTFail("L=\(l) \(p.schedule): trips 0...\(next) never reversed", file: file, line: line); return nil }
        return Run(recomputed: recomputed, peakStates: peak, outputsRecomputed: outputsRecomputed)
    }

    func testStoreAllAndSqrt() throws {
        for l in Array(1...2000) + Array(stride(from: 2001, through: 10_000, by: 7)) + [10_000] {
            let all = try CheckpointPlanner.plan(trips: l, schedule: .storeAll)
            if l <= 300 || l % 97 == 0 {
                let r = try XCTUnwrap(simulate(all))
                XCTAssertEqual(r.recomputed, 0)
            }
            let p = try CheckpointPlanner.plan(trips: l, schedule: .sqrt)
            let r = try XCTUnwrap(simulate(p))
            let s = CheckpointPlanner.sqrtSegment(l)
            XCTAssertEqual(s, Int((Double(l)).squareRoot().rounded(.up)))
            XCTAssertLessThanOrEqual(p.slots + 1, 2 * s + 1, "L=\(l)")
            XCTAssertLessThanOrEqual(r.peakStates, 2 * s + 1, "L=\(l)")
            XCTAssertEqual(r.recomputed, l - (l + s - 1) / s, "L=\(l): one extra pass less the checkpointed states")
        }
    }

    /// Revolve's count by its recursion, to check the closed form the planner promises.
    func revolveByRecursion(_ maxL: Int, _ s: Int) -> [Int] {
        var cost = [[Int]](repeating: [Int](repeating: 0, count: maxL + 1), count: s + 1)
        for n in 0...maxL { cost[1][n] = n * (n - 1) / 2 }
        if s >= 2 {
            for k in 2...s {
                for n in 2...max(2, maxL) where n <= maxL {
                    cost[k][n] = (1..<n).map { m in m + cost[k - 1][n - m] + cost[k][m] }.min()!
                }
            }
        }
        return cost[s]
    }

    func testRevolveClosedFormMatchesRecursion() {
        for s in 1...5 {
            let rec = revolveByRecursion(120, s)
            for l in 1...120 { XCTAssertEqual(CheckpointPlanner.revolveSteps(l, snapshots: s), rec[l], "L=\(l) s=\(s)") }
        }
    }

    func testBinomialAttainsRevolveCount() throws {
        // Every L up to 1,000 and a stride beyond, to 10,000 (s = 1 recomputes O(L²): to 400).
        let lengths = Array(1...1000) + Array(stride(from: 1001, through: 10_000, by: 53)) + [10_000]
        for s in [1, 2, 3, 4, 8, 32] {
            for l in lengths where s > 1 || l <= 400 {
                let p = try CheckpointPlanner.plan(trips: l, schedule: .binomial(s))
                let r = try XCTUnwrap(simulate(p))
                // The primal sweep does Revolve's first sweep (l - 1 steps) and one more step for
                // the loop's result; the adjoint sweep's advances are the rest of Revolve's count.
                XCTAssertEqual(r.recomputed + (l - 1), CheckpointPlanner.revolveSteps(l, snapshots: s), "L=\(l) s=\(s)")
                XCTAssertLessThanOrEqual(p.slots, min(s, l) + 1, "L=\(l) s=\(s): s snapshots and the last state")
                XCTAssertLessThanOrEqual(r.peakStates, min(s, l) + 2, "L=\(l) s=\(s)")
            }
        }
    }

    func testW2Figures() throws {
        let p = try CheckpointPlanner.plan(trips: 1024, schedule: .binomial(32))
        XCTAssertEqual(CheckpointPlanner.revolveSteps(1024, snapshots: 32), 2477)
        XCTAssertLessThanOrEqual(p.recomputed + 1024, Int(2.5 * 1024))
        let q = try CheckpointPlanner.plan(trips: 1024, schedule: .sqrt)
        XCTAssertEqual(q.slots, 63)
        XCTAssertEqual(q.recomputed, 992)
    }

    /// Auto: store-all when every state fits its budget (by default a quarter of physical
    /// memory), else sqrt.
    func testAuto() throws {
        XCTAssertEqual(try CheckpointPlanner.resolve(.auto(1000), trips: 10, stateBytes: 100), .storeAll)
        XCTAssertEqual(try CheckpointPlanner.resolve(.auto(999), trips: 10, stateBytes: 100), .sqrt)
        XCTAssertEqual(try CheckpointPlanner.resolve(.auto(nil), trips: 10, stateBytes: 640), .storeAll)
        let budget = CheckpointPlanner.autoBudget(nil)
        let memory = Int64(ProcessInfo.processInfo.physicalMemory)
        XCTAssertEqual(Double(budget), Double(memory) / 4, accuracy: Double(memory) * 0.01)
        XCTAssertEqual(try CheckpointPlanner.resolve(.auto(nil), trips: 4, stateBytes: Int64(budget / 2)), .sqrt)
        let p = try CheckpointPlanner.plan(trips: 100, schedule: .auto(6400), stateBytes: 64)
        XCTAssertEqual(p.schedule, .storeAll)
        XCTAssertEqual(try XCTUnwrap(simulate(p)).recomputed, 0)
        let q = try CheckpointPlanner.plan(trips: 100, schedule: .auto(6399), stateBytes: 64)
        XCTAssertEqual(q.schedule, .sqrt)
        XCTAssertEqual(try XCTUnwrap(simulate(q)).recomputed, 90)
        XCTAssertEqual(try CheckpointSchedule.parse("auto"), .auto(nil))
        XCTAssertEqual(try CheckpointSchedule.parse("auto:64MB"), .auto(64_000_000))
        XCTAssertThrowsError(try CheckpointSchedule.parse("auto:"))
    }

    func testBudget() throws {
        XCTAssertEqual(try CheckpointPlanner.resolve(.budget(1000), trips: 10, stateBytes: 100), .storeAll)
        XCTAssertEqual(try CheckpointPlanner.resolve(.budget(999), trips: 10, stateBytes: 100), .binomial(8))
        XCTAssertEqual(try CheckpointPlanner.resolve(.budget(200), trips: 10, stateBytes: 100), .binomial(1))
        XCTAssertThrowsError(try CheckpointPlanner.resolve(.budget(199), trips: 10, stateBytes: 100)) { e in
            XCTAssertTrue("\(e)".contains("at least 200 bytes"), "\(e)")
        }
        let p = try CheckpointPlanner.plan(trips: 100, schedule: .budget(20 * 64), stateBytes: 64)
        XCTAssertEqual(p.schedule, .binomial(19))
        XCTAssertLessThanOrEqual(p.slots * 64, 20 * 64)
        XCTAssertEqual(try CheckpointSchedule.parse("budget:64MB"), .budget(64_000_000))
        XCTAssertEqual(try CheckpointSchedule.parse("budget:1GiB"), .budget(1 << 30))
        XCTAssertEqual(try CheckpointSchedule.parse("binomial:32"), .binomial(32))
        XCTAssertEqual(try CheckpointSchedule.parse("store-all"), .storeAll)
        XCTAssertThrowsError(try CheckpointSchedule.parse("binomial:0"))
        XCTAssertThrowsError(try CheckpointSchedule.parse("budget:lots"))
        XCTAssertThrowsError(try CheckpointSchedule.parse("revolve"))
    }
}
