// `gradc emit ast`: the AST as an indented S-expression, one node per line for statements,
// expressions inline. Deterministic, so it is golden-tested.

import Foundation

public enum ASTPrinter {
    public static func print(_ p: Program) -> String {
        var out = ""
        for item in p.items {
            switch item {
            case .function(let f):
                out += "(fn \(f.name)\(attrs(f.attributes))\n"
                for prm in f.params { out += "  (param \(prm.name) \(type(prm.type)))\n" }
                if let r = f.result { out += "  (result \(type(r)))\n" }
                block(f.body, 1, &out)
                out += ")\n"
            case .derived(let d):
                out += "(derived \(d.name) \(derived(d.transform)))\n"
            case .record(let s):
                out += "(struct \(s.name)\n"
                for f in s.fields { out += "  (field \(f.name) \(type(f.type)))\n" }
                out += ")\n"
            }
        }
        return out
    }

    static func attrs(_ a: [Attribute]) -> String {
        a.map { " @\($0.name)" + ($0.args.isEmpty ? "" : "(" + $0.args.map(arg).joined(separator: " ") + ")") }.joined()
    }

    static func derived(_ d: DerivedExpr) -> String {
        let f: String
        switch d.function {
        case .name(let n, _): f = n
        case .derived(let inner): f = derived(inner)
        }
        let w = d.wrt.map { " (\(d.transform == "vmap" ? "over" : "wrt") " + $0.map(\.name).joined(separator: " ") + ")" } ?? ""
        return "(\(d.transform) \(f)\(w))"
    }

    public static func type(_ t: TypeExpr) -> String {
        switch t {
        case .tensor(let e, let dims, _): return dims.isEmpty ? e : "\(e)[\(dims.map(dim).joined(separator: ", "))]"
        case .tuple(let ts, _): return "(" + ts.map(type).joined(separator: ", ") + ")"
        case .named(let n, _): return n
        }
    }

    public static func dim(_ d: DimExpr) -> String { dim(d, 0) }

    /// A dimension in the fewest parentheses: `level` is 1 right of `-`, 2 beside `*`, 3
    /// right of `/`.
    static func dim(_ d: DimExpr, _ level: Int) -> String {
        func wrap(_ s: String, _ needed: Bool) -> String { needed ? "(\(s))" : s }
        switch d {
        case .int(let v): return String(v)
        case .name(let n): return n
        case .add(let a, let b): return wrap("\(dim(a, 0))+\(dim(b, 0))", level >= 1)
        case .sub(let a, let b): return wrap("\(dim(a, 0))-\(dim(b, 1))", level >= 1)
        case .mul(let a, let b): return wrap("\(dim(a, 2))*\(dim(b, 2))", level >= 3)
        case .div(let a, let b): return wrap("\(dim(a, 2))/\(dim(b, 3))", level >= 3)
        }
    }

    static func block(_ b: Block, _ level: Int, _ out: inout String) {
        for s in b.stmts { stmt(s, level, &out) }
    }

    static func stmt(_ s: Stmt, _ level: Int, _ out: inout String) {
        let pad = String(repeating: "  ", count: level)
        switch s.kind {
        case .binding(let p, let t, let v, let m):
            let name: String
            switch p {
            case .name(let n, _): name = n
            case .tuple(let ns): name = "(" + ns.map(\.0).joined(separator: " ") + ")"
            }
            out += "\(pad)(\(m ? "var" : "let") \(name)\(t.map { " : " + type($0) } ?? "") \(expr(v)))\n"
        case .assign(let t, let op, let v):
            out += "\(pad)(\(op?.rawValue ?? "=") \(expr(t)) \(expr(v)))\n"
        case .ret(let e):
            out += "\(pad)(return\(e.map { " " + expr($0) } ?? ""))\n"
        case .ifElse(let c, let t, let e):
            out += "\(pad)(if \(expr(c))\n\(pad)  (then\n"
            block(t, level + 2, &out)
            out += "\(pad)  )\n"
            if let e {
                out += "\(pad)  (else\n"
                block(e, level + 2, &out)
                out += "\(pad)  )\n"
            }
            out += "\(pad))\n"
        case .forLoop(let v, _, let lo, let hi, let inc, let body, let a):
            out += "\(pad)(for\(attrs(a)) \(v) \(expr(lo)) \(inc ? "..." : "..<") \(expr(hi))\n"
            block(body, level + 1, &out)
            out += "\(pad))\n"
        case .whileLoop(let c, let body, let a):
            out += "\(pad)(while\(attrs(a)) \(expr(c))\n"
            block(body, level + 1, &out)
            out += "\(pad))\n"
        case .expr(let e):
            out += "\(pad)\(expr(e))\n"
        }
    }

    static func arg(_ a: Arg) -> String { (a.label.map { "\($0): " } ?? "") + expr(a.value) }

    public static func expr(_ e: Expr) -> String {
        switch e.kind {
        case .int(let v): return String(v)
        case .float(let v): return String(v)
        case .string(let s): return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .bool(let b): return b ? "true" : "false"
        case .name(let n): return n
        case .tensor(let es): return "[" + es.map(expr).joined(separator: " ") + "]"
        case .tuple(let es): return "(tuple " + es.map(expr).joined(separator: " ") + ")"
        case .unary(let op, let x): return "(\(op.rawValue) \(expr(x)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(expr(a)) \(expr(b)))"
        case .call(let n, _, let args): return "(call \(n)" + args.map { " " + arg($0) }.joined() + ")"
        case .index(let x, let items):
            return "(index \(expr(x))" + items.map { item -> String in
                switch item {
                case .single(let i): return " " + expr(i)
                case .slice(let a, let b, let s, _):
                    return " " + (a.map(expr) ?? "") + ":" + (b.map(expr) ?? "") + (s.map { ":" + expr($0) } ?? "")
                }
            }.joined() + ")"
        case .field(let x, let f): return "(. \(expr(x)) \(f))"
        case .error: return "<error>"
        }
    }
}
