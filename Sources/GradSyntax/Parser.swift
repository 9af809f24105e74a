// Recursive-descent parser: tokens to AST. Each parse function names the production of
// Grammar/grad.ebnf it parses. On an error the parser reports it, skips to the end of the
// statement (or to the next item at top level) and goes on, so one run reports every error.
// Nesting deeper than `maxDepth` is a diagnostic, never a stack overflow.

public struct Parser {
    var tokens: [Token]
    var pos = 0
    let diags: DiagnosticEngine
    var depth = 0
    public static let maxDepth = 256
    /// A binding whose value failed to parse: kept (with an error value) so later uses of its
    /// names are not reported as unknown.
    var partial: Stmt?

    struct ParseError: Error {}

    public init(tokens: [Token], diagnostics: DiagnosticEngine) {
        self.tokens = tokens
        self.diags = diagnostics
    }

    public static func parse(_ file: SourceFile, diagnostics: DiagnosticEngine) -> Program {
        var p = Parser(tokens: Lexer.tokenize(file.text, diagnostics: diagnostics), diagnostics: diagnostics)
        return p.parseProgram()
    }

    // MARK: - Token helpers

    var tok: Token { tokens[pos] }
    var kind: TokenKind { tokens[pos].kind }
    var prevEnd: SourceLoc { pos > 0 ? tokens[pos - 1].range.end : tok.range.start }

    mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func at(_ p: Punct) -> Bool { kind == .punct(p) }
    func at(_ k: Keyword) -> Bool { kind == .keyword(k) }

    mutating func accept(_ p: Punct) -> Bool {
        if at(p) { _ = advance(); return true }
        return false
    }

    mutating func skipNewlines() { while kind == .newline || at(.semicolon) { _ = advance() } }

    mutating func expect(_ p: Punct, _ what: String) throws -> Token {
        if at(p) { return advance() }
        fail("expected '\(p.rawValue)' \(what)")
        throw ParseError()
    }

