// `gradc emit grad`: IR printed back as Grad source, so derivative code can be read, edited
// and compiled again.
//
//   - values keep their source names (h, logits) and adjoints are d_<name>, made unique with
//     _2, _3 in program order; other values used once in the same region are inlined into the
//     expression that uses them, with parentheses only where precedence needs them;
//   - a loop prints as `var` declarations of its carried values and a `for` or `while` whose
//     body ends by assigning the next values; an if with results declares them first;
//   - each group of statements is preceded by a comment naming the source line it computes,
//     or, in the adjoint sweep, the line whose adjoint it is.

import Foundation
import GradTensor

public struct GradPrinter {
    let m: Module
    let f: Function
    let source: [Substring]
    var names: [ValueID: String] = [:]
    var taken: Set<String> = []
    var exprs: [ValueID: (String, Int)] = [:]
    var uses: [Int]
    var defRegion: [ValueID: Int] = [:]
    var useRegion: [ValueID: Int] = [:]
    var out = ""
    var lastComment: (Int32, Bool) = (-1, false)
    /// The line number a comment shows for a line of `source` (the REPL compiles assembled
    /// source and shows the lines as they were typed).
    var lineNumber: (Int) -> Int = { $0 }

    /// Prints `f` as Grad source; `header` is a comment line to put above it.
    public static func print(_ f: Function, module: Module, source: String, header: String? = nil,
                             lineNumber: ((Int) -> Int)? = nil) -> String {
        var p = GradPrinter(m: module, f: f, source: source.split(separator: "\n", omittingEmptySubsequences: false), uses: [])
        if let lineNumber { p.lineNumber = lineNumber }
        return p.run(header)
    }

    static let keywords: Set<String> = ["fn", "let", "var", "return", "if", "else", "for", "in", "while", "struct", "true", "false"]

    mutating func run(_ header: String?) -> String {
        uses = Array(repeating: 0, count: f.types.count)
        var nextRegion = 0
        func scan(_ r: Region, _ id: Int) {
            for a in r.args { defRegion[a] = id }
            for i in r.insts {
                for o in i.operands { uses[o.index] += 1; useRegion[o] = id }
                for sub in i.regions { nextRegion += 1; scan(sub, nextRegion) }
                for res in i.results { defRegion[res] = id }
            }
        }
        scan(f.body, 0)
        if let header { out += "// \(header)\n" }
        let params = f.params.map { p -> String in "\(name(p)): \(f.type(p))" }.joined(separator: ", ")
        out += "fn \(f.name)(\(params))" + (f.resultType.map { " -> \($0)" } ?? "") + " {\n"
        region(f.body, 1)
        out += "}\n"
        return out
    }

    // MARK: - Names

    mutating func fresh(_ base: String) -> String {
        var b = base.isEmpty || GradPrinter.keywords.contains(base) ? "v" : base
        if b.first!.isNumber { b = "v" + b }
        // Suffixes are tried from where the last name of this base stopped (names are only
        // ever added), so n temporaries cost O(n), not O(n²).
        if b == "t" || b == "v" {
            var k = nextSuffix[b] ?? 1
            while taken.contains("\(b)\(k)") { k += 1 }
            taken.insert("\(b)\(k)")
            nextSuffix[b] = k + 1
            return "\(b)\(k)"
        }
        if taken.insert(b).inserted { return b }
        var k = nextSuffix[b] ?? 2
        while taken.contains("\(b)_\(k)") { k += 1 }
        taken.insert("\(b)_\(k)")
        nextSuffix[b] = k + 1
        return "\(b)_\(k)"
    }
    var nextSuffix: [String: Int] = [:]

    mutating func name(_ v: ValueID) -> String {
        if let n = names[v] { return n }
        let n = fresh(f.names[v] ?? "t")
        names[v] = n
        return n
    }

    /// The expression for `v` at precedence `min` or tighter.
    mutating func ref(_ v: ValueID, _ min: Int = 0) -> String {
        if let (e, p) = exprs[v] { return p >= min ? e : "(\(e))" }
        return name(v)
    }

    // MARK: - Statements

    mutating func comment(_ i: Inst, _ pad: String) {
        let key = (i.loc.line, i.loc.adjoint)
        guard i.loc.line > 0, key != lastComment, i.op != .ret else { return }
        lastComment = key
        let text = Int(i.loc.line) <= source.count ? source[Int(i.loc.line) - 1].trimmingCharacters(in: .whitespaces) : ""
        let short = text.count > 70 ? String(text.prefix(67)) + "..." : text
        out += pad + "// " + (i.loc.adjoint ? "adjoint of line" : "line") + " \(lineNumber(Int(i.loc.line))): \(short)\n"
    }

