// Verifier: run after every pass. Checks that the IR is well formed:
//   - every value is defined once, and used only where its definition is in scope
//     (earlier in the same region, or in an enclosing region, or as a region argument);
//   - ops have their arity; every region ends in the right terminator, and what a `yield`
//     or `return` passes matches the types its op or function expects (tuples component by
//     component); a call's results are its callee's result type in the call's sizes, a tuple
//     and an extract have the types of their components;
//   - ops with a shape rule have the result type the rule gives.
// A failure is a compiler bug, reported with the function and the instruction.

import GradTensor

public struct VerifierError: Error, CustomStringConvertible {
    public let messages: [String]
    public var description: String { "IR verification failed:\n" + messages.joined(separator: "\n") }
}

public enum Verifier {
    public static func verify(_ m: Module) throws {
        var msgs: [String] = []
        var names = Set<String>()
        for f in m.functions where !names.insert(f.name).inserted { msgs.append("@\(f.name) is defined twice") }
        for f in m.functions { msgs += verify(f, m) }
        if !msgs.isEmpty { throw VerifierError(messages: msgs) }
    }

    public static func verify(_ f: Function, _ m: Module) -> [String] {
        var v = State(f: f, module: m)
        for p in f.params { v.define(p) }
        v.region(f.body, expect: f.resultType.map { [$0] } ?? [], terminator: .ret)
        return v.errors
    }

    /// Values are dense ids, so scopes are flags indexed by id: `live` while the region that
    /// defines a value is open, `seen` once it has been defined anywhere.
    struct State {
        let f: Function
        let module: Module
        var seen: [Bool]
        var live: [Bool]
        var defs: [ValueID] = []          // values of the open regions, innermost last
        var errors: [String] = []

        init(f: Function, module: Module) {
            self.f = f
            self.module = module
            seen = Array(repeating: false, count: f.types.count)
            live = seen
        }

        mutating func error(_ s: String, _ i: Inst?) {
            errors.append("@\(f.name)" + (i.map { " \($0.op.name) at \($0.loc.line):\($0.loc.column)" } ?? "") + ": " + s)
        }

        mutating func define(_ v: ValueID) {
            if v.index >= f.types.count { error("value \(v) has no type", nil); return }
            if seen[v.index] { error("value \(v) defined twice", nil) }
            seen[v.index] = true
            live[v.index] = true
            defs.append(v)
        }

        func inScope(_ v: ValueID) -> Bool { v.index < live.count && live[v.index] }

        mutating func region(_ r: Region, expect: [IRType], terminator: Op) {
            let mark = defs.count
            defer {
                for v in defs[mark...] { live[v.index] = false }
                defs.removeSubrange(mark...)
            }
            for a in r.args { define(a) }
            for k in r.insts.indices {
                if r.insts[k].op.isTerminator && k != r.insts.count - 1 { error("terminator before the end of a region", r.insts[k]) }
                inst(r.insts[k])
            }
            guard let t = r.insts.last, t.op.isTerminator else {
                error("region does not end in '\(terminator.name)'", r.insts.last)
                return
            }
            if t.op != terminator { error("expected '\(terminator.name)', found '\(t.op.name)'", t) }
            let got = t.operands.map(f.type)
            if got.count != expect.count || !zip(got, expect).allSatisfy(compatible) {
                error("\(t.op.name) passes (\(got.map(\.description).joined(separator: ", "))), expected (\(expect.map(\.description).joined(separator: ", ")))", t)
            }
        }

