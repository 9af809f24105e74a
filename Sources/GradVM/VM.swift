// The bytecode interpreter. One frame per call: a register file (one register per IR value)
// and the bindings of the function's size names, made from its arguments on entry and from
// load/assert_type on the way. Pure ops run through GradIR's evaluator, the same code that
// constant folding uses. Errors carry the source line and column of the instruction.

import Foundation
import GradFloatEnv
import GradIR
import GradTensor

/// Not `indirect`: a tensor register is stored inline, not boxed on every write (arrays of
/// values need no indirection).
public enum RValue: Sendable {
    case tensor(Tensor)
    case tuple([RValue])
    case record(String, [RValue])
    case none

    public var tensor: Tensor? { if case .tensor(let t) = self { return t }; return nil }
}

public struct VMError: Error, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int
    public var function: String
    public var description: String { message }
}

public final class VM {
    let program: BytecodeProgram
    public var output: (String) -> Void
    /// Stop at the first NaN or infinity an operation or a load produces (`--check-nan`).
    public var checkNaN = false
    /// progress(...) redraws one line in place (on a terminal) rather than printing lines.
    public var progressOnTerminal = false
    /// Called after a progress line, so a terminal shows it at once.
    public var flush: () -> Void = {}
    var progress = ProgressLine()
    /// The run log's file (`gradc run --log FILE`; by default GRADC_LOG, as executables read
    /// it), opened at its first entry; nil: no log.
    public var logPath: String? = ProcessInfo.processInfo.environment["GRADC_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    var log: RunLog?

    func runLog() throws -> RunLog? {
        if log == nil, let path = logPath { log = try RunLog(path: path) }
        return log
    }
    /// Set to nonzero (by the REPL's Ctrl-C handler) to stop at the next jump with an error.
    public static let interruptFlag: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        p.pointee = 0
        return p
    }()

    /// Large freed tensors stay on the heap for the next ones (see grad_tune_allocator).
    static let allocatorTuned: Bool = grad_tune_allocator() == 1

    public init(_ program: BytecodeProgram, output: @escaping (String) -> Void = { FileHandle.standardOutput.write($0.data(using: .utf8)!) }) {
        self.program = program
        self.output = output
    }

    /// Runs a function by name with the given arguments, with flush-to-zero on (see
    /// FloatEnvironment) on this thread.
    public func run(_ name: String, _ args: [RValue] = []) throws -> RValue {
        FloatEnvironment.configure()
        _ = VM.allocatorTuned
        guard let k = program.index[name] else {
            throw VMError(message: "no function named '\(name)'", line: 0, column: 0, function: name)
        }
        do {
            return try execute(program.chunks[k], args)
        } catch let e as TensorError {
            throw VMError(message: e.message, line: 0, column: 0, function: name)
        }
    }

