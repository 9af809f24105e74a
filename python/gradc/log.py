"""The run log of `gradc run --log` written from a Python training loop, so that `gradc plot`
draws a loop that Python drives (through gradc.jax or gradc.torch) as it draws a Grad one."""

import json
import math

import numpy as np


class RunLog:
    """JSON lines in gradc's run-log format: `progress(epoch, step, total, loss)` as a Grad
    program's progress(...) logs it, `norms(grads)` as print_norms(g) does (the L2 norm of
    every field of a record of gradients: a dict, a dataclass, or any object with fields).

        with gradc.RunLog("run.jsonl") as log:
            for step in ...:
                log.norms(g)
                log.progress(0, step + 1, steps, loss)

    then `gradc plot run.jsonl -o run.svg`."""

    def __init__(self, path):
        self._file = open(path, "w", encoding="utf-8")
        self._progress = 0
        self._norms = 0

    def progress(self, epoch, step, total, loss):
        self._progress += 1
        self._write({"event": "progress", "i": self._progress, "epoch": int(epoch), "step": int(step),
                     "total": int(total), "loss": _number(loss)})

    def norms(self, grads):
        if hasattr(grads, "__dataclass_fields__"):
            grads = {k: getattr(grads, k) for k in grads.__dataclass_fields__}
        elif not isinstance(grads, dict):
            grads = dict(vars(grads))
        self._norms += 1
        self._write({"event": "norms", "i": self._norms, "progress": self._progress,
                     "norms": {k: _number(np.linalg.norm(_host(v).ravel())) for k, v in grads.items()}})

    def close(self):
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self, entry):
        self._file.write(json.dumps(entry) + "\n")
        self._file.flush()


def _host(v):
    """An array of JAX's, PyTorch's or NumPy's as a float64 NumPy array."""
    if hasattr(v, "detach"):
        v = v.detach().cpu()
    return np.asarray(v, dtype=np.float64)


def _number(x):
    x = float(_host(x))
    return x if math.isfinite(x) else None
