#!/usr/bin/env python3
"""An oracle for gradc's derivatives besides finite differences: JAX in float64.

Takes programs written by the random-program generator (Tests/GradTests/RandomProgramTests.swift,
whose batches are kept as DIR/batchN/program.grad), translates each function and each derived
function declaration to JAX, evaluates them at the same inputs, and compares every element of
every result with what gradc prints for them (its VM by default, `--native` for the executable).

    python3 Tests/JAX/oracle.py [--gradc PATH] [--native] [--rtol 1e-9] PROGRAM.grad...

The translation covers the generator's language (expressions are already Python with `@`;
statements, records, tuples, element assignment and the derived forms are rewritten); a custom
derivative is dropped, so JAX differentiates its function itself and the hand-written rule is
checked too. Exit status 0 when every program agrees, 1 when one disagrees, 2 on a usage error
or when JAX is not installed.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zlib

import gradrandom

try:
    import numpy as np
    import jax
    import jax.numpy as jnp
    from jax.scipy.special import logsumexp as _logsumexp
except ImportError:
    print("oracle.py: needs numpy and jax (pip install numpy jax)", file=sys.stderr)
    sys.exit(2)

jax.config.update("jax_enable_x64", True)


# ---------------------------------------------------------------------------------------------
# The built-ins the generated programs use, with Grad's conventions.

@jax.tree_util.register_pytree_node_class
class Record:
    """A Grad record: fields in declaration order; arithmetic applies to every field."""
    fields = ()

    def __init__(self, **kw):
        self.values = tuple(kw[f] for f in self.fields)

    def __getattr__(self, name):
        if name in type(self).fields:
            return self.values[type(self).fields.index(name)]
        raise AttributeError(name)

    def tree_flatten(self):
        return self.values, None

    @classmethod
    def tree_unflatten(cls, aux, values):
        r = cls.__new__(cls)
        r.values = tuple(values)
        return r

    def replace(self, name, value):
        """A copy with one field replaced (Grad's `p.f = v`)."""
        r = type(self).__new__(type(self))
        r.values = tuple(value if f == name else v for f, v in zip(type(self).fields, self.values))
        return r

    def _map(self, other, op):
        if isinstance(other, Record):
            return jax.tree_util.tree_map(op, self, other)
        return jax.tree_util.tree_map(lambda a: op(a, other), self)

    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)


def A(xs):
    """A bracketed literal: numbers are an f64 array; anything else stays a list (of parts)."""
    if all(isinstance(e, (int, float)) for e in xs) and any(isinstance(e, float) for e in xs):
        return jnp.array(xs, dtype=jnp.float64)
    if xs and all(isinstance(e, int) for e in xs):
        return jnp.array(xs, dtype=jnp.int32)   # an index tensor, or a shape (read as ints)
    return list(xs)


BUILTINS = {
    "jnp": jnp, "jax": jax, "A": A, "Record": Record,
    "tanh": jnp.tanh, "sin": jnp.sin, "cos": jnp.cos, "exp": jnp.exp, "log": jnp.log, "log1p": jnp.log1p,
    "sqrt": jnp.sqrt, "abs": jnp.abs, "square": jnp.square, "sigmoid": jax.nn.sigmoid,
    "softplus": jax.nn.softplus, "gelu": lambda x: jax.nn.gelu(x, approximate=False), "relu": jax.nn.relu,
    "pow": jnp.power, "maximum": jnp.maximum, "minimum": jnp.minimum, "erf": jax.scipy.special.erf,
    "atan2": jnp.arctan2, "logaddexp": jnp.logaddexp, "lgamma": jax.scipy.special.gammaln,
    "digamma": jax.scipy.special.digamma, "log2": jnp.log2, "exp2": jnp.exp2, "asinh": jnp.arcsinh,
    "atanh": jnp.arctanh, "acosh": jnp.arccosh, "tan": jnp.tan, "tril": lambda x, k=0: jnp.tril(x, k), "triu": lambda x, k=0: jnp.triu(x, k),
    "sum": lambda x, axis=None, keepdims=False: jnp.sum(x, axis=axis, keepdims=keepdims),
    "mean": lambda x, axis=None, keepdims=False: jnp.mean(x, axis=axis, keepdims=keepdims),
    "prod": lambda x, axis=None, keepdims=False: jnp.prod(x, axis=axis, keepdims=keepdims),
    "logsumexp": lambda x, axis=None: _logsumexp(x, axis=axis),
    "norm": lambda x, axis=None: jnp.sqrt(jnp.sum(x * x, axis=axis)),
    "dot": jnp.dot, "outer": jnp.outer, "transpose": lambda x, axes=None: jnp.transpose(x, axes),
    "reshape": lambda x, shape: jnp.reshape(x, tuple(int(d) for d in shape)),
    "concat": lambda xs, axis=0: jnp.concatenate(xs, axis=axis),
    "stack": lambda xs, axis=0: jnp.stack(xs, axis=axis),
    "softmax": lambda x, axis=-1: jax.nn.softmax(x, axis=axis),
    "f64": lambda v: jnp.asarray(v, dtype=jnp.float64),
    "key": gradrandom.key, "dropout": lambda x, rate, k: gradrandom.dropout(x, rate, k, xp=jnp),
    "set_index": lambda x, i, v: x.at[i].set(v),
    "zeros": lambda shape: jnp.zeros(tuple(int(d) for d in shape)),
    "ones": lambda shape: jnp.ones(tuple(int(d) for d in shape)),
    # the data-parallel built-ins on one process
    "allreduce_mean": lambda x: x, "allreduce_sum": lambda x: x, "broadcast": lambda x, root=0: x,
    "world_size": lambda: 1, "rank": lambda: 0,
}


