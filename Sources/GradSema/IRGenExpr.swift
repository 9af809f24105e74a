// Lowering of expressions: literals (weakly typed, as JAX's), names, operators with NumPy
// broadcasting, indexing and slicing, fields, tuples, records, and calls of user functions.
// Built-in functions are in Builtins.swift.
//
// Operations whose operands are all small constants are folded here with the same evaluator
// the VM runs (GradIR/Eval.swift), so `sqrt(2.0 / 64.0)` is one weak constant.

import GradIR
import GradSyntax
import GradTensor

extension FunctionGen {
    // MARK: - Emission helpers

    static let foldLimit = 64

    func constant(_ t: Tensor, weak: Bool = false) -> TV {
        let v = b.constant(t)
        constants[v] = t
        var tv = TV(v: v, weak: weak)
        if t.dtype == .i32 && t.rank == 0 { tv.dim = Dim(Int(t.scalarValue)) }
        return tv
    }

    func type(_ tv: TV) -> IRType { function.type(tv.v) }

    /// Emits a one-result op, folding it when every operand is a constant.
    func emit(_ op: Op, _ args: [TV], type: IRType? = nil, at r: SourceRange) -> TV? {
        let ids = args.map(\.v)
        if op.isPure, !args.isEmpty {
            let cs = ids.compactMap { constants[$0] }
            // A large constant is made at run time, where running out of memory is an error at
            // its line, not while compiling.
            if cs.count == ids.count, (Eval.resultCount(op, cs) ?? 0) <= FunctionGen.foldLimit {
                do {
                    let t = try Eval.apply(op, cs)
                    // A NaN or infinity is made at run time, where --check-nan sees its op.
                    if t.count <= FunctionGen.foldLimit, t.firstNonFinite == nil {
                        if let type, case .tensor(_, let s) = type, s.count != t.rank {
                            // shape given by the caller disagrees: fall through to emit
                        } else {
                            return constant(t, weak: args.allSatisfy(\.weak))
                        }
                    }
                } catch let e as TensorError {
                    diags.error(e.message, at: r)
                    return nil
                } catch {}
            }
        }
        do {
            b.loc = Loc(r)      // the operation's own expression, not its last operand's
            // A result computed only from weak values is weak too (where(c, 1.0, 0.0) * 2.0).
            return TV(v: try b.emit(op, ids, type: type), weak: !args.isEmpty && args.allSatisfy(\.weak))
        } catch let e as TensorError {
            diags.error(e.message, at: r)
            return nil
        } catch {
            diags.error("\(error)", at: r)
            return nil
        }
    }

    // MARK: - Expressions

    /// Lowers an expression that must produce a value. `hint` is the declared type, if any.
    func value(_ e: Expr, hint: IRType?) -> TV? {
        let errors = diags.errorCount
        let tv = valueOrVoid(e, hint: hint)
        // (not after an error lowering it: that error is the reason, said once)
        if case .some(.none) = tv, diags.errorCount == errors {
            diags.error("this expression produces no value", at: e.range)
            return nil
        }
        return tv ?? nil
    }

