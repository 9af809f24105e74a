/* gradc's C runtime, part 2 of 7: the lane sum, its one implementation. The runtime's sums of
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
