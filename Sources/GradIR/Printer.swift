// `gradc emit ir`: the textual form of the IR. Values are renumbered densely in print order
// and parameters keep their source names, so output is stable and diffable:
//
//   func @predict(%W1: f32[64, 32], %x: f32[n, 64]) -> f32[n, 32] {
//     %0 = matmul %x, %W1 : f32[n, 32]
//     %1 = relu %0 : f32[n, 32]
//     return %1
//   }

import Foundation
import GradTensor

public struct IRPrinter {
    let f: Function
    var names: [ValueID: String] = [:]
    var next = 0
    var out = ""

    public static func print(_ m: Module) -> String {
        var s = ""
        for st in m.structs {
            s += "struct \(st.name) { " + st.fields.map { "\($0.name): \($0.type)" }.joined(separator: "; ") + " }\n"
        }
        if !m.structs.isEmpty { s += "\n" }
        s += m.functions.map { print($0) }.joined(separator: "\n")
        return s
    }

    public static func print(_ f: Function) -> String {
        var p = IRPrinter(f: f)
        return p.run()
    }

    mutating func run() -> String {
        for (v, n) in zip(f.params, f.paramNames) { names[v] = "%" + n }
        let params = f.params.map { "\(name($0)): \(f.type($0))" }.joined(separator: ", ")
        out += "func @\(f.name)(\(params))" + (f.resultType.map { " -> \($0)" } ?? "") + " {\n"
        region(f.body, 1)
        out += "}\n"
        return out
    }

    mutating func name(_ v: ValueID) -> String {
        if let n = names[v] { return n }
        let n = "%\(next)"
        next += 1
        names[v] = n
        return n
    }

    mutating func list(_ vs: [ValueID]) -> String { vs.map { name($0) }.joined(separator: ", ") }

    mutating func region(_ r: Region, _ level: Int) {
        for i in r.insts { inst(i, level) }
    }

    mutating func regionHeader(_ r: Region, _ level: Int) {
        if r.args.isEmpty { return }
        let pad = String(repeating: "  ", count: level)
        out += pad + "^(" + r.args.map { "\(name($0)): \(f.type($0))" }.joined(separator: ", ") + "):\n"
    }

    mutating func inst(_ i: Inst, _ level: Int) {
        let pad = String(repeating: "  ", count: level)
        let ops = list(i.operands)
        switch i.op {
        case .yield, .ret:
            out += pad + i.op.name + (ops.isEmpty ? "" : " " + ops) + "\n"
            return
        case .save(let path):
            out += pad + "save \"\(path)\", \(ops)\n"
            return
        case .makeDirectory(let path):
            out += pad + "mkdir \"\(path)\"\n"
            return
        case .printNorms(let names, let quiet):
            let values = i.operands.map { name($0) }
            out += pad + "print_norms" + (quiet ? " {quiet}" : "") + " [" + names.map(quote).joined(separator: ", ") + "] " + values.joined(separator: ", ") + "\n"
            return
        case .print(let parts):
            var k = 0
            var items: [String] = []
            for p in parts {
                if let s = p { items.append(quote(s)) } else { items.append(name(i.operands[k])); k += 1 }
            }
            out += pad + "print " + items.joined(separator: ", ") + "\n"
            return
        default: break
        }
        let results = list(i.results)
        let types = i.results.map { f.type($0).description }.joined(separator: ", ")
        let head = pad + (results.isEmpty ? "" : results + " = ")
        switch i.op {
        case .forLoop, .whileLoop, .ifElse:
            let attr = i.checkpoint.map { " @checkpoint(\($0))" } ?? ""
            out += head + i.op.name + " " + ops + " : (" + types + ")" + attr + " {\n"
            for (k, r) in i.regions.enumerated() {
                if k > 0 { out += pad + "} " + (i.op == .ifElse ? "else" : "do") + " {\n" }
                regionHeader(r, level + 1)
                region(r, level + 1)
            }
            out += pad + "}\n"
        default:
            let attr = attributes(i.op)
            out += head + i.op.name + (attr.isEmpty ? "" : " " + attr) + (ops.isEmpty ? "" : " " + ops) + " : " + types + "\n"
        }
    }

