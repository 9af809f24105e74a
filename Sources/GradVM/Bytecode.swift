// The VM's bytecode: a compact register machine. A chunk per function is an array of
// fixed-size instructions, a pool of operand registers, a parallel line table, and pools of
// constants and op descriptors. Structured control flow from the IR becomes jumps.

import GradIR
import GradTensor

public enum Opcode: UInt8, CaseIterable, Sendable {
    case const_        // dst <- constants[aux]
    case size          // dst <- value of size name strings[aux]
    case pure          // dst <- ops[aux](args...)
    case moves         // args = srcs ++ dsts (count/2 each): parallel copy
    case jump          // pc <- aux
    case jumpIfFalse   // if !args[0] then pc <- aux
    case forTest       // args = [iv, hi]: if !(iv < hi) then pc <- aux
    case increment     // args = [iv]: iv <- iv + 1
    case call          // dst? <- functions[aux](args...)
    case ret           // return args[0]? 
    case tuple         // dst <- (args...)
    case extract       // dst <- args[0].aux
    case record        // dst <- strings[aux](args...)
    case field         // dst <- args[0].fields[aux]
    case assertType    // dst <- args[0], checked against types[dst]
    case load          // dst <- load(strings[aux]), checked against types[dst]
    case save          // save(strings[aux], args[0])
    case mkdir         // make the folder strings[aux] and its parents
    case progress      // a progress line from args: epoch, step, total, loss (aux 0: logged, not printed)
    case print         // print(templates[aux], args...)
    case logNorms      // the run log's norms entry: names strings[aux] (one a line), values args
    case clear         // args: registers whose values are dead, emptied so buffers are held once
    case setIndexOwned // dst <- args[0] with [args[1]] = args[2], updated in place: args[0] is dead

    public var name: String {
        switch self {
        case .const_: return "const"
        case .jumpIfFalse: return "jump_if_false"
        case .forTest: return "for_test"
        case .assertType: return "assert_type"
        case .setIndexOwned: return "set_index_owned"
        case .logNorms: return "log_norms"
        default: return String(describing: self)
        }
    }
}

public struct Instr: Sendable {
    public var opcode: Opcode
    public var dst: Int32          // -1: none
    public var argStart: Int32
    public var argCount: Int32
    public var aux: Int32
    /// Bit k set: operand k is dead after this instruction, and its register is emptied, so a
    /// tensor is freed at its last use rather than when the function returns.
    public var kills: UInt32 = 0
}

public final class Chunk {
    public let name: String
    public var code: [Instr] = []
    public var lines: [Int32] = []
    public var columns: [Int32] = []
    public var args: [Int32] = []
    public var constants: [Tensor] = []
    public var ops: [Op] = []
    public var strings: [String] = []
    /// The IR type of every register (the value it holds).
    public var types: [IRType] = []
    public var templates: [[String?]] = []
    public var registerCount = 0
    public var params: [Int32] = []
    public var paramTypes: [IRType] = []
    /// The parameters whose types have a dim written as an expression of size names (n + 1),
    /// checked again after every parameter has bound its names.
    public var paramsCheckedTwice: [Int] = []
    public var hasResult = false

    init(name: String) { self.name = name }

    func operands(_ i: Instr) -> ArraySlice<Int32> { args[Int(i.argStart)..<Int(i.argStart + i.argCount)] }
}

public final class BytecodeProgram {
    public var chunks: [Chunk] = []
    public var index: [String: Int] = [:]
    public var structs: [String: StructDef] = [:]
    public func chunk(_ name: String) -> Chunk? { index[name].map { chunks[$0] } }
}
