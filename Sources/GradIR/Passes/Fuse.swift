// Elementwise fusion for the VM: chains of elementwise ops become `fused` kernels (see
// GradTensor's FusedKernel), which the VM evaluates in blocks instead of materializing every
// temporary. It runs on a copy of each function after differentiation, when the program is
// about to be compiled to bytecode; `gradc emit ir --fused` prints the result.
//
// In each region, a value is *inlined* into its readers when it is an elementwise node (a
// float unary or arithmetic binary op whose operands have its shape, its shape but for leading
// axes of length 1, or one element; or a `sum_to` over such axes only, x + 0) and every
// reader is a node or a whole-tensor `sum` of the same region, and it is read once or is cheap
// (at most `cheapSteps` steps, no transcendental function: recomputing it is cheaper than a
// round trip through memory). Every node that is not inlined is a *root*, and so is a `sum`
// of an inlined node: each root becomes one kernel that evaluates its tree of inlined nodes
// down to the leaves. Views are read in place by the kernels that read them: windows `x[a:b]`
// and rows `x[i]` on the first axis, `scatter_add` into such a window (the adjoint of one),
// scalar broadcasts and scalar constants. A `scatter_add` that one kernel reads counts as a
// fusible reader of its operand: that tree is computed in the kernel, in a *frame* at the
// window's rows and zero outside them (Rosenbrock's gradient, the adjoints of two overlapping
// windows added, is one kernel) — except when the kernel adds it to a materialized value
// (`acc + scatter_add(v, ...)`), which the VM does in place.

import GradTensor

public enum ElementwiseFusion {
    /// At most this many steps in a value recomputed by each of its readers.
    static let cheapSteps = 8
    /// At most this many leaves in a kernel: a kernel keeps every input alive until it runs, so
    /// a long chain of additions of large products (a weight's gradient over unrolled layers)
    /// is cut into kernels of a few inputs rather than one that holds all of them.
    static let maxLeaves = 12

    /// A copy of `f` with its elementwise chains fused; `f` itself is unchanged.
    public static func fused(_ f: Function) -> Function {
        let g = Function(name: f.name, loc: f.loc)
        g.params = f.params
        g.paramNames = f.paramNames
        g.resultType = f.resultType
        g.types = f.types
        g.names = f.names
        var planner = Planner(f: f, uses: useCounts(f))
        g.body = planner.region(f.body)
        fuseProducts(g)                         // FuseGEMM.swift
        _ = try? DCE().run(g, in: Module())     // the views, scalars and transposes only kernels read
        return g
    }

    struct Planner {
        let f: Function
        let uses: [Int]
        var defs: [ValueID: Inst] = [:]

        init(f: Function, uses: [Int]) {
            self.f = f
            self.uses = uses
            walk(f.body) { i in for r in i.results { defs[r] = i } }
        }

        func tensor(_ v: ValueID) -> (DType, [Dim])? {
            guard case .tensor(let d, let s) = f.type(v), !s.contains(where: \.isDynamic) else { return nil }
            return (d, s)
        }

        static func isScalar(_ s: [Dim]) -> Bool { s.allSatisfy { $0.known == 1 } }

        /// Whether a value of shape `sv` lines up element for element with the iteration's `s`:
        /// the same shape, or the same once leading axes of length 1 are dropped (a bias row
        /// `[16]` added to a `[1, 16]` product; the sum of a `[1, 16]` gradient to `[16]`).
        static func sameElements(_ sv: [Dim], _ s: [Dim]) -> Bool {
            sv == s || Array(sv.drop { $0.known == 1 }) == Array(s.drop { $0.known == 1 })
        }

        /// The operands a node reads element by element (a `sum_to`'s `like` gives its shape only).
        static func elementOperands(_ i: Inst) -> ArraySlice<ValueID> { i.op == .sumTo ? i.operands.prefix(1) : i.operands[...] }

