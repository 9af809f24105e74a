"""JAX's values and derivatives of gradc's unary ops, for DerivativeTests.

    python3 Tests/JAX/unary_ops.py NAME=X1,X2,... NAME=...

prints one line per op and point: NAME X f(X) f'(X) f''(X), in float64 (repr). A name is looked
up in jax.numpy, jax.nn and jax.scipy.special, after the aliases below (NumPy's spellings,
gelu's exact form).
"""
import sys

import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import jax.scipy.special as special

ALIASES = {
    "neg": jnp.negative,
    "atan": jnp.arctan,
    "asin": jnp.arcsin,
    "acos": jnp.arccos,
    "gelu": lambda x: jax.nn.gelu(x, approximate=False),
    "lgamma": special.gammaln,
    "trigamma": lambda x: special.polygamma(1, x),
}


def lookup(name):
    if name in ALIASES:
        return ALIASES[name]
    for namespace in (jnp, jax.nn, special):
        if hasattr(namespace, name):
            return getattr(namespace, name)
    raise SystemExit(f"no JAX function for {name}")


for arg in sys.argv[1:]:
    name, points = arg.split("=")
    f = lookup(name)
    df = jax.grad(f)
    ddf = jax.grad(df)
    for x in (float(p) for p in points.split(",")):
        print(name, repr(x), repr(float(f(x))), repr(float(df(x))), repr(float(ddf(x))))
