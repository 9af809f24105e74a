// The SSA IR: a module of functions; a function is a region of instructions; structured
// control flow (`for` with carried values, `if` with results, `while`) holds nested regions,
// so loops stay loops that later passes can differentiate and checkpoint.
//
// Values are numbered per function in program order by the builder, so printed IR is stable.

import GradTensor

public struct ValueID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int32
    public init(_ raw: Int) { self.raw = Int32(raw) }
    public var index: Int { Int(raw) }
    public static func < (a: ValueID, b: ValueID) -> Bool { a.raw < b.raw }
    public var description: String { "%\(raw)" }
}

/// Line and column of the source the instruction came from (0:0 when generated).
public struct Loc: Hashable, Sendable {
    public var line: Int32
    public var column: Int32
    /// line << 32 | column: how fused kernels and products record where a view was written
    /// (TensorError.placed(at:) reads it).
    public var packed: Int64 { Int64(line) << 32 | Int64(column) }
    /// Set on derivative code that belongs to the adjoint of the statement at line:column.
    public var adjoint: Bool
    public init(line: Int, column: Int, adjoint: Bool = false) {
        self.line = Int32(line)
        self.column = Int32(column)
        self.adjoint = adjoint
    }
    public static let none = Loc(line: 0, column: 0)
    public var asAdjoint: Loc { Loc(line: Int(line), column: Int(column), adjoint: true) }
}

public struct Inst: Sendable {
    public var op: Op
    public var operands: [ValueID]
    public var results: [ValueID]
    public var regions: [Region]
    public var loc: Loc
    /// A loop's `@checkpoint(...)` schedule, overriding the compilation's default.
    public var checkpoint: CheckpointSchedule?

    public init(_ op: Op, _ operands: [ValueID], results: [ValueID], regions: [Region] = [], loc: Loc) {
        self.op = op
        self.operands = operands
        self.results = results
        self.regions = regions
        self.loc = loc
    }

    public var result: ValueID { results[0] }
}

/// A single-block region: arguments, then instructions ending in a terminator.
public struct Region: Sendable {
    public var args: [ValueID]
    public var insts: [Inst]
    public init(args: [ValueID] = [], insts: [Inst] = []) { self.args = args; self.insts = insts }

    public var terminator: Inst? { insts.last.flatMap { $0.op.isTerminator ? $0 : nil } }

    /// Renumbers the source lines of every instruction, nested regions included.
    public mutating func relocate(_ line: (Int) -> Int) {
        for k in insts.indices {
            let l = insts[k].loc
            if l.line > 0 { insts[k].loc = Loc(line: line(Int(l.line)), column: Int(l.column), adjoint: l.adjoint) }
            for r in insts[k].regions.indices { insts[k].regions[r].relocate(line) }
        }
    }
}

public final class Function {
    public let name: String
    public var params: [ValueID]
    public var paramNames: [String]
    public var resultType: IRType?            // nil: returns nothing
    public var body: Region
    /// Type of every value, indexed by ValueID.raw.
    public var types: [IRType]
    /// A source name for values that have one (parameters, let bindings), for printers.
    public var names: [ValueID: String] = [:]
    public var loc: Loc

    public init(name: String, loc: Loc = .none) {
        self.name = name
        self.params = []
        self.paramNames = []
        self.resultType = nil
        self.body = Region()
        self.types = []
        self.loc = loc
    }

    public func type(_ v: ValueID) -> IRType { types[v.index] }

    public func newValue(_ t: IRType) -> ValueID {
        types.append(t)
        return ValueID(types.count - 1)
    }

    public var paramTypes: [IRType] { params.map(type) }

    /// Size names of the signature, in order of first appearance.
    public var sizeNames: [String] {
        var seen: [String] = []
        for t in paramTypes + (resultType.map { [$0] } ?? []) {
            for s in t.symbols where !seen.contains(s) { seen.append(s) }
        }
        return seen
    }
}

public final class Module {
    /// In definition order; added to with `add`, so the index by name stays current.
    public private(set) var functions: [Function] = []
    public var structs: [StructDef] = []
    /// Custom derivatives: function name -> the name of its user-written VJP
    /// (`@derivative(of: f) fn f_vjp(<f's params>, ct) -> <cotangents of f's float params>`).
    public var customVJPs: [String: String] = [:]
    /// The first function of each name (a duplicate is kept for the verifier to report).
    private var byName: [String: Function] = [:]
    public init() {}

    public func add(_ f: Function) {
        functions.append(f)
        if byName[f.name] == nil { byName[f.name] = f }
    }

    public func function(_ name: String) -> Function? { byName[name] }
    public func structDef(_ name: String) -> StructDef? { structs.first { $0.name == name } }
}

/// Visits every instruction of a region, nested regions included, in program order.
public func walk(_ r: Region, _ body: (Inst) -> Void) {
    for i in r.insts {
        body(i)
        for sub in i.regions { walk(sub, body) }
    }
}

/// The derived-function forms a program writes (`fn d = grad(f)`): their surface names, shared
/// by the signatures, differentiation, `gradc check` and the printers. All but `vmap` are
/// derivatives.
public enum Transform: String, Sendable, CaseIterable {
    case grad, valueAndGrad = "value_and_grad", vjp, jvp, jacobian, hessian, vmap

    /// The label of the parameter list: `wrt:` of a derivative, `over:` of vmap.
    public var label: String { self == .vmap ? "over" : "wrt" }
}

/// A derived function requested by the program: `name = transform(base, wrt: ...)`, generated
/// by the differentiation stage.
public struct DerivedSpec: Sendable {
    public var name: String
    public var transform: Transform
    public var base: String
    public var wrt: [Int]             // indices of base's parameters
    public var loc: Loc
    public init(name: String, transform: Transform, base: String, wrt: [Int], loc: Loc) {
        self.name = name; self.transform = transform; self.base = base; self.wrt = wrt; self.loc = loc
    }
}
