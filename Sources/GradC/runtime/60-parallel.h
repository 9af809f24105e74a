/* gradc's C runtime, part 12 of 12: the data-parallel built-ins. Built with --mpi (GRADC_MPI,
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
/* Every process must give a call's collectives tensors of as many elements (the types agree,
   being one program's; the sizes may not): checked with one small reduction for the whole
   call, so that a mismatch is an error on every process, not a truncated message. */
static inline void gt_mpi_same_counts(int k, T *const *xs, const char *what) {
  long long *v = (long long *)gt_alloc(sizeof(long long) * 4 * (size_t)k), *r = v + 2 * k;
  for (int i = 0; i < k; i++) { v[2 * i] = (long long)xs[i]->n; v[2 * i + 1] = -(long long)xs[i]->n; }
  MPI_Allreduce(v, r, 2 * k, MPI_LONG_LONG, MPI_MAX, MPI_COMM_WORLD);
  for (int i = 0; i < k; i++) if (r[2 * i] != v[2 * i] || r[2 * i + 1] != v[2 * i + 1]) {
    char s[200], m[400]; gt_shape_text(s, sizeof s, xs[i]->rank, xs[i]->shape);
    snprintf(m, sizeof m, "%s of a tensor of shape %s (%lld elements), while the processes' tensors have from %lld to %lld elements",
             what, s, (long long)xs[i]->n, -r[2 * i + 1], r[2 * i]);
    gt_dealloc(v);
    gt_failing_everywhere = 1;   /* every process saw the same reduction: all fail here */
    gt_fail(m);
  }
  gt_dealloc(v);
}
/* One message: MPI_Allreduce (MPI_SUM) in place, or MPI_Bcast from root. MPI counts are ints:
   more than 2^30 elements go in parts. */
static inline void gt_mpi_message(void *p, int64_t n, int dt, int64_t root) {
  const int64_t part = (int64_t)1 << 30;
  for (int64_t k = 0; k < n; k += part) {
    int count = (int)(n - k < part ? n - k : part);
    char *at = (char *)p + (size_t)k * gt_size(dt);
    if (root >= 0) MPI_Bcast(at, count, gt_mpi_type(dt), (int)root, MPI_COMM_WORLD);
    else MPI_Allreduce(MPI_IN_PLACE, at, count, gt_mpi_type(dt), MPI_SUM, MPI_COMM_WORLD);
  }
}
#endif

/* One call of allreduce_sum (kind 0), allreduce_mean (1) or broadcast (2, from root) on the
   k tensors of a value (a tensor, or a record's fields, which the program reads one after
   another): ys[i] is xs[i] reduced. With MPI, after one check of the sizes, one message per
   element type: the tensors of a type packed into one buffer (a lone tensor is sent as it
   is), so a record costs as much latency as a tensor. */
GT_FN void gt_collective(int kind, int k, T *const *xs, T **ys, int64_t root) {
  static const char *const names[] = {"allreduce_sum", "allreduce_mean", "broadcast"};
  if (kind == 2 && (root < 0 || root >= gt_ranks)) {
    char m[160]; snprintf(m, sizeof m, "broadcast from root %lld, which is not a rank (world_size() = %d)", (long long)root, gt_ranks);
    gt_fail(m);
  }
#ifdef GRADC_MPI
  if (gt_ranks > 1) {
    gt_mpi_same_counts(k, xs, names[kind]);
    for (int i = 0; i < k; i++) {
      ys[i] = gt_new_raw(xs[i]->dt, xs[i]->rank, xs[i]->shape);
      memcpy(ys[i]->p, xs[i]->p, (size_t)xs[i]->n * gt_size(xs[i]->dt));
    }
    const int types[3] = {F64, F32, I32};
    for (int d = 0; d < 3; d++) {
      int dt = types[d], count = 0, last = 0;
      int64_t total = 0;
      for (int i = 0; i < k; i++) if (ys[i]->dt == dt) { count++; last = i; total += ys[i]->n; }
      if (count == 0) continue;
      if (count == 1) { gt_mpi_message(ys[last]->p, total, dt, kind == 2 ? root : -1); }
      else {
        size_t w = gt_size(dt), at = 0;
        char *buf = (char *)gt_alloc((size_t)total * w);
        for (int i = 0; i < k; i++) if (ys[i]->dt == dt) { memcpy(buf + at, ys[i]->p, (size_t)ys[i]->n * w); at += (size_t)ys[i]->n * w; }
        gt_mpi_message(buf, total, dt, kind == 2 ? root : -1);
        at = 0;
        for (int i = 0; i < k; i++) if (ys[i]->dt == dt) { memcpy(ys[i]->p, buf + at, (size_t)ys[i]->n * w); at += (size_t)ys[i]->n * w; }
        gt_dealloc(buf);
      }
    }
    if (kind == 1) for (int i = 0; i < k; i++) {
      if (ys[i]->dt == F64) { double *p = (double *)ys[i]->p; for (int64_t j = 0; j < ys[i]->n; j++) p[j] /= (double)gt_ranks; }
      if (ys[i]->dt == F32) { float *p = (float *)ys[i]->p; for (int64_t j = 0; j < ys[i]->n; j++) p[j] /= (float)gt_ranks; }
    }
    return;
  }
#endif
  (void)names;
  for (int i = 0; i < k; i++) ys[i] = gt_retain(xs[i]);
}
