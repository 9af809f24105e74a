"""Loading a gradc shared library and calling its functions with NumPy arrays.

A library built by `gradc build --lib` describes itself: `gradc_manifest()` returns JSON with
every exported function's parameters, size names and result as Grad types. A call checks each
argument against its type (element type, rank, and every dim against the size names the
arguments bind, as gradc does), so the C function never reads a buffer of the wrong size, then
allocates the results from the sizes, calls the C ABI

    int gradc_NAME(inputs..., sizes..., outputs...)

and turns a nonzero return into a GradcError carrying the library's message. ctypes releases
the GIL for the call and the library keeps its state per thread, so calls from many threads run
at once.
"""

import ast
import ctypes
import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from fractions import Fraction

import numpy as np

DTYPES = {"f32": np.dtype(np.float32), "f64": np.dtype(np.float64), "i32": np.dtype(np.int32), "bool": np.dtype(np.bool_)}


class GradcError(RuntimeError):
    """gradc failed to compile a program, or a library function reported an error."""


def _executable():
    exe = os.environ.get("GRADC") or shutil.which("gradc")
    if not exe:
        raise GradcError("cannot find the gradc executable: put it on PATH or set GRADC=/path/to/gradc")
    return exe


def _cache_dir():
    if os.environ.get("GRADC_PYTHON_CACHE"):
        return os.environ["GRADC_PYTHON_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gradc", "python")


def compile(path, *, flags=(), cache_dir=None):
    """Builds the Grad program at `path` into a shared library and loads it.

    Runs `gradc build --lib --export-vjp` (the VJPs are what `gradc.jax.primitive` calls), with
    any extra `flags` (for example ["--threads", "2"] is not for libraries; ["-O2"] is). The
    library is kept in a cache keyed by the program's text, the flags and the gradc executable,
    so compiling an unchanged program again only loads it. A compile error raises GradcError
    with gradc's diagnostics (file:line:col: error: ...).
    """
    path = os.fspath(path)
    with open(path, "rb") as f:
        source = f.read()
    exe = _executable()
    st = os.stat(exe)
    key = hashlib.sha256(b"\0".join([source, os.path.abspath(exe).encode(), str(st.st_size).encode(),
                                     str(st.st_mtime_ns).encode()] + [str(x).encode() for x in flags])).hexdigest()[:20]
    stem = os.path.splitext(os.path.basename(path))[0]
    folder = os.path.join(cache_dir or _cache_dir(), key)
    lib = os.path.join(folder, "lib%s.so" % stem)
    if not os.path.exists(lib):
        os.makedirs(folder, exist_ok=True)
        run = subprocess.run([exe, "build", "--lib", "--export-vjp", *flags, path, "-o", lib],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            raise GradcError((run.stderr or run.stdout).strip())
    return load(lib)


def load(path):
    """Loads a library that `gradc build --lib` made."""
    return Library(path)


class Library:
    """A loaded library: its functions are attributes (`m.loss(...)`), and so are the record
    types its functions use, as dataclasses (`m.MLP(W1=..., b1=...)`)."""

    def __init__(self, path):
        self.path = os.path.abspath(os.fspath(path))
        self._dll = ctypes.CDLL(self.path)
        try:
            manifest = self._dll.gradc_manifest
        except AttributeError:
            raise GradcError("'%s' has no gradc_manifest(): build it with `gradc build --lib` of this version" % path) from None
        manifest.restype = ctypes.c_char_p
        manifest.argtypes = []
        self.manifest = json.loads(manifest().decode("utf-8"))
        self._dll.gradc_last_error.restype = ctypes.c_char_p
        self._dll.gradc_last_error.argtypes = []
        self.records = {}
        for name, fields in self.manifest["records"].items():
            cls = dataclasses.make_dataclass(name, [f["name"] for f in fields])
            cls.__module__ = "gradc.records"
            self.records[name] = cls
        self._record_fields = self.manifest["records"]
        self.functions = {f["name"]: Function(self, f) for f in self.manifest["functions"]}

    def __getattr__(self, name):
        functions = self.__dict__.get("functions", {})
        if name in functions:
            return functions[name]
        records = self.__dict__.get("records", {})
        if name in records:
            return records[name]
        raise AttributeError("'%s' has no function or record named '%s' (its functions: %s)"
                             % (os.path.basename(self.__dict__.get("path", "?")), name, ", ".join(functions)))

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(self.functions) | set(self.records))

    def vjp_of(self, fn):
        """The library's VJP of `fn` with respect to every parameter, or None."""
        names = [p["name"] for p in fn.params]
        for g in self.functions.values():
            d = g.derived
            if d and d["transform"] == "vjp" and d["base"] == fn.name and d["wrt"] == names:
                return g
        return None

    def required_vjp(self, fn, vjp=None):
        """`vjp`, or the library's VJP of `fn`; a GradcError saying how to get one when there is
        none (what the framework adapters call for their backward pass)."""
        back = vjp or self.vjp_of(fn)
        if back is None:
            raise GradcError("%s has no VJP in %s: its parameters and result must all be floats, and the library built "
                             "by gradc.compile (or add `fn %s_vjp = vjp(%s)` to the program)" % (fn.name, self.path, fn.name, fn.name))
        return back

    def _last_error(self):
        return self._dll.gradc_last_error().decode("utf-8", "replace")

    def _leaves(self, t):
        """The tensor types of a type, in the C ABI's order."""
        if "tensor" in t:
            return [t]
        if "tuple" in t:
            return [x for item in t["tuple"] for x in self._leaves(item)]
        return [x for f in self._record_fields[t["record"]] for x in self._leaves(f["type"])]


