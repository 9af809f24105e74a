// The op table of the elementwise unary built-ins: one entry per op holds everything every
// stage needs to know about it — the surface name (the case's raw value), the element types
// it takes, its scalar math for the VM (`apply`, written once for f64 and f32), its C
// expression (the native kernel and the fused loops are made from it), its derivative (both AD
// modes read it) and whether it costs like a transcendental function (fusion's cost model).
// The parser's built-in names, the REPL's completion and the tests that check the grammar and
// the README read the list of cases. Adding an op is a case here, its entry in `spec` and its
// line in `apply`; a test walks every op and fails on any missing piece.
//
// Kinks follow JAX (relu'(0) = 0, |x|'(0) = 0).

import Foundation
import GradKernels

public enum UnaryFn: String, Sendable, CaseIterable {
    case neg, not, exp, log, log1p, sqrt, abs, sign, sin, cos, tanh, sigmoid, relu, softplus, gelu, square
    case floor, ceil, round  // round: half to even, as numpy
    case erf
    case expm1, sinh, cosh, atan, asin, acos, erfc, logSigmoid = "log_sigmoid"
    case lgamma, digamma, trigamma  // log|Γ(x)|, ψ(x), ψ'(x) (polygamma(1, x))
    case log2, log10, exp2, asinh, acosh, atanh, tan

    /// What the table says about the op.
    public var spec: UnarySpec {
        switch self {
        case .neg: return UnarySpec(c: "-x", int: "(int32_t)(0u - (uint32_t)x)", derivative: -1, surface: .prefixOperator)
        case .not: return UnarySpec(c: "x == 0", bools: true, surface: .prefixOperator)
        case .exp: return UnarySpec(c: "exp(x)", derivative: .y, costly: true)
        case .log: return UnarySpec(c: "log(x)", derivative: 1 / .x, costly: true, domain: 0.25...4)
        case .log1p: return UnarySpec(c: "log1p(x)", derivative: 1 / (.x + 1), costly: true, domain: -0.75...4)
        case .sqrt: return UnarySpec(c: "sqrt(x)", derivative: 0.5 / .y, domain: 0.25...4)
        case .abs: return UnarySpec(c: "fabs(x)", int: "x < 0 ? (int32_t)(0u - (uint32_t)x) : x", derivative: .call(.sign, .x))
        case .sign: return UnarySpec(c: "(x > 0 ? 1 : (x < 0 ? -1 : x))", int: "x > 0 ? 1 : (x < 0 ? -1 : 0)")
        case .sin: return UnarySpec(c: "sin(x)", derivative: .call(.cos, .x), costly: true)
        case .cos: return UnarySpec(c: "cos(x)", derivative: -.call(.sin, .x), costly: true)
        case .tanh: return UnarySpec(c: "tanh(x)", derivative: 1 - .y * .y, costly: true)
        case .sigmoid:
            return UnarySpec(c: "(x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x)))", derivative: .y * (1 - .y), costly: true)
        case .relu: return UnarySpec(c: "(x > 0 || x != x ? x : 0)", int: "x > 0 ? x : 0", derivative: .positive(.x))
        case .softplus: return UnarySpec(c: "(log1p(exp(-fabs(x))) + (x > 0 ? x : 0))", derivative: .call(.sigmoid, .x), costly: true)
        case .gelu:
            // Φ(x) + x φ(x), with Φ(x) = (1 + erf(x/√2))/2 and φ(x) = exp(−x²/2)/√(2π)
            let cdf: ScalarExpr = (1 + .call(.erf, .x * .const(1 / 2.0.squareRoot()))) * 0.5
            let pdf: ScalarExpr = .call(.exp, (.x * .x) * -0.5) * .const(1 / (2 * Double.pi).squareRoot())
            return UnarySpec(c: "(0.5 * x * (1 + erf(x * 0.7071067811865476)))", derivative: cdf + .x * pdf, costly: true)
        case .square: return UnarySpec(c: "x * x", int: "(int32_t)((uint32_t)x * (uint32_t)x)", derivative: .x * 2)
        case .floor: return UnarySpec(c: "floor(x)", int: "x")
        case .ceil: return UnarySpec(c: "ceil(x)", int: "x")
        case .round: return UnarySpec(c: "nearbyint(x)", int: "x", surface: .ownBuiltin)
        case .erf: return UnarySpec(c: "erf(x)", derivative: .call(.exp, -(.x * .x)) * .const(2 / Double.pi.squareRoot()), costly: true)
        case .expm1: return UnarySpec(c: "expm1(x)", derivative: .y + 1, costly: true)
        case .sinh: return UnarySpec(c: "sinh(x)", derivative: .call(.cosh, .x), costly: true)
        case .cosh: return UnarySpec(c: "cosh(x)", derivative: .call(.sinh, .x), costly: true)
        case .atan: return UnarySpec(c: "atan(x)", derivative: 1 / (1 + .x * .x), costly: true)
        case .asin: return UnarySpec(c: "asin(x)", derivative: 1 / .call(.sqrt, 1 - .x * .x), costly: true, domain: -0.9...0.9)
        case .acos: return UnarySpec(c: "acos(x)", derivative: -(1 / .call(.sqrt, 1 - .x * .x)), costly: true, domain: -0.9...0.9)
        case .erfc: return UnarySpec(c: "erfc(x)", derivative: .call(.exp, -(.x * .x)) * .const(-2 / Double.pi.squareRoot()), costly: true)
        case .logSigmoid:
            // log σ(x) = -softplus(-x), without overflow on either side; its derivative σ(-x)
            return UnarySpec(c: "(x < 0 ? x - log1p(exp(x)) : -log1p(exp(-x)))", derivative: .call(.sigmoid, -.x), costly: true)
        case .log2: return UnarySpec(c: "log2(x)", derivative: 1 / (.x * .const(0.6931471805599453)), costly: true, domain: 0.25...4)
        case .log10: return UnarySpec(c: "log10(x)", derivative: 1 / (.x * .const(2.302585092994046)), costly: true, domain: 0.25...4)
        case .exp2: return UnarySpec(c: "exp2(x)", derivative: .y * .const(0.6931471805599453), costly: true)
        case .asinh: return UnarySpec(c: "asinh(x)", derivative: 1 / .call(.sqrt, .x * .x + 1), costly: true)
        case .acosh: return UnarySpec(c: "acosh(x)", derivative: 1 / .call(.sqrt, .x * .x - 1), costly: true, domain: 1.25...4)
        case .atanh: return UnarySpec(c: "atanh(x)", derivative: 1 / (1 - .x * .x), costly: true, domain: -0.9...0.9)
        case .tan: return UnarySpec(c: "tan(x)", derivative: 1 + .y * .y, costly: true, domain: -1.2...1.2)
        case .lgamma: return UnarySpec(c: "lgamma(x)", derivative: .call(.digamma, .x), costly: true, domain: 0.25...6)
        case .digamma: return UnarySpec(c: "gt_digamma(x)", derivative: .call(.trigamma, .x), costly: true, domain: 0.25...6)
        case .trigamma:
            return UnarySpec(c: "gt_trigamma(x)", noDerivative: "its derivative, polygamma(2, x), is not a built-in (digamma's derivative is trigamma, so digamma can be differentiated once)",
                             costly: true, domain: 0.25...6)
        }
    }

