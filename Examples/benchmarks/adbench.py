"""ADBench's GMM and D-LSTM objectives in JAX, as adbench_gmm.grad and adbench_lstm.grad write
them (GMM: d = 10, K = 25, n = 1000 with the Wishart prior, gamma 1, m 0; D-LSTM: l = 2,
c = 1024, b = 14). jax_bench.py times them; run as a script it prints what those programs' main
prints, in float64, for the tests (DerivativeTests compares the two):

    python3 Examples/benchmarks/adbench.py gmm|gmm_generic|lstm      (gmm_generic: Tests/Cases/builtins/gmm_generic.grad)
"""
import sys

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np
from jax.scipy.special import gammaln, logsumexp


def gmm(alphas, means, icf, x, gamma=1.0, m=0.0):
    n, d = x.shape
    k = alphas.shape[0]
    qdiag = jnp.exp(icf[:, :d])
    sum_qs = jnp.sum(icf[:, :d], 1)
    ltri = icf[:, d:]
    rows, cols = np.tril_indices(d, -1)              # row-major; ADBench's order is column-major
    order = np.lexsort((rows, cols))
    lower = jnp.zeros((k, d, d)).at[:, rows[order], cols[order]].set(ltri)
    xc = x[:, None, :] - means[None]
    qx = qdiag[None] * xc + jnp.einsum("kij,nkj->nki", lower, xc)
    inner = alphas + sum_qs - 0.5 * jnp.sum(qx * qx, 2)
    p, nn = d, d + m + 1
    frob = jnp.sum(qdiag * qdiag, 1) + jnp.sum(ltri * ltri, 1)
    lgd = 0.25 * p * (p - 1) * jnp.log(jnp.pi) + jnp.sum(gammaln(0.5 * nn + 0.5 * (1 - jnp.arange(1, p + 1))))
    c = nn * p * (jnp.log(gamma) - 0.5 * jnp.log(2.0)) - lgd
    wishart = jnp.sum(0.5 * gamma * gamma * frob - m * sum_qs) - k * c
    return -n * d * 0.5 * jnp.log(2 * jnp.pi) + jnp.sum(logsumexp(inner, 1)) - n * logsumexp(alphas) + wishart


def cell(w, bias, h, c, x):
    g = jnp.concatenate([x, x, x, x]) * w + bias
    forget, ingate, outgate = jax.nn.sigmoid(g[0:14]), jax.nn.sigmoid(g[14:28]), jax.nn.sigmoid(g[28:42])
    c2 = c * forget + ingate * jnp.tanh(g[42:56])
    return outgate * jnp.tanh(c2), c2


def lstm(main, extra, state, seq):
    def step(carry, t):
        s, total = carry
        h0, c0 = cell(main[0], main[1], s[0], s[1], seq[t] * extra[0])
        h1, c1 = cell(main[2], main[3], s[2], s[3], h0)
        y = h1 * extra[1] + extra[2]
        ynorm = y - jnp.log(jnp.sum(jnp.exp(y)) + 2.0)
        return (jnp.stack([h0, c0, h1, c1]), total + jnp.sum(seq[t + 1] * ynorm)), None
    (_, total), _ = jax.lax.scan(step, (state, 0.0), jnp.arange(seq.shape[0] - 1))
    return -total / ((seq.shape[0] - 1) * seq.shape[1])


def check(name):
    np.set_printoptions(precision=8)
    if name in ("gmm", "gmm_generic"):
        alphas = jnp.sin(jnp.arange(25.0))
        means = jnp.cos(jnp.arange(250.0).reshape(25, 10) * 0.3)
        icf = jnp.sin(jnp.arange(1375.0).reshape(25, 55) * 0.7) * 0.5
        x = jnp.cos(jnp.arange(10000.0).reshape(1000, 10) * 0.11)
        print(repr(float(gmm(alphas, means, icf, x))))
        ga, gm, gi = jax.grad(gmm, argnums=(0, 1, 2))(alphas, means, icf, x)
        print(np.asarray(ga[0:4]), repr(float(jnp.sum(gm * gm))), repr(float(jnp.sum(gi * gi))))
        print(np.asarray(gi[3, 0:4]), np.asarray(gi[3, 50:55]))
        if name == "gmm_generic":   # Tests/Cases/builtins/gmm_generic.grad: also d = 3, K = 2, n = 5
            print(round(float(gmm(alphas[0:2], means[0:2, 0:3], icf[0:2, 0:6], x[0:5, 0:3])), 9))
    else:
        main = jnp.sin(jnp.arange(224.0).reshape(4, 56) * 0.3) * 0.5
        extra = jnp.cos(jnp.arange(42.0).reshape(3, 14) * 0.7)
        state = jnp.sin(jnp.arange(56.0).reshape(4, 14) * 0.9) * 0.2
        seq = jnp.cos(jnp.arange(1024 * 14.0).reshape(1024, 14) * 0.013)
        print(repr(float(lstm(main, extra, state, seq))))
        gm, ge = jax.grad(lstm, argnums=(0, 1))(main, extra, state, seq)
        print(repr(float(jnp.sum(gm * gm))), repr(float(jnp.sum(ge * ge))))
        print(np.asarray(gm[1, 0:4]), np.asarray(ge[2, 0:4]))


if __name__ == "__main__":
    check(sys.argv[1])