    /// Lowers an expression; `.some(nil)` means it ran but produces nothing (print, save, a
    /// function without a result); nil means an error was reported.
    func valueOrVoid(_ e: Expr, hint: IRType? = nil) -> TV?? {
        b.loc = Loc(e.range)
        switch e.kind {
        case .int(let v):
            if let d = hint?.dtype, d.isFloat, hint?.isScalar == true { return constant(Tensor.scalar(Double(v), d), weak: true) }
            return constant(Tensor.scalar(Double(v), .i32), weak: true)
        case .float(let v):
            if let d = hint?.dtype, d.isFloat { return constant(Tensor.scalar(v, d), weak: true) }
            return constant(Tensor.scalar(v, .f64), weak: true)
        case .bool(let v):
            return constant(Tensor(shape: [], storage: .bool([v])))
        case .string:
            diags.error("a string can only be printed or used as a file path", at: e.range)
            return nil
        case .name(let n):
            return name(n, e.range)
        case .tensor(let elems):
            return tensorLiteral(elems, e.range, hint: hint)
        case .tuple(let elems):
            var parts: [TV] = []
            for x in elems {
                guard let v = value(x, hint: nil) else { return nil }
                parts.append(strong(v))
            }
            return TV(v: b.emitMulti(.tuple, parts.map(\.v), types: [.tuple(parts.map(type))])[0])
        case .unary(let op, let x):
            guard let v = value(x, hint: hint) else { return nil }
            if case .record = type(v), op == .neg {
                return recordFieldwise(v, nil, at: e.range) { a, _ in self.emit(.unary(.neg), [a], at: e.range) }
            }
            if op == .not && type(v).dtype != .bool {
                diags.error("'!' needs a bool operand, got \(type(v))", at: e.range)
                return nil
            }
            if op == .neg && type(v).dtype == .bool {
                diags.error("'-' needs a numeric operand, got \(type(v))", at: e.range)
                return nil
            }
            var r = emit(.unary(op == .neg ? .neg : .not), [v], at: e.range)
            if let d = v.dim { r?.dim = -d }
            return r
        case .binary(let op, let x, let y):
            // The declared element type flows into arithmetic operands, so constructors in
            // `var W: f32[64, 32] = randn([64, 32], seed: 1) * 0.1` make f32.
            let arithmetic: Set<BinaryOp> = [.add, .sub, .mul, .div, .pow, .matmul]
            let h = arithmetic.contains(op) ? hint.flatMap { $0.dtype.map { IRType.tensor($0, []) } } : nil
            guard let a = value(x, hint: h), let c = value(y, hint: h) else { return nil }
            return binary(op, a, c, at: e.range)
        case .call(let n, let nr, let args):
            return call(n, nr, args, e.range, hint: hint)
        case .index(let x, let items):
            guard let v = value(x, hint: nil) else { return nil }
            return index(strong(v), items, e.range)
        case .field(let x, let f):
            guard let v = value(x, hint: nil) else { return nil }
            return field(v, f, e.range)
        case .error:
            return nil
        }
    }

    func strong(_ v: TV) -> TV { TV(v: v.v, weak: false, dim: v.dim) }

    func nameSuggestion(_ n: String) -> [Diagnostic.Note] {
        var names: [String] = []
        for s in scopes { names += s.keys }
        names += gen.signatures.keys
        names += Builtins.names
        return gen.suggestion(n, among: names)
    }

    func name(_ n: String, _ r: SourceRange) -> TV?? {
        if let v = lookup(n) { return v.tv }
        if sizeNames.contains(n) {
            var tv = emit(.dimSize(n), [], at: r)
            tv?.dim = Dim(symbol: n)
            return tv
        }
        if poisoned.contains(n) { return nil }
        if gen.signatures[n] != nil || Builtins.isBuiltin(n) {
            diags.error("'\(n)' is a function; call it with arguments, like \(n)(...)", at: r)
            return nil
        }
        diags.error("unknown name '\(n)'", at: r, notes: nameSuggestion(n))
        return nil
    }

