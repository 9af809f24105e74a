/* gradc's C runtime, part 3 of 12: special functions libm lacks, each one implementation that
   the C runtime and the VM (through GradKernels, Sources/GradKernels/math.c) both call, in
   double (f32 values are computed in double and rounded once). Poles as JAX has them:
   digamma is NaN and trigamma +inf at 0, -1, -2, ...
   digamma ψ(x): reflection ψ(x) = ψ(1 - x) - π / tan(πx) below 0, the recurrence
   ψ(x) = ψ(x + 1) - 1/x up to 10, then the asymptotic series
   ln x - 1/(2x) - Σ B₂ₖ / (2k x²ᵏ) through x⁻¹⁴ (the next term is below 1e-16 there).
   trigamma ψ'(x): reflection ψ'(x) = π² / sin²(πx) - ψ'(1 - x), ψ'(x) = ψ'(x + 1) + 1/x²,
   then 1/x + 1/(2x²) + Σ B₂ₖ / x²ᵏ⁺¹ through x⁻¹⁵. */
#include <math.h>

static inline double gt_digamma(double x) {
  if (x != x || x == INFINITY) return x;
  if (x <= 0 && floor(x) == x) return NAN;
  double r = 0;
  if (x < 0) { r = -M_PI / tan(M_PI * x); x = 1 - x; }
  while (x < 10) { r -= 1 / x; x += 1; }
  double z = 1 / (x * x);
  double s = z * (1.0 / 12 - z * (1.0 / 120 - z * (1.0 / 252 - z * (1.0 / 240 - z * (1.0 / 132 - z * (691.0 / 32760 - z / 12))))));
  return r + log(x) - 0.5 / x - s;
}

static inline double gt_trigamma(double x) {
  if (x != x) return x;
  if (x == INFINITY) return 0;
  if (x <= 0 && floor(x) == x) return INFINITY;
  if (x < 0) { double s = sin(M_PI * x); return M_PI * M_PI / (s * s) - gt_trigamma(1 - x); }
  double r = 0;
  while (x < 10) { r += 1 / (x * x); x += 1; }
  double z = 1 / (x * x);
  double s = z * (1.0 / 6 - z * (1.0 / 30 - z * (1.0 / 42 - z * (1.0 / 30 - z * (5.0 / 66 - z * (691.0 / 2730 - z * 7 / 6))))));
  return r + 1 / x + z / 2 + s / x;
}
