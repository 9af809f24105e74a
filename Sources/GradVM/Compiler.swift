// Bytecode compiler: IR to register bytecode. Each IR value gets its own register; regions
// become straight code with jumps:
//   for:   moves carried <- init; iv <- lo; L: for_test iv, hi -> END; body; moves carried <- yield;
//          increment iv; jump L; END: moves results <- carried
//   while: moves carried <- init; L: cond; jump_if_false c -> END; body; moves carried <- yield; jump L
//   if:    jump_if_false c -> ELSE; then; moves results <- yield; jump END; ELSE: else; moves results <- yield
// A value handed on by a move is held by one register at a time: the move empties the
// registers of its sources that are dead after it, so a set_index whose buffer dies there
// updates it in place (`set_index_owned`: a loop that fills a tape does not copy it each
// trip), and so does an accumulation into a gradient carried from trip to trip. Every other
// instruction empties the registers of its operands that are dead after it (`kills`), so the
// VM holds what the program still needs, not every value the function has made.

import GradIR
import GradTensor

public enum BytecodeCompiler {
    /// Compiles every function of `m`; with `fuse`, of a copy of each with its elementwise
    /// chains fused into kernels (ElementwiseFusion).
    public static func compile(_ m: Module, fuse: Bool = true) -> BytecodeProgram {
        let p = BytecodeProgram()
        for s in m.structs { p.structs[s.name] = s }
        for (k, f) in m.functions.enumerated() { p.index[f.name] = k }
        for f0 in m.functions {
            let f = fuse ? ElementwiseFusion.fused(f0) : f0
            assert(!fuse || Verifier.verify(f, m).isEmpty, "fusion broke @\(f.name): \(Verifier.verify(f, m))")
            var c = FunctionCompiler(f: f, chunk: Chunk(name: f.name), functionIndex: p.index, module: m)
            c.run()
            p.chunks.append(c.chunk)
        }
        return p
    }

    struct FunctionCompiler {
        let f: Function
        let chunk: Chunk
        let functionIndex: [String: Int]
        let module: Module
        var loc: Loc = .none
        /// The regions being compiled, for which values are dead where.
        var live = LiveFrames()
        /// Values that are, or flow into or out of, a set_index buffer.
        var buffers = Set<ValueID>()

        /// Values the loop machinery reads after their region's last instruction (a for's
        /// induction variable, a while condition's arguments): never emptied by `kills`.
        var pinned = Set<ValueID>()

        mutating func run() {
            chunk.registerCount = f.types.count
            chunk.types = f.types
            chunk.params = f.params.map { Int32($0.raw) }
            chunk.paramTypes = f.paramTypes
            chunk.paramsCheckedTwice = f.paramTypes.indices.filter { f.paramTypes[$0].hasCompositeDims }
            chunk.hasResult = f.resultType != nil
            buffers = FunctionCompiler.bufferValues(f)
            walk(f.body) { i in
                if i.op == .forLoop { pinned.insert(i.regions[0].args[0]) }
                if i.op == .whileLoop { pinned.formUnion(i.regions[0].args) }
            }
            region(f.body, loop: false)
        }

        static func bufferValues(_ f: Function) -> Set<ValueID> {
            var set = Set<ValueID>()
            var links: [(ValueID, ValueID)] = []
            walk(f.body) { i in
                if i.op == .setIndex { set.insert(i.operands[0]); set.insert(i.result) }
                switch i.op {
                case .forLoop:
                    let r = i.regions[0]
                    for (a, b) in zip(r.args.dropFirst(), i.operands.dropFirst(2)) { links.append((a, b)) }
                    for (a, b) in zip(r.args.dropFirst(), r.terminator?.operands ?? []) { links.append((a, b)) }
                    for (a, b) in zip(i.results, r.args.dropFirst()) { links.append((a, b)) }
                case .whileLoop:
                    let (c, r) = (i.regions[0], i.regions[1])
                    for (a, b) in zip(c.args, i.operands) { links.append((a, b)) }
                    for (a, b) in zip(r.args, c.args) { links.append((a, b)) }
                    for (a, b) in zip(c.args, r.terminator?.operands ?? []) { links.append((a, b)) }
                    for (a, b) in zip(i.results, c.args) { links.append((a, b)) }
                case .ifElse:
                    for r in i.regions { for (a, b) in zip(i.results, r.terminator?.operands ?? []) { links.append((a, b)) } }
                default: break
                }
            }
            if set.isEmpty { return set }
            var changed = true
            while changed {
                changed = false
                for (a, b) in links where set.contains(a) != set.contains(b) { set.insert(a); set.insert(b); changed = true }
            }
            return set
        }

