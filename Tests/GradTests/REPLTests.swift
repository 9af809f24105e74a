// gradc repl: scripted sessions through a pipe (Tests/REPL/*.repl, with their expected output
// written inside them), and an interactive session through a pseudo-terminal: keys in,
// screen out.
//
// In a .repl file, after an input:
//   // expect: TEXT         the next line of standard output is TEXT
//   // expect-prefix: TEXT  the next line of standard output starts with TEXT
//   // error: TEXT          the next diagnostic line (not a source line or caret) on standard error
//   // exit: N              the session's exit status (default 0)
// Every line of output must be expected: nothing more, nothing less.

import Foundation
import GradDriver
import XCTest
#if canImport(Glibc)
import Glibc
#endif

final class REPLTests: XCTestCase {
    enum Expect { case line(String), prefix(String) }

    func testScriptedSessions() throws {
        let files = Repo.files("Tests/REPL", ext: "repl")
        XCTAssertGreaterThanOrEqual(files.count, 4)
        for path in files {
            let name = (path as NSString).lastPathComponent
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var out: [Expect] = [], errs: [String] = [], exit: Int32 = 0
            for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let t = l.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("// expect: ") { out.append(.line(String(t.dropFirst("// expect: ".count)))) }
                if t.hasPrefix("// expect-prefix: ") { out.append(.prefix(String(t.dropFirst("// expect-prefix: ".count)))) }
                if t.hasPrefix("// error: ") { errs.append(String(t.dropFirst("// error: ".count))) }
                if t.hasPrefix("// exit: ") { exit = Int32(t.dropFirst("// exit: ".count))! }
            }
            let r = CLI.runProcess([Repo.executable, "repl"], in: Repo.root, input: path)
            XCTAssertEqual(r.status, exit, "\(name): exit status\n\(r.errors)")
            let got = r.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            for (k, e) in out.enumerated() {
                guard k < got.count else { XCTFail("\(name): output ended before expected line \(k + 1): \(e)"); break }
                switch e {
                case .line(let s): XCTAssertEqual(got[k], s, "\(name): output line \(k + 1)")
                case .prefix(let s): XCTAssertTrue(got[k].hasPrefix(s), "\(name): output line \(k + 1) '\(got[k])' should start with '\(s)'")
                }
            }
            XCTAssertEqual(got.count, out.count, "\(name): output lines\n" + got.joined(separator: "\n"))
            // Diagnostic lines: every one expected, in order (source lines and carets start with spaces).
            let diags = r.errors.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") }
            XCTAssertEqual(diags, errs, "\(name): diagnostics\n\(r.errors)")
        }
    }

    func testHelpAndCompletion() {
        var out = ""
        let s = REPLSession(out: { out += $0 }, err: { XCTFail($0) })
        s.feed(":help")
        for c in REPLSession.commands { XCTAssertTrue(out.contains("  \(c)"), c) }
        s.feed("fn square_sum(v: f64[2]) -> f64 { return sum(v * v) }")
        s.feed("let squash = 1.0")
        XCTAssertEqual(s.completions(of: "squ", commandPosition: false), ["square", "square_sum", "squash", "squeeze"])
        XCTAssertEqual(s.completions(of: ":t", commandPosition: true), [":time", ":type"])
        XCTAssertEqual(s.completions(of: "whi", commandPosition: false), ["while"])
        XCTAssertEqual(s.completions(of: "ada", commandPosition: false), ["adagrad", "adam", "adamw"])
        XCTAssertEqual(s.completions(of: "__", commandPosition: false), [], "the entry function is hidden")
    }

    // MARK: - A pseudo-terminal

    /// A terminal just large enough for the line editor's output: characters, CR, LF, and
    /// the CSI sequences it writes (K erase to end of line, C/D cursor right/left, H and J).
    struct Screen {
        var rows: [[Character]] = [[]]
        var r = 0, c = 0

        mutating func feed(_ s: String) {
            let u = Array(s.unicodeScalars)
            var k = 0
            while k < u.count {
                let ch = u[k]
                k += 1
                switch ch {
                case "\r": c = 0
                case "\n":
                    r += 1
                    if r == rows.count { rows.append([]) }
                case "\u{7}": break
                case "\u{1b}":
                    guard k < u.count, u[k] == "[" else { continue }
                    k += 1
                    var param = ""
                    while k < u.count, !(u[k].value >= 0x40 && u[k].value <= 0x7E) { param.unicodeScalars.append(u[k]); k += 1 }
                    guard k < u.count else { return }
                    let final = u[k]
                    k += 1
                    let n = Int(param) ?? 1
                    switch final {
                    case "K": if c < rows[r].count { rows[r].removeSubrange(c...) }
                    case "D": c = max(0, c - n)
                    case "C": c += n
                    case "H": r = 0; c = 0
                    case "J": rows = [[]]; r = 0; c = 0
                    default: break
                    }
                default:
                    while rows[r].count < c { rows[r].append(" ") }
                    if c < rows[r].count { rows[r][c] = Character(ch) } else { rows[r].append(Character(ch)) }
                    c += 1
                }
            }
        }

        var lines: [String] { rows.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) } }
    }

    final class Terminal {
        let master: Int32
        let process = Process()
        var received = ""

        init(home: String, args: [String] = ["repl"], in dir: URL = Repo.root) throws {
            // posix_openpt, unlockpt and ptsname by hand (Glibc's module has none of them): the
            // multiplexer, then its ioctls, whose macros Swift cannot import (Linux's values).
            let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0, number: UInt32 = 0
            guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
                throw NSError(domain: "pty", code: 1)
            }
            let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard slave >= 0 else { throw NSError(domain: "pty", code: 2) }
            let h = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
            process.executableURL = URL(fileURLWithPath: Repo.executable)
            process.arguments = args
            process.currentDirectoryURL = dir
            var env = ProcessInfo.processInfo.environment
            env["HOME"] = home
            env["TERM"] = "xterm"
            process.environment = env
            process.standardInput = h
            process.standardOutput = h
            process.standardError = h
            try process.run()
            close(slave)
        }

        func send(_ keys: String) {
            let b = Array(keys.utf8)
            _ = b.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
        }

        /// Reads until the output so far contains `text` (or 60 s pass, or the program ends).
        @discardableResult
        func wait(for text: String) -> Bool {
            let deadline = Date().addingTimeInterval(60)
            var buf = [UInt8](repeating: 0, count: 4096)
            while !received.contains(text) && Date() < deadline {
                var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 200) > 0 else { continue }
                let n = read(master, &buf, buf.count)
                if n <= 0 { break }
                received += String(decoding: buf[0..<n], as: UTF8.self)
            }
            return received.contains(text)
        }
    }

    func testPseudoTerminal() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gradc-repl-\(getpid())").path
        try? FileManager.default.removeItem(atPath: home)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let t = try Terminal(home: home)
        func step(_ keys: String, then prompt: String) {
            t.send(keys)
            XCTAssertTrue(t.wait(for: prompt), "no prompt '\(prompt)' after \(keys.debugDescription); screen:\n\(t.received)")
        }
        XCTAssertTrue(t.wait(for: "  1> "))
        step("let x = [1.0, 2.0]\r", then: "  2> ")
        step("x * 3.0\r", then: "  3> ")
        // Ctrl-A goes home, Ctrl-E to the end, Left moves back.
        step("1.0 + 2.0\u{1}10.0 * \u{5} + 5\u{1b}[D0.\u{1b}[C\r", then: "  4> ")
        // Up twice recalls 'x * 3.0'; Ctrl-W deletes the word before the cursor.
        step("\u{1b}[A\u{1b}[A\u{17}4.0\r", then: "  5> ")
        step("fn square_sum(v: f64[2]) -> f64 { return sum(v * v) }\r", then: "  6> ")
        // Tab lists the candidates when their common prefix adds nothing, else completes it.
        t.send("squ\t")
        XCTAssertTrue(t.wait(for: "square  square_sum  squeeze"), t.received)
        step("are_\t(x)\r", then: "  7> ")
        step(":ty\tx\r", then: "  8> ")
        // An open bracket continues the input; Ctrl-C drops it.
        step("let q = (1.0 +\r", then: "  9. ")
        step("\u{3}", then: "  9> ")
        step("q\r", then: " 10> ")
        // Ctrl-K kills to the end of the line, Ctrl-U to its start; then Ctrl-D leaves.
        step("1.0 + 2.0\u{1}\u{1b}[C\u{1b}[C\u{1b}[C\u{b}\r", then: " 11> ")
        step("oops\u{15}2.0 * 2.0\r", then: " 12> ")
        // Ctrl-C during a computation stops it at its next loop trip; the session is unchanged.
        // (The pty is not the child's controlling terminal, so the SIGINT that Ctrl-C makes
        // is sent by hand.)
        step("var s = 0.0\r", then: " 13> ")
        t.send("while s >= 0.0 { s += 1.0 }\r")
        usleep(1_000_000)
        kill(t.process.processIdentifier, SIGINT)
        XCTAssertTrue(t.wait(for: " 14> "), t.received)
        step("s\r", then: " 15> ")
        t.send("\u{4}")
        t.process.waitUntilExit()
        XCTAssertEqual(t.process.terminationStatus, 0)
        t.wait(for: "\u{0}")   // drain

        var screen = Screen()
        screen.feed(t.received)
        let lines = screen.lines
        for want in ["  1> let x = [1.0, 2.0]",
                     "  2> x * 3.0", ": f64[2] = [3. 6.]",
                     "  3> 10.0 * 1.0 + 2.0 + 0.5", ": f64 = 12.5",
                     "  4> x * 4.0", ": f64[2] = [4. 8.]",
                     "square  square_sum  squeeze",
                     "  6> square_sum(x)", ": f64 = 5.0",
                     "  7> :type x", ": f64[2]",
                     "  8> let q = (1.0 +", "  9. ^C",
                     "  9> q", "repl:9:1: error: unknown name 'q'",
                     " 10> 1.0", ": f64 = 1.0",
                     " 11> 2.0 * 2.0", ": f64 = 4.0",
                     "repl:13:16: error: interrupted", " 14> s", ": f64 = 0.0"] {
            XCTAssertTrue(lines.contains(want), "missing '\(want)' on the screen:\n" + lines.joined(separator: "\n"))
        }
        let history = try String(contentsOfFile: home + "/.gradc_history", encoding: .utf8)
        XCTAssertTrue(history.contains("x * 4.0\nfn square_sum"), history)
        XCTAssertFalse(history.contains("oops"), history)
    }
}
