// Types of `vmap(f, over: ...)`: every tensor inside a batched value gains a batch axis named
// by a size name of its own (`batch`, or `batch_` when the function already uses that name).
// A batched record is a record of its own, `<Name>_<batch>`, with the same field names, each
// field batched: `vmap(grad(loss, wrt: p), over: x, y)` returns an `MLP_batch` whose `W` is
// `f64[batch, n, h]`, one gradient per example, as JAX's pytree results are batched leaf by leaf.

extension IRType {
    /// Whether a record inside has fields typed in size names (which are its function's).
    public func hasSizedRecord(in m: Module) -> Bool {
        switch self {
        case .tensor: return false
        case .tuple(let ts): return ts.contains { $0.hasSizedRecord(in: m) }
        case .record: return !m.sizeNames(self).isEmpty
        }
    }
}

extension Module {
    /// `t` with a batch axis named `name` in front of every tensor inside it (at `axis` of a
    /// tensor, which only the batching pass puts anywhere but in front).
    public func batched(_ t: IRType, name: String, axis: Int = 0) -> IRType {
        switch t {
        case .tensor(let d, var s):
            s.insert(Dim(symbol: name), at: axis)
            return .tensor(d, s)
        case .tuple(let ts): return .tuple(ts.map { batched($0, name: name) })
        case .record(let n):
            var bn = n + "_" + name
            let fields = structDef(n)!.fields.map { (name: $0.name, type: batched($0.type, name: name)) }
            // A record the program declared under that name is not this one.
            while let sd = structDef(bn), sd.fields.map(\.name) != fields.map(\.name) || sd.fields.map(\.type) != fields.map(\.type) {
                bn += "_"
            }
            if structDef(bn) == nil { structs.append(StructDef(name: bn, fields: fields)) }
            return .record(bn)
        }
    }

    /// Every size name inside `t`, record fields' included.
    public func sizeNames(_ t: IRType) -> Set<String> {
        switch t {
        case .tensor: return Set(t.symbols)
        case .tuple(let ts): return ts.reduce(into: Set()) { $0.formUnion(sizeNames($1)) }
        case .record(let n): return (structDef(n)?.fields ?? []).reduce(into: Set()) { $0.formUnion(sizeNames($1.type)) }
        }
    }

    /// The name of a batch axis for a function of these types: `preferred` unless they use it,
    /// then with underscores added until they do not.
    public func batchName(avoiding types: [IRType], preferred: String = "batch") -> String {
        let used = types.reduce(into: Set<String>()) { $0.formUnion(sizeNames($1)) }
        var name = preferred
        while used.contains(name) { name += "_" }
        return name
    }
}
