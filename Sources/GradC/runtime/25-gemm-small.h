/* gradc's C runtime, part 5 of 12: small matrix products in plain loops, their one
   implementation: executables call them (30-matmul.h) and so does the VM, through the
   GradKernels target, which compiles this file, so a small product has the same bits on both
   backends. Plain C, no tensors. */
#include <stdint.h>
#ifndef GT_FN
#define GT_FN static inline /* compiled on its own, as GradKernels does (see 10-tensor.h) */
#endif
#ifndef GT_SIMD_SUM
#define GT_SIMD_SUM
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
GT_FN void gt_gemm_small(int f64, int64_t m, int64_t n, int64_t k, const void *a, int64_t sai, int64_t sap,
                                 const void *b, int64_t sbp, int64_t sbj, void *c, int accumulate) {
  if (sbj != 1 && k * n <= 2048) {
    /* B read across its rows (a transpose flag): copied into rows first, for the row loop. */
    double rows[2048];
    if (f64) { for (int64_t p = 0; p < k; p++) for (int64_t j = 0; j < n; j++) rows[p * n + j] = ((const double *)b)[p * sbp + j * sbj]; }
    else { float *r = (float *)rows; for (int64_t p = 0; p < k; p++) for (int64_t j = 0; j < n; j++) r[p * n + j] = ((const float *)b)[p * sbp + j * sbj]; }
    gt_gemm_small(f64, m, n, k, a, sai, sap, rows, n, 1, c, accumulate);
    return;
  }
  if (f64) GT_SMALL_GEMM_BODY(double) else GT_SMALL_GEMM_BODY(float)
}
#undef GT_SMALL_GEMM_BODY