    func inlinable(_ i: Inst) -> Bool {
        guard i.results.count == 1, i.regions.isEmpty, i.op.isPure else { return false }
        if case .scatterAdd = i.op { return false }
        let v = i.result
        if case .constant(let t) = i.op, t.rank == 0 || t.count <= 4 { return true }
        if case .dimSize = i.op { return true }
        return uses[v.index] == 1 && f.names[v] == nil && defRegion[v] == useRegion[v]
    }

    /// Values defined so far in each enclosing region, innermost last, so a variable whose
    /// type cannot be written can be declared from one of the same type.
    var inScope: [[ValueID]] = [[]]

    mutating func region(_ r: Region, _ level: Int) {
        let pad = String(repeating: "  ", count: level)
        inScope.append(r.args)
        for i in r.insts {
            statement(i, pad, level)
            inScope[inScope.count - 1] += i.results
        }
        inScope.removeLast()
    }

    /// A value in scope of type `t`, newest first.
    func inScopeValue(of t: IRType) -> ValueID? {
        for frame in inScope.reversed() { if let v = frame.reversed().first(where: { f.type($0) == t }) { return v } }
        return nil
    }

    func printable(_ t: IRType) -> Bool { !t.description.contains("?") }

    /// A Grad expression for zeros of type `t` (a record field by field), when its sizes can
    /// be written.
    func zeros(_ t: IRType) -> String? {
        switch t {
        case .tensor(let d, let dims):
            guard printable(t) else { return nil }
            return "zeros([\(dims.map(\.description).joined(separator: ", "))], dtype: \(d.rawValue))"
        case .record(let n):
            guard let sd = m.structDef(n) else { return nil }
            var parts: [String] = []
            for fd in sd.fields {
                guard let z = zeros(fd.type) else { return nil }
                parts.append("\(fd.name): \(z)")
            }
            return "\(n)(\(parts.joined(separator: ", ")))"
        case .tuple: return nil
        }
    }

    mutating func statement(_ i: Inst, _ pad: String, _ level: Int) {
        if i.op == .yield { return }
        if inlinable(i), let e = expression(i) {
            exprs[i.result] = e
            return
        }
        comment(i, pad)
        switch i.op {
        case .ret:
            out += pad + "return" + (i.operands.first.map { " " + ref($0) } ?? "") + "\n"
        case .print(let parts):
            var k = 0
            let items = parts.map { p -> String in
                if let s = p { return quote(s) }
                defer { k += 1 }
                return ref(i.operands[k])
            }
            out += pad + "print(" + items.joined(separator: ", ") + ")\n"
        case .save(let path):
            out += pad + "save(\(quote(path)), \(ref(i.operands[0])))\n"
        case .makeDirectory:
            break       // printed as the save of the record it was lowered from would be: not in derivative code
        case .printNorms(let names, let quiet):
            // the line print_norms printed (its log entry is not kept)
            if !quiet { out += pad + "print(" + (["\"norms\""] + zip(names, i.operands).flatMap { [quote($0), ref($1)] }).joined(separator: ", ") + ")\n" }
        case .progress(let quiet):
            out += pad + "progress(" + i.operands.map { ref($0) }.joined(separator: ", ") + (quiet ? ", print: false" : "") + ")\n"
        case .load(let path):
            out += pad + "let \(name(i.result)): \(f.type(i.result)) = load(\(quote(path)))\n"
        case .assertType:
            let t = f.type(i.result)
            out += pad + "let \(name(i.result))" + (printable(t) ? ": \(t)" : "") + " = \(ref(i.operands[0]))\n"
        case .extract:
            if names[i.result] == nil { destructure(i.operands[0], pad) }
        case .scatterAdd(let axes):
            let n = name(i.result)
            out += pad + "var \(n) = zeros_like(\(ref(i.operands[1])))\n"
            out += pad + "\(n)[\(indexText(axes, Array(i.operands.dropFirst(2))))] += \(ref(i.operands[0]))\n"
        case .forLoop: forLoop(i, pad, level)
        case .whileLoop: whileLoop(i, pad, level)
        case .ifElse: ifElse(i, pad, level)
        case .call:
            let call = expression(i)!.0
            if i.results.isEmpty { out += pad + call + "\n" } else { out += pad + "let \(name(i.result)) = \(call)\n" }
        default:
            guard let e = expression(i) else {
                out += pad + "// (cannot print \(i.op.name))\n"
                return
            }
            out += pad + "let \(name(i.result)) = \(e.0)\n"
        }
    }