    /// The op on one element, in the element's own precision.
    @inline(__always)
    public func apply<T: BinaryFloatingPoint & ElementaryMath>(_ x: T) -> T {
        switch self {
        case .neg: return -x
        case .not: return x == 0 ? 1 : 0
        case .exp: return T.exp(x)
        case .log: return T.log(x)
        case .log1p: return T.log1p(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : x)
        case .sin: return T.sin(x)
        case .cos: return T.cos(x)
        case .tanh: return T.tanh(x)
        case .sigmoid: return x >= 0 ? 1 / (1 + T.exp(-x)) : T.exp(x) / (1 + T.exp(x))
        case .relu: return x.isNaN ? x : (x > 0 ? x : 0)
        case .softplus: return T.log1p(T.exp(-Swift.abs(x))) + (x > 0 ? x : 0)
        case .gelu: return 0.5 * x * (1 + T.erf(x * T(0.7071067811865476)))
        case .square: return x * x
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .round: return x.rounded(.toNearestOrEven)
        case .erf: return T.erf(x)
        case .expm1: return T.expm1(x)
        case .sinh: return T.sinh(x)
        case .cosh: return T.cosh(x)
        case .atan: return T.atan(x)
        case .asin: return T.asin(x)
        case .acos: return T.acos(x)
        case .erfc: return T.erfc(x)
        case .logSigmoid: return x < 0 ? x - T.log1p(T.exp(x)) : -T.log1p(T.exp(-x))
        case .log2: return T.log2(x)
        case .log10: return T.log10(x)
        case .exp2: return T.exp2(x)
        case .asinh: return T.asinh(x)
        case .acosh: return T.acosh(x)
        case .atanh: return T.atanh(x)
        case .tan: return T.tan(x)
        case .lgamma: return T.lgamma(x)
        case .digamma: return T(gk_digamma(Double(x)))
        case .trigamma: return T(gk_trigamma(Double(x)))
        }
    }

