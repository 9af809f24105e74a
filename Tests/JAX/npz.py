"""NumPy's and JAX's values for Tests/Cases/io/npz.grad: the archives read with np.load, the
gradient by jax.grad in float64 (the program's is in float32, printed to 5 decimals), printed
in the order the program prints them (DerivativeTests compares the two number by number).

    python3 Tests/JAX/npz.py
"""
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np

m = np.load("Tests/Cases/io/data/model.npz")
print(m["first/W"])
print(m["first/b"], m["scale"], m["labels"], m["mask"])
d = np.load("Tests/Cases/io/data/compressed.npz")
print(np.round(d["x"].sum(), 8), d["x"][1], list(d["z"].shape), d["y"].sum(), d["y"][7])
print(m["labels"])


def loss(W, b, x):
    return sum(jnp.sum(jnp.tanh((x * (i + 1)) @ W + b)) for i in range(2))


W, b = m["first/W"].astype(np.float64), m["first/b"].astype(np.float64)
gW, gb = jax.grad(loss, argnums=(0, 1))(W, b, jnp.array([1.0, -1.0]))
print(6 + 3, 2 * m["scale"], m["labels"] + 1, ~m["mask"])
print(np.round(b - 0.5 * gb, 5), np.round(W[1] - 0.5 * gW[1], 5))
