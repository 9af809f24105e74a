// Lexer: source text to tokens.
//
// Newlines end statements, so they are tokens — except inside ( ) and [ ], where an expression
// or a parameter list may run over several lines. A stack of open brackets decides which.
// Errors (a stray character, an unterminated string) are reported and lexing goes on.

import Foundation

public enum TokenKind: Equatable, Sendable {
    case ident(String)
    case int(Int)
    case float(Double)
    case string(String)
    case keyword(Keyword)
    case punct(Punct)
    case newline
    case eof
}

public enum Keyword: String, Sendable, CaseIterable {
    case fn, `let`, `var`, `return`, `if`, `else`, `for`, `in`, `while`, `struct`, `true`, `false`
}

public enum Punct: String, Sendable, CaseIterable {
    case lparen = "(", rparen = ")", lbracket = "[", rbracket = "]", lbrace = "{", rbrace = "}"
    case comma = ",", colon = ":", semicolon = ";", dot = ".", arrow = "->", at = "@"
    case assign = "=", plusAssign = "+=", minusAssign = "-=", starAssign = "*=", slashAssign = "/="
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", starStar = "**"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case andAnd = "&&", orOr = "||", bang = "!", halfOpen = "..<", closed = "..."
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// The token's text as written (for diagnostics and the AST printer).
    public var text: String
}

public struct Lexer {
    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var lineStart = 0
    var brackets: [UInt8] = []
    let diags: DiagnosticEngine

    public init(_ text: String, diagnostics: DiagnosticEngine) {
        bytes = Array(text.utf8)
        diags = diagnostics
    }

    public static func tokenize(_ text: String, diagnostics: DiagnosticEngine) -> [Token] {
        var l = Lexer(text, diagnostics: diagnostics)
        var out: [Token] = []
        while true {
            let t = l.next()
            out.append(t)
            if case .eof = t.kind { break }
        }
        return out
    }

    // Column of `pos`, computed incrementally from the last query so long lines stay linear.
    var colPos = 0, colValue = 1
    var loc: SourceLoc {
        mutating get {
            if colPos < lineStart || colPos > pos { colPos = lineStart; colValue = 1 }
            while colPos < pos { if bytes[colPos] & 0xC0 != 0x80 { colValue += 1 }; colPos += 1 }
            return SourceLoc(line: line, column: colValue)
        }
    }

    func peek(_ k: Int = 0) -> UInt8 { pos + k < bytes.count ? bytes[pos + k] : 0 }

    /// Punctuation, longest first, with its bytes (so matching allocates nothing).
    static let puncts: [(Punct, [UInt8])] = Punct.allCases.sorted { $0.rawValue.count > $1.rawValue.count }.map { ($0, Array($0.rawValue.utf8)) }

    mutating func next() -> Token {
        // Skip blanks and comments; newlines inside ( ) or [ ] are blanks too.
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 0x20 || c == 0x09 || c == 0x0D { pos += 1; continue }
            if c == 0x2F && peek(1) == 0x2F { while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }; continue }
            if c == 0x0A {
                let start = loc
                pos += 1; line += 1; lineStart = pos
                if let top = brackets.last, top != UInt8(ascii: "{") { continue }
                return Token(kind: .newline, range: SourceRange(start, SourceLoc(line: Int(start.line), column: Int(start.column) + 1)), text: "\\n")
            }
            break
        }
        let start = loc
        let startPos = pos
        guard pos < bytes.count else { return Token(kind: .eof, range: SourceRange(start, start), text: "") }
        let c = bytes[pos]
        func make(_ k: TokenKind) -> Token {
            Token(kind: k, range: SourceRange(start, loc), text: String(decoding: bytes[startPos..<pos], as: UTF8.self))
        }
        if isIdentStart(c) {
            while pos < bytes.count && (isIdentStart(bytes[pos]) || isDigit(bytes[pos])) { pos += 1 }
            let s = String(decoding: bytes[startPos..<pos], as: UTF8.self)
            return make(Keyword(rawValue: s).map { .keyword($0) } ?? .ident(s))
        }
        if isDigit(c) || (c == UInt8(ascii: ".") && isDigit(peek(1))) { return number(start, startPos) }
        if c == UInt8(ascii: "\"") { return string(start, startPos) }
        for (p, raw) in Lexer.puncts {
            if pos + raw.count <= bytes.count && bytes[pos..<(pos + raw.count)].elementsEqual(raw) {
                pos += raw.count
                switch p {
                case .lparen, .lbracket, .lbrace: brackets.append(raw[0])
                case .rparen, .rbracket, .rbrace: if !brackets.isEmpty { brackets.removeLast() }
                default: break
                }
                return make(.punct(p))
            }
        }
        // Unknown character: report it and skip the whole UTF-8 sequence.
        pos += 1
        while pos < bytes.count && bytes[pos] & 0xC0 == 0x80 { pos += 1 }
        let tok = make(.ident("<error>"))
        diags.error("unexpected character '\(tok.text)'", at: tok.range)
        return next()
    }

    func isIdentStart(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F }
    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    mutating func number(_ start: SourceLoc, _ startPos: Int) -> Token {
        var isFloat = false
        while isDigit(peek()) || peek() == UInt8(ascii: "_") { pos += 1 }
        // "1.5" and "1." are floats; "0..<n" is an int and a range operator.
        if peek() == UInt8(ascii: ".") && peek(1) != UInt8(ascii: ".") && !isIdentStart(peek(1)) {
            isFloat = true
            pos += 1
            while isDigit(peek()) { pos += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let save = pos
            pos += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
            if isDigit(peek()) {
                isFloat = true
                while isDigit(peek()) { pos += 1 }
            } else {
                pos = save
            }
        }
        let text = String(decoding: bytes[startPos..<pos], as: UTF8.self)
        let clean = text.replacingOccurrences(of: "_", with: "")
        let range = SourceRange(start, loc)
        if isFloat {
            let v = Double(clean) ?? 0
            if !v.isFinite { diags.error("float literal '\(text)' is too large", at: range) }
            return Token(kind: .float(v), range: range, text: text)
        }
        guard let v = Int(clean), v <= Int(Int32.max) else {
            diags.error("integer literal '\(text)' does not fit in i32", at: range,
                        notes: [.init("write it as a float literal, like \(clean).0, if a float was meant")])
            return Token(kind: .int(0), range: range, text: text)
        }
        return Token(kind: .int(v), range: range, text: text)
    }

    mutating func string(_ start: SourceLoc, _ startPos: Int) -> Token {
        pos += 1
        var value = [UInt8]()
        while pos < bytes.count && bytes[pos] != UInt8(ascii: "\"") && bytes[pos] != 0x0A {
            if bytes[pos] == UInt8(ascii: "\\") && pos + 1 < bytes.count {
                let e = bytes[pos + 1]
                switch e {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): value.append(e)
                default:
                    let l = loc
                    diags.error("unknown escape sequence '\\\(Character(UnicodeScalar(e)))'", at: SourceRange(l, SourceLoc(line: Int(l.line), column: Int(l.column) + 2)))
                }
                pos += 2
                continue
            }
            value.append(bytes[pos])
            pos += 1
        }
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "\"") {
            pos += 1
        } else {
            diags.error("unterminated string literal", at: SourceRange(start, loc))
        }
        return Token(kind: .string(String(decoding: value, as: UTF8.self)), range: SourceRange(start, loc),
                     text: String(decoding: bytes[startPos..<pos], as: UTF8.self))
    }
}
