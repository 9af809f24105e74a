// Printing tensors the way NumPy prints them, so output reads like numpy's:
//   scalars as repr (0.1, 1e-05, 3, True), arrays as [1.  2.5 3. ], [[1 2]\n [3 4]],
//   at most 8 fractional digits, scientific notation when the magnitudes call for it,
//   long arrays summarized with "..." past 1000 elements, rows wrapped at 75 columns.

import Foundation

public enum Format {
    public static func scalar(_ t: Tensor) -> String {
        switch t.storage {
        case .f64(let a): return pyFloat(a[0])
        case .f32(let a): return pyFloat(a[0])
        case .i32(let a): return String(a[0])
        case .bool(let a): return a[0] ? "True" : "False"
        }
    }

    static func pyFloat<T: BinaryFloatingPoint & LosslessStringConvertible>(_ x: T) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return x.description
    }

    public static func tensor(_ t: Tensor) -> String {
        if t.rank == 0 { return scalar(t) }
        let summarize = t.count > 1000
        let words = elementWords(t)
        var out = ""
        formatAxis(t.shape, stridesOf(t.shape), words, axis: 0, offset: 0, summarize: summarize, indent: 1, into: &out)
        return out
    }

    /// Every element formatted and padded to a common width.
    static func elementWords(_ t: Tensor) -> [String] {
        switch t.storage {
        case .bool(let a): return a.map { $0 ? " True" : "False" }
        case .i32(let a):
            let s = a.map(String.init)
            let w = s.map(\.count).max() ?? 0
            return s.map { String(repeating: " ", count: w - $0.count) + $0 }
        case .f32(let a): return floatWords(a.map(Double.init), digits: 8) { Double(Float($0) ?? .nan) }
        case .f64(let a): return floatWords(a, digits: 8) { Double($0) ?? .nan }
        }
    }

    /// The fewest fractional digits (at most `digits`) that print `x` so it reads back as itself:
    /// NumPy's "unique" mode, for the element type's own precision.
    static func uniqueFormat(_ x: Double, _ style: String, _ digits: Int, _ parse: (String) -> Double) -> String {
        for p in 0..<digits {
            let s = String(format: "%.\(p)\(style)", x)
            if parse(s) == x { return s }
        }
        return String(format: "%.\(digits)\(style)", x)
    }

    static func floatWords(_ v: [Double], digits: Int, parse: (String) -> Double) -> [String] {
        let finite = v.filter { $0.isFinite }.map { Swift.abs($0) }
        let nonzero = finite.filter { $0 != 0 }
        let maxv = finite.max() ?? 0, minv = nonzero.min() ?? 0
        let sci = maxv >= 1e8 || (minv != 0 && (minv < 1e-4 || maxv / minv > 1e3))
        var parts: [(String, String, String)] = []   // (integer part with sign, fraction, exponent)
        for x in v {
            if !x.isFinite { parts.append((x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf"), "", "")); continue }
            if sci {
                var s = uniqueFormat(x, "e", digits, parse)
                if !s.contains(".") { s = s.replacingOccurrences(of: "e", with: ".e") }
                let e = s.range(of: "e")!
                var exp = String(s[e.upperBound...])
                s = String(s[..<e.lowerBound])
                let (ip, fp) = splitFraction(s)
                let sign = exp.hasPrefix("-") ? "-" : "+"
                exp = String(exp.drop { $0 == "+" || $0 == "-" })
                while exp.count > 2 && exp.hasPrefix("0") { exp.removeFirst() }
                parts.append((ip, fp, "e" + sign + exp))
            } else {
                var f = uniqueFormat(x, "f", digits, parse)
                if !f.contains(".") { f += "." }
                let (ip, fp) = splitFraction(f)
                parts.append((ip, fp, ""))
            }
        }
        let finiteParts = parts.filter { !$0.0.hasSuffix("nan") && !$0.0.hasSuffix("inf") }
        let wi = finiteParts.map { $0.0.count }.max() ?? 0
        let wf = finiteParts.map { $0.1.count }.max() ?? 0
        let words = parts.map { p -> String in
            if p.0.hasSuffix("nan") || p.0.hasSuffix("inf") { return p.0 }
            // Scientific mantissas are padded with zeros, positional fractions with spaces.
            return String(repeating: " ", count: wi - p.0.count) + p.0 + "." + p.1
                + String(repeating: sci ? "0" : " ", count: wf - p.1.count) + p.2
        }
        let width = words.map { $0.count }.max() ?? 0
        return words.map { String(repeating: " ", count: width - $0.count) + $0 }
    }

    /// "1.50000000" -> ("1", "5"); trailing zeros dropped, "." kept by the caller.
    static func splitFraction(_ s: String) -> (String, String) {
        guard let dot = s.firstIndex(of: ".") else { return (s, "") }
        var frac = String(s[s.index(after: dot)...])
        while frac.hasSuffix("0") { frac.removeLast() }
        var ip = String(s[..<dot])
        if ip == "-0" && frac.isEmpty { ip = "-0" }
        return (ip, frac)
    }

    static func formatAxis(_ shape: [Int], _ strides: [Int], _ words: [String], axis: Int, offset: Int,
                           summarize: Bool, indent: Int, into out: inout String) {
        let n = shape[axis]
        let edge = 3
        let indices: [Int?] = summarize && n > 2 * edge ? Array(0..<edge) + [nil] + Array((n - edge)..<n) : Array(0..<n)
        out += "["
        if axis == shape.count - 1 {
            var line = indent
            for (k, i) in indices.enumerated() {
                let w = i.map { words[offset + $0 * strides[axis]] } ?? "..."
                if k > 0 {
                    if line + 1 + w.count + (k == indices.count - 1 ? 1 : 0) > 75 {
                        out += "\n" + String(repeating: " ", count: indent)
                        line = indent
                    } else {
                        out += " "
                        line += 1
                    }
                }
                out += w
                line += w.count
            }
        } else {
            let blank = String(repeating: "\n", count: shape.count - axis - 1)
            for (k, i) in indices.enumerated() {
                if k > 0 { out += blank + String(repeating: " ", count: indent) }
                if let i {
                    formatAxis(shape, strides, words, axis: axis + 1, offset: offset + i * strides[axis],
                               summarize: summarize, indent: indent + 1, into: &out)
                } else {
                    out += "..."
                }
            }
        }
        out += "]"
    }
}