    /// `[a, b, c]`: a constant when every element is one, otherwise a stack of the elements.
    func tensorLiteral(_ elems: [Expr], _ r: SourceRange, hint: IRType?) -> TV? {
        guard !elems.isEmpty else {
            diags.error("an empty tensor literal has no element type; use zeros([0]) instead", at: r)
            return nil
        }
        let elemHint = hint.flatMap { h -> IRType? in
            guard case .tensor(let d, let s) = h, !s.isEmpty else { return nil }
            return .tensor(d, Array(s.dropFirst()))
        }
        var parts: [TV] = []
        for x in elems {
            guard let v = value(x, hint: elemHint) else { return nil }
            guard type(v).isTensor else { diags.error("tensor literal elements must be tensors, got \(type(v))", at: x.range); return nil }
            parts.append(v)
        }
        // Unify element types: weak parts take the type of strong ones; all-weak float wins over int.
        let strongTypes = Set(parts.filter { !$0.weak }.compactMap { type($0).dtype })
        let target: DType
        if strongTypes.count > 1 {
            diags.error("tensor literal mixes element types \(strongTypes.map(\.rawValue).sorted().joined(separator: " and "))", at: r,
                        notes: [.init("convert the elements with f32(...), f64(...) or i32(...)")])
            return nil
        } else if let t = strongTypes.first {
            target = t
        } else {
            let ds = parts.compactMap { type($0).dtype }
            target = ds.contains(.f32) ? .f32 : ds.contains(.f64) ? .f64 : ds.contains(.i32) ? .i32 : .bool
        }
        var conv: [TV] = []
        for (x, p) in zip(elems, parts) {
            guard let c = convertWeak(p, to: target, at: x.range) else { return nil }
            conv.append(c)
        }
        let shapes = conv.map { type($0).shape! }
        if Set(shapes).count > 1 {
            diags.error("tensor literal elements have different shapes: \(conv.map { type($0).description }.joined(separator: ", "))", at: r)
            return nil
        }
        let allWeak = parts.allSatisfy(\.weak)
        if conv.allSatisfy({ constants[$0.v] != nil }) {
            let ts = conv.map { constants[$0.v]! }
            let vals = ts.flatMap(\.doubles)
            return constant(Tensor.fromDoubles(vals, shape: [ts.count] + ts[0].shape, dtype: target), weak: allWeak)
        }
        var expanded: [TV] = []
        for c in conv {
            guard let e = emit(.expandDims(0), [c], at: r) else { return nil }
            expanded.append(e)
        }
        return emit(.concat(0), expanded, at: r)
    }

    /// Converts a weak literal to `d`; strong values are returned unchanged.
    func convertWeak(_ v: TV, to d: DType, at r: SourceRange) -> TV? {
        guard v.weak, let from = type(v).dtype, from != d else { return v }
        if from.isFloat && !d.isFloat {
            diags.error("float literal used where \(d.rawValue) is needed", at: r)
            return nil
        }
        if let c = constants[v.v] { return constant(c.converted(to: d), weak: true) }
        return emit(.convert(d), [v], at: r).map { TV(v: $0.v, weak: true) }
    }

    /// Brings two operands to one element type: weak literals take the other's type;
    /// i32 meeting a weak float literal becomes f64; other mixes are errors.
    func unify(_ a: TV, _ c: TV, _ opText: String, at r: SourceRange) -> (TV, TV)? {
        guard let da = type(a).dtype, let dc = type(c).dtype else { return nil }
        if da == dc { return (a, c) }
        if a.weak && !c.weak {
            if da.isFloat && dc == .i32 { return emit(.convert(.f64), [c], at: r).flatMap { cv in convertWeak(a, to: .f64, at: r).map { ($0, cv) } } }
            return convertWeak(a, to: dc, at: r).map { ($0, c) }
        }
        if c.weak && !a.weak {
            if dc.isFloat && da == .i32 { return emit(.convert(.f64), [a], at: r).flatMap { av in convertWeak(c, to: .f64, at: r).map { (av, $0) } } }
            return convertWeak(c, to: da, at: r).map { (a, $0) }
        }
        if a.weak && c.weak {
            let t: DType = da.isFloat ? da : dc
            guard let x = convertWeak(a, to: t, at: r), let y = convertWeak(c, to: t, at: r) else { return nil }
            return (x, y)
        }
        diags.error("cannot mix \(type(a)) and \(type(c)) in '\(opText)'", at: r,
                    notes: [.init(dc == .bool || da == .bool ? "bools do not mix with numbers; use where(c, a, b) or i32(...)" : "convert one side explicitly with f32(...), f64(...) or i32(...)")])
        return nil
    }

    static let binaryFns: [BinaryOp: BinaryFn] = [
        .add: .add, .sub: .sub, .mul: .mul, .div: .div, .pow: .pow,
        .eq: .eq, .ne: .ne, .lt: .lt, .le: .le, .gt: .gt, .ge: .ge, .and: .and, .or: .or,
    ]