# ---------------------------------------------------------------------------------------------
# Translation of Grad source to Python.

def split_top(s, sep=","):
    """Splits at `sep` outside brackets."""
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def expr(e):
    """A Grad expression as Python: labeled arguments, bracketed literals."""
    e = re.sub(r"\b([A-Za-z_]\w*): ", r"\1=", e)          # axis: 0, a: x (slices have no space)
    out, i = "", 0
    while i < len(e):
        ch = e[i]
        if ch == "[":
            prev = out.rstrip()[-1:] if out.rstrip() else ""
            if not (prev.isalnum() or (prev and prev in ")]_")):  # not an index: a literal
                out += "A(["
                depth, i = 1, i + 1
                start = i
                while depth:
                    if e[i] == "[":
                        depth += 1
                    elif e[i] == "]":
                        depth -= 1
                    i += 1
                out += expr(e[start:i - 1]) + "])"
                continue
        out += ch
        i += 1
    return out


def translate(src):
    """Returns (python source, {function: [param names]}, [(name, transform, args...)])."""
    lines = src.split("\n")
    py, params, derived = [], {}, []
    indent = 0
    skip = False
    k = 0
    while k < len(lines):
        raw = lines[k]
        k += 1
        line = raw.split("//")[0].strip()
        if not line:
            continue
        if line.startswith("@derivative"):
            skip = True                                     # the user's rule: JAX derives its own
            continue
        if line.startswith("@checkpoint"):
            continue
        if line.startswith("struct "):
            m = re.match(r"struct (\w+) \{(.*)\}", line)
            names = [f.split(":")[0].strip() for f in m.group(2).split(";") if f.strip()]
            py.append(f"class {m.group(1)}(Record): fields = {tuple(names)!r}")
            py.append(f"jax.tree_util.register_pytree_node_class({m.group(1)})")
            continue
        m = re.match(r"fn (\w+) = (.*)$", line)
        if m:
            derived.append((m.group(1), m.group(2)))
            continue
        m = re.match(r"fn (\w+)(<[^>]*>)?\((.*?)\)( -> [^{]*)? \{(.*)$", line)
        if m:
            name = m.group(1)
            ps = [p.split(":")[0].strip() for p in split_top(m.group(3))]
            if skip:
                # Skip the custom VJP's body.
                depth = line.count("{") - line.count("}")
                while depth > 0:
                    depth += lines[k].count("{") - lines[k].count("}")
                    k += 1
                skip = False
                continue
            if name == "main":
                depth = line.count("{") - line.count("}")
                while depth > 0:
                    depth += lines[k].count("{") - lines[k].count("}")
                    k += 1
                continue
            params[name] = ps
            py.append(f"def {name}({', '.join(ps)}):")
            rest = m.group(5).strip()
            if rest.endswith("}"):                          # one-line body
                body = rest[:-1].strip()
                py.append("    " + statement(body))
            else:
                indent = 1
                while indent > 0:
                    l = lines[k].split("//")[0].strip()
                    k += 1
                    if not l:
                        continue
                    if l == "}":
                        indent -= 1
                        continue
                    if l.startswith("} else {"):
                        py.append("    " * (indent - 1) + "else:")
                        continue
                    if l.startswith("@checkpoint"):
                        continue
                    if l.endswith("{"):
                        head = l[:-1].strip()
                        mm = re.match(r"for (\w+) in (.+)\.\.<(.+)$", head)
                        if mm:
                            py.append("    " * indent + f"for {mm.group(1)} in range({expr(mm.group(2))}, {expr(mm.group(3))}):")
                        elif head.startswith("while "):
                            py.append("    " * indent + f"while {expr(head[6:])}:")
                        elif head.startswith("if "):
                            py.append("    " * indent + f"if {expr(head[3:])}:")
                        else:
                            raise ValueError("cannot translate: " + l)
                        indent += 1
                        continue
                    py.append("    " * indent + statement(l))
            continue
        raise ValueError("cannot translate: " + line)
    return "\n".join(py) + "\n", params, derived


