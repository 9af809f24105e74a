// IRBuilder: appends instructions to the innermost open region of a function, numbering
// values in program order and inferring result types from the op's shape rule.

import GradTensor

public final class IRBuilder {
    public let function: Function
    var open: [Region] = []
    public var loc: Loc = .none

    public init(_ function: Function) {
        self.function = function
        open = [Region()]
    }

    /// Adds a parameter to the function.
    public func param(_ name: String, _ type: IRType) -> ValueID {
        let v = function.newValue(type)
        function.params.append(v)
        function.paramNames.append(name)
        function.names[v] = name
        return v
    }

    /// Emits a one-result op. `type` is required for ops without a shape rule; when both are
    /// present the shape rule's answer wins for shape, `type` must agree in element type.
    @discardableResult
    public func emit(_ op: Op, _ operands: [ValueID], type: IRType? = nil, regions: [Region] = []) throws -> ValueID {
        let t: IRType
        if let inferred = try op.inferType(operands.map(function.type)) {
            t = inferred
        } else if let type {
            t = type
        } else {
            throw TensorError("internal: \(op.name) needs an explicit result type")
        }
        let v = function.newValue(t)
        append(Inst(op, operands, results: [v], regions: regions, loc: loc))
        return v
    }

    /// Emits an op with any number of results of the given types.
    @discardableResult
    public func emitMulti(_ op: Op, _ operands: [ValueID], types: [IRType], regions: [Region] = []) -> [ValueID] {
        let rs = types.map { function.newValue($0) }
        append(Inst(op, operands, results: rs, regions: regions, loc: loc))
        return rs
    }

    public func emitVoid(_ op: Op, _ operands: [ValueID]) {
        append(Inst(op, operands, results: [], loc: loc))
    }

    public func constant(_ t: Tensor) -> ValueID {
        let v = function.newValue(.tensor(t.dtype, t.shape.map { Dim($0) }))
        append(Inst(.constant(t), [], results: [v], loc: loc))
        return v
    }

    public func append(_ i: Inst) { open[open.count - 1].insts.append(i) }

    /// Sets a loop's checkpoint schedule on the instruction just emitted.
    public func setCheckpoint(_ s: CheckpointSchedule?) {
        guard let s, !open[open.count - 1].insts.isEmpty else { return }
        open[open.count - 1].insts[open[open.count - 1].insts.count - 1].checkpoint = s
    }

    /// Opens a nested region whose arguments have the given types.
    public func beginRegion(_ argTypes: [IRType]) -> [ValueID] {
        let args = argTypes.map { function.newValue($0) }
        open.append(Region(args: args))
        return args
    }

    public func endRegion() -> Region { open.removeLast() }

    /// Opens a region that was ended again, to append to it (before its terminator is emitted).
    public func resume(_ r: Region) { open.append(r) }

    /// True when the innermost open region already ends in a terminator.
    public var isTerminated: Bool { open.last?.terminator != nil }

    /// Closes the function body.
    public func finish() {
        precondition(open.count == 1, "unbalanced regions")
        function.body = open[0]
    }
}
