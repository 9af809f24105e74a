// A shared library's description of itself: `gradc_manifest()` returns JSON naming every
// exported function, its parameters, size names and result with their Grad types, the records
// they use, and what each derived function was derived from. The Python package
// (python/gradc) reads it to check arguments and allocate results before a call; any other
// host may do the same.
//
//   {"version": 1, "file": "model.grad",
//    "records": {"MLP": [{"name": "W1", "type": TYPE}, ...]},
//    "functions": [{"name": "loss", "symbol": "gradc_loss", "signature": "fn loss(...) -> f64",
//                   "params": [{"name": "p", "type": TYPE}, ...], "sizes": ["n", ...],
//                   "result": TYPE, "derived": {"transform": "vjp", "base": "loss", "wrt": ["p"]}}]}
//
// TYPE is {"tensor": "f64", "dims": [3, "n", "n + 1"]} (a dim is an integer or a size
// expression in Grad's syntax), {"tuple": [TYPE, ...]} or {"record": "MLP"}. Inputs and outputs
// are passed as the C ABI says: a record or a tuple as its tensors, in field order, depth first.

import Foundation
import GradIR

extension CEmitter {
    /// The manifest of a library exporting `exports` (see above); `derived` says which of them
    /// are derived functions.
    public func manifest(exports: [String], derived: [DerivedSpec]) -> String {
        var records: [String] = []
        var used = Set<String>()
        func type(_ t: IRType) -> String {
            switch t {
            case .tensor(let d, let ds):
                let dims = ds.map { d in d.known.map(String.init) ?? json("\(d)") }
                return "{\"tensor\": \(json(d.rawValue)), \"dims\": [\(dims.joined(separator: ", "))]}"
            case .tuple(let ts): return "{\"tuple\": [\(ts.map(type).joined(separator: ", "))]}"
            case .record(let n):
                if used.insert(n).inserted, let sd = m.structDef(n) {
                    let fields = sd.fields.map { "{\"name\": \(json($0.name)), \"type\": \(type($0.type))}" }
                    records.append("\(json(n)): [\(fields.joined(separator: ", "))]")
                }
                return "{\"record\": \(json(n))}"
            }
        }
        var functions: [String] = []
        for name in exports {
            guard let f = m.function(name), exportSignature(f) != nil, let rt = f.resultType else { continue }
            let params = zip(f.paramNames, f.paramTypes).map { "{\"name\": \(json($0)), \"type\": \(type($1))}" }
            let signature = "fn \(name)(" + zip(f.paramNames, f.paramTypes).map { "\($0): \($1)" }.joined(separator: ", ") + ") -> \(rt)"
            var entry = "{\"name\": \(json(name)), \"symbol\": \(json("gradc_" + name)), \"signature\": \(json(signature)),\n"
            entry += "   \"params\": [\(params.joined(separator: ", "))],\n"
            entry += "   \"sizes\": [\(exportSizeNames(f).map(json).joined(separator: ", "))], \"result\": \(type(rt))"
            if let d = derived.first(where: { $0.name == name }), let base = m.function(d.base) {
                let wrt = d.wrt.map { json(base.paramNames[$0]) }
                entry += ",\n   \"derived\": {\"transform\": \(json(d.transform.rawValue)), \"base\": \(json(d.base)), \"wrt\": [\(wrt.joined(separator: ", "))]}"
            }
            functions.append(entry + "}")
        }
        return "{\"version\": 1, \"file\": \(json(path)),\n \"records\": {\(records.joined(separator: ", "))},\n \"functions\": [\n  "
            + functions.joined(separator: ",\n  ") + "]}\n"
    }

    /// A JSON string literal.
    func json(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
