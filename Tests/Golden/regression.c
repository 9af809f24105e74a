/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/regression.grad: linear regression trained by gradient descent and checked against",
  "// the closed-form least-squares solution, and logistic regression on two Gaussian clouds.",
  "",
  "struct Line { w: f64; b: f64 }",
  "",
  "fn mse_loss(p: Line, x: f64[n], y: f64[n]) -> f64 { return mse(p.w * x + p.b, y) }",
  "fn dmse = grad(mse_loss, wrt: p)",
  "",
  "struct Logistic { w: f64[2]; b: f64 }",
  "",
  "// Mean binary cross-entropy of sigmoid(x\302\267w + b) against labels 0/1, written stably:",
  "// log(1 + e^z) - y\302\267z.",
  "fn logistic_loss(p: Logistic, x: f64[n, 2], y: f64[n]) -> f64 {",
  "  let z = x @ p.w + p.b",
  "  return mean(softplus(z) - y * z)",
  "}",
  "fn dlogistic = grad(logistic_loss, wrt: p)",
  "",
  "fn main() {",
  "  // y = 3x - 2 + noise.",
  "  let x = randn([200], seed: 1)",
  "  let y = 3.0 * x - 2.0 + 0.1 * randn([200], seed: 2)",
  "  // Least squares in closed form: w = cov(x, y) / var(x), b = mean(y) - w\302\267mean(x).",
  "  let w = mean((x - mean(x)) * (y - mean(y))) / mean(square(x - mean(x)))",
  "  let b = mean(y) - w * mean(x)",
  "  var p = Line(w: 0.0, b: 0.0)",
  "  for step in 0..<500 {",
  "    p = sgd(p, dmse(p, x, y), 0.1)",
  "  }",
  "  print(\"closed form:\", round(w, 6), round(b, 6))",
  "  print(\"trained:    \", round(p.w, 6), round(p.b, 6))",
  "  print(\"difference below 1e-9:\", abs(p.w - w) < 1e-9 && abs(p.b - b) < 1e-9)",
  "  // expect: closed form: 2.996017 -1.994819",
  "  // expect: trained:     2.996017 -1.994819",
  "  // expect: difference below 1e-9: True",
  "",
  "  // Two classes: points around (1, 1) and around (-1, -1).",
  "  let pos = randn([100, 2], seed: 3) * 0.7 + 1.0",
  "  let neg = randn([100, 2], seed: 4) * 0.7 - 1.0",
  "  let xs = concat([pos, neg], axis: 0)",
  "  let ys = concat([ones([100]), zeros([100])], axis: 0)",
  "  var q = Logistic(w: zeros([2]), b: 0.0)",
  "  var m = zeros_like(q)",
  "  var v = zeros_like(q)",
  "  for t in 1...300 {",
  "    let (q2, m2, v2) = adam(q, dlogistic(q, xs, ys), m, v, t, 0.05)",
  "    q = q2",
  "    m = m2",
  "    v = v2",
  "  }",
  "  let predicted = where(xs @ q.w + q.b > 0.0, 1.0, 0.0)",
  "  print(\"logistic loss\", round(logistic_loss(q, xs, ys), 4), \"accuracy\", mean(where(predicted == ys, 1.0, 0.0)))",
  "  // expect: logistic loss 0.0527 accuracy 0.975",
  "}",
  ""
};

