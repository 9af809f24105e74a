// The C runtime that every emitted program carries at its top: tensors with reference
// counts, and kernels whose semantics mirror GradTensor's line for line (broadcasting,
// indexing, reductions accumulating in double, SplitMix64 + Box–Muller random numbers, .npy
// I/O, NumPy-style printing). Elementwise math is done in double and rounded once to the
// element type. GEMM calls cblas when the program is linked with BLAS (GRADC_BLAS defined),
// otherwise a cache-blocked loop.

enum CRuntime {
    static let source = #"""
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <unistd.h>
#include <errno.h>
#include <time.h>
#include <sys/stat.h>
#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#endif
#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

enum { F32, F64, I32, BOOL };
/* A tensor. cls is the size class of its buffer, or -1 for a header nothing frees (a shared
   scalar, a view): its count is never changed. Tensors with buffers are on their thread's list
   of live tensors (prev, next), so an error in a library call frees them all. */
typedef struct gt_T { int rc, dt, rank, cls; int64_t shape[8], n; void *p; struct gt_T *prev, *next; } T;

/* A shared library's calls may run on many threads at once: every piece of state a call
   changes is the thread's own (GT_TLS), so calls neither race nor see each other's errors. An
   executable has one thread of gradc code and needs none of it. */
#ifdef GRADC_LIB
#include <pthread.h>
#define GT_TLS _Thread_local
#else
#define GT_TLS
#endif

static GT_TLS const char *gt_file = "";
static GT_TLS const char *const *gt_src = 0;
static GT_TLS int gt_src_lines = 0;
static GT_TLS int gt_line = 0, gt_col = 0;

/* In a shared library an error returns to the exported entry point instead of exiting. */
static GT_TLS int gt_lib_mode = 0;
static GT_TLS jmp_buf gt_jmp;
static GT_TLS char gt_error_text[1024];

static inline void gt_fail(const char *msg) {
  if (gt_lib_mode) {
    if (gt_line > 0) snprintf(gt_error_text, sizeof gt_error_text, "%s:%d:%d: %s", gt_file, gt_line, gt_col, msg);
    else snprintf(gt_error_text, sizeof gt_error_text, "%s: %s", gt_file, msg);
    longjmp(gt_jmp, 1);
  }
  fflush(stdout);
  if (gt_line > 0) {
    fprintf(stderr, "%s:%d:%d: error: %s\n", gt_file, gt_line, gt_col, msg);
    if (gt_line <= gt_src_lines) fprintf(stderr, "  %s\n  %*s^\n", gt_src[gt_line - 1], gt_col - 1, "");
  } else {
    fprintf(stderr, "%s: error: %s\n", gt_file, msg);
  }
  exit(70);
}

static inline const char *gt_dtname(int dt) { return dt == F32 ? "f32" : dt == F64 ? "f64" : dt == I32 ? "i32" : "bool"; }
static inline size_t gt_size(int dt) { return dt == F64 ? 8 : dt == BOOL ? 1 : 4; }

static inline void gt_shape_text(char *buf, size_t cap, int rank, const int64_t *shape) {
  size_t k = (size_t)snprintf(buf, cap, "[");
  for (int i = 0; i < rank && k < cap; i++) k += (size_t)snprintf(buf + k, cap - k, i ? ", %lld" : "%lld", (long long)shape[i]);
  if (k < cap) snprintf(buf + k, cap - k, "]");
}

/* Buffers: a tensor released at its last use returns its memory to a pool of power-of-two
   size classes (up to GT_POOL_CAP bytes kept), and the next tensor of that class takes it, so a
   loop's steady state calls no allocator; headers are pooled the same way. gt_new zeroes;
   gt_new_raw, for kernels that write every element, does not. */
#define GT_POOL_CAP ((size_t)1 << 30)
typedef struct gt_free_block { struct gt_free_block *next; } gt_free_block;
static GT_TLS gt_free_block *gt_pool[64];
static GT_TLS size_t gt_pool_bytes = 0;
static GT_TLS T *gt_free_headers = 0;
static GT_TLS T *gt_live = 0;
/* Buffers above GT_EXACT_BYTES get exactly their size, straight from malloc and back to it
   (class GT_EXACT): rounding a 9.8 GiB tape up to its power of two asked for 16 GiB. */
#define GT_EXACT_BYTES ((size_t)1 << 26)
#define GT_EXACT 64
static inline int gt_class(size_t bytes) {
  if (bytes > GT_EXACT_BYTES) return GT_EXACT;
  return bytes <= 64 ? 6 : 64 - __builtin_clzll((unsigned long long)(bytes - 1));
}
/* The machine's memory, set once before any call (gt_init_shared). */
static int64_t gt_physical = INT64_MAX;
/* More bytes than the machine has is "out of memory" before malloc is asked (an overcommitted
   allocation would succeed and be killed later), in the VM's words. */
static inline void gt_out_of_memory(int dt, int rank, const int64_t *shape, int overflow, int64_t bytes) {
  char s[200], m[400]; gt_shape_text(s, sizeof s, rank, shape);
  if (overflow) snprintf(m, sizeof m, "out of memory: the element count of shape %s overflows", s);
  else snprintf(m, sizeof m, "out of memory: a tensor of shape %s (%s) needs %lld bytes", s, gt_dtname(dt), (long long)bytes);
  gt_fail(m);
}
static inline T *gt_new_raw(int dt, int rank, const int64_t *shape) {
  int64_t n = 1;
  for (int i = 0; i < rank; i++) {
    if (shape[i] < 0) gt_fail("negative size in a shape");
    if (shape[i] && n > (INT64_MAX / 8) / shape[i]) gt_out_of_memory(dt, rank, shape, 1, 0);
    n *= shape[i];
  }
  if (n * (int64_t)gt_size(dt) > gt_physical) gt_out_of_memory(dt, rank, shape, 0, n * (int64_t)gt_size(dt));
  T *t = gt_free_headers;
  if (t) gt_free_headers = t->next;
  else if (!(t = (T *)malloc(sizeof(T)))) gt_fail("out of memory");
  t->rc = 1; t->dt = dt; t->rank = rank; t->n = n;
  for (int i = 0; i < rank; i++) t->shape[i] = shape[i];
  for (int i = rank; i < 8; i++) t->shape[i] = 0;
  size_t bytes = (size_t)(n ? n : 1) * gt_size(dt);
  t->cls = gt_class(bytes);
  gt_free_block *b = t->cls == GT_EXACT ? 0 : gt_pool[t->cls];
  if (b) { gt_pool[t->cls] = b->next; gt_pool_bytes -= (size_t)1 << t->cls; t->p = b; }
  else if (!(t->p = malloc(t->cls == GT_EXACT ? bytes : (size_t)1 << t->cls))) { t->next = gt_free_headers; gt_free_headers = t; gt_out_of_memory(dt, rank, shape, 0, n * (int64_t)gt_size(dt)); }
  t->prev = 0; t->next = gt_live; if (gt_live) gt_live->prev = t; gt_live = t;
  return t;
}
static inline T *gt_new(int dt, int rank, const int64_t *shape) {
  T *t = gt_new_raw(dt, rank, shape);
  memset(t->p, 0, (size_t)(t->n ? t->n : 1) * gt_size(dt));
  return t;
}
static inline T *gt_retain(T *t) { if (t && t->cls >= 0) t->rc++; return t; }
static inline void gt_free_tensor(T *t) {
  if (t->prev) t->prev->next = t->next; else gt_live = t->next;
  if (t->next) t->next->prev = t->prev;
  size_t bytes = t->cls == GT_EXACT ? SIZE_MAX : (size_t)1 << t->cls;
  if (t->cls != GT_EXACT && gt_pool_bytes + bytes <= GT_POOL_CAP) {
    gt_free_block *b = (gt_free_block *)t->p; b->next = gt_pool[t->cls]; gt_pool[t->cls] = b; gt_pool_bytes += bytes;
  } else {
    free(t->p);
  }
  t->next = gt_free_headers; gt_free_headers = t;
}
static inline void gt_release(T *t) {
  if (!t || t->cls < 0 || --t->rc != 0) return;
  gt_free_tensor(t);
}
/* Returns pooled memory to the system (at exit, so leak checkers see none kept). */
static inline void gt_pool_drain(void) {
  for (int c = 0; c < 64; c++) while (gt_pool[c]) { gt_free_block *b = gt_pool[c]; gt_pool[c] = b->next; free(b); }
  while (gt_free_headers) { T *t = gt_free_headers; gt_free_headers = t->next; free(t); }
  gt_pool_bytes = 0;
}

/* Scratch memory a kernel holds while it may fail (an index list, a file's bytes, an open
   file): registered, so a library call's error path frees it as it frees live tensors. */
#define GT_SCRATCH 16
static GT_TLS void *gt_scratch[GT_SCRATCH];
static GT_TLS FILE *gt_scratch_file[4];
static inline void *gt_alloc(size_t bytes) {
  void *p = malloc(bytes ? bytes : 1);
  if (!p) gt_fail("out of memory");
  for (int i = 0; i < GT_SCRATCH; i++) if (!gt_scratch[i]) { gt_scratch[i] = p; return p; }
  free(p);
  gt_fail("internal: too much scratch memory held at once");
  return 0;
}
static inline void *gt_calloc(size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) gt_fail("out of memory");
  void *p = gt_alloc(n * size);
  memset(p, 0, n * size);
  return p;
}
static inline void *gt_realloc(void *p, size_t bytes) {
  for (int i = 0; i < GT_SCRATCH; i++) if (p && gt_scratch[i] == p) {
    void *q = realloc(p, bytes ? bytes : 1);
    if (!q) gt_fail("out of memory");
    gt_scratch[i] = q;
    return q;
  }
  return gt_alloc(bytes);
}
static inline void gt_dealloc(void *p) {
  if (!p) return;
  for (int i = 0; i < GT_SCRATCH; i++) if (gt_scratch[i] == p) { gt_scratch[i] = 0; break; }
  free(p);
}
static inline FILE *gt_open(const char *path, const char *mode) {
  FILE *f = fopen(path, mode);
  if (f) for (int i = 0; i < 4; i++) if (!gt_scratch_file[i]) { gt_scratch_file[i] = f; break; }
  return f;
}
static inline int gt_close(FILE *f) {
  for (int i = 0; i < 4; i++) if (gt_scratch_file[i] == f) { gt_scratch_file[i] = 0; break; }
  return fclose(f);
}
/* After an error in a library call: frees every tensor and scratch buffer the call held. */
static inline void gt_unwind(void) {
  while (gt_live) { T *t = gt_live; t->rc = 1; gt_free_tensor(t); }
  for (int i = 0; i < GT_SCRATCH; i++) if (gt_scratch[i]) { free(gt_scratch[i]); gt_scratch[i] = 0; }
  for (int i = 0; i < 4; i++) if (gt_scratch_file[i]) { fclose(gt_scratch_file[i]); gt_scratch_file[i] = 0; }
}

static inline double gt_get(const T *t, int64_t i) {
  switch (t->dt) {
  case F32: return ((const float *)t->p)[i];
  case F64: return ((const double *)t->p)[i];
  case I32: return ((const int32_t *)t->p)[i];
  default: return ((const uint8_t *)t->p)[i];
  }
}
static inline int32_t gt_trunc_i32(double d) {
  if (d != d) return 0;
  if (d >= 2147483647.0) return INT32_MAX;
  if (d <= -2147483648.0) return INT32_MIN;
  return (int32_t)d;
}
static inline void gt_set(T *t, int64_t i, double v) {
  switch (t->dt) {
  case F32: ((float *)t->p)[i] = (float)v; break;
  case F64: ((double *)t->p)[i] = v; break;
  case I32: ((int32_t *)t->p)[i] = gt_trunc_i32(v); break;
  default: ((uint8_t *)t->p)[i] = v != 0; break;
  }
}
/* Small i32 and bool scalars (loop indices, trip counters, flags) are shared tensors that are
   never freed: handing one out costs no allocation. Their reference counts start far above 1,
   and nothing writes a tensor whose count is not 1. */
