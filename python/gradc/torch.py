"""Grad functions as PyTorch functions: `primitive(m.loss)` computes m.loss through the library
and is differentiable by autograd (loss.backward(), torch.autograd.grad), its backward pass
being the VJP gradc derived.

Arguments are torch tensors (or NumPy arrays and Python numbers, which get no gradient) with
the Grad signature's element types (f64 is torch.float64: `.double()`); a record is a dict of
its fields or an object with them as attributes (the library's dataclass, an nn.Module's
parameters gathered in a dict), a tuple a tuple. Results are tensors on the device of the
first tensor argument (the library computes on the CPU), records as dicts. The backward pass
is not itself differentiable: backward with create_graph=True raises rather than give a zero
second derivative (derive those in Grad).
"""

from collections.abc import Mapping

import numpy as np
import torch


def primitive(fn, vjp=None):
    """A PyTorch function computing `fn` (a gradc.Function), whose backward pass calls `vjp`: by
    default the library's VJP of fn with respect to every parameter (gradc.compile exports one
    for every function whose parameters and result are floats)."""
    back = fn._lib.required_vjp(fn, vjp)
    lib, names = fn._lib, [p["name"] for p in fn.params]
    types = [p["type"] for p in fn.params]

    def structured(flat):
        """The arguments as the library takes them, from their leaves (NumPy arrays)."""
        leaves = iter(flat)
        return tuple(fn._build(t, leaves, records_as_dicts=True, raw=True) for t in types)

    class Call(torch.autograd.Function):
        @staticmethod
        def forward(ctx, device, *flat):
            arrays = [_numpy(x) for x in flat]
            ctx.device = device
            ctx.save_for_backward(*flat)
            result = fn._call(structured(arrays), {}, records_as_dicts=True)
            return tuple(_tensor(x, device) for x in _leaves(lib, fn.result, result))

        @staticmethod
        def backward(ctx, *cts):
            if torch.is_grad_enabled():
                # create_graph=True: a backward pass through NumPy would be a constant to
                # autograd, so a second derivative would silently be zero.
                raise RuntimeError("the backward pass of %s (a gradc primitive) is not differentiable: derive higher "
                                   "derivatives in Grad (fn h = hessian(%s) or grad(grad(...))) and call them" % (fn.name, fn.name))
            flat = ctx.saved_tensors
            ct = fn._build(fn.result, iter([_numpy(c) for c in cts]), records_as_dicts=True, raw=True)
            grads = back._call(structured([_numpy(x) for x in flat]) + (ct,), {}, records_as_dicts=True)
            if len(types) == 1:
                grads = (grads,)
            leaves = [g for t, value in zip(types, grads) for g in _leaves(lib, t, value)]
            return (None,) + tuple(_tensor(g, x.device) for g, x in zip(leaves, flat))

    def f(*args, **kwargs):
        if len(args) > len(names):
            raise TypeError("%s takes %d arguments, got %d (%s)" % (fn.name, len(names), len(args), fn.signature))
        values = dict(zip(names, args))
        for k, v in kwargs.items():
            if k in values:
                raise TypeError("%s got argument '%s' twice" % (fn.name, k))
            values[k] = v
        # Checked as the library checks NumPy arguments (types, ranks, size names), with the
        # same messages, before anything is recorded for autograd.
        given = dict(zip(names, types))
        fn._check((), {k: _for_check(lib, given[k], v) if k in given else v for k, v in values.items()})
        flat = [x for n, t in zip(names, types) for x in _leaves(lib, t, values[n])]
        device = next((x.device for x in flat if isinstance(x, torch.Tensor)), torch.device("cpu"))
        flat = [x if isinstance(x, torch.Tensor) else torch.as_tensor(np.asarray(x)) for x in flat]
        out = Call.apply(device, *flat)
        return fn._build(fn.result, iter(out), records_as_dicts=True, raw=True)

    f.__name__ = fn.name
    f.__doc__ = fn.signature
    return f


def _leaves(lib, t, value):
    """The tensors of a value of Grad type t, in the C ABI's order (records read as mappings
    or by attribute)."""
    if "tensor" in t:
        return [value]
    if "tuple" in t:
        return [x for item, v in zip(t["tuple"], value) for x in _leaves(lib, item, v)]
    fields = lib._record_fields[t["record"]]
    get = (lambda name: value[name]) if isinstance(value, Mapping) else (lambda name: getattr(value, name))
    return [x for f in fields for x in _leaves(lib, f["type"], get(f["name"]))]


def _for_check(lib, t, value):
    """A value of Grad type t with its torch tensors as NumPy arrays and its records as dicts,
    for the library's argument check (which then names what is missing or wrong)."""
    if "tensor" in t:
        return _numpy(value) if isinstance(value, torch.Tensor) else value
    if "tuple" in t:
        if not isinstance(value, (tuple, list)) or len(value) != len(t["tuple"]):
            return value
        return tuple(_for_check(lib, item, v) for item, v in zip(t["tuple"], value))
    out = {}
    for f in lib._record_fields[t["record"]]:
        name = f["name"]
        if isinstance(value, Mapping) and name in value:
            out[name] = _for_check(lib, f["type"], value[name])
        elif not isinstance(value, Mapping) and hasattr(value, name):
            out[name] = _for_check(lib, f["type"], getattr(value, name))
    return out


def _numpy(x):
    return x.detach().cpu().numpy() if isinstance(x, torch.Tensor) else np.asarray(x)


def _tensor(a, device):
    return torch.as_tensor(np.asarray(a)).to(device)
