"""Tests of the gradc Python package against python/tests/model.grad (run by
Tests/GradTests/PythonPackageTests.swift in a virtual environment with the package installed;
by hand: GRADC=.build/debug/gradc python3 -m unittest discover python/tests)."""

import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import unittest

import numpy as np

import gradc

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = tempfile.mkdtemp(prefix="gradc-python-test-")


def model():
    return gradc.compile(os.path.join(HERE, "model.grad"), cache_dir=CACHE)


def reference_loss(p, x, y):
    return np.mean((np.tanh(x @ p["W"] + p["b"]) @ p["v"] - y) ** 2)


def params(rng, d=3, h=4):
    return {"W": rng.normal(size=(d, h)), "b": rng.normal(size=h), "v": rng.normal(size=h)}


class CallTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.m = model()

    def test_values_records_and_tuples(self):
        m, rng = self.m, np.random.default_rng(0)
        p, x, y = params(rng), rng.normal(size=(5, 3)), rng.normal(size=5)
        self.assertAlmostEqual(m.loss(p, x, y), reference_loss(p, x, y), places=13)
        # the same record as the library's dataclass, and by keyword
        self.assertEqual(m.loss(m.MLP(**p), x, y), m.loss(p=p, x=x, y=y))
        g = m.dloss(p, x, y)
        self.assertIsInstance(g, m.MLP)
        eps = 1e-6
        for name in p:
            for idx in np.ndindex(p[name].shape):
                hi = {k: v.copy() for k, v in p.items()}
                lo = {k: v.copy() for k, v in p.items()}
                hi[name][idx] += eps
                lo[name][idx] -= eps
                fd = (reference_loss(hi, x, y) - reference_loss(lo, x, y)) / (2 * eps)
                self.assertAlmostEqual(getattr(g, name)[idx], fd, delta=1e-7)
        total, diffs = m.stats(np.array([1.0, 4.0, 9.0, 16.0]))
        self.assertEqual(total, 30.0)
        np.testing.assert_array_equal(diffs, [3.0, 5.0, 7.0])
        self.assertEqual(m.pick(np.arange(4, dtype=np.float32), 3), np.float32(6.0))
        self.assertEqual(m.pick(np.arange(4, dtype=np.float32), -1), np.float32(6.0))

    def test_manifest_and_signatures(self):
        m = self.m
        self.assertEqual(m.loss.signature, "fn loss(p: MLP, x: f64[n, d], y: f64[n]) -> f64")
        self.assertEqual(m.dloss.derived, {"transform": "grad", "base": "loss", "wrt": ["p"]})
        self.assertEqual(m.vjp_of(m.loss).name, "loss_vjp")
        self.assertEqual(m.stats.result_shapes(np.zeros(6)), ((tuple(), np.dtype(np.float64)), ((5,), np.dtype(np.float64))))
        self.assertIn("loss", dir(m))
        with self.assertRaisesRegex(AttributeError, "no function or record named 'nope'"):
            m.nope

    def test_arguments_are_checked_before_the_call(self):
        m, rng = self.m, np.random.default_rng(1)
        p, x, y = params(rng), rng.normal(size=(5, 3)), rng.normal(size=5)
        cases = [
            (TypeError, r"argument 'x' of pick has element type float64, expected f32\[n\]", lambda: m.pick(np.zeros(3), 1)),
            (TypeError, r"argument 'k' of pick is 1.5, which is not i32", lambda: m.pick(np.zeros(3, np.float32), 1.5)),
            (ValueError, r"argument 'x' of stats has rank 2, expected f64\[n\+1\]", lambda: m.stats(np.zeros((2, 2)))),
            (ValueError, r"argument 'x' of stats has shape \(0,\), expected f64\[n\+1\]", lambda: m.stats(np.zeros(0))),
            (ValueError, r"argument 'p.b' of loss has shape \(5,\), expected f64\[h\] \(h = 4\)",
             lambda: m.loss(dict(p, b=np.zeros(5)), x, y)),
            (ValueError, r"argument 'y' of loss has shape \(4,\), expected f64\[n\] \(n = 5\)", lambda: m.loss(p, x, y[:4])),
            (TypeError, r"argument 'p' of loss has no field 'v' \(record MLP has fields W, b, v\)",
             lambda: m.loss({"W": p["W"], "b": p["b"]}, x, y)),
            (TypeError, r"loss takes 3 arguments, got 4", lambda: m.loss(p, x, y, y)),
            (TypeError, r"loss is missing argument 'y'", lambda: m.loss(p, x)),
            (TypeError, r"loss has no parameter or size named 'z'", lambda: m.loss(p, x, y, z=1)),
        ]
        for error, message, call in cases:
            with self.assertRaisesRegex(error, message):
                call()

    def test_library_errors_are_exceptions(self):
        with self.assertRaisesRegex(gradc.GradcError, r"pick: .*model.grad:\d+:\d+: index 7 is out of range for axis 0 of size 3"):
            self.m.pick(np.zeros(3, np.float32), 7)

    def test_threads(self):
        m, rng = self.m, np.random.default_rng(2)
        inputs = [(params(rng), rng.normal(size=(64, 3)), rng.normal(size=64)) for _ in range(8)]
        want = [m.dloss(*a) for a in inputs]
        failures, errors = [], []

        def work(k):
            for _ in range(40):
                g = m.dloss(*inputs[k])
                if any(not np.array_equal(getattr(g, f), getattr(want[k], f)) for f in ("W", "b", "v")):
                    failures.append(k)
                try:
                    m.pick(np.zeros(3, np.float32), 10 + k)
                except gradc.GradcError as e:
                    if "index %d is out of range" % (10 + k) not in str(e):
                        errors.append(str(e))

        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(failures, [])
        self.assertEqual(errors, [])


