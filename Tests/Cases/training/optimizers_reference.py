# Hand-computed reference for optimizers.grad: three steps of each optimizer on
# loss(p) = sum((w - 0.5)^2) + 3 b^2, starting at w = [1, -2], b = 0.5, following the update
# rules torch.optim documents (SGD, momentum, Nesterov, Adagrad, RMSprop, Adam, AdamW, with
# its defaults). Prints the expectations in the format gradc prints records.
import numpy as np

def grad(w, b):
    return 2 * (w - 0.5), 6 * b

def fmt(w, b):
    return "P(w=%s, b=%s)" % (np.array2string(w, separator=" "), str(np.float64(b)))

def run(name, step, state0):
    w, b = np.array([1.0, -2.0]), 0.5
    st = state0
    for t in range(1, 4):
        gw, gb = grad(w, b)
        w, b, st = step(w, b, gw, gb, st, t)
    print("// expect: %s %s" % (name, fmt(w, b)))

z = (np.zeros(2), 0.0)
lr = 0.1
run("sgd", lambda w, b, gw, gb, s, t: (w - lr * gw, b - lr * gb, s), None)

def momentum(nesterov):
    def step(w, b, gw, gb, s, t):
        vw, vb = 0.9 * s[0] + gw, 0.9 * s[1] + gb
        if nesterov:
            return w - lr * (gw + 0.9 * vw), b - lr * (gb + 0.9 * vb), (vw, vb)
        return w - lr * vw, b - lr * vb, (vw, vb)
    return step
run("momentum", momentum(False), z)
run("nesterov", momentum(True), z)

def adagrad(w, b, gw, gb, s, t):
    sw, sb = s[0] + gw * gw, s[1] + gb * gb
    return w - lr * gw / (np.sqrt(sw) + 1e-10), b - lr * gb / (np.sqrt(sb) + 1e-10), (sw, sb)
run("adagrad", adagrad, z)

def rmsprop(w, b, gw, gb, s, t):
    sw, sb = 0.99 * s[0] + 0.01 * gw * gw, 0.99 * s[1] + 0.01 * gb * gb
    return w - 0.01 * gw / (np.sqrt(sw) + 1e-8), b - 0.01 * gb / (np.sqrt(sb) + 1e-8), (sw, sb)
run("rmsprop", rmsprop, z)

def adam(decay):
    def step(w, b, gw, gb, s, t):
        if decay:
            w, b = w * (1 - lr * decay), b * (1 - lr * decay)
        (mw, mb), (vw, vb) = s
        mw, mb = 0.9 * mw + 0.1 * gw, 0.9 * mb + 0.1 * gb
        vw, vb = 0.999 * vw + 0.001 * gw * gw, 0.999 * vb + 0.001 * gb * gb
        c1, c2 = 1 - 0.9 ** t, 1 - 0.999 ** t
        w = w - lr * (mw / c1) / (np.sqrt(vw / c2) + 1e-8)
        b = b - lr * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
        return w, b, ((mw, mb), (vw, vb))
    return step
run("adam", adam(0), (z, z))
run("adamw", adam(0.01), (z, z))
