#!/usr/bin/env bash
# How compile time and memory grow with the program: for each family of generated programs,
# the size, gradc's seconds and peak resident memory (GNU time), and what it made.
# Usage: Examples/benchmarks/scaling.sh [gradc]   (from the repository's root; default: the
# release build, made if missing). Families:
#   C layers   N layers of `h = tanh(h - mean(h) * 0.5)` and their gradient -> emit c (bytes)
#   product    a product of N distinct factors and its gradient -> emit grad (bytes)
#   calls      a chain of N functions each calling the previous one -> run
#   tower      the N-th derivative of tanh(x)*log(1+x²)+sin(x·eˣ) by nested grad -> run
#   unrolled   N unrolled layers `h = tanh(W @ h)`, the gradient w.r.t. W, on the VM -> run
set -euo pipefail
cd "$(dirname "$0")/../.."
gradc=${1:-.build/release/gradc}
[ -x "$gradc" ] || swift build -c release >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

measure() {  # family size command... : prints one row
  local family=$1 size=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || { echo "$family $size: failed: $(head -3 "$tmp/err")"; return; }
  read -r secs kb < "$tmp/time"
  printf "%-10s %8d %9.2f %9.1f %12d\n" "$family" "$size" "$secs" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$(wc -c < "$tmp/out")"
}

printf "%-10s %8s %9s %9s %12s\n" family size seconds "peak MB" "output bytes"
for n in 50 100 200 400; do
  { echo "fn f(x: f64[64]) -> f64 {"; echo "  var h = x"
    for ((i = 0; i < n; i++)); do echo "  h = tanh(h - mean(h) * 0.5)"; done
    echo "  return sum(h * h)"; echo "}"; echo "fn df = grad(f)"; echo "fn main() { print(sum(df(ones([64]) * 0.1))) }"; } > "$tmp/layers.grad"
  measure "C layers" "$n" "$gradc" emit c "$tmp/layers.grad"
done
for n in 2000 4000 8000 16000; do
  { printf "fn f(x: f64) -> f64 { return (x + 0.0)"; for ((i = 1; i < n; i++)); do printf " * (x + %d.0)" "$i"; done
    echo " }"; echo "fn df = grad(f)"; } > "$tmp/product.grad"
  measure product "$n" "$gradc" emit grad "$tmp/product.grad"
done
for n in 1000 2000 4000; do
  { echo "fn g0(x: f64) -> f64 { return x * 1.01 }"
    for ((i = 1; i < n; i++)); do echo "fn g$i(x: f64) -> f64 { return g$((i - 1))(x) * 1.01 }"; done
    echo "fn main() { print(g$((n - 1))(1.0)) }"; } > "$tmp/calls.grad"
  measure calls "$n" "$gradc" run "$tmp/calls.grad"
done
for n in 4 6 8 10 12; do
  { echo "fn f(x: f64) -> f64 { return tanh(x) * log(1.0 + x * x) + sin(x * exp(x)) }"; echo "fn d1 = grad(f)"
    for ((i = 2; i <= n; i++)); do echo "fn d$i = grad(d$((i - 1)))"; done
    echo "fn main() { print(d$n(0.3)) }"; } > "$tmp/tower.grad"
  measure tower "$n" "$gradc" run "$tmp/tower.grad"
done
for n in 250 500 1000; do
  { echo "fn f(W: f64[64, 64], x: f64[64]) -> f64 {"; echo "  var h = x"
    for ((i = 0; i < n; i++)); do echo "  h = tanh(W @ h)"; done
    echo "  return sum(h)"; echo "}"; echo "fn df = grad(f, wrt: W)"
    echo "fn main() { print(sum(df(ones([64, 64]) * 0.01, ones([64])))) }"; } > "$tmp/unrolled.grad"
  measure unrolled "$n" "$gradc" run "$tmp/unrolled.grad"
done
