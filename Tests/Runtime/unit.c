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
  if (failures == 0) printf("runtime unit tests passed\n");
  return failures;
}
