#!/usr/bin/env bash
# Prints the benchmark table: for W1-W4, the hand-written C+OpenBLAS reference, gradc's
# native code and gradc's VM, primal and gradient (medians), single-threaded, in one run.
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

printf "%-4s %-10s %12s %12s %12s %10s %10s\n" "" "" "reference ms" "gradc-C ms" "gradc-VM ms" "C/ref" "VM/ref"
row() {  # name what ref c vm
  awk -v n="$1" -v w="$2" -v r="$3" -v c="$4" -v v="$5" 'BEGIN { printf "%-4s %-10s %12.4f %12.4f %12.4f %9.2fx %9.2fx\n", n, w, r, c, v, c / r, v / r }'
}
bench() {  # name file fn dims...
  local name=$1 file=$2 fn=$3; shift 3
  read -r _ rp rg < <("$tmp/reference" "$name" "$runs")
  local out; out=$("$gradc" bench "$file" --fn "$fn" --runs "$runs" "$@")
  local p g
  p=$(echo "$out" | awk -v f="$fn" '$1 == f { print $2, $4 }')
  g=$(echo "$out" | awk -v f="$fn" 'NR > 2 && $1 != f && $1 != "native" { print $2, $4; exit }')
  row "$name" primal "$rp" "$(echo $p | cut -d' ' -f2)" "$(echo $p | cut -d' ' -f1)"
  row "$name" gradient "$rg" "$(echo $g | cut -d' ' -f2)" "$(echo $g | cut -d' ' -f1)"
  echo "$out" | awk -v n="$name" '$1 == "native" { print "     " n " native peak resident memory: " $(NF-1) " MiB" }'
}
bench W1 Examples/benchmarks/w1_mlp.grad loss
bench W2 Examples/benchmarks/w2_rnn.grad rnn --checkpoint=store-all   # the reference keeps every state
bench W3 Examples/benchmarks/w3_rosenbrock.grad rosenbrock --dim n=1000000
bench W4 Examples/benchmarks/w4_small_mlp.grad deep --checkpoint=store-all   # so does this one
