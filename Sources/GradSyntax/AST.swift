// The abstract syntax tree. Every node keeps the source range it came from.
// Grammar/grad.ebnf is the formal grammar these nodes represent.

public struct Program: Sendable {
    public var items: [Item]
    public init(items: [Item]) { self.items = items }
}

public enum Item: Sendable {
    case function(FnDecl)
    case derived(DerivedDecl)
    case record(StructDecl)
}

public struct Attribute: Sendable {
    public var name: String
    public var args: [Arg]
    public var range: SourceRange
}

public struct Param: Sendable {
    public var name: String
    public var type: TypeExpr
    public var range: SourceRange
}

public struct FnDecl: Sendable {
    public var name: String
    /// `fn adam<P>(...)`: type parameters, bound at each call (the function is generic).
    public var typeParams: [String] = []
    public var params: [Param]
    public var result: TypeExpr?
    public var body: Block
    public var attributes: [Attribute]
    public var nameRange: SourceRange
    public var range: SourceRange
}

/// `fn name = grad(f, wrt: a, b)` and the other transforms of LANGUAGE.md.
public struct DerivedDecl: Sendable {
    public var name: String
    public var transform: DerivedExpr
    public var attributes: [Attribute]
    public var nameRange: SourceRange
    public var range: SourceRange
}

public indirect enum FnRef: Sendable {
    case name(String, SourceRange)
    case derived(DerivedExpr)
}

public struct DerivedExpr: Sendable {
    public var transform: String          // grad, value_and_grad, vjp, jvp, jacobian, hessian, vmap
    public var function: FnRef
    /// The parameters named after `wrt:` (vmap: `over:`); nil when there is no list.
    public var wrt: [(name: String, range: SourceRange)]?
    public var range: SourceRange
}

public struct StructDecl: Sendable {
    public var name: String
    public var fields: [Param]
    public var nameRange: SourceRange
    public var range: SourceRange
}

public indirect enum TypeExpr: Sendable {
    /// `f32`, `f32[64, n]`; dims nil for a scalar.
    case tensor(elem: String, dims: [DimExpr], range: SourceRange)
    case tuple([TypeExpr], range: SourceRange)
    case named(String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .tensor(_, _, let r), .tuple(_, let r), .named(_, let r): return r
        }
    }
}

/// A dimension in a type: an integer, a size name, or a sum/difference/multiple of them (`n-1`).
public indirect enum DimExpr: Sendable, Equatable {
    case int(Int)
    case name(String)
    case add(DimExpr, DimExpr)
    case sub(DimExpr, DimExpr)
    case mul(DimExpr, DimExpr)
    case div(DimExpr, DimExpr)
}

public struct Block: Sendable {
    public var stmts: [Stmt]
    public var range: SourceRange
}

public enum Pattern: Sendable {
    case name(String, SourceRange)
    case tuple([(String, SourceRange)])
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
}

public enum AssignOp: String, Sendable { case add = "+=", sub = "-=", mul = "*=", div = "/=" }

public enum StmtKind: Sendable {
    case binding(pattern: Pattern, type: TypeExpr?, value: Expr, mutable: Bool)
    case assign(target: Expr, op: AssignOp?, value: Expr)
    case ret(Expr?)
    case ifElse(cond: Expr, then: Block, otherwise: Block?)
    case forLoop(variable: String, varRange: SourceRange, lower: Expr, upper: Expr, inclusive: Bool, body: Block, attributes: [Attribute])
    case whileLoop(cond: Expr, body: Block, attributes: [Attribute])
    case expr(Expr)
}

public struct Arg: Sendable {
    public var label: String?
    public var value: Expr
    public var range: SourceRange
}

public enum IndexItem: Sendable {
    case single(Expr)
    case slice(start: Expr?, stop: Expr?, step: Expr?, range: SourceRange)
}

public enum UnaryOp: String, Sendable { case neg = "-", not = "!" }

public enum BinaryOp: String, Sendable {
    case or = "||", and = "&&"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case add = "+", sub = "-", mul = "*", div = "/", matmul = "@", pow = "**"
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) { self.kind = kind; self.range = range }
}

public indirect enum ExprKind: Sendable {
    case int(Int)
    case float(Double)
    case string(String)
    case bool(Bool)
    case name(String)
    case tensor([Expr])                 // [a, b, c]
    case tuple([Expr])                  // (a, b)
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case call(name: String, nameRange: SourceRange, args: [Arg])
    case index(Expr, [IndexItem])
    case field(Expr, String)            // p.W1, x.T
    case error                          // placeholder after a parse error
}