static inline double gt_u_neg_f64(double x) { return -x; }
static inline float gt_u_neg_f32(float x) { return -x; }
static inline int32_t gt_u_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
static inline double gt_u_sqrt_f64(double x) { return sqrt(x); }
static inline float gt_u_sqrt_f32(float x) { return sqrtf(x); }
static inline double gt_u_abs_f64(double x) { return fabs(x); }
static inline float gt_u_abs_f32(float x) { return fabsf(x); }
static inline int32_t gt_u_abs_i32(int32_t x) { return x < 0 ? (int32_t)(0u - (uint32_t)x) : x; }
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
  T *v_0 = 0, *v_1 = 0, *v_2 = 0, *x_3 = 0, *v_6 = 0, *v_8 = 0, *v_11 = 0, *v_12 = 0, *y_14 = 0, *v_15 = 0, *v_17 = 0, *v_20 = 0, *v_24 = 0, *v_30 = 0, *p_32_0 = 0, *p_32_1 = 0, *v_34 = 0, *p_40_0 = 0, *p_40_1 = 0, *p_36_0 = 0, *p_36_1 = 0, *step_35 = 0, *v_147 = 0, *v_149 = 0, *v_161 = 0, *v_162 = 0, *v_164 = 0, *v_175 = 0, *v_178 = 0, *v_179_0 = 0, *v_179_1 = 0, *v_44 = 0, *v_48 = 0, *v_49 = 0, *v_53 = 0, *v_54 = 0, *v_58 = 0, *v_69 = 0, *v_70 = 0, *v_73 = 0, *v_74 = 0, *v_77 = 0, *pos_78 = 0, *v_82 = 0, *v_83 = 0, *neg_87 = 0, *xs_88 = 0, *v_91 = 0, *v_94 = 0, *ys_95 = 0, *v_98 = 0, *q_100_0 = 0, *q_100_1 = 0, *v_114 = 0, *q_125_0 = 0, *q_125_1 = 0, *m_126_0 = 0, *m_126_1 = 0, *v_127_0 = 0, *v_127_1 = 0, *q_116_0 = 0, *q_116_1 = 0, *m_117_0 = 0, *m_117_1 = 0, *v_118_0 = 0, *v_118_1 = 0, *t_115 = 0, *v_180 = 0, *v_181 = 0, *v_182 = 0, *v_193 = 0, *v_197 = 0, *v_200 = 0, *v_202 = 0, *v_205 = 0, *v_206 = 0, *v_214 = 0, *v_216 = 0, *v_229 = 0, *v_232 = 0, *m2_233_0 = 0, *m2_233_1 = 0, *v_237 = 0, *v_239 = 0, *v_257 = 0, *v_260 = 0, *v2_261_0 = 0, *v2_261_1 = 0, *v_265 = 0, *v_277 = 0, *v_315 = 0, *v_318 = 0, *v_319_0 = 0, *v_319_1 = 0, *v_128 = 0, *v_129 = 0, *v_130 = 0, *v_328 = 0, *v_141 = 0, *v_146 = 0;
  (void)out;
  gt_line = 21; gt_col = 18;
  v_0 = gt_scalar(I32, 200);
  v_1 = gt_scalar(I32, 0);
  gt_line = 21; gt_col = 30;
  v_2 = gt_scalar(I32, 1);
  gt_line = 21; gt_col = 11;
  x_3 = gt_random(1, F64, gt_int(v_2), 1, (int64_t[]){gt_int(v_0)});
  gt_line = 22; gt_col = 21;
  v_6 = gt_scalar(F64, 2);
  gt_line = 22; gt_col = 27;
  v_8 = gt_scalar(F64, 0.10000000000000001);
  gt_line = 22; gt_col = 52;
  v_11 = gt_scalar(I32, 2);
  gt_line = 22; gt_col = 33;
  v_12 = gt_random(1, F64, gt_int(v_11), 1, (int64_t[]){gt_int(v_0)});
  gt_release(v_0); v_0 = 0;
  gt_line = 22; gt_col = 11;
  { /* fused: mul, sub, mul, add */
    const double *restrict p1 = (const double *)x_3->p;
    const double *restrict p3 = (const double *)v_6->p;
    const double p3v = p3[0];
    const double *restrict p5 = (const double *)v_8->p;
    const double p5v = p5[0];
    const double *restrict p6 = (const double *)v_12->p;
    T *r = gt_new_raw(F64, 1, (int64_t[]){200});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = 3.0 * p1[i];
      const double e4 = e2 - p3v;
      const double e7 = p5v * p6[i];
      const double e8 = e4 + e7;
      z[i] = e8;
    }
    y_14 = r;
  }
  gt_release(v_12); v_12 = 0;
  gt_line = 24; gt_col = 21;
  { /* fused: mean */
    const double *restrict p1 = (const double *)x_3->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      acc += p1[i];
    }
    z[0] = (double)(acc / (double)200);
    v_15 = r;
  }
  gt_line = 24; gt_col = 37;
  { /* fused: mean */
    const double *restrict p1 = (const double *)y_14->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      acc += p1[i];
    }
    z[0] = (double)(acc / (double)200);
    v_17 = r;
  }
  gt_line = 24; gt_col = 11;
  { /* fused: sub, sub, mul, mean */
    const double *restrict p1 = (const double *)x_3->p;
    const double *restrict p2 = (const double *)v_15->p;
    const double p2v = p2[0];
    const double *restrict p4 = (const double *)y_14->p;
    const double *restrict p5 = (const double *)v_17->p;
    const double p5v = p5[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      const double e3 = p1[i] - p2v;
      const double e6 = p4[i] - p5v;
      const double e7 = e3 * e6;
      acc += e7;
    }
    z[0] = (double)(acc / (double)200);
    v_20 = r;
  }
  gt_line = 24; gt_col = 49;
  { /* fused: sub, square, mean */
    const double *restrict p1 = (const double *)x_3->p;
    const double *restrict p2 = (const double *)v_15->p;
    const double p2v = p2[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      const double e3 = p1[i] - p2v;
      const double e4 = e3 * e3;
      acc += e4;
    }
    z[0] = (double)(acc / (double)200);
    v_24 = r;
  }
  gt_line = 26; gt_col = 19;
  v_30 = gt_scalar(F64, 0);
  gt_line = 26; gt_col = 27;
  p_32_0 = gt_retain(v_30);
  p_32_1 = gt_retain(v_30);
  gt_line = 27; gt_col = 19;
  v_34 = gt_scalar(I32, 500);
  gt_line = 27; gt_col = 3;
  p_36_0 = p_32_0; p_32_0 = 0;
  p_36_1 = p_32_1; p_32_1 = 0;
  for (int64_t t1 = gt_int(v_1), t1_end = gt_int(v_34); t1 < t1_end; t1++) {
    step_35 = gt_scalar(I32, (double)t1);
    gt_line = 6; gt_col = 64;
    v_147 = gt_retain(p_36_0);
    gt_line = 6; gt_col = 74;
    v_149 = gt_retain(p_36_1);
    gt_line = 6; gt_col = 60;
    { /* fused: broadcast_like, mul, add, sub, mul, mul */
      const double *restrict p1 = (const double *)v_147->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)x_3->p;
      const double *restrict p4 = (const double *)v_149->p;
      const double p4v = p4[0];
      const double *restrict p6 = (const double *)y_14->p;
      const double *restrict p8 = (const double *)v_6->p;
      const double p8v = p8[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){200});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        const double e3 = p1v * p2[i];
        const double e5 = e3 + p4v;
        const double e7 = e5 - p6[i];
        const double e9 = e7 * p8v;
        const double e10 = 0.0050000000000000001 * e9;
        z[i] = e10;
      }
      v_161 = r;
    }
    gt_line = 6; gt_col = 64;
    { /* fused: sum_to */
      const double *restrict p1 = (const double *)v_161->p;
      T *r = gt_new(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 200; o++) {
        for (int64_t j = 0; j < 1; j++) {
          const int64_t i = o * 1 + j;
          z[j] += p1[i];
        }
      }
      v_162 = r;
    }
    gt_line = 6; gt_col = 64;
    { /* fused: mul, sum_to */
      const double *restrict p1 = (const double *)v_161->p;
      const double *restrict p2 = (const double *)x_3->p;
      T *r = gt_new(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 200; o++) {
        for (int64_t j = 0; j < 1; j++) {
          const int64_t i = o * 1 + j;
          const double e3 = p1[i] * p2[i];
          z[j] += e3;
        }
      }
      v_164 = r;
    }
    gt_release(v_161); v_161 = 0;
    gt_line = 6; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)v_147->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_8->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_164->p;
      const double p3v = p3[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e4 = p2v * p3v;
        const double e5 = p1v - e4;
        z[i] = e5;
      }
      v_175 = r;
    }
    gt_release(v_147); v_147 = 0;
    gt_release(v_164); v_164 = 0;
    gt_line = 6; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)v_149->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_8->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_162->p;
      const double p3v = p3[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e4 = p2v * p3v;
        const double e5 = p1v - e4;
        z[i] = e5;
      }
      v_178 = r;
    }
    gt_release(v_149); v_149 = 0;
    gt_release(v_162); v_162 = 0;
    gt_line = 6; gt_col = 10;
    v_179_0 = gt_retain(v_175);
    v_179_1 = gt_retain(v_178);
    gt_release(v_175); v_175 = 0;
    gt_release(v_178); v_178 = 0;
    T *t2 = gt_retain(v_179_0);
    T *t3 = gt_retain(v_179_1);
    gt_release(p_36_0);
    gt_release(p_36_1);
    p_36_0 = t2;
    p_36_1 = t3;
    gt_release(v_179_0); v_179_0 = 0;
    gt_release(v_179_1); v_179_1 = 0;
    gt_release(step_35); step_35 = 0;
  }
  p_40_0 = p_36_0; p_36_0 = 0;
  p_40_1 = p_36_1; p_36_1 = 0;
  gt_release(v_1); v_1 = 0;
  gt_release(x_3); x_3 = 0;
  gt_release(v_6); v_6 = 0;
  gt_release(y_14); y_14 = 0;
  gt_release(p_32_0); p_32_0 = 0;
  gt_release(p_32_1); p_32_1 = 0;
  gt_release(v_34); v_34 = 0;
  gt_line = 30; gt_col = 25;
  { /* fused: div, mul, round, div */
    const double *restrict p1 = (const double *)v_20->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_24->p;
    const double p2v = p2[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e3 = p1v / p2v;
      const double e4 = e3 * 1000000.0;
      const double e5 = nearbyint(e4);
      const double e6 = e5 / 1000000.0;
      z[i] = e6;
    }
    v_44 = r;
  }
  gt_line = 30; gt_col = 38;
  { /* fused: div, mul, sub, mul, round, div */
    const double *restrict p1 = (const double *)v_17->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_20->p;
    const double p2v = p2[0];
    const double *restrict p3 = (const double *)v_24->p;
    const double p3v = p3[0];
    const double *restrict p5 = (const double *)v_15->p;
    const double p5v = p5[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e4 = p2v / p3v;
      const double e6 = e4 * p5v;
      const double e7 = p1v - e6;
      const double e8 = e7 * 1000000.0;
      const double e9 = nearbyint(e8);
      const double e10 = e9 / 1000000.0;
      z[i] = e10;
    }
    v_48 = r;
  }
  gt_line = 30; gt_col = 38;
  gt_print_text("closed form:", 1);
  gt_print_tensor(v_44, 0);
  gt_print_tensor(v_48, 0);
  fputc('\n', stdout);
  gt_release(v_44); v_44 = 0;
  gt_release(v_48); v_48 = 0;
  gt_line = 31; gt_col = 31;
  v_49 = gt_retain(p_40_0);
  gt_line = 31; gt_col = 25;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_49->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 1000000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 1000000.0;
      z[i] = e4;
    }
    v_53 = r;
  }
  gt_line = 31; gt_col = 46;
  v_54 = gt_retain(p_40_1);
  gt_release(p_40_0); p_40_0 = 0;
  gt_release(p_40_1); p_40_1 = 0;
  gt_line = 31; gt_col = 40;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_54->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 1000000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 1000000.0;
      z[i] = e4;
    }
    v_58 = r;
  }
  gt_line = 31; gt_col = 40;
  gt_print_text("trained:    ", 1);
  gt_print_tensor(v_53, 0);
  gt_print_tensor(v_58, 0);
  fputc('\n', stdout);
  gt_release(v_53); v_53 = 0;
  gt_release(v_58); v_58 = 0;
  gt_line = 32; gt_col = 35;
  { /* fused: div, sub, abs, lt, mul, sub, sub, abs, lt, and */
    const double *restrict p1 = (const double *)v_49->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_20->p;
    const double p2v = p2[0];
    const double *restrict p3 = (const double *)v_24->p;
    const double p3v = p3[0];
    const double *restrict p8 = (const double *)v_54->p;
    const double p8v = p8[0];
    const double *restrict p9 = (const double *)v_17->p;
    const double p9v = p9[0];
    const double *restrict p10 = (const double *)v_15->p;
    const double p10v = p10[0];
    T *r = gt_new_raw(BOOL, 0, (int64_t[]){0});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e4 = p2v / p3v;
      const double e5 = p1v - e4;
      const double e6 = fabs(e5);
      const uint8_t e7 = e6 < 1.0000000000000001e-09;
      const double e11 = e4 * p10v;
      const double e12 = p9v - e11;
      const double e13 = p8v - e12;
      const double e14 = fabs(e13);
      const uint8_t e15 = e14 < 1.0000000000000001e-09;
      const uint8_t e16 = e7 && e15;
      z[i] = e16;
    }
    v_69 = r;
  }
  gt_release(v_15); v_15 = 0;
  gt_release(v_17); v_17 = 0;
  gt_release(v_20); v_20 = 0;
  gt_release(v_24); v_24 = 0;
  gt_release(v_49); v_49 = 0;
  gt_release(v_54); v_54 = 0;
  gt_line = 32; gt_col = 35;
  gt_print_text("difference below 1e-9:", 1);
  gt_print_tensor(v_69, 0);
  fputc('\n', stdout);
  gt_release(v_69); v_69 = 0;
  gt_line = 38; gt_col = 20;
  v_70 = gt_scalar(I32, 100);
  gt_line = 38; gt_col = 35;
  v_73 = gt_scalar(I32, 3);
  gt_line = 38; gt_col = 13;
  v_74 = gt_random(1, F64, gt_int(v_73), 2, (int64_t[]){gt_int(v_70), gt_int(v_11)});
  gt_release(v_73); v_73 = 0;
  gt_line = 38; gt_col = 46;
  v_77 = gt_scalar(F64, 1);
  gt_line = 38; gt_col = 13;
  { /* fused: mul, add */
    const double *restrict p1 = (const double *)v_74->p;
    const double *restrict p3 = (const double *)v_77->p;
    const double p3v = p3[0];
    T *r = gt_new_raw(F64, 2, (int64_t[]){100, 2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = p1[i] * 0.69999999999999996;
      const double e4 = e2 + p3v;
      z[i] = e4;
    }
    pos_78 = r;
  }
  gt_release(v_74); v_74 = 0;
  gt_line = 39; gt_col = 35;
  v_82 = gt_scalar(I32, 4);
  gt_line = 39; gt_col = 13;
  v_83 = gt_random(1, F64, gt_int(v_82), 2, (int64_t[]){gt_int(v_70), gt_int(v_11)});
  gt_release(v_11); v_11 = 0;
  gt_release(v_82); v_82 = 0;
  { /* fused: mul, sub */
    const double *restrict p1 = (const double *)v_83->p;
    const double *restrict p3 = (const double *)v_77->p;
    const double p3v = p3[0];
    T *r = gt_new_raw(F64, 2, (int64_t[]){100, 2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = p1[i] * 0.69999999999999996;
      const double e4 = e2 - p3v;
      z[i] = e4;
    }
    neg_87 = r;
  }
  gt_release(v_83); v_83 = 0;
  gt_line = 40; gt_col = 12;
  xs_88 = gt_concat(2, (T *[]){pos_78, neg_87}, 0);
  gt_release(pos_78); pos_78 = 0;
  gt_release(neg_87); neg_87 = 0;
  gt_line = 41; gt_col = 20;
  v_91 = gt_fill(F64, gt_get(v_77, 0), 1, (int64_t[]){gt_int(v_70)});
  gt_line = 41; gt_col = 33;
  v_94 = gt_fill(F64, gt_get(v_30, 0), 1, (int64_t[]){gt_int(v_70)});
  gt_release(v_70); v_70 = 0;
  gt_line = 41; gt_col = 12;
  ys_95 = gt_concat(2, (T *[]){v_91, v_94}, 0);
  gt_release(v_91); v_91 = 0;
  gt_release(v_94); v_94 = 0;
  gt_line = 42; gt_col = 30;
  v_98 = gt_const(F64, 1, (int64_t[]){2}, (double[]){0, 0});
  gt_line = 42; gt_col = 38;
  q_100_0 = gt_retain(v_98);
  q_100_1 = gt_retain(v_30);
  gt_release(v_98); v_98 = 0;
  gt_line = 45; gt_col = 16;
  v_114 = gt_scalar(I32, 301);
  gt_line = 45; gt_col = 3;
  q_116_0 = gt_retain(q_100_0);
  q_116_1 = gt_retain(q_100_1);
  m_117_0 = gt_retain(q_100_0);
  m_117_1 = gt_retain(q_100_1);
  v_118_0 = gt_retain(q_100_0);
  v_118_1 = gt_retain(q_100_1);
  for (int64_t t4 = gt_int(v_2), t4_end = gt_int(v_114); t4 < t4_end; t4++) {
    t_115 = gt_scalar(I32, (double)t4);
    gt_line = 14; gt_col = 15;
    v_180 = gt_retain(q_116_0);
    gt_line = 14; gt_col = 11;
    v_181 = gt_matmul(xs_88, v_180);
    gt_line = 14; gt_col = 21;
    v_182 = gt_retain(q_116_1);
    gt_line = 15; gt_col = 10;
    { /* fused: broadcast_like */
      T *r = gt_new_raw(F64, 1, (int64_t[]){200});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        z[i] = 0.0050000000000000001;
      }
      v_193 = r;
    }
    gt_line = 15; gt_col = 15;
    { /* fused: add, sigmoid */
      const double *restrict p1 = (const double *)v_181->p;
      const double *restrict p2 = (const double *)v_182->p;
      const double p2v = p2[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){200});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        const double e3 = p1[i] + p2v;
        const double e4 = (e3 >= 0 ? 1 / (1 + exp(-e3)) : exp(e3) / (1 + exp(e3)));
        z[i] = e4;
      }
      v_197 = r;
    }
    gt_release(v_181); v_181 = 0;
    gt_line = 14; gt_col = 11;
    { /* fused: neg, mul, mul, add, sum_to */
      const double *restrict p1 = (const double *)v_193->p;
      const double *restrict p3 = (const double *)ys_95->p;
      const double *restrict p5 = (const double *)v_197->p;
      T *r = gt_new(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 200; o++) {
        for (int64_t j = 0; j < 1; j++) {
          const int64_t i = o * 1 + j;
          const double e2 = -p1[i];
          const double e4 = e2 * p3[i];
          const double e6 = p1[i] * p5[i];
          const double e7 = e4 + e6;
          z[j] += e7;
        }
      }
      v_200 = r;
    }
    gt_line = 14; gt_col = 11;
    { /* fused: neg, mul, mul, add, expand_dims */
      const double *restrict p1 = (const double *)v_193->p;
      const double *restrict p3 = (const double *)ys_95->p;
      const double *restrict p5 = (const double *)v_197->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){200, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        const double e2 = -p1[i];
        const double e4 = e2 * p3[i];
        const double e6 = p1[i] * p5[i];
        const double e7 = e4 + e6;
        z[i] = e7;
      }
      v_202 = r;
    }
    gt_release(v_193); v_193 = 0;
    gt_release(v_197); v_197 = 0;
    gt_line = 14; gt_col = 11;
    v_206 = gt_matmul_t(xs_88, 1, v_202, 0);
    gt_release(v_202); v_202 = 0;
    gt_line = 36; gt_col = 31;
    v_214 = gt_retain(m_117_0);
    gt_line = 36; gt_col = 12;
    v_216 = gt_retain(m_117_1);
    { /* fused: mul, reshape_like, mul, add */
      const double *restrict p1 = (const double *)v_214->p;
      const double *restrict p3 = (const double *)v_206->p;
      const double *restrict p4 = (const double *)v_8->p;
      const double p4v = p4[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.90000000000000002;
        const double e5 = p3[i] * p4v;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_229 = r;
    }
    gt_release(v_214); v_214 = 0;
    gt_line = 36; gt_col = 12;
    { /* fused: mul, mul, add */
      const double *restrict p1 = (const double *)v_216->p;
      const double p1v = p1[0];
      const double *restrict p3 = (const double *)v_200->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_8->p;
      const double p4v = p4[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = p1v * 0.90000000000000002;
        const double e5 = p3v * p4v;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_232 = r;
    }
    gt_release(v_216); v_216 = 0;
    gt_line = 36; gt_col = 12;
    m2_233_0 = gt_retain(v_229);
    m2_233_1 = gt_retain(v_232);
    gt_line = 37; gt_col = 33;
    v_237 = gt_retain(v_118_0);
    gt_line = 37; gt_col = 12;
    v_239 = gt_retain(v_118_1);
    { /* fused: mul, reshape_like, square, mul, add */
      const double *restrict p1 = (const double *)v_237->p;
      const double *restrict p3 = (const double *)v_206->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.999;
        const double e4 = p3[i] * p3[i];
        const double e5 = e4 * 0.001;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_257 = r;
    }
    gt_release(v_206); v_206 = 0;
    gt_release(v_237); v_237 = 0;
    gt_line = 37; gt_col = 12;
    { /* fused: mul, square, mul, add */
      const double *restrict p1 = (const double *)v_239->p;
      const double p1v = p1[0];
      const double *restrict p3 = (const double *)v_200->p;
      const double p3v = p3[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = p1v * 0.999;
        const double e4 = p3v * p3v;
        const double e5 = e4 * 0.001;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_260 = r;
    }
    gt_release(v_200); v_200 = 0;
    gt_release(v_239); v_239 = 0;
    gt_line = 37; gt_col = 12;
    v2_261_0 = gt_retain(v_257);
    v2_261_1 = gt_retain(v_260);
    gt_line = 38; gt_col = 35;
    { /* fused: convert.f64, pow */
      const int32_t *restrict p1 = (const int32_t *)t_115->p;
      const int32_t p1v = p1[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = (double)p1v;
        const double e3 = pow(0.90000000000000002, e2);
        z[i] = e3;
      }
      v_265 = r;
    }
    gt_line = 39; gt_col = 35;
    { /* fused: convert.f64, pow */
      const int32_t *restrict p1 = (const int32_t *)t_115->p;
      const int32_t p1v = p1[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = (double)p1v;
        const double e3 = pow(0.999, e2);
        z[i] = e3;
      }
      v_277 = r;
    }
    gt_line = 40; gt_col = 11;
    { /* fused: sub, div, mul, sub, div, sqrt, add, div, sub */
      const double *restrict p1 = (const double *)v_180->p;
      const double *restrict p2 = (const double *)v_229->p;
      const double *restrict p3 = (const double *)v_77->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_265->p;
      const double p4v = p4[0];
      const double *restrict p8 = (const double *)v_257->p;
      const double *restrict p9 = (const double *)v_277->p;
      const double p9v = p9[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e5 = p3v - p4v;
        const double e6 = p2[i] / e5;
        const double e7 = 0.050000000000000003 * e6;
        const double e10 = p3v - p9v;
        const double e11 = p8[i] / e10;
        const double e12 = sqrt(e11);
        const double e13 = e12 + 1e-08;
        const double e14 = e7 / e13;
        const double e15 = p1[i] - e14;
        z[i] = e15;
      }
      v_315 = r;
    }
    gt_release(v_180); v_180 = 0;
    gt_release(v_229); v_229 = 0;
    gt_release(v_257); v_257 = 0;
    gt_line = 40; gt_col = 11;
    { /* fused: sub, div, mul, sub, div, sqrt, add, div, sub */
      const double *restrict p1 = (const double *)v_182->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_232->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_77->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_265->p;
      const double p4v = p4[0];
      const double *restrict p8 = (const double *)v_260->p;
      const double p8v = p8[0];
      const double *restrict p9 = (const double *)v_277->p;
      const double p9v = p9[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e5 = p3v - p4v;
        const double e6 = p2v / e5;
        const double e7 = 0.050000000000000003 * e6;
        const double e10 = p3v - p9v;
        const double e11 = p8v / e10;
        const double e12 = sqrt(e11);
        const double e13 = e12 + 1e-08;
        const double e14 = e7 / e13;
        const double e15 = p1v - e14;
        z[i] = e15;
      }
      v_318 = r;
    }
    gt_release(v_182); v_182 = 0;
    gt_release(v_232); v_232 = 0;
    gt_release(v_260); v_260 = 0;
    gt_release(v_265); v_265 = 0;
    gt_release(v_277); v_277 = 0;
    gt_line = 40; gt_col = 11;
    v_319_0 = gt_retain(v_315);
    v_319_1 = gt_retain(v_318);
    gt_release(v_315); v_315 = 0;
    gt_release(v_318); v_318 = 0;
    T *t5 = gt_retain(v_319_0);
    T *t6 = gt_retain(v_319_1);
    T *t7 = gt_retain(m2_233_0);
    T *t8 = gt_retain(m2_233_1);
    T *t9 = gt_retain(v2_261_0);
    T *t10 = gt_retain(v2_261_1);
    gt_release(q_116_0);
    gt_release(q_116_1);
    gt_release(m_117_0);
    gt_release(m_117_1);
    gt_release(v_118_0);
    gt_release(v_118_1);
    q_116_0 = t5;
    q_116_1 = t6;
    m_117_0 = t7;
    m_117_1 = t8;
    v_118_0 = t9;
    v_118_1 = t10;
    gt_release(m2_233_0); m2_233_0 = 0;
    gt_release(m2_233_1); m2_233_1 = 0;
    gt_release(v2_261_0); v2_261_0 = 0;
    gt_release(v2_261_1); v2_261_1 = 0;
    gt_release(v_319_0); v_319_0 = 0;
    gt_release(v_319_1); v_319_1 = 0;
    gt_release(t_115); t_115 = 0;
  }
  q_125_0 = q_116_0; q_116_0 = 0;
  q_125_1 = q_116_1; q_116_1 = 0;
  m_126_0 = m_117_0; m_117_0 = 0;
  m_126_1 = m_117_1; m_117_1 = 0;
  v_127_0 = v_118_0; v_118_0 = 0;
  v_127_1 = v_118_1; v_118_1 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_8); v_8 = 0;
  gt_release(q_100_0); q_100_0 = 0;
  gt_release(q_100_1); q_100_1 = 0;
  gt_release(v_114); v_114 = 0;
  gt_release(m_126_0); m_126_0 = 0;
  gt_release(m_126_1); m_126_1 = 0;
  gt_release(v_127_0); v_127_0 = 0;
  gt_release(v_127_1); v_127_1 = 0;
  gt_line = 51; gt_col = 30;
  v_128 = gt_retain(q_125_0);
  gt_line = 51; gt_col = 25;
  v_129 = gt_matmul(xs_88, v_128);
  gt_release(xs_88); xs_88 = 0;
  gt_release(v_128); v_128 = 0;
  gt_line = 51; gt_col = 36;
  v_130 = gt_retain(q_125_1);
  gt_release(q_125_0); q_125_0 = 0;
  gt_release(q_125_1); q_125_1 = 0;
  gt_line = 15; gt_col = 10;
  { /* fused: add, softplus, mul, sub, mean */
    const double *restrict p1 = (const double *)v_129->p;
    const double *restrict p2 = (const double *)v_130->p;
    const double p2v = p2[0];
    const double *restrict p5 = (const double *)ys_95->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      const double e3 = p1[i] + p2v;
      const double e4 = (log1p(exp(-fabs(e3))) + (e3 > 0 ? e3 : 0));
      const double e6 = p5[i] * e3;
      const double e7 = e4 - e6;
      acc += e7;
    }
    z[0] = (double)(acc / (double)200);
    v_328 = r;
  }
  gt_line = 52; gt_col = 26;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_328->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 10000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 10000.0;
      z[i] = e4;
    }
    v_141 = r;
  }
  gt_release(v_328); v_328 = 0;
  gt_line = 52; gt_col = 74;
  { /* fused: add, gt, select, eq, select, mean */
    const double *restrict p1 = (const double *)v_129->p;
    const double *restrict p2 = (const double *)v_130->p;
    const double p2v = p2[0];
    const double *restrict p4 = (const double *)v_30->p;
    const double p4v = p4[0];
    const double *restrict p6 = (const double *)v_77->p;
    const double p6v = p6[0];
    const double *restrict p8 = (const double *)ys_95->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      const double e3 = p1[i] + p2v;
      const uint8_t e5 = e3 > p4v;
      const double e7 = e5 ? p6v : p4v;
      const uint8_t e9 = e7 == p8[i];
      const double e10 = e9 ? p6v : p4v;
      acc += e10;
    }
    z[0] = (double)(acc / (double)200);
    v_146 = r;
  }
  gt_release(v_30); v_30 = 0;
  gt_release(v_77); v_77 = 0;
  gt_release(ys_95); ys_95 = 0;
  gt_release(v_129); v_129 = 0;
  gt_release(v_130); v_130 = 0;
  gt_line = 52; gt_col = 74;
  gt_print_text("logistic loss", 1);
  gt_print_tensor(v_141, 0);
  gt_print_text("accuracy", 0);
  gt_print_tensor(v_146, 0);
  fputc('\n', stdout);
  gt_release(v_141); v_141 = 0;
  gt_release(v_146); v_146 = 0;
  gt_release(v_0);
  gt_release(v_1);
  gt_release(v_2);
  gt_release(x_3);
  gt_release(v_6);
  gt_release(v_8);
  gt_release(v_11);
  gt_release(v_12);
  gt_release(y_14);
  gt_release(v_15);
  gt_release(v_17);
  gt_release(v_20);
  gt_release(v_24);
  gt_release(v_30);
  gt_release(p_32_0);
  gt_release(p_32_1);
  gt_release(v_34);
  gt_release(p_40_0);
  gt_release(p_40_1);
  gt_release(p_36_0);
  gt_release(p_36_1);
  gt_release(step_35);
  gt_release(v_147);
  gt_release(v_149);
  gt_release(v_161);
  gt_release(v_162);
  gt_release(v_164);
  gt_release(v_175);
  gt_release(v_178);
  gt_release(v_179_0);
  gt_release(v_179_1);
  gt_release(v_44);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_53);
  gt_release(v_54);
  gt_release(v_58);
  gt_release(v_69);
  gt_release(v_70);
  gt_release(v_73);
  gt_release(v_74);
  gt_release(v_77);
  gt_release(pos_78);
  gt_release(v_82);
  gt_release(v_83);
  gt_release(neg_87);
  gt_release(xs_88);
  gt_release(v_91);
  gt_release(v_94);
  gt_release(ys_95);
  gt_release(v_98);
  gt_release(q_100_0);
  gt_release(q_100_1);
  gt_release(v_114);
  gt_release(q_125_0);
  gt_release(q_125_1);
  gt_release(m_126_0);
  gt_release(m_126_1);
  gt_release(v_127_0);
  gt_release(v_127_1);
  gt_release(q_116_0);
  gt_release(q_116_1);
  gt_release(m_117_0);
  gt_release(m_117_1);
  gt_release(v_118_0);
  gt_release(v_118_1);
  gt_release(t_115);
  gt_release(v_180);
  gt_release(v_181);
  gt_release(v_182);
  gt_release(v_193);
  gt_release(v_197);
  gt_release(v_200);
  gt_release(v_202);
  gt_release(v_205);
  gt_release(v_206);
  gt_release(v_214);
  gt_release(v_216);
  gt_release(v_229);
  gt_release(v_232);
  gt_release(m2_233_0);
  gt_release(m2_233_1);
  gt_release(v_237);
  gt_release(v_239);
  gt_release(v_257);
  gt_release(v_260);
  gt_release(v2_261_0);
  gt_release(v2_261_1);
  gt_release(v_265);
  gt_release(v_277);
  gt_release(v_315);
  gt_release(v_318);
  gt_release(v_319_0);
  gt_release(v_319_1);
  gt_release(v_128);
  gt_release(v_129);
  gt_release(v_130);
  gt_release(v_328);
  gt_release(v_141);
  gt_release(v_146);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/regression.grad";
  gt_src = gt_program_src;
  gt_src_lines = 55;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  return 0;
}
