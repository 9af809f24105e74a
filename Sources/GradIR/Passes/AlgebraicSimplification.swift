// Algebraic identities that keep IEEE semantics:
//   x * 1 -> x, x / 1 -> x, x + 0 -> x, x - 0 -> x, x ** 1 -> x, x ** 2 -> square(x),
//   -(-x) -> x, x * -1 -> -x, extract k (tuple a, b, ...) -> the k-th operand, field k (record
//   ...) likewise; zeros_like(_) and broadcast constants count as constants (x + zeros -> x);
//   sum_to, broadcast_like and reshape_like to the operand's own type vanish; where(c, a, b)
//   with c a constant all true (false) is a (b);
//   stop_gradient is kept (it matters to differentiation).
// Each applies only when the result has x's type (so a broadcast is never dropped). `x * 0`
// is not 0 when x may be NaN or infinite, so it is left alone. (`x + 0 -> x` differs from IEEE
// only in the sign of a zero result when x is -0.0, as XLA's simplifier also accepts.)

import GradTensor

public struct AlgebraicSimplification: Pass {
    public let name = "algebraic-simplification"
    public init() {}

    public func run(_ f: Function, in m: Module) throws -> Bool {
        var changed = false
        var consts: [ValueID: Tensor] = [:]
        var defs: [ValueID: Inst] = [:]
        var subst = Substitution()
        simplify(f, &f.body, &consts, &defs, &subst, &changed)
        return changed
    }

    func isAll(_ t: Tensor?, _ v: Double) -> Bool {
        guard let t, t.count > 0 else { return false }
        return t.doubles.allSatisfy { $0 == v }
    }

    /// The constant a value holds, looking through broadcast_like of a constant.
    func constantValue(_ v: ValueID, _ consts: [ValueID: Tensor], _ defs: [ValueID: Inst]) -> Tensor? {
        if let c = consts[v] { return c }
        if let d = defs[v], d.op == .broadcastLike { return consts[d.operands[0]] }
        return nil
    }

    func isZeros(_ v: ValueID, _ consts: [ValueID: Tensor], _ defs: [ValueID: Inst]) -> Bool {
        if let d = defs[v], d.op == .zerosLike { return true }
        return isAll(constantValue(v, consts, defs), 0)
    }

    func simplify(_ f: Function, _ r: inout Region, _ consts: inout [ValueID: Tensor], _ defs: inout [ValueID: Inst],
                  _ subst: inout Substitution, _ changed: inout Bool) {
        var out: [Inst] = []
        for var i in r.insts {
            subst.apply(&i)
            for j in i.regions.indices { simplify(f, &i.regions[j], &consts, &defs, &subst, &changed) }
            if case .constant(let t) = i.op { consts[i.result] = t }
            var replacement: ValueID?
            if i.results.count == 1 {
                let rt = f.type(i.result)
                func same(_ v: ValueID) -> ValueID? { f.type(v) == rt ? v : nil }
                switch i.op {
                case .binary(.mul):
                    let (a, c) = (constantValue(i.operands[0], consts, defs), constantValue(i.operands[1], consts, defs))
                    if isAll(c, 1) { replacement = same(i.operands[0]) }
                    else if isAll(a, 1) { replacement = same(i.operands[1]) }
                    else if isAll(c, -1), f.type(i.operands[0]) == rt {
                        i = Inst(.unary(.neg), [i.operands[0]], results: i.results, loc: i.loc)
                        changed = true
                    }
                case .binary(.add):
                    if isZeros(i.operands[1], consts, defs) { replacement = same(i.operands[0]) }
                    else if isZeros(i.operands[0], consts, defs) { replacement = same(i.operands[1]) }
                case .binary(.sub):
                    if isZeros(i.operands[1], consts, defs) { replacement = same(i.operands[0]) }
                case .sumTo, .broadcastLike, .reshapeLike, .assertType:
                    if i.op != .assertType { replacement = same(i.operands[0]) }
                case .select:
                    // where(true, a, b) -> a: a flag made constant by inlining (dropout's training:)
                    // (a smaller branch is broadcast like an operand of the result's type)
                    if let c = constantValue(i.operands[0], consts, defs), c.dtype == .bool, isAll(c, 1) || isAll(c, 0) {
                        let chosen = i.operands[isAll(c, 1) ? 1 : 2]
                        if let v = same(chosen) { replacement = v }
                        else if let like = i.operands.first(where: { f.type($0) == rt }), f.type(chosen).dtype == rt.dtype {
                            i = Inst(.broadcastLike, [chosen, like], results: i.results, loc: i.loc)
                            changed = true
                        }
                    }
                case .binary(.div):
                    if isAll(consts[i.operands[1]], 1) { replacement = same(i.operands[0]) }
                case .binary(.pow):
                    if isAll(consts[i.operands[1]], 1) { replacement = same(i.operands[0]) }
                    else if isAll(consts[i.operands[1]], 2), rt.dtype?.isFloat == true, f.type(i.operands[0]) == rt {
                        i = Inst(.unary(.square), [i.operands[0]], results: i.results, loc: i.loc)
                        changed = true
                    }
                case .unary(.neg):
                    if let d = defs[i.operands[0]], d.op == .unary(.neg) { replacement = same(d.operands[0]) }
                case .extract(let k):
                    if let d = defs[i.operands[0]], d.op == .tuple { replacement = same(d.operands[k]) }
                case .field(let k):
                    if let d = defs[i.operands[0]], case .record = d.op { replacement = same(d.operands[k]) }
                default: break
                }
            }
            if let rep = replacement {
                subst.map[i.result] = rep
                changed = true
                continue
            }
            for res in i.results { defs[res] = i }
            out.append(i)
        }
        r.insts = out
    }
}
