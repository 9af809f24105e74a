"""gradc for Python: compile a Grad program into a shared library and call its functions with
NumPy arrays, checked against their Grad signatures.

    import gradc
    m = gradc.compile("model.grad")     # gradc build --lib --export-vjp, cached
    loss = m.loss(W, b, x, y)           # NumPy in, NumPy out
    gW, gb = m.dloss(W, b, x, y)        # the gradient gradc derived

`gradc.jax.primitive(m.loss)` makes a function JAX can differentiate and jit (its backward
pass is the VJP gradc derived).
"""

from ._library import DTYPES, Function, GradcError, Library, compile, load

__all__ = ["compile", "load", "Library", "Function", "GradcError", "DTYPES"]
__version__ = "0.1.0"
