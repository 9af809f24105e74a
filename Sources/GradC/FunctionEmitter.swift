// One Grad function as one static C function (the conventions are CEmitter.swift's): values
// named and released, regions and loops, and each instruction as a runtime call or, through
// Fusion's plan, part of a fused loop (FusedLoops.swift).

import Foundation
import GradIR
import GradTensor

struct FunctionEmitter {
    let e: CEmitter
    let f: Function
    var out = ""
    var vars: [ValueID: [String]] = [:]
    var declared: [String] = []
    var sizes: [String] = []
    var lastLoc: Loc = .none
    var tmp = 0
    var paramLeaves: Set<String> = []
    /// Where values stop being read, for handing a set_index buffer over.
    var live = LiveFrames()
    /// Buffers that set_index may update in place: never read from a fused loop later.
    var tapes: Set<ValueID> = []
    /// Transposes that matrix products read as GEMM flags (no copy), with their sources.
    var transposed: [ValueID: ValueID] = [:]

    init(e: CEmitter, f: Function) {
        self.e = e
        self.f = f
    }

    mutating func name(_ v: ValueID) -> [String] {
        if let x = vars[v] { return x }
        let base = (f.names[v].map { $0.filter { $0.isLetter || $0.isNumber || $0 == "_" } } ?? "v") + "_\(v.raw)"
        let n = e.leaves(f.type(v)).count
        let names = n == 1 ? [base] : (0..<n).map { "\(base)_\($0)" }
        vars[v] = names
        declared += names
        return names
    }

    func leaf(_ v: ValueID) -> String { vars[v]![0] }

    mutating func fresh() -> String { tmp += 1; return "t\(tmp)" }

    mutating func run() -> String {
        var body = ""
        swap(&body, &out)
        // Parameters are borrowed leaves.
        for (k, p) in f.params.enumerated() {
            let n = e.leaves(f.type(p)).count
            vars[p] = (0..<n).map { "a\(k)_\($0)" }
            paramLeaves.formUnion(vars[p]!)
        }
        walk(f.body) { i in if i.op == .setIndex { tapes.insert(i.operands[0]) } }
        sizes = e.exportSizeNames(f)      // a record parameter's fields' size names too
        for s in collectSizeNames() where !sizes.contains(s) { sizes.append(s) }
        for (k, p) in f.params.enumerated() {
            checkType(f.type(p), vars[p]!, what: "argument \(k + 1) of '\(f.name)'", indent: "  ")
        }
        // dims written as expressions (n + 1) again, once every argument has bound its names
        for (k, p) in f.params.enumerated() where f.type(p).hasCompositeDims {
            checkType(f.type(p), vars[p]!, what: "argument \(k + 1) of '\(f.name)'", indent: "  ")
        }
        region(f.body, indent: "  ")
        swap(&body, &out)
        var text = e.prototype(f) + " {\n"
        // Size names: sz[k] is the size called sz_names[k], -1 until a value gives it.
        text += "  int64_t sz[\(max(sizes.count, 1))] = {" + (sizes.isEmpty ? "-1" : sizes.map { _ in "-1" }.joined(separator: ", ")) + "};\n"
        text += "  static const char *const sz_names[] = {" + (sizes.isEmpty ? "\"\"" : sizes.map { e.cString($0) }.joined(separator: ", ")) + "};\n"
        text += "  (void)sz; (void)sz_names;\n"
        let locals = declared.filter { !paramLeaves.contains($0) }
        if !locals.isEmpty { text += "  T " + locals.map { "*\($0) = 0" }.joined(separator: ", ") + ";\n" }
        text += "  (void)out;\n" + body + "}\n"
        return text
    }

    func collectSizeNames() -> [String] {
        var s: [String] = []
        walk(f.body) { i in
            if case .dimSize(let n) = i.op, !s.contains(n) { s.append(n) }
            // a record's fields are checked where it is loaded from an archive
            for r in i.results { for x in e.leaves(f.type(r)).flatMap(\.symbols) where !s.contains(x) { s.append(x) } }
        }
        return s
    }

