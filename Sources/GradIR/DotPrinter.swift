// `gradc emit dot`: functions' dataflow as a Graphviz graph (`dot -Tsvg` draws it). A node is
// a value — a parameter, an operation's result (its op, its type, its source name) — and an
// edge goes from each operand to the value made from it. Loops and branches are boxes holding
// their bodies: a loop's carried values enter from their initial values and leave for its
// results (dashed: a trip's yield). In a derivative function the derivative values are orange
// — the direction parameters (a JVP's tangents, a VJP's cotangent), the adjoints reverse mode
// names d_x, and everything computed from them (a loop's carried value when what enters or
// is yielded into it is one) — the primal's blue, and tapes (the stacked loop states reverse
// mode keeps) grey cylinders. Output is deterministic, in program order.

import GradTensor

public enum DotPrinter {
    /// `functions`: each with its title and, for a derived function, how many of its
    /// parameters are the primal's (the rest are directions).
    public static func print(_ functions: [(Function, String, Int?)]) -> String {
        var out = """
        digraph gradc {
          rankdir=TB;
          node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, fillcolor="#dbe9f6", color="#4a6f96"];
          edge [color="#666666", arrowsize=0.6];
          subgraph cluster_legend {
            label="legend"; fontname="Helvetica"; fontsize=10; color="#bbbbbb";
            legend_primal [label="primal value"];
            legend_derivative [label="adjoint / tangent", fillcolor="#fde0c5", color="#b36b00"];
            legend_tape [label="tape", shape=cylinder, fillcolor="#e5e5e5", color="#777777"];
            legend_param [label="parameter", shape=ellipse, fillcolor="#ffffff"];
            legend_primal -> legend_derivative -> legend_tape -> legend_param [style=invis];
          }

        """
        for (k, (f, title, primalParams)) in functions.enumerated() {
            var p = FunctionGraph(f: f, prefix: "f\(k)_")
            p.derivative = FunctionGraph.derivativeValues(f, primalParams: primalParams)
            p.run()
            out += "  subgraph cluster_f\(k) {\n    label=\(quote(title)); fontname=\"Helvetica\"; fontsize=12; color=\"#888888\";\n"
            out += p.text
            out += "  }\n"
            out += p.edges
        }
        return out + "}\n"
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    struct FunctionGraph {
        let f: Function
        let prefix: String
        var text = ""
        var edges = ""
        var clusters = 0
        var derivative = Set<Int>()
        var definer: [Int: Op] = [:]

        init(f: Function, prefix: String) {
            self.f = f
            self.prefix = prefix
        }

        func node(_ v: ValueID) -> String { prefix + "v\(v.index)" }

        func label(_ v: ValueID, _ what: String) -> String {
            let name = f.names[v].map { $0 + " = " } ?? ""
            return "%\(v.index) \(name)\(what)\n\(f.type(v))"
        }

        func isTape(_ v: ValueID) -> Bool {
            if let n = f.names[v], n.hasPrefix("tape_") || n.hasPrefix("saved_") { return true }
            switch definer[v.index] {
            case .stackAlloc?, .setIndex?: return true
            default: return false
            }
        }

        /// The derivative values of a derived function (see the top), to a fixed point: a
        /// loop's carried value can become one through what a later trip yields into it.
        static func derivativeValues(_ f: Function, primalParams: Int?) -> Set<Int> {
            guard let primalParams else { return [] }
            var d = Set(f.params.dropFirst(primalParams).map(\.index))
            var changed = true
            func visit(_ r: Region) {
                for i in r.insts {
                    // (a loop's or a branch's results: position by position, from what flows
                    // into each, below; a reverse sweep also carries primal values)
                    let from = i.regions.isEmpty && i.operands.contains { d.contains($0.index) }
                    for v in i.results where (from || (f.names[v]?.hasPrefix("d_") ?? false)) && d.insert(v.index).inserted { changed = true }
                    guard !i.regions.isEmpty else { continue }
                    let inits: [ValueID] = i.op == .forLoop ? Array(i.operands.dropFirst(2)) : i.op == .whileLoop ? i.operands : []
                    for (r, x) in zip(i.results, inits) where d.contains(x.index) && d.insert(r.index).inserted { changed = true }
                    for sub in i.regions {
                        let carried = i.op == .forLoop ? Array(sub.args.dropFirst()) : sub.args
                        let yielded = sub.terminator.map { $0.op == .yield ? $0.operands : [] } ?? []
                        for (n, a) in carried.enumerated() {
                            let into = (n < inits.count && d.contains(inits[n].index)) || (n < yielded.count && i.op != .ifElse && d.contains(yielded[n].index))
                            if into && d.insert(a.index).inserted { changed = true }
                        }
                        visit(sub)
                        if i.op != .whileLoop || sub.args == i.regions.last?.args {
                            for (r, y) in zip(i.results, yielded) where d.contains(y.index) && d.insert(r.index).inserted { changed = true }
                        }
                    }
                }
            }
            while changed {
                changed = false
                visit(f.body)
            }
            return d
        }

        mutating func mark(_ i: Inst) {
            for r in i.results { definer[r.index] = i.op }
        }

        func style(_ v: ValueID) -> String {
            if isTape(v) { return ", shape=cylinder, fillcolor=\"#e5e5e5\", color=\"#777777\"" }
            if derivative.contains(v.index) { return ", fillcolor=\"#fde0c5\", color=\"#b36b00\"" }
            return ""
        }

        mutating func run() {
            for (p, n) in zip(f.params, f.paramNames) {
                let fill = derivative.contains(p.index) ? "fillcolor=\"#fde0c5\", color=\"#b36b00\"" : "fillcolor=\"#ffffff\""
                text += "    \(node(p)) [label=\(DotPrinter.quote("\(n)\n\(f.type(p))")), shape=ellipse, \(fill)];\n"
            }
            region(f.body, indent: "    ")
        }

        mutating func edge(_ a: ValueID, _ b: ValueID, dashed: Bool = false) {
            edges += "  \(node(a)) -> \(node(b))\(dashed ? " [style=dashed]" : "");\n"
        }

        mutating func region(_ r: Region, indent: String) {
            for i in r.insts {
                mark(i)
                switch i.op {
                case .yield:
                    continue
                case .ret:
                    let v = i.operands.first
                    text += indent + "\(prefix)ret [label=\"return\", shape=plaintext, style=\"\"];\n"
                    if let v { edges += "  \(node(v)) -> \(prefix)ret;\n" }
                case .forLoop, .whileLoop, .ifElse:
                    let kind = i.op == .forLoop ? "for" : i.op == .whileLoop ? "while" : "if"
                    let carriedInits: [ValueID] = i.op == .forLoop ? Array(i.operands.dropFirst(2)) : i.op == .whileLoop ? i.operands : []
                    for (k, sub) in i.regions.enumerated() {
                        clusters += 1
                        let part = kind == "if" ? (k == 0 ? "if (then)" : "if (else)") : kind == "while" ? (k == 0 ? "while (condition)" : "while (body)") : "for (body)"
                        text += indent + "subgraph cluster_\(prefix)\(clusters) {\n" + indent + "  label=\(DotPrinter.quote(part)); style=dashed; color=\"#999999\";\n"
                        for (n, a) in sub.args.enumerated() {
                            let what = i.op == .forLoop && n == 0 ? "trip" : "carried"
                            let from = i.op == .forLoop ? (n == 0 ? i.operands[0] : carriedInits[n - 1]) : n < carriedInits.count ? carriedInits[n] : nil
                            text += indent + "  \(node(a)) [label=\(DotPrinter.quote(label(a, what)))\(style(a))];\n"
                            if let from { edge(from, a) }
                        }
                        region(sub, indent: indent + "  ")
                        text += indent + "}\n"
                        // what a trip yields, to the next trip's carried values and the results
                        if let y = sub.terminator, y.op == .yield {
                            let targets = i.op == .ifElse ? i.results : (i.op == .whileLoop && k == 0 ? [] : i.results)
                            for (o, t) in zip(y.operands, targets) { edge(o, t, dashed: true) }
                        }
                    }
                    if i.op == .ifElse { edge(i.operands[0], i.results.first ?? i.operands[0]) }
                    for r in i.results {
                        text += indent + "\(node(r)) [label=\(DotPrinter.quote(label(r, kind + " result")))\(style(r))];\n"
                    }
                default:
                    guard !i.results.isEmpty else {
                        // an effect (print, save, progress): a node of its own
                        clusters += 1
                        let id = "\(prefix)e\(clusters)"
                        text += indent + "\(id) [label=\(DotPrinter.quote(i.op.name)), shape=note, fillcolor=\"#ffffff\"];\n"
                        for o in i.operands { edges += "  \(node(o)) -> \(id);\n" }
                        continue
                    }
                    let what: String
                    if case .constant(let t) = i.op { what = t.count <= 4 ? "const " + Format.tensor(t).replacingOccurrences(of: "\n", with: "") : "const" } else { what = i.op.name }
                    for r in i.results { text += indent + "\(node(r)) [label=\(DotPrinter.quote(label(r, what)))\(style(r))];\n" }
                    for o in i.operands { for r in i.results { edge(o, r) } }
                }
            }
        }
    }
}