#define GT_SHARED_MIN (-64)
#define GT_SHARED_MAX 4096
static T gt_shared_i32[GT_SHARED_MAX - GT_SHARED_MIN + 1], gt_shared_bool[2];
static int32_t gt_shared_i32_v[GT_SHARED_MAX - GT_SHARED_MIN + 1];
static uint8_t gt_shared_bool_v[2];
/* Filled once, before any call (gt_setup, or a library's first call): then only read. */
static void gt_init_shared(void) {
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  if (pages > 0 && page > 0) gt_physical = (int64_t)pages * page;
  for (int64_t k = 0; k <= GT_SHARED_MAX - GT_SHARED_MIN; k++) {
    T *t = &gt_shared_i32[k];
    gt_shared_i32_v[k] = (int32_t)(k + GT_SHARED_MIN);
    t->rc = 1 << 30; t->dt = I32; t->rank = 0; t->n = 1; t->cls = -1; t->p = &gt_shared_i32_v[k];
  }
  for (int k = 0; k < 2; k++) {
    T *t = &gt_shared_bool[k];
    gt_shared_bool_v[k] = (uint8_t)k;
    t->rc = 1 << 30; t->dt = BOOL; t->rank = 0; t->n = 1; t->cls = -1; t->p = &gt_shared_bool_v[k];
  }
}
static inline T *gt_shared(int dt, double v) {
  if (dt == I32 && v >= GT_SHARED_MIN && v <= GT_SHARED_MAX && v == (double)(int32_t)v) return &gt_shared_i32[(int64_t)v - GT_SHARED_MIN];
  if (dt == BOOL) return &gt_shared_bool[v != 0];
  return 0;
}
static inline T *gt_scalar(int dt, double v) {
  T *t = gt_shared(dt, v);
  if (t) return t;
  t = gt_new_raw(dt, 0, 0); gt_set(t, 0, v); return t;
}
static inline T *gt_const(int dt, int rank, const int64_t *shape, const double *v) {
  T *t = gt_new(dt, rank, shape);
  for (int64_t i = 0; i < t->n; i++) gt_set(t, i, v[i]);
  return t;
}
static inline int64_t gt_int(const T *t) { return (int64_t)gt_get(t, 0); }

/* ---- process setup ----
   Debian's OpenBLAS 0.3.21 does not recognize recent x86 CPUs and falls back to slow SSE3
   kernels; it reads OPENBLAS_CORETYPE when it loads, before main, so main re-executes the
   program once with the core type set (unless the user set it). BLAS runs on one thread
   unless OPENBLAS_NUM_THREADS (or OMP_NUM_THREADS) says otherwise. Flush-to-zero and
   denormals-are-zero are on (GRADC_DENORMALS=1 turns them off), as XLA does: denormals make
   tanh recurrences' reverse sweeps several times slower. A thread inherits the setting from
   the thread that starts it, and OpenBLAS starts its workers when it loads, before main; so
   when more than one BLAS thread is asked for, the re-executed program loads OpenBLAS with one
   and starts the others from main once flush-to-zero is on. */
#ifdef GRADC_BLAS
void openblas_set_num_threads(int);
#endif
static void gt_setup(char **argv) {
  gt_init_shared();
  int ftz = !getenv("GRADC_DENORMALS");
#if defined(__x86_64__) || defined(__i386__)
  if (ftz) _mm_setcsr(_mm_getcsr() | 0x8040);
#endif
#ifdef GRADC_BLAS
  const char *asked = getenv("OPENBLAS_NUM_THREADS") ? getenv("OPENBLAS_NUM_THREADS") : getenv("OMP_NUM_THREADS");
  int threads = asked ? atoi(asked) : 1;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  if (!getenv("GRADC_REEXEC")) {
    const char *core = 0;
    if (!getenv("OPENBLAS_CORETYPE")) {
      __builtin_cpu_init();
      if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")) core = "SkylakeX";
      else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) core = "Haswell";
    }
    if (core || (threads > 1 && ftz)) {
      if (core) setenv("OPENBLAS_CORETYPE", core, 0);
      setenv("GRADC_REEXEC", "1", 1);
      if (threads > 1 && ftz) {
        char n[32]; snprintf(n, sizeof n, "%d", threads);
        setenv("GRADC_BLAS_THREADS", n, 1);
        setenv("OPENBLAS_NUM_THREADS", "1", 1);
        if (getenv("OMP_NUM_THREADS")) setenv("OMP_NUM_THREADS", "1", 1);
      } else if (!asked) {
        setenv("OPENBLAS_NUM_THREADS", "1", 0);
      }
      execv("/proc/self/exe", argv);   /* on failure, go on as we are */
    }
  }
#endif
  if (getenv("GRADC_BLAS_THREADS")) openblas_set_num_threads(atoi(getenv("GRADC_BLAS_THREADS")));
  else if (!asked) openblas_set_num_threads(1);
#endif
  (void)argv; (void)ftz;
}

#ifdef GRADC_LIB
/* A library's first call sets up what is shared (once, whichever thread makes it) and each
   thread's first call registers the thread, whose pooled memory is freed when it exits. BLAS
   runs on the calling thread unless OPENBLAS_NUM_THREADS or OMP_NUM_THREADS says otherwise:
   concurrent calls into a multithreaded OpenBLAS are not safe. */
static pthread_once_t gt_once = PTHREAD_ONCE_INIT;
static pthread_key_t gt_thread_key;
static GT_TLS int gt_thread_known = 0;
static void gt_thread_exit(void *unused) { (void)unused; gt_pool_drain(); }
static void gt_lib_init(void) {
  gt_init_shared();
  pthread_key_create(&gt_thread_key, gt_thread_exit);
#ifdef GRADC_BLAS
  if (!getenv("OPENBLAS_NUM_THREADS") && !getenv("OMP_NUM_THREADS")) openblas_set_num_threads(1);
#endif
}
static inline void gt_lib_enter(void) {
  pthread_once(&gt_once, gt_lib_init);
  if (!gt_thread_known) { gt_thread_known = 1; pthread_setspecific(gt_thread_key, (void *)1); }
}
#endif

/* A fused loop's sum: vectorized when built with -fopenmp-simd -DGRADC_SIMD (gradc build does),
   which lets the compiler reassociate it; in order otherwise. */
#ifdef GRADC_SIMD
#define GT_SIMD_SUM _Pragma("omp simd reduction(+:acc)")
#else
#define GT_SIMD_SUM
#endif

/* ---- elementwise ---- */
/* A unary op's element functions come with the program, made by gradc from its op table: in
   double, in float, and in int32 for the ops that take integers (0 for the others). */
typedef double (*gt_unary_f64)(double);
typedef float (*gt_unary_f32)(float);
typedef int32_t (*gt_unary_i32)(int32_t);
static inline T *gt_unary(const T *a, gt_unary_f64 fd, gt_unary_f32 ff, gt_unary_i32 fi) {
  T *r = gt_new_raw(a->dt, a->rank, a->shape);
  if (a->dt == I32) { const int32_t *x = (const int32_t *)a->p; int32_t *z = (int32_t *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = fi ? fi(x[i]) : x[i]; }
  else if (a->dt == F64) { const double *x = (const double *)a->p; double *z = (double *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = fd(x[i]); }
  else if (a->dt == F32) { const float *x = (const float *)a->p; float *z = (float *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = ff(x[i]); }
  else for (int64_t i = 0; i < a->n; i++) gt_set(r, i, fd(gt_get(a, i)));
  return r;
}

enum { B_ADD, B_SUB, B_MUL, B_DIV, B_POW, B_MAX, B_MIN, B_LEAKY, B_EQ, B_NE, B_LT, B_LE, B_GT, B_GE, B_AND, B_OR };

/* Broadcast strides of `t` against `out` (0 along broadcast axes). */
static inline void gt_bstrides(const T *t, int rank, const int64_t *out, int64_t *st) {
  int pad = rank - t->rank;
  int64_t acc = 1;
  for (int i = rank - 1; i >= 0; i--) {
    if (i < pad) { st[i] = 0; continue; }
    int64_t d = t->shape[i - pad];
    st[i] = d == 1 && out[i] != 1 ? 0 : acc;
    acc *= d;
  }
}
static inline int gt_bshape(int ra, const int64_t *sa, int rb, const int64_t *sb, int64_t *out) {
  int r = ra > rb ? ra : rb;
  for (int i = 0; i < r; i++) {
    int64_t x = i < r - ra ? 1 : sa[i - (r - ra)], y = i < r - rb ? 1 : sb[i - (r - rb)];
    if (x == y || y == 1) out[i] = x; else if (x == 1) out[i] = y; else return -1;
  }
  return r;
}
/* For each output index k, offsets into up to three broadcast inputs. */
typedef struct { int rank; int64_t shape[8], idx[8], st[3][8], off[3]; } gt_iter;
static inline void gt_iter_init(gt_iter *it, int rank, const int64_t *shape, const T *a, const T *b, const T *c) {
  memset(it, 0, sizeof *it);
  it->rank = rank;
  memcpy(it->shape, shape, sizeof(int64_t) * (size_t)rank);
  const T *ts[3] = {a, b, c};
  for (int k = 0; k < 3; k++) if (ts[k]) gt_bstrides(ts[k], rank, shape, it->st[k]);
}
static inline void gt_iter_next(gt_iter *it) {
  for (int d = it->rank - 1; d >= 0; d--) {
    it->idx[d]++;
    for (int k = 0; k < 3; k++) it->off[k] += it->st[k][d];
    if (it->idx[d] < it->shape[d]) return;
    for (int k = 0; k < 3; k++) it->off[k] -= it->st[k][d] * it->shape[d];
    it->idx[d] = 0;
  }
}
static inline void gt_shape_error(const char *what, const T *a, const T *b) {
  char x[200], y[200], m[500];
  gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, b->rank, b->shape);
  snprintf(m, sizeof m, "%s %s and %s cannot be broadcast together", what, x, y);
  gt_fail(m);
}
static inline double gt_binary1(int f, double a, double b, int dt) {
  switch (f) {
  case B_ADD: return a + b;
  case B_SUB: return a - b;
  case B_MUL: return a * b;
  case B_DIV: return a / b;
  case B_POW: return dt == F32 ? powf((float)a, (float)b) : pow(a, b);
  case B_MAX: return a != a || b != b ? NAN : (a > b ? a : b);
  case B_MIN: return a != a || b != b ? NAN : (a < b ? a : b);
  case B_LEAKY: return a > 0 ? a : b * a;
  case B_EQ: return a == b;
  case B_NE: return a != b;
  case B_LT: return a < b;
  case B_LE: return a <= b;
  case B_GT: return a > b;
  case B_GE: return a >= b;
  case B_AND: return a != 0 && b != 0;
  default: return a != 0 || b != 0;
  }
}
static inline int32_t gt_binary_i32(int f, int32_t a, int32_t b) {
  switch (f) {
  case B_ADD: return (int32_t)((uint32_t)a + (uint32_t)b);
  case B_SUB: return (int32_t)((uint32_t)a - (uint32_t)b);
  case B_MUL: return (int32_t)((uint32_t)a * (uint32_t)b);
  case B_DIV:
    if (b == 0) gt_fail("integer division by zero");
    return a == INT32_MIN && b == -1 ? INT32_MIN : a / b;
  case B_POW: {
    if (b < 0) gt_fail("integer power with a negative exponent");
    uint32_t r = 1; for (int32_t i = 0; i < b; i++) r *= (uint32_t)a; return (int32_t)r;
  }
  case B_MAX: return a > b ? a : b;
  case B_MIN: return a < b ? a : b;
  default: return (int32_t)((uint32_t)b * (uint32_t)a);
  }
}
static inline T *gt_binary(int f, const T *a, const T *b) {
  int64_t out[8];
  if (a->rank == 0 && b->rank == 0) {   /* scalars (loop indices, counters): no iteration */
    int cmp0 = f >= B_EQ;
    if (a->dt == I32 && !cmp0) return gt_scalar(I32, gt_binary_i32(f, ((int32_t *)a->p)[0], ((int32_t *)b->p)[0]));
    if (cmp0 || a->dt == BOOL) return gt_scalar(BOOL, gt_binary1(f, gt_get(a, 0), gt_get(b, 0), a->dt));
    T *res = gt_new_raw(a->dt, 0, out);
    gt_set(res, 0, gt_binary1(f, gt_get(a, 0), gt_get(b, 0), a->dt));
    return res;
  }
  int r = gt_bshape(a->rank, a->shape, b->rank, b->shape, out);
  if (r < 0) gt_shape_error("shapes", a, b);
  int cmp = f >= B_EQ;
  T *res = gt_new_raw(cmp ? BOOL : a->dt, r, out);
  /* Fast paths: float arithmetic on equal shapes or with a scalar operand, in typed loops. */
  if (!cmp && (a->dt == F64 || a->dt == F32) && (a->n == res->n || a->n == 1) && (b->n == res->n || b->n == 1)) {
    int64_t sa = a->n == 1 ? 0 : 1, sb = b->n == 1 ? 0 : 1;
    if (a->dt == F64) {
      const double *x = (const double *)a->p, *y = (const double *)b->p; double *z = (double *)res->p;
      switch (f) {
      case B_ADD: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] + y[k * sb]; break;
      case B_SUB: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] - y[k * sb]; break;
      case B_MUL: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] * y[k * sb]; break;
      case B_DIV: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] / y[k * sb]; break;
      default: for (int64_t k = 0; k < res->n; k++) z[k] = gt_binary1(f, x[k * sa], y[k * sb], F64);
      }
    } else {
      const float *x = (const float *)a->p, *y = (const float *)b->p; float *z = (float *)res->p;
      switch (f) {
      case B_ADD: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] + y[k * sb]; break;
      case B_SUB: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] - y[k * sb]; break;
      case B_MUL: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] * y[k * sb]; break;
      case B_DIV: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] / y[k * sb]; break;
      default: for (int64_t k = 0; k < res->n; k++) z[k] = (float)gt_binary1(f, x[k * sa], y[k * sb], F32);
      }
    }
    return res;
  }
  /* Row broadcast (a bias): one operand is the full result, the other its trailing dims. */
  if (!cmp && (a->dt == F64 || a->dt == F32) && res->n > 0) {
    const T *full = a->n == res->n ? a : b, *row = full == a ? b : a;
    int tail = row->rank <= r && full->n == res->n && row->n > 0 && res->n % row->n == 0;
    for (int i = 0; tail && i < row->rank; i++) if (row->shape[i] != out[r - row->rank + i]) tail = 0;
    if (tail) {
      int64_t m = row->n;
      int rowfirst = row == a;
#define GT_ROW_LOOP(TY, DT) { \
        const TY *fp = (const TY *)full->p, *rp = (const TY *)row->p; TY *z = (TY *)res->p; \
        for (int64_t base = 0; base < res->n; base += m) { \
          const TY *fx = fp + base; TY *zz = z + base; \
          switch (f) { \
          case B_ADD: for (int64_t j = 0; j < m; j++) zz[j] = fx[j] + rp[j]; break; \
          case B_MUL: for (int64_t j = 0; j < m; j++) zz[j] = fx[j] * rp[j]; break; \
          case B_SUB: if (rowfirst) for (int64_t j = 0; j < m; j++) zz[j] = rp[j] - fx[j]; else for (int64_t j = 0; j < m; j++) zz[j] = fx[j] - rp[j]; break; \
          case B_DIV: if (rowfirst) for (int64_t j = 0; j < m; j++) zz[j] = rp[j] / fx[j]; else for (int64_t j = 0; j < m; j++) zz[j] = fx[j] / rp[j]; break; \
          default: for (int64_t j = 0; j < m; j++) zz[j] = (TY)(rowfirst ? gt_binary1(f, rp[j], fx[j], DT) : gt_binary1(f, fx[j], rp[j], DT)); \
          } } }
      if (a->dt == F64) GT_ROW_LOOP(double, F64) else GT_ROW_LOOP(float, F32)
#undef GT_ROW_LOOP
      return res;
    }
  }
  gt_iter it; gt_iter_init(&it, r, out, a, b, 0);
  for (int64_t k = 0; k < res->n; k++, gt_iter_next(&it)) {
    if (a->dt == I32 && !cmp) ((int32_t *)res->p)[k] = gt_binary_i32(f, ((int32_t *)a->p)[it.off[0]], ((int32_t *)b->p)[it.off[1]]);
    else gt_set(res, k, gt_binary1(f, gt_get(a, it.off[0]), gt_get(b, it.off[1]), a->dt));
  }
  return res;
}
static inline T *gt_select(const T *c, const T *a, const T *b) {
  int64_t ab[8], out[8];
  int r1 = gt_bshape(a->rank, a->shape, b->rank, b->shape, ab);
  int r = r1 < 0 ? -1 : gt_bshape(c->rank, c->shape, r1, ab, out);
  if (r < 0) gt_shape_error("where of shapes", a, b);
  T *res = gt_new_raw(a->dt, r, out);
  gt_iter it; gt_iter_init(&it, r, out, c, a, b);
  size_t sz = gt_size(a->dt);
  for (int64_t k = 0; k < res->n; k++, gt_iter_next(&it)) {
    const T *src = ((uint8_t *)c->p)[it.off[0]] ? a : b;
    memcpy((char *)res->p + k * (int64_t)sz, (char *)src->p + it.off[src == a ? 1 : 2] * (int64_t)sz, sz);
  }
  return res;
}
static inline T *gt_convert(const T *a, int dt) {
  T *r = gt_new_raw(dt, a->rank, a->shape);
  for (int64_t i = 0; i < a->n; i++) gt_set(r, i, gt_get(a, i));
  return r;
}
static inline T *gt_copy(const T *a) { T *r = gt_new_raw(a->dt, a->rank, a->shape); memcpy(r->p, a->p, (size_t)a->n * gt_size(a->dt)); return r; }