def _type_text(t):
    dims = ", ".join(str(d) for d in t["dims"])
    return t["tensor"] + ("[%s]" % dims if t["dims"] else "")


class _Dim:
    """A dim of a signature: an integer, or a size expression in Grad's syntax (n, n + 1,
    2 * m, d * (d + 1) / 2), evaluated exactly."""

    def __init__(self, d):
        self.text = str(d)
        self.tree = None if isinstance(d, int) else ast.parse(d, mode="eval").body
        self.value = d if isinstance(d, int) else None
        self.names = set() if self.tree is None else {n.id for n in ast.walk(self.tree) if isinstance(n, ast.Name)}
        self.plain = self.tree.id if isinstance(self.tree, ast.Name) else None

    def evaluate(self, sizes):
        """The dim's value, None when a name is unbound, or a Fraction when not whole."""
        if self.value is not None:
            return self.value

        def ev(n):
            if isinstance(n, ast.Constant):
                return Fraction(n.value)
            if isinstance(n, ast.Name):
                if n.id not in sizes:
                    raise KeyError(n.id)
                return Fraction(sizes[n.id])
            if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
                return -ev(n.operand)
            if isinstance(n, ast.BinOp):
                a, b = ev(n.left), ev(n.right)
                if isinstance(n.op, ast.Add):
                    return a + b
                if isinstance(n.op, ast.Sub):
                    return a - b
                if isinstance(n.op, ast.Mult):
                    return a * b
                if isinstance(n.op, ast.Div):
                    return a / b
            raise GradcError("cannot read the size expression '%s'" % self.text)

        try:
            v = ev(self.tree)
        except KeyError:
            return None
        return int(v) if v.denominator == 1 else v


