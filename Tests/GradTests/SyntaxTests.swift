// Unit tests of the lexer and parser: tokens, precedence, recovery, and nesting limits.

import XCTest
@testable import GradSyntax

final class SyntaxTests: XCTestCase {
    func kinds(_ s: String) -> [TokenKind] {
        Lexer.tokenize(s, diagnostics: DiagnosticEngine()).map(\.kind)
    }

    func testLexerNumbersAndRanges() {
        XCTAssertEqual(kinds("0..<10"), [.int(0), .punct(.halfOpen), .int(10), .eof])
        XCTAssertEqual(kinds("1e-3 2. .5 1_000"), [.float(1e-3), .float(2), .float(0.5), .int(1000), .eof])
        XCTAssertEqual(kinds("x**2 // note"), [.ident("x"), .punct(.starStar), .int(2), .eof])
    }

    func testNewlinesInsideBracketsAreBlanks() {
        XCTAssertEqual(kinds("f(a,\n b)\n"), [.ident("f"), .punct(.lparen), .ident("a"), .punct(.comma), .ident("b"), .punct(.rparen), .newline, .eof])
        XCTAssertEqual(kinds("{\n}"), [.punct(.lbrace), .newline, .punct(.rbrace), .eof])
    }

    func parse(_ s: String) -> (Program, DiagnosticEngine) {
        let d = DiagnosticEngine()
        return (Parser.parse(SourceFile(path: "t.grad", text: s), diagnostics: d), d)
    }

    func testPrecedence() {
        let (p, d) = parse("fn f() { return -x ** 2 + a @ b * c > 0.0 && !q || r }")
        XCTAssertFalse(d.hasErrors)
        XCTAssertEqual(ASTPrinter.print(p).split(separator: "\n")[1],
                       "  (return (|| (&& (> (+ (- (** x 2)) (* (@ a b) c)) 0.0) (! q)) r))")
    }

    func testIndexAndSlices() {
        let (p, d) = parse("fn f() { return x[:, 1:n-1, ::2, -1].T }")
        XCTAssertFalse(d.hasErrors)
        XCTAssertEqual(ASTPrinter.print(p).split(separator: "\n")[1], "  (return (. (index x : 1:(- n 1) ::2 (- 1)) T))")
    }

    func testRecoveryReportsEveryStatementError() {
        let (_, d) = parse("fn f() {\n let a = (1 +\n}\nfn g() {\n let = 2\n let b = 3 3\n}\n")
        XCTAssertEqual(d.errorCount, 3, d.render(SourceFile(path: "t.grad", text: "")))
    }

    func testDeepNestingIsADiagnostic() {
        let src = "fn f() { return " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + " }"
        let (_, d) = parse(src)
        XCTAssertTrue(d.diagnostics.contains { $0.message.contains("nested too deeply") })
    }

    func testCaretRendering() {
        let file = SourceFile(path: "m.grad", text: "fn main() {\n  let h = W3 @ x\n}\n")
        let d = Diagnostic(.error, "unknown name 'W3'", at: SourceRange(SourceLoc(line: 2, column: 11), SourceLoc(line: 2, column: 13)))
        XCTAssertEqual(DiagnosticEngine.render(d, file), "m.grad:2:11: error: unknown name 'W3'\n    let h = W3 @ x\n            ^~\n")
    }
}