    func binary(_ op: BinaryOp, _ a: TV, _ c: TV, at r: SourceRange) -> TV? {
        // Records: + - * / field by field, with a record or a scalar on the other side.
        if case .record = type(a) { return recordBinary(op, a, c, at: r) }
        if case .record = type(c) { return recordBinary(op, a, c, at: r) }
        guard type(a).isTensor, type(c).isTensor else {
            diags.error("'\(op.rawValue)' of \(type(a)) and \(type(c))", at: r)
            return nil
        }
        if [.add, .sub, .mul, .div, .pow, .matmul].contains(op), type(a).dtype == .bool || type(c).dtype == .bool {
            diags.error("'\(op.rawValue)' is not defined on bool", at: r, notes: [.init("convert with i32(...) or f32(...) to count or weight")])
            return nil
        }
        guard let (x, y) = unify(a, c, op.rawValue, at: r) else { return nil }
        if op == .matmul { return emit(.matmul, [x, y], at: r) }
        if (op == .and || op == .or) && type(x).dtype != .bool {
            diags.error("'\(op.rawValue)' needs bool operands, got \(type(x))", at: r)
            return nil
        }
        var out = emit(.binary(FunctionGen.binaryFns[op]!), [x, y], at: r)
        if let dx = x.dim, let dy = y.dim {
            switch op {
            case .add: out?.dim = dx + dy
            case .sub: out?.dim = dx - dy
            case .mul: out?.dim = dx * dy
            default: break
            }
        }
        return out
    }

    func recordBinary(_ op: BinaryOp, _ a: TV, _ c: TV, at r: SourceRange) -> TV? {
        guard [.add, .sub, .mul, .div].contains(op) else {
            diags.error("'\(op.rawValue)' is not defined on records; records support + - * / field by field", at: r)
            return nil
        }
        if case .record(let n1) = type(a), case .record(let n2) = type(c), n1 != n2 {
            diags.error("'\(op.rawValue)' of records \(n1) and \(n2)", at: r)
            return nil
        }
        for side in [a, c] where !(type(side).isScalar || { if case .record = type(side) { return true }; return false }()) {
            diags.error("'\(op.rawValue)' of a record and \(type(side)); the other operand must be the same record type or a scalar", at: r)
            return nil
        }
        return recordFieldwise(a, c, at: r) { x, y in self.binary(op, x, y!, at: r) }
    }

    /// Applies `f` to every field of the record operand(s); a scalar operand is used as is.
    func recordFieldwise(_ a: TV, _ c: TV?, at r: SourceRange, _ f: (TV, TV?) -> TV?) -> TV? {
        let recName: String
        if case .record(let n) = type(a) { recName = n } else if let c, case .record(let n) = type(c) { recName = n } else { return nil }
        guard let sd = module.structDef(recName) else { return nil }
        var fields: [ValueID] = []
        for (k, fd) in sd.fields.enumerated() {
            func part(_ v: TV) -> TV {
                if case .record = type(v) { return TV(v: try! b.emit(.field(k), [v.v], type: fd.type)) }
                return v
            }
            guard let res = f(part(a), c.map(part)), let conf = conform(res, to: fd.type, what: "field \(fd.name)", at: r) else { return nil }
            fields.append(conf.v)
        }
        return TV(v: b.emitMulti(.record(recName), fields, types: [.record(recName)])[0])
    }

    func field(_ v: TV, _ f: String, _ r: SourceRange) -> TV? {
        switch type(v) {
        case .record(let n):
            guard let sd = module.structDef(n), let k = sd.fields.firstIndex(where: { $0.name == f }) else {
                diags.error("\(n) has no field '\(f)'", at: r, notes: gen.suggestion(f, among: module.structDef(n)?.fields.map(\.name) ?? []))
                return nil
            }
            return TV(v: try! b.emit(.field(k), [v.v], type: sd.fields[k].type))
        case .tensor:
            if f == "T" { return emit(.transpose(nil), [v], at: r) }
            diags.error("tensors have no field '\(f)'; the only one is .T (transpose)", at: r)
            return nil
        case .tuple:
            diags.error("tuple elements are read by destructuring: let (a, b) = ...", at: r)
            return nil
        }
    }

