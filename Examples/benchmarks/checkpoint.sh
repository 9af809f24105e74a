#!/usr/bin/env bash
# The checkpointing benchmark: W2's RNN at T = 1024 (hidden 256, batch 32, f32), its gradient
# under store-all, sqrt, binomial:32 and auto (the default), on both backends, in one run. For each schedule:
# stored states and peak stored bytes (gradc emit plan), primal steps, gradient time and its
# ratio to store-all, and the native process's peak resident memory during the gradient calls
# (and what the calls added to it).
# Usage: Examples/benchmarks/checkpoint.sh [runs]   (from the repository's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
swift build -c release >/dev/null
gradc=.build/release/gradc
file=Examples/benchmarks/w2_rnn_1024.grad
printf "%-12s %7s %12s %12s %11s %9s %11s %9s %18s\n" schedule states "stored MiB" "primal steps" "native ms" "×all" "VM ms" "×all" "native peak MiB"
base_c=""; base_vm=""
for s in store-all sqrt binomial:32 auto; do
  plan=$("$gradc" emit plan "$file" --checkpoint="$s")
  states=$(echo "$plan" | awk '/stored states/ { print $3 }')
  bytes=$(echo "$plan" | awk '/peak stored bytes/ { print $4 }')
  steps=$(echo "$plan" | sed -n 's/.*primal steps in all: \([0-9]*\).*/\1/p')
  out=$("$gradc" bench "$file" --fn rnn --runs "$runs" --checkpoint="$s")
  read -r vm c mem add < <(echo "$out" | awk '$1 == "drnn" { print $2, $4, $6, $7 }')
  [ -z "$base_c" ] && base_c=$c && base_vm=$vm
  awk -v s="$s" -v n="$states" -v b="$bytes" -v p="$steps" -v c="$c" -v v="$vm" -v bc="$base_c" -v bv="$base_vm" -v m="$mem" -v a="$add" \
    'BEGIN { printf "%-12s %7d %12.2f %12d %11.1f %8.2fx %11.1f %8.2fx %11s %s\n", s, n, b / 1048576, p, c, c / bc, v, v / bv, m, a }'
done