    /// `let (a, b) = t` for every extract of tuple `t` in this function.
    mutating func destructure(_ t: ValueID, _ pad: String) {
        guard case .tuple(let ts) = f.type(t) else { return }
        var parts = [ValueID?](repeating: nil, count: ts.count)
        walk(f.body) { x in
            if case .extract(let k) = x.op, x.operands[0] == t, parts[k] == nil { parts[k] = x.result }
        }
        var resolved: [String] = []
        for p in parts { resolved.append(p.map { name($0) } ?? fresh("unused")) }
        out += pad + "let (" + resolved.joined(separator: ", ") + ") = \(ref(t))\n"
    }

    mutating func carriedNames(_ results: [ValueID], _ argLists: [[ValueID]]) -> [String] {
        results.enumerated().map { k, r in
            let n = name(r)
            for args in argLists where k < args.count { names[args[k]] = n }
            return n
        }
    }

    mutating func assignNext(_ names: [String], _ ys: [ValueID], _ pad: String) {
        let vals = ys.map { ref($0) }
        // Assign through temporaries when a new value reads a variable assigned before it.
        func words(_ s: String) -> Set<Substring> { Set(s.split { !($0.isLetter || $0.isNumber || $0 == "_") }) }
        let clash = vals.enumerated().contains { k, v in names.enumerated().contains { j, n in j < k && words(v).contains(Substring(n)) } }
        if clash {
            let temps = vals.map { v -> String in let t = fresh("next"); out += pad + "let \(t) = \(v)\n"; return t }
            for (n, t) in zip(names, temps) { out += pad + "\(n) = \(t)\n" }
        } else {
            for (n, v) in zip(names, vals) where n != v { out += pad + "\(n) = \(v)\n" }
        }
    }

    mutating func forLoop(_ i: Inst, _ pad: String, _ level: Int) {
        let body = i.regions[0]
        let inits = Array(i.operands.dropFirst(2)).map { ref($0) }
        let vars = carriedNames(i.results, [Array(body.args.dropFirst())])
        for (n, v) in zip(vars, inits) { out += pad + "var \(n) = \(v)\n" }
        let iv = name(body.args[0])
        if let c = i.checkpoint { out += pad + "@checkpoint(\"\(c)\")\n" }
        out += pad + "for \(iv) in \(ref(i.operands[0], 6))..<\(ref(i.operands[1], 6)) {\n"
        region(body, level + 1)
        assignNext(vars, body.terminator?.operands ?? [], pad + "  ")
        out += pad + "}\n"
    }

    mutating func whileLoop(_ i: Inst, _ pad: String, _ level: Int) {
        let (cond, body) = (i.regions[0], i.regions[1])
        let inits = i.operands.map { ref($0) }
        let vars = carriedNames(i.results, [cond.args, body.args])
        for (n, v) in zip(vars, inits) { out += pad + "var \(n) = \(v)\n" }
        let keep = fresh("going")
        region(cond, level)
        out += pad + "var \(keep) = \(ref(cond.terminator!.operands[0]))\n"
        if let c = i.checkpoint { out += pad + "@checkpoint(\"\(c)\")\n" }
        out += pad + "while \(keep) {\n"
        region(body, level + 1)
        assignNext(vars, body.terminator?.operands ?? [], pad + "  ")
        let saved = exprs
        region(cond, level + 1)
        out += pad + "  \(keep) = \(ref(cond.terminator!.operands[0]))\n"
        exprs = saved
        out += pad + "}\n"
    }

