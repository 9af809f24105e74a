// `gradc emit plan`: for each loop that reverse mode differentiates, the schedule that keeps
// its states, what it stores and what it recomputes. Figures come from the planner itself
// when the trip count and state size are known at compile time, else as formulas in them.

import GradAD
import GradIR
import GradSyntax
import GradTensor

enum PlanReport {
    static func render(_ plans: [LoopPlanReport], file: SourceFile, only: String?) -> String {
        let shown = plans.filter { only == nil || $0.function == only }
        if shown.isEmpty {
            return only.map { "// no loop of '\($0)' is differentiated in reverse mode\n" }
                ?? "// \(file.path): reverse mode differentiates no loop\n"
        }
        return shown.map { render($0, file) }.joined(separator: "\n")
    }

    static func render(_ p: LoopPlanReport, _ file: SourceFile) -> String {
        var out = "\(file.path):\(p.loc.line):\(p.loc.column): \(p.kind) loop in \(p.function)\n"
        func row(_ k: String, _ v: String) { out += "  " + k.padding(toLength: 19, withPad: " ", startingAt: 0) + v + "\n" }
        let line = file.lines.indices.contains(Int(p.loc.line) - 1) ? file.lines[Int(p.loc.line) - 1].trimmingCharacters(in: .whitespaces) : ""
        if !line.isEmpty { row("source", line) }
        row("carries", p.carried.map { "\($0.name): \($0.type)" }.joined(separator: ", "))
        row("schedule", "\(p.schedule)" + (p.fromAttribute ? " (from @checkpoint)" : ""))
        row("trips", p.trips.map(String.init) ?? (p.kind == "while"
            ? "L, counted by a first run of the loop; a second run stores the plan's states (planned at run time)"
            : "\(p.tripsText) (planned at run time)"))
        row("state", p.stateBytes.map { "\($0) bytes" } ?? "\(p.stateBytesText) bytes")
        // With the trip count known, the planner itself gives the figures (a budget also needs
        // the state's size); the bytes are a product with the state's size, or a formula in it.
        if let l = p.trips, p.stateBytes != nil || !p.schedule.resolvesBySize {
            do {
                let plan = try CheckpointPlanner.plan(trips: l, schedule: p.schedule, stateBytes: Int64(p.stateBytes ?? 0))
                if case .auto(let b) = p.schedule, let x = p.stateBytes {
                    let fits = plan.schedule == .storeAll
                    row("resolved to", "\(plan.schedule): \(l) states of \(x) bytes \(fits ? "fit" : "exceed") " + autoBudget(b))
                } else if p.schedule.resolvesBySize { row("resolved to", "\(plan.schedule)") }
                row("stored states", "\(plan.slots) (and one working state)")
                row("peak stored bytes", p.stateBytes.map { "\(plan.slots * $0)" + human(plan.slots * $0) } ?? "\(plan.slots) · \(p.stateBytesText)")
                let ratio = Double(l + plan.recomputed) / Double(max(l, 1))
                row("recomputed steps", "\(plan.recomputed) (primal steps in all: \(l + plan.recomputed) = \(fixed(ratio))·L)")
            } catch {
                row("error", "\(error)")
            }
            return out
        }
        let L = p.trips.map(String.init) ?? p.tripsText
        let X = p.stateBytes.map(String.init) ?? p.stateBytesText
        let sq = "⌈√\(L)⌉"
        switch p.schedule {
        case .storeAll:
            row("stored states", L)
            row("peak stored bytes", "\(L) · \(X)")
            row("recomputed steps", "0")
        case .sqrt:
            row("stored states", "⌈\(L)/\(sq)⌉ + \(sq) − 1 ≤ 2\(sq) − 1")
            row("peak stored bytes", "≤ (2\(sq) − 1) · \(X)")
            row("recomputed steps", "\(L) − ⌈\(L)/\(sq)⌉")
        case .binomial(let s):
            row("stored states", "≤ \(s + 1) (\(s) snapshots and the last state)")
            row("peak stored bytes", "≤ \(s + 1) · \(X)")
            row("recomputed steps", "r·\(L) − C(\(s)+r, \(s + 1)) − (\(L) − 1), r the least with C(\(s)+r, \(s)) ≥ \(L)")
        case .budget(let b):
            row("stored states", "store-all if \(L) · \(X) ≤ \(b), else binomial:⌊\(b)/(\(X))⌋ − 1 (chosen at run time)")
            row("peak stored bytes", "≤ \(b)")
            row("recomputed steps", "as the chosen schedule")
        case .auto(let b):
            row("stored states", "\(L) (store-all) if \(L) · \(X) bytes fit " + autoBudget(b) + ", else as sqrt (chosen at run time)")
            row("peak stored bytes", "≤ " + (b.map { "\($0)" } ?? "the budget"))
            row("recomputed steps", "0 (store-all), or as sqrt")
        }
        return out
    }

    /// The budget auto compares the states with, as the plan says it (not the machine's size,
    /// so that the output does not depend on the machine).
    static func autoBudget(_ b: Int64?) -> String {
        b.map { "the auto budget of \($0) bytes" } ?? "the auto budget (a quarter of physical memory)"
    }

    static func human(_ n: Int) -> String {
        if n >= 1 << 20 { return " (\(fixed(Double(n) / 1_048_576)) MiB)" }
        if n >= 1 << 10 { return " (\(fixed(Double(n) / 1024)) KiB)" }
        return ""
    }

    static func fixed(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        var s = "\(r)"
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) == 2 { s += "0" }
        return s
    }
}
