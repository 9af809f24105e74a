/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/newton_cg.grad: Newton's method without forming a Hessian. Each step solves",
  "// H\302\267d = -g by conjugate gradients, where every H\302\267v is a Hessian-vector product derived by",
  "// gradc as forward mode over reverse mode: hvp = jvp(grad(f)). The function is a regularized",
  "// logistic loss in 5 dimensions, strictly convex, so a few Newton steps reach its minimum.",
  "",
  "fn f(x: f64[5], A: f64[40, 5], y: f64[40]) -> f64 {",
  "  let z = A @ x",
  "  return mean(softplus(z) - y * z) + 0.05 * sum(square(x))",
  "}",
  "",
  "fn df = grad(f, wrt: x)",
  "fn hvp = jvp(df, wrt: x)               // (x, A, y, v) -> (\342\210\207f(x), H\302\267v)",
  "",
  "// Conjugate gradients for H\302\267d = -g, k iterations, from d = 0.",
  "fn newton_direction(x: f64[5], A: f64[40, 5], y: f64[40]) -> f64[5] {",
  "  let g = df(x, A, y)",
  "  var d = zeros([5])",
  "  var r = -g",
  "  var s = r",
  "  var rr = dot(r, r)",
  "  for k in 0..<5 {",
  "    let (_, hs) = hvp(x, A, y, s)",
  "    let alpha = rr / dot(s, hs)",
  "    d = d + alpha * s",
  "    r = r - alpha * hs",
  "    let rr2 = dot(r, r)",
  "    s = r + (rr2 / rr) * s",
  "    rr = rr2",
  "  }",
  "  return d",
  "}",
  "",
  "fn main() {",
  "  let A = randn([40, 5], seed: 1)",
  "  let y = where(A @ [1.0, -2.0, 0.5, 0.0, 1.5] + randn([40], seed: 2) > 0.0, 1.0, 0.0)",
  "  var x = zeros([5])",
  "  var g = x",
  "  for step in 0..<4 {",
  "    x = x + newton_direction(x, A, y)",
  "    print(\"newton step\", step + 1, \"f =\", round(f(x, A, y), 8), \"|grad| < 1e-8:\", norm(df(x, A, y)) < 1e-8)",
  "  }",
  "  // expect: newton step 1 f = 0.41902166 |grad| < 1e-8: False",
  "  // expect: newton step 2 f = 0.40981973 |grad| < 1e-8: False",
  "  // expect: newton step 3 f = 0.40978249 |grad| < 1e-8: False",
  "  // expect: newton step 4 f = 0.40978248 |grad| < 1e-8: True",
  "  // Gradient descent for comparison: 4 steps of 1.0 get nowhere near.",
  "  for step in 0..<4 { g = g - df(g, A, y) }",
  "  print(\"gradient descent, 4 steps: f =\", round(f(g, A, y), 8))",
  "  // expect: gradient descent, 4 steps: f = 0.43415136",
  "}",
  ""
};