    mutating func ifElse(_ i: Inst, _ pad: String, _ level: Int) {
        let vars = i.results.map { name($0) }
        var inside = Set<ValueID>()
        for r in i.regions { walk(r) { x in inside.formUnion(x.results) } }
        for (k, (n, r)) in zip(vars, i.results).enumerated() {
            let t = f.type(r)
            // A named value a branch yields from before the if declares the variable; else
            // zeros of its type, or when that cannot be written (sizes known only at run
            // time) any value in scope of the same type.
            let outer = i.regions.compactMap { $0.terminator?.operands[k] }.first { !inside.contains($0) }
            if let outer, exprs[outer] == nil {
                out += pad + "var \(n) = \(ref(outer))\n"
            } else if let z = zeros(t) {
                out += pad + "var \(n) = \(z)\n"
            } else if let outer {
                out += pad + "var \(n) = \(ref(outer))\n"
            } else if let v = inScopeValue(of: t) {
                out += pad + "var \(n) = \(ref(v))\n"
            } else {
                out += pad + "// (cannot declare \(n): \(t))\n"
            }
        }
        out += pad + "if \(ref(i.operands[0])) {\n"
        region(i.regions[0], level + 1)
        assignNext(vars, i.regions[0].terminator?.operands ?? [], pad + "  ")
        out += pad + "} else {\n"
        region(i.regions[1], level + 1)
        assignNext(vars, i.regions[1].terminator?.operands ?? [], pad + "  ")
        out += pad + "}\n"
    }

    // MARK: - Expressions

    func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func literal(_ x: Double) -> (String, Int) {
        if x.isNaN { return ("(0.0 / 0.0)", 10) }
        if x.isInfinite { return (x < 0 ? "(-1.0 / 0.0)" : "(1.0 / 0.0)", 10) }
        let s = x.description
        return (s, s.hasPrefix("-") ? 8 : 10)
    }

    func constant(_ t: Tensor) -> (String, Int) {
        func elem(_ k: Int) -> String {
            switch t.storage {
            case .f64(let a): return GradPrinter.literal(a[k]).0
            case .f32(let a): return GradPrinter.literal(Double(a[k])).0
            case .i32(let a): return String(a[k])
            case .bool(let a): return a[k] ? "true" : "false"
            }
        }
        var body: (String, Int)
        if t.rank == 0 {
            body = t.dtype == .f64 || t.dtype == .f32 ? GradPrinter.literal(t.scalarValue) : (elem(0), t.scalarValue < 0 ? 8 : 10)
        } else {
            var k = 0
            func nest(_ d: Int) -> String {
                if d == t.rank { defer { k += 1 }; return elem(k) }
                return "[" + (0..<t.shape[d]).map { _ in nest(d + 1) }.joined(separator: ", ") + "]"
            }
            body = (t.count == 0 ? "zeros([\(t.shape.map(String.init).joined(separator: ", "))], dtype: \(t.dtype.rawValue))" : nest(0), 10)
        }
        return t.dtype == .f32 ? ("f32(\(body.0))", 10) : body
    }

    static let binaryText: [BinaryFn: (String, Int)] = [
        .add: ("+", 6), .sub: ("-", 6), .mul: ("*", 7), .div: ("/", 7),
        .eq: ("==", 5), .ne: ("!=", 5), .lt: ("<", 5), .le: ("<=", 5), .gt: (">", 5), .ge: (">=", 5),
        .and: ("&&", 4), .or: ("||", 3),
    ]

    /// `key: ` for a random op drawing with a key (an i32[2]), `seed: ` for an i32 seed.
    func seedLabel(_ v: ValueID) -> String { f.type(v).isScalar ? "seed: " : "key: " }

    mutating func call(_ fn: String, _ args: [String]) -> (String, Int) { ("\(fn)(\(args.joined(separator: ", ")))", 10) }

    mutating func dims(_ vs: ArraySlice<ValueID>) -> String { "[" + vs.map { ref($0) }.joined(separator: ", ") + "]" }

    mutating func indexText(_ axes: [IndexAxis], _ dyn: [ValueID]) -> String {
        var k = 0
        return axes.map { ax -> String in
            switch ax {
            case .at: defer { k += 1 }; return ref(dyn[k])
            case .range(let hs, let he, let st):
                var s = ""
                if hs { s += ref(dyn[k]); k += 1 }
                s += ":"
                if he { s += ref(dyn[k]); k += 1 }
                if st != 1 { s += ":\(st)" }
                return s
            }
        }.joined(separator: ", ")
    }

