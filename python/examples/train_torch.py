"""Trains a small MLP with PyTorch whose loss is a Grad function (python/tests/model.grad), and
writes the run log that `gradc plot` draws:

    python3 train_torch.py [STEPS] [LOG]    # then: gradc plot run.jsonl -o run.svg
"""

import os
import sys

import torch

import gradc
import gradc.torch

m = gradc.compile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "model.grad"))
loss = gradc.torch.primitive(m.loss)        # autograd computes through the library, and back through its VJP

torch.manual_seed(0)
x = torch.randn(256, 3, dtype=torch.float64)
y = torch.sin(x @ torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64))
p = {"W": torch.randn(3, 16, dtype=torch.float64) / 3 ** 0.5, "b": torch.zeros(16, dtype=torch.float64),
     "v": torch.randn(16, dtype=torch.float64) / 4}
p = {k: torch.nn.Parameter(v) for k, v in p.items()}
opt = torch.optim.Adam(p.values(), lr=0.01)
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 300
with gradc.RunLog(sys.argv[2] if len(sys.argv) > 2 else "run.jsonl") as log:
    for s in range(steps):
        opt.zero_grad()
        value = loss(p, x, y)
        value.backward()
        log.norms({k: v.grad for k, v in p.items()})
        log.progress(0, s + 1, steps, value)
        opt.step()
        if s == 0:
            first = value.item()
print("loss %.4f -> %.4f" % (first, loss(p, x, y).item()))
