#!/usr/bin/env bash
# The gradient step of Examples/cnn.grad (batch 100, f32) side by side in one run: gradc's VM,
# gradc's native code (`gradc bench`) and, where JAX is installed, jax.jit of the same model
# (Examples/benchmarks/cnn_jax.py), all on one core with one BLAS/Eigen thread.
# Usage: Examples/benchmarks/cnn.sh [runs]   (from the repository's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
swift build -c release >/dev/null
export OPENBLAS_NUM_THREADS=1
taskset -c 0 .build/release/gradc bench Examples/cnn.grad --fn loss --dim n=100 --runs "$runs"
if python3 -c "import jax" 2>/dev/null; then
  XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/cnn_jax.py "$runs"
else
  echo "JAX is not installed (pip install jax): no JAX column"
fi