        /// Marks the last instruction's operands that are dead after it (the first 32).
        mutating func killDead(_ operands: [ValueID]) {
            var mask: UInt32 = 0
            var seen = Set<ValueID>()
            for (k, o) in operands.prefix(32).enumerated() where seen.insert(o).inserted && !pinned.contains(o) && live.dead(o) { mask |= 1 << UInt32(k) }
            chunk.code[chunk.code.count - 1].kills = mask
        }

        @discardableResult
        mutating func emit(_ op: Opcode, dst: ValueID? = nil, _ args: [ValueID] = [], aux: Int = 0) -> Int {
            chunk.code.append(Instr(opcode: op, dst: dst.map { $0.raw } ?? -1, argStart: Int32(chunk.args.count),
                                    argCount: Int32(args.count), aux: Int32(aux)))
            chunk.args += args.map(\.raw)
            chunk.lines.append(loc.line)
            chunk.columns.append(loc.column)
            return chunk.code.count - 1
        }

        mutating func patch(_ at: Int) { chunk.code[at].aux = Int32(chunk.code.count) }

        /// A parallel copy of `srcs` into `dsts`. The sources `dead` picks, other than the
        /// destinations, are emptied by it (its kill bits; a `clear` after it past the 32nd), so
        /// a value handed on has one holder and is updated in place (a tape, a gradient
        /// accumulated trip by trip).
        mutating func moves(_ dsts: [ValueID], _ srcs: [ValueID], emptying dead: Set<ValueID> = []) {
            let pairs = zip(dsts, srcs).filter { $0.0 != $0.1 }
            if pairs.isEmpty { return }
            emit(.moves, pairs.map(\.1) + pairs.map(\.0))
            var mask: UInt32 = 0
            var rest: [ValueID] = []
            for (k, (_, src)) in pairs.enumerated() where !dsts.contains(src) && dead.contains(src) {
                if k < 32 { mask |= 1 << UInt32(k) } else if !rest.contains(src) { rest.append(src) }
            }
            chunk.code[chunk.code.count - 1].kills = mask
            if !rest.isEmpty { emit(.clear, rest) }
        }

        func pool<T>(_ xs: inout [T], _ x: T, _ eq: (T, T) -> Bool) -> Int {
            if let k = xs.firstIndex(where: { eq($0, x) }) { return k }
            xs.append(x)
            return xs.count - 1
        }

        mutating func string(_ s: String) -> Int { pool(&chunk.strings, s, ==) }

        /// Lowers a region; a `yield` ending it is moved into `dsts`. The cond region of a
        /// while leaves its yield to the caller.
        mutating func region(_ r: Region, loop: Bool, into dsts: [ValueID]? = nil) {
            live.enter(r, loop: loop)
            for (k, i) in r.insts.enumerated() {
                live.at(k)
                if i.op == .yield {
                    guard let dsts else { continue }
                    loc = i.loc
                    moves(dsts, i.operands, emptying: Set(i.operands.filter { live.dead($0) && !pinned.contains($0) }))
                } else {
                    inst(i)
                }
            }
            live.leave()
        }

        /// Whether `v` is used inside `i`'s regions.
        func usedWithin(_ i: Inst, _ v: ValueID) -> Bool {
            var found = false
            for r in i.regions { walk(r) { if $0.operands.contains(v) { found = true } } }
            return found
        }