        /// The element type and shape of an elementwise node, or nil when `i` is not one.
        func node(_ i: Inst) -> (DType, [Dim])? {
            guard i.results.count == 1, let (d, s) = tensor(i.result), d.isFloat, !Planner.isScalar(s) else { return nil }
            func fits(_ v: ValueID) -> Bool {
                guard let (dv, sv) = tensor(v), dv == d else { return false }
                return Planner.sameElements(sv, s) || Planner.isScalar(sv)
            }
            switch i.op {
            case .unary(let fn): return fn != .not && fits(i.operands[0]) ? (d, s) : nil
            case .binary(let fn): return !fn.isComparison && !fn.isLogical && fits(i.operands[0]) && fits(i.operands[1]) ? (d, s) : nil
            case .stopGradient: return fits(i.operands[0]) ? (d, s) : nil
            // Summed over leading axes of length 1 only: each element plus 0, as the sum does.
            case .sumTo:
                guard let (dx, sx) = tensor(i.operands[0]), dx == d, sx != s, Planner.sameElements(sx, s) else { return nil }
                return (d, s)
            default: return nil
            }
        }

        /// Whether `i` is a sum of everything whose operand could be fused.
        func wholeSum(_ i: Inst) -> Bool {
            guard case .reduce(.sum, nil, false) = i.op, let (d, s) = tensor(i.operands[0]) else { return false }
            return d.isFloat && !Planner.isScalar(s)
        }

        mutating func region(_ r0: Region) -> Region {
            var r = r0
            for k in r.insts.indices where !r.insts[k].regions.isEmpty {
                for j in r.insts[k].regions.indices { r.insts[k].regions[j] = region(r.insts[k].regions[j]) }
            }
            var materialized = Set<ValueID>()
            while true {
                if let out = plan(r, materialized: &materialized) { return out }
            }
        }

        /// Plans and rewrites one region; nil when a broadcast needs a value materialized that
        /// the plan inlined (it is added to `materialized`, and the caller plans again).
        func plan(_ r: Region, materialized: inout Set<ValueID>) -> Region? {
            // Readers in fusible positions, per value.
            var fusibleUses: [ValueID: Int] = [:]
            for i in r.insts {
                if node(i) != nil { for o in Planner.elementOperands(i) { fusibleUses[o, default: 0] += 1 } }
                else if wholeSum(i) { fusibleUses[i.operands[0], default: 0] += 1 }
            }
            // A scalar broadcast that only kernels read needs its `like` for the shape alone,
            // which another input of the kernel usually gives (see finishBroadcasts).
            for i in r.insts where i.op == .broadcastLike && (fusibleUses[i.result] ?? 0) == uses[i.result.index] {
                if let (_, s) = tensor(i.operands[0]), Planner.isScalar(s) { fusibleUses[i.operands[1], default: 0] += 1 }
            }
            // A scatter_add into a window that one kernel reads can have its tree computed in
            // that kernel, in a frame at the window's rows (the adjoint of `x[1:n]` added to the
            // adjoint of `x[0:n-1]`, say), so its operand is a fusible use.
            // Not when the reader adds it to a materialized value, `acc + scatter_add(v, ...)`
            // (a row's adjoint accumulated in a loop): the VM adds v into acc's rows in place.
            var framed = Set(r.insts.filter { scatterFrame($0) && uses[$0.result.index] == 1 && fusibleUses[$0.result] == 1 }.map(\.operands[0]))
            for i in r.insts where i.op == .binary(.add) && node(i) != nil {
                for (k, o) in i.operands.enumerated() {
                    guard let t = defs[o], scatterFrame(t) else { continue }
                    if let other = defs[i.operands[1 - k]], case .scatterAdd = other.op { continue }
                    framed.remove(t.operands[0])
                }
            }
            for v in framed { fusibleUses[v, default: 0] += 1 }
            var inlined = Set<ValueID>()
            var size: [ValueID: Int] = [:]       // steps of an inlined value's tree (an upper bound)
            var costly: Set<ValueID> = []
            var leaves: [ValueID: Int] = [:]     // leaves of an inlined value's tree (an upper bound)
            for i in r.insts {
                guard node(i) != nil else { continue }
                let v = i.result
                var n = 1, heavy = false, l = 0
                if case .unary(let fn) = i.op, fn.spec.costly { heavy = true }
                if case .binary(let fn) = i.op, fn.spec.costly { heavy = true }
                for o in Planner.elementOperands(i) {
                    if inlined.contains(o) { n += size[o]!; l += leaves[o]!; heavy = heavy || costly.contains(o) }
                    else if let t = defs[o], scatterFrame(t), inlined.contains(t.operands[0]) { l += leaves[t.operands[0]]! + 1 }
                    else { l += 1 }
                }
                size[v] = n
                leaves[v] = l
                if heavy { costly.insert(v) }
                let readers = fusibleUses[v] ?? 0
                if readers > 0 && readers == uses[v.index] && !materialized.contains(v) && l < maxLeaves && (readers == 1 || (n <= cheapSteps && !heavy)) {
                    inlined.insert(v)
                }
            }
            var out: [Inst] = []
            out.reserveCapacity(r.insts.count)
            for i in r.insts {
                if node(i) != nil && inlined.contains(i.result) { continue }
                let root: (DType, [Dim], FusedKernel.Output)?
                if let (d, s) = node(i) { root = (d, s, .map) }
                else if wholeSum(i), let (d, s) = tensor(i.operands[0]), inlined.contains(i.operands[0]) || view(i.operands[0], d, s) != nil {
                    root = (d, s, .sum)
                } else { root = nil }
                guard let (d, s, output) = root else { out.append(i); continue }
                var b = KernelBuilder(planner: self, dtype: d, dims: s, inlined: inlined)
                let top = output == .map ? b.node(i) : b.value(i.operands[0])
                if let missing = b.finishBroadcasts() {
                    materialized.insert(missing)
                    return nil
                }
                assert(top == b.steps.count - 1, "a kernel's last step is its result")
                let kernel = FusedKernel(dtype: d, inputs: b.inputs, steps: b.steps, output: output,
                                         inputLocations: b.locations.contains { $0 != 0 } ? b.locations : [], rank: s.count)
                out.append(Inst(.fused(kernel), b.operands, results: i.results, loc: i.loc))
            }
            return Region(args: r.args, insts: out)
        }

