// The simplification pipeline: inlining, constant folding, algebraic identities, CSE, DCE,
// repeated until nothing changes (at most a few rounds), with the verifier after every pass
// (debug builds) or after the pipeline (release).

import Foundation

public protocol Pass {
    var name: String { get }
    /// Rewrites one function of the module; returns true when it changed anything.
    func run(_ f: Function, in m: Module) throws -> Bool
}

extension Pass {
    /// Rewrites every function of the module; returns true when it changed anything.
    public func run(_ m: Module) throws -> Bool {
        var changed = false
        for f in m.functions {
            if try run(f, in: m) { changed = true }
        }
        return changed
    }
}

public enum PassManager {
    public static let simplification: [Pass] = [Inliner(), ConstantFolding(), AlgebraicSimplification(), CSE(), DCE()]
    /// The passes that rewrite a function without looking into its callees: what a derived
    /// function gets before it is differentiated again (inlining then would lose custom
    /// derivatives and loop annotations of the callees).
    public static let local: [Pass] = [ConstantFolding(), AlgebraicSimplification(), CSE(), DCE()]

    /// Whether the verifier runs after every pass (debug builds, so every test does, or
    /// `GRADC_VERIFY_EACH_PASS=1`) or once after the pipeline (release builds: on a long
    /// program the verifier after every pass cost more than the passes).
    public static let verifyEachPass: Bool = {
        #if DEBUG
        return true
        #else
        return ProcessInfo.processInfo.environment["GRADC_VERIFY_EACH_PASS"] == "1"
        #endif
    }()

    public static func simplify(_ m: Module, passes: [Pass] = simplification, rounds: Int = 4) throws {
        func verify(after name: String) throws {
            do { try StageTimer.time("verify") { try Verifier.verify(m) } } catch let e as VerifierError {
                throw VerifierError(messages: ["after \(name):"] + e.messages)
            }
        }
        for _ in 0..<rounds {
            var changed = false
            for p in passes {
                if try StageTimer.time(p.name, { try p.run(m) }) { changed = true }
                if verifyEachPass { try verify(after: p.name) }
            }
            if !changed { break }
        }
        if !verifyEachPass { try verify(after: "simplification (GRADC_VERIFY_EACH_PASS=1 names the pass)") }
    }

    /// The local passes on one function, until nothing changes (at most `rounds` rounds).
    public static func simplify(_ f: Function, in m: Module, rounds: Int = 4) throws {
        for _ in 0..<rounds {
            var changed = false
            for p in local where try StageTimer.time(p.name, { try p.run(f, in: m) }) { changed = true }
            if !changed { break }
        }
        if verifyEachPass {
            let msgs = StageTimer.time("verify") { Verifier.verify(f, m) }
            if !msgs.isEmpty { throw VerifierError(messages: ["after simplifying @\(f.name):"] + msgs) }
        }
    }
}

/// Seconds spent in each stage of a compilation, summed over its runs, printed to stderr at
/// exit when `GRADC_TIME_PASSES=1` (as `-ftime-report` does): the way to find which stage a
/// large program is slow in.
public enum StageTimer {
    nonisolated(unsafe) static var totals: [(name: String, seconds: Double, runs: Int)] = []
    public static let enabled = ProcessInfo.processInfo.environment["GRADC_TIME_PASSES"] == "1"

    public static func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let s = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let k = totals.firstIndex(where: { $0.name == name }) {
                totals[k].seconds += s
                totals[k].runs += 1
            } else {
                totals.append((name, s, 1))
            }
        }
        return try body()
    }

    /// The table, slowest stage first.
    public static func report() -> String {
        totals.sorted { $0.seconds > $1.seconds }
            .map { String(format: "%10.3f s %6d  ", $0.seconds, $0.runs) + $0.name }.joined(separator: "\n")
    }
}

/// Rewrites operands through a substitution map, in place, for a whole region tree.
struct Substitution {
    var map: [ValueID: ValueID] = [:]

    func resolve(_ v: ValueID) -> ValueID {
        var x = v
        while let y = map[x] { x = y }
        return x
    }

    func apply(_ i: inout Inst) {
        if map.isEmpty { return }
        i.operands = i.operands.map(resolve)
    }
}

/// Counts the uses of every value of a function (region terminators included).
func useCounts(_ f: Function) -> [Int] {
    var counts = Array(repeating: 0, count: f.types.count)
    walk(f.body) { i in for o in i.operands { counts[o.index] += 1 } }
    return counts
}
