// The REPL's front end. Piped input is read line by line with no prompts and no escape
// sequences, so `gradc repl < session.txt` scripts a session (its exit status is that of the
// first input that failed). On a terminal, a line editor in raw mode: arrows, Home/End,
// Ctrl-A/E/B/F/K/U/W/L, history (Up/Down, kept in ~/.gradc_history), Tab completion of
// names and commands; Ctrl-C drops the input being typed (and stops a running computation at
// its next loop trip), Ctrl-D on an empty line ends the session.

import Foundation
import GradVM
#if canImport(Glibc)
import Glibc
#endif

enum REPLFrontEnd {
    static func run(_ session: REPLSession) -> Int32 {
        if isatty(0) != 0 && isatty(1) != 0 {
            interactive(session)
            return 0
        }
        while !session.finished, let line = Swift.readLine(strippingNewline: true) {
            session.feed(line)
            fflush(stdout)
        }
        if !session.finished { session.finish() }
        return session.firstFailure?.rawValue ?? 0
    }

    static func interactive(_ session: REPLSession) {
        let editor = LineEditor(historyPath: ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.gradc_history" })
        editor.complete = { word, start in session.completions(of: word, commandPosition: start && !session.needsMore) }
        print("\(CLI.version) — Grad REPL. :help lists the commands; :quit or Ctrl-D leaves.")
        fflush(stdout)
        while !session.finished {
            let n = String(session.nextLine)
            let prompt = String(repeating: " ", count: max(0, 3 - n.count)) + n + (session.needsMore ? ". " : "> ")
            switch editor.readLine(prompt: prompt) {
            case .line(let l):
                VM.interruptFlag.pointee = 0
                let old = signal(SIGINT) { _ in VM.interruptFlag.pointee = 1 }
                session.feed(l)
                fflush(stdout)
                signal(SIGINT, old)
            case .interrupt:
                session.cancelInput()
            case .eof:
                session.finish()
                fflush(stdout)
                return
            }
        }
    }
}

final class LineEditor {
    enum Result { case line(String), interrupt, eof }

    var history: [String] = []
    let historyPath: String?
    static let historyLimit = 1000
    /// Candidates for the word before the cursor; the flag says it starts the line.
    var complete: (String, Bool) -> [String] = { _, _ in [] }

    var buffer: [Character] = []
    var cursor = 0
    var prompt = ""

    init(historyPath: String?) {
        self.historyPath = historyPath
        if let p = historyPath, let text = try? String(contentsOfFile: p, encoding: .utf8) {
            history = Array(text.split(separator: "\n").map(String.init).suffix(Self.historyLimit))
        }
    }