        enum View { case window(FusedInput), scattered(FusedInput), broadcast, constant(Double) }

        /// Whether `i` is a scatter_add a kernel could read in place (see `view`).
        func scatterFrame(_ i: Inst) -> Bool {
            guard case .scatterAdd(let axes) = i.op, axes.count == 1, let (d, s) = tensor(i.result), d.isFloat, !s.isEmpty,
                  !Planner.isScalar(s), tensor(i.operands[0]) != nil else { return false }
            switch axes[0] {
            case .at, .range(_, _, 1): return true
            case .range: return false
            }
        }

        /// How a kernel of element type `d` and shape `s` reads `v` in place, if it can.
        func view(_ v: ValueID, _ d: DType, _ s: [Dim]) -> View? {
            guard let i = defs[v], let (dv, sv) = tensor(v), dv == d else { return nil }
            func axis(_ axes: [IndexAxis]) -> (row: Bool, start: Bool, stop: Bool)? {
                guard axes.count == 1 else { return nil }
                switch axes[0] {
                case .at: return (true, true, false)
                case .range(let a, let b, 1): return (false, a, b)
                case .range: return nil
                }
            }
            switch i.op {
            case .constant(let t) where t.count == 1 && Planner.isScalar(sv): return .constant(t.scalarValue)
            case .index(let axes) where Planner.sameElements(sv, s):
                guard let (row, a, b) = axis(axes), let (_, src) = tensor(i.operands[0]), !src.isEmpty else { return nil }
                return .window(.window(row: row, hasStart: a, hasStop: b))
            case .scatterAdd(let axes) where Planner.sameElements(sv, s):
                guard let (row, a, b) = axis(axes), !s.isEmpty else { return nil }
                return .scattered(.scattered(row: row, hasStart: a, hasStop: b))
            case .broadcastLike where Planner.sameElements(sv, s):
                guard let (_, so) = tensor(i.operands[0]), Planner.isScalar(so) else { return nil }
                return .broadcast
            default: return nil
            }
        }
    }

