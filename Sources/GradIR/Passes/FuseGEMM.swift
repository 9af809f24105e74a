// Matrix products for the VM, on the same fused copy as the elementwise kernels (Fuse.swift):
// a `transpose` of a matrix read by `@` becomes a transpose flag of one `gemm` (BLAS reads the
// matrix transposed; no copy), and `acc + a @ b`, where the product has no other reader and is
// made in the same region, one `gemm {accumulate}` (beta = 1 into acc, in place when acc dies
// there, as the C emitter's plan does). What an adjoint sweep does for every weight: a copy of
// W's transpose and an add of two matrices per trip, before.

import GradTensor

extension ElementwiseFusion {
    static func fuseProducts(_ g: Function) {
        let uses = useCounts(g)
        var defs: [ValueID: Inst] = [:]
        walk(g.body) { i in for r in i.results { defs[r] = i } }
        func matrix(_ v: ValueID) -> Bool {
            if case .tensor(let d, let s) = g.type(v), d.isFloat, s.count == 2 { return true }
            return false
        }
        func untransposed(_ v: ValueID) -> (ValueID, Bool) {
            if let d = defs[v], case .transpose(let p) = d.op, p == nil || p == [1, 0], matrix(d.operands[0]) { return (d.operands[0], true) }
            return (v, false)
        }
        /// Whether a fused kernel is `$0 + $1` of two whole tensors.
        func isAdd(_ k: FusedKernel) -> Bool {
            k.output == .map && k.inputs == [.full, .full] && k.steps == [.input(0), .input(1), .binary(.add, 0, 1)]
        }
        func rewrite(_ r: Region) -> Region {
            var r = r
            var products: [ValueID: (a: ValueID, b: ValueID, ta: Bool, tb: Bool)] = [:]   // made in this region
            for k in r.insts.indices {
                r.insts[k].regions = r.insts[k].regions.map(rewrite)
                let i = r.insts[k]
                switch i.op {
                case .matmul where matrix(i.operands[0]) && matrix(i.operands[1]) && i.results.count == 1:
                    let (a, ta) = untransposed(i.operands[0]), (b, tb) = untransposed(i.operands[1])
                    if ta || tb { r.insts[k].op = .gemm(transA: ta, transB: tb, accumulate: false); r.insts[k].operands = [a, b] }
                    products[i.result] = (a, b, ta, tb)
                case .binary(.add), .fused:
                    if case .fused(let kernel) = i.op, !isAdd(kernel) { break }
                    guard i.operands.count == 2, i.results.count == 1 else { break }
                    let (p, q) = (i.operands[0], i.operands[1])
                    guard let (m, c) = products[q] != nil && uses[q.index] == 1 ? (q, p) : products[p] != nil && uses[p.index] == 1 ? (p, q) : nil,
                          m != c, g.type(c) == g.type(i.result), g.type(m) == g.type(i.result), let prod = products[m] else { break }
                    r.insts[k].op = .gemm(transA: prod.ta, transB: prod.tb, accumulate: true)
                    r.insts[k].operands = [c, prod.a, prod.b]
                default: break
                }
            }
            return r
        }
        g.body = rewrite(g.body)
    }
}
