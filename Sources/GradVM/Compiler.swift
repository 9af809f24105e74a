// Bytecode compiler: IR to register bytecode. Each IR value gets its own register; regions
// become straight code with jumps:
//   for:   moves carried <- init; iv <- lo; L: for_test iv, hi -> END; body; moves carried <- yield;
//          increment iv; jump L; END: moves results <- carried
//   while: moves carried <- init; L: cond; jump_if_false c -> END; body; moves carried <- yield; jump L
//   if:    jump_if_false c -> ELSE; then; moves results <- yield; jump END; ELSE: else; moves results <- yield

import GradIR
import GradTensor

public enum BytecodeCompiler {
    public static func compile(_ m: Module) -> BytecodeProgram {
        let p = BytecodeProgram()
        for s in m.structs { p.structs[s.name] = s }
        for (k, f) in m.functions.enumerated() { p.index[f.name] = k }
        for f in m.functions {
            var c = FunctionCompiler(f: f, chunk: Chunk(name: f.name), functionIndex: p.index)
            c.run()
            p.chunks.append(c.chunk)
        }
        return p
    }

    struct FunctionCompiler {
        let f: Function
        let chunk: Chunk
        let functionIndex: [String: Int]
        var loc: Loc = .none

        mutating func run() {
            chunk.registerCount = f.types.count
            chunk.types = f.types
            chunk.params = f.params.map { Int32($0.raw) }
            chunk.paramTypes = f.paramTypes
            chunk.hasResult = f.resultType != nil
            region(f.body.insts)
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

        mutating func moves(_ dsts: [ValueID], _ srcs: [ValueID]) {
            let pairs = zip(dsts, srcs).filter { $0.0 != $0.1 }
            if pairs.isEmpty { return }
            emit(.moves, pairs.map(\.1) + pairs.map(\.0))
        }

        func pool<T>(_ xs: inout [T], _ x: T, _ eq: (T, T) -> Bool) -> Int {
            if let k = xs.firstIndex(where: { eq($0, x) }) { return k }
            xs.append(x)
            return xs.count - 1
        }

        mutating func string(_ s: String) -> Int { pool(&chunk.strings, s, ==) }

        mutating func region(_ insts: [Inst]) {
            for i in insts { inst(i) }
        }

        /// Lowers a region whose terminator's operands are moved into `dsts`.
        mutating func body(_ r: Region, into dsts: [ValueID]) {
            region(Array(r.insts.dropLast()))
            if let t = r.terminator {
                loc = t.loc
                moves(dsts, t.operands)
            }
        }

        mutating func inst(_ i: Inst) {
            loc = i.loc
            switch i.op {
            case .constant(let t):
                chunk.constants.append(t)
                emit(.const_, dst: i.result, aux: chunk.constants.count - 1)
            case .dimSize(let n): emit(.size, dst: i.result, aux: string(n))
            case .call(let n): emit(.call, dst: i.results.first, i.operands, aux: functionIndex[n] ?? -1)
            case .ret: emit(.ret, i.operands)
            case .yield: break
            case .tuple: emit(.tuple, dst: i.result, i.operands)
            case .extract(let k): emit(.extract, dst: i.result, i.operands, aux: k)
            case .record(let n): emit(.record, dst: i.result, i.operands, aux: string(n))
            case .field(let k): emit(.field, dst: i.result, i.operands, aux: k)
            case .assertType: emit(.assertType, dst: i.result, i.operands)
            case .load(let p): emit(.load, dst: i.result, aux: string(p))
            case .save(let p): emit(.save, i.operands, aux: string(p))
            case .print(let parts):
                chunk.templates.append(parts)
                emit(.print, i.operands, aux: chunk.templates.count - 1)
            case .forLoop:
                let r = i.regions[0]
                let iv = r.args[0], carried = Array(r.args.dropFirst())
                moves(carried, Array(i.operands.dropFirst(2)))
                moves([iv], [i.operands[0]])
                let top = chunk.code.count
                let test = emit(.forTest, [iv, i.operands[1]])
                body(r, into: carried)
                loc = i.loc
                emit(.increment, [iv])
                emit(.jump, aux: top)
                patch(test)
                moves(i.results, carried)
            case .whileLoop:
                let cond = i.regions[0], bodyR = i.regions[1]
                moves(cond.args, i.operands)
                let top = chunk.code.count
                region(Array(cond.insts.dropLast()))
                loc = i.loc
                let test = emit(.jumpIfFalse, [cond.terminator!.operands[0]])
                moves(bodyR.args, cond.args)
                body(bodyR, into: cond.args)
                emit(.jump, aux: top)
                patch(test)
                moves(i.results, cond.args)
            case .ifElse:
                let test = emit(.jumpIfFalse, [i.operands[0]])
                body(i.regions[0], into: i.results)
                let skip = emit(.jump)
                patch(test)
                body(i.regions[1], into: i.results)
                patch(skip)
            default:
                emit(.pure, dst: i.result, i.operands, aux: pool(&chunk.ops, i.op, ==))
            }
        }
    }
}