class CompileTests(unittest.TestCase):
    def test_compile_errors_and_cache(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.grad")
            with open(bad, "w") as f:
                f.write("fn f(x: f64) -> f64 {\n  return x + y\n}\n")
            with self.assertRaisesRegex(gradc.GradcError, r"bad.grad:2:\d+: error: .*'y'"):
                gradc.compile(bad, cache_dir=d)
            good = os.path.join(d, "good.grad")
            with open(good, "w") as f:
                f.write("fn f(x: f64) -> f64 {\n  return x * 3.0\n}\n")
            a = gradc.compile(good, cache_dir=d)
            b = gradc.compile(good, cache_dir=d)
            self.assertEqual(a.path, b.path)
            self.assertEqual(a.f(2.0), 6.0)

    def test_exported_vjps_take_free_names(self):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "names.grad")
            with open(src, "w") as f:
                f.write("fn g(x: f64[n]) -> f64 {\n  return sum(x * x)\n}\n"
                        "fn g_vjp(x: f64[n]) -> f64 {\n  return 1.0\n}\n"
                        "fn count(x: f64[n]) -> i32 {\n  return 3\n}\n")
            m = gradc.compile(src, cache_dir=d)
            self.assertEqual(m.vjp_of(m.g).name, "g_vjp2")
            self.assertEqual(m.g_vjp2.derived, {"transform": "vjp", "base": "g", "wrt": ["x"]})
            np.testing.assert_array_equal(m.g_vjp2(np.array([1.0, -2.0]), 0.5), [1.0, -2.0])
            self.assertIsNone(m.vjp_of(m.count))   # an i32 result has no VJP


try:
    import jax
    import jax.numpy as jnp
    jax.config.update("jax_enable_x64", True)
    import gradc.jax
except ImportError:  # pragma: no cover - JAX is optional
    jax = None


