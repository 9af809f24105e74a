// The parser's expressions, loosest first (Grammar/grad.ebnf's expr down to primary); the
// items, types and statements are Parser.swift's.

extension Parser {
    // expr = or_expr ;  or_expr = and_expr { "||" and_expr } ;
    public mutating func parseExpr() throws -> Expr {
        try nest(); defer { depth -= 1 }
        return try parseBinaryLevel(0)
    }

    static let levels: [[(Punct, BinaryOp)]] = [
        [(.orOr, .or)],
        [(.andAnd, .and)],
        [(.eq, .eq), (.ne, .ne), (.lt, .lt), (.le, .le), (.gt, .gt), (.ge, .ge)],
        [(.plus, .add), (.minus, .sub)],
        [(.star, .mul), (.slash, .div), (.at, .matmul)],
    ]

    // and_expr = cmp_expr { "&&" cmp_expr } ;  cmp_expr = add_expr [ CMP add_expr ] ;
    // add_expr = mul_expr { ("+" | "-") mul_expr } ;  mul_expr = unary { ("*" | "/" | "@") unary } ;
    mutating func parseBinaryLevel(_ level: Int) throws -> Expr {
        if level == Parser.levels.count { return try parseUnary() }
        var lhs = try parseBinaryLevel(level + 1)
        while case .punct(let p) = kind, let op = Parser.levels[level].first(where: { $0.0 == p })?.1 {
            _ = advance()
            let rhs = try parseBinaryLevel(level + 1)
            if level == 2, case .binary(let inner, _, _) = lhs.kind, [.eq, .ne, .lt, .le, .gt, .ge].contains(inner) {
                diags.error("comparisons cannot be chained; combine them with '&&'", at: lhs.range.to(rhs.range))
            }
            lhs = Expr(.binary(op, lhs, rhs), lhs.range.to(rhs.range))
        }
        return lhs
    }

    mutating func parseAdditive() throws -> Expr { try parseBinaryLevel(3) }

    // unary = ( "-" | "!" ) unary | power ;
    mutating func parseUnary() throws -> Expr {
        if at(.minus) || at(.bang) {
            try nest(); defer { depth -= 1 }
            let t = advance()
            let e = try parseUnary()
            return Expr(.unary(t.kind == .punct(.minus) ? .neg : .not, e), t.range.to(e.range))
        }
        return try parsePower()
    }

    // power = postfix [ "**" unary ] ;   (right-associative; -x**2 is -(x**2))
    mutating func parsePower() throws -> Expr {
        let base = try parsePostfix()
        if accept(.starStar) {
            try nest(); defer { depth -= 1 }
            let e = try parseUnary()
            return Expr(.binary(.pow, base, e), base.range.to(e.range))
        }
        return base
    }

    // postfix = primary { "[" index_item { "," index_item } "]" | "." IDENT } ;
    mutating func parsePostfix() throws -> Expr {
        var e = try parsePrimary()
        while true {
            if at(.lbracket) {
                _ = advance()
                var items: [IndexItem] = []
                while !at(.rbracket) {
                    items.append(try parseIndexItem())
                    if !accept(.comma) { break }
                }
                let close = try expect(.rbracket, "to close the index")
                e = Expr(.index(e, items), e.range.to(close.range))
            } else if at(.dot) {
                _ = advance()
                if at(Punct.dot) || (tok.text.hasPrefix(".") && tok.text.count > 1) {
                    diags.error("a range is written a..<b (up to b) or a...b (through b), not a..b", at: tok.range)
                    throw ParseError()
                }
                let (f, r) = try ident("a field name after '.'")
                e = Expr(.field(e, f), e.range.to(r))
            } else {
                return e
            }
        }
    }

    // index_item = expr | [ expr ] ":" [ expr ] [ ":" [ expr ] ] ;
    mutating func parseIndexItem() throws -> IndexItem {
        let start = tok.range
        var a: Expr?
        if !at(.colon) {
            a = try parseExpr()
            if !at(.colon) { return .single(a!) }
        }
        _ = advance()
        var b: Expr?, s: Expr?
        if !(at(.colon) || at(.comma) || at(.rbracket)) { b = try parseExpr() }
        if accept(.colon), !(at(.comma) || at(.rbracket)) { s = try parseExpr() }
        return .slice(start: a, stop: b, step: s, range: start.to(SourceRange(prevEnd, prevEnd)))
    }

    // primary = INT | FLOAT | STRING | "true" | "false" | IDENT [ call_args ]
    //         | "[" [ expr { "," expr } ] "]" | "(" expr ")" | "(" expr "," [ expr { "," expr } ] ")" ;
    mutating func parsePrimary() throws -> Expr {
        let t = tok
        switch t.kind {
        case .int(let v): _ = advance(); return Expr(.int(v), t.range)
        case .float(let v): _ = advance(); return Expr(.float(v), t.range)
        case .string(let s): _ = advance(); return Expr(.string(s), t.range)
        case .keyword(.true): _ = advance(); return Expr(.bool(true), t.range)
        case .keyword(.false): _ = advance(); return Expr(.bool(false), t.range)
        case .ident(let name):
            _ = advance()
            if at(.lparen) {
                let args = try parseArgs()
                return Expr(.call(name: name, nameRange: t.range, args: args), t.range.to(SourceRange(prevEnd, prevEnd)))
            }
            return Expr(.name(name), t.range)
        case .punct(.lbracket):
            try nest(); defer { depth -= 1 }
            _ = advance()
            var elems: [Expr] = []
            while !at(.rbracket) {
                elems.append(try parseExpr())
                if !accept(.comma) { break }
            }
            let close = try expect(.rbracket, "to close the tensor literal")
            return Expr(.tensor(elems), t.range.to(close.range))
        case .punct(.lparen):
            try nest(); defer { depth -= 1 }
            _ = advance()
            if at(.rparen) {
                fail("expected an expression inside '( )'")
                throw ParseError()
            }
            let first = try parseExpr()
            if at(.comma) {
                var elems = [first]
                while accept(.comma) {
                    if at(.rparen) { break }
                    elems.append(try parseExpr())
                }
                let close = try expect(.rparen, "to close the tuple")
                return Expr(.tuple(elems), t.range.to(close.range))
            }
            let close = try expect(.rparen, "to close '('")
            return Expr(first.kind, t.range.to(close.range))
        default:
            fail("expected an expression")
            throw ParseError()
        }
    }

    // call_args = "(" [ arg { "," arg } [","] ] ")" ;  arg = [ IDENT ":" ] expr ;
    mutating func parseArgs() throws -> [Arg] {
        _ = try expect(.lparen, "to open the argument list")
        var args: [Arg] = []
        while !at(.rparen) {
            let start = tok.range
            var label: String?
            if case .ident(let l) = kind, tokens[pos + 1].kind == .punct(.colon) {
                label = l
                pos += 2
            }
            let v = try parseExpr()
            args.append(Arg(label: label, value: v, range: start.to(v.range)))
            if !accept(.comma) { break }
        }
        _ = try expect(.rparen, "to close the argument list")
        return args
    }
}
