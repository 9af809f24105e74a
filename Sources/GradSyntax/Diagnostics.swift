// Diagnostics are collected, not fatal on the first error, and rendered as swiftc and clang do:
//   model.grad:3:11: error: unknown name 'W3'
//     let h = W3 @ x
//             ^~
// followed by any notes, each with its own location when it has one.

import Foundation

public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var notes: [Note]

    public struct Note: Sendable, Equatable {
        public var message: String
        public var range: SourceRange?
        public init(_ message: String, at range: SourceRange? = nil) { self.message = message; self.range = range }
    }

    public init(_ severity: Severity, _ message: String, at range: SourceRange, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
    }
}

/// Collects diagnostics for one compilation; passed explicitly, never global.
public final class DiagnosticEngine {
    public private(set) var diagnostics: [Diagnostic] = []
    /// After this many errors, further ones are dropped (a cascade helps nobody).
    public var limit = 50

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    public func error(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        add(Diagnostic(.error, message, at: range, notes: notes))
    }

    public func warning(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        add(Diagnostic(.warning, message, at: range, notes: notes))
    }

    public func add(_ d: Diagnostic) {
        if d.severity == .error && errorCount >= limit { return }
        // One error per position: recovery must not report the same place twice.
        if diagnostics.contains(where: { $0.range.start == d.range.start && $0.severity == d.severity }) { return }
        diagnostics.append(d)
    }

    public func render(_ file: SourceFile) -> String {
        diagnostics.sorted { $0.range.start < $1.range.start }
            .map { Self.render($0, file) }.joined()
    }

    public static func render(_ d: Diagnostic, _ file: SourceFile) -> String {
        var out = header(file.path, d.range, d.severity.rawValue, d.message)
        out += snippet(file, d.range)
        for n in d.notes {
            out += header(file.path, n.range ?? d.range, "note", n.message)
            if let r = n.range, r != d.range { out += snippet(file, r) }
        }
        return out
    }

    static func header(_ path: String, _ r: SourceRange, _ kind: String, _ msg: String) -> String {
        r.start.line > 0 ? "\(path):\(r.start.line):\(r.start.column): \(kind): \(msg)\n" : "\(path): \(kind): \(msg)\n"
    }

    static func snippet(_ file: SourceFile, _ r: SourceRange) -> String {
        guard let line = file.line(Int(r.start.line)) else { return "" }
        var text = Array(line.replacingOccurrences(of: "\t", with: " "))
        var col = max(1, Int(r.start.column))
        let width = r.end.line == r.start.line ? max(1, Int(r.end.column) - col) : 1
        // A very long line is shown as a window around the caret, as clang does.
        let window = 100
        var prefix = "", suffix = ""
        if text.count > window {
            let start = max(0, min(col - 1 - window / 2, text.count - window))
            let end = min(text.count, start + window)
            if start > 0 { prefix = "..." }
            if end < text.count { suffix = "..." }
            text = Array(text[start..<end])
            col = col - start + prefix.count
        }
        let shown = prefix + String(text) + suffix
        let tail = max(0, min(width, shown.count - col + 1) - 1)
        return "  " + shown + "\n  " + String(repeating: " ", count: col - 1) + "^" + String(repeating: "~", count: min(tail, window)) + "\n"
    }
}