        mutating func inst(_ i: Inst) {
            for o in i.operands where !inScope(o) { error("operand \(o) used out of scope", i) }
            if let n = i.op.arity, n != i.operands.count { error("expects \(n) operands, has \(i.operands.count)", i) }
            let rt = i.results.map(f.type)
            switch i.op {
            case .forLoop:
                guard i.operands.count >= 2, i.regions.count == 1 else { error("malformed for", i); return }
                let carried = Array(i.operands.dropFirst(2)).map(f.type)
                let body = i.regions[0]
                if body.args.count != carried.count + 1 { error("for body takes \(body.args.count) arguments, expected \(carried.count + 1)", i) }
                if !zip(carried, rt).allSatisfy(compatible) || carried.count != rt.count { error("for results do not match carried values", i) }
                region(body, expect: rt, terminator: .yield)
            case .whileLoop:
                guard i.regions.count == 2 else { error("malformed while", i); return }
                region(i.regions[0], expect: [.scalar(.bool)], terminator: .yield)
                region(i.regions[1], expect: rt, terminator: .yield)
            case .ifElse:
                guard i.regions.count == 2 else { error("malformed if", i); return }
                if f.type(i.operands[0]) != .scalar(.bool) { error("if condition is \(f.type(i.operands[0])), expected bool", i) }
                region(i.regions[0], expect: rt, terminator: .yield)
                region(i.regions[1], expect: rt, terminator: .yield)
            case .call(let name):
                guard let g = module.function(name) else { error("call of unknown function @\(name)", i); return }
                if i.operands.count != g.params.count { error("@\(name) takes \(g.params.count) arguments, has \(i.operands.count)", i) }
                // The callee's result type in the call's sizes.
                let want = g.resultType.map { [$0.substitute(IRType.sizeBinding(params: g.params.map(g.type), args: i.operands.map(f.type)))] } ?? []
                if rt.count != want.count || !zip(rt, want).allSatisfy(compatible) {
                    error("call results (\(rt.map(\.description).joined(separator: ", "))), @\(name) returns (\(want.map(\.description).joined(separator: ", ")))", i)
                }
            case .tuple:
                if rt.count != 1 || !compatible(rt[0], .tuple(i.operands.map(f.type))) {
                    error("tuple of (\(i.operands.map { f.type($0).description }.joined(separator: ", "))) typed \(rt.map(\.description).joined(separator: ", "))", i)
                }
            case .extract(let k):
                if case .tuple(let ts) = f.type(i.operands[0]), rt.count == 1, k < ts.count, !compatible(rt[0], ts[k]) {
                    error("component \(k) of \(f.type(i.operands[0])) typed \(rt[0])", i)
                }
            case .fused(let k):
                if i.operands.count != k.operandCount { error("kernel reads \(k.operandCount) operands, has \(i.operands.count)", i) }
                for (n, step) in k.steps.enumerated() {
                    switch step {
                    case .input(let x) where x >= k.inputs.count: error("step \(n) reads input \(x) of \(k.inputs.count)", i)
                    case .unary(_, let a) where a >= n: error("step \(n) reads step \(a)", i)
                    case .binary(_, let a, let b) where a >= n || b >= n: error("step \(n) reads steps \(a), \(b)", i)
                    case .masked(let a, let f):
                        if a >= n { error("step \(n) reads step \(a)", i) }
                        if f >= k.inputs.count { error("step \(n) masks to input \(f) of \(k.inputs.count)", i) }
                        else if !k.isFrame(f) { error("step \(n) masks to input \(f), which is not a frame", i) }
                    default: break
                    }
                }
                for (n, input) in k.inputs.enumerated() {
                    if case .framed(let inner, let f) = input, f >= n || !k.isFrame(f) || inner == .scalar {
                        error("input \(n) is framed in input \(f), which is not an earlier frame", i)
                    }
                }
                if k.steps.isEmpty { error("kernel has no steps", i) }
                if rt.count != 1 || rt[0].dtype != k.dtype || (k.output == .sum) != (rt[0] == .scalar(k.dtype)) {
                    error("kernel of \(k.dtype.rawValue) (\(k.output.rawValue)) typed \(rt.map(\.description).joined(separator: ", "))", i)
                }
            default:
                if !i.regions.isEmpty { error("op has regions", i) }
                if i.operands.allSatisfy({ $0.index < f.types.count }),
                   let t = try? i.op.inferType(i.operands.map(f.type)), rt.count == 1, !compatible(t, rt[0]) {
                    error("result type \(rt[0]) differs from the shape rule's \(t)", i)
                }
            }
            for r in i.results { define(r) }
        }

        /// Equal, or equal but for dims one side only knows at run time.
        func compatible(_ a: IRType, _ b: IRType) -> Bool {
            if a == b { return true }
            switch (a, b) {
            case (.tensor(let da, let sa), .tensor(let db, let sb)):
                return da == db && sa.count == sb.count && zip(sa, sb).allSatisfy { $0 == $1 || $0.isDynamic || $1.isDynamic }
            case (.tuple(let xs), .tuple(let ys)):
                return xs.count == ys.count && zip(xs, ys).allSatisfy(compatible)
            default: return false
            }
        }
    }
}
