/* The C runtime's vectorized math (runtime/15-vector.h) against long double references: every
   function fused loops may call, in double and float, over its domain, in a loop the compiler
   vectorizes (with GRADC_MVEC, into glibc's libmvec). Prints each function's largest error in
   ulps and fails when one exceeds the bound the README states. Compiled as gradc build
   compiles a program: cc -O3 -march=native -fopenmp-simd -DGRADC_SIMD -include runtime.h. */
#include <float.h>

enum { N = 40000 };
static const double bound = 4.0;

static long double ulp_of(long double ref, int mantissa, long double smallest) {
  int e;
  frexpl(ref, &e);
  long double u = ldexpl(1.0L, e - mantissa);
  return u < smallest ? smallest : u;
}

/* Inputs: a grid over [lo, hi], then points spread by magnitude (1e-6 to 1e6, both signs)
   where they fall inside it. */
static void inputs(double lo, double hi, double *x) {
  for (int i = 0; i < N / 2; i++) x[i] = lo + (hi - lo) * (i + 0.5) / (N / 2);
  for (int i = N / 2; i < N; i++) {
    double t = (double)(i - N / 2) / (N / 2), v = (i % 2 ? 1 : -1) * pow(10.0, -6 + 12 * t);
    x[i] = v < lo || v > hi ? lo + (hi - lo) * t : v;
  }
}

static int failed = 0;
static long double got[N], ref[N];
static double at[N];

/* The largest error of got against ref (skipping references the type cannot hold), in ulps of
   the reference in a type of `mantissa` bits, reported with where it is. */
static void judge(const char *name, const char *type, int mantissa, long double smallest, long double largest) {
  double worst = 0, where = 0;
  for (int i = 0; i < N; i++) {
    if (!isfinite(ref[i]) || fabsl(ref[i]) > largest) continue;
    double e = (double)(fabsl(got[i] - ref[i]) / ulp_of(ref[i], mantissa, smallest));
    if (!(e <= worst)) { worst = e; where = at[i]; }
  }
  printf("%-6s %-6s max %.2f ulp (at %.9g)\n", name, type, worst, where);
  if (!(worst <= bound)) failed = 1;
}

/* NAME (libm's FN of type T) over [LO, HI] in a loop the compiler vectorizes, judged. */
#define PART(NAME, T, FN, LO, HI, MANTISSA, SMALLEST, LARGEST)                                  \
  {                                                                                             \
    static double xd[N];                                                                        \
    static T x[N], y[N];                                                                        \
    inputs(LO, HI, xd);                                                                         \
    for (int i = 0; i < N; i++) x[i] = (T)xd[i];                                                \
    for (int i = 0; i < N; i++) y[i] = FN(x[i]);                                                \
    for (int i = 0; i < N; i++) { got[i] = y[i]; ref[i] = NAME##l((long double)x[i]); at[i] = x[i]; } \
    judge(#NAME, #T, MANTISSA, SMALLEST, LARGEST);                                              \
  }
#define ONE(NAME, LO, HI, FLO, FHI)                                                             \
  static void check_##NAME(void) {                                                              \
    PART(NAME, double, NAME, LO, HI, 53, DBL_TRUE_MIN, DBL_MAX)                                 \
    PART(NAME, float, NAME##f, FLO, FHI, 24, FLT_TRUE_MIN, FLT_MAX)                             \
  }

ONE(exp, -700, 700, -87, 88)
ONE(expm1, -700, 700, -87, 88)
ONE(log, 1e-300, 1e300, 1e-37, 1e37)
ONE(log1p, -0.999999, 1e300, -0.999, 1e37)
ONE(sin, -100, 100, -100, 100)
ONE(cos, -100, 100, -100, 100)
ONE(tan, -1.5, 1.5, -1.5, 1.5)
ONE(tanh, -20, 20, -20, 20)
ONE(sinh, -700, 700, -88, 88)
ONE(cosh, -700, 700, -88, 88)
ONE(asin, -1, 1, -1, 1)
ONE(acos, -1, 1, -1, 1)
ONE(atan, -1e6, 1e6, -1e6, 1e6)
ONE(erf, -6, 6, -6, 6)
ONE(erfc, -6, 26, -6, 9)

static void v64_pow(const double *restrict x, const double *restrict p, double *restrict y, int n) {
  for (int i = 0; i < n; i++) y[i] = pow(x[i], p[i]);
}
static void v32_pow(const float *restrict x, const float *restrict p, float *restrict y, int n) {
  for (int i = 0; i < n; i++) y[i] = powf(x[i], p[i]);
}
static void check_pow(void) {
  static double x[N], p[N], y[N];
  static float xf[N], pf[N], yf[N];
  inputs(1e-3, 100, x);
  for (int i = 0; i < N; i++) p[i] = -10 + 20.0 * ((i * 7919) % N) / N;
  v64_pow(x, p, y, N);
  for (int i = 0; i < N; i++) { got[i] = y[i]; ref[i] = powl((long double)x[i], (long double)p[i]); at[i] = x[i]; }
  judge("pow", "double", 53, DBL_TRUE_MIN, DBL_MAX);
  for (int i = 0; i < N; i++) { xf[i] = (float)x[i]; pf[i] = (float)p[i]; }
  v32_pow(xf, pf, yf, N);
  for (int i = 0; i < N; i++) { got[i] = yf[i]; ref[i] = powl((long double)xf[i], (long double)pf[i]); at[i] = xf[i]; }
  judge("pow", "float", 24, FLT_TRUE_MIN, FLT_MAX);
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  check_exp(); check_expm1(); check_log(); check_log1p(); check_sin(); check_cos(); check_tan();
  check_tanh(); check_sinh(); check_cosh(); check_asin(); check_acos(); check_atan();
  check_erf(); check_erfc(); check_pow();
#ifdef GRADC_MVEC
  printf("vector math: glibc's libmvec\n");
#else
  printf("vector math: libm (scalar)\n");
#endif
  printf(failed ? "FAILED: an error above %.0f ulp\n" : "all within %.0f ulp\n", bound);
  return failed;
}