    mutating func loc(_ l: Loc, _ indent: String) {
        if l.line > 0 && (l.line != lastLoc.line || l.column != lastLoc.column) {
            out += indent + "gt_line = \(l.line); gt_col = \(l.column);\n"
            lastLoc = l
        }
    }

    // MARK: - Types and checks

    public func dtName(_ d: DType) -> String { ["f32": "F32", "f64": "F64", "i32": "I32", "bool": "BOOL"][d.rawValue]! }

    func dimExpr(_ d: Dim) -> String? {
        d.isDynamic ? nil : d.expression(sizeRef, exactDivision: CEmitter.exactDivision)
    }

    /// Checks a value against a declared type, binding size names as the VM does.
    mutating func checkType(_ t: IRType, _ leaves: [String], what: String, indent: String) {
        for (lt, v) in zip(e.leaves(t), leaves) {
            guard case .tensor(let d, let dims) = lt else { continue }
            let specs = dims.map { dim -> String in
                if let (s, a, b) = dim.affineSymbol { return "{\(sizes.firstIndex(of: s)!), \(b), \(a)}" }
                if let k = dim.known { return "{-1, \(k), 0}" }
                guard let x = dimExpr(dim) else { return "{-2, -1, 0}" }
                let unbound = dim.symbols.map { "\(sizeRef($0)) < 0" }.joined(separator: " || ")
                return "{-2, \(unbound.isEmpty ? x : "(\(unbound)) ? -1 : \(x)"), 0}"
            }
            let used = Array(Set(dims.flatMap(\.symbols))).sorted().map { String(sizes.firstIndex(of: $0)!) }
            out += indent + "gt_bind(\(v), \(dtName(d)), \(dims.count), (gt_dim[]){\(specs.isEmpty ? "{0, 0, 0}" : specs.joined(separator: ", "))}, sz, sz_names, "
                + "(int[]){\(used.isEmpty ? "0" : used.joined(separator: ", "))}, \(used.count), \(e.cString(what)), \(e.cString(lt.description)));\n"
        }
    }

    func sizeRef(_ s: String) -> String { "sz[\(sizes.firstIndex(of: s)!)]" }

    // MARK: - Regions

    /// Index of the last use of each value defined in `r` (results of its instructions), an
    /// inlined instruction's reads counting where its fused loop runs.
    func lastUses(_ r: Region, _ fu: Fusion) -> [ValueID: Int] {
        var last: [ValueID: Int] = [:]
        for (k, i) in r.insts.enumerated() {
            for res in i.results where !fu.computedByReaders(res) { last[res] = k }
            var used: [ValueID] = i.operands
            for sub in i.regions { walk(sub) { used += $0.operands } }
            for v in used where last[v] != nil { last[v] = max(last[v]!, fu.readAt[k]) }
        }
        return last
    }

    /// Emits a region. Its `yield` moves into `targets`, or, for a while condition, sets the C
    /// int `condInto`.
    mutating func region(_ r: Region, indent: String, yieldInto targets: [String]? = nil, condInto: String? = nil, loop: Bool = false) {
        let fusion = e.fuse && !e.checkNaN ? planFusion(r) : Fusion(readAt: Array(r.insts.indices))
        transposed.merge(fusion.transposed) { a, _ in a }
        let last = lastUses(r, fusion)
        live.enter(r, loop: loop)
        for (k, i) in r.insts.enumerated() where fusion.readAt[k] != k {
            for o in i.operands { live.readsLater(o, at: fusion.readAt[k]) }
        }
        defer { live.leave() }
        var releaseAt: [Int: [ValueID]] = [:]
        for (v, k) in last { releaseAt[k, default: []].append(v) }
        let runs = collectiveRuns(r)
        for (k, i) in r.insts.enumerated() {
            live.at(k)
            if i.op == .setIndex, !paramLeaves.contains(name(i.operands[0])[0]), live.dead(i.operands[0]) {
                // The tape is dead after this update: hand its reference over (in place if sole).
                loc(i.loc, indent)
                let buf = name(i.operands[0])[0]
                out += indent + "\(name(i.result)[0]) = gt_set_index_owned(\(buf), gt_int(\(name(i.operands[1])[0])), \(name(i.operands[2])[0])); \(buf) = 0;\n"
            } else if i.op == .yield {
                if let targets { yield(i.operands, into: targets, indent: indent) }
                if let c = condInto { out += indent + "int \(c) = gt_get(\(name(i.operands[0])[0]), 0) != 0;\n" }
            } else if i.op == .ret {
                ret(i, releasing: r, indent: indent)
                continue
            } else if let run = runs[k] {
                if let members = run { loc(i.loc, indent); collective(members.map { r.insts[$0] }, indent: indent) }
            } else if i.results.count == 1 && fusion.computedByReaders(i.result) {
                continue
            } else if fusion.roots.contains(k) {
                loc(i.loc, indent)
                if !emitFused(i, fusion, indent: indent) { unfused(i, fusion, indent: indent) }
                lastLoc = .none
            } else {
                inst(i, indent: indent)
            }
            if e.checkNaN, i.results.count == 1, f.type(i.result).isFloatTensor, i.op.isPure || i.op.name == "load" {
                if case .constant = i.op {} else { out += indent + "gt_check_finite(\(name(i.result)[0]), \(e.cString(i.op.name)));\n" }
            }
            for v in (releaseAt[k] ?? []).sorted() { for l in name(v) { out += indent + "gt_release(\(l)); \(l) = 0;\n" } }
        }
    }

