// What running a fused kernel's steps needs that the steps alone determine, worked out once
// per kernel: which steps are uniform, which pairs of steps run as one pass, each step's
// scratch row.

import GradKernels

extension FusedKernel {
    /// Two steps run as one pass over a block (GradKernels' gk_pair): the absorbed step's value
    /// `t = f(a, b)` stays in a register and the pair's step writes `g(t, c)` (g a GK_PAIR_ op,
    /// which says on which side t is). Operands are step positions; `b` is `a` for square and
    /// negation, `c` is `a` when g squares (and unused).
    struct Pair: Sendable {
        var f: Int32, g: Int32
        var a: Int, b: Int, c: Int
    }

    struct Schedule: Sendable {
        /// Steps whose value is the same at every element: constants, scalar inputs and what
        /// is made of them only (computed once per run, not per block).
        var uniform: [Bool]
        /// Each step's scratch row, and how many rows there are. Rows are shared by steps
        /// whose values are not live at once (a linear scan), so a block's rows stay in L1
        /// however long the kernel: a step takes its row before its operands give theirs back
        /// (no step writes a row it reads), and a masked step, which may hand on its operand's
        /// row, keeps that row alive as long as itself.
        var slot: [Int]
        var slots: Int
        /// The frame (input) each step of a scattered tree lies in, -1 for none: a block
        /// outside a frame's rows skips its tree, whose masked value is zero there (a row's
        /// adjoint in a loop computes one row, not the whole tensor).
        var frame: [Int]
        /// The pair a step runs as, and the steps absorbed into the next step's pair (not run
        /// on their own). A kernel's passes over a block are its time (each pass stores a row),
        /// so a chain of arithmetic runs in about half as many passes.
        var pair: [Pair?]
        var absorbed: [Bool]

        init(_ inputs: [FusedInput], _ steps: [FusedStep]) {
            let n = steps.count
            uniform = [Bool](repeating: false, count: n)
            frame = [Int](repeating: -1, count: n)
            var lastUse = Array(steps.indices)
            var uses = [Int](repeating: 0, count: n)
            for (s, step) in steps.enumerated() {
                switch step {
                case .constant: uniform[s] = true
                case .input(let i):
                    uniform[s] = inputs[i].isScalar
                    if case .framed(_, let f) = inputs[i], !uniform[s] { frame[s] = f }
                case .unary(_, let x):
                    uniform[s] = uniform[x]; frame[s] = frame[x]; lastUse[x] = s; uses[x] += 1
                case .binary(_, let x, let y):
                    uniform[s] = uniform[x] && uniform[y]; frame[s] = Swift.max(frame[x], frame[y])
                    lastUse[x] = s; lastUse[y] = s; uses[x] += 1; uses[y] += 1
                case .masked(let x, let f):
                    if case .framed(_, let g) = inputs[f] { frame[s] = g }
                    lastUse[x] = s; uses[x] += 1
                }
            }
            for (s, step) in steps.enumerated().reversed() { if case .masked(let x, _) = step { lastUse[x] = Swift.max(lastUse[x], lastUse[s]) } }

            // Pairs: a step absorbs an operand that is an arithmetic step (or a square or
            // negation) used by it alone, in the same frame, not itself a pair. The absorbed
            // step's operands are then read at the pair's step, so they live until it.
            var pair = [Pair?](repeating: nil, count: n), absorbed = [Bool](repeating: false, count: n)
            let uniform = self.uniform, frame = self.frame
            func head(_ p: Int, under s: Int) -> (f: Int32, a: Int, b: Int)? {
                guard !uniform[p], uses[p] == 1, frame[p] == frame[s], pair[p] == nil else { return nil }   // its one reader is s
                switch steps[p] {
                case .binary(let f, let a, let b): return f.kernelCode.map { ($0, a, b) }
                case .unary(.square, let a): return (Int32(GK_MUL), a, a)
                case .unary(.neg, let a): return (Int32(GK_PAIR_NEG), a, a)
                default: return nil
                }
            }
            func code(_ g: BinaryFn, swapped: Bool) -> Int32? {
                switch g {
                case .add: return Int32(GK_PAIR_ADD)
                case .sub: return Int32(swapped ? GK_PAIR_RSUB : GK_PAIR_SUB)
                case .mul: return Int32(GK_PAIR_MUL)
                case .div: return Int32(swapped ? GK_PAIR_RDIV : GK_PAIR_DIV)
                default: return nil
                }
            }
            for (s, step) in steps.enumerated() where !uniform[s] {
                var made: (p: Int, Pair)? = nil
                switch step {
                case .binary(let g, let x, let y) where x != y:
                    if let h = head(x, under: s), let gc = code(g, swapped: false) { made = (x, Pair(f: h.f, g: gc, a: h.a, b: h.b, c: y)) }
                    else if let h = head(y, under: s), let gc = code(g, swapped: true) { made = (y, Pair(f: h.f, g: gc, a: h.a, b: h.b, c: x)) }
                case .binary(.mul, let x, _), .unary(.square, let x):
                    if let h = head(x, under: s) { made = (x, Pair(f: h.f, g: Int32(GK_PAIR_SQUARE), a: h.a, b: h.b, c: h.a)) }
                default: break
                }
                guard let (p, q) = made else { continue }
                pair[s] = q
                absorbed[p] = true
                for o in [q.a, q.b] { lastUse[o] = Swift.max(lastUse[o], s) }
            }
            for (s, step) in steps.enumerated().reversed() { if case .masked(let x, _) = step { lastUse[x] = Swift.max(lastUse[x], lastUse[s]) } }
            self.pair = pair
            self.absorbed = absorbed

            var dying = [[Int]](repeating: [], count: n)
            for s in steps.indices where !uniform[s] && !absorbed[s] { dying[lastUse[s]].append(s) }
            slot = [Int](repeating: 0, count: n)
            slots = 0
            var free: [Int] = []
            for s in steps.indices where !uniform[s] && !absorbed[s] {
                if let r = free.popLast() { slot[s] = r } else { slot[s] = slots; slots += 1 }
                for d in dying[s] { free.append(slot[d]) }
            }
        }
    }
}
