"""The nested-derivative family of scaling.sh in JAX: the N-th derivative of
tanh(x)*log(1+x^2)+sin(x*e^x) by nested jax.grad under jax.jit, in float64. Prints, per order,
the seconds to trace, compile and make one call, and the lines of lowered StableHLO.

    python3 Examples/benchmarks/tower_jax.py 6 8 10
"""
import sys
import time

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp


def f(x):
    return jnp.tanh(x) * jnp.log(1 + x * x) + jnp.sin(x * jnp.exp(x))


for n in [int(a) for a in sys.argv[1:]] or [6, 8]:
    d = f
    for _ in range(n):
        d = jax.grad(d)
    start = time.time()
    value = jax.jit(d)(0.3).block_until_ready()
    seconds = time.time() - start
    lines = len(jax.jit(d).lower(0.3).as_text().splitlines())
    print(f"order {n}: {seconds:.2f} s, {lines} lines of StableHLO, value {float(value)!r}")
