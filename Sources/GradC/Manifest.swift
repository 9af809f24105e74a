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
// (a vmap says "over": [...] instead of "wrt")
// (keys sorted, as JSONSerialization writes them).
//
// TYPE is {"tensor": "f64", "dims": [3, "n", "n + 1"]} (a dim is an integer or a size
// expression in Grad's syntax), {"tuple": [TYPE, ...]} or {"record": "MLP"}. Inputs and outputs
// are passed as the C ABI says: a record or a tuple as its tensors, in field order, depth first.

import Foundation
import GradIR

extension CEmitter {
    /// The manifest of a library exporting `exports` (see above); `derived` says which of them
    /// are derived functions. Keys sorted, so the same program gives the same text.
    public func manifest(exports: [String], derived: [DerivedSpec]) -> String {
        var records: [String: Any] = [:]
        func type(_ t: IRType) -> [String: Any] {
            switch t {
            case .tensor(let d, let ds):
                return ["tensor": d.rawValue, "dims": ds.map { d -> Any in d.known.map { $0 as Any } ?? "\(d)" }]
            case .tuple(let ts): return ["tuple": ts.map(type)]
            case .record(let n):
                if records[n] == nil, let sd = m.structDef(n) {
                    records[n] = sd.fields.map { ["name": $0.name, "type": type($0.type)] as [String: Any] }
                }
                return ["record": n]
            }
        }
        var functions: [[String: Any]] = []
        for name in exports {
            guard let f = m.function(name), exportSignature(f) != nil, let rt = f.resultType else { continue }
            var entry: [String: Any] = [
                "name": name, "symbol": "gradc_" + name,
                "signature": "fn \(name)(" + zip(f.paramNames, f.paramTypes).map { "\($0): \($1)" }.joined(separator: ", ") + ") -> \(rt)",
                "params": zip(f.paramNames, f.paramTypes).map { ["name": $0, "type": type($1)] as [String: Any] },
                "sizes": exportSizeNames(f), "result": type(rt),
            ]
            if let d = derived.first(where: { $0.name == name }), let base = m.function(d.base) {
                entry["derived"] = ["transform": d.transform.rawValue, "base": d.base, d.transform.label: d.wrt.map { base.paramNames[$0] }] as [String: Any]
            }
            functions.append(entry)
        }
        let object: [String: Any] = ["version": 1, "file": path, "records": records, "functions": functions]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
