"""gradc for Python: compile a Grad program into a shared library and call its functions with
NumPy arrays, checked against their Grad signatures.

    import gradc
    m = gradc.compile("model.grad")     # gradc build --lib --export-vjp, cached
    loss = m.loss(W, b, x, y)           # NumPy in, NumPy out
    gW, gb = m.dloss(W, b, x, y)        # the gradient gradc derived

`gradc.jax.primitive(m.loss)` makes a function JAX can differentiate and jit, and
`gradc.torch.primitive(m.loss)` one PyTorch's autograd can (their backward pass is the VJP
gradc derived). `gradc.RunLog` writes a Python training loop's run log for `gradc plot`.
"""

from ._library import DTYPES, Function, GradcError, Library, compile, load
from .log import RunLog

__all__ = ["compile", "load", "Library", "Function", "GradcError", "DTYPES", "RunLog"]
__version__ = "0.1.0"