    /// Converts `v` to the declared type `t`, checking shapes: weak literals convert, a
    /// symbolic or run-time dimension is checked at run time (assert_type), a definite
    /// mismatch is an error.
    func conform(_ v: TV, to t: IRType, what: String, at r: SourceRange) -> TV? {
        let have = type(v)
        if have == t { return strong(v) }
        switch (have, t) {
        case (.tensor(let d1, let s1), .tensor(let d2, let s2)):
            var x = v
            if d1 != d2 {
                if v.weak, let c = convertWeak(v, to: d2, at: r) { x = c } else {
                    diags.error("\(what) has type \(have), expected \(t)", at: r,
                                notes: [.init("convert it with \(d2.rawValue)(...)")])
                    return nil
                }
            }
            if s1 == s2 { return strong(x) }
            guard s1.count == s2.count else {
                diags.error("\(what) has shape \(have), expected \(t)", at: r)
                return nil
            }
            for (p, q) in zip(s1, s2) where p != q {
                if let kp = p.known, let kq = q.known, kp != kq {
                    diags.error("\(what) has shape \(have), expected \(t)", at: r)
                    return nil
                }
            }
            return TV(v: try! b.emit(.assertType, [x.v], type: t))
        case (.record(let a), .record(let c)) where a == c:
            return strong(v)
        case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count:
            var parts: [ValueID] = []
            for (k, y) in ys.enumerated() {
                let e = TV(v: try! b.emit(.extract(k), [v.v], type: xs[k]))
                guard let c = conform(e, to: y, what: "element \(k) of \(what)", at: r) else { return nil }
                parts.append(c.v)
            }
            return TV(v: b.emitMulti(.tuple, parts, types: [t])[0])
        default:
            diags.error("\(what) has type \(have), expected \(t)", at: r)
            return nil
        }
    }

    // MARK: - Indexing

    func intScalar(_ e: Expr, _ what: String) -> TV? {
        guard let v = value(e, hint: .scalar(.i32)) else { return nil }
        return intScalar(v, e, what)
    }

    /// `v`, the lowered `e`, checked to be an i32 scalar.
    func intScalar(_ v: TV, _ e: Expr, _ what: String) -> TV? {
        guard type(v) == .scalar(.i32) else {
            diags.error("\(what) must be an i32 scalar, got \(type(v))", at: e.range,
                        notes: type(v).isFloatTensor && type(v).isScalar ? [.init("convert it with i32(...)")] : [])
            return nil
        }
        return strong(v)
    }

    func index(_ x: TV, _ items: [IndexItem], _ r: SourceRange) -> TV? {
        guard let tensorIndex = indexTensor(items, r) else { return nil }
        if let (a, idx) = tensorIndex { return gather(x, items, a, idx, r) }
        guard let (axes, dyn, t) = indexParts(x, items, r) else { return nil }
        return emit(.index(axes), [x] + dyn, type: t, at: r)
    }

    /// The axes, dynamic bound operands and result type of `x[items]`.
    func indexParts(_ x: TV, _ items: [IndexItem], _ r: SourceRange) -> ([IndexAxis], [TV], IRType)? {
        guard case .tensor(let d, let shape) = type(x) else {
            diags.error("cannot index a value of type \(type(x))", at: r)
            return nil
        }
        guard items.count <= shape.count else {
            diags.error("too many indices (\(items.count)) for \(type(x))", at: r)
            return nil
        }
        var axes: [IndexAxis] = []
        var dyn: [TV] = []
        var out: [Dim] = []
        for (k, item) in items.enumerated() {
            let n = shape[k]
            switch item {
            case .single(let e):
                guard let i0 = value(e, hint: .scalar(.i32)) else { return nil }
                if case .tensor(.i32, let s) = type(i0), !s.isEmpty {
                    diags.error("an index tensor must be a name or a list literal here", at: e.range,
                                notes: [.init("name it first: let idx = ...; then x[idx]")]); return nil
                }
                guard let i = intScalar(i0, e, "an index") else { return nil }
                if let ci = constants[i.v].map({ Int($0.scalarValue) }), let kn = n.known, ci >= kn || ci < -kn {
                    diags.error("index \(ci) is out of range for axis \(k) of size \(kn)", at: e.range)
                    return nil
                }
                axes.append(.at); dyn.append(i)
            case .slice(let s, let t, let st, let sr):
                var step = 1
                if let st {
                    guard let c = compileTimeInt(st, "a slice step"), c != 0 else {
                        diags.error("a slice step must be a nonzero integer known at compile time", at: st.range)
                        return nil
                    }
                    step = c
                }
                var start: TV?, stop: TV?
                if let s { guard let v = intScalar(s, "a slice bound") else { return nil }; start = v; dyn.append(v) }
                if let t { guard let v = intScalar(t, "a slice bound") else { return nil }; stop = v; dyn.append(v) }
                axes.append(.range(hasStart: s != nil, hasStop: t != nil, step: step))
                out.append(sliceLength(n, start.map { $0.dim ?? .dynamic }, stop.map { $0.dim ?? .dynamic }, step, sr))
            }
        }
        out += shape.dropFirst(items.count)
        return (axes, dyn, .tensor(d, out))
    }