    /// The op on an i32 element, for the ops that take integers (`spec.int` is their C).
    public func apply(_ x: Int32) -> Int32 {
        switch self {
        case .neg: return 0 &- x
        case .abs: return x < 0 ? 0 &- x : x
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .square: return x &* x
        case .relu: return x > 0 ? x : 0
        default: return x
        }
    }

    /// Whether the derivative can itself be differentiated (its ops all are): what a
    /// second derivative through the op needs.
    public var hasSecondDerivative: Bool {
        guard spec.differentiable, let d = spec.derivative else { return spec.differentiable }
        func ok(_ e: ScalarExpr) -> Bool {
            switch e {
            case .x, .y, .a, .b, .t, .const: return true
            case .call(let f, let a): return f.spec.differentiable && ok(a)
            case .binary(_, let a, let b), .select(_, let a, let b): return ok(a) && ok(b)
            case .positive(let a): return ok(a)
            }
        }
        return ok(d)
    }

    /// Accepted element types other than floats.
    public var acceptsInt: Bool { spec.int != nil }
    public var acceptsBool: Bool { spec.bools }
}

/// One op's entry in the table.
public struct UnarySpec: Sendable {
    /// One element in C, in `x` (a double, or a float in f32 code, where the math functions
    /// named here by their double names are called by their float ones: `exp` is `expf`).
    public var c: String
    /// One i32 element in C, for the ops that take integers.
    public var int: String?
    /// Whether the op takes bool tensors (`not`).
    public var bools: Bool
    /// f'(x) in terms of `x` and the result `y`; nil where it is zero wherever it exists
    /// (sign, floor, ...).
    public var derivative: ScalarExpr?
    /// Why gradc has no derivative of the op, for an op it has none for (trigamma):
    /// differentiating through it is then a compile error that says so, never a zero.
    public var noDerivative: String?
    public var differentiable: Bool { noDerivative == nil }
    /// Whether one element costs about a transcendental function: a fused loop then computes
    /// it once rather than in each of its readers.
    public var costly: Bool
    /// How a program writes it.
    public var surface: Surface
    /// Where the op is real and smooth enough for finite differences: the tests sample it.
    public var domain: ClosedRange<Double>

    public enum Surface: Sendable {
        /// A one-argument built-in of the op's name: `tanh(x)`.
        case function
        /// An operator: `-x`, `!x`.
        case prefixOperator
        /// A built-in of the same name with arguments of its own that lowers to the op
        /// (`round(x, decimals: 2)`).
        case ownBuiltin
    }

    public init(c: String, int: String? = nil, bools: Bool = false, derivative: ScalarExpr? = nil, noDerivative: String? = nil,
                costly: Bool = false, surface: Surface = .function, domain: ClosedRange<Double> = -2.5...3) {
        self.c = c
        self.noDerivative = noDerivative
        self.int = int
        self.bools = bools
        self.derivative = derivative
        self.costly = costly
        self.surface = surface
        self.domain = domain
    }
}

/// A scalar expression in an op's operand `x` (a binary op's `a` and `b`), its result `y`
/// and, in a binary op's partials, the tangent or adjoint `t`: how the tables write
/// derivatives. Both AD modes build it as IR ops of the operand's type.
public indirect enum ScalarExpr: Sendable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case x, y
    case a, b, t
    case const(Double)
    case call(UnaryFn, ScalarExpr)
    case binary(BinaryFn, ScalarExpr, ScalarExpr)
    /// 1 where the operand is above 0, else 0 (a step: relu's derivative).
    case positive(ScalarExpr)
    /// where(condition, x, y), the condition a comparison.
    case select(ScalarExpr, ScalarExpr, ScalarExpr)

    public init(floatLiteral v: Double) { self = .const(v) }
    public init(integerLiteral v: Int) { self = .const(Double(v)) }

    public static func + (a: ScalarExpr, b: ScalarExpr) -> ScalarExpr { .binary(.add, a, b) }
    public static func - (a: ScalarExpr, b: ScalarExpr) -> ScalarExpr { .binary(.sub, a, b) }
    public static func * (a: ScalarExpr, b: ScalarExpr) -> ScalarExpr { .binary(.mul, a, b) }
    public static func / (a: ScalarExpr, b: ScalarExpr) -> ScalarExpr { .binary(.div, a, b) }
    public static prefix func - (a: ScalarExpr) -> ScalarExpr { .call(.neg, a) }
}

