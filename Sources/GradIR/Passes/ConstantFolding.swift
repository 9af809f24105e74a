// Constant folding: a pure op whose operands are all constants is evaluated at compile time
// (and shape(x) when x's shape is static)
// (by the same evaluator the VM runs) and replaced by a constant, when the result is small.
// Ops that fail to evaluate are left alone, so the error surfaces at run time with its location.

import GradTensor

public struct ConstantFolding: Pass {
    public let name = "constant-folding"
    public static let limit = 64
    public init() {}

    public func run(_ f: Function, in m: Module) throws -> Bool {
        var changed = false
        var consts: [ValueID: Tensor] = [:]
        fold(f, &f.body, &consts, &changed)
        return changed
    }

    func fold(_ f: Function, _ r: inout Region, _ consts: inout [ValueID: Tensor], _ changed: inout Bool) {
        for k in r.insts.indices {
            for j in r.insts[k].regions.indices { fold(f, &r.insts[k].regions[j], &consts, &changed) }
            let i = r.insts[k]
            if case .constant(let t) = i.op { consts[i.result] = t; continue }
            // shape(x) is a constant when x's shape is known at compile time.
            if i.op == .shapeOf, let dims = f.type(i.operands[0]).shape, dims.allSatisfy({ $0.known != nil }) {
                let t = Tensor(dims.map { Int32($0.known!) }, shape: [dims.count])
                r.insts[k] = Inst(.constant(t), [], results: i.results, loc: i.loc)
                consts[i.result] = t
                changed = true
                continue
            }
            guard i.op.isPure, i.results.count == 1, !i.operands.isEmpty else { continue }
            // A checkpoint plan stays a call, so derivative code shows where its schedule comes from.
            if case .checkpointPlan = i.op { continue }
            let args = i.operands.compactMap { consts[$0] }
            guard args.count == i.operands.count, (Eval.resultCount(i.op, args) ?? 0) <= ConstantFolding.limit,
                  let t = try? Eval.apply(i.op, args), t.count <= ConstantFolding.limit else { continue }
            // A NaN or infinity is left to be made at run time, where --check-nan can see its op.
            if t.firstNonFinite != nil { continue }
            r.insts[k] = Inst(.constant(t), [], results: i.results, loc: i.loc)
            consts[i.result] = t
            changed = true
        }
    }
}