/* ---- reductions (accumulate in double, as GradTensor) ---- */
enum { R_SUM, R_MEAN, R_MAX, R_MIN, R_PROD, R_LSE };
static inline T *gt_reduce(int k, const T *a, int has_axis, int axis, int keep) {
  if (a->dt == BOOL) gt_fail("reduction of a bool tensor");
  int64_t outer = 1, len = a->n, inner = 1, shape[8] = {0};
  int rank = 0;
  if (has_axis) {
    if (axis < 0) axis += a->rank;
    if (axis < 0 || axis >= a->rank) gt_fail("axis out of range");
    outer = 1; for (int i = 0; i < axis; i++) outer *= a->shape[i];
    len = a->shape[axis];
    inner = 1; for (int i = axis + 1; i < a->rank; i++) inner *= a->shape[i];
    for (int i = 0; i < a->rank; i++) { if (i == axis) { if (keep) shape[rank++] = 1; } else shape[rank++] = a->shape[i]; }
  } else if (keep) {
    for (int i = 0; i < a->rank; i++) shape[rank++] = 1;
  }
  if (len == 0 && (k == R_MAX || k == R_MIN)) gt_fail("max or min of an empty tensor");
  int dt = a->dt == I32 && k == R_MEAN ? F64 : a->dt;
  T *r = gt_new_raw(dt, rank, shape);
  double *xs = (double *)gt_alloc(sizeof(double) * (size_t)(a->n ? a->n : 1));
  if (a->dt == F64) memcpy(xs, a->p, sizeof(double) * (size_t)a->n);
  else if (a->dt == F32) { const float *x = (const float *)a->p; for (int64_t i = 0; i < a->n; i++) xs[i] = x[i]; }
  else for (int64_t i = 0; i < a->n; i++) xs[i] = gt_get(a, i);
#define GT_X(i) xs[i]
  for (int64_t o = 0; o < outer; o++) for (int64_t i = 0; i < inner; i++) {
    int64_t base = o * len * inner + i;
    double acc;
    if (k == R_SUM || k == R_MEAN) { acc = 0; for (int64_t j = 0; j < len; j++) acc += GT_X(base + j * inner); if (k == R_MEAN) acc /= (double)len; }
    else if (k == R_PROD) { acc = 1; for (int64_t j = 0; j < len; j++) acc *= GT_X(base + j * inner); }
    else if (k == R_MAX || k == R_MIN) {
      acc = GT_X(base);
      for (int64_t j = 0; j < len; j++) { double v = GT_X(base + j * inner); if (v != v) { acc = v; break; } if (k == R_MAX ? v > acc : v < acc) acc = v; }
    } else {
      double m = -INFINITY; int nan = 0;
      for (int64_t j = 0; j < len; j++) { double v = GT_X(base + j * inner); if (v != v) nan = 1; if (v > m) m = v; }
      if (nan) acc = NAN;
      else if (isinf(m)) acc = m;
      else { double s = 0; for (int64_t j = 0; j < len; j++) s += exp(GT_X(base + j * inner) - m); acc = m + log(s); }
    }
    gt_set(r, o * inner + i, acc);
  }
#undef GT_X
  gt_dealloc(xs);
  return r;
}

/* The index of the largest element along an axis (i32): the first of equal ones, the first NaN. */
static inline T *gt_argmax(const T *a, int axis) {
  if (a->dt == BOOL) gt_fail("argmax of a bool tensor");
  if (axis < 0) axis += a->rank;
  if (axis < 0 || axis >= a->rank) gt_fail("axis out of range");
  int64_t outer = 1, len = a->shape[axis], inner = 1, shape[8] = {0};
  int rank = 0;
  for (int i = 0; i < axis; i++) outer *= a->shape[i];
  for (int i = axis + 1; i < a->rank; i++) inner *= a->shape[i];
  for (int i = 0; i < a->rank; i++) if (i != axis) shape[rank++] = a->shape[i];
  if (len == 0) gt_fail("argmax of an empty axis");
  T *r = gt_new(I32, rank, shape);
  int32_t *out = (int32_t *)r->p;
  for (int64_t o = 0; o < outer; o++) for (int64_t i = 0; i < inner; i++) {
    int64_t base = o * len * inner + i, best = 0;
    double m = gt_get(a, base);
    if (m == m) for (int64_t j = 1; j < len; j++) {
      double v = gt_get(a, base + j * inner);
      if (v != v) { best = j; break; }
      if (v > m) { m = v; best = j; }
    }
    out[o * inner + i] = (int32_t)best;
  }
  return r;
}

/* ---- matmul ---- */
#ifdef GRADC_BLAS
void cblas_dgemm(int, int, int, int, int, int, double, const double *, int, const double *, int, double, double *, int);
void cblas_sgemm(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
#endif
/* Small products in plain loops: below about 16^3 multiply-adds a BLAS call's own overhead
   is most of the time. A(i, p) = a[i * sai + p * sap], B(p, j) = b[p * sbp + j * sbj]; c is
   written, row-major m x n. */
#define GT_SMALL_GEMM 8192
#define GT_SMALL_GEMM_BODY(TY) { \
    const TY *restrict x = (const TY *)a, *restrict y = (const TY *)b; TY *restrict z = (TY *)c; \
    if (sbj == 1) { \
      for (int64_t i = 0; i < m; i++) { \
        TY *restrict zi = z + i * n; \
        if (!accumulate) for (int64_t j = 0; j < n; j++) zi[j] = 0; \
        int64_t p = 0; \
        for (; p + 4 <= k; p += 4) { /* four rows a pass, added in order: one store per pass */ \
          const TY a0 = x[i * sai + p * sap], a1 = x[i * sai + (p + 1) * sap], a2 = x[i * sai + (p + 2) * sap], a3 = x[i * sai + (p + 3) * sap]; \
          const TY *restrict y0 = y + p * sbp, *restrict y1 = y0 + sbp, *restrict y2 = y1 + sbp, *restrict y3 = y2 + sbp; \
          for (int64_t j = 0; j < n; j++) zi[j] = zi[j] + a0 * y0[j] + a1 * y1[j] + a2 * y2[j] + a3 * y3[j]; \
        } \
        for (; p < k; p++) { const TY av = x[i * sai + p * sap]; const TY *restrict yp = y + p * sbp; for (int64_t j = 0; j < n; j++) zi[j] += av * yp[j]; } \
      } \
    } else if (sap == 1 && sbp == 1) { \
      for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) { \
        const TY *restrict xi = x + i * sai, *restrict yj = y + j * sbj; TY acc = accumulate ? z[i * n + j] : 0; \
        GT_SIMD_SUM \
        for (int64_t p = 0; p < k; p++) acc += xi[p] * yj[p]; \
        z[i * n + j] = acc; \
      } \
    } else { \
      for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) { \
        TY acc = accumulate ? z[i * n + j] : 0; for (int64_t p = 0; p < k; p++) acc += x[i * sai + p * sap] * y[p * sbp + j * sbj]; z[i * n + j] = acc; \
      } \
    } }
