// Source files and positions. Every token and AST node keeps a SourceRange so every
// diagnostic can point at the program with a caret.

public struct SourceLoc: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int32
    public var column: Int32
    public init(line: Int, column: Int) { self.line = Int32(line); self.column = Int32(column) }
    public static let unknown = SourceLoc(line: 0, column: 0)
    public static func < (a: SourceLoc, b: SourceLoc) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

public struct SourceRange: Hashable, Sendable {
    public var start: SourceLoc
    public var end: SourceLoc   // exclusive, on the same line as start for caret rendering
    public init(_ start: SourceLoc, _ end: SourceLoc) { self.start = start; self.end = end }
    public static let unknown = SourceRange(.unknown, .unknown)
    public func to(_ other: SourceRange) -> SourceRange { SourceRange(start, max(end, other.end)) }
}

public final class SourceFile: Sendable {
    public let path: String
    public let text: String
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    public func line(_ n: Int) -> Substring? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }
}