@unittest.skipIf(jax is None, "JAX is not installed")
class JAXTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.m = model()

    def test_grad_matches_jax(self):
        m, rng = self.m, np.random.default_rng(3)
        f = gradc.jax.primitive(m.loss)
        p, x, y = params(rng), rng.normal(size=(5, 3)), rng.normal(size=5)

        def ref(p, x, y):
            return jnp.mean((jnp.tanh(x @ p["W"] + p["b"]) @ p["v"] - y) ** 2)

        self.assertAlmostEqual(float(f(p, x, y)), float(ref(p, x, y)), places=13)
        for grad in (jax.grad(f, argnums=(0, 1, 2)), jax.jit(jax.grad(f, argnums=(0, 1, 2)))):
            got, want = grad(p, x, y), jax.grad(ref, argnums=(0, 1, 2))(p, x, y)
            for a, b in zip(jax.tree_util.tree_leaves(got), jax.tree_util.tree_leaves(want)):
                np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-14)

    def test_tuple_results_and_vmap(self):
        s = gradc.jax.primitive(self.m.stats)
        x = jnp.array([1.0, 4.0, 9.0, 16.0])
        g = jax.grad(lambda x: s(x)[0] + jnp.sum(s(x)[1] ** 2))(x)
        np.testing.assert_allclose(g, 1 + np.array([-6.0, 6 - 10, 10 - 14, 14]))
        xs = jnp.arange(12.0).reshape(3, 4)
        np.testing.assert_allclose(jax.vmap(lambda x: s(x)[0])(xs), xs.sum(axis=1))

    def test_a_function_without_float_parameters_has_no_vjp(self):
        with self.assertRaisesRegex(gradc.GradcError, "pick has no VJP"):
            gradc.jax.primitive(self.m.pick)


try:
    import torch
    import gradc.torch
except ImportError:  # pragma: no cover - PyTorch is optional
    torch = None


@unittest.skipIf(torch is None, "PyTorch is not installed")
class TorchTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.m = model()

    def test_backward_matches_autograd(self):
        m, rng = self.m, np.random.default_rng(4)
        f = gradc.torch.primitive(m.loss)
        p = {k: torch.tensor(v, requires_grad=True) for k, v in params(rng).items()}
        x = torch.tensor(rng.normal(size=(6, 3)), requires_grad=True)
        y = torch.tensor(rng.normal(size=6))

        def ref(p, x, y):
            return torch.mean((torch.tanh(x @ p["W"] + p["b"]) @ p["v"] - y) ** 2)

        loss = f(p, x, y)
        self.assertEqual(loss.dtype, torch.float64)
        self.assertAlmostEqual(loss.item(), ref(p, x, y).item(), places=13)
        loss.backward()
        got = [p[k].grad.clone() for k in ("W", "b", "v")] + [x.grad.clone()]
        for t in list(p.values()) + [x]:
            t.grad = None
        ref(p, x, y).backward()
        want = [p[k].grad for k in ("W", "b", "v")] + [x.grad]
        for a, b in zip(got, want):
            torch.testing.assert_close(a, b, rtol=1e-12, atol=1e-14)
        # torch's own finite-difference check of the backward pass, and the library's
        # dataclass as the record
        self.assertTrue(torch.autograd.gradcheck(lambda W, b, v, x: f(m.MLP(W=W, b=b, v=v), x, y),
                                                 (p["W"], p["b"], p["v"], x)))

    def test_tuple_results_and_a_loss_of_both(self):
        s = gradc.torch.primitive(self.m.stats)
        x = torch.tensor([1.0, 4.0, 9.0, 16.0], dtype=torch.float64, requires_grad=True)
        total, diffs = s(x)
        torch.testing.assert_close(diffs, torch.tensor([3.0, 5.0, 7.0], dtype=torch.float64))
        (g,) = torch.autograd.grad(total + torch.sum(diffs ** 2), x)
        torch.testing.assert_close(g, 1 + torch.tensor([-6.0, 6 - 10, 10 - 14, 14], dtype=torch.float64))
        # only one result used: the other's cotangent is zero
        (g,) = torch.autograd.grad(s(x)[0], x)
        torch.testing.assert_close(g, torch.ones(4, dtype=torch.float64))

    def test_arguments_are_checked_and_errors_raised(self):
        m = self.m
        f = gradc.torch.primitive(m.loss)
        p = {k: torch.tensor(v) for k, v in params(np.random.default_rng(5)).items()}
        x, y = torch.zeros(5, 3, dtype=torch.float64), torch.zeros(5, dtype=torch.float64)
        with self.assertRaisesRegex(TypeError, r"argument 'x' of loss has element type float32, expected f64\[n, d\]"):
            f(p, x.float(), y)
        with self.assertRaisesRegex(ValueError, r"argument 'y' of loss has shape \(4,\), expected f64\[n\] \(n = 5\)"):
            f(p, x, y[:4])
        with self.assertRaisesRegex(TypeError, r"argument 'p' of loss has no field 'v'"):
            f({"W": p["W"], "b": p["b"]}, x, y)
        with self.assertRaisesRegex(TypeError, "loss takes 3 arguments, got 4"):
            f(p, x, y, y)
        with self.assertRaisesRegex(gradc.GradcError, "pick has no VJP"):
            gradc.torch.primitive(m.pick)
        W = p["W"].clone().requires_grad_()
        with self.assertRaisesRegex(RuntimeError, "backward pass of loss .* is not differentiable"):
            torch.autograd.grad(f(dict(p, W=W), x, y), W, create_graph=True)


