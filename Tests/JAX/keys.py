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

M64 = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15


def mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


class Stream:
    def __init__(self, seed):
        self.state = seed & M64

    def next(self):
        self.state = (self.state + GOLDEN) & M64
        return mix(self.state)

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53


def i32(w):
    w &= 0xFFFFFFFF
    return w - (1 << 32) if w >= 1 << 31 else w


def key(s):
    return [-1 if s < 0 else 0, s]


def seed64(k):
    return ((k[0] & 0xFFFFFFFF) << 32) | (k[1] & 0xFFFFFFFF)


def fold_in(k, d):
    z = mix((mix(seed64(k)) + ((d & 0xFFFFFFFF) + 1) * GOLDEN) & M64)
    return [i32(z >> 32), i32(z)]


def split(k, n):
    return [fold_in(k, i) for i in range(n)]


def rand(n, k):
    g = Stream(seed64(k))
    return np.array([g.uniform() for _ in range(n)])


def randn(n, k):
    g, v = Stream(seed64(k)), []
    while len(v) < n:
        u1, u2 = g.uniform(), g.uniform()
        r, t = math.sqrt(-2 * math.log(1 - u1)), 2 * math.pi * u2
        v += [r * math.cos(t), r * math.sin(t)]
    return np.array(v[:n])


def permutation(n, k):
    g, p = Stream(seed64(k)), list(range(n))
    for i in range(n - 1, 0, -1):
        j = g.next() % (i + 1)
        p[i], p[j] = p[j], p[i]
    return p


def dropout(x, rate, k):
    keep = rand(len(x), k) >= rate
    return np.where(keep, x / (1 - rate), 0.0)


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
