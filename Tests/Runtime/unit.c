/* Unit tests of gradc's C runtime on its own, without any emitted program: built by
   BackendTests.testCRuntimeUnitTests as `cc -std=c11 -Wall -Wextra -Werror -include
   runtime.h unit.c -lm`, where runtime.h is the files of Sources/GradC/runtime in name order. Each check
   prints what failed; the exit status is the number of failures. */
static int failures = 0;
#define CHECK(cond, ...) do { if (!(cond)) { failures++; fprintf(stderr, "unit.c:%d: ", __LINE__); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)

static double gt_u_test_f64(double x) { return 2 * x + 1; }
static float gt_u_test_f32(float x) { return 2 * x + 1; }

static void check_text(const T *t, const char *want) {
  char *s = gt_format(t);
  CHECK(strcmp(s, want) == 0, "format: got '%s', want '%s'", s, want);
  free(s);
}


/* The element of t at the multi-index idx of a broadcast result of rank r (t's missing
   leading axes and its size-1 axes read at 0), or of t's axes permuted by perm. */
static double naive_at(const T *t, int r, const int64_t *idx, const int *perm) {
  int64_t off = 0;
  for (int d = 0; d < t->rank; d++) {
    int64_t i;
    if (perm) { int q = 0; while (perm[q] != d) q++; i = idx[q]; }
    else i = t->shape[d] == 1 ? 0 : idx[r - t->rank + d];
    off = off * t->shape[d] + i;
  }
  return gt_get(t, off);
}
static void next_index(int64_t *idx, int r, const int64_t *shape) {
  for (int d = r - 1; d >= 0; d--) { if (++idx[d] < shape[d]) return; idx[d] = 0; }
}
/* Every broadcast and permutation kernel (gt_binary, gt_select, gt_binary_fn, gt_transpose,
   gt_broadcast_to) against the element-by-element definition, over shapes whose broadcast axes
   sit first, in the middle and last, in each element type. */