/// The math functions of the float types, named so that generic kernels can call them.
public protocol ElementaryMath {
    static func power(_ a: Self, _ b: Self) -> Self
    static func atan2(_ a: Self, _ b: Self) -> Self
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func erf(_ x: Self) -> Self
    static func erfc(_ x: Self) -> Self
    static func lgamma(_ x: Self) -> Self
    static func expm1(_ x: Self) -> Self
    static func sinh(_ x: Self) -> Self
    static func cosh(_ x: Self) -> Self
    static func atan(_ x: Self) -> Self
    static func asin(_ x: Self) -> Self
    static func acos(_ x: Self) -> Self
    static func log2(_ x: Self) -> Self
    static func log10(_ x: Self) -> Self
    static func exp2(_ x: Self) -> Self
    static func asinh(_ x: Self) -> Self
    static func acosh(_ x: Self) -> Self
    static func atanh(_ x: Self) -> Self
    static func tan(_ x: Self) -> Self
}

extension Double: ElementaryMath {
    public static func power(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    public static func atan2(_ a: Double, _ b: Double) -> Double { Foundation.atan2(a, b) }
    public static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    public static func log(_ x: Double) -> Double { Foundation.log(x) }
    public static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
    public static func sin(_ x: Double) -> Double { Foundation.sin(x) }
    public static func cos(_ x: Double) -> Double { Foundation.cos(x) }
    public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
    public static func erf(_ x: Double) -> Double { Foundation.erf(x) }
    public static func erfc(_ x: Double) -> Double { Foundation.erfc(x) }
    public static func lgamma(_ x: Double) -> Double { Foundation.lgamma(x) }
    public static func expm1(_ x: Double) -> Double { Foundation.expm1(x) }
    public static func sinh(_ x: Double) -> Double { Foundation.sinh(x) }
    public static func cosh(_ x: Double) -> Double { Foundation.cosh(x) }
    public static func atan(_ x: Double) -> Double { Foundation.atan(x) }
    public static func asin(_ x: Double) -> Double { Foundation.asin(x) }
    public static func acos(_ x: Double) -> Double { Foundation.acos(x) }
    public static func log2(_ x: Double) -> Double { Foundation.log2(x) }
    public static func log10(_ x: Double) -> Double { Foundation.log10(x) }
    public static func exp2(_ x: Double) -> Double { Foundation.exp2(x) }
    public static func asinh(_ x: Double) -> Double { Foundation.asinh(x) }
    public static func acosh(_ x: Double) -> Double { Foundation.acosh(x) }
    public static func atanh(_ x: Double) -> Double { Foundation.atanh(x) }
    public static func tan(_ x: Double) -> Double { Foundation.tan(x) }
}

extension Float: ElementaryMath {
    public static func power(_ a: Float, _ b: Float) -> Float { Foundation.powf(a, b) }
    public static func atan2(_ a: Float, _ b: Float) -> Float { Foundation.atan2f(a, b) }
    public static func exp(_ x: Float) -> Float { Foundation.expf(x) }
    public static func log(_ x: Float) -> Float { Foundation.logf(x) }
    public static func log1p(_ x: Float) -> Float { Foundation.log1pf(x) }
    public static func sin(_ x: Float) -> Float { Foundation.sinf(x) }
    public static func cos(_ x: Float) -> Float { Foundation.cosf(x) }
    public static func tanh(_ x: Float) -> Float { Foundation.tanhf(x) }
    public static func erf(_ x: Float) -> Float { Foundation.erff(x) }
    public static func erfc(_ x: Float) -> Float { Foundation.erfcf(x) }
    public static func lgamma(_ x: Float) -> Float { Foundation.lgammaf(x) }
    public static func expm1(_ x: Float) -> Float { Foundation.expm1f(x) }
    public static func sinh(_ x: Float) -> Float { Foundation.sinhf(x) }
    public static func cosh(_ x: Float) -> Float { Foundation.coshf(x) }
    public static func atan(_ x: Float) -> Float { Foundation.atanf(x) }
    public static func asin(_ x: Float) -> Float { Foundation.asinf(x) }
    public static func acos(_ x: Float) -> Float { Foundation.acosf(x) }
    public static func log2(_ x: Float) -> Float { Foundation.log2f(x) }
    public static func log10(_ x: Float) -> Float { Foundation.log10f(x) }
    public static func exp2(_ x: Float) -> Float { Foundation.exp2f(x) }
    public static func asinh(_ x: Float) -> Float { Foundation.asinhf(x) }
    public static func acosh(_ x: Float) -> Float { Foundation.acoshf(x) }
    public static func atanh(_ x: Float) -> Float { Foundation.atanhf(x) }
    public static func tan(_ x: Float) -> Float { Foundation.tanf(x) }
}