    /// The runs of consecutive collectives one call made (allreduce_sum, allreduce_mean or
    /// broadcast of a record's fields, BuiltinsParallel.swift): the same op (and root), none
    /// reading another's result. A run's first index maps to its members, the others to nil:
    /// the run is one runtime call, one message per element type.
    func collectiveRuns(_ r: Region) -> [Int: [Int]?] {
        var runs: [Int: [Int]?] = [:]
        var k = 0
        while k < r.insts.count {
            let first = r.insts[k]
            guard case .collective(let c) = first.op, c.operandCount > 0 else { k += 1; continue }
            var members = [k], results = Set(first.results)
            var j = k + 1
            while j < r.insts.count, r.insts[j].op == first.op, r.insts[j].operands.dropFirst() == first.operands.dropFirst(),
                  !r.insts[j].operands.contains(where: results.contains) {
                members.append(j)
                results.formUnion(r.insts[j].results)
                j += 1
            }
            runs[k] = members
            for m in members.dropFirst() { runs[m] = .some(nil) }
            k = j
        }
        return runs
    }

    /// One gt_collective call for a run of collectives (or one).
    mutating func collective(_ insts: [Inst], indent: String) {
        guard case .collective(let c) = insts[0].op else { return }
        let kind = c == .allreduceSum ? 0 : c == .allreduceMean ? 1 : 2
        let xs = insts.map { name($0.operands[0])[0] }, ys = insts.map { name($0.result)[0] }
        let root = c == .broadcast ? "gt_int(\(name(insts[0].operands[1])[0]))" : "0"
        let outs = fresh()
        out += indent + "{ T *\(outs)[\(insts.count)]; gt_collective(\(kind), \(insts.count), (T *const []){\(xs.joined(separator: ", "))}, \(outs), \(root));"
        out += ys.enumerated().map { " \($1) = \(outs)[\($0)];" }.joined() + " }\n"
    }

    /// A loop's carried values start as its initial values: moved in when this loop is an
    /// initial value's last reader (so an accumulator can be updated in place from the first
    /// iteration), retained otherwise.
    mutating func carry(_ carried: [String], inits: [ValueID], into loop: Inst, indent: String) {
        var readInside = Set<ValueID>()
        for r in loop.regions { walk(r) { readInside.formUnion($0.operands) } }
        let srcs = inits.flatMap { v in name(v).map { (v, $0) } }
        for (c, (v, s)) in zip(carried, srcs) {
            let once = srcs.filter { $0.1 == s }.count == 1 && loop.operands.filter { $0 == v }.count == 1
            if once, !paramLeaves.contains(s), !readInside.contains(v), live.dead(v) {
                out += indent + "\(c) = \(s); \(s) = 0;\n"
            } else {
                out += indent + "\(c) = gt_retain(\(s));\n"
            }
        }
    }

