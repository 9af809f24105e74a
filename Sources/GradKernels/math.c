// The VM's math functions over a block: glibc's libmvec where it has them, as executables'
// fused loops call them (GradC/runtime/15-vector.h), else libm. SwiftPM compiles this file
// with clang, which does not turn `#pragma omp declare simd` into libmvec calls, so the
// vector entry points (the x86-64 vector function ABI's names) are called directly: the AVX2
// ones, on AVX-512 CPUs too, so that the VM's results (and the constants gradc folds with
// them) are the same on every CPU with AVX2 (0.87 ns an element for tanhf here, against 0.52
// for the AVX-512 one and 15 for libm's); without AVX2, libm. The elements past the last full
// vector call libm. A block's vectors start at multiples of 8 elements from its start, so a
// tensor's elements get the same function whether its op runs fused (in blocks of 512) or not.
#include "GradKernels.h"
#include <math.h>
#include "../GradC/runtime/17-special.h"

#if defined(__x86_64__) && defined(__GLIBC__) && (defined(__clang__) || defined(__GNUC__))
#if __GLIBC_PREREQ(2, 35)
#define GK_MVEC 1
#endif
#endif

#ifdef GK_MVEC
#include <immintrin.h>

#define GK_AVX2 __attribute__((target("avx2")))
#define GK_DECLARE(F) GK_AVX2 __m256d _ZGVdN4v_##F(__m256d); GK_AVX2 __m256 _ZGVdN8v_##F##f(__m256);
GK_DECLARE(exp) GK_DECLARE(expm1) GK_DECLARE(log) GK_DECLARE(log1p) GK_DECLARE(sin)
GK_DECLARE(cos) GK_DECLARE(tanh) GK_DECLARE(sinh) GK_DECLARE(cosh) GK_DECLARE(asin)
GK_DECLARE(acos) GK_DECLARE(atan) GK_DECLARE(erf) GK_DECLARE(erfc) GK_DECLARE(tan)

/* One loop per function and type; the tail in libm. */
#define GK_LOOPS(F)                                                                            \
  GK_AVX2 static void F##_d64(const double *x, double *y, ptrdiff_t n) { \
    ptrdiff_t j = 0;                                                                            \
    for (; j + 4 <= n; j += 4) _mm256_storeu_pd(y + j, _ZGVdN4v_##F(_mm256_loadu_pd(x + j)));    \
    for (; j < n; j++) y[j] = F(x[j]);                                                          \
  }                                                                                             \
  GK_AVX2 static void F##_d32(const float *x, float *y, ptrdiff_t n) {  \
    ptrdiff_t j = 0;                                                                            \
    for (; j + 8 <= n; j += 8) _mm256_storeu_ps(y + j, _ZGVdN8v_##F##f(_mm256_loadu_ps(x + j))); \
    for (; j < n; j++) y[j] = F##f(x[j]);                                                       \
  }
GK_LOOPS(exp) GK_LOOPS(expm1) GK_LOOPS(log) GK_LOOPS(log1p) GK_LOOPS(sin) GK_LOOPS(cos)
GK_LOOPS(tanh) GK_LOOPS(sinh) GK_LOOPS(cosh) GK_LOOPS(asin) GK_LOOPS(acos) GK_LOOPS(atan)
GK_LOOPS(erf) GK_LOOPS(erfc) GK_LOOPS(tan)

/* 1: AVX2, 0: libm. */
static int gk_width(void) {
  static int w = -1;
  if (w < 0) w = __builtin_cpu_supports("avx2") ? 1 : 0;
  return w;
}
/* The function F on a block of doubles (S = 64, libm's F) or floats (S = 32, libm's Ff). */
#define GK_CASE(CODE, F, S, SCALAR)                                                            \
  case CODE:                                                                                    \
    if (w == 1) F##_d##S(x, y, n);                                                              \
    else for (ptrdiff_t j = 0; j < n; j++) y[j] = SCALAR(x[j]);                                 \
    return 1;
#else
static int gk_width(void) { return 0; }
#define GK_CASE(CODE, F, S, SCALAR)                                                            \
  case CODE: for (ptrdiff_t j = 0; j < n; j++) y[j] = SCALAR(x[j]); return 1;
#endif

#define GK_SWITCH(S, SFX)                                                                      \
  int w = gk_width();                                                                           \
  (void)w;                                                                                      \
  switch (op) {                                                                                 \
    GK_CASE(GK_EXP, exp, S, exp##SFX) GK_CASE(GK_EXPM1, expm1, S, expm1##SFX)                    \
    GK_CASE(GK_LOG, log, S, log##SFX) GK_CASE(GK_LOG1P, log1p, S, log1p##SFX)                    \
    GK_CASE(GK_SIN, sin, S, sin##SFX) GK_CASE(GK_COS, cos, S, cos##SFX)                          \
    GK_CASE(GK_TANH, tanh, S, tanh##SFX) GK_CASE(GK_SINH, sinh, S, sinh##SFX)                    \
    GK_CASE(GK_COSH, cosh, S, cosh##SFX) GK_CASE(GK_ASIN, asin, S, asin##SFX)                    \
    GK_CASE(GK_ACOS, acos, S, acos##SFX) GK_CASE(GK_ATAN, atan, S, atan##SFX)                    \
    GK_CASE(GK_ERF, erf, S, erf##SFX) GK_CASE(GK_ERFC, erfc, S, erfc##SFX)                       \
    GK_CASE(GK_TAN, tan, S, tan##SFX)                                                           \
  }                                                                                             \
  return 0;

int gk_math_f64(int op, const double *x, double *y, ptrdiff_t n) { GK_SWITCH(64, ) }
int gk_math_f32(int op, const float *x, float *y, ptrdiff_t n) { GK_SWITCH(32, f) }

double gk_digamma(double x) { return gt_digamma(x); }
double gk_trigamma(double x) { return gt_trigamma(x); }
