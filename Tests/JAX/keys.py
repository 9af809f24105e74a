"""The numbers Tests/Cases/builtins/keys_dropout.grad prints, computed again: gradc's generator
(SplitMix64, keys as i32[2] holding a 64-bit seed, fold_in, split; GradTensor/Random.swift)
re-implemented here in Python integers from its description, and the derivatives of the
program's dropout network by JAX in float64 with the masks that generator draws.

    python3 Tests/JAX/keys.py
"""
import math

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np

from gradrandom import dropout, fold_in, key, permutation, rand, randn, split

k = key(1)
print(k, key(-2), key(2147483647))
k1, k2 = split(k, 2)
print(k1, k2)
print(split(k, 3), fold_in(k, 5), [[fold_in(k, d) for d in row] for row in [[0, 1], [2, 3]]])
print(rand(4, k1), randn(3, k2), permutation(6, k1))
print((2 * rand(4, k2) - 1) * math.sqrt(6 / 4))
x = np.array([0.5, -1.0, 2.0])
print(dropout(x, 0.5, k1), x, x, [0.0, 0.0, 0.0])

masks = [rand(3, fold_in(k2, step)) >= 0.25 for step in range(5)]


def net(W, b, x):
    h = x
    for m in masks:
        h = jnp.where(m, jnp.tanh(h @ W + b) / 0.75, 0.0)
    out = jnp.sum(h * h)
    return jnp.where(out > 100.0, out * 0.0, out)


W = np.sin(np.arange(9.0)).reshape(3, 3) * 0.8
b = np.array([0.1, -0.2, 0.3])
print(np.round(net(W, b, x), 10))
gW, gb = jax.grad(net, argnums=(0, 1))(W, b, x)
print(np.round(gW, 10), np.round(gb, 10))
v, t = jax.jvp(lambda x: net(W, b, x), (x,), (np.array([1.0, 0.5, -0.25]),))
print(np.round(v, 10), np.round(t, 10))
