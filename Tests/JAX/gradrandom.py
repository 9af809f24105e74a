"""gradc's random numbers in Python, from their description (GradTensor/Random.swift): SplitMix64
streams, keys as i32[2] holding a 64-bit seed (high word first), fold_in, split, and what rand,
randn, permutation and dropout draw with a key. Used by Tests/JAX/keys.py and oracle.py."""
import math

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


def dropout(x, rate, k, xp=np):
    """Inverted dropout of the vector x (a NumPy or JAX array; xp its module) with key k."""
    keep = rand(x.shape[0], k) >= rate
    return xp.where(keep, x / (1 - rate), 0.0)
