// Built-ins over records (parameter sets), for optimizers written once for any model:
//   - elementwise built-ins (`sqrt(v)`, `square(g)`, `abs`, `exp`, ...), `zeros_like`,
//     `maximum`/`minimum`/`pow` with a record and a scalar or a record of the same type, and
//     `cast_like` apply field by field and give a record of the same type;
//   - `sum(r)` adds every element of every field, `norm(r)` is the L2 norm of all of them
//     (the global norm of a gradient); neither takes `axis:` on a record.
//   - `cast_like(x, like)` converts x to the element type of `like` (a tensor, or a record
//     whose float fields share one element type): hyperparameters meet parameters in their type.
//   - `save("model", p)` writes the folder model/ with one .npy file per field, named by the
//     field (model/W1.npy; a nested record in a folder of its own), and
//     `let p: MLP = load("model")` reads it back, each file checked against its field's type.
//     NumPy reads the files as they are; the backends only add making the folder.
// The table's lowerings call these right after lowering the arguments, when one is a record.

import GradIR
import GradSyntax
import GradTensor

extension Builtins {
    static func isRecord(_ g: FunctionGen, _ v: TV) -> Bool {
        if case .record = g.type(v) { return true }
        return false
    }

    /// The leaves of a record value (fields, and fields of nested records), in order.
    static func leaves(_ g: FunctionGen, _ v: TV, at r: SourceRange) -> [TV] {
        guard case .record(let n) = g.type(v), let sd = g.module.structDef(n) else { return [v] }
        return sd.fields.enumerated().flatMap { k, fd in
            leaves(g, TV(v: try! g.b.emit(.field(k), [v.v], type: fd.type)), at: r)
        }
    }

    /// `sum(r)` and `norm(r)` of a record: over every element of every field.
    static func recordReduction(_ g: FunctionGen, _ n: String, _ x: TV, _ a: Args, _ r: SourceRange) -> TV? {
        guard a.label("axis") == nil, a.label("keepdims") == nil else {
            g.diags.error("\(n) of a record adds over every field; it takes no axis:", at: r)
            return nil
        }
        let parts = leaves(g, x, at: r)
        guard let d = parts.first.flatMap({ g.type($0).dtype }), d.isFloat, parts.allSatisfy({ g.type($0).dtype == d }) else {
            g.diags.error("\(n) of a record needs float fields of one element type, got \(g.type(x))", at: r)
            return nil
        }
        var total: TV?
        for p in parts {
            let term = n == "norm" ? g.emit(.binary(.mul), [p, p], at: r) : p
            guard let t = term, let s = g.emit(.reduce(.sum, axis: nil, keepDims: false), [t], at: r) else { return nil }
            total = total.map { g.emit(.binary(.add), [$0, s], at: r) } ?? s
        }
        guard let t = total else { return nil }
        return n == "norm" ? g.emit(.unary(.sqrt), [t], at: r) : t
    }

    /// The element type of a tensor, or the one element type of a record's float fields.
    static func elementType(_ g: FunctionGen, _ v: TV, at r: SourceRange) -> DType? {
        let ds = Set(leaves(g, v, at: r).compactMap { g.type($0).dtype }.filter(\.isFloat))
        guard ds.count == 1 else {
            g.diags.error("cast_like needs a tensor or a record whose float fields share an element type, got \(g.type(v))", at: r)
            return nil
        }
        return ds.first
    }

    static func castLike(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        guard let x = g.value(a.pos[0].value, hint: nil), let like = g.value(a.pos[1].value, hint: nil),
              let d = elementType(g, like, at: r) else { return nil }
        if isRecord(g, x) {
            return g.recordFieldwise(x, nil, at: r) { f, _ in g.type(f).dtype == d ? f : g.emit(.convert(d), [g.strong(f)], at: r) }
        }
        guard g.type(x).isTensor else { g.diags.error("cast_like converts tensors and records, got \(g.type(x))", at: r); return nil }
        if g.type(x).dtype == d { return g.strong(x) }
        if let c = g.constants[x.v] { return g.constant(c.converted(to: d)) }
        return g.emit(.convert(d), [g.strong(x)], at: r)
    }

    /// A record is kept in an .npz archive (one array per field, a nested record's fields named
    /// `outer/inner`) when its path says so, else in a folder of .npy files.
    static func isArchive(_ path: String) -> Bool { path.hasSuffix(".npz") }

