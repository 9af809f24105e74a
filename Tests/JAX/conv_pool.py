"""JAX's values for Tests/Cases/builtins/conv_pool.grad, in float64, printed in the order and
shape the program prints them (DerivativeTests compares the two number by number).

    python3 Tests/JAX/conv_pool.py

conv2d is lax.conv_general_dilated with dimension numbers (NHWC, HWIO, NHWC); max_pool and
avg_pool are lax.reduce_window (max with -inf padding; add, divided by the window's size).
"""
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np
from jax import lax


def pads(padding):
    return padding if isinstance(padding, str) else [tuple(p) for p in padding]


def conv2d(x, w, stride=(1, 1), padding="VALID", dilation=(1, 1)):
    return lax.conv_general_dilated(x, w, stride, pads(padding), rhs_dilation=dilation,
                                    dimension_numbers=("NHWC", "HWIO", "NHWC"))


def window(x, init, op, win, stride, padding):
    p = padding if isinstance(padding, str) else [(0, 0)] + [tuple(q) for q in padding] + [(0, 0)]
    return lax.reduce_window(x, init, op, (1,) + win + (1,), (1,) + stride + (1,), p)


def max_pool(x, win=(2, 2), stride=(2, 2), padding="VALID"):
    return window(x, -jnp.inf, lax.max, win, stride, padding)


def avg_pool(x, win=(2, 2), stride=(2, 2), padding="VALID"):
    return window(x, 0.0, lax.add, win, stride, padding) / (win[0] * win[1])


def block(p, x):
    return jnp.tanh(conv2d(x, p["K2"], padding=[[0, 1], [1, 0]]))


def f(p, x):
    a = conv2d(x, p["K1"], padding="SAME") + p["b1"]
    h = max_pool(a, (2, 1), (1, 1))
    for i in range(3):
        h = h + 0.5 * block(p, h) if i == 1 else block(p, h) * h
    s = avg_pool(h, (3, 3), (2, 2), "SAME")
    d = conv2d(h, p["K3"], stride=(2, 1), dilation=(2, 2))
    m = max_pool(jnp.sin(h), (3, 3), (2, 2), [[1, 1], [1, 1]])
    return jnp.sum(s * s) + jnp.sum(d) + jnp.sum(m * s)


def main():
    np.set_printoptions(precision=8)
    x = jnp.sin(jnp.arange(168.0).reshape(2, 7, 6, 2) * 0.37)
    p = {"K1": jnp.cos(jnp.arange(54.0).reshape(3, 3, 2, 3) * 0.21) * 0.4,
         "b1": jnp.array([0.1, -0.2, 0.05]),
         "K2": jnp.sin(jnp.arange(36.0).reshape(2, 2, 3, 3) * 0.5) * 0.3,
         "K3": jnp.cos(jnp.arange(27.0).reshape(3, 3, 3, 1) * 0.7) * 0.3}
    print(repr(float(f(p, x))))
    gp, gx = jax.grad(f, argnums=(0, 1))(p, x)
    print(np.asarray(gp["K1"][1, 2]))
    print(np.asarray(gp["b1"]))
    print(np.asarray(gp["K2"][0, 1]))
    print(np.asarray(gp["K3"][:, :, 2, 0]))
    print(np.asarray(gx[1, 3]))
    _, t = jax.jvp(lambda q: f(q, x), (p,), (gp,))
    print(repr(float(t)))
    hx = jax.jvp(lambda y: jax.grad(f, argnums=1)(p, y), (x,), (x,))[1]
    print(repr(float(jnp.sum(hx * x))), np.asarray(hx[0, 2, 1]))


main()