    func execute(_ c: Chunk, _ args: [RValue]) throws -> RValue {
        var regs = [RValue](repeating: .none, count: c.registerCount)
        var sizes: [String: Int] = [:]
        guard args.count == c.params.count else {
            throw VMError(message: "'\(c.name)' takes \(c.params.count) arguments, got \(args.count)", line: 0, column: 0, function: c.name)
        }
        // Arguments are checked against the signature, binding its size names; a mismatch is
        // thrown as a TensorError so the caller reports it at the call.
        for (k, p) in c.params.enumerated() {
            regs[Int(p)] = args[k]
            try bind(c.paramTypes[k], args[k], &sizes, what: "argument \(k + 1) of '\(c.name)'")
        }
        // Dims written as expressions (n + 1) are checked again once every argument has bound
        // its names: a later argument may give them.
        for k in c.paramsCheckedTwice {
            try bind(c.paramTypes[k], args[k], &sizes, what: "argument \(k + 1) of '\(c.name)'")
        }
        var pc = 0
        // A pure op's operands: one array, filled for the op and emptied after it (no allocation
        // per instruction, and no tensor held past its op).
        var moved: [RValue] = []    // a parallel copy's values, reused
        var operandPool: [Tensor] = []
        operandPool.reserveCapacity(16)
        // The chunk's arrays as locals: a class's stored property is read with an exclusivity
        // check and a retain at every access.
        let code = c.code, argv = c.args, ops = c.ops, constants = c.constants
        let interrupt = VM.interruptFlag
        while pc < code.count {
            let ins = code[pc]
            let here = pc
            pc += 1
            do {
                switch ins.opcode {
                case .const_:
                    regs[Int(ins.dst)] = .tensor(constants[Int(ins.aux)])
                case .size:
                    let n = c.strings[Int(ins.aux)]
                    guard let v = sizes[n] else { throw TensorError("size '\(n)' is used before any value gives it") }
                    regs[Int(ins.dst)] = .tensor(Tensor.scalar(Double(v), .i32))
                case .pure:
                    let op = ops[Int(ins.aux)]
                    // An accumulation into its first operand, when that operand dies here: it
                    // is taken out of its register so that its buffer has one holder and is
                    // written in place (acc + a @ b; acc + scatter_add(v, like, rows)).
                    let inPlace = ins.kills & 1 != 0 && op.accumulatesIntoFirstOperand
                    let first = Int(ins.argStart) + (inPlace ? 1 : 0), n = Int(ins.argStart + ins.argCount) - first
                    var ts: [Tensor] = []
                    swap(&ts, &operandPool)
                    defer {
                        // (emptied, not overwritten with placeholders: no retain per operand)
                        ts.removeAll(keepingCapacity: true)
                        swap(&ts, &operandPool)
                    }
                    for k in 0..<n {
                        let r = argv[first + k]
                        // An operand that dies here (and is not read again by this op) is moved
                        // out of its register rather than copied: no retain now, no release
                        // when the kill bits are cleared, and one holder for its buffer.
                        let bit = first + k - Int(ins.argStart)
                        if bit < 32, ins.kills & (UInt32(1) << UInt32(bit)) != 0, !argv[(first + k + 1)..<(first + n)].contains(r) {
                            var v = RValue.none
                            swap(&v, &regs[Int(r)])
                            guard case .tensor(let t) = consume v else { throw TensorError("internal: register r\(r) holds no tensor") }
                            ts.append(t)
                            continue
                        }
                        guard case .tensor(let t) = regs[Int(r)] else { throw TensorError("internal: register r\(r) holds no tensor") }
                        ts.append(t)
                    }
                    if inPlace {
                        let r0 = Int(argv[Int(ins.argStart)])
                        guard var acc = regs[r0].tensor else { throw TensorError("internal: register r\(r0) holds no tensor") }
                        regs[r0] = .none
                        switch op {
                        case .gemm(let g): try Eval.gemm(g, into: &acc, ts[...])
                        case .fused(let k): try k.accumulateRows(into: &acc, ts)
                        default: break
                        }
                        regs[Int(ins.dst)] = .tensor(acc)
                        break
                    }
                    let r = try Eval.apply(op, ts)
                    if checkNaN, let m = r.nonFinite(producedBy: op.name) { throw TensorError(m) }
                    regs[Int(ins.dst)] = .tensor(r)
                case .moves:
                    // A parallel copy: every source is read before any destination is written.
                    let start = Int(ins.argStart), n = Int(ins.argCount) / 2
                    if n == 1 {
                        regs[Int(argv[start + 1])] = regs[Int(argv[start])]
                        break
                    }
                    while moved.count < n { moved.append(.none) }
                    for k in 0..<n { moved[k] = regs[Int(argv[start + k])] }
                    for k in 0..<n {
                        regs[Int(argv[start + n + k])] = moved[k]
                        moved[k] = .none
                    }
                case .clear:
                    for r in argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)] { regs[Int(r)] = .none }
                case .setIndexOwned:
                    let o = Array(argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)])
                    guard case .tensor(var t) = regs[Int(o[0])], case .tensor(let k) = regs[Int(o[1])], case .tensor(let v) = regs[Int(o[2])] else {
                        throw TensorError("internal: set_index of a non-tensor")
                    }
                    regs[Int(o[0])] = .none
                    try t.setIndex(Int(k.scalarValue), v)
                    regs[Int(ins.dst)] = .tensor(t)
                case .jump:
                    pc = Int(ins.aux)
                    if interrupt.pointee != 0 {
                        interrupt.pointee = 0
                        throw TensorError("interrupted")
                    }
                case .jumpIfFalse:
                    if !truth(regs[Int(argv[Int(ins.argStart)])]) { pc = Int(ins.aux) }
                case .forTest:
                    let iv = regs[Int(argv[Int(ins.argStart)])].tensor!.scalarValue
                    let hi = regs[Int(argv[Int(ins.argStart) + 1])].tensor!.scalarValue
                    if !(iv < hi) { pc = Int(ins.aux) }
                case .increment:
                    let r = Int(argv[Int(ins.argStart)])
                    guard case .tensor(let t) = regs[r], case .i32(let v) = t.storage, v.count == 1, v[0] < Int32.max else {
                        throw TensorError("internal: a loop counter that is not an i32 scalar")
                    }
                    regs[r] = .tensor(Tensor.int32(v[0] + 1))
                case .call:
                    let callee = program.chunks[Int(ins.aux)]
                    let a = argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)].map { regs[Int($0)] }
                    let v = try execute(callee, a)
                    if ins.dst >= 0 { regs[Int(ins.dst)] = v }
                case .ret:
                    return ins.argCount > 0 ? regs[Int(argv[Int(ins.argStart)])] : .none
                case .tuple:
                    regs[Int(ins.dst)] = .tuple(argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)].map { regs[Int($0)] })
                case .extract, .field:
                    let v = regs[Int(argv[Int(ins.argStart)])]
                    switch v {
                    case .tuple(let xs): regs[Int(ins.dst)] = xs[Int(ins.aux)]
                    case .record(_, let xs): regs[Int(ins.dst)] = xs[Int(ins.aux)]
                    default: throw TensorError("internal: extract from a non-aggregate")
                    }
                case .record:
                    regs[Int(ins.dst)] = .record(c.strings[Int(ins.aux)], argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)].map { regs[Int($0)] })
                case .assertType:
                    let v = regs[Int(argv[Int(ins.argStart)])]
                    try bind(c.types[Int(ins.dst)], v, &sizes, what: "value")
                    regs[Int(ins.dst)] = v
                case .load:
                    let path = c.strings[Int(ins.aux)]
                    if case .record = c.types[Int(ins.dst)] {
                        regs[Int(ins.dst)] = try loadArchive(path, c.types[Int(ins.dst)], array: "", &sizes)
                        break
                    }
                    let t = try NPY.read(path: path)
                    if checkNaN, let m = t.nonFinite(producedBy: "load") { throw TensorError(m) }
                    try bind(c.types[Int(ins.dst)], .tensor(t), &sizes, what: "'\(path)'")
                    regs[Int(ins.dst)] = .tensor(t)
                case .progress:
                    let v = argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)].map { regs[Int($0)].tensor?.scalarValue ?? 0 }
                    if ins.aux != 0 {
                        let text = progress.line(epoch: Int(v[0]), step: Int(v[1]), total: Int(v[2]), loss: v[3], terminal: progressOnTerminal)
                        if !text.isEmpty { output(text); flush() }
                    }
                    try runLog()?.progress(epoch: Int(v[0]), step: Int(v[1]), total: Int(v[2]), loss: v[3])
                case .logNorms:
                    let v = argv[Int(ins.argStart)..<Int(ins.argStart + ins.argCount)].map { regs[Int($0)].tensor?.scalarValue ?? 0 }
                    try runLog()?.norms(c.strings[Int(ins.aux)].split(separator: "\n").map(String.init), v)
                case .mkdir:
                    let path = c.strings[Int(ins.aux)]
                    do {
                        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                    } catch {
                        throw TensorError("cannot make the folder '\(path)' to save into")
                    }
                case .save:
                    let path = c.strings[Int(ins.aux)]
                    switch regs[Int(argv[Int(ins.argStart)])] {
                    case .tensor(let t): try NPY.write(t, path: path)
                    case let r: try NPZ.write(arrays(r, ""), path: path)
                    }
                case .print:
                    var items: [String] = []
                    var k = Int(ins.argStart)
                    for part in c.templates[Int(ins.aux)] {
                        if let s = part { items.append(s) } else { items.append(format(regs[Int(argv[k])])); k += 1 }
                    }
                    output(items.joined(separator: " ") + "\n")
                }
                if ins.kills != 0 {
                    var m = ins.kills
                    while m != 0 {
                        regs[Int(argv[Int(ins.argStart) + m.trailingZeroBitCount])] = .none
                        m &= m - 1
                    }
                }
            } catch let e as TensorError {
                throw VMError(message: e.message, line: Int(e.line ?? c.lines[here]), column: Int(e.line != nil ? e.column : c.columns[here]), function: c.name)
            }
        }
        return .none
    }

    func truth(_ v: RValue) -> Bool {
        guard case .tensor(let t) = v, t.count == 1 else { return false }
        return t.scalarValue != 0
    }

    /// Checks a value against a type, binding size names on first sight.
    /// A record loaded from an .npz archive: field `W` of field `first` is the array `first/W`.
    func loadArchive(_ path: String, _ type: IRType, array: String, _ sizes: inout [String: Int]) throws -> RValue {
        guard case .record(let n) = type, let sd = program.structs[n] else {
            let t = try NPZ.read(path: path, array: array)
            if checkNaN, let m = t.nonFinite(producedBy: "load") { throw TensorError(m) }
            try bind(type, .tensor(t), &sizes, what: "array '\(array)' of '\(path)'")
            return .tensor(t)
        }
        return .record(n, try sd.fields.map { try loadArchive(path, $0.type, array: array.isEmpty ? $0.name : array + "/" + $0.name, &sizes) })
    }

    /// The arrays of a record saved as an .npz archive, named as loadArchive reads them.
    func arrays(_ v: RValue, _ prefix: String) throws -> [(name: String, tensor: Tensor)] {
        switch v {
        case .tensor(let t): return [(prefix, t)]
        case .record(let n, let xs):
            guard let sd = program.structs[n] else { throw TensorError("internal: unknown record \(n)") }
            return try zip(sd.fields, xs).flatMap { try arrays($1, prefix.isEmpty ? $0.name : prefix + "/" + $0.name) }
        default: throw TensorError("internal: save of a tuple")
        }
    }

    func bind(_ type: IRType, _ v: RValue, _ sizes: inout [String: Int], what: String) throws {
        switch (type, v) {
        case (.tensor(let d, let dims), .tensor(let t)):
            func mismatch() -> TensorError {
                let known = dims.flatMap(\.symbols).filter { sizes[$0] != nil }
                let note = known.isEmpty ? "" : " (" + Set(known).sorted().map { "\($0) = \(sizes[$0]!)" }.joined(separator: ", ") + ")"
                return TensorError("\(what) has type \(t.dtype.rawValue)\(formatShape(t.shape)), expected \(type)\(note)")
            }
            guard t.dtype == d, t.rank == dims.count else { throw mismatch() }
            for (k, dim) in dims.enumerated() {
                if let e = dim.evaluate(sizes) {
                    if e != t.shape[k] { throw mismatch() }
                } else if let (s, a, b) = dim.affineSymbol {
                    // n + 1 or 2*m gives its name when that is not known yet
                    let r = t.shape[k] - b
                    guard r % a == 0, r / a >= 0 else { throw mismatch() }
                    sizes[s] = r / a
                }
            }
        case (.tuple(let ts), .tuple(let vs)) where ts.count == vs.count:
            for (x, y) in zip(ts, vs) { try bind(x, y, &sizes, what: what) }
        case (.record(let n), .record(_, let xs)):
            // a record's fields bind and check the size names as tensors do
            guard let sd = program.structs[n], sd.fields.count == xs.count else { throw TensorError("\(what) does not have type \(type)") }
            for (fd, x) in zip(sd.fields, xs) { try bind(fd.type, x, &sizes, what: what) }
        default:
            throw TensorError("\(what) does not have type \(type)")
        }
    }

    public func format(_ v: RValue) -> String {
        switch v {
        case .tensor(let t): return Format.tensor(t)
        case .tuple(let xs): return "(" + xs.map(format).joined(separator: ", ") + ")"
        case .record(let n, let xs):
            let names = program.structs[n]?.fields.map(\.name) ?? xs.indices.map { "f\($0)" }
            return n + "(" + zip(names, xs).map { "\($0)=\(format($1))" }.joined(separator: ", ") + ")"
        case .none: return "()"
        }
    }
}

extension Op {
    /// Ops the VM may run in their first operand's buffer when it dies at them.
    var accumulatesIntoFirstOperand: Bool {
        switch self {
        case .gemm(let g): return g.accumulate
        case .fused(let k): return k.isRowAccumulation
        default: return false
        }
    }
}
