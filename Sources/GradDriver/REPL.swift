// `gradc repl`: an interactive Grad session (the terminal and the pipe are LineEditor.swift's).
//
// A session is a list of definitions — each item's source text and where it came from, a line
// typed at the prompt or a file given to :load — and a list of variables with their values.
//   - A definition (`fn`, `struct`, `fn d = grad(...)`, `@derivative`) is checked by compiling
//     every definition of the session together; it replaces one of the same name. On an error
//     the session keeps the definitions it had.
//   - Anything else is compiled as the body of an entry function (GradSema's
//     IRGenSession.swift) whose parameters are the session's variables, typed from their
//     values, and whose result is the session after the input; it runs on the VM and its result
//     becomes the session's variables. A final expression's value is printed with its type:
//     `: f64[3] = [1. 2. 3.]`. On an error nothing changes.
// Each program is assembled from source chunks; a line map takes every diagnostic, run-time
// error and listing back to the line as typed (`repl:LINE:COL`) or as loaded (`FILE:LINE:COL`).

import Foundation
import GradAD
import GradC
import GradIR
import GradSema
import GradSyntax
import GradTensor
import GradVM

public final class REPLSession {
    /// Source text from origin 0 (what was typed) or origin k (the k-th loaded file), starting
    /// at `line` there; `name` is the item it defines.
    struct Chunk {
        var origin: Int
        var line: Int
        var text: String
        var name = ""
        var isStruct = false
    }

    enum Part {
        case chunk(Chunk)
        case raw(String)      // generated lines, with no origin
        case close(String)    // the line that closes the chunk before it
    }

    /// An assembled program and, for each of its lines, where it came from.
    struct Assembled {
        var file: SourceFile
        var origins: [(origin: Int, line: Int)?]
        var closers: Set<Int> = []
        func map(_ line: Int) -> (origin: Int, line: Int)? { line >= 1 && line <= origins.count ? origins[line - 1] : nil }

        /// A closing line (the entry's brace) stands for the end of the chunk before it,
        /// where what is missing was due.
        func mapEnd(_ r: SourceRange) -> SourceRange? {
            let n = Int(r.start.line)
            guard closers.contains(n), map(n - 1) != nil else { return nil }
            let col = file.line(n - 1).map { $0.unicodeScalars.count + 1 } ?? 1
            return SourceRange(SourceLoc(line: n - 1, column: col), SourceLoc(line: n - 1, column: col + 1))
        }
    }

    struct Variable {
        var name: String
        var value: RValue
        var mutable: Bool
    }

    enum Mode { case run, type, time }

    static let entry = "__repl"
    public static let commands = [":help", ":quit", ":type", ":time", ":vars", ":ir", ":grad", ":c", ":bytecode",
                           ":plan", ":check", ":load", ":reset"]
    static let help = """
    Type definitions (fn, struct, fn d = grad(f)) and statements; an expression prints its value
    and type. let and var persist. Input goes on over lines while brackets or braces are open.

      :type EXPR       the type of EXPR, without running it (of a function: its signature)
      :time EXPR       run EXPR (or a statement) and print how long it took
      :vars            the session's variables and their types
      :ir NAME         the SSA IR of a function
      :grad NAME       derivative source: NAME's derived functions, or grad(NAME) if it has none
      :c NAME          the C that gradc build emits for a function
      :bytecode NAME   the VM's bytecode of a function
      :plan NAME       the checkpoint plan of NAME's differentiated loops
      :check NAME      check NAME's derived functions against finite differences
      :load FILE       add the definitions of a .grad file
      :reset           forget every definition and variable
      :help            this text
      :quit            leave (also Ctrl-D)

    """

