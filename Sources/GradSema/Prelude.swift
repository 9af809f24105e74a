// The prelude: Grad source that ships with the compiler (`gradc emit prelude` prints it).
// Its functions are generic over the parameters' type P — a record of tensors such as an MLP,
// or one tensor — and are lowered only for the programs that call them (IRGenGenerics.swift).
// The update rules are PyTorch's (torch.optim), with its default constants where a function
// does not take them; hyperparameters are f64 and meet the parameters in their element type.

public enum Prelude {
    public static let source = """
    // ---- Optimizers: each takes the parameters p, their gradient g and its state, and returns
    // the new parameters (and the new state). State starts as zeros_like(p); t counts steps from 1.

    // SGD: p - lr·g.
    fn sgd<P>(p: P, g: P, lr: f64) -> P {
      return p - cast_like(lr, p) * g
    }

    // SGD with momentum (dampening 0): v = mu·v + g; p - lr·v.
    fn momentum<P>(p: P, g: P, v: P, lr: f64, mu: f64) -> (P, P) {
      let v2 = v * cast_like(mu, p) + g
      return (p - cast_like(lr, p) * v2, v2)
    }

    // Nesterov momentum: v = mu·v + g; p - lr·(g + mu·v).
    fn nesterov<P>(p: P, g: P, v: P, lr: f64, mu: f64) -> (P, P) {
      let v2 = v * cast_like(mu, p) + g
      return (p - cast_like(lr, p) * (g + v2 * cast_like(mu, p)), v2)
    }

    // Adagrad (eps 1e-10): s = s + g²; p - lr·g / (√s + eps).
    fn adagrad<P>(p: P, g: P, s: P, lr: f64) -> (P, P) {
      let s2 = s + square(g)
      return (p - cast_like(lr, p) * g / (sqrt(s2) + cast_like(1e-10, p)), s2)
    }

    // RMSProp (alpha 0.99, eps 1e-8): s = alpha·s + (1 - alpha)·g²; p - lr·g / (√s + eps).
    fn rmsprop<P>(p: P, g: P, s: P, lr: f64) -> (P, P) {
      let s2 = s * cast_like(0.99, p) + square(g) * cast_like(0.01, p)
      return (p - cast_like(lr, p) * g / (sqrt(s2) + cast_like(1e-8, p)), s2)
    }

    // Adam (beta1 0.9, beta2 0.999, eps 1e-8), step t from 1: m = b1·m + (1 - b1)·g,
    // v = b2·v + (1 - b2)·g²; p - lr·m̂ / (√v̂ + eps) with m̂ = m / (1 - b1^t), v̂ = v / (1 - b2^t).
    fn adam<P>(p: P, g: P, m: P, v: P, t: i32, lr: f64) -> (P, P, P) {
      let m2 = m * cast_like(0.9, p) + g * cast_like(0.1, p)
      let v2 = v * cast_like(0.999, p) + square(g) * cast_like(0.001, p)
      let mhat = m2 / cast_like(1.0 - pow(0.9, f64(t)), p)
      let vhat = v2 / cast_like(1.0 - pow(0.999, f64(t)), p)
      return (p - cast_like(lr, p) * mhat / (sqrt(vhat) + cast_like(1e-8, p)), m2, v2)
    }

    // AdamW: decoupled weight decay, p·(1 - lr·weight_decay), then Adam's step.
    fn adamw<P>(p: P, g: P, m: P, v: P, t: i32, lr: f64, weight_decay: f64) -> (P, P, P) {
      return adam(p * cast_like(1.0 - lr * weight_decay, p), g, m, v, t, lr)
    }

    // ---- Gradient clipping.

    // Scales g so that its global L2 norm (over every field) is at most max_norm, as
    // torch.nn.utils.clip_grad_norm_: g · min(1, max_norm / (‖g‖ + 1e-6)).
    fn clip_by_global_norm<P>(g: P, max_norm: f64) -> P {
      let scale = minimum(1.0, max_norm / (f64(norm(g)) + 1e-6))
      return g * cast_like(scale, g)
    }

    // Clamps every element of g to [lo, hi], as torch.nn.utils.clip_grad_value_.
    fn clip_by_value<P>(g: P, lo: f64, hi: f64) -> P {
      return minimum(maximum(g, cast_like(lo, g)), cast_like(hi, g))
    }

    // ---- Learning-rate schedules: the rate at step (from 0).

    // StepLR: base · gamma^⌊step / every⌋.
    fn step_lr(base: f64, step: i32, every: i32, gamma: f64) -> f64 {
      return base * pow(gamma, f64(step / every))
    }

    // CosineAnnealingLR to 0 over total steps: base · (1 + cos(π · step / total)) / 2.
    fn cosine_lr(base: f64, step: i32, total: i32) -> f64 {
      return base * 0.5 * (1.0 + cos(3.141592653589793 * f64(step) / f64(total)))
    }

    // Linear warm-up over the first warmup steps, then base: base · min(1, (step + 1) / warmup).
    fn warmup_lr(base: f64, step: i32, warmup: i32) -> f64 {
      return base * minimum(1.0, f64(step + 1) / f64(warmup))
    }
    """
}