    func write(_ s: String) {
        var bytes = Array(s.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(1, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { return }
            done += n
        }
    }

    func readByte() -> UInt8? {
        var b: UInt8 = 0
        while true {
            let n = Glibc.read(0, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Raw mode for editing: no echo, no line buffering, keys such as Ctrl-C and Ctrl-Z read as
    /// bytes; output processing stays on so "\n" still starts a line.
    func withRawMode<T>(_ body: () -> T) -> T {
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return body() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(0, TCSADRAIN, &raw)
        defer { tcsetattr(0, TCSADRAIN, &saved) }
        return body()
    }

    func refresh() {
        var s = "\r" + prompt + String(buffer) + "\u{1b}[K"
        let back = buffer.count - cursor
        if back > 0 { s += "\u{1b}[\(back)D" }
        write(s)
    }

    func readLine(prompt: String) -> Result {
        self.prompt = prompt
        buffer = []
        cursor = 0
        var recalled = history.count     // history[recalled] is shown; history.count: the new line
        var draft: [Character] = []
        return withRawMode { () -> Result in
            write(prompt)
            while let b = readByte() {
                switch b {
                case 0x0D, 0x0A:
                    write("\r\n")
                    let line = String(buffer)
                    remember(line)
                    return .line(line)
                case 0x03:
                    write("^C\r\n")
                    return .interrupt
                case 0x04:
                    if buffer.isEmpty { write("\r\n"); return .eof }
                    if cursor < buffer.count { buffer.remove(at: cursor) }
                case 0x7F, 0x08:
                    if cursor > 0 { buffer.remove(at: cursor - 1); cursor -= 1 }
                case 0x01: cursor = 0
                case 0x05: cursor = buffer.count
                case 0x02: cursor = max(0, cursor - 1)
                case 0x06: cursor = min(buffer.count, cursor + 1)
                case 0x0B: buffer.removeSubrange(cursor...)
                case 0x15: buffer.removeSubrange(..<cursor); cursor = 0
                case 0x17:
                    var k = cursor
                    while k > 0 && buffer[k - 1] == " " { k -= 1 }
                    while k > 0 && buffer[k - 1] != " " { k -= 1 }
                    buffer.removeSubrange(k..<cursor)
                    cursor = k
                case 0x0C: write("\u{1b}[H\u{1b}[2J")
                case 0x09: completeWord()
                case 0x1B:
                    let key = escape()
                    switch key {
                    case "A", "B":
                        let up = key == "A"
                        if recalled == history.count { draft = buffer }
                        let next = up ? recalled - 1 : recalled + 1
                        guard next >= 0 && next <= history.count else { break }
                        recalled = next
                        buffer = next == history.count ? draft : Array(history[next])
                        cursor = buffer.count
                    case "C": cursor = min(buffer.count, cursor + 1)
                    case "D": cursor = max(0, cursor - 1)
                    case "H", "1~", "7~": cursor = 0
                    case "F", "4~", "8~": cursor = buffer.count
                    case "3~": if cursor < buffer.count { buffer.remove(at: cursor) }
                    default: break
                    }
                default:
                    guard b >= 0x20, let c = character(startingWith: b) else { break }
                    buffer.insert(c, at: cursor)
                    cursor += 1
                }
                refresh()
            }
            return .eof
        }
    }

    /// Reads the rest of an escape sequence (ESC [ X, ESC O X, ESC [ n ~) and names its key.
    func escape() -> String {
        guard let b = readByte() else { return "" }
        var key = ""
        if b == UInt8(ascii: "[") || b == UInt8(ascii: "O") {
            while let c = readByte() {
                key.append(Character(UnicodeScalar(c)))
                if (c >= 0x40 && c <= 0x7E) { break }
            }
        }
        return key
    }

    /// A UTF-8 character whose first byte is `b`.
    func character(startingWith b: UInt8) -> Character? {
        var bytes = [b]
        let extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0
        for _ in 0..<extra { guard let c = readByte() else { return nil }; bytes.append(c) }
        return String(bytes: bytes, encoding: .utf8)?.first
    }

    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, history.last != line else { return }
        history.append(line)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        guard let p = historyPath else { return }
        if let h = FileHandle(forWritingAtPath: p) {
            h.seekToEndOfFile()
            h.write((line + "\n").data(using: .utf8)!)
            h.closeFile()
        } else {
            FileManager.default.createFile(atPath: p, contents: (line + "\n").data(using: .utf8))
        }
    }

    /// Tab: completes the word before the cursor to the candidates' common prefix; when that
    /// adds nothing, lists the candidates under the line.
    func completeWord() {
        var k = cursor
        func part(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == ":" }
        while k > 0 && part(buffer[k - 1]) { k -= 1 }
        let word = String(buffer[k..<cursor])
        guard !word.isEmpty || k == 0 else { return }
        let atStart = buffer[..<k].allSatisfy { $0 == " " }
        let found = complete(word, atStart)
        guard let first = found.first else { return }
        var common = first
        for c in found.dropFirst() { while !c.hasPrefix(common) { common.removeLast() } }
        if found.count == 1 && common.hasPrefix(":") { common += " " }
        if common.count > word.count {
            let add = Array(common.dropFirst(word.count))
            buffer.insert(contentsOf: add, at: cursor)
            cursor += add.count
        } else if found.count > 1 {
            write("\r\n" + found.joined(separator: "  ") + "\r\n")
        }
    }
}
