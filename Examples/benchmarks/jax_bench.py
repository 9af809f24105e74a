"""W1-W4 and ADBench's GMM and D-LSTM (adbench.py) in JAX, under jax.jit, on the inputs `gradc bench` makes for the primal: the same
generator (SplitMix64 per input, seeded 1, 2, ... in parameter order, uniform in [-1, 1];
i32 labels in 0..2), so both do the same arithmetic on the same numbers. Prints one line per
workload, `NAME primal_ms gradient_ms` (the median of `runs` runs, each the mean of enough
calls to take a few milliseconds, after a warm-up), as Examples/benchmarks/reference.c does.
Run on one core with one thread, as run.sh does:

    XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/jax_bench.py 7 W1 W2 GMM
"""
import os
import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np
from jax import lax

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import adbench  # noqa: E402

MASK = (1 << 64) - 1


def splitmix(seed, k):
    """The k-th (from 1) outputs of SplitMix64 seeded `seed`, for an array of k."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + k.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def inputs(shapes):
    """gradc bench's buffers: for each (shape, dtype) the next seed."""
    out = []
    for seed, (shape, dt) in enumerate(shapes, start=1):
        n = int(np.prod(shape))
        if dt == "i32":
            v = (splitmix(seed, np.arange(1, n + 1) * 2) % np.uint64(3)).astype(np.int32)
        else:
            u = (splitmix(seed, np.arange(1, n + 1)) >> np.uint64(11)).astype(np.float64) * 2.0**-53 * 2 - 1
            v = u.astype(np.float32 if dt == "f32" else np.float64)
        out.append(jnp.asarray(v.reshape(shape)))
    return out


def w1(W1, b1, W2, b2, W3, b3, x, y):
    h1 = jax.nn.relu(x @ W1 + b1)
    h2 = jax.nn.relu(h1 @ W2 + b2)
    z = h2 @ W3 + b3
    return jnp.mean(jax.nn.logsumexp(z, axis=-1) - jnp.take_along_axis(z, y[:, None], 1)[:, 0])


def w2(Wx, Wh, b, h0, xs):
    h, _ = lax.scan(lambda h, x: (jnp.tanh(x @ Wx + h @ Wh + b), None), h0, xs)
    return jnp.sum(h * h)


def w3(x):
    head, tail = x[:-1], x[1:]
    return jnp.sum(100.0 * jnp.square(tail - jnp.square(head)) + jnp.square(1.0 - head))


def w4(W, b, x):
    h = x
    for l in range(10):
        h = jnp.tanh(h @ W[l] + b[l])
    return jnp.sum(h)


WORKLOADS = {
    # name: (function, input shapes and types, the gradient's arguments)
    "W1": (w1, [((784, 256), "f32"), ((256,), "f32"), ((256, 256), "f32"), ((256,), "f32"), ((256, 10), "f32"),
                ((10,), "f32"), ((128, 784), "f32"), ((128,), "i32")], "value_and_grad", (0, 1, 2, 3, 4, 5)),
    "W2": (w2, [((256, 256), "f32"), ((256, 256), "f32"), ((256,), "f32"), ((32, 256), "f32"), ((256, 32, 256), "f32")],
           "grad", (0, 1, 2)),
    "W3": (w3, [((1000000,), "f64")], "value_and_grad", (0,)),
    "W4": (w4, [((10, 16, 16), "f32"), ((10, 16), "f32"), ((1, 16), "f32")], "grad", (0, 1)),
    "GMM": (adbench.gmm, [((25,), "f64"), ((25, 10), "f64"), ((25, 55), "f64"), ((1000, 10), "f64")], "grad", (0, 1, 2)),
    "LSTM": (adbench.lstm, [((4, 56), "f64"), ((3, 14), "f64"), ((4, 14), "f64"), ((1024, 14), "f64")], "grad", (0, 1)),
}


def median_ms(f, args, runs):
    jax.block_until_ready(f(*args))
    t = time.perf_counter()
    jax.block_until_ready(f(*args))
    calls = max(1, int(0.005 / max(time.perf_counter() - t, 1e-7)))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for _ in range(calls):
            jax.block_until_ready(f(*args))
        times.append((time.perf_counter() - t) / calls * 1e3)
    return sorted(times)[runs // 2]


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for name in sys.argv[2:] or list(WORKLOADS):
        f, shapes, form, wrt = WORKLOADS[name]
        args = inputs(shapes)
        d = (jax.value_and_grad if form == "value_and_grad" else jax.grad)(f, argnums=wrt)
        print(name, "%.4f" % median_ms(jax.jit(f), args, runs), "%.4f" % median_ms(jax.jit(d), args, runs), flush=True)


main()
