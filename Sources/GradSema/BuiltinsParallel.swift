// Data-parallel training: `world_size()`, `rank()`, `allreduce_sum(x)`, `allreduce_mean(x)` and
// `broadcast(x, root: r)` over a tensor or a record (every field, in field order: one call of the
// program's is one collective per field). On one process — the VM, and executables built
// without `--mpi` — they are the identities (1, 0, x); built with `--mpi`, Open MPI's
// MPI_Allreduce and MPI_Bcast on MPI_COMM_WORLD. All are differentiable in both modes (an
// allreduce's adjoint is the same allreduce of the cotangents; a broadcast's sums the
// cotangents into the root), and none is folded, merged or removed by the passes.

import GradIR
import GradSyntax
import GradTensor

extension Builtins {
    static let parallelTable: [Builtin] = [
        Builtin("world_size", 0...0, usage: "world_size(): the number of processes (1 unless run under mpirun)", lower: processCall),
        Builtin("rank", 0...0, usage: "rank(): this process's number, 0 ..< world_size()", lower: processCall),
        Builtin("allreduce_sum", 1...1, usage: "allreduce_sum(x): the sum over every process's x (a tensor or a record)", lower: allreduceCall),
        Builtin("allreduce_mean", 1...1, usage: "allreduce_mean(x): the mean over every process's x (a tensor or a record)", lower: allreduceCall),
        Builtin("broadcast", 1...2, labels: ["root"], usage: "broadcast(x, root: 0): root's x on every process (a tensor or a record)", lower: allreduceCall),
    ]

    static func processCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        g.emit(.collective(n == "rank" ? .rank : .worldSize), [], at: r)
    }

    static func allreduceCall(_ g: FunctionGen, _ a: Args, _ n: String, _ r: SourceRange, _ hint: IRType?) -> TV?? {
        let c = Collective(rawValue: n)!
        guard let x = g.value(a.pos[0].value, hint: hint) else { return nil }
        var root: TV?
        if c == .broadcast {
            guard let rootArg = a.pos.count > 1 ? a.pos[1] : a.label("root") else {
                g.diags.error("broadcast needs the rank it copies from: broadcast(x, root: 0)", at: r)
                return nil
            }
            guard let v = g.intScalar(rootArg.value, "broadcast's root:") else { return nil }
            root = v
        }
        // A record's fields are read first, then reduced one after another, then put back
        // together: one call's collectives are consecutive, which the C backend packs into one
        // message per element type.
        let parts = leaves(g, x, at: r).map(g.strong)
        for p in parts {
            guard case .tensor(let d, _) = g.type(p), d.isFloat || (d == .i32 && c != .allreduceMean) else {
                g.diags.error("\(n) needs a float tensor\(c == .allreduceMean ? "" : ", an i32 tensor") or a record of them, got \(g.type(p))", at: r)
                return nil
            }
        }
        var reduced: [TV] = []
        for leaf in parts {
            guard let y = g.emit(.collective(c), [leaf] + (root.map { [$0] } ?? []), at: r) else { return nil }
            reduced.append(y)
        }
        var next = reduced.makeIterator()
        func build(_ t: IRType) -> TV {
            guard case .record(let name) = t, let sd = g.module.structDef(name) else { return next.next()! }
            let fields = sd.fields.map { build($0.type).v }
            return TV(v: g.b.emitMulti(.record(name), fields, types: [t])[0])
        }
        return build(g.type(x))
    }
}