def statement(s):
    s = s.strip()
    if s.startswith("return "):
        return "return " + expr(s[7:])
    m = re.match(r"(let|var) \((.*?)\) = (.*)$", s)
    if m:
        return f"{m.group(2)} = {expr(m.group(3))}"
    m = re.match(r"(let|var) (\w+)(: [^=]+)? = (.*)$", s)
    if m:
        return f"{m.group(2)} = {expr(m.group(4))}"
    m = re.match(r"(\w+)\[(.*?)\] (=|\+=|-=|\*=|/=) (.*)$", s)
    if m:
        method = {"=": "set", "+=": "add", "-=": "add", "*=": "multiply", "/=": "divide"}[m.group(3)]
        v = expr(m.group(4))
        if m.group(3) == "-=":
            v = f"-({v})"
        return f"{m.group(1)} = {m.group(1)}.at[{expr(m.group(2))}].{method}({v})"
    m = re.match(r"(\w+)((?:\.\w+)+) (=|\+=|-=|\*=|/=) (.*)$", s)
    if m:                                               # p.f = v, p.a.b += v: records rebuilt
        path = m.group(2)[1:].split(".")
        v = expr(m.group(4))
        if m.group(3) != "=":
            v = f"({m.group(1)}.{'.'.join(path)}) {m.group(3)[0]} ({v})"
        for k in reversed(range(len(path))):
            holder = ".".join([m.group(1)] + path[:k])
            v = f"{holder}.replace({path[k]!r}, {v})"
        return f"{m.group(1)} = {v}"
    m = re.match(r"(\w+) (=|\+=|-=|\*=|/=) (.*)$", s)
    if m:
        return f"{m.group(1)} {m.group(2)} {expr(m.group(3))}"
    raise ValueError("cannot translate statement: " + s)


# ---------------------------------------------------------------------------------------------
# Derived functions, with Grad's signatures.

def parse_form(text):
    """`grad(f, wrt: a, b)` -> ("grad", inner, [a, b]); inner is a name or a nested form."""
    m = re.match(r"(\w+)\((.*)\)$", text.strip())
    kind, args = m.group(1), split_top(m.group(2))
    inner = args[0]
    inner = parse_form(inner) if "(" in inner else inner
    wrt = []
    for a in args[1:]:
        if a.startswith("wrt:") or a.startswith("over:"):
            wrt = [a.split(":", 1)[1].strip()]
        else:
            wrt.append(a)
    return kind, inner, wrt


