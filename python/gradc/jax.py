"""Grad functions as JAX functions: `primitive(m.loss)` computes m.loss through the library
and is differentiable in reverse mode (jax.grad, jax.vjp) by the VJP gradc derived, under
jax.jit too (through jax.pure_callback; under jax.vmap the call runs once per example).

Arguments and results are JAX arrays with the Grad signature's element types (f64 needs
`jax.config.update("jax_enable_x64", True)`); a record is a dict of its fields, a tuple a
tuple. Forward mode (jax.jvp) is not defined for it, as for any jax.custom_vjp function.
"""

import jax


def primitive(fn, vjp=None):
    """A JAX function computing `fn` (a gradc.Function), whose backward pass calls `vjp`: by
    default the library's VJP of fn with respect to every parameter (gradc.compile exports one
    for every function whose parameters and result are floats)."""
    back = fn._lib.required_vjp(fn, vjp)
    single = len(fn.params) == 1

    def spec(args):
        return fn.result_shapes(*args, make=lambda shape, dtype: jax.ShapeDtypeStruct(shape, dtype))

    def forward(*args):
        return fn._call(args, {}, records_as_dicts=True)

    def backward(*args_and_ct):
        r = back._call(args_and_ct, {}, records_as_dicts=True)
        return (r,) if single else r

    @jax.custom_vjp
    def f(*args):
        return jax.pure_callback(forward, spec(args), *args, vmap_method="sequential")

    def f_fwd(*args):
        return f(*args), args

    def f_bwd(args, ct):
        shapes = jax.tree_util.tree_map(lambda a: jax.ShapeDtypeStruct(a.shape, a.dtype), tuple(args))
        return jax.pure_callback(backward, shapes, *args, ct, vmap_method="sequential")

    f.defvjp(f_fwd, f_bwd)
    f.__name__ = fn.name
    f.__doc__ = fn.signature
    return f