        mutating func inst(_ i: Inst) {
            loc = i.loc
            switch i.op {
            case .constant(let t):
                chunk.constants.append(t)
                emit(.const_, dst: i.result, aux: chunk.constants.count - 1)
            case .dimSize(let n): emit(.size, dst: i.result, aux: string(n))
            case .call(let n):
                emit(.call, dst: i.results.first, i.operands, aux: functionIndex[n] ?? -1)
                killDead(i.operands)
                // A returned record's fields are in the caller's size names: they bind the
                // ones not yet known and are checked against the others (as the C backend does).
                if let r = i.results.first, case let t = f.type(r), t.hasSizedRecord(in: module) {
                    emit(.assertType, dst: r, [r])
                }
            case .ret: emit(.ret, i.operands)
            case .yield: break
            case .tuple: emit(.tuple, dst: i.result, i.operands); killDead(i.operands)
            case .extract(let k): emit(.extract, dst: i.result, i.operands, aux: k); killDead(i.operands)
            case .record(let n): emit(.record, dst: i.result, i.operands, aux: string(n)); killDead(i.operands)
            case .field(let k): emit(.field, dst: i.result, i.operands, aux: k); killDead(i.operands)
            case .assertType: emit(.assertType, dst: i.result, i.operands); killDead(i.operands)
            case .load(let p): emit(.load, dst: i.result, aux: string(p))
            case .save(let p): emit(.save, i.operands, aux: string(p)); killDead(i.operands)
            case .makeDirectory(let p): emit(.mkdir, [], aux: string(p))
            case .progress(let quiet): emit(.progress, i.operands, aux: quiet ? 0 : 1)
            case .print(let parts):
                chunk.templates.append(parts)
                emit(.print, i.operands, aux: chunk.templates.count - 1)
                killDead(i.operands)
            case .printNorms(let names, let quiet):
                if !quiet {
                    chunk.templates.append(["norms"] + names.flatMap { [$0, nil] })
                    emit(.print, i.operands, aux: chunk.templates.count - 1)
                }
                emit(.logNorms, i.operands, aux: string(names.joined(separator: "\n")))
                killDead(i.operands)
            case .forLoop:
                let r = i.regions[0]
                let iv = r.args[0], carried = Array(r.args.dropFirst())
                let inits = Array(i.operands.dropFirst(2))
                let (lo, hi) = (i.operands[0], i.operands[1])
                moves(carried, inits, emptying: Set(inits.filter { !usedWithin(i, $0) && live.dead($0) && $0 != lo && $0 != hi }))
                moves([iv], [lo], emptying: !usedWithin(i, lo) && live.dead(lo) && lo != hi ? [lo] : [])
                let top = chunk.code.count
                let test = emit(.forTest, [iv, i.operands[1]])
                region(r, loop: true, into: carried)
                loc = i.loc
                emit(.increment, [iv])
                emit(.jump, aux: top)
                patch(test)
                moves(i.results, carried, emptying: Set(carried))
            case .whileLoop:
                let cond = i.regions[0], bodyR = i.regions[1]
                moves(cond.args, i.operands, emptying: Set(i.operands.filter { !usedWithin(i, $0) && live.dead($0) }))
                let top = chunk.code.count
                region(cond, loop: true)
                loc = i.loc
                let test = emit(.jumpIfFalse, [cond.terminator!.operands[0]])
                moves(bodyR.args, cond.args, emptying: Set(cond.args))
                region(bodyR, loop: true, into: cond.args)
                emit(.jump, aux: top)
                patch(test)
                moves(i.results, cond.args, emptying: Set(cond.args))
            case .ifElse:
                let test = emit(.jumpIfFalse, [i.operands[0]])
                region(i.regions[0], loop: false, into: i.results)
                let skip = emit(.jump)
                patch(test)
                region(i.regions[1], loop: false, into: i.results)
                patch(skip)
            case .setIndex where buffers.contains(i.operands[0]) && live.dead(i.operands[0]):
                emit(.setIndexOwned, dst: i.result, i.operands)
            default:
                emit(.pure, dst: i.result, i.operands, aux: pool(&chunk.ops, i.op, ==))
                killDead(i.operands)
            }
        }
    }
}
