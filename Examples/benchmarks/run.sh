#!/usr/bin/env bash
# Prints the benchmark table: for W1-W4 and ADBench's GMM and D-LSTM objectives, the
# hand-written C+OpenBLAS reference (W1-W4), gradc's native code, gradc's VM and (where JAX is
# installed) JAX jit on the same inputs, primal and gradient (medians), single-threaded, in one
# run.
# Usage: Examples/benchmarks/run.sh [runs]   (from the repository's root; needs OpenBLAS)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
swift build -c release >/dev/null
gradc=.build/release/gradc
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cc -O3 -march=native Examples/benchmarks/reference.c -lopenblas -lm -o "$tmp/reference"
export OPENBLAS_NUM_THREADS=1
core=$(grep -q avx512bw /proc/cpuinfo && echo SkylakeX || (grep -q avx2 /proc/cpuinfo && echo Haswell || echo ""))
[ -n "$core" ] && [ -z "${OPENBLAS_CORETYPE:-}" ] && export OPENBLAS_CORETYPE=$core

# JAX's column: Examples/benchmarks/jax_bench.py, on one core with one thread.
jax="$tmp/jax"; : > "$jax"
if python3 -c "import jax" 2>/dev/null; then
  XLA_FLAGS=--xla_cpu_multi_thread_eigen=false taskset -c 0 python3 Examples/benchmarks/jax_bench.py "$runs" > "$jax"
else
  echo "(JAX is not installed: pip install jax for its column)"
fi
printf "%-4s %-10s %12s %12s %12s %10s %10s %10s %10s\n" "" "" "reference ms" "gradc-C ms" "gradc-VM ms" "JAX ms" "C/ref" "VM/ref" "C/JAX"
row() {  # name what ref c vm jax (ref and jax may be empty: no such column)
  awk -v n="$1" -v w="$2" -v r="$3" -v c="$4" -v v="$5" -v j="${6:-}" 'BEGIN {
    printf "%-4s %-10s %12s %12.4f %12.4f %10s %10s %10s %10s\n", n, w, r == "" ? "-" : sprintf("%.4f", r), c, v,
      j == "" ? "-" : sprintf("%.4f", j), r == "" ? "-" : sprintf("%.2fx", c / r), r == "" ? "-" : sprintf("%.2fx", v / r),
      j == "" ? "-" : sprintf("%.2fx", c / j) }'
}
bench() {  # name file fn dims...
  local name=$1 file=$2 fn=$3 rp="" rg=""; shift 3
  case "$name" in W*) read -r _ rp rg < <("$tmp/reference" "$name" "$runs") ;; esac   # ADBench's have no hand-written C
  local out; out=$("$gradc" bench "$file" --fn "$fn" --runs "$runs" "$@")
  local p g
  p=$(echo "$out" | awk -v f="$fn" '$1 == f { print $2, $4 }')
  g=$(echo "$out" | awk -v f="$fn" 'NR > 2 && $1 != f && $1 != "native" { print $2, $4; exit }')
  local jp jg
  read -r _ jp jg < <(awk -v n="$name" '$1 == n' "$jax"; echo)
  row "$name" primal "$rp" "$(echo $p | cut -d' ' -f2)" "$(echo $p | cut -d' ' -f1)" "$jp"
  row "$name" gradient "$rg" "$(echo $g | cut -d' ' -f2)" "$(echo $g | cut -d' ' -f1)" "$jg"
  echo "$out" | awk -v n="$name" '$1 == "native" { print "     " n " native peak resident memory: " $(NF-1) " MiB" }'
}
bench W1 Examples/benchmarks/w1_mlp.grad loss
bench W2 Examples/benchmarks/w2_rnn.grad rnn --checkpoint=store-all   # the reference keeps every state
bench W3 Examples/benchmarks/w3_rosenbrock.grad rosenbrock --dim n=1000000
bench W4 Examples/benchmarks/w4_small_mlp.grad deep --checkpoint=store-all   # so does this one
bench GMM Examples/benchmarks/adbench_gmm.grad gmm
bench LSTM Examples/benchmarks/adbench_lstm.grad lstm