static inline void gt_gemm_small(int dt, int64_t m, int64_t n, int64_t k, const void *a, int64_t sai, int64_t sap,
                                 const void *b, int64_t sbp, int64_t sbj, void *c, int accumulate) {
  if (sbj != 1 && k * n <= 2048) {
    /* B read across its rows (a transpose flag): copied into rows first, for the row loop. */
    double rows[2048];
    if (dt == F64) { for (int64_t p = 0; p < k; p++) for (int64_t j = 0; j < n; j++) rows[p * n + j] = ((const double *)b)[p * sbp + j * sbj]; }
    else { float *r = (float *)rows; for (int64_t p = 0; p < k; p++) for (int64_t j = 0; j < n; j++) r[p * n + j] = ((const float *)b)[p * sbp + j * sbj]; }
    gt_gemm_small(dt, m, n, k, a, sai, sap, rows, n, 1, c, accumulate);
    return;
  }
  if (dt == F64) GT_SMALL_GEMM_BODY(double) else GT_SMALL_GEMM_BODY(float)
}
#undef GT_SMALL_GEMM_BODY
static inline void gt_gemm(int dt, int64_t m, int64_t n, int64_t k, const void *a, const void *b, void *c) {
  if (m * n * k <= GT_SMALL_GEMM) { gt_gemm_small(dt, m, n, k, a, k, 1, b, n, 1, c, 0); return; }
#ifdef GRADC_BLAS
  if (m > 0 && n > 0 && k > 0) {
    if (dt == F64) cblas_dgemm(101, 111, 111, (int)m, (int)n, (int)k, 1, (const double *)a, (int)k, (const double *)b, (int)n, 0, (double *)c, (int)n);
    else cblas_sgemm(101, 111, 111, (int)m, (int)n, (int)k, 1, (const float *)a, (int)k, (const float *)b, (int)n, 0, (float *)c, (int)n);
    return;
  }
#endif
  for (int64_t i = 0; i < m; i++) for (int64_t p = 0; p < k; p++) {
    if (dt == F64) { double av = ((const double *)a)[i * k + p]; if (av == 0) continue; for (int64_t j = 0; j < n; j++) ((double *)c)[i * n + j] += av * ((const double *)b)[p * n + j]; }
    else { float av = ((const float *)a)[i * k + p]; if (av == 0) continue; for (int64_t j = 0; j < n; j++) ((float *)c)[i * n + j] += av * ((const float *)b)[p * n + j]; }
  }
}
static inline T *gt_broadcast_to(const T *a, int rank, const int64_t *shape);
static inline T *gt_matmul2(const T *a, int ta, const T *b, int tb);
static inline T *gt_matmul(const T *a, const T *b) {
  if (a->rank == 0 || b->rank == 0) gt_fail("@ needs operands of rank 1 or more");
  T *fast = gt_matmul2(a, 0, b, 0);
  if (fast) return fast;
  int64_t sa[8], sb[8]; int ra = a->rank, rb = b->rank;
  if (ra == 1) { sa[0] = 1; sa[1] = a->shape[0]; ra = 2; } else memcpy(sa, a->shape, sizeof(int64_t) * (size_t)ra);
  if (rb == 1) { sb[0] = b->shape[0]; sb[1] = 1; rb = 2; } else memcpy(sb, b->shape, sizeof(int64_t) * (size_t)rb);
  int64_t m = sa[ra - 2], k = sa[ra - 1], n = sb[rb - 1];
  if (k != sb[rb - 2]) { gt_shape_error("@ of shapes", a, b); }
  int64_t batch[8];
  int br = gt_bshape(ra - 2, sa, rb - 2, sb, batch);
  if (br < 0) gt_shape_error("@ of shapes", a, b);
  int64_t fa[8], fb[8];
  memcpy(fa, batch, sizeof(int64_t) * (size_t)br); fa[br] = m; fa[br + 1] = k;
  memcpy(fb, batch, sizeof(int64_t) * (size_t)br); fb[br] = k; fb[br + 1] = n;
  T av = *a, bv = *b; av.rank = ra; memcpy(av.shape, sa, sizeof sa); bv.rank = rb; memcpy(bv.shape, sb, sizeof sb);
  T *ea = gt_broadcast_to(&av, br + 2, fa), *eb = gt_broadcast_to(&bv, br + 2, fb);
  int64_t out[8], nb = 1; int ro = 0;
  for (int i = 0; i < br; i++) { out[ro++] = batch[i]; nb *= batch[i]; }
  if (a->rank > 1) out[ro++] = m;
  if (b->rank > 1) out[ro++] = n;
  T *r = gt_new(a->dt, ro, out);
  size_t sz = gt_size(a->dt);
  if (a->dt == I32) {
    for (int64_t q = 0; q < nb; q++) for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) {
      double s = 0; for (int64_t p = 0; p < k; p++) s += gt_get(ea, q * m * k + i * k + p) * gt_get(eb, q * k * n + p * n + j);
      gt_set(r, q * m * n + i * n + j, s);
    }
  } else {
    for (int64_t q = 0; q < nb; q++) gt_gemm(a->dt, m, n, k, (char *)ea->p + q * m * k * (int64_t)sz, (char *)eb->p + q * k * n * (int64_t)sz, (char *)r->p + q * m * n * (int64_t)sz);
  }
  gt_release(ea); gt_release(eb);
  return r;
}

/* A product of matrices and vectors (rank 1 or 2) whose operands may be read transposed (ta,
   tb: the rank-2 operand is the stored matrix's transpose), so a transpose feeding @ is a GEMM
   flag, not a copy. NULL when that is not the case (batches, integers, a shape mismatch: the
   general path reports it). */
static inline T *gt_matmul2_into(T *acc, const T *a, int ta, const T *b, int tb) {
  if (!((a->dt == F32 || a->dt == F64) && a->rank >= 1 && a->rank <= 2 && b->rank >= 1 && b->rank <= 2 && (!ta || a->rank == 2) && (!tb || b->rank == 2))) return 0;
  int64_t m = a->rank == 1 ? 1 : (ta ? a->shape[1] : a->shape[0]), k = a->rank == 1 ? a->shape[0] : (ta ? a->shape[0] : a->shape[1]);
  int64_t kb = b->rank == 1 ? b->shape[0] : (tb ? b->shape[1] : b->shape[0]), n = b->rank == 1 ? 1 : (tb ? b->shape[0] : b->shape[1]);
  if (k != kb) return 0;
  int small = m * n * k <= GT_SMALL_GEMM, blas = 0;
#ifdef GRADC_BLAS
  blas = 1;
#else
  small = small || !tb;   /* without BLAS: plain loops unless B is read across its rows */
#endif
  if (!small && !blas) return 0;
  int64_t out[2]; int ro = 0;
  if (a->rank > 1) out[ro++] = m;
  if (b->rank > 1) out[ro++] = n;
  if (acc && (acc->dt != a->dt || acc->rank != ro || (ro > 0 && acc->shape[0] != out[0]) || (ro > 1 && acc->shape[1] != out[1]))) return 0;
  T *r = acc ? acc : gt_new_raw(a->dt, ro, out);
  int64_t lda = a->rank == 1 ? k : a->shape[1], ldb = b->rank == 1 ? 1 : b->shape[1];
  if (m == 0 || n == 0) return r;
  if (small || k == 0) {
    gt_gemm_small(a->dt, m, n, k, a->p, ta ? 1 : lda, ta ? lda : 1, b->p, tb ? 1 : ldb, tb ? ldb : 1, r->p, acc != 0);
    return r;
  }
#ifdef GRADC_BLAS
  if (a->dt == F64) cblas_dgemm(101, ta ? 112 : 111, tb ? 112 : 111, (int)m, (int)n, (int)k, 1, (const double *)a->p, (int)lda, (const double *)b->p, (int)ldb, acc ? 1 : 0, (double *)r->p, (int)n);
  else cblas_sgemm(101, ta ? 112 : 111, tb ? 112 : 111, (int)m, (int)n, (int)k, 1, (const float *)a->p, (int)lda, (const float *)b->p, (int)ldb, acc ? 1 : 0, (float *)r->p, (int)n);
#endif
  return r;
}
static inline T *gt_matmul2(const T *a, int ta, const T *b, int tb) { return gt_matmul2_into(0, a, ta, b, tb); }
static inline T *gt_transpose(const T *a, int has_perm, const int *perm0);
static inline T *gt_matmul_t(const T *a, int ta, const T *b, int tb) {
  T *r = gt_matmul2(a, ta, b, tb);
  if (r) return r;
  T *x = ta ? gt_transpose(a, 0, 0) : gt_retain((T *)a), *y = tb ? gt_transpose(b, 0, 0) : gt_retain((T *)b);
  r = gt_matmul(x, y);
  gt_release(x); gt_release(y);
  return r;
}
static inline T *gt_binary(int f, const T *a, const T *b);
/* r[off : off + cnt] += a @ b, the slice read as a tensor of the product's shape (rank, shape). */
static inline void gt_matmul_acc_at(T *r, int64_t off, int64_t cnt, int rank, const int64_t *shape, const T *a, int ta, const T *b, int tb) {
  T v = *r;
  v.p = (char *)r->p + off * (int64_t)gt_size(r->dt); v.rank = rank; v.n = 1;
  for (int i = 0; i < rank; i++) { v.shape[i] = shape[i]; v.n *= shape[i]; }
  if (v.n == cnt && gt_matmul2_into(&v, a, ta, b, tb)) return;
  T *p = gt_matmul_t(a, ta, b, tb);
  if (p->n != cnt || p->dt != r->dt) gt_fail("internal: a product does not fit its slice");
  if (r->dt == F64) for (int64_t i = 0; i < cnt; i++) ((double *)r->p)[off + i] += ((double *)p->p)[i];
  else for (int64_t i = 0; i < cnt; i++) ((float *)r->p)[off + i] += ((float *)p->p)[i];
  gt_release(p);
}
/* acc + a @ b with the product added into acc's buffer (GEMM's beta = 1): in place when own
   is set (acc's last reader) and no one else holds it, into a copy otherwise. */
static inline T *gt_matmul_acc(T *acc, int own, const T *a, int ta, const T *b, int tb) {
  T *r = own && acc->rc == 1 ? gt_retain(acc) : gt_copy(acc);
  if (gt_matmul2_into(r, a, ta, b, tb)) return r;
  gt_release(r);
  T *p = gt_matmul_t(a, ta, b, tb);
  r = gt_binary(B_ADD, acc, p);
  gt_release(p);
  return r;
}

