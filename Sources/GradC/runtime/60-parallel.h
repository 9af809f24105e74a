/* gradc's C runtime, part 11 of 11: the data-parallel built-ins. Built with --mpi (GRADC_MPI,
   compiled and linked by Open MPI's mpicc), world_size() and rank() are MPI_COMM_WORLD's and
   the reductions Open MPI's MPI_Allreduce (MPI_SUM; the mean divides the sum by the ranks in
   the element's type) and MPI_Bcast; MPI_Init runs in gt_setup, MPI_Finalize in gt_finish.
   Without MPI, or on one process, they are the identities the VM computes (GradIR/Eval.swift).
   Every rank receives the same bits from a reduction: Open MPI's reduction algorithms combine
   the same partial sums in the same order for every rank. */
/* From gt_setup. Rank 0 prints (its stdout is the program's); the others' standard output is
   discarded, and they neither save nor log (55-npy.h, 50-io.h). */
GT_FN void gt_parallel_setup(void) {
#ifdef GRADC_MPI
  MPI_Init(0, 0);
  MPI_Comm_size(MPI_COMM_WORLD, &gt_ranks);
  MPI_Comm_rank(MPI_COMM_WORLD, &gt_this_rank);
  if (gt_this_rank != 0 && !freopen("/dev/null", "w", stdout)) gt_fail("cannot discard the output of a rank other than 0");
#endif
}
/* The end of an executable's main. */
GT_FN void gt_finish(void) {
#ifdef GRADC_MPI
  fflush(stdout);
  MPI_Finalize();
#endif
}

static inline int gt_world_size(void) { return gt_ranks; }
static inline int gt_rank(void) { return gt_this_rank; }

#ifdef GRADC_MPI
static inline MPI_Datatype gt_mpi_type(int dt) { return dt == F64 ? MPI_DOUBLE : dt == F32 ? MPI_FLOAT : MPI_INT32_T; }
/* Every rank must give a collective a tensor of as many elements (the types agree, being one
   program's; the sizes may not): checked with one small reduction, so that a mismatch is an
   error on every rank, not a truncated message. */
static inline void gt_mpi_same_count(const T *x, const char *what) {
  long long v[2] = {(long long)x->n, -(long long)x->n}, r[2];
  MPI_Allreduce(v, r, 2, MPI_LONG_LONG, MPI_MAX, MPI_COMM_WORLD);
  if (r[0] != v[0] || r[1] != v[1]) {
    char s[200], m[400]; gt_shape_text(s, sizeof s, x->rank, x->shape);
    snprintf(m, sizeof m, "%s of a tensor of shape %s (%lld elements), while the processes' tensors have from %lld to %lld elements",
             what, s, (long long)x->n, -r[1], r[0]);
    gt_fail(m);
  }
}
/* MPI counts are ints: a tensor of more than 2^30 elements goes in parts. */
#define GT_MPI_PART ((int64_t)1 << 30)
#endif

GT_FN T *gt_allreduce(T *x, int mean) {
#ifdef GRADC_MPI
  if (gt_ranks > 1) {
    gt_mpi_same_count(x, mean ? "allreduce_mean" : "allreduce_sum");
    T *y = gt_new_raw(x->dt, x->rank, x->shape);
    size_t w = gt_size(x->dt);
    for (int64_t k = 0; k < x->n; k += GT_MPI_PART) {
      int count = (int)(x->n - k < GT_MPI_PART ? x->n - k : GT_MPI_PART);
      MPI_Allreduce((char *)x->p + (size_t)k * w, (char *)y->p + (size_t)k * w, count, gt_mpi_type(x->dt), MPI_SUM, MPI_COMM_WORLD);
    }
    if (mean && x->dt == F64) { double *p = (double *)y->p; for (int64_t i = 0; i < y->n; i++) p[i] /= (double)gt_ranks; }
    if (mean && x->dt == F32) { float *p = (float *)y->p; for (int64_t i = 0; i < y->n; i++) p[i] /= (float)gt_ranks; }
    return y;
  }
#endif
  (void)mean;
  return gt_retain(x);
}

GT_FN T *gt_broadcast(T *x, int64_t root) {
  if (root < 0 || root >= gt_ranks) {
    char m[160]; snprintf(m, sizeof m, "broadcast from root %lld, which is not a rank (world_size() = %d)", (long long)root, gt_ranks);
    gt_fail(m);
  }
#ifdef GRADC_MPI
  if (gt_ranks > 1) {
    gt_mpi_same_count(x, "broadcast");
    T *y = gt_new_raw(x->dt, x->rank, x->shape);
    size_t w = gt_size(x->dt);
    if (gt_this_rank == root) memcpy(y->p, x->p, (size_t)x->n * w);
    for (int64_t k = 0; k < x->n; k += GT_MPI_PART) {
      int count = (int)(x->n - k < GT_MPI_PART ? x->n - k : GT_MPI_PART);
      MPI_Bcast((char *)y->p + (size_t)k * w, count, gt_mpi_type(x->dt), (int)root, MPI_COMM_WORLD);
    }
    return y;
  }
#endif
  return gt_retain(x);
}
