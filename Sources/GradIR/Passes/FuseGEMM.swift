// Matrix products for the VM, on the same fused copy as the elementwise kernels (Fuse.swift):
// a `transpose` of a matrix read by `@` becomes a transpose flag of one `gemm` (BLAS reads the
// matrix transposed; no copy), and `acc + a @ b`, where the product has no other reader and is
// made in the same region, one `gemm {accumulate}` (beta = 1 into acc, in place when acc dies
// there, as the C emitter's plan does). What an adjoint sweep does for every weight: a copy of
// W's transpose and an add of two matrices per trip, before. A factor that is row i of a
// rank-3 tensor read by nothing else (`W[l]` in a loop over layers, a stored state `hs[t]`) is
// read in place by the gemm, not copied out first.

import GradTensor

extension ElementwiseFusion {
    static func fuseProducts(_ g: Function) {
        let uses = useCounts(g)
        var defs: [ValueID: Inst] = [:]
        walk(g.body) { i in for r in i.results { defs[r] = i } }
        func rank(_ v: ValueID) -> Int? {
            if case .tensor(let d, let s) = g.type(v), d.isFloat { return s.count }
            return nil
        }
        /// A factor as the gemm reads it: its operands (a matrix, or a rank-3 tensor and the row
        /// index), whether transposed, and where a row view was written.
        struct Factor { var operands: [ValueID]; var trans: Bool; var row: Bool; var location: Int64 }
        func factor(_ v: ValueID) -> Factor {
            var m = v, trans = false
            if let d = defs[v], case .transpose(let p) = d.op, p == nil || p == [1, 0], rank(d.operands[0]) == 2 {
                m = d.operands[0]
                trans = true
            }
            // (read by this product alone: else the row is copied out for its other readers anyway)
            if let d = defs[m], d.op == .index([.at]), d.operands.count == 2, uses[m.index] == 1, rank(d.operands[0]) == 3 {
                return Factor(operands: d.operands, trans: trans, row: true, location: d.loc.packed)
            }
            return Factor(operands: [m], trans: trans, row: false, location: 0)
        }
        func form(_ a: Factor, _ b: Factor, accumulate: Bool) -> GEMMForm {
            var f = GEMMForm(transA: a.trans, transB: b.trans, accumulate: accumulate)
            (f.rowA, f.locationA, f.rowB, f.locationB) = (a.row, a.location, b.row, b.location)
            return f
        }
        /// Whether a fused kernel is `$0 + $1` of two whole tensors.
        func isAdd(_ k: FusedKernel) -> Bool {
            k.output == .map && k.inputs == [.full, .full] && k.steps == [.input(0), .input(1), .binary(.add, 0, 1)]
        }
        func rewrite(_ r: Region) -> Region {
            var r = r
            var products: [ValueID: (a: Factor, b: Factor)] = [:]   // made in this region
            for k in r.insts.indices {
                r.insts[k].regions = r.insts[k].regions.map(rewrite)
                let i = r.insts[k]
                switch i.op {
                case .matmul where rank(i.operands[0]) == 2 && rank(i.operands[1]) == 2 && i.results.count == 1:
                    let a = factor(i.operands[0]), b = factor(i.operands[1])
                    if a.trans || b.trans || a.row || b.row {
                        r.insts[k].op = .gemm(form(a, b, accumulate: false))
                        r.insts[k].operands = a.operands + b.operands
                    }
                    products[i.result] = (a, b)
                case .binary(.add), .fused:
                    if case .fused(let kernel) = i.op, !isAdd(kernel) { break }
                    guard i.operands.count == 2, i.results.count == 1 else { break }
                    let (p, q) = (i.operands[0], i.operands[1])
                    guard let (m, c) = products[q] != nil && uses[q.index] == 1 ? (q, p) : products[p] != nil && uses[p.index] == 1 ? (p, q) : nil,
                          m != c, g.type(c) == g.type(i.result), g.type(m) == g.type(i.result), let prod = products[m] else { break }
                    r.insts[k].op = .gemm(form(prod.a, prod.b, accumulate: true))
                    r.insts[k].operands = [c] + prod.a.operands + prod.b.operands
                default: break
                }
            }
            return r
        }
        g.body = rewrite(g.body)
    }
}