    /// The expression computing `i`'s single result, with its precedence.
    mutating func expression(_ i: Inst) -> (String, Int)? {
        let o = i.operands
        switch i.op {
        case .constant(let t): return constant(t)
        case .dimSize(let n): return (n, 10)
        case .unary(.neg): return ("-" + ref(o[0], 8), 8)
        case .unary(.not): return ("!" + ref(o[0], 8), 8)
        case .unary(let fn): return call(fn.rawValue, [ref(o[0])])
        case .binary(.pow): return (ref(o[0], 10) + " ** " + ref(o[1], 8), 9)
        case .binary(let fn) where fn.spec.surface != .infix:
            return call(fn.rawValue, [ref(o[0]), ref(o[1])])
        case .binary(let fn):
            let (sym, p) = GradPrinter.binaryText[fn]!
            let leftMin = p == 5 ? 6 : p
            return (ref(o[0], leftMin) + " \(sym) " + ref(o[1], p + 1), p)
        case .matmul: return (ref(o[0], 7) + " @ " + ref(o[1], 8), 7)
        case .select: return call("where", [ref(o[0]), ref(o[1]), ref(o[2])])
        case .argmax(let axis): return call("argmax", [ref(o[0]), "axis: \(axis)"])
        case .take: return call("take", [ref(o[0]), ref(o[1])])
        case .scatterRows: return call("scatter_rows", [ref(o[0]), ref(o[1]), ref(o[2])])
        case .permutation: return call("permutation", [ref(o[1]), seedLabel(o[0]) + ref(o[0])])
        case .foldIn: return call("fold_in", [ref(o[0]), ref(o[1])])
        case .reduce(let k, let axis, let keep):
            var args = [ref(o[0])]
            if let axis { args.append("axis: \(axis)") }
            if keep { args.append("keepdims: true") }
            return call(k.rawValue, args)
        case .transpose(let p):
            if let p { return call("transpose", [ref(o[0]), "[" + p.map(String.init).joined(separator: ", ") + "]"]) }
            return (ref(o[0], 10) + ".T", 10)
        case .reshape: return call("reshape", [ref(o[0]), dims(o.dropFirst())])
        case .broadcastTo: return call("broadcast_to", [ref(o[0]), dims(o.dropFirst())])
        case .expandDims(let a): return call("expand_dims", [ref(o[0]), "\(a)"])
        case .squeeze(let a): return call("squeeze", [ref(o[0])] + (a.map { ["axis: \($0)"] } ?? []))
        case .concat(let a): return call("concat", ["[" + o.map { ref($0) }.joined(separator: ", ") + "]", "axis: \(a)"])
        case .index(let axes): return (ref(o[0], 10) + "[" + indexText(axes, Array(o.dropFirst())) + "]", 10)
        case .oneHot(let d): return call("one_hot", [ref(o[0]), ref(o[1]), "dtype: \(d.rawValue)"])
        case .convert(let d): return call(d.rawValue, [ref(o[0])])
        case .stopGradient: return call("stop_gradient", [ref(o[0])])
        case .zerosLike: return call("zeros_like", [ref(o[0])])
        case .sumTo: return call("sum_to", [ref(o[0]), ref(o[1])])
        case .broadcastLike: return call("broadcast_like", [ref(o[0]), ref(o[1])])
        case .reshapeLike: return call("reshape_like", [ref(o[0]), ref(o[1])])
        case .stackAlloc: return call("stack_zeros", [ref(o[0]), ref(o[1])])
        case .setIndex: return call("set_index", [ref(o[0]), ref(o[1]), ref(o[2])])
        case .checkpointPlan(let s): return call("checkpoint_plan", [ref(o[0]), ref(o[1]), "\"\(s)\""])
        case .fill(let d): return call("full", [dims(o.dropFirst()), ref(o[0]), "dtype: \(d.rawValue)"])
        case .random(let normal, let d): return call(normal ? "randn" : "rand", [dims(o.dropFirst()), seedLabel(o[0]) + ref(o[0]), "dtype: \(d.rawValue)"])
        case .arange: return call("arange", [ref(o[0])])
        case .shapeOf: return call("shape", [ref(o[0])])
        case .collective(let c):
            return call(c.rawValue, o.enumerated().map { k, v in (k == 1 ? "root: " : "") + ref(v) })
        case .call(let n): return call(n, o.map { ref($0) })
        case .tuple: return ("(" + o.map { ref($0) }.joined(separator: ", ") + (o.count == 1 ? ",)" : ")"), 10)
        case .record(let n):
            let fields = m.structDef(n)?.fields.map(\.name) ?? []
            return call(n, zip(fields, o).map { "\($0): \(ref($1))" })
        case .field(let k):
            guard case .record(let n) = f.type(o[0]), let fd = m.structDef(n)?.fields[k] else { return nil }
            return (ref(o[0], 10) + "." + fd.name, 10)
        default: return nil
        }
    }
}