    func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// `{$0 = x[a:b], $1; t2 = square $0; t3 = sub $1, t2}`: the inputs (how each reads its
    /// operands, for those that are not whole tensors) and the steps; the last is the result.
    public static func kernel(_ k: FusedKernel) -> String {
        func bounds(_ row: Bool, _ a: Bool, _ b: Bool) -> String { row ? "[i]" : "[" + (a ? "a" : "") + ":" + (b ? "b" : "") + "]" }
        func kind(_ input: FusedInput) -> String {
            switch input {
            case .full: return ""
            case .scalar: return "scalar"
            case .broadcast: return "broadcast"
            case .window(let row, let a, let b): return "x" + bounds(row, a, b)
            case .scattered(let row, let a, let b): return "scatter" + bounds(row, a, b)
            case .frame(let row, let a, let b): return "frame" + bounds(row, a, b)
            case .framed(let inner, let f): return (kind(inner).isEmpty ? "" : kind(inner) + " ") + "in $\(f)"
            }
        }
        let inputs = k.inputs.enumerated().map { n, input -> String in
            let s = kind(input)
            return "$\(n)" + (s.isEmpty ? "" : " = " + s)
        }
        var names: [String] = []
        var steps: [String] = []
        for (n, step) in k.steps.enumerated() {
            switch step {
            case .input(let x): names.append("$\(x)")
            case .constant(let c): names.append(Format.scalar(Tensor.scalar(c)))
            case .unary(let fn, let a): names.append("t\(n)"); steps.append("t\(n) = \(fn.rawValue) \(names[a])")
            case .binary(let fn, let a, let b): names.append("t\(n)"); steps.append("t\(n) = \(fn.rawValue) \(names[a]), \(names[b])")
            case .masked(let a, let f): names.append("t\(n)"); steps.append("t\(n) = \(names[a]) in $\(f)")
            }
        }
        if steps.isEmpty { steps.append(names.last ?? "") }
        return "{" + inputs.joined(separator: ", ") + "; " + steps.joined(separator: "; ") + "}"
    }

    func attributes(_ op: Op) -> String {
        switch op {
        case .constant(let t): return Format.tensor(t).replacingOccurrences(of: "\n", with: "")
        case .dimSize(let n): return n
        case .reduce(_, let axis, let keep):
            var a: [String] = []
            if let axis { a.append("axis: \(axis)") }
            if keep { a.append("keepdims") }
            return a.isEmpty ? "" : "{" + a.joined(separator: ", ") + "}"
        case .transpose(let p): return p.map { "{perm: \($0)}" } ?? ""
        case .expandDims(let a): return "{axis: \(a)}"
        case .squeeze(let a): return a.map { "{axis: \($0)}" } ?? ""
        case .concat(let a): return "{axis: \(a)}"
        case .index(let axes), .scatterAdd(let axes):
            return "[" + axes.map { ax -> String in
                switch ax {
                case .at: return "i"
                case .range(let s, let e, let st): return (s ? "a" : "") + ":" + (e ? "b" : "") + (st == 1 ? "" : ":\(st)")
                }
            }.joined(separator: ", ") + "]"
        case .fused(let k): return IRPrinter.kernel(k)
        case .gemm(let g):
            let a = (g.transA ? ["transA"] : []) + (g.transB ? ["transB"] : []) + (g.accumulate ? ["accumulate"] : [])
                + (g.rowA ? ["rowA"] : []) + (g.rowB ? ["rowB"] : [])
            return a.isEmpty ? "" : "{" + a.joined(separator: ", ") + "}"
        case .load(let p): return quote(p)
        case .progress(let quiet): return quiet ? "{quiet}" : ""
        case .call(let n): return "@" + n
        case .record(let n): return n
        case .extract(let k), .field(let k): return "\(k)"
        default: return ""
        }
    }
}
