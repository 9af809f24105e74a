// `gradc emit bytecode`: a listing in the style of clox's disassembler —
// offset, source line ("|" when unchanged), opcode, destination and operand registers.

import Foundation
import GradIR
import GradTensor

public enum Disassembler {
    public static func disassemble(_ p: BytecodeProgram) -> String {
        p.chunks.map(disassemble).joined(separator: "\n")
    }

    public static func disassemble(_ c: Chunk) -> String {
        var out = "== \(c.name) == params: \(c.params.map { "r\($0)" }.joined(separator: ", ")); registers: \(c.registerCount)\n"
        var lastLine: Int32 = -1
        for (k, i) in c.code.enumerated() {
            let line = c.lines[k]
            let lineText = line == lastLine ? "   |" : pad(String(line), 4)
            lastLine = line
            var text = pad(String(k), 4, zero: true) + " " + lineText + " " + i.opcode.name.padding(toLength: max(14, i.opcode.name.count + 1), withPad: " ", startingAt: 0)
            let args = c.operands(i).map { "r\($0)" }.joined(separator: ", ")
            if i.dst >= 0 { text += "r\(i.dst) <- " }
            switch i.opcode {
            case .const_: text += Format.tensor(c.constants[Int(i.aux)]).replacingOccurrences(of: "\n", with: "")
            case .size: text += c.strings[Int(i.aux)]
            case .pure:
                let op = c.ops[Int(i.aux)]
                switch op {
                case .fused(let k): text += "\(op.name) \(IRPrinter.kernel(k)) \(args)"
                case .gemm(let g): text += op.name + g.suffix + " \(args)"
                default: text += "\(op.name) \(args)"
                }
            case .moves:
                let n = Int(i.argCount) / 2
                let ops = Array(c.operands(i))
                text += (0..<n).map { "r\(ops[n + $0]) <- r\(ops[$0])" }.joined(separator: ", ")
            case .clear, .setIndexOwned: text += args
            case .jump: text += "-> \(pad(String(i.aux), 4, zero: true))"
            case .jumpIfFalse, .forTest: text += "\(args) -> \(pad(String(i.aux), 4, zero: true))"
            case .call: text += "@\(i.aux) \(args)"
            case .extract, .field: text += "\(args).\(i.aux)"
            case .load: text += "\"\(c.strings[Int(i.aux)])\" : \(c.types[Int(i.dst)])"
            case .record, .save: text += "\(c.strings[Int(i.aux)]) \(args)"
            case .assertType: text += "\(args) : \(c.types[Int(i.dst)])"
            case .print:
                let parts = c.templates[Int(i.aux)].map { $0.map { "\"\($0)\"" } ?? "_" }.joined(separator: " ")
                text += "[\(parts)] \(args)"
            default: text += args
            }
            if i.kills != 0 {
                let ops = Array(c.operands(i))
                text += "  ; frees " + ops.indices.filter { i.kills & (1 << UInt32($0)) != 0 }.map { "r\(ops[$0])" }.joined(separator: ", ")
            }
            out += text.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    static func pad(_ s: String, _ n: Int, zero: Bool = false) -> String {
        String(repeating: zero ? "0" : " ", count: max(0, n - s.count)) + s
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
