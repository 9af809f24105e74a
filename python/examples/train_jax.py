"""Trains a small MLP with JAX whose loss is a Grad function (python/tests/model.grad), and
writes the run log that `gradc plot` draws:

    python3 train_jax.py [STEPS] [LOG]      # then: gradc plot run.jsonl -o run.svg
"""

import os
import sys

import jax
import numpy as np

import gradc
import gradc.jax

jax.config.update("jax_enable_x64", True)
m = gradc.compile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "model.grad"))
loss = gradc.jax.primitive(m.loss)          # JAX computes through the library, and back through its VJP
step = jax.jit(jax.value_and_grad(loss))

rng = np.random.default_rng(0)
x = rng.normal(size=(256, 3))
y = np.sin(x @ np.array([1.0, -2.0, 0.5]))
p = {"W": rng.normal(size=(3, 16)) / np.sqrt(3), "b": np.zeros(16), "v": rng.normal(size=16) / 4}
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
with gradc.RunLog(sys.argv[2] if len(sys.argv) > 2 else "run.jsonl") as log:
    for s in range(steps):
        value, g = step(p, x, y)
        p = jax.tree_util.tree_map(lambda a, b: a - 0.2 * b, p, g)
        log.norms(g)
        log.progress(0, s + 1, steps, value)
        if s == 0:
            first = float(value)
print("loss %.4f -> %.4f" % (first, float(loss(p, x, y))))
