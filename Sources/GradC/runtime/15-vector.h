/* gradc's C runtime, part 2 of 12: vector arithmetic. The lane sum, its one implementation, and
   the math functions fused loops call, declared SIMD for glibc's vector math library.

   The lane sum. The runtime's sums of
   contiguous lines (sum and mean over everything or the last axis) call it; so does the VM,
   through the GradKernels target, which compiles this file: both give the same bits.
   GT_LANES double accumulators, lane j % GT_LANES adding x[j], then a fixed tree over the
   lanes. Each add is one IEEE operation in a fixed order, so no compiler or CPU changes the
   result; the independent lanes run at the vector units' width rather than at one add's
   latency per element. A sum taken in blocks whose starts are multiples of GT_LANES equals the
   sum taken at once. Plain C, no tensors. */
#include <stddef.h>

enum { GT_LANES = 32 };

#define GT_LANE_SUM(NAME, X)                                                                   \
  static inline void NAME(const X *restrict x, ptrdiff_t n, double *restrict acc) {             \
    double a[GT_LANES];                                                                         \
    for (int k = 0; k < GT_LANES; k++) a[k] = acc[k];                                           \
    ptrdiff_t j = 0;                                                                            \
    for (; j + GT_LANES <= n; j += GT_LANES)                                                    \
      for (int k = 0; k < GT_LANES; k++) a[k] += (double)x[j + k];                              \
    for (int k = 0; j < n; j++, k++) a[k] += (double)x[j];                                      \
    for (int k = 0; k < GT_LANES; k++) acc[k] = a[k];                                           \
  }
GT_LANE_SUM(gt_lanes_add_f64, double)
GT_LANE_SUM(gt_lanes_add_f32, float)
#undef GT_LANE_SUM

static inline double gt_lanes_total(const double *acc) {
  double a[GT_LANES];
  for (int k = 0; k < GT_LANES; k++) a[k] = acc[k];
  for (int w = GT_LANES / 2; w > 0; w /= 2)
    for (int k = 0; k < w; k++) a[k] += a[k + w];
  return a[0];
}

static inline double gt_lane_sum_f64(const double *x, ptrdiff_t n) {
  double acc[GT_LANES] = {0};
  gt_lanes_add_f64(x, n, acc);
  return gt_lanes_total(acc);
}

/* Vectorized math. Built with -fopenmp-simd (gradc build does: GRADC_SIMD) by GCC on x86-64
   with glibc 2.35 or later, the math functions a fused loop calls are declared SIMD, so the
   vectorized loop calls glibc's libmvec (_ZGVeN16v_tanhf and kin: 16 floats or 8 doubles per
   call under AVX-512) instead of one libm call per element: tanhf 0.5 ns an element instead of
   15. libmvec's results are within 4 ulp of the correctly rounded ones (glibc's bound, tested
   by Tests/Runtime/mvec.c), where libm's are within 1-2; a loop's remainder elements and
   unfused ops still call libm. `gradc build -Xcc -DGRADC_SCALAR_MATH` turns it off. */
#if defined(GRADC_SIMD) && !defined(GRADC_SCALAR_MATH) && defined(__x86_64__) && defined(__GNUC__) && \
    !defined(__clang__) && defined(__GLIBC__)
#if __GLIBC_PREREQ(2, 35)
#define GRADC_MVEC 1
#define GT_MVEC1(name)                                                                         \
  _Pragma("omp declare simd notinbranch") double name(double);                                 \
  _Pragma("omp declare simd notinbranch") float name##f(float);
#define GT_MVEC2(name)                                                                         \
  _Pragma("omp declare simd notinbranch") double name(double, double);                         \
  _Pragma("omp declare simd notinbranch") float name##f(float, float);
GT_MVEC1(exp) GT_MVEC1(expm1) GT_MVEC1(log) GT_MVEC1(log1p) GT_MVEC1(sin) GT_MVEC1(cos)
GT_MVEC1(tan) GT_MVEC1(tanh) GT_MVEC1(sinh) GT_MVEC1(cosh) GT_MVEC1(asin) GT_MVEC1(acos)
GT_MVEC1(atan) GT_MVEC1(erf) GT_MVEC1(erfc) GT_MVEC2(pow)
#undef GT_MVEC1
#undef GT_MVEC2
#endif
#endif