    /// A root whose tree is not one loop: its inlined operands are computed one kernel each,
    /// then released.
    mutating func unfused(_ i: Inst, _ fu: Fusion, indent: String) {
        var tree = Set<ValueID>()
        func visit(_ j: Inst) { for o in j.operands where fu.inlined.contains(o) && tree.insert(o).inserted { visit(fu.defs[o]!) } }
        visit(i)
        let order = tree.sorted { fu.position[$0]! < fu.position[$1]! }
        for v in order { inst(fu.defs[v]!, indent: indent) }
        inst(i, indent: indent)
        for v in order { for l in name(v) { out += indent + "gt_release(\(l)); \(l) = 0;\n" } }
    }

    mutating func yield(_ ops: [ValueID], into targets: [String], indent: String) {
        let srcs = ops.flatMap { name($0) }
        let temps = srcs.map { _ in fresh() }
        for (t, s) in zip(temps, srcs) { out += indent + "T *\(t) = gt_retain(\(s));\n" }
        for tg in targets { out += indent + "gt_release(\(tg));\n" }
        for (tg, t) in zip(targets, temps) { out += indent + "\(tg) = \(t);\n" }
    }

    mutating func ret(_ i: Inst, releasing r: Region, indent: String) {
        for (k, l) in (i.operands.first.map { name($0) } ?? []).enumerated() {
            out += indent + "out[\(k)] = gt_retain(\(l));\n"
        }
        // Every local still holding a reference is released; parameters are borrowed.
        for l in declared where !paramLeaves.contains(l) { out += indent + "gt_release(\(l));\n" }
        out += indent + "return;\n"
    }

    // MARK: - Instructions

    mutating func ints(_ vs: ArraySlice<ValueID>) -> String {
        "{" + vs.map { "gt_int(\(leaf($0)))" }.joined(separator: ", ") + (vs.isEmpty ? "0" : "") + "}"
    }

    mutating func specs(_ axes: [IndexAxis], _ dyn: [ValueID]) -> String {
        var k = 0
        let items = axes.map { ax -> String in
            switch ax {
            case .at:
                defer { k += 1 }
                return "{0, 0, 0, gt_int(\(leaf(dyn[k]))), 0, 1}"
            case .range(let hs, let he, let st):
                var a = "0", b = "0"
                if hs { a = "gt_int(\(leaf(dyn[k])))"; k += 1 }
                if he { b = "gt_int(\(leaf(dyn[k])))"; k += 1 }
                return "{1, \(hs ? 1 : 0), \(he ? 1 : 0), \(a), \(b), \(st)}"
            }
        }
        return "{" + (items.isEmpty ? "{0}" : items.joined(separator: ", ")) + "}"
    }

    func constant(_ t: Tensor) -> String {
        let vals = t.doubles.map { v -> String in
            if v.isNaN { return "NAN" }
            if v.isInfinite { return v < 0 ? "-INFINITY" : "INFINITY" }
            if v == 0 && v.sign == .minus { return "-0.0" }
            return String(format: "%.17g", v)
        }
        if t.rank == 0 { return "gt_scalar(\(dtName(t.dtype)), \(vals[0]))" }
        return "gt_const(\(dtName(t.dtype)), \(t.rank), (int64_t[]){\(t.shape.map(String.init).joined(separator: ", "))}, (double[]){\(vals.isEmpty ? "0" : vals.joined(separator: ", "))})"
    }


