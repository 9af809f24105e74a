// Activity analysis: which values of a function depend on the inputs being differentiated
// ("varied"). Only float tensors and aggregates of them are varied; integers and bools never
// are, and stop_gradient cuts the dependence. Loop-carried values and if results are solved
// to a fixed point. Derivative code is emitted only for varied values.
//
// It is also the fence of Tangent and Swift: a varied float that is turned into an integer
// or bool and then back into a float (i32(x) used as a number, a comparison used as a value)
// has no derivative, and is reported at the conversion.

import GradIR

struct Activity {
    let f: Function
    var varied = Set<ValueID>()
    /// Integer or bool values computed from varied floats, with where that happened.
    var tainted: [ValueID: (loc: Loc, comparison: Bool)] = [:]

    init(_ f: Function, wrt: [Int]) throws {
        self.f = f
        for k in wrt { varied.insert(f.params[k]) }
        var changed = true
        while changed {
            changed = false
            visit(f.body, &changed)
        }
        try fence(f.body)
    }

    func isDiffType(_ t: IRType) -> Bool {
        switch t {
        case .tensor(let d, _): return d.isFloat
        case .tuple, .record: return true
        }
    }

    mutating func mark(_ v: ValueID, _ changed: inout Bool) {
        if isDiffType(f.type(v)) && varied.insert(v).inserted { changed = true }
    }

    mutating func link(_ vs: [ValueID], into targets: [ValueID], _ changed: inout Bool) {
        for (v, t) in zip(vs, targets) where varied.contains(v) { mark(t, &changed) }
    }

    mutating func visit(_ r: Region, _ changed: inout Bool) {
        for i in r.insts {
            switch i.op {
            case .forLoop:
                let body = i.regions[0]
                let inits = Array(i.operands.dropFirst(2)), args = Array(body.args.dropFirst())
                link(inits, into: args, &changed)
                visit(body, &changed)
                let ys = body.terminator?.operands ?? []
                link(ys, into: args, &changed)
                link(ys, into: i.results, &changed)
                link(inits, into: i.results, &changed)
            case .whileLoop:
                let (cond, body) = (i.regions[0], i.regions[1])
                link(i.operands, into: cond.args, &changed)
                link(i.operands, into: body.args, &changed)
                visit(cond, &changed)
                visit(body, &changed)
                let ys = body.terminator?.operands ?? []
                link(ys, into: cond.args, &changed)
                link(ys, into: body.args, &changed)
                link(ys, into: i.results, &changed)
                link(i.operands, into: i.results, &changed)
            case .ifElse:
                for reg in i.regions {
                    visit(reg, &changed)
                    link(reg.terminator?.operands ?? [], into: i.results, &changed)
                }
            case .stopGradient, .yield, .ret:
                break
            default:
                if i.operands.contains(where: varied.contains) { for r in i.results { mark(r, &changed) } }
            }
        }
    }

    /// Reports a varied float that loses its derivative through an integer or bool and is
    /// then used as a float again.
    mutating func fence(_ r: Region) throws {
        for i in r.insts {
            for sub in i.regions { try fence(sub) }
            let fromVaried = i.operands.contains(where: varied.contains)
            let fromTainted = i.operands.compactMap { tainted[$0] }.first
            switch i.op {
            case .load:
                throw ADError("cannot differentiate through load(...): data read from a file has no derivative", at: i.loc,
                              note: "load the data in main and pass it as an argument")
            case .convert(let to) where to.isFloat:
                if let origin = fromTainted {
                    if origin.comparison {
                        throw ADError("cannot differentiate through a comparison used as a value", at: origin.loc,
                                      note: "use where(c, a, b) to choose between values, or stop_gradient(...) if no derivative should flow through it")
                    }
                    throw ADError("cannot differentiate through a conversion to an integer: its derivative is zero almost everywhere and undefined at the steps",
                                  at: origin.loc, note: "wrap the value in stop_gradient(...) if no derivative should flow through it")
                }
            case .select:
                if let origin = i.operands.dropFirst().compactMap({ tainted[$0] }).first {
                    throw ADError("cannot differentiate through a comparison used as a value", at: origin.loc,
                                  note: "use where(c, a, b) to choose between float values, or stop_gradient(...)")
                }
            default: break
            }
            if fromVaried || fromTainted != nil {
                for res in i.results where !isDiffType(f.type(res)) {
                    if case .convert = i.op { tainted[res] = fromTainted ?? (i.loc, false) }
                    else if case .binary(let fn) = i.op, fn.isComparison { tainted[res] = fromTainted ?? (i.loc, true) }
                    else if let t = fromTainted { tainted[res] = t }
                }
            }
        }
    }
}