    /// The length of `a:b:s` over a dimension `n`: exact when everything is known, linear in
    /// size names for step 1 (assuming the bounds are in range, as x[0:n-1] and x[1:] are),
    /// otherwise known only at run time.
    func sliceLength(_ n: Dim, _ a: Dim?, _ b: Dim?, _ step: Int, _ r: SourceRange) -> Dim {
        let aKnown = a.map { $0.known != nil } ?? true, bKnown = b.map { $0.known != nil } ?? true
        if let kn = n.known, aKnown, bKnown {
            return Dim(sliceBounds(a?.known, b?.known, step, kn).count)
        }
        guard step == 1 else { return .dynamic }
        func norm(_ x: Dim) -> Dim { if let k = x.known, k < 0 { return n + x }; return x }
        let start = a.map(norm) ?? Dim(0)
        let stop = b.map(norm) ?? n
        if (a != nil && a!.isDynamic) || (b != nil && b!.isDynamic) { return .dynamic }
        if a == nil && b == nil { return n }
        return stop - start
    }

    func compileTimeInt(_ e: Expr, _ what: String) -> Int? {
        switch e.kind {
        case .int(let v): return v
        case .unary(.neg, let x): return compileTimeInt(x, what).map { -$0 }
        default: return nil
        }
    }

    // MARK: - Calls

    func call(_ n: String, _ nr: SourceRange, _ args: [Arg], _ r: SourceRange, hint: IRType?) -> TV?? {
        if gen.preludeDepth > 0, let lf = IRGen.preludeFunctions[n] { return lazyCall(n, lf, args, r) }
        if let sig = gen.signatures[n] { return userCall(n, sig, args, r) }
        if let lf = gen.lazy[n] { return lazyCall(n, lf, args, r) }
        if let sd = module.structDef(n) { return construct(sd, args, r) }
        if Builtins.isBuiltin(n) { return Builtins.lower(self, n, nr, args, r, hint: hint) }
        if lookup(n) != nil {
            diags.error("'\(n)' is a value, not a function", at: nr)
            return nil
        }
        if gen.brokenSignatures.contains(n) { return nil }     // its signature's error is reported
        diags.error("unknown function '\(n)'", at: nr, notes: gen.suggestion(n, among: Array(gen.signatures.keys) + Array(gen.lazy.keys) + Builtins.names))
        return nil
    }

