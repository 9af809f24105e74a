"""Tests of the gradc Python package against python/tests/model.grad (run by
Tests/GradTests/PythonPackageTests.swift in a virtual environment with the package installed;
by hand: GRADC=.build/debug/gradc python3 -m unittest discover python/tests)."""

import os
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


if __name__ == "__main__":
    unittest.main()
