// See GradKernels.h. Each kernel is cloned for AVX-512, AVX2 and the baseline (GCC's and
// clang's target_clones: the loader picks one per CPU), and the loops are plain enough for
// the compiler to vectorize at each width. The target compiles with -ffp-contract=off, so a
// loop combining two operations (gk_pair) rounds between them and is never contracted into a
// fused multiply-add.
#include "GradKernels.h"
#include <math.h>
#include "../GradC/runtime/15-vector.h"
#include "../GradC/runtime/25-gemm-small.h"

#if defined(__x86_64__) && defined(__linux__) && (defined(__clang__) || defined(__GNUC__))
#define GK_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define GK_CLONES
#endif

#define GK_BINARY(NAME, T)                                                                     \
  GK_CLONES void NAME(int op, const T *restrict a, T av, const T *restrict b, T bv,             \
                      T *restrict y, ptrdiff_t n) {                                             \
    switch (op) {                                                                               \
    case GK_ADD: GK_LOOPS(+); break;                                                            \
    case GK_SUB: GK_LOOPS(-); break;                                                            \
    case GK_MUL: GK_LOOPS(*); break;                                                            \
    case GK_DIV: GK_LOOPS(/); break;                                                            \
    }                                                                                           \
  }

#define GK_LOOPS(OP)                                                                           \
  do {                                                                                          \
    if (a && b) for (ptrdiff_t j = 0; j < n; j++) y[j] = a[j] OP b[j];                          \
    else if (a) for (ptrdiff_t j = 0; j < n; j++) y[j] = a[j] OP bv;                            \
    else if (b) for (ptrdiff_t j = 0; j < n; j++) y[j] = av OP b[j];                            \
    else for (ptrdiff_t j = 0; j < n; j++) y[j] = av OP bv;                                     \
  } while (0)

GK_BINARY(gk_binary_f64, double)
GK_BINARY(gk_binary_f32, float)

// gk_pair: one loop per (f, g, which operands are one value), t held in a register of type T
// between the two ops and a uniform operand in a register (not read from memory).
#define GK_PAIR_LOOP(T, TEXPR, YEXPR) for (ptrdiff_t j = 0; j < n; j++) { T t = TEXPR; y[j] = YEXPR; }
#define GK_PAIR_G(T, TEXPR, C)                                                                  \
  switch (g) {                                                                                  \
  case GK_PAIR_ADD: GK_PAIR_LOOP(T, TEXPR, t + C) break;                                        \
  case GK_PAIR_SUB: GK_PAIR_LOOP(T, TEXPR, t - C) break;                                        \
  case GK_PAIR_RSUB: GK_PAIR_LOOP(T, TEXPR, C - t) break;                                       \
  case GK_PAIR_MUL: GK_PAIR_LOOP(T, TEXPR, t * C) break;                                        \
  case GK_PAIR_DIV: GK_PAIR_LOOP(T, TEXPR, t / C) break;                                        \
  case GK_PAIR_RDIV: GK_PAIR_LOOP(T, TEXPR, C / t) break;                                       \
  case GK_PAIR_SQUARE: GK_PAIR_LOOP(T, TEXPR, t * t) break;                                     \
  }
#define GK_PAIR_F(T, A, B, C)                                                                   \
  switch (f) {                                                                                  \
  case GK_ADD: GK_PAIR_G(T, A + B, C) break;                                                    \
  case GK_SUB: GK_PAIR_G(T, A - B, C) break;                                                    \
  case GK_MUL: GK_PAIR_G(T, A * B, C) break;                                                    \
  case GK_DIV: GK_PAIR_G(T, A / B, C) break;                                                    \
  case GK_PAIR_NEG: GK_PAIR_G(T, -A, C) break;                                                  \
  }

#define GK_PAIR(NAME, T)                                                                       \
  GK_CLONES void NAME(int f, int g, const T *restrict a, T av, const T *restrict b, T bv,       \
                      const T *restrict c, T cv, T *restrict y, ptrdiff_t n) {                  \
    switch ((a == 0) << 2 | (b == 0) << 1 | (c == 0)) {                                         \
    case 0: GK_PAIR_F(T, a[j], b[j], c[j]) break;                                               \
    case 1: GK_PAIR_F(T, a[j], b[j], cv) break;                                                 \
    case 2: GK_PAIR_F(T, a[j], bv, c[j]) break;                                                 \
    case 3: GK_PAIR_F(T, a[j], bv, cv) break;                                                   \
    case 4: GK_PAIR_F(T, av, b[j], c[j]) break;                                                 \
    case 5: GK_PAIR_F(T, av, b[j], cv) break;                                                   \
    case 6: GK_PAIR_F(T, av, bv, c[j]) break;                                                   \
    }                                                                                           \
  }

GK_PAIR(gk_pair_f64, double)
GK_PAIR(gk_pair_f32, float)

// relu keeps NaN (x != x) and maps -0 to +0, as GradTensor's; sqrt is correctly rounded in
// both (no errno: -fno-math-errno, so it vectorizes).
#define GK_UNARY(NAME, T, FABS, SQRT)                                                          \
  GK_CLONES void NAME(int op, const T *restrict x, T *restrict y, ptrdiff_t n) {                \
    switch (op) {                                                                               \
    case GK_NEG: for (ptrdiff_t j = 0; j < n; j++) y[j] = -x[j]; break;                         \
    case GK_SQUARE: for (ptrdiff_t j = 0; j < n; j++) y[j] = x[j] * x[j]; break;                \
    case GK_ABS: for (ptrdiff_t j = 0; j < n; j++) y[j] = FABS(x[j]); break;                    \
    case GK_RELU: for (ptrdiff_t j = 0; j < n; j++) y[j] = (x[j] > 0 || x[j] != x[j]) ? x[j] : 0; break; \
    case GK_SQRT: for (ptrdiff_t j = 0; j < n; j++) y[j] = SQRT(x[j]); break;                   \
    }                                                                                           \
  }

GK_UNARY(gk_unary_f64, double, fabs, sqrt)
GK_UNARY(gk_unary_f32, float, fabsf, sqrtf)

// The lane sum is the C runtime's (GradC/runtime/15-vector.h), inlined into each clone.
GK_CLONES void gk_sum_f64(const double *x, ptrdiff_t n, double *acc) { gt_lanes_add_f64(x, n, acc); }
GK_CLONES void gk_sum_f32(const float *x, ptrdiff_t n, double *acc) { gt_lanes_add_f32(x, n, acc); }
double gk_sum_lanes(const double *acc) { return gt_lanes_total(acc); }
GK_CLONES double gk_sum_line_f64(const double *x, ptrdiff_t n) { return gt_lane_sum_f64(x, n); }

// Small products: the runtime's loops (GradC/runtime/25-gemm-small.h), inlined into each clone.
GK_CLONES void gk_gemm_small(int f64, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, const void *a, ptrdiff_t sai, ptrdiff_t sap,
                             const void *b, ptrdiff_t sbp, ptrdiff_t sbj, void *c, int accumulate) {
  gt_gemm_small(f64, m, n, k, a, sai, sap, b, sbp, sbj, c, accumulate);
}

// y[j] += x[j]: a gradient accumulated row by row, in place.
GK_CLONES void gk_add_into_f64(double *restrict y, const double *restrict x, ptrdiff_t n) { for (ptrdiff_t j = 0; j < n; j++) y[j] = y[j] + x[j]; }
GK_CLONES void gk_add_into_f32(float *restrict y, const float *restrict x, ptrdiff_t n) { for (ptrdiff_t j = 0; j < n; j++) y[j] = y[j] + x[j]; }