    /// Builds one kernel: its steps, inputs and operands.
    struct KernelBuilder {
        let planner: Planner
        let dtype: DType
        let dims: [Dim]
        let inlined: Set<ValueID>
        var inputs: [FusedInput] = []
        var operands: [ValueID] = []
        var steps: [FusedStep] = []
        var locations: [Int64] = []
        struct Key: Hashable { var value: ValueID; var frame: Int? }
        var stepOf: [Key: Int] = [:]
        /// Broadcast inputs: the input's position, its operands' position, its `like`, and
        /// whether it lies in a frame (whose rows give its shape).
        var broadcasts: [(input: Int, operand: Int, like: ValueID, framed: Bool)] = []
        /// The frame the values being built lie in (its input), and their shape.
        var frame: Int? = nil
        var frameDims: [Dim] = []

        mutating func add(_ s: FusedStep) -> Int { steps.append(s); return steps.count - 1 }

        /// Appends an input (framed in the current frame unless it is a scalar).
        mutating func addInput(_ kind: FusedInput, _ vs: [ValueID], at loc: Loc?) {
            inputs.append(frame.map { kind == .scalar ? kind : .framed(kind, in: $0) } ?? kind)
            locations.append(loc?.packed ?? 0)
            operands += vs
        }

        mutating func input(_ kind: FusedInput, _ vs: [ValueID], at loc: Loc? = nil) -> Int {
            addInput(kind, vs, at: loc)
            return add(.input(inputs.count - 1))
        }

        /// The step computing `v` (memoized: a value read twice is computed once in each frame).
        mutating func value(_ v: ValueID) -> Int {
            // (a scalar is the same in every frame: read once)
            let key = Key(value: v, frame: planner.tensor(v).map { Planner.isScalar($0.1) } ?? false ? nil : frame)
            if let k = stepOf[key] { return k }
            let k: Int
            let i = planner.defs[v]
            if let i, inlined.contains(v) {
                k = node(i)
            } else if let view = planner.view(v, dtype, frame == nil ? dims : frameDims), let i {
                switch view {
                case .constant(let c): k = add(.constant(c))
                case .scattered(.scattered(let row, let a, let b)) where inlined.contains(i.operands[0]):
                    // The scattered tree in a frame at the window's rows: operands like, bounds.
                    addInput(.frame(row: row, hasStart: a, hasStop: b), Array(i.operands.dropFirst()), at: i.loc)
                    let f = inputs.count - 1, outer = (frame, frameDims)
                    frame = f
                    frameDims = planner.tensor(i.operands[0])!.1
                    let tree = value(i.operands[0])
                    (frame, frameDims) = outer
                    k = add(.masked(tree, frame: f))
                case .window(let kind), .scattered(let kind): k = input(kind, i.operands, at: i.loc)
                case .broadcast:
                    broadcasts.append((inputs.count, operands.count, i.operands[1], frame != nil))
                    k = input(.broadcast, i.operands)
                }
            } else if let (_, s) = planner.tensor(v), Planner.isScalar(s) {
                k = input(.scalar, [v])
            } else {
                k = input(.full, [v])
            }
            stepOf[key] = k
            return k
        }

        mutating func node(_ i: Inst) -> Int {
            switch i.op {
            case .unary(let fn): return add(.unary(fn, value(i.operands[0])))
            case .binary(let fn):
                let a = value(i.operands[0]), b = value(i.operands[1])
                return add(.binary(fn, a, b))
            case .stopGradient: return value(i.operands[0])
            case .sumTo: return add(.binary(.add, value(i.operands[0]), add(.constant(0))))
            default: fatalError("not an elementwise node: \(i.op.name)")
            }
        }

        /// A broadcast whose `like` is inlined reads only its scalar when another input gives
        /// the kernel its shape; returns the `like` to materialize when none does.
        mutating func finishBroadcasts() -> ValueID? {
            let gone = broadcasts.filter { inlined.contains($0.like) }
            if gone.isEmpty { return nil }
            let shaped = inputs.indices.contains { k in
                inputs[k] != .scalar && !gone.contains { $0.input == k }
            }
            // (a framed broadcast's shape is its frame's; an unframed one needs another input)
            if !shaped, let b = gone.first(where: { !$0.framed }) { return b.like }
            for b in gone.sorted(by: { $0.operand > $1.operand }) {
                inputs[b.input] = .scalar
                operands.remove(at: b.operand + 1)
            }
            return nil
        }
    }
}