    mutating func ident(_ what: String) throws -> (String, SourceRange) {
        if case .ident(let s) = kind { let t = advance(); return (s, t.range) }
        fail("expected \(what)")
        throw ParseError()
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of file"
        case .newline: return "end of line"
        default: return "'\(t.text)'"
        }
    }

    /// Reports a syntax error at the current token, unless this line already has an error
    /// (a bad character or an earlier syntax error): one error per line, no cascades.
    func fail(_ message: String) {
        let line = tok.range.start.line
        if diags.diagnostics.contains(where: { $0.severity == .error && $0.range.start.line == line }) { return }
        diags.error("\(message), found \(describe(tok))", at: tok.range)
    }

    mutating func nest() throws {
        depth += 1
        if depth > Parser.maxDepth {
            diags.error("expression or block nested too deeply (more than \(Parser.maxDepth) levels)", at: tok.range)
            throw ParseError()
        }
    }

    // MARK: - Items

    // program = { newline } { item { newline } } eof ;
    mutating func parseProgram() -> Program {
        var items: [Item] = []
        skipNewlines()
        while kind != .eof {
            do {
                items.append(try parseItem())
            } catch {
                synchronizeItem()
            }
            skipNewlines()
        }
        return Program(items: items)
    }

    /// Skips to the next `fn`, `struct` or `@` that starts a line.
    mutating func synchronizeItem() {
        var braces = 0
        while kind != .eof {
            if at(.lbrace) { braces += 1 }
            if at(.rbrace) { braces = max(0, braces - 1) }
            let lineStart = pos > 0 && tokens[pos - 1].kind == .newline
            if braces == 0 && lineStart && (at(.fn) || at(.struct) || at(.at)) { return }
            _ = advance()
        }
    }

    // item = { attribute newline* } ( fn_decl | derived_decl | struct_decl ) ;
    mutating func parseItem() throws -> Item {
        var attrs: [Attribute] = []
        while at(.at) {
            attrs.append(try parseAttribute())
            skipNewlines()
        }
        if at(.struct) {
            return .record(try parseStruct())
        }
        guard at(.fn) else {
            fail("expected 'fn' or 'struct' at top level")
            throw ParseError()
        }
        let start = advance().range
        let (name, nameRange) = try ident("a function name after 'fn'")
        if accept(.assign) {
            let d = try parseDerivedExpr()
            return .derived(DerivedDecl(name: name, transform: d, attributes: attrs, nameRange: nameRange, range: start.to(d.range)))
        }
        let typeParams = try parseTypeParams()
        var f = try parseFnRest(name, nameRange, start, attrs)
        f.typeParams = typeParams
        return .function(f)
    }

    // type_params = "<" , IDENT , { "," , IDENT } , ">" ;
    mutating func parseTypeParams() throws -> [String] {
        guard accept(.lt) else { return [] }
        var names: [String] = []
        repeat {
            let (n, r) = try ident("a type parameter name")
            if names.contains(n) { diags.error("duplicate type parameter '\(n)'", at: r) }
            names.append(n)
        } while accept(.comma)
        _ = try expect(.gt, "to close the type parameters")
        return names
    }

    // attribute = "@" IDENT [ "(" [ args ] ")" ] ;
    mutating func parseAttribute() throws -> Attribute {
        let start = advance().range
        let (name, r) = try ident("an attribute name after '@'")
        var args: [Arg] = []
        if at(.lparen) { args = try parseArgs() }
        return Attribute(name: name, args: args, range: start.to(r).to(SourceRange(prevEnd, prevEnd)))
    }

    // fn_decl = "fn" IDENT "(" [ param { "," param } [","] ] ")" [ "->" type ] block ;
    mutating func parseFnRest(_ name: String, _ nameRange: SourceRange, _ start: SourceRange, _ attrs: [Attribute]) throws -> FnDecl {
        _ = try expect(.lparen, "after the function name")
        var params: [Param] = []
        while !at(.rparen) {
            params.append(try parseParam())
            if !accept(.comma) { break }
        }
        _ = try expect(.rparen, "to close the parameter list")
        var result: TypeExpr?
        if accept(.arrow) { result = try parseType() }
        let body = try parseBlock()
        return FnDecl(name: name, params: params, result: result, body: body, attributes: attrs,
                      nameRange: nameRange, range: start.to(body.range))
    }

    // param = IDENT ":" type ;
    mutating func parseParam() throws -> Param {
        let (n, r) = try ident("a parameter name")
        _ = try expect(.colon, "after the parameter name")
        let t = try parseType()
        return Param(name: n, type: t, range: r.to(t.range))
    }

    // derived_expr = TRANSFORM "(" fn_ref [ "," ( "wrt" | "over" ) ":" IDENT { "," IDENT } ] ")" ;
    // fn_ref       = IDENT | derived_expr ;
    mutating func parseDerivedExpr() throws -> DerivedExpr {
        try nest(); defer { depth -= 1 }
        let (transform, r) = try ident("a transform such as grad, jvp or vjp")
        _ = try expect(.lparen, "after '\(transform)'")
        let (fname, fr) = try ident("the function to transform")
        let fn: FnRef
        if at(.lparen) {
            pos -= 1
            fn = .derived(try parseDerivedExpr())
        } else {
            fn = .name(fname, fr)
        }
        var wrt: [(String, SourceRange)]?
        if accept(.comma) {
            // vmap names the parameters it batches `over:`; the derivatives, those they
            // differentiate with respect to, `wrt:`.
            let want = transform == "vmap" ? "over" : "wrt"
            let (label, lr) = try ident("'\(want):'")
            guard label == want else {
                diags.error("expected '\(want):' in \(transform)(...), found '\(label)'", at: lr)
                throw ParseError()
            }
            _ = try expect(.colon, "after '\(want)'")
            var names: [(String, SourceRange)] = [try ident("a parameter name after '\(want):'")]
            while accept(.comma) { names.append(try ident("a parameter name")) }
            wrt = names
        }
        let close = try expect(.rparen, "to close \(transform)(...)")
        return DerivedExpr(transform: transform, function: fn, wrt: wrt, range: r.to(close.range))
    }

    // struct_decl = "struct" IDENT "{" { field ( ";" | newline ) } "}" ;   field = IDENT ":" type ;
    mutating func parseStruct() throws -> StructDecl {
        let start = advance().range
        let (name, nr) = try ident("a struct name")
        _ = try expect(.lbrace, "to open the struct body")
        var fields: [Param] = []
        skipNewlines()
        while !at(.rbrace) && kind != .eof {
            fields.append(try parseParam())
            if !(kind == .newline || at(.semicolon) || at(.comma) || at(.rbrace)) {
                fail("expected ';' or a new line after a field")
                throw ParseError()
            }
            if at(.comma) { _ = advance() }
            skipNewlines()
        }
        let close = try expect(.rbrace, "to close the struct body")
        return StructDecl(name: name, fields: fields, nameRange: nr, range: start.to(close.range))
    }

    // MARK: - Types

    // type = ELEM [ "[" dim { "," dim } "]" ] | "(" type { "," type } ")" | IDENT ;
    mutating func parseType() throws -> TypeExpr {
        if accept(.lparen) {
            let start = tokens[pos - 1].range
            var elems: [TypeExpr] = []
            while !at(.rparen) {
                elems.append(try parseType())
                if !accept(.comma) { break }
            }
            let close = try expect(.rparen, "to close the tuple type")
            return .tuple(elems, range: start.to(close.range))
        }
        let (name, r) = try ident("a type")
        guard ["f32", "f64", "i32", "bool"].contains(name) else { return .named(name, range: r) }
        var dims: [DimExpr] = []
        var range = r
        if accept(.lbracket) {
            while !at(.rbracket) {
                dims.append(try parseDim())
                if !accept(.comma) { break }
            }
            range = r.to(try expect(.rbracket, "to close the shape").range)
        }
        return .tensor(elem: name, dims: dims, range: range)
    }

    // dim = dim_term { ("+" | "-") dim_term } ;  dim_term = dim_atom { ("*" | "/") dim_atom } ;
    // dim_atom = INT | IDENT | "(" dim ")" ;
    mutating func parseDim() throws -> DimExpr {
        var d = try parseDimTerm()
        while at(.plus) || at(.minus) {
            let plus = advance().kind == .punct(.plus)
            let r = try parseDimTerm()
            d = plus ? .add(d, r) : .sub(d, r)
        }
        return d
    }

    mutating func parseDimTerm() throws -> DimExpr {
        var d = try parseDimAtom()
        while at(.star) || at(.slash) {
            let times = advance().kind == .punct(.star)
            let r = try parseDimAtom()
            d = times ? .mul(d, r) : .div(d, r)
        }
        return d
    }

    mutating func parseDimAtom() throws -> DimExpr {
        switch kind {
        case .int(let v): _ = advance(); return .int(v)
        case .ident(let s): _ = advance(); return .name(s)
        case .punct(.lparen):
            _ = advance()
            try nest(); defer { depth -= 1 }
            let d = try parseDim()
            _ = try expect(.rparen, "to close the dimension")
            return d
        default: fail("expected a dimension (an integer, a size name or a parenthesized expression of them)"); throw ParseError()
        }
    }

    // MARK: - Statements

    // block = "{" { stmt ( newline | ";" ) } "}" ;
    mutating func parseBlock() throws -> Block {
        try nest(); defer { depth -= 1 }
        let open = try expect(.lbrace, "to open a block")
        var stmts: [Stmt] = []
        skipNewlines()
        while !at(.rbrace) && kind != .eof {
            do {
                stmts.append(try parseStmt())
                if !(kind == .newline || at(.semicolon) || at(.rbrace)) {
                    fail("expected a new line or ';' after the statement")
                    throw ParseError()
                }
            } catch {
                if let p = partial { stmts.append(p) }
                synchronizeStmt()
            }
            partial = nil
            skipNewlines()
        }
        if kind == .eof {
            diags.error("expected '}' to close the block opened here", at: open.range)
            throw ParseError()
        }
        let close = advance()
        return Block(stmts: stmts, range: open.range.to(close.range))
    }

    /// Skips to the end of the current statement: a newline or ';' at this nesting level,
    /// or the '}' that closes the enclosing block (left for the caller).
    mutating func synchronizeStmt() {
        var braces = 0
        while kind != .eof {
            if braces == 0 && (kind == .newline || at(.semicolon)) { return }
            if at(.lbrace) { braces += 1 }
            if at(.rbrace) {
                if braces == 0 { return }
                braces -= 1
            }
            _ = advance()
        }
    }

    // stmt = binding | assign | return | if_stmt | { attribute } ( for_stmt | while_stmt ) | expr ;
    mutating func parseStmt() throws -> Stmt {
        let start = tok.range
        var attrs: [Attribute] = []
        while at(.at) {
            attrs.append(try parseAttribute())
            skipNewlines()
        }
        if !attrs.isEmpty && !(at(.for) || at(.while)) {
            diags.error("attributes apply to 'for' and 'while' loops only", at: attrs[0].range)
        }
        switch kind {
        case .keyword(.let), .keyword(.var): return try parseBinding()
        case .keyword(.return):
            _ = advance()
            if kind == .newline || at(.semicolon) || at(.rbrace) { return Stmt(kind: .ret(nil), range: start) }
            let e = try parseExpr()
            return Stmt(kind: .ret(e), range: start.to(e.range))
        case .keyword(.if): return try parseIf()
        case .keyword(.for): return try parseFor(attrs, start)
        case .keyword(.while):
            _ = advance()
            let c = try parseExpr()
            let body = try parseBlock()
            return Stmt(kind: .whileLoop(cond: c, body: body, attributes: attrs), range: start.to(body.range))
        default:
            let e = try parseExpr()
            let op: AssignOp?
            switch kind {
            case .punct(.assign): op = nil
            case .punct(.plusAssign): op = .add
            case .punct(.minusAssign): op = .sub
            case .punct(.starAssign): op = .mul
            case .punct(.slashAssign): op = .div
            default: return Stmt(kind: .expr(e), range: e.range)
            }
            _ = advance()
            let v = try parseExpr()
            return Stmt(kind: .assign(target: e, op: op, value: v), range: e.range.to(v.range))
        }
    }

    // binding = ( "let" | "var" ) pattern [ ":" type ] "=" expr ;
    // pattern = IDENT | "(" IDENT { "," IDENT } ")" ;
    mutating func parseBinding() throws -> Stmt {
        let kw = advance()
        let mutable = kw.kind == .keyword(.var)
        let pattern: Pattern
        if accept(.lparen) {
            var names: [(String, SourceRange)] = []
            while !at(.rparen) {
                names.append(try ident("a name in the tuple pattern"))
                if !accept(.comma) { break }
            }
            _ = try expect(.rparen, "to close the tuple pattern")
            pattern = .tuple(names)
        } else {
            let (n, r) = try ident("a name after '\(kw.text)'")
            pattern = .name(n, r)
        }
        var type: TypeExpr?
        if accept(.colon) { type = try parseType() }
        _ = try expect(.assign, "in the \(kw.text) binding")
        partial = Stmt(kind: .binding(pattern: pattern, type: type, value: Expr(.error, kw.range), mutable: mutable), range: kw.range)
        let v = try parseExpr()
        partial = nil
        return Stmt(kind: .binding(pattern: pattern, type: type, value: v, mutable: mutable), range: kw.range.to(v.range))
    }

    // if_stmt = "if" expr block [ "else" ( block | if_stmt ) ] ;
    mutating func parseIf() throws -> Stmt {
        try nest(); defer { depth -= 1 }
        let start = advance().range
        let c = try parseExpr()
        let then = try parseBlock()
        var otherwise: Block?
        // `else` may follow the closing brace on the next line.
        let save = pos
        skipNewlines()
        if at(.else) {
            _ = advance()
            if at(.if) {
                let nested = try parseIf()
                otherwise = Block(stmts: [nested], range: nested.range)
            } else {
                otherwise = try parseBlock()
            }
        } else {
            pos = save
        }
        let end = otherwise?.range ?? then.range
        return Stmt(kind: .ifElse(cond: c, then: then, otherwise: otherwise), range: start.to(end))
    }

    // for_stmt = "for" IDENT "in" expr ( "..<" | "..." ) expr block ;
    mutating func parseFor(_ attrs: [Attribute], _ start: SourceRange) throws -> Stmt {
        _ = advance()
        let (v, vr) = try ident("a loop variable after 'for'")
        guard at(.in) else { fail("expected 'in' after the loop variable"); throw ParseError() }
        _ = advance()
        let lo = try parseAdditive()
        let inclusive: Bool
        if accept(.halfOpen) { inclusive = false } else if accept(.closed) { inclusive = true } else {
            fail("expected '..<' or '...' in the loop range")
            throw ParseError()
        }
        let hi = try parseAdditive()
        let body = try parseBlock()
        return Stmt(kind: .forLoop(variable: v, varRange: vr, lower: lo, upper: hi, inclusive: inclusive, body: body, attributes: attrs),
                    range: start.to(body.range))
    }
}
