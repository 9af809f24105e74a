/* gradc's C runtime, part 1 of 12: tensors (reference counts, the per-thread buffer pool, the
   list of live tensors an error frees), errors with source locations, process setup. The twelve
   files are one translation unit in name order (Sources/EmbedRuntime embeds them into gradc): at
   the top of an emitted program, or compiled alone as the object programs link with (GT_FN below).
   GradTensor is the semantics they follow: elementwise math in the element's type, reductions
   accumulating in double, GEMM by cblas when linked with BLAS (GRADC_BLAS), else a blocked loop. */
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
#ifdef _OPENMP
#include <omp.h>
#endif
#include <string.h>
#ifdef GRADC_MPI
#include <mpi.h>
#endif

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

/* How the runtime is linked. By default, and in what `gradc emit c` prints, it is part of the
   program's one translation unit and all of it is static. `gradc build` compiles it once into
   an object of its own (GRADC_RUNTIME_OBJECT, cached) and compiles each program against its
   interface (GRADC_RUNTIME_EXTERN: the GT_FN functions declared, not defined, and the GT_VAR
   state extern; Sources/EmbedRuntime writes the interface from these files), so a build
   compiles only the program. The symbols are hidden: a library exports only its entry points.
   The small functions every op calls (counts, element access) stay static inline in both. */
#if defined(GRADC_RUNTIME_OBJECT)
#define GT_FN __attribute__((visibility("hidden")))
#define GT_VAR __attribute__((visibility("hidden")))
#elif defined(GRADC_RUNTIME_EXTERN)
#define GT_FN __attribute__((visibility("hidden")))
#define GT_VAR extern __attribute__((visibility("hidden")))
#else
#define GT_FN static inline
#define GT_VAR static
#endif

GT_VAR GT_TLS const char *gt_file = "";
GT_VAR GT_TLS const char *const *gt_src = 0;
GT_VAR GT_TLS int gt_src_lines = 0;
GT_VAR GT_TLS int gt_line = 0;
GT_VAR GT_TLS int gt_col = 0;

/* In a shared library an error returns to the exported entry point instead of exiting. */
GT_VAR GT_TLS int gt_lib_mode = 0;
GT_VAR GT_TLS jmp_buf gt_jmp;
GT_VAR GT_TLS char gt_error_text[1024];

/* A data-parallel run's processes (build --mpi; 60-parallel.h): how many, which is this one. */
GT_VAR int gt_ranks = 1;
GT_VAR int gt_this_rank = 0;
#ifdef GRADC_MPI
GT_VAR int gt_failing_everywhere = 0;
#endif
GT_FN void gt_parallel_setup(void);

