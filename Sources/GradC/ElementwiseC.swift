// The C of the elementwise ops, made from the op tables' expressions (GradTensor/UnaryOps.swift,
// GradTensor/Elementwise.swift): each unary op a program uses gets its element functions in
// double, float and (for the ops that take integers) int32, which the runtime's `gt_unary`
// kernel calls; each binary op the runtime has no loop of its own for gets its double and
// float element functions, which `gt_binary_fn` calls; fused loops inline the same expressions.

import Foundation
import GradTensor

enum UnaryC {
    /// The C math functions the table's expressions may call, by their double names.
    static let mathFunctions: Set<String> = [
        "exp", "expm1", "log", "log1p", "sqrt", "fabs", "sin", "cos", "tan", "tanh", "sinh", "cosh",
        "asin", "acos", "atan", "atan2", "erf", "erfc", "lgamma", "floor", "ceil", "nearbyint", "pow",
    ]

    /// The op's expression on `operand`, in double or (f32) float arithmetic.
    static func expression(_ fn: UnaryFn, _ operand: String, f32: Bool) -> String {
        return rewrite(fn.spec.c, ["x": isPrimary(operand) ? operand : "(\(operand))"], f32: f32)
    }

    /// A name, an element `p1[i]`, or an expression in parentheses: needs none around it.
    static func isPrimary(_ e: String) -> Bool {
        if e.range(of: #"^[A-Za-z_][A-Za-z0-9_]*(\[[^\[\]]*\])?$"#, options: .regularExpression) != nil { return true }
        guard e.first == "(", e.last == ")" else { return false }
        var depth = 0
        for (k, c) in e.enumerated() {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if depth == 0 && k < e.count - 1 { return false }
        }
        return true
    }

    /// `template` with its variables (`x`; a binary op's `a`, `b`) replaced, and in float code
    /// its math functions and decimal literals made float ones (`exp(` → `expf(`, `0.5` → `0.5f`).
    static func rewrite(_ template: String, _ variables: [String: String], f32: Bool) -> String {
        var out = ""
        let chars = Array(template)
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c.isLetter || c == "_" {
                var j = k
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                let word = String(chars[k..<j])
                if let v = variables[word] {
                    out += v
                } else if f32 && mathFunctions.contains(word) && j < chars.count && chars[j] == "(" {
                    out += word + "f"
                } else {
                    out += word
                }
                k = j
            } else if c.isNumber {
                var j = k
                var decimal = false
                while j < chars.count, chars[j].isNumber || chars[j] == "." || chars[j] == "e"
                    || ((chars[j] == "-" || chars[j] == "+") && chars[j - 1] == "e") {
                    if chars[j] == "." || chars[j] == "e" { decimal = true }
                    j += 1
                }
                out += String(chars[k..<j]) + (f32 && decimal ? "f" : "")
                k = j
            } else {
                out.append(c)
                k += 1
            }
        }
        return out
    }

    static func functionName(_ fn: UnaryFn, _ type: String) -> String { "gt_u_\(fn.rawValue)_\(type)" }

    /// The arguments of `gt_unary` after the tensor: the op's element functions.
    static func kernelArguments(_ fn: UnaryFn) -> String {
        "\(functionName(fn, "f64")), \(functionName(fn, "f32")), \(fn.spec.int == nil ? "0" : functionName(fn, "i32"))"
    }

    /// The element functions of `fns`, in the table's order.
    static func definitions(_ fns: Set<UnaryFn>) -> String {
        var out = ""
        for fn in UnaryFn.allCases where fns.contains(fn) {
            out += "static inline double \(functionName(fn, "f64"))(double x) { return \(rewrite(fn.spec.c, [:], f32: false)); }\n"
            out += "static inline float \(functionName(fn, "f32"))(float x) { return \(rewrite(fn.spec.c, [:], f32: true)); }\n"
            if let i = fn.spec.int { out += "static inline int32_t \(functionName(fn, "i32"))(int32_t x) { return \(i); }\n" }
        }
        return out
    }
}

enum BinaryC {
    static func functionName(_ fn: BinaryFn, _ type: String) -> String { "gt_b_\(fn.rawValue)_\(type)" }

    /// The call of the runtime on two tensors for `fn`: its own loops, or the element functions.
    static func call(_ fn: BinaryFn, _ a: String, _ b: String) -> String {
        if let code = fn.spec.runtime { return "gt_binary(\(code), \(a), \(b))" }
        return "gt_binary_fn(\(a), \(b), \(functionName(fn, "f64")), \(functionName(fn, "f32")))"
    }

    /// The element functions of the ops of `fns` the runtime has no loops for, in table order.
    static func definitions(_ fns: Set<BinaryFn>) -> String {
        var out = ""
        for fn in BinaryFn.allCases where fns.contains(fn) && fn.spec.runtime == nil {
            out += "static inline double \(functionName(fn, "f64"))(double a, double b) { return \(UnaryC.rewrite(fn.spec.c, [:], f32: false)); }\n"
            out += "static inline float \(functionName(fn, "f32"))(float a, float b) { return \(UnaryC.rewrite(fn.spec.c, [:], f32: true)); }\n"
        }
        return out
    }
}