class Function:
    """A function of a library. Call it with NumPy arrays (or anything np.asarray takes) in the
    order of its Grad parameters, or by their names. Returns NumPy arrays: a scalar as a NumPy
    scalar, a tuple as a tuple, a record as the library's dataclass."""

    def __init__(self, lib, spec):
        self._lib = lib
        self.name = spec["name"]
        self.signature = spec["signature"]
        self.params = spec["params"]
        self.sizes = spec["sizes"]
        self.result = spec["result"]
        self.derived = spec.get("derived")
        self._inputs = [t for p in self.params for t in lib._leaves(p["type"])]
        self._outputs = lib._leaves(self.result)
        # the dims parsed once, in the order _flatten visits the tensors
        self._input_dims = [[_Dim(d) for d in t["dims"]] for t in self._inputs]
        self._output_dims = [[_Dim(d) for d in t["dims"]] for t in self._outputs]
        self._c = getattr(lib._dll, spec["symbol"])
        self._c.restype = ctypes.c_int
        self._c.argtypes = ([ctypes.c_void_p] * len(self._inputs) + [ctypes.c_int64] * len(self.sizes)
                            + [ctypes.c_void_p] * len(self._outputs))
        self.__doc__ = self.signature

    def __repr__(self):
        return "<gradc function %s>" % self.signature

    def __call__(self, *args, **kwargs):
        return self._call(args, kwargs, records_as_dicts=False)

    def _call(self, args, kwargs, records_as_dicts):
        arrays, sizes = self._check(args, kwargs)
        outs = [np.empty(self._shape(ds, sizes), dtype=DTYPES[t["tensor"]]) for t, ds in zip(self._outputs, self._output_dims)]
        ptrs = [a.ctypes.data for a in arrays] + [sizes[s] for s in self.sizes] + [o.ctypes.data for o in outs]
        if self._c(*ptrs):
            raise GradcError("%s: %s" % (self.name, self._lib._last_error()))
        return self._build(self.result, iter(outs), records_as_dicts)

    def result_shapes(self, *args, make=lambda shape, dtype: (shape, dtype), **kwargs):
        """The results' shapes and element types for these arguments, without calling: the
        structure a call returns (records as dicts), with make(shape, dtype) for each array.
        The arguments need only a shape and a dtype (JAX's tracers and ShapeDtypeStructs do)."""
        _, sizes = self._check(args, kwargs, convert=False)
        leaves = iter([make(self._shape(ds, sizes), DTYPES[t["tensor"]]) for t, ds in zip(self._outputs, self._output_dims)])
        return self._build(self.result, leaves, records_as_dicts=True, raw=True)

    # -- arguments ---------------------------------------------------------------------------

    def _check(self, args, kwargs, convert=True):
        names = [p["name"] for p in self.params]
        if len(args) > len(names):
            raise TypeError("%s takes %d arguments, got %d (%s)" % (self.name, len(names), len(args), self.signature))
        values = dict(zip(names, args))
        sizes = {}
        for k, v in kwargs.items():
            if k in values:
                raise TypeError("%s got argument '%s' twice" % (self.name, k))
            if k in names:
                values[k] = v
            else:
                raise TypeError("%s has no parameter or size named '%s' (%s)" % (self.name, k, self.signature))
        missing = [n for n in names if n not in values]
        if missing:
            raise TypeError("%s is missing argument%s %s (%s)" % (self.name, "s" if len(missing) > 1 else "",
                                                                   ", ".join("'%s'" % n for n in missing), self.signature))
        leaves = []   # (what, type, array)
        for p in self.params:
            self._flatten(p["type"], values[p["name"]], p["name"], leaves, convert)
        dims = self._input_dims

        def mismatch(what, t, a, ds):
            known = sorted({n for d in ds for n in d.names if n in sizes})
            note = " (%s)" % ", ".join("%s = %d" % (n, sizes[n]) for n in known) if known else ""
            return ValueError("%s has shape %s, expected %s%s" % (what, tuple(a.shape), _type_text(t), note))

        # Ranks, then the size names a dim gives by itself, then those an affine dim gives
        # (2 * m, n + 1), then every dim checked.
        for (what, t, a), ds in zip(leaves, dims):
            if len(a.shape) != len(ds):
                raise ValueError("%s has rank %d, expected %s" % (what, len(a.shape), _type_text(t)))
        for (what, t, a), ds in zip(leaves, dims):
            for d, n in zip(ds, a.shape):
                if d.plain and d.plain not in sizes:
                    sizes[d.plain] = int(n)
        for (what, t, a), ds in zip(leaves, dims):
            for d, n in zip(ds, a.shape):
                unknown = [x for x in d.names if x not in sizes]
                if len(unknown) == 1:
                    u = unknown[0]
                    f = [d.evaluate(dict(sizes, **{u: k})) for k in (0, 1, 2)]
                    slope = f[1] - f[0]
                    if slope != 0 and f[2] - f[1] == slope:
                        m = Fraction(int(n) - f[0]) / slope
                        if m.denominator != 1 or m < 0:
                            raise mismatch(what, t, a, ds)
                        sizes[u] = int(m)
        for (what, t, a), ds in zip(leaves, dims):
            for d, n in zip(ds, a.shape):
                v = d.evaluate(sizes)
                if v is not None and v != n:
                    raise mismatch(what, t, a, ds)
        for s in self.sizes:
            if s not in sizes:
                raise TypeError("size %s of %s is not given by any argument (%s)" % (s, self.name, self.signature))
        return [a for _, _, a in leaves], sizes

    def _flatten(self, t, value, path, out, convert=True):
        what = "argument '%s' of %s" % (path, self.name)
        if "tensor" in t:
            out.append((what, t, _array(value, t, what, convert)))
        elif "tuple" in t:
            if not isinstance(value, (tuple, list)) or len(value) != len(t["tuple"]):
                raise TypeError("%s must be a tuple of %d items" % (what, len(t["tuple"])))
            for k, (item, v) in enumerate(zip(t["tuple"], value)):
                self._flatten(item, v, "%s[%d]" % (path, k), out, convert)
        else:
            name = t["record"]
            for f in self._lib._record_fields[name]:
                if isinstance(value, Mapping):
                    if f["name"] not in value:
                        raise TypeError("%s has no field '%s' (record %s has fields %s)" % (what, f["name"], name, ", ".join(x["name"] for x in self._lib._record_fields[name])))
                    v = value[f["name"]]
                elif hasattr(value, f["name"]):
                    v = getattr(value, f["name"])
                else:
                    raise TypeError("%s has no field '%s' (record %s has fields %s)" % (what, f["name"], name, ", ".join(x["name"] for x in self._lib._record_fields[name])))
                self._flatten(f["type"], v, "%s.%s" % (path, f["name"]), out, convert)

    # -- results -----------------------------------------------------------------------------

    def _shape(self, dims, sizes):
        return tuple(d.evaluate(sizes) for d in dims)

    def _build(self, t, leaves, records_as_dicts=False, raw=False):
        if "tensor" in t:
            x = next(leaves)
            return x if raw or x.ndim else x[()]
        if "tuple" in t:
            return tuple(self._build(item, leaves, records_as_dicts, raw) for item in t["tuple"])
        fields = {f["name"]: self._build(f["type"], leaves, records_as_dicts, raw) for f in self._lib._record_fields[t["record"]]}
        return fields if records_as_dicts else self._lib.records[t["record"]](**fields)


