#!/usr/bin/env bash
# Per-example gradients (Examples/benchmarks/per_example.grad: a 64-128-10 softmax MLP, 256
# examples, the W1 gradients [256, 64, 128] returned) side by side in one run: by vmap and by a
# loop of grad calls on gradc's VM and native code (`gradc bench`), and, where JAX is
# installed, jax.jit(jax.vmap(jax.grad(loss))) (per_example_jax.py); one core, one thread.
# Usage: Examples/benchmarks/per_example.sh [runs]   (from the repository's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
swift build -c release >/dev/null
export OPENBLAS_NUM_THREADS=1
for fn in by_vmap by_loop; do
  taskset -c 0 .build/release/gradc bench Examples/benchmarks/per_example.grad --fn "$fn" --runs "$runs" \
    --dim n=256 --dim d=64 --dim h=128 --dim k=10 | grep -E "^(function|$fn) "
done
if python3 -c "import jax" 2>/dev/null; then
  XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/per_example_jax.py "$runs"
else
  echo "JAX is not installed (pip install jax): no JAX column"
fi