static inline double gt_u_neg_f64(double x) { return -x; }
static inline float gt_u_neg_f32(float x) { return -x; }
static inline int32_t gt_u_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
static inline double gt_u_sqrt_f64(double x) { return sqrt(x); }
static inline float gt_u_sqrt_f32(float x) { return sqrtf(x); }
static inline double gt_u_sigmoid_f64(double x) { return (x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))); }
static inline float gt_u_sigmoid_f32(float x) { return (x >= 0 ? 1 / (1 + expf(-x)) : expf(x) / (1 + expf(x))); }
static inline double gt_u_softplus_f64(double x) { return (log1p(exp(-fabs(x))) + (x > 0 ? x : 0)); }
static inline float gt_u_softplus_f32(float x) { return (log1pf(expf(-fabsf(x))) + (x > 0 ? x : 0)); }
static inline double gt_u_square_f64(double x) { return x * x; }
static inline float gt_u_square_f32(float x) { return x * x; }
static inline int32_t gt_u_square_i32(int32_t x) { return (int32_t)((uint32_t)x * (uint32_t)x); }
static inline double gt_u_round_f64(double x) { return nearbyint(x); }
static inline float gt_u_round_f32(float x) { return nearbyintf(x); }
static inline int32_t gt_u_round_i32(int32_t x) { return x; }
static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {""};
  (void)sz; (void)sz_names;
  T *v_0 = 0, *v_1 = 0, *v_2 = 0, *A_3 = 0, *v_4 = 0, *v_5 = 0, *v_10 = 0, *v_11 = 0, *v_14 = 0, *y_20 = 0, *x_23 = 0, *v_24 = 0, *v_25 = 0, *x_43 = 0, *x_27 = 0, *step_26 = 0, *z_56 = 0, *v_62 = 0, *v_67 = 0, *v_70 = 0, *v_73 = 0, *v_74 = 0, *v_75 = 0, *r_81 = 0, *rr_83 = 0, *d_148 = 0, *r_149 = 0, *s_150 = 0, *rr_151 = 0, *d_87 = 0, *r_88 = 0, *s_89 = 0, *rr_90 = 0, *k_86 = 0, *v_92 = 0, *v_125 = 0, *v_128 = 0, *v_137 = 0, *v_140 = 0, *v_142 = 0, *rr2_144 = 0, *v_147 = 0, *v_29 = 0, *v_31 = 0, *z_152 = 0, *v_156 = 0, *v_159 = 0, *v_36 = 0, *v_179 = 0, *v_181 = 0, *v_39 = 0, *v_42 = 0, *g_50 = 0, *g_47 = 0, *step_46 = 0, *z_184 = 0, *v_201 = 0, *v_202 = 0, *v_203 = 0, *v_49 = 0, *z_206 = 0, *v_210 = 0, *v_213 = 0, *v_55 = 0;
  (void)out;
  gt_line = 34; gt_col = 18;
  v_0 = gt_scalar(I32, 40);
  gt_line = 34; gt_col = 22;
  v_1 = gt_scalar(I32, 5);
  gt_line = 34; gt_col = 32;
  v_2 = gt_scalar(I32, 1);
  gt_line = 34; gt_col = 11;
  A_3 = gt_random(1, F64, gt_seed(v_2), 2, (int64_t[]){gt_int(v_0), gt_int(v_1)});
  gt_release(v_0); v_0 = 0;
  gt_line = 35; gt_col = 22;
  v_4 = gt_scalar(F64, 1);
  gt_line = 35; gt_col = 28;
  v_5 = gt_scalar(F64, 2);
  gt_line = 35; gt_col = 43;
  v_10 = gt_const(F64, 1, (int64_t[]){5}, (double[]){1, -2, 0.5, 0, 1.5});
  gt_line = 35; gt_col = 17;
  v_11 = gt_matmul(A_3, v_10);
  gt_release(v_10); v_10 = 0;
  gt_line = 35; gt_col = 68;
  v_14 = gt_const(F64, 1, (int64_t[]){40}, (double[]){-0.0071460226801007085, -1.337519043264767, 0.13016878525205222, -1.339382699304926, -0.49297833927418677, 0.70972524231094614, -0.1102997738270235, -1.6061354550382614, -0.10640723622682591, -0.75158153982756959, -0.84213336720735432, 0.34680264041795578, -0.89401310967813252, 0.90755862897651185, 0.6693837391427796, 2.2200116743925848, -0.43952858975470704, 0.50342642944505411, 0.24115510066858256, 0.94388229887749808, -0.30967346333642093, -0.053870314547696856, -0.47556300527178735, 0.85624896722260191, -0.13639689105046537, -2.2225920171611659, -0.89098116923721682, -0.83428183539913103, -0.048136682967035639, 0.14539255638372064, -1.5996239616964398, -1.2157766892052824, -0.43418537544131564, 0.65734777908641762, -1.2067240776627655, 1.6865960985140869, 0.80669259420101225, 0.054365155249411865, 0.36266581431972827, 2.1250825411549958});
  gt_line = 35; gt_col = 11;
  { /* fused: add, gt, select */
    const double *restrict p1 = (const double *)v_11->p;
    const double *restrict p2 = (const double *)v_14->p;
    const double *restrict p5 = (const double *)v_4->p;
    const double p5v = p5[0];
    T *r = gt_new_raw(F64, 1, (int64_t[]){40});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 40; i++) {
      const double e3 = p1[i] + p2[i];
      const uint8_t e4 = e3 > 0.0;
      const double e6 = e4 ? p5v : 0.0;
      z[i] = e6;
    }
    y_20 = r;
  }
  gt_release(v_11); v_11 = 0;
  gt_release(v_14); v_14 = 0;
  gt_line = 36; gt_col = 18;
  x_23 = gt_const(F64, 1, (int64_t[]){5}, (double[]){0, 0, 0, 0, 0});
  gt_line = 38; gt_col = 15;
  v_24 = gt_scalar(I32, 0);
  gt_line = 38; gt_col = 19;
  v_25 = gt_scalar(I32, 4);
  gt_line = 38; gt_col = 3;
  x_27 = gt_retain(x_23);
  for (int64_t t1 = gt_int(v_24), t1_end = gt_int(v_25); t1 < t1_end; t1++) {
    step_26 = gt_scalar(I32, (double)t1);
    gt_line = 7; gt_col = 11;
    z_56 = gt_matmul(A_3, x_27);
    gt_line = 8; gt_col = 45;
    { /* fused: broadcast_like */
      T *r = gt_new_raw(F64, 1, (int64_t[]){5});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 5; i++) {
        z[i] = 0.050000000000000003;
      }
      v_62 = r;
    }
    gt_line = 8; gt_col = 10;
    { /* fused: broadcast_like */
      T *r = gt_new_raw(F64, 1, (int64_t[]){40});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 40; i++) {
        z[i] = 0.025000000000000001;
      }
      v_67 = r;
    }
    gt_line = 8; gt_col = 15;
    { /* fused: sigmoid */
      const double *restrict p1 = (const double *)z_56->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){40});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 40; i++) {
        const double e2 = (p1[i] >= 0 ? 1 / (1 + exp(-p1[i])) : exp(p1[i]) / (1 + exp(p1[i])));
        z[i] = e2;
      }
      v_70 = r;
    }
    gt_release(z_56); z_56 = 0;
    gt_line = 7; gt_col = 11;
    { /* fused: neg, mul, mul, add, expand_dims */
      const double *restrict p1 = (const double *)v_67->p;
      const double *restrict p3 = (const double *)y_20->p;
      const double *restrict p5 = (const double *)v_70->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){40, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 40; i++) {
        const double e2 = -p1[i];
        const double e4 = e2 * p3[i];
        const double e6 = p1[i] * p5[i];
        const double e7 = e4 + e6;
        z[i] = e7;
      }
      v_73 = r;
    }
    gt_line = 7; gt_col = 11;
    v_74 = gt_transpose(A_3, 0, (int[]){0});
    v_75 = gt_matmul(v_74, v_73);
    gt_release(v_73); v_73 = 0;
    gt_line = 18; gt_col = 11;
    { /* fused: mul, mul, reshape_like, add, neg */
      const double *restrict p1 = (const double *)v_62->p;
      const double *restrict p2 = (const double *)x_27->p;
      const double *restrict p3 = (const double *)v_5->p;
      const double p3v = p3[0];
      const double *restrict p6 = (const double *)v_75->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){5});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 5; i++) {
        const double e4 = p2[i] * p3v;
        const double e5 = p1[i] * e4;
        const double e7 = e5 + p6[i];
        const double e8 = -e7;
        z[i] = e8;
      }
      r_81 = r;
    }
    gt_release(v_75); v_75 = 0;
    gt_line = 20; gt_col = 12;
    { /* fused: mul, sum */
      const double *restrict p1 = (const double *)r_81->p;
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t i = 0; i < 5; i++) {
        const double e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[0] = (double)(acc);
      rr_83 = r;
    }
    gt_line = 21; gt_col = 3;
    d_87 = gt_retain(x_23);
    r_88 = gt_retain(r_81);
    s_89 = gt_retain(r_81);
    rr_90 = rr_83; rr_83 = 0;
    for (int64_t t2 = gt_int(v_24), t2_end = gt_int(v_1); t2 < t2_end; t2++) {
      k_86 = gt_scalar(I32, (double)t2);
      gt_line = 7; gt_col = 11;
      v_92 = gt_matmul(A_3, s_89);
      { /* fused: sub, mul, mul, mul, expand_dims */
        const double *restrict p1 = (const double *)v_92->p;
        const double *restrict p2 = (const double *)v_70->p;
        const double *restrict p3 = (const double *)v_4->p;
        const double p3v = p3[0];
        const double *restrict p7 = (const double *)v_67->p;
        T *r = gt_new_raw(F64, 2, (int64_t[]){40, 1});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 40; i++) {
          const double e4 = p3v - p2[i];
          const double e5 = p2[i] * e4;
          const double e6 = p1[i] * e5;
          const double e8 = e6 * p7[i];
          z[i] = e8;
        }
        v_125 = r;
      }
      gt_release(v_92); v_92 = 0;
      gt_line = 7; gt_col = 11;
      v_128 = gt_matmul(v_74, v_125);
      gt_release(v_125); v_125 = 0;
      gt_line = 23; gt_col = 22;
      { /* fused: mul, mul, reshape_like, add, mul, sum */
        const double *restrict p1 = (const double *)s_89->p;
        const double *restrict p2 = (const double *)v_5->p;
        const double p2v = p2[0];
        const double *restrict p4 = (const double *)v_62->p;
        const double *restrict p6 = (const double *)v_128->p;
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 5; i++) {
          const double e3 = p1[i] * p2v;
          const double e5 = e3 * p4[i];
          const double e7 = e5 + p6[i];
          const double e8 = p1[i] * e7;
          acc += e8;
        }
        z[0] = (double)(acc);
        v_137 = r;
      }
      gt_line = 24; gt_col = 9;
      { /* fused: div, mul, add */
        const double *restrict p1 = (const double *)d_87->p;
        const double *restrict p2 = (const double *)rr_90->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_137->p;
        const double p3v = p3[0];
        const double *restrict p5 = (const double *)s_89->p;
        T *r = gt_new_raw(F64, 1, (int64_t[]){5});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 5; i++) {
          const double e4 = p2v / p3v;
          const double e6 = e4 * p5[i];
          const double e7 = p1[i] + e6;
          z[i] = e7;
        }
        v_140 = r;
      }
      gt_line = 25; gt_col = 9;
      { /* fused: div, mul, mul, reshape_like, add, mul, sub */
        const double *restrict p1 = (const double *)r_88->p;
        const double *restrict p2 = (const double *)rr_90->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_137->p;
        const double p3v = p3[0];
        const double *restrict p5 = (const double *)s_89->p;
        const double *restrict p6 = (const double *)v_5->p;
        const double p6v = p6[0];
        const double *restrict p8 = (const double *)v_62->p;
        const double *restrict p10 = (const double *)v_128->p;
        T *r = gt_new_raw(F64, 1, (int64_t[]){5});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 5; i++) {
          const double e4 = p2v / p3v;
          const double e7 = p5[i] * p6v;
          const double e9 = e7 * p8[i];
          const double e11 = e9 + p10[i];
          const double e12 = e4 * e11;
          const double e13 = p1[i] - e12;
          z[i] = e13;
        }
        v_142 = r;
      }
      gt_release(v_128); v_128 = 0;
      gt_release(v_137); v_137 = 0;
      gt_line = 26; gt_col = 15;
      { /* fused: mul, sum */
        const double *restrict p1 = (const double *)v_142->p;
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 5; i++) {
          const double e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (double)(acc);
        rr2_144 = r;
      }
      gt_line = 27; gt_col = 9;
      { /* fused: div, mul, add */
        const double *restrict p1 = (const double *)v_142->p;
        const double *restrict p2 = (const double *)rr2_144->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)rr_90->p;
        const double p3v = p3[0];
        const double *restrict p5 = (const double *)s_89->p;
        T *r = gt_new_raw(F64, 1, (int64_t[]){5});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 5; i++) {
          const double e4 = p2v / p3v;
          const double e6 = e4 * p5[i];
          const double e7 = p1[i] + e6;
          z[i] = e7;
        }
        v_147 = r;
      }
      T *t3 = gt_retain(v_140);
      T *t4 = gt_retain(v_142);
      T *t5 = gt_retain(v_147);
      T *t6 = gt_retain(rr2_144);
      gt_release(d_87);
      gt_release(r_88);
      gt_release(s_89);
      gt_release(rr_90);
      d_87 = t3;
      r_88 = t4;
      s_89 = t5;
      rr_90 = t6;
      gt_release(v_140); v_140 = 0;
      gt_release(v_142); v_142 = 0;
      gt_release(rr2_144); rr2_144 = 0;
      gt_release(v_147); v_147 = 0;
      gt_release(k_86); k_86 = 0;
    }
    d_148 = d_87; d_87 = 0;
    r_149 = r_88; r_88 = 0;
    s_150 = s_89; s_89 = 0;
    rr_151 = rr_90; rr_90 = 0;
    gt_release(v_62); v_62 = 0;
    gt_release(v_67); v_67 = 0;
    gt_release(v_70); v_70 = 0;
    gt_release(r_81); r_81 = 0;
    gt_release(rr_83); rr_83 = 0;
    gt_release(r_149); r_149 = 0;
    gt_release(s_150); s_150 = 0;
    gt_release(rr_151); rr_151 = 0;
    gt_line = 39; gt_col = 9;
    { /* fused: add */
      const double *restrict p1 = (const double *)x_27->p;
      const double *restrict p2 = (const double *)d_148->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){5});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 5; i++) {
        const double e3 = p1[i] + p2[i];
        z[i] = e3;
      }
      v_29 = r;
    }
    gt_release(d_148); d_148 = 0;
    gt_line = 40; gt_col = 26;
    v_31 = gt_binary(B_ADD, step_26, v_2);
    gt_line = 7; gt_col = 11;
    z_152 = gt_matmul(A_3, v_29);
    gt_line = 8; gt_col = 10;
    { /* fused: softplus, mul, sub, mean */
      const double *restrict p1 = (const double *)z_152->p;
      const double *restrict p3 = (const double *)y_20->p;
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t i = 0; i < 40; i++) {
        const double e2 = (log1p(exp(-fabs(p1[i]))) + (p1[i] > 0 ? p1[i] : 0));
        const double e4 = p3[i] * p1[i];
        const double e5 = e2 - e4;
        acc += e5;
      }
      z[0] = (double)(acc / (double)40);
      v_156 = r;
    }
    gt_line = 8; gt_col = 45;
    { /* fused: square, sum */
      const double *restrict p1 = (const double *)v_29->p;
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t i = 0; i < 5; i++) {
        const double e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[0] = (double)(acc);
      v_159 = r;
    }
    gt_line = 40; gt_col = 43;
    { /* fused: mul, add, mul, round, div */
      const double *restrict p1 = (const double *)v_156->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_159->p;
      const double p2v = p2[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e3 = 0.050000000000000003 * p2v;
        const double e4 = p1v + e3;
        const double e5 = e4 * 100000000.0;
        const double e6 = nearbyint(e5);
        const double e7 = e6 / 100000000.0;
        z[i] = e7;
      }
      v_36 = r;
    }
    gt_release(v_156); v_156 = 0;
    gt_release(v_159); v_159 = 0;
    gt_line = 7; gt_col = 11;
    { /* fused: broadcast_like, neg, mul, sigmoid, mul, add, expand_dims */
      const double *restrict p2 = (const double *)y_20->p;
      const double *restrict p4 = (const double *)z_152->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){40, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 40; i++) {
        const double e1 = -(0.025000000000000001);
        const double e3 = e1 * p2[i];
        const double e5 = (p4[i] >= 0 ? 1 / (1 + exp(-p4[i])) : exp(p4[i]) / (1 + exp(p4[i])));
        const double e6 = 0.025000000000000001 * e5;
        const double e7 = e3 + e6;
        z[i] = e7;
      }
      v_179 = r;
    }
    gt_release(z_152); z_152 = 0;
    gt_line = 7; gt_col = 11;
    v_181 = gt_matmul(v_74, v_179);
    gt_release(v_74); v_74 = 0;
    gt_release(v_179); v_179 = 0;
    gt_line = 40; gt_col = 83;
    { /* fused: broadcast_like, mul, mul, reshape_like, add, mul, sum */
      const double *restrict p1 = (const double *)v_29->p;
      const double *restrict p2 = (const double *)v_5->p;
      const double p2v = p2[0];
      const double *restrict p5 = (const double *)v_181->p;
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t i = 0; i < 5; i++) {
        const double e3 = p1[i] * p2v;
        const double e4 = 0.050000000000000003 * e3;
        const double e6 = e4 + p5[i];
        const double e7 = e6 * e6;
        acc += e7;
      }
      z[0] = (double)(acc);
      v_39 = r;
    }
    gt_release(v_181); v_181 = 0;
    gt_line = 40; gt_col = 83;
    { /* fused: sqrt, lt */
      const double *restrict p1 = (const double *)v_39->p;
      const double p1v = p1[0];
      T *r = gt_new_raw(BOOL, 0, (int64_t[]){0});
      uint8_t *restrict z = (uint8_t *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = sqrt(p1v);
        const uint8_t e3 = e2 < 1e-08;
        z[i] = e3;
      }
      v_42 = r;
    }
    gt_release(v_39); v_39 = 0;
    gt_line = 40; gt_col = 83;
    gt_print_text("newton step", 1);
    gt_print_tensor(v_31, 0);
    gt_print_text("f =", 0);
    gt_print_tensor(v_36, 0);
    gt_print_text("|grad| < 1e-8:", 0);
    gt_print_tensor(v_42, 0);
    fputc('\n', stdout);
    gt_release(v_31); v_31 = 0;
    gt_release(v_36); v_36 = 0;
    gt_release(v_42); v_42 = 0;
    T *t7 = gt_retain(v_29);
    gt_release(x_27);
    x_27 = t7;
    gt_release(v_29); v_29 = 0;
    gt_release(step_26); step_26 = 0;
  }
  x_43 = x_27; x_27 = 0;
  gt_release(v_1); v_1 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_4); v_4 = 0;
  gt_release(x_43); x_43 = 0;
  gt_line = 47; gt_col = 3;
  g_47 = x_23; x_23 = 0;
  for (int64_t t8 = gt_int(v_24), t8_end = gt_int(v_25); t8 < t8_end; t8++) {
    step_46 = gt_scalar(I32, (double)t8);
    gt_line = 7; gt_col = 11;
    z_184 = gt_matmul(A_3, g_47);
    { /* fused: broadcast_like, neg, mul, sigmoid, mul, add, expand_dims */
      const double *restrict p2 = (const double *)y_20->p;
      const double *restrict p4 = (const double *)z_184->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){40, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 40; i++) {
        const double e1 = -(0.025000000000000001);
        const double e3 = e1 * p2[i];
        const double e5 = (p4[i] >= 0 ? 1 / (1 + exp(-p4[i])) : exp(p4[i]) / (1 + exp(p4[i])));
        const double e6 = 0.025000000000000001 * e5;
        const double e7 = e3 + e6;
        z[i] = e7;
      }
      v_201 = r;
    }
    gt_release(z_184); z_184 = 0;
    gt_line = 7; gt_col = 11;
    v_203 = gt_matmul_t(A_3, 1, v_201, 0);
    gt_release(v_201); v_201 = 0;
    gt_line = 47; gt_col = 27;
    { /* fused: broadcast_like, mul, mul, reshape_like, add, sub */
      const double *restrict p1 = (const double *)g_47->p;
      const double *restrict p2 = (const double *)v_5->p;
      const double p2v = p2[0];
      const double *restrict p5 = (const double *)v_203->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){5});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 5; i++) {
        const double e3 = p1[i] * p2v;
        const double e4 = 0.050000000000000003 * e3;
        const double e6 = e4 + p5[i];
        const double e7 = p1[i] - e6;
        z[i] = e7;
      }
      v_49 = r;
    }
    gt_release(v_203); v_203 = 0;
    T *t9 = gt_retain(v_49);
    gt_release(g_47);
    g_47 = t9;
    gt_release(v_49); v_49 = 0;
    gt_release(step_46); step_46 = 0;
  }
  g_50 = g_47; g_47 = 0;
  gt_release(v_5); v_5 = 0;
  gt_release(x_23); x_23 = 0;
  gt_release(v_24); v_24 = 0;
  gt_release(v_25); v_25 = 0;
  gt_line = 7; gt_col = 11;
  z_206 = gt_matmul(A_3, g_50);
  gt_release(A_3); A_3 = 0;
  gt_line = 8; gt_col = 10;
  { /* fused: softplus, mul, sub, mean */
    const double *restrict p1 = (const double *)z_206->p;
    const double *restrict p3 = (const double *)y_20->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 40; i++) {
      const double e2 = (log1p(exp(-fabs(p1[i]))) + (p1[i] > 0 ? p1[i] : 0));
      const double e4 = p3[i] * p1[i];
      const double e5 = e2 - e4;
      acc += e5;
    }
    z[0] = (double)(acc / (double)40);
    v_210 = r;
  }
  gt_release(y_20); y_20 = 0;
  gt_release(z_206); z_206 = 0;
  gt_line = 8; gt_col = 45;
  { /* fused: square, sum */
    const double *restrict p1 = (const double *)g_50->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 5; i++) {
      const double e2 = p1[i] * p1[i];
      acc += e2;
    }
    z[0] = (double)(acc);
    v_213 = r;
  }
  gt_release(g_50); g_50 = 0;
  gt_line = 48; gt_col = 43;
  { /* fused: mul, add, mul, round, div */
    const double *restrict p1 = (const double *)v_210->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_213->p;
    const double p2v = p2[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e3 = 0.050000000000000003 * p2v;
      const double e4 = p1v + e3;
      const double e5 = e4 * 100000000.0;
      const double e6 = nearbyint(e5);
      const double e7 = e6 / 100000000.0;
      z[i] = e7;
    }
    v_55 = r;
  }
  gt_release(v_210); v_210 = 0;
  gt_release(v_213); v_213 = 0;
  gt_line = 48; gt_col = 43;
  gt_print_text("gradient descent, 4 steps: f =", 1);
  gt_print_tensor(v_55, 0);
  fputc('\n', stdout);
  gt_release(v_55); v_55 = 0;
  gt_release(v_0);
  gt_release(v_1);
  gt_release(v_2);
  gt_release(A_3);
  gt_release(v_4);
  gt_release(v_5);
  gt_release(v_10);
  gt_release(v_11);
  gt_release(v_14);
  gt_release(y_20);
  gt_release(x_23);
  gt_release(v_24);
  gt_release(v_25);
  gt_release(x_43);
  gt_release(x_27);
  gt_release(step_26);
  gt_release(z_56);
  gt_release(v_62);
  gt_release(v_67);
  gt_release(v_70);
  gt_release(v_73);
  gt_release(v_74);
  gt_release(v_75);
  gt_release(r_81);
  gt_release(rr_83);
  gt_release(d_148);
  gt_release(r_149);
  gt_release(s_150);
  gt_release(rr_151);
  gt_release(d_87);
  gt_release(r_88);
  gt_release(s_89);
  gt_release(rr_90);
  gt_release(k_86);
  gt_release(v_92);
  gt_release(v_125);
  gt_release(v_128);
  gt_release(v_137);
  gt_release(v_140);
  gt_release(v_142);
  gt_release(rr2_144);
  gt_release(v_147);
  gt_release(v_29);
  gt_release(v_31);
  gt_release(z_152);
  gt_release(v_156);
  gt_release(v_159);
  gt_release(v_36);
  gt_release(v_179);
  gt_release(v_181);
  gt_release(v_39);
  gt_release(v_42);
  gt_release(g_50);
  gt_release(g_47);
  gt_release(step_46);
  gt_release(z_184);
  gt_release(v_201);
  gt_release(v_202);
  gt_release(v_203);
  gt_release(v_49);
  gt_release(z_206);
  gt_release(v_210);
  gt_release(v_213);
  gt_release(v_55);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/newton_cg.grad";
  gt_src = gt_program_src;
  gt_src_lines = 51;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