static double gt_u_atan2(double a, double b) { return atan2(a, b); }
static float gt_u_atan2f(float a, float b) { return atan2f(a, b); }
static void check_strided_kernels(void) {
  static const int64_t shapes[][2][4] = {
    {{4, 1, 3, 1}, {1, 5, 3, 2}}, {{2, 3, 1}, {1, 1, 7}}, {{6, 1}, {1, 6}}, {{3, 4, 5, 1}, {5, 1}}, {{1, 1, 1}, {2, 2, 1}},
  };
  static const int ranks[][2] = {{4, 4}, {3, 3}, {2, 2}, {4, 2}, {3, 3}};
  const int dts[] = {F64, F32, I32};
  for (int c = 0; c < 5; c++) {
    for (int q = 0; q < 3; q++) {
      int dt = dts[q];
      T *x = gt_new(dt, ranks[c][0], shapes[c][0]), *y = gt_new(dt, ranks[c][1], shapes[c][1]);
      for (int64_t i = 0; i < x->n; i++) gt_set(x, i, (double)((i * 7) % 11) - 5);
      for (int64_t i = 0; i < y->n; i++) gt_set(y, i, (double)((i * 5) % 13) - 6 + (y->dt == I32 ? 0 : 0.5));
      int fs[] = {B_ADD, B_SUB, B_MUL, B_MAX, B_LT};
      for (int k = 0; k < 5; k++) {
        T *z = gt_binary(fs[k], x, y);
        int64_t idx[8] = {0};
        for (int64_t i = 0; i < z->n; i++, next_index(idx, z->rank, z->shape)) {
          double u = naive_at(x, z->rank, idx, 0), v = naive_at(y, z->rank, idx, 0);
          double want = dt == I32 && fs[k] < B_EQ ? (double)gt_binary_i32(fs[k], (int32_t)u, (int32_t)v) : gt_binary1(fs[k], u, v, dt);
          if (dt == F32) want = (float)want;
          CHECK(gt_get(z, i) == want, "binary %d of case %d type %d at %lld: %g, want %g", fs[k], c, dt, (long long)i, gt_get(z, i), want);
        }
        gt_release(z);
      }
      T *cond = gt_binary(B_LT, x, y);
      T *sel = gt_select(cond, x, y);
      int64_t idx[8] = {0};
      for (int64_t i = 0; i < sel->n; i++, next_index(idx, sel->rank, sel->shape)) {
        double want = naive_at(cond, sel->rank, idx, 0) != 0 ? naive_at(x, sel->rank, idx, 0) : naive_at(y, sel->rank, idx, 0);
        CHECK(gt_get(sel, i) == want, "select of case %d type %d at %lld", c, dt, (long long)i);
      }
      if (dt != I32) {
        T *g = gt_binary_fn(x, y, gt_u_atan2, gt_u_atan2f);
        int64_t j[8] = {0};
        for (int64_t i = 0; i < g->n; i++, next_index(j, g->rank, g->shape)) {
          double u = naive_at(x, g->rank, j, 0), v = naive_at(y, g->rank, j, 0);
          double want = dt == F32 ? (double)atan2f((float)u, (float)v) : atan2(u, v);
          CHECK(gt_get(g, i) == want, "binary_fn of case %d at %lld", c, (long long)i);
        }
        gt_release(g);
      }
      /* the broadcast result transposed back to front, and x broadcast to it */
      T *t = gt_transpose(sel, 0, 0);
      int perm[8];
      for (int d = 0; d < sel->rank; d++) perm[d] = sel->rank - 1 - d;
      int64_t k2[8] = {0};
      for (int64_t i = 0; i < t->n; i++, next_index(k2, t->rank, t->shape)) CHECK(gt_get(t, i) == naive_at(sel, t->rank, k2, perm), "transpose of case %d at %lld", c, (long long)i);
      T *bx = gt_broadcast_to(x, sel->rank, sel->shape);
      int64_t k3[8] = {0};
      for (int64_t i = 0; i < bx->n; i++, next_index(k3, bx->rank, bx->shape)) CHECK(gt_get(bx, i) == naive_at(x, bx->rank, k3, 0), "broadcast_to of case %d at %lld", c, (long long)i);
      gt_release(t); gt_release(bx); gt_release(sel); gt_release(cond); gt_release(x); gt_release(y);
    }
  }
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  /* broadcasting: [2, 3] + [3] */
  T *a = gt_const(F64, 2, (int64_t[]){2, 3}, (double[]){1, 2, 3, 4, 5, 6});
  T *b = gt_const(F64, 1, (int64_t[]){3}, (double[]){10, 20, 30});
  T *s = gt_binary(B_ADD, a, b);
  CHECK(s->rank == 2 && s->shape[0] == 2 && s->shape[1] == 3, "add: shape");
  CHECK(((double *)s->p)[0] == 11 && ((double *)s->p)[5] == 36, "add: values %g %g", ((double *)s->p)[0], ((double *)s->p)[5]);
  check_text(s, "[[11. 22. 33.]\n [14. 25. 36.]]");
  /* reductions accumulate in double; mean over the last axis */
  T *m = gt_reduce(R_MEAN, a, 1, 1, 0);
  CHECK(m->rank == 1 && ((double *)m->p)[0] == 2 && ((double *)m->p)[1] == 5, "mean: %g %g", ((double *)m->p)[0], ((double *)m->p)[1]);
  /* a matrix product */
  T *p = gt_matmul(a, gt_const(F64, 2, (int64_t[]){3, 1}, (double[]){1, 1, 1}));
  CHECK(p->shape[0] == 2 && p->shape[1] == 1 && ((double *)p->p)[0] == 6 && ((double *)p->p)[1] == 15, "matmul");
  /* a unary kernel calls the element functions it is given, in the element's type */
  T *f = gt_const(F32, 1, (int64_t[]){2}, (double[]){0.5, -1});
  T *u = gt_unary(f, gt_u_test_f64, gt_u_test_f32, 0);
  CHECK(u->dt == F32 && ((float *)u->p)[0] == 2.0f && ((float *)u->p)[1] == -1.0f, "unary");
  /* .npy: a saved tensor loads back equal, and a save never leaves a temporary behind */
  char path[] = "/tmp/gradc-unit-XXXXXX";
  CHECK(mkdtemp(path) != 0, "mkdtemp");
  char file[64]; snprintf(file, sizeof file, "%s/a.npy", path);
  gt_save(file, s);
  T *l = gt_load(file);
  CHECK(l->dt == F64 && l->rank == 2 && l->n == 6 && memcmp(l->p, s->p, 6 * sizeof(double)) == 0, "npy round trip");
  remove(file); rmdir(path);
  /* released buffers go back to the pool and are reused */
  void *buffer = s->p;
  gt_release(s);
  T *again = gt_new(F64, 2, (int64_t[]){2, 3});
  CHECK(again->p == buffer, "the pool did not reuse a released buffer of the same class");
  CHECK(((double *)again->p)[0] == 0, "gt_new zeroes");
  gt_release(again); gt_release(a); gt_release(b); gt_release(m); gt_release(p); gt_release(f); gt_release(u); gt_release(l);
  gt_pool_drain();
  check_strided_kernels();
  if (failures == 0) printf("runtime unit tests passed\n");
  return failures;
}