/* ---- shape ops ---- */
static inline T *gt_gather(const T *a, int rank, const int64_t *shape, const int64_t *src) {
  T *r = gt_new(a->dt, rank, shape);
  size_t sz = gt_size(a->dt);
  for (int64_t i = 0; i < r->n; i++) memcpy((char *)r->p + i * (int64_t)sz, (char *)a->p + src[i] * (int64_t)sz, sz);
  return r;
}
static inline T *gt_broadcast_to(const T *a, int rank, const int64_t *shape) {
  int64_t out[8];
  if (gt_bshape(a->rank, a->shape, rank, shape, out) != rank || memcmp(out, shape, sizeof(int64_t) * (size_t)rank) != 0) {
    char x[200], y[200], m[500];
    gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, rank, shape);
    snprintf(m, sizeof m, "cannot broadcast shape %s to %s", x, y); gt_fail(m);
  }
  /* Tensors are never written after they are made, so an identity broadcast shares. */
  if (a->rank == rank && memcmp(a->shape, shape, sizeof(int64_t) * (size_t)rank) == 0) return gt_retain((T *)a);
  T *r = gt_new(a->dt, rank, shape);
  gt_iter it; gt_iter_init(&it, rank, shape, a, 0, 0);
  size_t sz = gt_size(a->dt);
  for (int64_t k = 0; k < r->n; k++, gt_iter_next(&it)) memcpy((char *)r->p + k * (int64_t)sz, (char *)a->p + it.off[0] * (int64_t)sz, sz);
  return r;
}
static inline T *gt_reshape(const T *a, int rank, const int64_t *shape0) {
  int64_t shape[8]; int64_t known = 1; int hole = -1;
  for (int i = 0; i < rank; i++) { shape[i] = shape0[i]; if (shape[i] == -1) hole = i; else known *= shape[i]; }
  if (hole >= 0) shape[hole] = known > 0 && a->n % known == 0 ? a->n / known : -2;
  int64_t total = 1; for (int i = 0; i < rank; i++) { if (shape[i] < 0) total = -1; else total *= shape[i]; }
  if (total != a->n) {
    char x[200], y[200], m[500];
    gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, rank, shape0);
    snprintf(m, sizeof m, "cannot reshape %s to %s", x, y); gt_fail(m);
  }
  T *r = gt_copy(a); r->rank = rank; memcpy(r->shape, shape, sizeof(int64_t) * (size_t)rank);
  return r;
}
static inline T *gt_transpose(const T *a, int has_perm, const int *perm0) {
  if (a->rank == 2 && (!has_perm || perm0[0] == 1) && (a->dt == F32 || a->dt == F64)) {
    int64_t m = a->shape[0], n = a->shape[1], shape[2] = {n, m};
    T *r = gt_new(a->dt, 2, shape);
    if (a->dt == F64) { const double *x = (const double *)a->p; double *z = (double *)r->p; for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) z[j * m + i] = x[i * n + j]; }
    else { const float *x = (const float *)a->p; float *z = (float *)r->p; for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) z[j * m + i] = x[i * n + j]; }
    return r;
  }
  int perm[8]; int64_t shape[8], st[8], acc = 1;
  for (int i = a->rank - 1; i >= 0; i--) { st[i] = acc; acc *= a->shape[i]; }
  for (int i = 0; i < a->rank; i++) { perm[i] = has_perm ? perm0[i] : a->rank - 1 - i; shape[i] = a->shape[perm[i]]; }
  int64_t *src = (int64_t *)gt_alloc(sizeof(int64_t) * (size_t)(a->n ? a->n : 1));
  int64_t idx[8] = {0};
  for (int64_t k = 0; k < a->n; k++) {
    int64_t off = 0; for (int i = 0; i < a->rank; i++) off += idx[i] * st[perm[i]];
    src[k] = off;
    for (int d = a->rank - 1; d >= 0; d--) { if (++idx[d] < shape[d]) break; idx[d] = 0; }
  }
  T *r = gt_gather(a, a->rank, shape, src); gt_dealloc(src);
  return r;
}
static inline T *gt_expand_dims(const T *a, int axis) {
  if (axis < 0) axis += a->rank + 1;
  T *r = gt_copy(a); r->rank = a->rank + 1;
  for (int i = 0, j = 0; i < r->rank; i++) r->shape[i] = i == axis ? 1 : a->shape[j++];
  return r;
}
static inline T *gt_squeeze(const T *a, int has_axis, int axis) {
  T *r = gt_copy(a); int k = 0;
  if (has_axis && axis < 0) axis += a->rank;
  if (has_axis && (axis < 0 || axis >= a->rank || a->shape[axis] != 1)) gt_fail("cannot squeeze an axis whose size is not 1");
  for (int i = 0; i < a->rank; i++) if (has_axis ? i != axis : a->shape[i] != 1) r->shape[k++] = a->shape[i];
  r->rank = k;
  return r;
}
static inline T *gt_concat(int count, T *const *parts, int axis) {
  const T *f = parts[0];
  if (axis < 0) axis += f->rank;
  int64_t shape[8]; memcpy(shape, f->shape, sizeof shape); shape[axis] = 0;
  for (int i = 0; i < count; i++) {
    if (parts[i]->rank != f->rank) gt_fail("concat of tensors of different ranks");
    for (int d = 0; d < f->rank; d++) if (d != axis && parts[i]->shape[d] != f->shape[d]) gt_fail("concat of tensors whose other dimensions differ");
    shape[axis] += parts[i]->shape[axis];
  }
  T *r = gt_new(f->dt, f->rank, shape);
  int64_t outer = 1, inner = 1; for (int d = 0; d < axis; d++) outer *= f->shape[d]; for (int d = axis + 1; d < f->rank; d++) inner *= f->shape[d];
  size_t sz = gt_size(f->dt); int64_t k = 0;
  for (int64_t o = 0; o < outer; o++) for (int i = 0; i < count; i++) {
    int64_t len = parts[i]->shape[axis] * inner;
    memcpy((char *)r->p + k * (int64_t)sz, (char *)parts[i]->p + o * len * (int64_t)sz, (size_t)len * sz); k += len;
  }
  return r;
}
/* Index specs: kind 0 = at(i); 1 = range(start?, stop?, step). */
typedef struct { int kind, has_start, has_stop; int64_t start, stop, step; } gt_spec;
static inline void gt_slice_bounds(const gt_spec *s, int64_t n, int64_t *start, int64_t *count) {
  int64_t a, b;
  if (s->step > 0) {
    a = !s->has_start ? 0 : (s->start < 0 ? (s->start + n < 0 ? 0 : s->start + n) : (s->start > n ? n : s->start));
    b = !s->has_stop ? n : (s->stop < 0 ? (s->stop + n < 0 ? 0 : s->stop + n) : (s->stop > n ? n : s->stop));
    *start = a; *count = b > a ? (b - a + s->step - 1) / s->step : 0;
  } else {
    a = !s->has_start ? n - 1 : (s->start < 0 ? (s->start + n < -1 ? -1 : s->start + n) : (s->start > n - 1 ? n - 1 : s->start));
    b = !s->has_stop ? -1 : (s->stop < 0 ? (s->stop + n < -1 ? -1 : s->stop + n) : (s->stop > n - 1 ? n - 1 : s->stop));
    *start = a; *count = a > b ? (a - b - s->step - 1) / (-s->step) : 0;
  }
}
/* The flat source index of every element of x[specs], and the result shape. */
static inline int64_t *gt_index_map(const T *a, int nspec, const gt_spec *specs, int *rank, int64_t *shape) {
  int64_t st[8], acc = 1, starts[8], steps[8], lens[8];
  for (int i = a->rank - 1; i >= 0; i--) { st[i] = acc; acc *= a->shape[i]; }
  if (nspec > a->rank) gt_fail("too many indices");
  *rank = 0;
  for (int d = 0; d < a->rank; d++) {
    gt_spec s = d < nspec ? specs[d] : (gt_spec){1, 0, 0, 0, 0, 1};
    if (s.kind == 0) {
      int64_t i = s.start < 0 ? s.start + a->shape[d] : s.start;
      if (i < 0 || i >= a->shape[d]) {
        char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis %d of size %lld", (long long)s.start, d, (long long)a->shape[d]); gt_fail(m);
      }
      starts[d] = i; steps[d] = 1; lens[d] = 1;
    } else {
      if (s.step == 0) gt_fail("slice step cannot be zero");
      gt_slice_bounds(&s, a->shape[d], &starts[d], &lens[d]); steps[d] = s.step; shape[(*rank)++] = lens[d];
    }
  }
  int64_t n = 1; for (int d = 0; d < a->rank; d++) n *= lens[d];
  int64_t *src = (int64_t *)gt_alloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  int64_t idx[8] = {0};
  for (int64_t k = 0; k < n; k++) {
    int64_t off = 0; for (int d = 0; d < a->rank; d++) off += (starts[d] + idx[d] * steps[d]) * st[d];
    src[k] = off;
    for (int d = a->rank - 1; d >= 0; d--) { if (++idx[d] < lens[d]) break; idx[d] = 0; }
  }
  return src;
}
/* A 1-D slice with step 1: the first element and the length, or -1 when that is not the case. */
static inline int64_t gt_contiguous_1d(const T *a, int nspec, const gt_spec *specs, int64_t *start) {
  if (a->rank != 1 || nspec != 1 || specs[0].kind != 1 || specs[0].step != 1) return -1;
  int64_t count; gt_slice_bounds(&specs[0], a->shape[0], start, &count);
  return count;
}
static inline T *gt_index(const T *a, int nspec, const gt_spec *specs) {
  /* x[i, j, ...] with single indices only: one contiguous block, no index map. */
  int ats = 0; while (ats < nspec && specs[ats].kind == 0) ats++;
  if (ats == nspec && nspec <= a->rank) {
    int64_t off = 0, inner = 1;
    for (int d = 0; d < a->rank; d++) {
      if (d < nspec) {
        int64_t i = specs[d].start < 0 ? specs[d].start + a->shape[d] : specs[d].start;
        if (i < 0 || i >= a->shape[d]) {
          char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis %d of size %lld", (long long)specs[d].start, d, (long long)a->shape[d]); gt_fail(m);
        }
        off = off * a->shape[d] + i;
      } else { off *= a->shape[d]; inner *= a->shape[d]; }
    }
    T *r = gt_new_raw(a->dt, a->rank - nspec, a->shape + nspec);
    memcpy(r->p, (char *)a->p + off * (int64_t)gt_size(a->dt), (size_t)inner * gt_size(a->dt));
    return r;
  }
  int64_t start, count = gt_contiguous_1d(a, nspec, specs, &start);
  if (count >= 0) {
    T *r = gt_new(a->dt, 1, &count);
    memcpy(r->p, (char *)a->p + start * (int64_t)gt_size(a->dt), (size_t)count * gt_size(a->dt));
    return r;
  }
  int rank; int64_t shape[8] = {0};
  int64_t *src = gt_index_map(a, nspec, specs, &rank, shape);
  T *r = gt_gather(a, rank, shape, src); gt_dealloc(src);
  return r;
}
/* A view of src's elements [off, off + cnt) as a tensor of the given shape, in a header h on
   the caller's stack (never freed; its count never reaches 1, so nothing writes through it).
   Only matrix products read it, while src is still held. */
static inline T *gt_view(T *h, const T *src, int64_t off, int64_t cnt, int rank, const int64_t *shape) {
  *h = *src;
  h->rc = 1 << 30; h->cls = -1; h->rank = rank; h->n = cnt; h->prev = h->next = 0;
  for (int i = 0; i < rank; i++) h->shape[i] = shape[i];
  h->p = (char *)src->p + off * (int64_t)gt_size(src->dt);
  return h;
}
/* A fused loop's view of the first axis (of length len, rows of inner elements): its first
   element and its element count, checked as gt_index checks them. */
static inline void gt_view_at(int64_t i0, int64_t len, int64_t inner, int64_t *off, int64_t *cnt) {
  int64_t i = i0 < 0 ? i0 + len : i0;
  if (i < 0 || i >= len) {
    char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis 0 of size %lld", (long long)i0, (long long)len); gt_fail(m);
  }
  *off = i * inner; *cnt = inner;
}
static inline void gt_view_range(int has_start, int64_t start, int has_stop, int64_t stop, int64_t len, int64_t inner, int64_t *off, int64_t *cnt) {
  gt_spec s = {1, has_start, has_stop, start, stop, 1};
  int64_t a, n; gt_slice_bounds(&s, len, &a, &n);
  *off = a * inner; *cnt = n * inner;
}
static inline T *gt_scatter_add(const T *v, const T *like, int nspec, const gt_spec *specs) {
  int64_t start, count = gt_contiguous_1d(like, nspec, specs, &start);
  if (count >= 0 && count == v->n && (v->dt == F64 || v->dt == F32)) {
    T *r = gt_new(v->dt, like->rank, like->shape);   /* zeros; the slice gets v */
    memcpy((char *)r->p + start * (int64_t)gt_size(v->dt), v->p, (size_t)count * gt_size(v->dt));
    return r;
  }
  int rank; int64_t shape[8] = {0};
  int64_t *dst = gt_index_map(like, nspec, specs, &rank, shape);
  T *r = gt_new(v->dt, like->rank, like->shape);
  for (int64_t k = 0; k < v->n; k++) gt_set(r, dst[k], gt_get(r, dst[k]) + gt_get(v, k));
  gt_dealloc(dst);
  return r;
}
static inline T *gt_set_index(const T *buf, int64_t i, const T *v) {
  if (buf->rank < 1 || i < 0 || i >= buf->shape[0] || v->n * buf->shape[0] != buf->n) gt_fail("set_index out of range");
  T *r = gt_copy(buf);
  memcpy((char *)r->p + i * v->n * (int64_t)gt_size(v->dt), v->p, (size_t)v->n * gt_size(v->dt));
  return r;
}
/* set_index consuming the caller's reference to buf: in place when that reference is the
   only one (the tape of a loop), otherwise a copy. */
