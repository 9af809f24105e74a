// Lowering of `for` and `while`. Variables assigned in the body are the loop's carried values:
// region arguments inside, results after. `for i in a..<b` becomes
//   %r... = for %a, %b, %init... { ^(%i, %carried...): ...; yield %next... }
// and `while c { }` a while op with a condition region and a body region over the same values.

import GradIR
import GradSyntax
import GradTensor

extension FunctionGen {
    /// The loop's `@checkpoint(...)` schedule, if it has one:
    ///   @checkpoint(auto)  @checkpoint(auto: "1GiB")  @checkpoint(sqrt)  @checkpoint(store_all)
    ///   @checkpoint(binomial: 8)  @checkpoint(budget: "64MB")
    ///   or the command line's spelling as a string: @checkpoint("binomial:8").
    func checkLoopAttributes(_ attrs: [Attribute]) -> CheckpointSchedule? {
        var schedule: CheckpointSchedule? = nil
        let usage = "@checkpoint(auto), @checkpoint(auto: \"1GiB\"), @checkpoint(sqrt), @checkpoint(store_all), @checkpoint(binomial: 8) or @checkpoint(budget: \"64MB\")"
        for a in attrs {
            guard a.name == "checkpoint" else {
                diags.error("unknown loop attribute '@\(a.name)'", at: a.range, notes: [.init("loops accept \(usage)")])
                continue
            }
            if schedule != nil { diags.error("a loop takes one @checkpoint", at: a.range); continue }
            guard a.args.count == 1, let arg = a.args.first else {
                diags.error("@checkpoint takes one schedule", at: a.range, notes: [.init("usage: \(usage)")]); continue
            }
            var text: String? = nil
            switch (arg.label, arg.value.kind) {
            case (nil, .name(let n)): text = n
            case (nil, .string(let s)): text = s
            case ("binomial", .int(let k)): text = "binomial:\(k)"
            case ("budget", .string(let s)): text = "budget:\(s)"
            case ("budget", .int(let k)): text = "budget:\(k)"
            case ("auto", .string(let s)): text = "auto:\(s)"
            case ("auto", .int(let k)): text = "auto:\(k)"
            default: break
            }
            guard let text else { diags.error("@checkpoint does not take this argument", at: arg.range, notes: [.init("usage: \(usage)")]); continue }
            do { schedule = try CheckpointSchedule.parse(text) } catch {
                diags.error("\(error)", at: arg.range, notes: [.init("usage: \(usage)")])
            }
        }
        return schedule
    }

    /// Binds carried names to region arguments in a new scope.
    func bindCarried(_ names: [String], _ args: [ValueID]) {
        var scope: [String: Variable] = [:]
        for (n, a) in zip(names, args) {
            function.names[a] = n
            let outer = lookup(n)!
            scope[n] = Variable(tv: TV(v: a), mutable: true, declared: outer.declared, range: outer.range)
        }
        scopes.append(scope)
    }

    func lowerFor(_ iv: String, _ ivRange: SourceRange, _ lo: Expr, _ hi: Expr, _ inclusive: Bool,
                  _ body: Block, _ attrs: [Attribute], _ range: SourceRange) {
        let schedule = checkLoopAttributes(attrs)
        guard let l = intScalar(lo, "loop bound"), var h = intScalar(hi, "loop bound") else { return }
        if inclusive, let h1 = binary(.add, h, constant(Tensor.scalar(1, .i32), weak: true), at: hi.range) { h = h1 }
        let names = assignedOuterNames(body.stmts)
        let initial = names.map { lookup($0)!.tv.v }
        let types = initial.map(function.type)
        let args = b.beginRegion([.scalar(.i32)] + types)
        bindCarried(names, Array(args.dropFirst()))
        scopes[scopes.count - 1][iv] = Variable(tv: TV(v: args[0]), mutable: false, declared: .scalar(.i32), range: ivRange)
        function.names[args[0]] = iv
        lowerBlock(body.stmts, tail: false)
        let ys = names.map { lookup($0)!.tv.v }
        scopes.removeLast()
        b.loc = Loc(body.range)
        b.emitVoid(.yield, ys)
        let region = b.endRegion()
        b.loc = Loc(range)
        let rs = b.emitMulti(.forLoop, [l.v, h.v] + initial, types: types, regions: [region])
        b.setCheckpoint(schedule)
        for (n, r) in zip(names, rs) { rebind(n, TV(v: r)); function.names[r] = n }
    }

    func lowerWhile(_ c: Expr, _ body: Block, _ attrs: [Attribute], _ range: SourceRange) {
        let schedule = checkLoopAttributes(attrs)
        let names = assignedOuterNames(body.stmts)
        let initial = names.map { lookup($0)!.tv.v }
        let types = initial.map(function.type)
        var regions: [Region] = []
        let condArgs = b.beginRegion(types)
        bindCarried(names, condArgs)
        let cond = condition(c)
        scopes.removeLast()
        b.loc = Loc(c.range)
        b.emitVoid(.yield, [cond?.v ?? constant(Tensor(shape: [], storage: .bool([false]))).v])
        regions.append(b.endRegion())
        let bodyArgs = b.beginRegion(types)
        bindCarried(names, bodyArgs)
        lowerBlock(body.stmts, tail: false)
        let ys = names.map { lookup($0)!.tv.v }
        scopes.removeLast()
        b.loc = Loc(body.range)
        b.emitVoid(.yield, ys)
        regions.append(b.endRegion())
        b.loc = Loc(range)
        let rs = b.emitMulti(.whileLoop, initial, types: types, regions: regions)
        b.setCheckpoint(schedule)
        for (n, r) in zip(names, rs) { rebind(n, TV(v: r)); function.names[r] = n }
    }
}