GT_FN void gt_fail(const char *msg) {
  if (gt_lib_mode) {
    if (gt_line > 0) snprintf(gt_error_text, sizeof gt_error_text, "%s:%d:%d: %s", gt_file, gt_line, gt_col, msg);
    else snprintf(gt_error_text, sizeof gt_error_text, "%s: %s", gt_file, msg);
    longjmp(gt_jmp, 1);
  }
  fflush(stdout);
  /* one write, so that the messages of several processes do not interleave */
  char text[3000], rank[32] = "";
  if (gt_ranks > 1) snprintf(rank, sizeof rank, "rank %d: ", gt_this_rank);
  if (gt_line > 0 && gt_line <= gt_src_lines)
    snprintf(text, sizeof text, "%s%s:%d:%d: error: %s\n  %s\n  %*s^\n", rank, gt_file, gt_line, gt_col, msg, gt_src[gt_line - 1], gt_col - 1, "");
  else if (gt_line > 0) snprintf(text, sizeof text, "%s%s:%d:%d: error: %s\n", rank, gt_file, gt_line, gt_col, msg);
  else snprintf(text, sizeof text, "%s%s: error: %s\n", rank, gt_file, msg);
  fputs(text, stderr);
#ifdef GRADC_MPI
  /* others may wait in a collective: end them all (once all have written, if all fail alike) */
  if (gt_ranks > 1) { fflush(stderr); if (gt_failing_everywhere) MPI_Barrier(MPI_COMM_WORLD); MPI_Abort(MPI_COMM_WORLD, 70); }
#endif
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
GT_VAR GT_TLS gt_free_block *gt_pool[64];
GT_VAR GT_TLS size_t gt_pool_bytes = 0;
GT_VAR GT_TLS T *gt_free_headers = 0;
GT_VAR GT_TLS T *gt_live = 0;
/* Buffers above GT_EXACT_BYTES get exactly their size, straight from malloc and back to it
   (class GT_EXACT): rounding a 9.8 GiB tape up to its power of two asked for 16 GiB. */
#define GT_EXACT_BYTES ((size_t)1 << 26)
#define GT_EXACT 64
static inline int gt_class(size_t bytes) {
  if (bytes > GT_EXACT_BYTES) return GT_EXACT;
  return bytes <= 64 ? 6 : 64 - __builtin_clzll((unsigned long long)(bytes - 1));
}
/* The machine's memory, set once before any call (gt_init_shared). */
GT_VAR int64_t gt_physical = INT64_MAX;
/* More bytes than the machine has is "out of memory" before malloc is asked (an overcommitted
   allocation would succeed and be killed later), in the VM's words. */
static inline void gt_out_of_memory(int dt, int rank, const int64_t *shape, int overflow, int64_t bytes) {
  char s[200], m[400]; gt_shape_text(s, sizeof s, rank, shape);
  if (overflow) snprintf(m, sizeof m, "out of memory: the element count of shape %s overflows", s);
  else snprintf(m, sizeof m, "out of memory: a tensor of shape %s (%s) needs %lld bytes", s, gt_dtname(dt), (long long)bytes);
  gt_fail(m);
}
GT_FN T *gt_new_raw(int dt, int rank, const int64_t *shape) {
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
GT_FN void gt_free_tensor(T *t) {
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
GT_VAR GT_TLS void *gt_scratch[GT_SCRATCH];
GT_VAR GT_TLS FILE *gt_scratch_file[4];
/* Registers a malloc'd buffer (gt_alloc's, or one plain C code returned) as scratch. */
static inline void *gt_adopt(void *p) {
  for (int i = 0; i < GT_SCRATCH; i++) if (!gt_scratch[i]) { gt_scratch[i] = p; return p; }
  free(p);
  gt_fail("internal: too much scratch memory held at once");
  return 0;
}
static inline void *gt_alloc(size_t bytes) {
  void *p = malloc(bytes ? bytes : 1);
  if (!p) gt_fail("out of memory");
  return gt_adopt(p);
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
GT_VAR T gt_shared_i32[GT_SHARED_MAX - GT_SHARED_MIN + 1];
GT_VAR T gt_shared_bool[2];
GT_VAR int32_t gt_shared_i32_v[GT_SHARED_MAX - GT_SHARED_MIN + 1];
GT_VAR uint8_t gt_shared_bool_v[2];
/* Filled once, before any call (gt_setup, or a library's first call): then only read. */
GT_FN void gt_init_shared(void) {
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
/* A size written with a division ((d*d+d)/2): -1, a size no tensor has, when it is not whole. */
static inline int64_t gt_exact_div(int64_t n, int64_t d) { return n % d == 0 ? n / d : -1; }

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
/* How many threads a program uses: GRADC_THREADS, else what it was built with
   (`gradc build --threads N`, GRADC_DEFAULT_THREADS, 1 unless given), where 0 means every
   core. Large fused loops split their elements among them (OpenMP, when built with -fopenmp)
   and BLAS uses as many, unless OPENBLAS_NUM_THREADS or OMP_NUM_THREADS says otherwise for
   BLAS. */
#ifndef GRADC_DEFAULT_THREADS
#define GRADC_DEFAULT_THREADS 1
#endif
static inline int gt_thread_count(void) {
  const char *e = getenv("GRADC_THREADS");
  int n = e && atoi(e) > 0 ? atoi(e) : GRADC_DEFAULT_THREADS;
  if (n <= 0) { long c = sysconf(_SC_NPROCESSORS_ONLN); n = c > 0 ? (int)c : 1; }
  return n;
}
GT_FN void gt_setup(char **argv) {
  gt_init_shared();
  int ftz = !getenv("GRADC_DENORMALS");
#if defined(__x86_64__) || defined(__i386__)
  if (ftz) _mm_setcsr(_mm_getcsr() | 0x8040);
#endif
  int cores = gt_thread_count();
#ifdef _OPENMP
  omp_set_num_threads(cores);
#endif
#ifdef GRADC_BLAS
  const char *asked = getenv("OPENBLAS_NUM_THREADS") ? getenv("OPENBLAS_NUM_THREADS") : getenv("OMP_NUM_THREADS");
  int threads = asked ? atoi(asked) : cores;
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
      /* OpenMP's threads sleep between loops rather than spin, which would take the cores
         from BLAS's threads (W1's gradient took 6x as long); libgomp reads this as it loads. */
      if (threads > 1) setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
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
  else if (!asked) openblas_set_num_threads(threads);
#endif
  gt_parallel_setup();   /* after any re-execution above (60-parallel.h) */
  (void)argv; (void)ftz; (void)cores;
}

#ifdef GRADC_LIB
/* A library's first call sets up what is shared (once, whichever thread makes it) and each
   thread's first call registers the thread, whose pooled memory is freed when it exits. BLAS
   runs on the calling thread unless OPENBLAS_NUM_THREADS or OMP_NUM_THREADS says otherwise:
   concurrent calls into a multithreaded OpenBLAS are not safe. */
GT_VAR pthread_once_t gt_once = PTHREAD_ONCE_INIT;
GT_VAR pthread_key_t gt_thread_key;
GT_VAR GT_TLS int gt_thread_known = 0;
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
/* A fused loop whose iterations are independent (each writes its own elements): split among
   the threads when it has at least 32,768 elements, each thread a contiguous block (static
   schedule), so the results are the same bits on any number of threads. */
#define GT_PRAGMA(x) _Pragma(#x)
#ifdef _OPENMP
#define GT_PARALLEL_FOR(count) GT_PRAGMA(omp parallel for schedule(static) if((count) >= 32768))
#else
#define GT_PARALLEL_FOR(count)
#endif