static inline T *gt_set_index_owned(T *buf, int64_t i, const T *v) {
  if (buf->rc != 1) { T *r = gt_set_index(buf, i, v); gt_release(buf); return r; }
  if (buf->rank < 1 || i < 0 || i >= buf->shape[0] || v->n * buf->shape[0] != buf->n) gt_fail("set_index out of range");
  memcpy((char *)buf->p + i * v->n * (int64_t)gt_size(v->dt), v->p, (size_t)v->n * gt_size(v->dt));
  return buf;
}
static inline T *gt_stack_zeros(int64_t n, const T *like) {
  int64_t shape[8]; shape[0] = n; memcpy(shape + 1, like->shape, sizeof(int64_t) * (size_t)like->rank);
  return gt_new(like->dt, like->rank + 1, shape);
}
/* The checkpointing planner, a port of GradTensor/Checkpoint.swift kept step for step with
   it (a test compares the plans both make). The plan is an i32 vector:
   [slots, trips, actions, slot of each trip..., (code, slot, trip) per action], codes
   0 restore, 1 store, 2 advance, 3 adjoint. Schedules: 0 store-all, 1 sqrt, 2 binomial
   (param = snapshots), 3 budget (param = bytes). */
typedef struct { int32_t *a; int64_t n, cap; } gt_ivec;
static inline void gt_ivec_push(gt_ivec *v, int32_t x) {
  if (v->n == v->cap) { v->cap = v->cap ? 2 * v->cap : 64; v->a = (int32_t *)gt_realloc(v->a, sizeof(int32_t) * (size_t)v->cap); }
  v->a[v->n++] = x;
}
static inline void gt_act(gt_ivec *v, int32_t code, int64_t slot, int64_t trip) { gt_ivec_push(v, code); gt_ivec_push(v, (int32_t)slot); gt_ivec_push(v, (int32_t)trip); }
static inline int64_t gt_choose(int64_t n, int64_t k) {
  const int64_t cap = INT64_MAX / 4;
  if (k < 0 || n < k) return 0;
  if (n - k < k) k = n - k;
  int64_t r = 1;
  for (int64_t i = 0; i < k; i++) {
    __int128 m = (__int128)r * (n - k + i + 1);
    if (m / (i + 1) > cap) return cap;
    r = (int64_t)(m / (i + 1));
  }
  return r;
}
static inline int64_t gt_beta(int64_t s, int64_t r) { return r < 0 ? 0 : gt_choose(s + r, s); }
static inline int64_t gt_repetitions(int64_t l, int64_t s) { int64_t r = 0; while (gt_beta(s, r) < l) r++; return r; }
static inline int64_t gt_split(int64_t n, int64_t s) {
  int64_t r = gt_repetitions(n, s);
  int64_t lo = gt_beta(s, r - 2), b = n - gt_beta(s - 1, r);
  if (b > lo) lo = b;
  if (lo < 1) lo = 1;
  int64_t hi = gt_beta(s, r - 1); b = n - gt_beta(s - 1, r - 1);
  if (b < hi) hi = b;
  if (n - 1 < hi) hi = n - 1;
  int64_t m = lo < hi ? lo : hi;
  return m < 1 ? 1 : m;
}
static inline int64_t gt_sqrt_segment(int64_t l) {
  int64_t s = (int64_t)sqrt((double)l);
  while (s * s < l) s++;
  while (s > 1 && (s - 1) * (s - 1) >= l) s--;
  return s < 1 ? 1 : s;
}
typedef struct { gt_ivec seq; int64_t pos; } gt_revolve;
static inline void gt_revolve_advance(gt_revolve *v, int64_t t) { while (v->pos < t) { gt_act(&v->seq, 2, -1, v->pos); v->pos++; } }
static void gt_revolve_reverse(gt_revolve *v, int64_t start, int64_t end, int64_t s, int64_t slot) {
  int64_t n = end - start;
  if (n == 1) { gt_act(&v->seq, 3, -1, start); v->pos = -1; return; }
  if (s == 1) {
    for (int64_t t = end - 1; t >= start; t--) {
      if (v->pos != start) { gt_act(&v->seq, 0, slot, -1); v->pos = start; }
      gt_revolve_advance(v, t);
      gt_act(&v->seq, 3, -1, t); v->pos = -1;
    }
    return;
  }
  int64_t m = gt_split(n, s);
  gt_revolve_advance(v, start + m);
  gt_act(&v->seq, 1, slot + 1, -1);
  gt_revolve_reverse(v, start + m, end, s - 1, slot + 1);
  gt_act(&v->seq, 0, slot, -1); v->pos = start;
  gt_revolve_reverse(v, start, start + m, s, slot);
}
static inline T *gt_checkpoint_plan(int64_t l, int kind, double param, double state_bytes) {
  if (l < 0) l = 0;
  int64_t bytes = (int64_t)state_bytes;
  if (kind == 3) {
    int64_t budget = (int64_t)param, b = bytes > 1 ? bytes : 1;
    if (l * b <= budget) kind = 0;
    else if (budget / b >= 2) { kind = 2; param = (double)(budget / b - 1); }
    else {
      char m[256];
      snprintf(m, sizeof m, "checkpoint budget of %lld bytes is too small for a loop of %lld trips whose state takes %lld bytes: it needs at least %lld bytes (two states)",
               (long long)budget, (long long)l, (long long)bytes, (long long)(2 * bytes));
      gt_fail(m);
    }
  }
  int64_t slots = 0;
  int32_t *slot_of = (int32_t *)gt_alloc(sizeof(int32_t) * (size_t)(l > 0 ? l : 1));
  for (int64_t t = 0; t < l; t++) slot_of[t] = -1;
  gt_ivec acts = {0, 0, 0};
  if (l > 0 && kind == 0) {
    slots = l;
    for (int64_t t = 0; t < l; t++) slot_of[t] = (int32_t)t;
    for (int64_t t = l - 1; t >= 0; t--) { gt_act(&acts, 0, t, -1); gt_act(&acts, 3, -1, t); }
  } else if (l > 0 && kind == 1) {
    int64_t seg = gt_sqrt_segment(l), segments = (l + seg - 1) / seg;
    slots = segments + seg - 1;
    for (int64_t g = 0; g < segments; g++) slot_of[g * seg] = (int32_t)g;
    for (int64_t g = segments - 1; g >= 0; g--) {
      int64_t a = g * seg, e = a + seg < l ? a + seg : l;
      gt_act(&acts, 0, g, -1);
      for (int64_t t = a; t < e - 1; t++) {
        if (t > a) gt_act(&acts, 1, segments + (t - a - 1), -1);
        gt_act(&acts, 2, -1, t);
      }
      gt_act(&acts, 3, -1, e - 1);
      for (int64_t t = e - 2; t >= a; t--) { gt_act(&acts, 0, t == a ? g : segments + (t - a - 1), -1); gt_act(&acts, 3, -1, t); }
    }
  } else if (l > 0) {
    gt_revolve v = {{0, 0, 0}, 0};
    gt_act(&v.seq, 1, 0, -1);
    gt_revolve_reverse(&v, 0, l, param >= 1 ? (int64_t)param : 1, 0);
    int64_t first = 0;
    while (v.seq.a[3 * first] != 3) first++;
    int64_t t = 0, max_slot = -1;
    for (int64_t k = 0; k < v.seq.n / 3; k++) {
      int32_t code = v.seq.a[3 * k], s = v.seq.a[3 * k + 1];
      if (code == 1) { if (k < first) slot_of[t] = s; if (s > max_slot) max_slot = s; }
      if (code == 2 && k < first) t++;
    }
    int64_t last = slot_of[l - 1];
    if (last < 0) { last = max_slot + 1; slot_of[l - 1] = (int32_t)last; }
    slots = (max_slot > last ? max_slot : last) + 1;
    gt_act(&acts, 0, last, -1);
    for (int64_t k = 3 * first; k < v.seq.n; k++) gt_ivec_push(&acts, v.seq.a[k]);
    gt_dealloc(v.seq.a);
  }
  int64_t n = 3 + l + acts.n;
  T *r = gt_new(I32, 1, &n);
  int32_t *p = (int32_t *)r->p;
  p[0] = (int32_t)slots; p[1] = (int32_t)l; p[2] = (int32_t)(acts.n / 3);
  if (l > 0) memcpy(p + 3, slot_of, sizeof(int32_t) * (size_t)l);
  if (acts.n) memcpy(p + 3 + l, acts.a, sizeof(int32_t) * (size_t)acts.n);
  gt_dealloc(slot_of); gt_dealloc(acts.a);
  return r;
}
/* --check-nan: stop at the first NaN or infinity an operation produced. */
static inline void gt_check_finite(const T *t, const char *op) {
  if (t->dt != F32 && t->dt != F64) return;
  for (int64_t i = 0; i < t->n; i++) {
    double v = gt_get(t, i);
    if (!isfinite(v)) {
      char m[200];
      snprintf(m, sizeof m, "'%s' produced %s (--check-nan)", op, isnan(v) ? "NaN" : v > 0 ? "inf" : "-inf");
      gt_fail(m);
    }
  }
}
static inline T *gt_sum_to(const T *a, const T *like) {
  T *t = gt_retain((T *)a);
  while (t->rank > like->rank) { T *u = gt_reduce(R_SUM, t, 1, 0, 0); gt_release(t); t = u; }
  for (int d = 0; d < like->rank; d++) if (like->shape[d] == 1 && t->shape[d] != 1) { T *u = gt_reduce(R_SUM, t, 1, d, 1); gt_release(t); t = u; }
  return t;
}
static inline T *gt_one_hot(const T *y, int64_t k, int dt) {
  int64_t shape[8]; memcpy(shape, y->shape, sizeof(int64_t) * (size_t)y->rank); shape[y->rank] = k;
  T *r = gt_new(dt, y->rank + 1, shape);
  for (int64_t i = 0; i < y->n; i++) {
    int32_t c = ((int32_t *)y->p)[i];
    if (c < 0 || c >= k) { char m[120]; snprintf(m, sizeof m, "label %d is out of range for %lld classes", c, (long long)k); gt_fail(m); }
    gt_set(r, i * k + c, 1);
  }
  return r;
}
static inline T *gt_fill(int dt, double v, int rank, const int64_t *shape) {
  if (v == 0 && !signbit(v)) return gt_new(dt, rank, shape);
  T *r = gt_new_raw(dt, rank, shape);
  if (dt == F32) { float x = (float)v; for (int64_t i = 0; i < r->n; i++) ((float *)r->p)[i] = x; }
  else if (dt == F64) { for (int64_t i = 0; i < r->n; i++) ((double *)r->p)[i] = v; }
  else for (int64_t i = 0; i < r->n; i++) gt_set(r, i, v);
  return r;
}
static inline T *gt_arange(int64_t n) { if (n < 0) n = 0; T *r = gt_new(I32, 1, &n); for (int64_t i = 0; i < n; i++) ((int32_t *)r->p)[i] = (int32_t)i; return r; }
static inline T *gt_shape_of(const T *a) { int64_t r = a->rank; T *t = gt_new(I32, 1, &r); for (int i = 0; i < a->rank; i++) ((int32_t *)t->p)[i] = (int32_t)a->shape[i]; return t; }

/* ---- random: SplitMix64, uniform = top 53 bits / 2^53, normals by Box-Muller ---- */
static inline uint64_t gt_splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull; z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
static inline double gt_uniform(uint64_t *s) { return (double)(gt_splitmix(s) >> 11) * 0x1.0p-53; }
static inline T *gt_random(int normal, int dt, int64_t seed, int rank, const int64_t *shape) {
  T *r = gt_new(dt, rank, shape);
  uint64_t s = (uint64_t)seed;
  for (int64_t i = 0; i < r->n; i += normal ? 2 : 1) {
    if (!normal) { gt_set(r, i, gt_uniform(&s)); continue; }
    double u1 = gt_uniform(&s), u2 = gt_uniform(&s), rad = sqrt(-2 * log(1 - u1)), th = 2 * 3.14159265358979323846 * u2;
    gt_set(r, i, rad * cos(th));
    if (i + 1 < r->n) gt_set(r, i + 1, rad * sin(th));
  }
  return r;
}