class RunLogTests(unittest.TestCase):
    def test_entries_are_gradc_run_logs(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "run.jsonl")
            with gradc.RunLog(path) as log:
                log.norms({"W": np.array([[3.0, 4.0]]), "b": np.array([np.inf])})
                log.progress(0, 1, 2, np.float64(2.5))
                log.norms(gradc.compile(os.path.join(HERE, "model.grad"), cache_dir=CACHE).MLP(W=np.ones(4), b=0.0, v=[1, 1]))
                log.progress(1, 2, 2, math.nan)
            with open(path) as f:
                entries = [json.loads(line) for line in f]
        self.assertEqual(entries, [
            {"event": "norms", "i": 1, "progress": 0, "norms": {"W": 5.0, "b": None}},
            {"event": "progress", "i": 1, "epoch": 0, "step": 1, "total": 2, "loss": 2.5},
            {"event": "norms", "i": 2, "progress": 1, "norms": {"W": 2.0, "b": 0.0, "v": math.sqrt(2)}},
            {"event": "progress", "i": 2, "epoch": 1, "step": 2, "total": 2, "loss": None}])


def run_example(test, script, steps=60):
    """Runs python/examples/SCRIPT, checks that it trained and that gradc plot draws its log."""
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "run.jsonl")
        # the gradc package these tests import, wherever that is
        package = os.path.dirname(os.path.dirname(os.path.abspath(gradc.__file__)))
        env = dict(os.environ, GRADC_PYTHON_CACHE=CACHE,
                   PYTHONPATH=os.pathsep.join([package] + [x for x in [os.environ.get("PYTHONPATH")] if x]))
        run = subprocess.run([sys.executable, os.path.join(HERE, "..", "examples", script), str(steps), log],
                             capture_output=True, text=True, env=env, cwd=d)
        test.assertEqual(run.returncode, 0, run.stderr)
        first, last = map(float, re.fullmatch(r"loss (\S+) -> (\S+)\n", run.stdout).groups())
        test.assertLess(last, first / 2, run.stdout)
        with open(log) as f:
            entries = [json.loads(line) for line in f]
        test.assertEqual(len(entries), 2 * steps)
        test.assertEqual(sorted(entries[0]["norms"]), ["W", "b", "v"])
        svg = os.path.join(d, "run.svg")
        plot = subprocess.run([os.environ.get("GRADC", "gradc"), "plot", log, "-o", svg], capture_output=True, text=True)
        test.assertEqual(plot.returncode, 0, plot.stderr)
        with open(svg) as f:
            test.assertIn("<svg", f.read())


@unittest.skipIf(jax is None, "JAX is not installed")
class JAXExampleTests(unittest.TestCase):
    def test_train_jax_trains_and_logs(self):
        run_example(self, "train_jax.py")


@unittest.skipIf(torch is None, "PyTorch is not installed")
class TorchExampleTests(unittest.TestCase):
    def test_train_torch_trains_and_logs(self):
        run_example(self, "train_torch.py")


if __name__ == "__main__":
    unittest.main()