    public private(set) var transcript: [String] = []
    var loaded: [SourceFile] = []
    var definitions: [Chunk] = []
    var variables: [Variable] = []
    var pending: [String] = []
    var pendingStart = 0
    /// The first line of the input being run; warnings from earlier lines are not shown again.
    var inputStart = 0
    let out: (String) -> Void
    let err: (String) -> Void
    public var checkpoint: CheckpointSchedule = .auto(nil)
    /// The exit status of the first input that failed (what a piped session exits with).
    public private(set) var firstFailure: ExitCode?
    /// Set by :quit.
    public private(set) var finished = false

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.out = out
        self.err = err
    }

    // MARK: - Input

    /// True while an input is open (brackets or braces not yet closed).
    public var needsMore: Bool { !pending.isEmpty }
    /// The number the next line will have (`repl:LINE:COL` in diagnostics).
    public var nextLine: Int { transcript.count + 1 }

    /// Takes one line; runs the input once it is complete.
    public func feed(_ line: String) {
        transcript.append(line)
        if pending.isEmpty { pendingStart = transcript.count }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        let isCommand = pending.count == 1 && line.trimmingCharacters(in: .whitespaces).hasPrefix(":")
        if !isCommand && Self.brackets(Self.tokens(text)).open > 0 { return }
        pending = []
        run(text, firstLine: pendingStart)
    }

    /// Ends the input: an open input is run as it is (and reports what is missing).
    public func finish() {
        guard !pending.isEmpty else { return }
        let text = pending.joined(separator: "\n")
        pending = []
        run(text, firstLine: pendingStart)
    }

    /// Drops the input being typed (Ctrl-C).
    public func cancelInput() { pending = [] }

    static func tokens(_ text: String) -> [Token] {
        Lexer.tokenize(text, diagnostics: DiagnosticEngine()).filter { $0.kind != .newline && $0.kind != .eof }
    }

    /// Brackets and braces opened and not closed, and the first closer that closes nothing.
    static func brackets(_ toks: [Token]) -> (open: Int, unmatched: Token?) {
        var depth = 0
        for t in toks {
            switch t.kind {
            case .punct(.lparen), .punct(.lbracket), .punct(.lbrace): depth += 1
            case .punct(.rparen), .punct(.rbracket), .punct(.rbrace):
                depth -= 1
                if depth < 0 { return (depth, t) }
            default: break
            }
        }
        return (depth, nil)
    }

    func run(_ text: String, firstLine: Int) {
        inputStart = firstLine
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":") { command(text, line: firstLine); return }
        let toks = Self.tokens(text)
        guard let first = toks.first else { return }
        if let bad = Self.brackets(toks).unmatched {
            let at = SourceRange(SourceLoc(line: firstLine + Int(bad.range.start.line) - 1, column: Int(bad.range.start.column)),
                                 SourceLoc(line: firstLine + Int(bad.range.start.line) - 1, column: Int(bad.range.start.column) + 1))
            err(DiagnosticEngine.render(Diagnostic(.error, "unmatched '\(bad.text)'", at: at), originFile(0)))
            fail(.compileError)
            return
        }
        let isDefinition: Bool
        switch first.kind {
        case .keyword(.fn), .keyword(.struct): isDefinition = true
        case .punct(.at): isDefinition = toks.count > 1 && toks[1].kind == .ident("derivative")
        default: isDefinition = false
        }
        if isDefinition { define(text, firstLine) } else { evaluate(text, firstLine, mode: .run) }
    }

    func fail(_ code: ExitCode) {
        if firstFailure == nil { firstFailure = code }
    }

    // MARK: - Definitions

    func define(_ text: String, _ first: Int) {
        // Parsed at its own line numbers, so diagnostics and chunks need no mapping.
        let file = SourceFile(path: "repl", text: String(repeating: "\n", count: first - 1) + text)
        let diags = DiagnosticEngine()
        let program = Parser.parse(file, diagnostics: diags)
        if diags.hasErrors {
            err(diags.render(originFile(0)))
            fail(.compileError)
            return
        }
        _ = accept(Self.chunks(of: program, in: file, origin: 0))
    }

    /// The chunk of every item of a parsed file.
    static func chunks(of program: Program, in file: SourceFile, origin: Int) -> [Chunk] {
        program.items.map { item in
            let (name, range, attrs, isStruct): (String, SourceRange, [Attribute], Bool)
            switch item {
            case .function(let f): (name, range, attrs, isStruct) = (f.name, f.range, f.attributes, false)
            case .derived(let d): (name, range, attrs, isStruct) = (d.name, d.range, d.attributes, false)
            case .record(let s): (name, range, attrs, isStruct) = (s.name, s.range, [], true)
            }
            let start = attrs.map(\.range.start).reduce(range.start, min)
            return Chunk(origin: origin, line: Int(start.line), text: slice(file, from: start, to: range.end), name: name, isStruct: isStruct)
        }
    }

    /// The text from `a` to `b` (exclusive), its first line padded so columns stay as they were.
    static func slice(_ file: SourceFile, from a: SourceLoc, to b: SourceLoc) -> String {
        var lines: [String] = []
        for n in Int(a.line)...max(Int(a.line), Int(b.line)) {
            let chars = Array((file.line(n) ?? "").unicodeScalars)
            let lo = n == Int(a.line) ? min(chars.count, Int(a.column) - 1) : 0
            let hi = n == Int(b.line) ? min(chars.count, max(lo, Int(b.column) - 1)) : chars.count
            var s = String(String.UnicodeScalarView(chars[lo..<hi]))
            if n == Int(a.line) { s = String(repeating: " ", count: lo) + s }
            lines.append(s)
        }
        return lines.joined(separator: "\n")
    }

    /// Adds definitions, replacing those of the same names, if the session still compiles.
    func accept(_ new: [Chunk]) -> Bool {
        let names = Set(new.map(\.name))
        let candidate = definitions.filter { !names.contains($0.name) } + new
        guard compile(candidate.map(Part.chunk)) != nil else { return false }
        definitions = candidate
        // A variable whose record type was declared again no longer has a type.
        for s in new where s.isStruct {
            for v in variables where Self.mentions(v.value, record: s.name) {
                err("note: variable '\(v.name)' is dropped: its type '\(s.name)' was declared again\n")
            }
            variables.removeAll { Self.mentions($0.value, record: s.name) }
        }
        return true
    }

    static func mentions(_ v: RValue, record: String) -> Bool {
        switch v {
        case .record(let n, let xs): return n == record || xs.contains { mentions($0, record: record) }
        case .tuple(let xs): return xs.contains { mentions($0, record: record) }
        default: return false
        }
    }

    // MARK: - Compiling

    func assemble(_ parts: [Part]) -> Assembled {
        var lines: [String] = []
        var origins: [(origin: Int, line: Int)?] = []
        var closers: Set<Int> = []
        for p in parts {
            switch p {
            case .raw(let s):
                lines.append(s)
                origins.append(nil)
            case .close(let s):
                lines.append(s)
                origins.append(nil)
                closers.insert(lines.count)
            case .chunk(let c):
                for (k, l) in c.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    lines.append(String(l))
                    origins.append((c.origin, c.line + k))
                }
            }
        }
        return Assembled(file: SourceFile(path: "repl", text: lines.joined(separator: "\n")), origins: origins, closers: closers)
    }

    /// Lowers an assembled program; reports its diagnostics where they were typed or loaded.
    func compile(_ parts: [Part], session: SessionEntry? = nil, lower: Bool = true) -> (Compilation, Assembled)? {
        let a = assemble(parts)
        let c = Compilation(file: a.file)
        c.session = session
        c.checkpoint = checkpoint
        guard lower else { return (c, a) }
        do {
            try c.lower()
        } catch let f as CompileFailure {
            err(c.diagnostics.hasErrors ? render(c.diagnostics.diagnostics, a) : f.message)
            fail(f.code)
            return nil
        } catch {
            err("error: \(error)\n")
            fail(.compileError)
            return nil
        }
        // Warnings about what this input typed (earlier ones were shown when they were typed).
        let fresh = c.diagnostics.diagnostics.filter { d in
            a.map(Int(d.range.start.line)).map { $0.origin == 0 && $0.line >= inputStart } ?? false
        }
        if !fresh.isEmpty { err(render(fresh, a)) }
        return (c, a)
    }

    func originFile(_ origin: Int) -> SourceFile {
        origin == 0 ? SourceFile(path: "repl", text: transcript.joined(separator: "\n")) : loaded[origin - 1]
    }

    func mapped(_ r: SourceRange, _ to: (origin: Int, line: Int)) -> SourceRange {
        let shift = to.line - Int(r.start.line)
        return SourceRange(SourceLoc(line: to.line, column: Int(r.start.column)),
                           SourceLoc(line: Int(r.end.line) + shift, column: Int(r.end.column)))
    }

    func render(_ diagnostics: [Diagnostic], _ a: Assembled) -> String {
        diagnostics.sorted { $0.range.start < $1.range.start }.map { d in
            var d = d
            if let end = a.mapEnd(d.range) {
                d.range = end
                d.message = d.message.replacingOccurrences(of: ", found '}'", with: ", found the end of the input")
            }
            guard let at = a.map(Int(d.range.start.line)) else {
                return "repl: \(d.severity.rawValue): \(d.message)\n" + d.notes.map { "repl: note: \($0.message)\n" }.joined()
            }
            var m = d
            m.range = mapped(d.range, at)
            m.notes = d.notes.map { n in
                var n = n
                if let r = n.range, let to = a.map(Int(r.start.line)), to.origin == at.origin { n.range = mapped(r, to) } else { n.range = nil }
                return n
            }
            return DiagnosticEngine.render(m, originFile(at.origin))
        }.joined()
    }

    func render(_ e: VMError, _ a: Assembled) -> String {
        guard let at = a.map(e.line) else { return "repl: error: \(e.message)\n" }
        let r = SourceRange(SourceLoc(line: at.line, column: e.column), SourceLoc(line: at.line, column: e.column + 1))
        return DiagnosticEngine.render(Diagnostic(.error, e.message, at: r), originFile(at.origin))
    }

    // MARK: - Statements and expressions

    static func typeText(_ v: RValue) -> String {
        switch v {
        case .tensor(let t): return t.shape.isEmpty ? t.dtype.rawValue : "\(t.dtype.rawValue)[\(t.shape.map(String.init).joined(separator: ", "))]"
        case .tuple(let xs): return "(" + xs.map(typeText).joined(separator: ", ") + ")"
        case .record(let n, _): return n
        case .none: return "()"
        }
    }

    func evaluate(_ text: String, _ first: Int, mode: Mode) {
        let header = "fn \(Self.entry)(" + variables.map { "\($0.name): \(Self.typeText($0.value))" }.joined(separator: ", ") + ") {"
        let parts = definitions.map(Part.chunk) + [.raw(header), .chunk(Chunk(origin: 0, line: first, text: text)), .close("}")]
        let session = SessionEntry(name: Self.entry, mutable: Set(variables.filter(\.mutable).map(\.name)))
        let t0 = DispatchTime.now()
        guard let (c, a) = compile(parts, session: session), let result = c.sessionResult else { return }
        if mode == .type {
            if let t = result.value { out(": \(t)\n") } else { err("repl:\(first): error: ':type' needs an expression\n"); fail(.usage) }
            return
        }
        let vm = VM(BytecodeCompiler.compile(c.module), output: out)
        let t1 = DispatchTime.now()
        let r: RValue
        do {
            r = try vm.run(Self.entry, variables.map(\.value))
        } catch let e as VMError {
            err(render(e, a))
            fail(.runtimeError)
            return
        } catch {
            err("error: \(error)\n")
            fail(.runtimeError)
            return
        }
        let t2 = DispatchTime.now()
        guard case .tuple(var xs) = r else { return }
        if result.value != nil {
            let v = xs.removeFirst()
            let prefix = ": \(Self.typeText(v)) = "
            out(prefix + vm.format(v).replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: prefix.count)) + "\n")
        }
        variables = zip(result.bindings, xs).map { Variable(name: $0.name, value: $1, mutable: $0.mutable) }
        if mode == .time {
            out("time: \(Self.ms(t1, t2)) (compile \(Self.ms(t0, t1)))\n")
        }
    }

    static func ms(_ a: DispatchTime, _ b: DispatchTime) -> String {
        let t = Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e6
        return t < 1000 ? String(format: "%.3f ms", t) : String(format: "%.3f s", t / 1000)
    }

    // MARK: - Commands

    func command(_ text: String, line: Int) {
        let body = text.trimmingCharacters(in: .whitespaces)
        let word = String(body.prefix { !$0.isWhitespace })
        let arg = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        func usage(_ m: String) { err("error: \(m)\n"); fail(.usage) }
        switch word {
        case ":help", ":h": out(Self.help)
        case ":quit", ":q": finished = true
        case ":type", ":t", ":time":
            guard !arg.isEmpty else { return usage("\(word) needs an expression") }
            if word != ":time", definitions.contains(where: { $0.name == arg && !$0.isStruct }),
               let (c, _) = compile(definitions.map(Part.chunk)), let f = c.module.function(arg) {
                let params = zip(f.paramNames, f.params).map { "\($0): \(f.type($1))" }.joined(separator: ", ")
                out("fn \(arg)(\(params))" + (f.resultType.map { " -> \($0)" } ?? "") + "\n")
                return
            }
            // The command's word is blanked, so columns in diagnostics stay where they were typed.
            let masked = text.replacingOccurrences(of: word, with: String(repeating: " ", count: word.count),
                                                   range: text.range(of: word))
            evaluate(masked, line, mode: word == ":time" ? .time : .type)
        case ":vars":
            if variables.isEmpty { out("no variables\n") }
            for v in variables { out("\(v.mutable ? "var" : "let") \(v.name): \(Self.typeText(v.value))\n") }
        case ":ir", ":grad", ":c", ":bytecode", ":plan", ":check":
            guard !arg.isEmpty, !arg.contains(" ") else { return usage("\(word) needs a function name") }
            show(word, arg)
        case ":load":
            guard !arg.isEmpty else { return usage(":load needs a file") }
            load(arg.count > 1 && arg.hasPrefix("\"") && arg.hasSuffix("\"") ? String(arg.dropFirst().dropLast()) : arg)
        case ":reset":
            definitions = []
            variables = []
            loaded = []
            out("the session is empty\n")
        default:
            let near = Self.commands.min { CLI.distance(word, $0) < CLI.distance(word, $1) }!
            usage("unknown command '\(word)'" + (CLI.distance(word, near) <= 2 ? " (did you mean '\(near)'?)" : "") + "; :help lists the commands")
        }
    }

    func load(_ path: String) {
        let c: Compilation
        do { c = try Compilation.open(path) } catch let f as CompileFailure { err(f.message); fail(f.code); return } catch { return }
        let diags = DiagnosticEngine()
        let program = Parser.parse(c.file, diagnostics: diags)
        if diags.hasErrors {
            err(diags.render(c.file))
            fail(.compileError)
            return
        }
        loaded.append(c.file)
        let chunks = Self.chunks(of: program, in: c.file, origin: loaded.count)
        if accept(chunks) {
            out("loaded \(path): \(chunks.map(\.name).joined(separator: ", "))\n")
        } else {
            loaded.removeLast()
        }
    }

    /// :ir, :grad, :c, :bytecode, :plan and :check of a function.
    func show(_ what: String, _ name: String) {
        var parts = definitions.map(Part.chunk)
        guard let (c0, _) = compile(parts) else { return }
        guard let f = c0.module.function(name), name != Self.entry else {
            let known = c0.module.functions.map(\.name)
            err("error: no function '\(name)'" + (known.isEmpty ? "; the session defines none" : "; the session defines: \(known.joined(separator: ", "))") + "\n")
            fail(.usage)
            return
        }
        // :grad, :plan and :check of a function that has no derived function show grad(f), or
        // vjp(f) when f does not return a scalar.
        let isDerived = c0.derived.contains { $0.name == name }
        if ["grad", "plan", "check"].contains(what.dropFirst()), !isDerived, !c0.derived.contains(where: { $0.base == name }) {
            let scalar = f.resultType.map { $0.isScalar && $0.dtype?.isFloat == true } ?? false
            parts.append(.raw("fn d_\(name) = \(scalar ? "grad" : "vjp")(\(name))"))
        }
        guard let (c, a) = compile(parts, lower: what != ":check") else { return }
        let lineNumber: (Int) -> Int = { a.map($0)?.line ?? $0 }
        do {
            switch what {
            case ":ir":
                out(IRPrinter.print(c.module.function(name)!))
            case ":grad":
                out(try CLI.emitGrad(c, only: name, file: "the session", lineNumber: lineNumber))
            case ":c":
                // Shown with the lines as typed (this module is not run).
                for f in c.module.functions { f.body.relocate(lineNumber) }
                out(CEmitter(module: c.module, path: "repl", source: a.file.text).emitFunction(name)! + "\n")
            case ":bytecode":
                let chunk = BytecodeCompiler.compile(c.module).chunk(name)!
                chunk.lines = chunk.lines.map { Int32(lineNumber(Int($0))) }
                out(Disassembler.disassemble(chunk))
            case ":plan":
                let base = c.derived.first { $0.name == name }?.base ?? name
                let plans = c.plans.filter { $0.function == base }
                if plans.isEmpty { out("// no loop of '\(base)' is differentiated in reverse mode\n") }
                out(plans.map { p in
                    var p = p
                    let at = a.map(Int(p.loc.line)) ?? (0, Int(p.loc.line))
                    p.loc = Loc(line: at.line, column: Int(p.loc.column))
                    return PlanReport.render([p], file: originFile(at.origin), only: nil)
                }.joined(separator: "\n"))
            default:
                var o = CLI.Options()
                o.function = name
                o.file = "the session"
                o.checkpoint = checkpoint
                if try CLI.check(c, o, out: out, err: err) != 0 { fail(.failure) }
            }
        } catch let f as CompileFailure {
            err(c.diagnostics.hasErrors ? render(c.diagnostics.diagnostics, a) : f.message)
            fail(f.code)
        } catch {
            err("error: \(error)\n")
            fail(.failure)
        }
    }

    // MARK: - Completion

    /// Names that complete `word`: commands at the start of a line, else keywords, built-ins,
    /// the prelude's functions, and the session's functions, types and variables.
    public func completions(of word: String, commandPosition: Bool) -> [String] {
        if commandPosition && word.hasPrefix(":") { return Self.commands.filter { $0.hasPrefix(word) }.sorted() }
        let names = Keyword.allCases.map(\.rawValue) + Builtins.names + IRGen.preludeNames + ["f32", "f64", "i32", "bool"]
            + definitions.map(\.name) + variables.map(\.name)
        return Array(Set(names.filter { $0.hasPrefix(word) && !$0.hasPrefix("__") })).sorted()
    }
}
