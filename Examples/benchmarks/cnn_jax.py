"""Examples/cnn.grad's loss and its gradient in JAX, under jax.jit, timed as `gradc bench`
times them: batch 100, f32, inputs uniform in [-1, 1], the median of the given number of runs
(each the mean of 20 calls) after a warm-up. Prints milliseconds per call.

    XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/cnn_jax.py 7
"""
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax


def conv(x, w):
    return lax.conv_general_dilated(x, w, (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC"))


def pool(x):
    return lax.reduce_window(x, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")


def predict(p, x):
    img = x.reshape(-1, 8, 8, 1)
    h1 = pool(jax.nn.relu(conv(img, p["K1"]) + p["c1"]))
    h2 = pool(jax.nn.relu(conv(h1, p["K2"]) + p["c2"]))
    return h2.reshape(-1, 128) @ p["W"] + p["b"]


def loss(p, x, y):
    z = predict(p, x)
    return jnp.mean(jax.nn.logsumexp(z, axis=-1) - jnp.take_along_axis(z, y[:, None], 1)[:, 0])


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    r = np.random.default_rng(0)
    shapes = [("K1", (3, 3, 1, 16)), ("c1", (16,)), ("K2", (3, 3, 16, 32)), ("c2", (32,)), ("W", (128, 10)), ("b", (10,))]
    p = {k: jnp.asarray(r.uniform(-1, 1, s).astype(np.float32)) for k, s in shapes}
    x = jnp.asarray(r.uniform(-1, 1, (100, 64)).astype(np.float32))
    y = jnp.asarray(r.integers(0, 10, 100).astype(np.int32))
    print("JAX %s jit, median of %d runs" % (jax.__version__, runs))
    for name, f in [("loss", jax.jit(loss)), ("dloss", jax.jit(jax.grad(loss)))]:
        jax.block_until_ready(f(p, x, y))
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            for _ in range(20):
                jax.block_until_ready(f(p, x, y))
            times.append((time.perf_counter() - t) / 20 * 1e3)
        print("%-6s %8.3f ms" % (name, sorted(times)[len(times) // 2]))


main()