    /// `lowered`: the arguments' values, when the caller lowered them already.
    func userCall(_ n: String, _ sig: Signature, _ args: [Arg], _ r: SourceRange, lowered: [TV]? = nil) -> TV?? {
        if let a = args.first(where: { $0.label != nil }) {
            diags.error("'\(n)' takes positional arguments; remove the label '\(a.label!):'", at: a.range)
            return nil
        }
        guard args.count == sig.params.count else {
            diags.error("'\(n)' takes \(sig.params.count) argument\(sig.params.count == 1 ? "" : "s"), got \(args.count)", at: r,
                        notes: [.init("'\(n)' is declared here", at: sig.range)])
            return nil
        }
        gen.callGraph[function.name, default: []].append((n, r))
        // Bind the callee's size names to the caller's dimensions, checking what is known.
        var bind: [String: Dim] = [:]
        var vals: [ValueID] = []
        // Dims written as expressions (n + 1) are checked once every argument has bound its names.
        var composite: [(want: Dim, got: Dim, param: String, type: IRType, have: IRType, at: SourceRange)] = []
        for (k, (a, p)) in zip(args, sig.params).enumerated() {
            guard var v = lowered?[k] ?? value(a.value, hint: p.type) else { return nil }
            let have = type(v)
            if case .tensor(let dp, let sp) = p.type {
                if v.weak, let c = convertWeak(v, to: dp, at: a.range) { v = c }
                guard case .tensor(let dv, let sv) = type(v), dv == dp, sv.count == sp.count else {
                    diags.error("argument '\(p.name)' of '\(n)' has type \(type(v)), expected \(p.type)", at: a.range,
                                notes: type(v).dtype != nil && type(v).dtype != dp ? [.init("convert it with \(dp.rawValue)(...)")] : [])
                    return nil
                }
                for (want, got) in zip(sp, sv) {
                    if let s = want.plainSymbol {
                        if let prev = bind[s], prev != got, let kp = prev.known, let kg = got.known, kp != kg {
                            diags.error("argument '\(p.name)' of '\(n)' has type \(type(v)), but size \(s) is \(kp) from an earlier argument", at: a.range)
                            return nil
                        }
                        if bind[s] == nil || bind[s]!.isDynamic { bind[s] = got }
                    } else if let kw = want.known, let kg = got.known, kw != kg {
                        diags.error("argument '\(p.name)' of '\(n)' has type \(type(v)), expected \(p.type)", at: a.range)
                        return nil
                    } else if want.known == nil {
                        // 2*m or n+1 gives its name from a known size, as the VM does at run time
                        if let (s, c, o) = want.affineSymbol, bind[s] == nil, let kg = got.known {
                            guard (kg - o) % c == 0, (kg - o) / c >= 0 else {
                                diags.error("argument '\(p.name)' of '\(n)' has type \(type(v)), expected \(p.type)", at: a.range)
                                return nil
                            }
                            bind[s] = Dim((kg - o) / c)
                        }
                        composite.append((want, got, p.name, p.type, type(v), a.range))
                    }
                }
            } else if have != p.type {
                // A tuple's tensors bind size names as tensor arguments do (a transposed
                // custom derivative's tuple of tangents, in the caller's sizes).
                let b = IRType.sizeBinding(params: [p.type], args: [have])
                guard !b.isEmpty, p.type.substitute(b) == have,
                      b.allSatisfy({ s, d in bind[s].map { $0 == d || $0.known == nil || d.known == nil } ?? true }) else {
                    diags.error("argument '\(p.name)' of '\(n)' has type \(have), expected \(p.type)", at: a.range)
                    return nil
                }
                for (s, d) in b where bind[s] == nil || bind[s]!.isDynamic { bind[s] = d }
            }
            vals.append(v.v)
        }
        for c in composite {
            if let kw = c.want.substitute(bind).known, let kg = c.got.known, kw != kg {
                let names = Set(c.want.symbols).sorted().compactMap { s in bind[s]?.known.map { "\(s) = \($0)" } }
                diags.error("argument '\(c.param)' of '\(n)' has type \(c.have), expected \(c.type)" + (names.isEmpty ? "" : " (" + names.joined(separator: ", ") + ")"), at: c.at)
                return nil
            }
        }
        guard let rt = sig.result else {
            b.emitMulti(.call(n), vals, types: [])
            return .some(nil)
        }
        return TV(v: b.emitMulti(.call(n), vals, types: [rt.substitute(bind)])[0])
    }

    func construct(_ sd: StructDef, _ args: [Arg], _ r: SourceRange) -> TV?? {
        var vals: [ValueID] = []
        guard args.count == sd.fields.count else {
            diags.error("\(sd.name) has \(sd.fields.count) fields, got \(args.count) arguments", at: r,
                        notes: [.init("write \(sd.name)(" + sd.fields.map { "\($0.name): ..." }.joined(separator: ", ") + ")")])
            return nil
        }
        for (a, f) in zip(args, sd.fields) {
            guard a.label == f.name else {
                diags.error("expected the field label '\(f.name):'" + (a.label.map { ", found '\($0):'" } ?? ""), at: a.range)
                return nil
            }
            guard let v = value(a.value, hint: f.type), let c = conform(v, to: f.type, what: "field '\(f.name)'", at: a.range) else { return nil }
            vals.append(c.v)
        }
        return TV(v: b.emitMulti(.record(sd.name), vals, types: [.record(sd.name)])[0])
    }
}
