// The simplification pipeline: inlining, constant folding, algebraic identities, CSE, DCE,
// repeated until nothing changes (at most a few rounds), with the verifier after every pass.

public protocol Pass {
    var name: String { get }
    /// Rewrites the module; returns true when it changed anything.
    func run(_ m: Module) throws -> Bool
}

public enum PassManager {
    public static let simplification: [Pass] = [Inliner(), ConstantFolding(), AlgebraicSimplification(), CSE(), DCE()]

    public static func simplify(_ m: Module, passes: [Pass] = simplification, rounds: Int = 4) throws {
        for _ in 0..<rounds {
            var changed = false
            for p in passes {
                if try p.run(m) { changed = true }
                do { try Verifier.verify(m) } catch let e as VerifierError {
                    throw VerifierError(messages: ["after \(p.name):"] + e.messages)
                }
            }
            if !changed { return }
        }
    }
}

/// Rewrites operands through a substitution map, in place, for a whole region tree.
struct Substitution {
    var map: [ValueID: ValueID] = [:]

    func resolve(_ v: ValueID) -> ValueID {
        var x = v
        while let y = map[x] { x = y }
        return x
    }

    func apply(_ i: inout Inst) {
        if map.isEmpty { return }
        i.operands = i.operands.map(resolve)
    }
}

/// Counts the uses of every value of a function (region terminators included).
func useCounts(_ f: Function) -> [Int] {
    var counts = Array(repeating: 0, count: f.types.count)
    walk(f.body) { i in for o in i.operands { counts[o.index] += 1 } }
    return counts
}