def build(form, env, params):
    """A Python callable for a derived form, and its parameter names."""
    kind, inner, wrt_names = form
    if isinstance(inner, tuple):
        f, ps = build(inner, env, params)
    else:
        f, ps = env[inner], params[inner]
    wrt = [ps.index(n) for n in wrt_names] if wrt_names else list(range(len(ps)))
    one = lambda gs: gs[0] if len(gs) == 1 else tuple(gs)

    def restricted(args):
        """f as a function of the wrt arguments alone, the others fixed."""
        def g(*ws):
            a = list(args)
            for i, w in zip(wrt, ws):
                a[i] = w
            return f(*a)
        return g

    if kind == "grad":
        return (lambda *a: one(jax.grad(restricted(a), argnums=tuple(range(len(wrt))))(*[a[i] for i in wrt]))), ps
    if kind == "value_and_grad":
        def vg(*a):
            v, gs = jax.value_and_grad(restricted(a), argnums=tuple(range(len(wrt))))(*[a[i] for i in wrt])
            return (v,) + tuple(gs)
        return vg, ps
    if kind == "vjp":
        def vjp(*a):
            args, ct = a[:-1], a[-1]
            _, pb = jax.vjp(restricted(args), *[args[i] for i in wrt])
            return one(pb(ct))
        return vjp, ps + ["ct_out"]
    if kind == "jvp":
        def jvp(*a):
            args, ts = a[:len(ps)], a[len(ps):]
            return jax.jvp(restricted(args), tuple(args[i] for i in wrt), tuple(ts))
        return jvp, ps + ["t_" + ps[i] for i in wrt]
    if kind in ("jacobian", "hessian"):
        d = jax.jacfwd if kind == "jacobian" else jax.hessian
        return (lambda *a: d(restricted(a))(a[wrt[0]])), ps
    if kind == "vmap":
        # The loop vmap replaces (jax.vmap cannot trace the Python `if` a branch translates to):
        # f on each example, the results stacked leaf by leaf.
        def looped(*a):
            n = len(a[wrt[0]])
            outs = [f(*[a[i][b] if i in wrt else a[i] for i in range(len(a))]) for b in range(n)]
            return jax.tree_util.tree_map(lambda *xs: jnp.stack(xs), *outs)
        return looped, ps
    raise ValueError("unknown transform " + kind)


# ---------------------------------------------------------------------------------------------
# Running both and comparing.

def leaves(v):
    """(path, value) for every scalar element, in Grad's printing order."""
    if isinstance(v, Record):
        return [((".%s" % f,) + p, x) for f, sub in zip(type(v).fields, v.values) for p, x in leaves(sub)]
    if isinstance(v, (tuple, list)):
        return [(("#%d" % k,) + p, x) for k, sub in enumerate(v) for p, x in leaves(sub)]
    a = np.asarray(v, dtype=np.float64)
    return [((idx,), float(a[idx])) for idx in np.ndindex(a.shape)]