    mutating func inst(_ i: Inst, indent: String) {
        loc(i.loc, indent)
        let a = i.operands.map { name($0) }
        func x(_ k: Int) -> String { a[k][0] }
        let r = i.results.map { name($0) }
        func assign(_ expr: String) { out += indent + "\(r[0][0]) = \(expr);\n" }
        switch i.op {
        case .constant(let t): assign(constant(t))
        case .dimSize(let n):
            out += indent + "if (\(sizeRef(n)) < 0) gt_fail(\"size '\(n)' is used before any value gives it\");\n"
            assign("gt_scalar(I32, (double)\(sizeRef(n)))")
        case .unary(let fn): assign("gt_unary(\(x(0)), \(UnaryC.kernelArguments(fn)))")
        case .binary(let fn): assign(BinaryC.call(fn, x(0), x(1)))
        case .select: assign("gt_select(\(x(0)), \(x(1)), \(x(2)))")
        case .reduce(let k, let axis, let keep):
            assign("gt_reduce(\(k.spec.c), \(x(0)), \(axis == nil ? 0 : 1), \(axis ?? 0), \(keep ? 1 : 0))")
        case .argmax(let axis): assign("gt_argmax(\(x(0)), \(axis))")
        case .take: assign("gt_take(\(x(0)), \(x(1)))")
        case .scatterRows: assign("gt_scatter_rows(\(x(0)), \(x(1)), \(x(2)))")
        case .permutation: assign("gt_permutation(gt_seed(\(x(0))), gt_int(\(x(1))))")
        case .foldIn: assign("gt_fold_in(\(x(0)), \(x(1)))")
        case .matmul:
            if transposed[i.operands[0]] == nil && transposed[i.operands[1]] == nil { assign("gt_matmul(\(x(0)), \(x(1)))"); break }
            assign("gt_matmul_t(\(gemmOperand(i.operands[0])), \(gemmOperand(i.operands[1])))")
        case .transpose(let p):
            assign("gt_transpose(\(x(0)), \(p == nil ? 0 : 1), (int[]){\(p.map { $0.map(String.init).joined(separator: ", ") } ?? "0")})")
        case .reshape: assign("gt_reshape(\(x(0)), \(i.operands.count - 1), (int64_t[])\(ints(i.operands.dropFirst())))")
        case .broadcastTo: assign("gt_broadcast_to(\(x(0)), \(i.operands.count - 1), (int64_t[])\(ints(i.operands.dropFirst())))")
        case .expandDims(let ax): assign("gt_expand_dims(\(x(0)), \(ax))")
        case .squeeze(let ax): assign("gt_squeeze(\(x(0)), \(ax == nil ? 0 : 1), \(ax ?? 0))")
        case .concat(let ax): assign("gt_concat(\(i.operands.count), (T *[]){\(a.map { $0[0] }.joined(separator: ", "))}, \(ax))")
        case .index(let axes):
            assign("gt_index(\(x(0)), \(axes.count), (gt_spec[])\(specs(axes, Array(i.operands.dropFirst()))))")
        case .fused, .gemm:
            // Made by the VM's fusion from the module this emitter reads, never in it.
            out += "#error \"internal: a VM fused kernel reached the C emitter\"\n"
        case .scatterAdd(let axes):
            assign("gt_scatter_add(\(x(0)), \(x(1)), \(axes.count), (gt_spec[])\(specs(axes, Array(i.operands.dropFirst(2)))))")
        case .oneHot(let d): assign("gt_one_hot(\(x(0)), gt_int(\(x(1))), \(dtName(d)))")
        case .convert(let d): assign("gt_convert(\(x(0)), \(dtName(d)))")
        case .stopGradient: assign("gt_retain(\(x(0)))")
        case .zerosLike: assign("gt_fill(\(x(0))->dt, 0, \(x(0))->rank, \(x(0))->shape)")
        case .sumTo: assign("gt_sum_to(\(x(0)), \(x(1)))")
        case .broadcastLike: assign("gt_broadcast_to(\(x(0)), \(x(1))->rank, \(x(1))->shape)")
        case .reshapeLike: assign("gt_reshape(\(x(0)), \(x(1))->rank, \(x(1))->shape)")
        case .stackAlloc: assign("gt_stack_zeros(gt_int(\(x(0))), \(x(1)))")
        case .setIndex: assign("gt_set_index(\(x(0)), gt_int(\(x(1))), \(x(2)))")
        case .checkpointPlan(let s):
            let (kind, param) = CheckpointPlanner.code(s)
            assign("gt_checkpoint_plan(gt_int(\(x(0))), \(kind), \(param), gt_get(\(x(1)), 0))")
        case .fill(let d):
            assign("gt_fill(\(dtName(d)), gt_get(\(x(0)), 0), \(i.operands.count - 1), (int64_t[])\(ints(i.operands.dropFirst())))")
        case .random(let normal, let d):
            assign("gt_random(\(normal ? 1 : 0), \(dtName(d)), gt_seed(\(x(0))), \(i.operands.count - 1), (int64_t[])\(ints(i.operands.dropFirst())))")
        case .arange: assign("gt_arange(gt_int(\(x(0))))")
        case .shapeOf: assign("gt_shape_of(\(x(0)))")
        case .collective(.worldSize): assign("gt_scalar(I32, gt_world_size())")
        case .collective(.rank): assign("gt_scalar(I32, gt_rank())")
        case .collective: collective([i], indent: indent)
        case .load(let p) where f.type(i.result).isRecord:
            let t = f.type(i.result)
            for ((d, name), lt) in zip(zip(r[0], e.arrayNames(t)), e.leaves(t)) {
                out += indent + "\(d) = gt_load_npz(\(e.cString(p)), \(e.cString(name)));\n"
                checkType(lt, [d], what: "array '\(name)' of '\(p)'", indent: indent)
            }
        case .load(let p):
            assign("gt_load(\(e.cString(p)))")
            checkType(f.type(i.result), r[0], what: "'\(p)'", indent: indent)
        case .save(let p) where f.type(i.operands[0]).isRecord:
            let names = e.arrayNames(f.type(i.operands[0])).map { e.cString($0) }
            out += indent + "gt_save_npz(\(e.cString(p)), \(names.count), (const char *[]){\(names.isEmpty ? "0" : names.joined(separator: ", "))}, "
                + "(T *[]){\(a[0].isEmpty ? "0" : a[0].joined(separator: ", "))});\n"
        case .save(let p): out += indent + "gt_save(\(e.cString(p)), \(x(0)));\n"
        case .makeDirectory(let p): out += indent + "gt_mkdir(\(e.cString(p)));\n"
        case .progress(let quiet): out += indent + "gt_progress(\(a.map { $0[0] }.joined(separator: ", ")), \(quiet ? 0 : 1));\n"
        case .printNorms(let names, let quiet):
            // the line print prints, then the log's entry
            if !quiet { emitPrint(["norms"] + names.flatMap { [$0, nil] }, f, i, a, indent: indent) }
            out += indent + "gt_log_norms(\(names.count), (const char *[]){\(names.map { e.cString($0) }.joined(separator: ", "))}, "
                + "(T *const []){\(a.map { $0[0] }.joined(separator: ", "))});\n"
        case .print(let parts):
            emitPrint(parts, f, i, a, indent: indent)
        case .assertType:
            checkType(f.type(i.result), a[0], what: "value", indent: indent)
            for (d, s) in zip(r[0], a[0]) { out += indent + "\(d) = gt_retain(\(s));\n" }
        case .tuple, .record:
            for (d, s) in zip(r[0], a.flatMap { $0 }) { out += indent + "\(d) = gt_retain(\(s));\n" }
        case .extract(let k), .field(let k):
            let t = f.type(i.operands[0])
            let parts: [IRType]
            switch t {
            case .tuple(let ts): parts = ts
            case .record(let n): parts = e.m.structDef(n)!.fields.map(\.type)
            default: parts = []
            }
            let start = parts.prefix(k).map { e.leaves($0).count }.reduce(0, +)
            for (j, d) in r[0].enumerated() { out += indent + "\(d) = gt_retain(\(a[0][start + j]));\n" }
        case .call(let n):
            let outs = r.first ?? []
            let tmp = fresh()
            out += indent + "{ T *\(tmp)[\(max(outs.count, 1))] = {0}; \(e.cName(n))(\(([tmp] + a.flatMap { $0 }).joined(separator: ", ")));"
            for (k, d) in outs.enumerated() { out += " \(d) = \(tmp)[\(k)];" }
            out += " }\n"
            // A record's fields are in the caller's size names (a record's sizes are its
            // function's): a returned record gives the ones not yet known, and is checked
            // against the others, as an argument is.
            // The callee moved gt_line and gt_col: what follows stamps its location again.
            lastLoc = .none
            if let t = i.results.first.map(f.type), t.hasSizedRecord(in: e.m) {
                loc(i.loc, indent)
                checkType(t, outs, what: "value", indent: indent)
            }
        case .forLoop:
            let body = i.regions[0]
            let carried = body.args.dropFirst().flatMap { name($0) }
            carry(carried, inits: Array(i.operands.dropFirst(2)), into: i, indent: indent)
            let iv = name(body.args[0])[0]
            let k = fresh()
            out += indent + "for (int64_t \(k) = gt_int(\(x(0))), \(k)_end = gt_int(\(x(1))); \(k) < \(k)_end; \(k)++) {\n"
            out += indent + "  \(iv) = gt_scalar(I32, (double)\(k));\n"
            region(body, indent: indent + "  ", yieldInto: carried, loop: true)
            out += indent + "  gt_release(\(iv)); \(iv) = 0;\n"
            out += indent + "}\n"
            for (d, c) in zip(i.results.flatMap { name($0) }, carried) { out += indent + "\(d) = \(c); \(c) = 0;\n" }
        case .whileLoop:
            let (cond, body) = (i.regions[0], i.regions[1])
            let carried = cond.args.flatMap { name($0) }
            for (ba, ca) in zip(body.args, cond.args) { vars[ba] = vars[ca] }
            carry(carried, inits: i.operands, into: i, indent: indent)
            let go = fresh()
            out += indent + "for (;;) {\n"
            region(cond, indent: indent + "  ", condInto: go, loop: true)
            out += indent + "  if (!\(go)) break;\n"
            region(body, indent: indent + "  ", yieldInto: carried, loop: true)
            out += indent + "}\n"
            for (d, cv) in zip(i.results.flatMap { name($0) }, carried) { out += indent + "\(d) = \(cv); \(cv) = 0;\n" }
        case .ifElse:
            let results = i.results.flatMap { name($0) }
            out += indent + "if (gt_get(\(x(0)), 0) != 0) {\n"
            region(i.regions[0], indent: indent + "  ", yieldInto: results)
            out += indent + "} else {\n"
            region(i.regions[1], indent: indent + "  ", yieldInto: results)
            out += indent + "}\n"
        case .yield, .ret:
            break
        }
    }

