"""Examples/benchmarks/per_example.grad's by_vmap in JAX: jax.jit(jax.vmap(jax.grad(loss))) of a
64-128-10 softmax MLP over 256 examples in float64, returning the W1 gradients; the median of
the given number of runs (each the mean of enough calls to take 0.2 s) after a warm-up, in
milliseconds per call, as `gradc bench` times by_vmap.

    XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/per_example_jax.py 7
"""
import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp


def loss(p, x, y):
    hid = jnp.tanh(x @ p["W1"] + p["b1"])
    logits = hid @ p["W2"] + p["b2"]
    return jax.nn.logsumexp(logits) - logits[y]


def main(runs):
    f = jax.jit(lambda p, xs, ys: jax.vmap(jax.grad(loss), (None, 0, 0))(p, xs, ys)["W1"])
    k = jax.random.split(jax.random.PRNGKey(0), 4)
    p = {"W1": jax.random.uniform(k[0], (64, 128), jnp.float64, -1, 1), "b1": jnp.zeros(128),
         "W2": jax.random.uniform(k[1], (128, 10), jnp.float64, -1, 1), "b2": jnp.zeros(10)}
    xs = jax.random.uniform(k[2], (256, 64), jnp.float64, -1, 1)
    ys = jax.random.randint(k[3], (256,), 0, 10)
    f(p, xs, ys).block_until_ready()
    times = []
    for _ in range(runs):
        t0, n = time.perf_counter(), 0
        while time.perf_counter() - t0 < 0.2:
            f(p, xs, ys).block_until_ready()
            n += 1
        times.append((time.perf_counter() - t0) / n * 1e3)
    print("jax.jit(jax.vmap(jax.grad)) by_vmap ms %.4f" % sorted(times)[len(times) // 2])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