def check_program(path, args):
    src = open(path).read()
    pysrc, params, derived = translate(src)
    env = dict(BUILTINS)
    exec(compile(pysrc, path + ".py", "exec"), env)
    rng = np.random.default_rng(zlib.crc32(open(path, 'rb').read()))
    x = rng.normal(size=4) * 0.5
    w = rng.normal(size=(4, 4)) * 0.4
    s = 0.7
    # The calls main makes: every generated function's loss, then each derived function.
    calls, loads = [], []
    for name in params:
        if name.endswith("_loss"):
            calls.append((name, env[name], [x, w, s], f"{name}(x, w, s)"))
    for name, text in derived:
        form = parse_form(text)
        fn, ps = build(form, env, params)
        env[name] = fn
        base = form[1] if isinstance(form[1], str) else form[1][1]
        if form[0] == "vmap":
            # Three examples of each batched input: the input, a scaled and shifted copy, its
            # negative; the others as they are.
            over = [ps.index(n) for n in form[2]] if form[2] else list(range(len(ps)))
            base_vals = [x, w, s] + [rng.normal(size=4) * 0.5 for _ in ps[3:]]
            vals, names = [], []
            for i, v in enumerate(base_vals):
                v = np.stack([v, np.asarray(v) * 0.5 + 0.1, -np.asarray(v)]) if i in over else np.asarray(v, dtype=np.float64)
                var = f"v{len(calls)}_{i}"
                np.save(os.path.join(args.work, var + ".npy"), v)
                loads.append(f'  let {var}: f64{list(v.shape) if v.shape else ""} = load("{var}.npy")'.replace("[]", ""))
                vals.append(v)
                names.append(var)
            calls.append((name, fn, vals, f"{name}({', '.join(names)})"))
            continue
        if base.endswith("_rec"):
            R = env["R"]
            vals, call = [R(a=x, m=w, c=s)], f"{name}(R(a: x, m: w, c: s))"
        else:
            vals, call = [x, w, s], f"{name}(x, w, s"
            extra = []
            for p in ps[3:]:
                t = rng.normal(size=4) * 0.5
                extra.append(t)
            vals += extra
            for k, t in enumerate(extra):
                np.save(os.path.join(args.work, f"t{len(calls)}_{k}.npy"), t)
            call += "".join(f", t{len(calls)}_{k}" for k in range(len(extra))) + ")"
        calls.append((name, fn, vals, call))
    np.save(os.path.join(args.work, "x.npy"), x)
    np.save(os.path.join(args.work, "w.npy"), w)
    expected, main = [], ["fn main() {", '  let x: f64[4] = load("x.npy")', '  let w: f64[4, 4] = load("w.npy")', "  let s = 0.7"]
    main += loads
    for k, (name, fn, vals, call) in enumerate(calls):
        for j in range(len(vals) - 3 if call.startswith(name + "(x, w, s") else 0):
            main.append(f'  let t{k}_{j}: f64[4] = load("t{k}_{j}.npy")')
        result = fn(*vals)
        main.append(f"  let r{k} = {call}")
        expected.append((name, leaves(result)))
        emit_prints(main, f"r{k}", result)
    main.append("}")
    program = re.sub(r"\nfn main\(\) \{.*", "\n", src, flags=re.S) + "\n".join(main) + "\n"
    gpath = os.path.join(args.work, "oracle.grad")
    open(gpath, "w").write(program)
    if args.native:
        b = subprocess.run([args.gradc, "build", "oracle.grad", "-o", "oracle"], cwd=args.work, capture_output=True, text=True)
        if b.returncode:
            return [f"{path}: build failed: {b.stderr[:2000]}"]
        r = subprocess.run(["./oracle"], cwd=args.work, capture_output=True, text=True)
    else:
        r = subprocess.run([args.gradc, "run", "oracle.grad"], cwd=args.work, capture_output=True, text=True)
    if r.returncode:
        return [f"{path}: gradc failed: {r.stderr[:2000]}"]
    got = [float(l) for l in r.stdout.split()]
    want = [(name, p, v) for name, ls in expected for p, v in ls]
    if len(got) != len(want):
        return [f"{path}: gradc printed {len(got)} numbers, JAX has {len(want)}"]
    problems = []
    scale = {}
    for name, p, v in want:
        scale[name] = max(scale.get(name, 0.0), abs(v))
    for g, (name, p, v) in zip(got, want):
        if not abs(g - v) <= args.rtol * scale[name] + args.atol:
            problems.append(f"{path}: {name} element {'/'.join(map(str, p))}: gradc {g!r}, JAX {v!r}")
    return problems


def emit_prints(main, name, value):
    """Appends Grad statements that print every element of `value` (bound to `name`)."""
    if isinstance(value, Record):
        for f, sub in zip(type(value).fields, value.values):
            emit_prints(main, f"{name}.{f}", sub)
    elif isinstance(value, (tuple, list)):
        parts = [f"{name.replace('.', '_')}_{k}" for k in range(len(value))]
        main.append(f"  let ({', '.join(parts)}) = {name}")
        for p, sub in zip(parts, value):
            emit_prints(main, p, sub)
    else:
        a = np.asarray(value)
        for idx in np.ndindex(a.shape):
            main.append(f"  print({name}[{', '.join(map(str, idx))}])" if idx else f"  print({name})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("programs", nargs="+")
    ap.add_argument("--gradc", default=os.environ.get("GRADC", ".build/debug/gradc"))
    ap.add_argument("--native", action="store_true", help="compare the native executable instead of the VM")
    ap.add_argument("--rtol", type=float, default=1e-9, help="relative to the largest element of each result")
    ap.add_argument("--atol", type=float, default=1e-14,
                    help="absolute: a function zero in exact arithmetic (x @ w - transpose(w) @ x) is 0 in one and 1e-21 in the other")
    args = ap.parse_args()
    args.gradc = os.path.abspath(args.gradc)
    problems, functions = [], 0
    with tempfile.TemporaryDirectory() as work:
        args.work = work
        for p in args.programs:
            try:
                problems += check_program(p, args)
            except Exception as e:                          # a translation the oracle lacks
                problems.append(f"{p}: oracle error: {type(e).__name__}: {e}")
            functions += sum(1 for l in open(p) if re.match(r"fn \w+_loss\(", l))
    for line in problems:
        print(line)
    print(f"{len(args.programs)} programs, {functions} functions: "
          + ("all agree with JAX" if not problems else f"{len(problems)} disagreements"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