/* Rows by index: take(x, idx), its adjoint scatter_rows(v, like, idx), and a seeded permutation
   (Fisher-Yates over SplitMix64, as the VM draws it). */
static inline int64_t gt_row(const T *idx, int64_t k, int64_t rows) {
  int64_t r = (int64_t)((const int32_t *)idx->p)[k];
  int64_t i = r < 0 ? r + rows : r;
  if (i < 0 || i >= rows) { char m[160]; snprintf(m, sizeof m, "row index %lld is out of range for %lld rows", (long long)r, (long long)rows); gt_fail(m); }
  return i;
}
static inline T *gt_take(const T *x, const T *idx) {
  if (x->rank < 1) gt_fail("take needs a tensor of rank 1 or more, got a scalar");
  if (idx->dt != I32 || idx->rank != 1) gt_fail("row indices must be an i32 vector");
  int64_t shape[8];
  shape[0] = idx->n;
  for (int i = 1; i < x->rank; i++) shape[i] = x->shape[i];
  T *r = gt_new(x->dt, x->rank, shape);
  int64_t width = x->shape[0] ? x->n / x->shape[0] : 0, sz = gt_size(x->dt);
  for (int64_t k = 0; k < idx->n; k++) {
    int64_t row = gt_row(idx, k, x->shape[0]);
    memcpy((char *)r->p + k * width * sz, (const char *)x->p + row * width * sz, (size_t)(width * sz));
  }
  return r;
}
static inline T *gt_scatter_rows(const T *v, const T *like, const T *idx) {
  if (like->rank < 1) gt_fail("scatter_rows needs a target of rank 1 or more");
  if (idx->dt != I32 || idx->rank != 1) gt_fail("row indices must be an i32 vector");
  T *r = gt_new(like->dt, like->rank, like->shape);
  int64_t width = like->shape[0] ? like->n / like->shape[0] : 0;
  if (v->n != idx->n * width) gt_fail("scatter_rows: the rows do not match the indices");
  for (int64_t k = 0; k < idx->n; k++) {
    int64_t row = gt_row(idx, k, like->shape[0]);
    for (int64_t j = 0; j < width; j++) gt_set(r, row * width + j, gt_get(r, row * width + j) + gt_get(v, k * width + j));
  }
  return r;
}
static inline T *gt_permutation(int64_t seed, int64_t n) {
  if (n < 0) gt_fail("permutation of a negative number of elements");
  int64_t shape[1] = {n};
  T *r = gt_new(I32, 1, shape);
  int32_t *p = (int32_t *)r->p;
  for (int64_t i = 0; i < n; i++) p[i] = (int32_t)i;
  uint64_t s = (uint64_t)seed;
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)(gt_splitmix(&s) % (uint64_t)(i + 1));
    int32_t t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return r;
}


/* ---- checks of declared types ----
   Each dimension of a declared type is a constant (sym = -1, value c), a size name bound on
   first sight (sym = index into sz), or an expression in size names already evaluated by the
   caller (sym = -2; c < 0 when some name is not bound yet, and then it is not checked). */
typedef struct { int sym; int64_t c; } gt_dim;
static inline void gt_bind(const T *t, int dt, int rank, const gt_dim *dims, int64_t *sz, const char *const *names,
                           const int *used, int nused, const char *what, const char *type) {
  int ok = t->dt == dt && t->rank == rank;
  for (int i = 0; ok && i < rank; i++) {
    if (dims[i].sym >= 0) { if (sz[dims[i].sym] < 0) sz[dims[i].sym] = t->shape[i]; ok = sz[dims[i].sym] == t->shape[i]; }
    else if (dims[i].sym == -1 || dims[i].c >= 0) ok = dims[i].c == t->shape[i];
  }
  if (ok) return;
  char note[300] = "", s[200], m[800]; size_t k = 0; int first = 1;
  for (int i = 0; i < nused; i++) if (sz[used[i]] >= 0) {
    k += (size_t)snprintf(note + k, sizeof note - k, "%s%s = %lld", first ? " (" : ", ", names[used[i]], (long long)sz[used[i]]);
    first = 0;
  }
  if (!first) snprintf(note + k, sizeof note - k, ")");
  gt_shape_text(s, sizeof s, t->rank, t->shape);
  snprintf(m, sizeof m, "%s has type %s%s, expected %s%s", what, gt_dtname(t->dt), s, type, note);
  gt_fail(m);
}
static inline void gt_check(const T *t, int dt, int rank, const int64_t *want, const char *what, const char *type) {
  int ok = t->dt == dt && t->rank == rank;
  for (int i = 0; ok && i < rank; i++) if (want[i] >= 0 && want[i] != t->shape[i]) ok = 0;
  if (!ok) {
    char s[200], m[600]; gt_shape_text(s, sizeof s, t->rank, t->shape);
    snprintf(m, sizeof m, "%s has type %s%s, expected %s", what, gt_dtname(t->dt), s, type); gt_fail(m);
  }
}

/* ---- .npy ---- */
static inline T *gt_load(const char *path) {
  char m[700];
  struct stat st;
  /* Only a regular file: a FIFO or a device would block or never end. */
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) { snprintf(m, sizeof m, "cannot read '%s': not a regular file", path); gt_fail(m); }
  FILE *f = gt_open(path, "rb");
  if (!f) { snprintf(m, sizeof m, "cannot read '%s': no such file or not readable", path); gt_fail(m); }
  long long file_size = fstat(fileno(f), &st) == 0 ? (long long)st.st_size : -1;
  unsigned char head[12];
  size_t got = fread(head, 1, 10, f);
  if (got < 10 || memcmp(head, "\x93NUMPY", 6) != 0) { snprintf(m, sizeof m, "'%s' is not a valid .npy file: missing the \\x93NUMPY magic", path); gt_fail(m); }
  size_t hl;
  if (head[6] == 1) hl = head[8] | (size_t)head[9] << 8;
  else { if (fread(head + 10, 1, 2, f) != 2) gt_fail("truncated .npy header"); hl = head[8] | (size_t)head[9] << 8 | (size_t)head[10] << 16 | (size_t)head[11] << 24; }
  char *h = (char *)gt_calloc(hl + 1, 1);
  if (fread(h, 1, hl, f) != hl) { snprintf(m, sizeof m, "'%s' is not a valid .npy file: truncated header", path); gt_fail(m); }
  char *d = strstr(h, "'descr'"), *fo = strstr(h, "'fortran_order'"), *sh = strstr(h, "'shape'");
  if (!d || !fo || !sh) { snprintf(m, sizeof m, "'%s' is not a valid .npy file: malformed header", path); gt_fail(m); }
  d = strchr(d + 7, '\''); char descr[16] = {0};
  if (!d) gt_fail("malformed .npy header");
  sscanf(d + 1, "%15[^']", descr);
  int fortran = strstr(fo, "True") && strstr(fo, "True") < strchr(fo, ',');
  int64_t shape[8]; int rank = 0; char *q = strchr(sh, '(');
  if (!q) gt_fail("malformed .npy shape");
  q++;
  while (*q && *q != ')') { while (*q == ' ' || *q == ',') q++; if (*q == ')') break; if (rank == 8) gt_fail(".npy rank above 8"); shape[rank++] = strtoll(q, &q, 10); }
  const char *kind = descr + 1; int dt, sz;
  if (descr[0] == '>') { snprintf(m, sizeof m, "'%s' is not a valid .npy file: element type '%s' is big-endian; only little-endian data is supported", path, descr); gt_fail(m); }
  if (!strcmp(kind, "f4")) { dt = F32; sz = 4; } else if (!strcmp(kind, "f8")) { dt = F64; sz = 8; }
  else if (!strcmp(kind, "i4")) { dt = I32; sz = 4; } else if (!strcmp(kind, "i8")) { dt = I32; sz = 8; }
  else if (!strcmp(kind, "b1")) { dt = BOOL; sz = 1; } else if (!strcmp(kind, "u1")) { dt = I32; sz = 1; }
  else { snprintf(m, sizeof m, "'%s' is not a valid .npy file: unsupported element type '%s' (expected f4, f8, i4, i8, b1 or u1)", path, descr); gt_fail(m); }
  gt_dealloc(h);
  /* The element count, checked as the VM checks it, and the data's size against the file's,
     before anything is allocated. */
  int64_t count = 1;
  for (int i = 0; i < rank; i++) {
    if (shape[i] < 0 || (shape[i] && count > ((int64_t)1 << 40) / shape[i])) {
      char st2[200]; gt_shape_text(st2, sizeof st2, rank, shape);
      snprintf(m, sizeof m, "'%s' is not a valid .npy file: shape %s is too large", path, st2); gt_fail(m);
    }
    count *= shape[i];
  }
  long long data_at = ftell(f);
  if (file_size >= 0 && data_at >= 0 && file_size - data_at < count * sz) {
    char st2[200]; gt_shape_text(st2, sizeof st2, rank, shape);
    snprintf(m, sizeof m, "'%s' is not a valid .npy file: data is truncated: %s of '%s' needs %lld bytes, the file has %lld", path, st2, descr, (long long)(count * sz), file_size - data_at);
    gt_fail(m);
  }
  int64_t fs[8]; for (int i = 0; i < rank; i++) fs[i] = fortran ? shape[rank - 1 - i] : shape[i];
  T *t = gt_new(dt, rank, fs);
  unsigned char *raw = (unsigned char *)gt_alloc((size_t)(t->n ? t->n : 1) * (size_t)sz);
  size_t have = fread(raw, 1, (size_t)(t->n * sz), f);
  if (have != (size_t)(t->n * sz)) {
    char st[200]; gt_shape_text(st, sizeof st, rank, shape);
    snprintf(m, sizeof m, "'%s' is not a valid .npy file: data is truncated: %s of '%s' needs %lld bytes, the file has %zu", path, st, descr, (long long)(t->n * sz), have);
    gt_fail(m);
  }
  gt_close(f);
  for (int64_t i = 0; i < t->n; i++) {
    if (!strcmp(kind, "i8")) { int64_t v; memcpy(&v, raw + i * 8, 8); if (v < INT32_MIN || v > INT32_MAX) gt_fail("i8 value does not fit in i32"); ((int32_t *)t->p)[i] = (int32_t)v; }
    else if (!strcmp(kind, "u1")) ((int32_t *)t->p)[i] = raw[i];
    else memcpy((char *)t->p + i * sz, raw + i * sz, (size_t)sz);
  }
  gt_dealloc(raw);
  if (fortran && rank > 1) { T *u = gt_transpose(t, 0, 0); gt_release(t); t = u; }
  return t;
}
/* progress(epoch, step, total, loss): one line redrawn in place on a terminal, else a plain line
   at every tenth of the run and at the last step; the rate counts steps since the first call. */
static inline void gt_progress(const T *epoch, const T *step, const T *total, const T *loss) {
  static GT_TLS int tty = -1, have_start = 0;
  static GT_TLS long long start_step = 0;
  static GT_TLS double start_s = 0;
  if (tty < 0) tty = isatty(1);
  long long e = (long long)gt_get(epoch, 0), s = (long long)gt_get(step, 0), n = (long long)gt_get(total, 0);
  struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
  double now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
  if (!have_start || s < start_step) { have_start = 1; start_step = s; start_s = now; }
  char rate[64];
  if (now > start_s && s > start_step) snprintf(rate, sizeof rate, "%.1f steps/s", (double)(s - start_step) / (now - start_s));
  else snprintf(rate, sizeof rate, "first step");
  long long every = n / 10 > 1 ? n / 10 : 1;
  if (tty) {
    printf("\r\033[Kepoch %lld step %lld/%lld loss %.4g (%s)%s", e, s, n, gt_get(loss, 0), rate, s >= n ? "\n" : "");
    fflush(stdout);
  } else if (s % every == 0 || s >= n) {
    printf("epoch %lld step %lld/%lld loss %.4g (%s)\n", e, s, n, gt_get(loss, 0), rate);
  }
}