    /// Prints a value as the VM does: tensors as NumPy, tuples as (a, b), records as P(a=...).
    /// A print's line: its parts, nil for the next operand (whose leaves are `a[k]`).
    mutating func emitPrint(_ parts: [String?], _ f: Function, _ i: Inst, _ a: [[String]], indent: String) {
        var k = 0
        for (n, p) in parts.enumerated() {
            if let s = p { out += indent + "gt_print_text(\(e.cString(s)), \(n == 0 ? 1 : 0));\n"; continue }
            printValue(f.type(i.operands[k]), a[k], first: n == 0, indent: indent)
            k += 1
        }
        out += indent + "fputc('\\n', stdout);\n"
    }

    mutating func printValue(_ t: IRType, _ leaves: [String], first: Bool, indent: String) {
        var k = 0
        func go(_ t: IRType, _ first: Bool) -> String {
            switch t {
            case .tensor:
                defer { k += 1 }
                return indent + "gt_print_tensor(\(leaves[k]), \(first ? 1 : 0));\n"
            case .tuple(let ts):
                var s = indent + "gt_print_text(\"(\", \(first ? 1 : 0));\n"
                for (j, et) in ts.enumerated() {
                    if j > 0 { s += indent + "fputs(\", \", stdout);\n" }
                    s += go(et, true)
                }
                return s + indent + "fputs(\")\", stdout);\n"
            case .record(let n):
                let fields = e.m.structDef(n)?.fields ?? []
                var s = indent + "gt_print_text(\(e.cString(n + "(")), \(first ? 1 : 0));\n"
                for (j, fd) in fields.enumerated() {
                    s += indent + "fputs(\(e.cString((j > 0 ? ", " : "") + fd.name + "=")), stdout);\n"
                    s += go(fd.type, true)
                }
                return s + indent + "fputs(\")\", stdout);\n"
            }
        }
        out += go(t, first)
    }
}
