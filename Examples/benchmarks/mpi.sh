#!/usr/bin/env bash
# Data-parallel cost of the digits MLP (Examples/benchmarks/mpi_cost.grad) on one and on N
# processes of this machine: per step, each process's gradient of its share of the batch, an
# allreduce_mean of the gradient (19,240 bytes), and the two together; the speedup is one
# process's step over N's. Needs Open MPI (Debian: libopenmpi-dev openmpi-bin).
# Usage: Examples/benchmarks/mpi.sh [N]   (from the repository's root; default N = 2)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2}
swift build -c release >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
.build/release/gradc build --mpi Examples/benchmarks/mpi_cost.grad -o "$tmp/cost"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OPENBLAS_NUM_THREADS=1
export OMPI_MCA_btl_vader_single_copy_mechanism=none   # containers may forbid cross-memory attach
for p in 1 "$n"; do
  # the last line of each part: "epoch E step 2000/2000 loss L (R steps/s)"; µs per step = 1e6 / R
  mpirun --oversubscribe -np "$p" "$tmp/cost" | awk -v p="$p" '/2000\/2000/ { gsub(/\(/, "", $7); print p, $2, 1e6 / $7 }'
done > "$tmp/rates"
printf "%-6s %-9s %14s %14s %14s %9s\n" "batch" "processes" "gradient µs" "allreduce µs" "step µs" "speedup"
awk '{ t[$1, $2] = $3 } END {
  split("64 256 1024", batch, " ")
  for (b = 0; b < 3; b++) for (q = 0; q < 2; q++) {
    p = q == 0 ? 1 : '"$n"'
    printf "%-6d %-9d %14.1f %14.1f %14.1f %8.2fx\n", batch[b + 1], p, t[p, 10 * b], t[p, 10 * b + 1], t[p, 10 * b + 2], t[1, 10 * b + 2] / t[p, 10 * b + 2]
  }
}' "$tmp/rates"