/* The folder a record is saved into, and its parents (mkdir -p). */
static inline void gt_mkdir(const char *path) {
  char p[1024];
  snprintf(p, sizeof p, "%s", path);
  for (char *c = p + 1; ; c++) {
    if (*c == '/' || *c == 0) {
      char end = *c;
      *c = 0;
      if (mkdir(p, 0777) != 0 && errno != EEXIST) { char m[1200]; snprintf(m, sizeof m, "cannot make the folder '%s' to save into", path); gt_fail(m); }
      *c = end;
      if (!end) break;
    }
  }
}
/* Writes t to path so that a failure never leaves a broken file nor loses the old one: into a
   temporary file beside it, every write, the flush and the close checked, then renamed over
   it. A path that is not a regular file (a device, a FIFO) is written in place, with the same
   checks, since renaming over it would replace it. */
static inline void gt_save(const char *path, const T *t) {
  struct stat st;
  int in_place = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
  char tmp[1100];
  snprintf(tmp, sizeof tmp, "%s.gradc-%d", path, (int)getpid());
  const char *target = in_place ? path : tmp;
  FILE *f = gt_open(target, "wb");
  if (!f) { char m[1300]; snprintf(m, sizeof m, "cannot write '%s': %s", path, strerror(errno)); gt_fail(m); }
  char shape[300] = "("; size_t k = 1;
  for (int i = 0; i < t->rank; i++) k += (size_t)snprintf(shape + k, sizeof shape - k, i ? ", %lld" : "%lld", (long long)t->shape[i]);
  snprintf(shape + k, sizeof shape - k, t->rank == 1 ? ",)" : ")");
  const char *descr = t->dt == F32 ? "<f4" : t->dt == F64 ? "<f8" : t->dt == I32 ? "<i4" : "|b1";
  char h[512]; int n = snprintf(h, sizeof h, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape);
  int total = 10 + n + 1, pad = (64 - total % 64) % 64;
  int hl = n + pad + 1; unsigned char l[2] = {(unsigned char)(hl & 255), (unsigned char)(hl >> 8)};
  int ok = fwrite("\x93NUMPY\x01\x00", 1, 8, f) == 8 && fwrite(l, 1, 2, f) == 2 && fwrite(h, 1, (size_t)n, f) == (size_t)n;
  for (int i = 0; ok && i < pad; i++) ok = fputc(' ', f) != EOF;
  ok = ok && fputc('\n', f) != EOF && fwrite(t->p, gt_size(t->dt), (size_t)t->n, f) == (size_t)t->n;
  ok = ok && fflush(f) == 0 && (in_place || fsync(fileno(f)) == 0);
  int why = ok ? 0 : errno;
  if (gt_close(f) != 0 && ok) { ok = 0; why = errno; }
  if (ok && !in_place && rename(tmp, path) != 0) { ok = 0; why = errno; }
  if (!ok) {
    if (!in_place) unlink(tmp);
    char m[1300]; snprintf(m, sizeof m, "cannot write '%s': %s", path, strerror(why ? why : EIO)); gt_fail(m);
  }
}

/* ---- printing, as NumPy ---- */
static inline void gt_repr(char *out, size_t cap, double x, int f32) {
  if (x != x) { snprintf(out, cap, "nan"); return; }
  if (isinf(x)) { snprintf(out, cap, x < 0 ? "-inf" : "inf"); return; }
  char buf[64]; int p;
  for (p = 1; p <= 17; p++) { snprintf(buf, sizeof buf, "%.*e", p - 1, x); if (f32 ? (float)strtod(buf, 0) == (float)x : strtod(buf, 0) == x) break; }
  /* buf = d.ddde[+-]XX with p significant digits: reformat as Swift's description */
  char digits[32]; int nd = 0, neg = buf[0] == '-';
  for (char *c = buf + neg; *c && *c != 'e'; c++) if (*c != '.') digits[nd++] = *c;
  digits[nd] = 0;
  while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
  int e = atoi(strchr(buf, 'e') + 1);
  size_t k = 0;
  if (neg) out[k++] = '-';
  if (e < -4 || e >= 16) {
    out[k++] = digits[0];
    if (nd > 1) { out[k++] = '.'; for (int i = 1; i < nd; i++) out[k++] = digits[i]; }
    snprintf(out + k, cap - k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return;
  }
  if (e < 0) { out[k++] = '0'; out[k++] = '.'; for (int i = 0; i < -e - 1; i++) out[k++] = '0'; for (int i = 0; i < nd; i++) out[k++] = digits[i]; }
  else {
    for (int i = 0; i <= e; i++) out[k++] = i < nd ? digits[i] : '0';
    out[k++] = '.';
    if (nd > e + 1) for (int i = e + 1; i < nd; i++) out[k++] = digits[i]; else out[k++] = '0';
  }
  out[k] = 0;
}
/* fewest fractional digits (at most 8) that read back as x, in style 'f' or 'e' */
static inline void gt_unique(char *out, size_t cap, double x, char style, int f32) {
  for (int p = 0; p < 8; p++) {
    if (style == 'f') snprintf(out, cap, "%.*f", p, x); else snprintf(out, cap, "%.*e", p, x);
    double back = strtod(out, 0);
    if (f32 ? (float)back == (float)x : back == x) return;
  }
  if (style == 'f') snprintf(out, cap, "%.8f", x); else snprintf(out, cap, "%.8e", x);
}
typedef struct { char w[48]; } gt_word;
static inline gt_word *gt_words(const T *t) {
  gt_word *w = (gt_word *)calloc((size_t)(t->n ? t->n : 1), sizeof(gt_word));
  if (t->dt == BOOL) { for (int64_t i = 0; i < t->n; i++) strcpy(w[i].w, ((uint8_t *)t->p)[i] ? " True" : "False"); return w; }
  if (t->dt == I32) {
    size_t mx = 0;
    for (int64_t i = 0; i < t->n; i++) { snprintf(w[i].w, 48, "%d", ((int32_t *)t->p)[i]); if (strlen(w[i].w) > mx) mx = strlen(w[i].w); }
    for (int64_t i = 0; i < t->n; i++) { char tmp[48]; snprintf(tmp, 48, "%*s", (int)mx, w[i].w); strcpy(w[i].w, tmp); }
    return w;
  }
  double maxv = 0, minv = 0; int any = 0;
  for (int64_t i = 0; i < t->n; i++) { double v = fabs(gt_get(t, i)); if (!isfinite(v)) continue; if (v > maxv) maxv = v; if (v != 0 && (!any || v < minv)) { minv = v; any = 1; } }
  int sci = maxv >= 1e8 || (any && (minv < 1e-4 || maxv / minv > 1e3));
  char (*ip)[40] = calloc((size_t)(t->n ? t->n : 1), 40), (*fp)[40] = calloc((size_t)(t->n ? t->n : 1), 40), (*ex)[16] = calloc((size_t)(t->n ? t->n : 1), 16);
  int *special = (int *)calloc((size_t)(t->n ? t->n : 1), sizeof(int));
  size_t wi = 0, wf = 0;
  for (int64_t i = 0; i < t->n; i++) {
    double x = gt_get(t, i);
    if (!isfinite(x)) { special[i] = 1; strcpy(ip[i], x != x ? "nan" : x < 0 ? "-inf" : "inf"); continue; }
    char s[64]; gt_unique(s, sizeof s, x, sci ? 'e' : 'f', t->dt == F32);
    char *e = sci ? strchr(s, 'e') : 0;
    if (e) {
      int ev = atoi(e + 1); *e = 0;
      snprintf(ex[i], 16, "e%c%02d", ev < 0 ? '-' : '+', ev < 0 ? -ev : ev);
    }
    char *dot = strchr(s, '.');
    if (dot) { *dot = 0; strcpy(fp[i], dot + 1); size_t L = strlen(fp[i]); while (L && fp[i][L - 1] == '0') fp[i][--L] = 0; }
    strcpy(ip[i], s);
    if (strlen(ip[i]) > wi) wi = strlen(ip[i]);
    if (strlen(fp[i]) > wf) wf = strlen(fp[i]);
  }
  size_t width = 0;
  for (int64_t i = 0; i < t->n; i++) {
    if (special[i]) strcpy(w[i].w, ip[i]);
    else {
      char pad[48]; size_t L = strlen(fp[i]);
      snprintf(w[i].w, 48, "%*s.%s", (int)wi, ip[i], fp[i]);
      for (size_t j = L; j < wf; j++) { pad[0] = sci ? '0' : ' '; pad[1] = 0; strcat(w[i].w, pad); }
      if (sci) {
        /* exponent goes after the zero padding */
        size_t L0 = strlen(w[i].w); memcpy(w[i].w + L0, ex[i], strlen(ex[i]) + 1);
      }
    }
    if (strlen(w[i].w) > width) width = strlen(w[i].w);
  }
  for (int64_t i = 0; i < t->n; i++) { char tmp[48]; snprintf(tmp, 48, "%*s", (int)width, w[i].w); strcpy(w[i].w, tmp); }
  free(ip); free(fp); free(ex); free(special);
  return w;
}
typedef struct { char *s; size_t n, cap; } gt_buf;
static inline void gt_put(gt_buf *b, const char *s) {
  size_t L = strlen(s);
  if (b->n + L + 1 > b->cap) { b->cap = (b->n + L + 1) * 2; char *q = (char *)realloc(b->s, b->cap); if (!q) gt_fail("out of memory"); b->s = q; }
  memcpy(b->s + b->n, s, L + 1); b->n += L;
}
static inline void gt_fmt_axis(gt_buf *b, const T *t, const gt_word *w, int axis, int64_t off, const int64_t *st, int summarize, int indent) {
  int64_t n = t->shape[axis], idx[8], cnt = 0, *all = 0;
  int cut = summarize && n > 6;
  if (cut) { idx[0] = 0; idx[1] = 1; idx[2] = 2; idx[3] = -1; idx[4] = n - 3; idx[5] = n - 2; idx[6] = n - 1; cnt = 7; }
  else { all = (int64_t *)malloc(sizeof(int64_t) * (size_t)(n ? n : 1)); for (int64_t i = 0; i < n; i++) all[i] = i; cnt = n; }
  const int64_t *list = cut ? idx : all;
  gt_put(b, "[");
  if (axis == t->rank - 1) {
    int line = indent;
    for (int64_t k = 0; k < cnt; k++) {
      const char *word = list[k] < 0 ? "..." : w[off + list[k] * st[axis]].w;
      if (k > 0) {
        if (line + 1 + (int)strlen(word) + (k == cnt - 1 ? 1 : 0) > 75) { gt_put(b, "\n"); for (int s = 0; s < indent; s++) gt_put(b, " "); line = indent; }
        else { gt_put(b, " "); line++; }
      }
      gt_put(b, word); line += (int)strlen(word);
    }
  } else {
    for (int64_t k = 0; k < cnt; k++) {
      if (k > 0) { for (int s = 0; s < t->rank - axis - 1; s++) gt_put(b, "\n"); for (int s = 0; s < indent; s++) gt_put(b, " "); }
      if (list[k] < 0) gt_put(b, "...");
      else gt_fmt_axis(b, t, w, axis + 1, off + list[k] * st[axis], st, summarize, indent + 1);
    }
  }
  gt_put(b, "]");
  free(all);
}
static inline char *gt_format(const T *t) {
  gt_buf b = {0, 0, 0};
  if (t->rank == 0) {
    char s[64];
    if (t->dt == BOOL) strcpy(s, ((uint8_t *)t->p)[0] ? "True" : "False");
    else if (t->dt == I32) snprintf(s, sizeof s, "%d", ((int32_t *)t->p)[0]);
    else gt_repr(s, sizeof s, gt_get(t, 0), t->dt == F32);
    gt_put(&b, s);
    return b.s;
  }
  gt_word *w = gt_words(t);
  int64_t st[8], acc = 1; for (int i = t->rank - 1; i >= 0; i--) { st[i] = acc; acc *= t->shape[i]; }
  gt_fmt_axis(&b, t, w, 0, 0, st, t->n > 1000, 1);
  free(w);
  return b.s;
}
static inline void gt_print_tensor(const T *t, int first) { char *s = gt_format(t); if (!first) fputc(' ', stdout); fputs(s, stdout); free(s); }
static inline void gt_print_text(const char *s, int first) { if (!first) fputc(' ', stdout); fputs(s, stdout); }
"""#
}