def _array(value, t, what, convert=True):
    """`value` as a C-ordered array of t's element type: an array (NumPy's, or anything with
    __array__) must have that type already; Python numbers and lists are converted when the
    conversion keeps their kind (ints to floats, not floats to ints). Without `convert`, an
    object with a shape and a dtype is checked and returned as it is."""
    want = DTYPES[t["tensor"]]
    if not convert and hasattr(value, "shape") and hasattr(value, "dtype"):
        if np.dtype(value.dtype) != want:
            raise TypeError("%s has element type %s, expected %s" % (what, np.dtype(value.dtype), _type_text(t)))
        return value
    if isinstance(value, (np.ndarray, np.generic)) or hasattr(value, "__array__"):
        a = np.asarray(value)
        if a.dtype != want:
            raise TypeError("%s has element type %s, expected %s (convert it with .astype(np.%s))" % (what, a.dtype, _type_text(t), want.name))
    else:
        a = np.asarray(value)
        if a.dtype == object or not np.can_cast(a.dtype, want, casting="same_kind") or (want == np.bool_) != (a.dtype == np.bool_):
            raise TypeError("%s is %r, which is not %s" % (what, value, _type_text(t)))
        converted = a.astype(want)
        if want.kind == "i" and not np.array_equal(converted, a):
            raise TypeError("%s has integers out of the range of i32" % what)
        a = converted
    return a if a.flags.c_contiguous else a.copy(order="C")   # np.ascontiguousarray makes a 0-d array 1-d
