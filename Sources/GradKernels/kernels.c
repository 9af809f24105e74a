// See GradKernels.h. Each kernel is cloned for AVX-512, AVX2 and the baseline (GCC's and
// clang's target_clones: the loader picks one per CPU), and the loops are plain enough for
// the compiler to vectorize at each width. No loop combines two operations, so there is no
// contraction into fused multiply-adds.
#include "GradKernels.h"
#include <math.h>
#include "../GradC/runtime/15-vector.h"

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