    /// True when every field of the record, nested records' too, is a tensor; else an error.
    static func archivable(_ g: FunctionGen, _ type: IRType, at r: SourceRange) -> Bool {
        guard case .record(let n) = type, let sd = g.module.structDef(n) else { return true }
        for fd in sd.fields {
            switch fd.type {
            case .record: guard archivable(g, fd.type, at: r) else { return false }
            case .tensor: break
            case .tuple:
                g.diags.error("field '\(fd.name)' of \(n) is a tuple; save and load take records of tensors and records", at: r)
                return false
            }
        }
        return true
    }

    /// The folder a record is saved to: the path as written, without a trailing slash.
    static func folder(_ g: FunctionGen, _ path: String, at r: SourceRange) -> String? {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        if p.hasSuffix(".npy") {
            g.diags.error("a record is saved as a folder of .npy files, one per field, or as an .npz archive; name the folder, like \"model\", or the archive, like \"model.npz\"", at: r)
            return nil
        }
        return p
    }

    static func saveRecord(_ g: FunctionGen, _ path: String, _ v: TV, at r: SourceRange) -> Bool {
        guard case .record(let n) = g.type(v), let sd = g.module.structDef(n) else { return false }
        g.b.emitVoid(.makeDirectory(path), [])
        for (k, fd) in sd.fields.enumerated() {
            let f = TV(v: try! g.b.emit(.field(k), [v.v], type: fd.type))
            switch fd.type {
            case .record: guard saveRecord(g, path + "/" + fd.name, f, at: r) else { return false }
            case .tensor: g.b.emitVoid(.save(path + "/" + fd.name + ".npy"), [f.v])
            case .tuple:
                g.diags.error("field '\(fd.name)' of \(n) is a tuple; save and load take records of tensors and records", at: r)
                return false
            }
        }
        return true
    }

    static func loadRecord(_ g: FunctionGen, _ path: String, _ type: IRType, at r: SourceRange) -> TV? {
        guard case .record(let n) = type, let sd = g.module.structDef(n) else { return nil }
        var fields: [ValueID] = []
        for fd in sd.fields {
            switch fd.type {
            case .record:
                guard let x = loadRecord(g, path + "/" + fd.name, fd.type, at: r) else { return nil }
                fields.append(x.v)
            case .tensor:
                guard let x = g.emit(.load(path + "/" + fd.name + ".npy"), [], type: fd.type, at: r) else { return nil }
                fields.append(x.v)
            case .tuple:
                g.diags.error("field '\(fd.name)' of \(n) is a tuple; save and load take records of tensors and records", at: r)
                return nil
            }
        }
        return TV(v: g.b.emitMulti(.record(n), fields, types: [type])[0])
    }

    /// `print_norms(g)`: one line with the L2 norm of every field of a gradient record (nested
    /// fields as outer.inner), to spot vanishing and exploding gradients:
    /// `norms W1 0.8123 b1 0.0412 ...`; with a log (`--log`, GRADC_LOG) also a JSON line.
    static func printNorms(_ g: FunctionGen, _ x: TV, quiet: Bool, at r: SourceRange) -> TV?? {
        var names: [String] = []
        var vals: [ValueID] = []
        func visit(_ v: TV, _ prefix: String) -> Bool {
            switch g.type(v) {
            case .record(let n):
                guard let sd = g.module.structDef(n) else { return false }
                for (k, fd) in sd.fields.enumerated() {
                    guard visit(TV(v: try! g.b.emit(.field(k), [v.v], type: fd.type)), prefix.isEmpty ? fd.name : prefix + "." + fd.name) else { return false }
                }
                return true
            case .tensor(let d, _) where d.isFloat:
                guard let sq = g.emit(.binary(.mul), [v, v], at: r), let s = g.emit(.reduce(.sum, axis: nil, keepDims: false), [sq], at: r),
                      let nv = g.emit(.unary(.sqrt), [s], at: r) else { return false }
                names.append(prefix.isEmpty ? "norm" : prefix)
                vals.append(nv.v)
                return true
            default:
                return true      // integer and bool fields have no gradient
            }
        }
        guard visit(x, "") else { return nil }
        g.b.emitVoid(.printNorms(names, quiet: quiet), vals)
        return .some(nil)
    }
}
