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
  T *v_0 = 0, *v_1 = 0, *x_2 = 0, *v_5 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *y_12 = 0, *v_13 = 0, *v_15 = 0, *v_18 = 0, *v_22 = 0, *v_28 = 0, *p_30_0 = 0, *p_30_1 = 0, *v_31 = 0, *v_32 = 0, *p_38_0 = 0, *p_38_1 = 0, *p_34_0 = 0, *p_34_1 = 0, *step_33 = 0, *v_143 = 0, *v_145 = 0, *v_157 = 0, *v_158 = 0, *v_160 = 0, *v_171 = 0, *v_174 = 0, *v_175_0 = 0, *v_175_1 = 0, *v_42 = 0, *v_46 = 0, *v_47 = 0, *v_51 = 0, *v_52 = 0, *v_56 = 0, *v_67 = 0, *v_68 = 0, *v_70 = 0, *v_71 = 0, *v_74 = 0, *pos_75 = 0, *v_78 = 0, *v_79 = 0, *neg_83 = 0, *xs_84 = 0, *v_87 = 0, *v_90 = 0, *ys_91 = 0, *v_94 = 0, *q_96_0 = 0, *q_96_1 = 0, *v_110 = 0, *q_121_0 = 0, *q_121_1 = 0, *m_122_0 = 0, *m_122_1 = 0, *v_123_0 = 0, *v_123_1 = 0, *q_112_0 = 0, *q_112_1 = 0, *m_113_0 = 0, *m_113_1 = 0, *v_114_0 = 0, *v_114_1 = 0, *t_111 = 0, *v_176 = 0, *v_177 = 0, *v_178 = 0, *v_189 = 0, *v_193 = 0, *v_196 = 0, *v_198 = 0, *v_201 = 0, *v_202 = 0, *v_210 = 0, *v_212 = 0, *v_225 = 0, *v_228 = 0, *m2_229_0 = 0, *m2_229_1 = 0, *v_233 = 0, *v_235 = 0, *v_253 = 0, *v_256 = 0, *v2_257_0 = 0, *v2_257_1 = 0, *v_261 = 0, *v_273 = 0, *v_311 = 0, *v_314 = 0, *v_315_0 = 0, *v_315_1 = 0, *v_124 = 0, *v_125 = 0, *v_126 = 0, *v_324 = 0, *v_137 = 0, *v_142 = 0;
  (void)out;
  gt_line = 21; gt_col = 18;
  v_0 = gt_scalar(I32, 200);
  gt_line = 21; gt_col = 30;
  v_1 = gt_scalar(I32, 1);
  gt_line = 21; gt_col = 11;
  x_2 = gt_random(1, F64, gt_seed(v_1), 1, (int64_t[]){gt_int(v_0)});
  gt_line = 22; gt_col = 21;
  v_5 = gt_scalar(F64, 2);
  gt_line = 22; gt_col = 27;
  v_7 = gt_scalar(F64, 0.10000000000000001);
  gt_line = 22; gt_col = 52;
  v_9 = gt_scalar(I32, 2);
  gt_line = 22; gt_col = 33;
  v_10 = gt_random(1, F64, gt_seed(v_9), 1, (int64_t[]){gt_int(v_0)});
  gt_release(v_0); v_0 = 0;
  gt_line = 22; gt_col = 11;
  { /* fused: mul, sub, mul, add */
    const double *restrict p1 = (const double *)x_2->p;
    const double *restrict p3 = (const double *)v_5->p;
    const double p3v = p3[0];
    const double *restrict p5 = (const double *)v_7->p;
    const double p5v = p5[0];
    const double *restrict p6 = (const double *)v_10->p;
    T *r = gt_new_raw(F64, 1, (int64_t[]){200});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = 3.0 * p1[i];
      const double e4 = e2 - p3v;
      const double e7 = p5v * p6[i];
      const double e8 = e4 + e7;
      z[i] = e8;
    }
    y_12 = r;
  }
  gt_release(v_10); v_10 = 0;
  gt_line = 24; gt_col = 21;
  { /* fused: mean */
    const double *restrict p1 = (const double *)x_2->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 200; i++) {
      acc += p1[i];
    }
    z[0] = (double)(acc / (double)200);
    v_13 = r;
  }
  gt_line = 24; gt_col = 37;
  { /* fused: mean */
    const double *restrict p1 = (const double *)y_12->p;
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
  gt_line = 24; gt_col = 11;
  { /* fused: sub, sub, mul, mean */
    const double *restrict p1 = (const double *)x_2->p;
    const double *restrict p2 = (const double *)v_13->p;
    const double p2v = p2[0];
    const double *restrict p4 = (const double *)y_12->p;
    const double *restrict p5 = (const double *)v_15->p;
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
    v_18 = r;
  }
  gt_line = 24; gt_col = 49;
  { /* fused: sub, square, mean */
    const double *restrict p1 = (const double *)x_2->p;
    const double *restrict p2 = (const double *)v_13->p;
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
    v_22 = r;
  }
  gt_line = 26; gt_col = 19;
  v_28 = gt_scalar(F64, 0);
  gt_line = 26; gt_col = 27;
  p_30_0 = gt_retain(v_28);
  p_30_1 = gt_retain(v_28);
  gt_line = 27; gt_col = 15;
  v_31 = gt_scalar(I32, 0);
  gt_line = 27; gt_col = 19;
  v_32 = gt_scalar(I32, 500);
  gt_line = 27; gt_col = 3;
  p_34_0 = p_30_0; p_30_0 = 0;
  p_34_1 = p_30_1; p_30_1 = 0;
  for (int64_t t1 = gt_int(v_31), t1_end = gt_int(v_32); t1 < t1_end; t1++) {
    step_33 = gt_scalar(I32, (double)t1);
    gt_line = 6; gt_col = 64;
    v_143 = gt_retain(p_34_0);
    gt_line = 6; gt_col = 74;
    v_145 = gt_retain(p_34_1);
    gt_line = 6; gt_col = 60;
    { /* fused: broadcast_like, mul, add, sub, mul, mul */
      const double *restrict p1 = (const double *)v_143->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)x_2->p;
      const double *restrict p4 = (const double *)v_145->p;
      const double p4v = p4[0];
      const double *restrict p6 = (const double *)y_12->p;
      const double *restrict p8 = (const double *)v_5->p;
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
      v_157 = r;
    }
    gt_line = 6; gt_col = 64;
    { /* fused: sum_to */
      const double *restrict p1 = (const double *)v_157->p;
      T *r = gt_new(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 200; o++) {
        for (int64_t j = 0; j < 1; j++) {
          const int64_t i = o * 1 + j;
          z[j] += p1[i];
        }
      }
      v_158 = r;
    }
    gt_line = 6; gt_col = 64;
    { /* fused: mul, sum_to */
      const double *restrict p1 = (const double *)v_157->p;
      const double *restrict p2 = (const double *)x_2->p;
      T *r = gt_new(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 200; o++) {
        for (int64_t j = 0; j < 1; j++) {
          const int64_t i = o * 1 + j;
          const double e3 = p1[i] * p2[i];
          z[j] += e3;
        }
      }
      v_160 = r;
    }
    gt_release(v_157); v_157 = 0;
    gt_line = 6; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)v_143->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_7->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_160->p;
      const double p3v = p3[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e4 = p2v * p3v;
        const double e5 = p1v - e4;
        z[i] = e5;
      }
      v_171 = r;
    }
    gt_release(v_143); v_143 = 0;
    gt_release(v_160); v_160 = 0;
    gt_line = 6; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)v_145->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_7->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_158->p;
      const double p3v = p3[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e4 = p2v * p3v;
        const double e5 = p1v - e4;
        z[i] = e5;
      }
      v_174 = r;
    }
    gt_release(v_145); v_145 = 0;
    gt_release(v_158); v_158 = 0;
    gt_line = 6; gt_col = 10;
    v_175_0 = gt_retain(v_171);
    v_175_1 = gt_retain(v_174);
    gt_release(v_171); v_171 = 0;
    gt_release(v_174); v_174 = 0;
    T *t2 = gt_retain(v_175_0);
    T *t3 = gt_retain(v_175_1);
    gt_release(p_34_0);
    gt_release(p_34_1);
    p_34_0 = t2;
    p_34_1 = t3;
    gt_release(v_175_0); v_175_0 = 0;
    gt_release(v_175_1); v_175_1 = 0;
    gt_release(step_33); step_33 = 0;
  }
  p_38_0 = p_34_0; p_34_0 = 0;
  p_38_1 = p_34_1; p_34_1 = 0;
  gt_release(x_2); x_2 = 0;
  gt_release(v_5); v_5 = 0;
  gt_release(y_12); y_12 = 0;
  gt_release(p_30_0); p_30_0 = 0;
  gt_release(p_30_1); p_30_1 = 0;
  gt_release(v_31); v_31 = 0;
  gt_release(v_32); v_32 = 0;
  gt_line = 30; gt_col = 25;
  { /* fused: div, mul, round, div */
    const double *restrict p1 = (const double *)v_18->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_22->p;
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
    v_42 = r;
  }
  gt_line = 30; gt_col = 38;
  { /* fused: div, mul, sub, mul, round, div */
    const double *restrict p1 = (const double *)v_15->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_18->p;
    const double p2v = p2[0];
    const double *restrict p3 = (const double *)v_22->p;
    const double p3v = p3[0];
    const double *restrict p5 = (const double *)v_13->p;
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
    v_46 = r;
  }
  gt_line = 30; gt_col = 38;
  gt_print_text("closed form:", 1);
  gt_print_tensor(v_42, 0);
  gt_print_tensor(v_46, 0);
  fputc('\n', stdout);
  gt_release(v_42); v_42 = 0;
  gt_release(v_46); v_46 = 0;
  gt_line = 31; gt_col = 31;
  v_47 = gt_retain(p_38_0);
  gt_line = 31; gt_col = 25;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_47->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 1000000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 1000000.0;
      z[i] = e4;
    }
    v_51 = r;
  }
  gt_line = 31; gt_col = 46;
  v_52 = gt_retain(p_38_1);
  gt_release(p_38_0); p_38_0 = 0;
  gt_release(p_38_1); p_38_1 = 0;
  gt_line = 31; gt_col = 40;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_52->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 1000000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 1000000.0;
      z[i] = e4;
    }
    v_56 = r;
  }
  gt_line = 31; gt_col = 40;
  gt_print_text("trained:    ", 1);
  gt_print_tensor(v_51, 0);
  gt_print_tensor(v_56, 0);
  fputc('\n', stdout);
  gt_release(v_51); v_51 = 0;
  gt_release(v_56); v_56 = 0;
  gt_line = 32; gt_col = 35;
  { /* fused: div, sub, abs, lt, mul, sub, sub, abs, lt, and */
    const double *restrict p1 = (const double *)v_47->p;
    const double p1v = p1[0];
    const double *restrict p2 = (const double *)v_18->p;
    const double p2v = p2[0];
    const double *restrict p3 = (const double *)v_22->p;
    const double p3v = p3[0];
    const double *restrict p8 = (const double *)v_52->p;
    const double p8v = p8[0];
    const double *restrict p9 = (const double *)v_15->p;
    const double p9v = p9[0];
    const double *restrict p10 = (const double *)v_13->p;
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
    v_67 = r;
  }
  gt_release(v_13); v_13 = 0;
  gt_release(v_15); v_15 = 0;
  gt_release(v_18); v_18 = 0;
  gt_release(v_22); v_22 = 0;
  gt_release(v_47); v_47 = 0;
  gt_release(v_52); v_52 = 0;
  gt_line = 32; gt_col = 35;
  gt_print_text("difference below 1e-9:", 1);
  gt_print_tensor(v_67, 0);
  fputc('\n', stdout);
  gt_release(v_67); v_67 = 0;
  gt_line = 38; gt_col = 20;
  v_68 = gt_scalar(I32, 100);
  gt_line = 38; gt_col = 35;
  v_70 = gt_scalar(I32, 3);
  gt_line = 38; gt_col = 13;
  v_71 = gt_random(1, F64, gt_seed(v_70), 2, (int64_t[]){gt_int(v_68), gt_int(v_9)});
  gt_release(v_70); v_70 = 0;
  gt_line = 38; gt_col = 46;
  v_74 = gt_scalar(F64, 1);
  gt_line = 38; gt_col = 13;
  { /* fused: mul, add */
    const double *restrict p1 = (const double *)v_71->p;
    const double *restrict p3 = (const double *)v_74->p;
    const double p3v = p3[0];
    T *r = gt_new_raw(F64, 2, (int64_t[]){100, 2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = p1[i] * 0.69999999999999996;
      const double e4 = e2 + p3v;
      z[i] = e4;
    }
    pos_75 = r;
  }
  gt_release(v_71); v_71 = 0;
  gt_line = 39; gt_col = 35;
  v_78 = gt_scalar(I32, 4);
  gt_line = 39; gt_col = 13;
  v_79 = gt_random(1, F64, gt_seed(v_78), 2, (int64_t[]){gt_int(v_68), gt_int(v_9)});
  gt_release(v_9); v_9 = 0;
  gt_release(v_78); v_78 = 0;
  { /* fused: mul, sub */
    const double *restrict p1 = (const double *)v_79->p;
    const double *restrict p3 = (const double *)v_74->p;
    const double p3v = p3[0];
    T *r = gt_new_raw(F64, 2, (int64_t[]){100, 2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 200; i++) {
      const double e2 = p1[i] * 0.69999999999999996;
      const double e4 = e2 - p3v;
      z[i] = e4;
    }
    neg_83 = r;
  }
  gt_release(v_79); v_79 = 0;
  gt_line = 40; gt_col = 12;
  xs_84 = gt_concat(2, (T *[]){pos_75, neg_83}, 0);
  gt_release(pos_75); pos_75 = 0;
  gt_release(neg_83); neg_83 = 0;
  gt_line = 41; gt_col = 20;
  v_87 = gt_fill(F64, gt_get(v_74, 0), 1, (int64_t[]){gt_int(v_68)});
  gt_line = 41; gt_col = 33;
  v_90 = gt_fill(F64, gt_get(v_28, 0), 1, (int64_t[]){gt_int(v_68)});
  gt_release(v_68); v_68 = 0;
  gt_line = 41; gt_col = 12;
  ys_91 = gt_concat(2, (T *[]){v_87, v_90}, 0);
  gt_release(v_87); v_87 = 0;
  gt_release(v_90); v_90 = 0;
  gt_line = 42; gt_col = 30;
  v_94 = gt_const(F64, 1, (int64_t[]){2}, (double[]){0, 0});
  gt_line = 42; gt_col = 38;
  q_96_0 = gt_retain(v_94);
  q_96_1 = gt_retain(v_28);
  gt_release(v_94); v_94 = 0;
  gt_line = 45; gt_col = 16;
  v_110 = gt_scalar(I32, 301);
  gt_line = 45; gt_col = 3;
  q_112_0 = gt_retain(q_96_0);
  q_112_1 = gt_retain(q_96_1);
  m_113_0 = gt_retain(q_96_0);
  m_113_1 = gt_retain(q_96_1);
  v_114_0 = gt_retain(q_96_0);
  v_114_1 = gt_retain(q_96_1);
  for (int64_t t4 = gt_int(v_1), t4_end = gt_int(v_110); t4 < t4_end; t4++) {
    t_111 = gt_scalar(I32, (double)t4);
    gt_line = 14; gt_col = 15;
    v_176 = gt_retain(q_112_0);
    gt_line = 14; gt_col = 11;
    v_177 = gt_matmul(xs_84, v_176);
    gt_line = 14; gt_col = 21;
    v_178 = gt_retain(q_112_1);
    gt_line = 15; gt_col = 10;
    { /* fused: broadcast_like */
      T *r = gt_new_raw(F64, 1, (int64_t[]){200});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        z[i] = 0.0050000000000000001;
      }
      v_189 = r;
    }
    gt_line = 15; gt_col = 15;
    { /* fused: add, sigmoid */
      const double *restrict p1 = (const double *)v_177->p;
      const double *restrict p2 = (const double *)v_178->p;
      const double p2v = p2[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){200});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        const double e3 = p1[i] + p2v;
        const double e4 = (e3 >= 0 ? 1 / (1 + exp(-e3)) : exp(e3) / (1 + exp(e3)));
        z[i] = e4;
      }
      v_193 = r;
    }
    gt_release(v_177); v_177 = 0;
    gt_line = 14; gt_col = 11;
    { /* fused: neg, mul, mul, add, sum_to */
      const double *restrict p1 = (const double *)v_189->p;
      const double *restrict p3 = (const double *)ys_91->p;
      const double *restrict p5 = (const double *)v_193->p;
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
      v_196 = r;
    }
    gt_line = 14; gt_col = 11;
    { /* fused: neg, mul, mul, add, expand_dims */
      const double *restrict p1 = (const double *)v_189->p;
      const double *restrict p3 = (const double *)ys_91->p;
      const double *restrict p5 = (const double *)v_193->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){200, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 200; i++) {
        const double e2 = -p1[i];
        const double e4 = e2 * p3[i];
        const double e6 = p1[i] * p5[i];
        const double e7 = e4 + e6;
        z[i] = e7;
      }
      v_198 = r;
    }
    gt_release(v_189); v_189 = 0;
    gt_release(v_193); v_193 = 0;
    gt_line = 14; gt_col = 11;
    v_202 = gt_matmul_t(xs_84, 1, v_198, 0);
    gt_release(v_198); v_198 = 0;
    gt_line = 36; gt_col = 31;
    v_210 = gt_retain(m_113_0);
    gt_line = 36; gt_col = 12;
    v_212 = gt_retain(m_113_1);
    { /* fused: mul, reshape_like, mul, add */
      const double *restrict p1 = (const double *)v_210->p;
      const double *restrict p3 = (const double *)v_202->p;
      const double *restrict p4 = (const double *)v_7->p;
      const double p4v = p4[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.90000000000000002;
        const double e5 = p3[i] * p4v;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_225 = r;
    }
    gt_release(v_210); v_210 = 0;
    gt_line = 36; gt_col = 12;
    { /* fused: mul, mul, add */
      const double *restrict p1 = (const double *)v_212->p;
      const double p1v = p1[0];
      const double *restrict p3 = (const double *)v_196->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_7->p;
      const double p4v = p4[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = p1v * 0.90000000000000002;
        const double e5 = p3v * p4v;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_228 = r;
    }
    gt_release(v_212); v_212 = 0;
    gt_line = 36; gt_col = 12;
    m2_229_0 = gt_retain(v_225);
    m2_229_1 = gt_retain(v_228);
    gt_line = 37; gt_col = 33;
    v_233 = gt_retain(v_114_0);
    gt_line = 37; gt_col = 12;
    v_235 = gt_retain(v_114_1);
    { /* fused: mul, reshape_like, square, mul, add */
      const double *restrict p1 = (const double *)v_233->p;
      const double *restrict p3 = (const double *)v_202->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.999;
        const double e4 = p3[i] * p3[i];
        const double e5 = e4 * 0.001;
        const double e6 = e2 + e5;
        z[i] = e6;
      }
      v_253 = r;
    }
    gt_release(v_202); v_202 = 0;
    gt_release(v_233); v_233 = 0;
    gt_line = 37; gt_col = 12;
    { /* fused: mul, square, mul, add */
      const double *restrict p1 = (const double *)v_235->p;
      const double p1v = p1[0];
      const double *restrict p3 = (const double *)v_196->p;
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
      v_256 = r;
    }
    gt_release(v_196); v_196 = 0;
    gt_release(v_235); v_235 = 0;
    gt_line = 37; gt_col = 12;
    v2_257_0 = gt_retain(v_253);
    v2_257_1 = gt_retain(v_256);
    gt_line = 38; gt_col = 35;
    { /* fused: convert.f64, pow */
      const int32_t *restrict p1 = (const int32_t *)t_111->p;
      const int32_t p1v = p1[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = (double)p1v;
        const double e3 = pow(0.90000000000000002, e2);
        z[i] = e3;
      }
      v_261 = r;
    }
    gt_line = 39; gt_col = 35;
    { /* fused: convert.f64, pow */
      const int32_t *restrict p1 = (const int32_t *)t_111->p;
      const int32_t p1v = p1[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e2 = (double)p1v;
        const double e3 = pow(0.999, e2);
        z[i] = e3;
      }
      v_273 = r;
    }
    gt_line = 40; gt_col = 11;
    { /* fused: sub, div, mul, sub, div, sqrt, add, div, sub */
      const double *restrict p1 = (const double *)v_176->p;
      const double *restrict p2 = (const double *)v_225->p;
      const double *restrict p3 = (const double *)v_74->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_261->p;
      const double p4v = p4[0];
      const double *restrict p8 = (const double *)v_253->p;
      const double *restrict p9 = (const double *)v_273->p;
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
      v_311 = r;
    }
    gt_release(v_176); v_176 = 0;
    gt_release(v_225); v_225 = 0;
    gt_release(v_253); v_253 = 0;
    gt_line = 40; gt_col = 11;
    { /* fused: sub, div, mul, sub, div, sqrt, add, div, sub */
      const double *restrict p1 = (const double *)v_178->p;
      const double p1v = p1[0];
      const double *restrict p2 = (const double *)v_228->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_74->p;
      const double p3v = p3[0];
      const double *restrict p4 = (const double *)v_261->p;
      const double p4v = p4[0];
      const double *restrict p8 = (const double *)v_256->p;
      const double p8v = p8[0];
      const double *restrict p9 = (const double *)v_273->p;
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
      v_314 = r;
    }
    gt_release(v_178); v_178 = 0;
    gt_release(v_228); v_228 = 0;
    gt_release(v_256); v_256 = 0;
    gt_release(v_261); v_261 = 0;
    gt_release(v_273); v_273 = 0;
    gt_line = 40; gt_col = 11;
    v_315_0 = gt_retain(v_311);
    v_315_1 = gt_retain(v_314);
    gt_release(v_311); v_311 = 0;
    gt_release(v_314); v_314 = 0;
    T *t5 = gt_retain(v_315_0);
    T *t6 = gt_retain(v_315_1);
    T *t7 = gt_retain(m2_229_0);
    T *t8 = gt_retain(m2_229_1);
    T *t9 = gt_retain(v2_257_0);
    T *t10 = gt_retain(v2_257_1);
    gt_release(q_112_0);
    gt_release(q_112_1);
    gt_release(m_113_0);
    gt_release(m_113_1);
    gt_release(v_114_0);
    gt_release(v_114_1);
    q_112_0 = t5;
    q_112_1 = t6;
    m_113_0 = t7;
    m_113_1 = t8;
    v_114_0 = t9;
    v_114_1 = t10;
    gt_release(m2_229_0); m2_229_0 = 0;
    gt_release(m2_229_1); m2_229_1 = 0;
    gt_release(v2_257_0); v2_257_0 = 0;
    gt_release(v2_257_1); v2_257_1 = 0;
    gt_release(v_315_0); v_315_0 = 0;
    gt_release(v_315_1); v_315_1 = 0;
    gt_release(t_111); t_111 = 0;
  }
  q_121_0 = q_112_0; q_112_0 = 0;
  q_121_1 = q_112_1; q_112_1 = 0;
  m_122_0 = m_113_0; m_113_0 = 0;
  m_122_1 = m_113_1; m_113_1 = 0;
  v_123_0 = v_114_0; v_114_0 = 0;
  v_123_1 = v_114_1; v_114_1 = 0;
  gt_release(v_1); v_1 = 0;
  gt_release(v_7); v_7 = 0;
  gt_release(q_96_0); q_96_0 = 0;
  gt_release(q_96_1); q_96_1 = 0;
  gt_release(v_110); v_110 = 0;
  gt_release(m_122_0); m_122_0 = 0;
  gt_release(m_122_1); m_122_1 = 0;
  gt_release(v_123_0); v_123_0 = 0;
  gt_release(v_123_1); v_123_1 = 0;
  gt_line = 51; gt_col = 30;
  v_124 = gt_retain(q_121_0);
  gt_line = 51; gt_col = 25;
  v_125 = gt_matmul(xs_84, v_124);
  gt_release(xs_84); xs_84 = 0;
  gt_release(v_124); v_124 = 0;
  gt_line = 51; gt_col = 36;
  v_126 = gt_retain(q_121_1);
  gt_release(q_121_0); q_121_0 = 0;
  gt_release(q_121_1); q_121_1 = 0;
  gt_line = 15; gt_col = 10;
  { /* fused: add, softplus, mul, sub, mean */
    const double *restrict p1 = (const double *)v_125->p;
    const double *restrict p2 = (const double *)v_126->p;
    const double p2v = p2[0];
    const double *restrict p5 = (const double *)ys_91->p;
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
    v_324 = r;
  }
  gt_line = 52; gt_col = 26;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_324->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 10000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 10000.0;
      z[i] = e4;
    }
    v_137 = r;
  }
  gt_release(v_324); v_324 = 0;
  gt_line = 52; gt_col = 74;
  { /* fused: add, gt, select, eq, select, mean */
    const double *restrict p1 = (const double *)v_125->p;
    const double *restrict p2 = (const double *)v_126->p;
    const double p2v = p2[0];
    const double *restrict p4 = (const double *)v_28->p;
    const double p4v = p4[0];
    const double *restrict p6 = (const double *)v_74->p;
    const double p6v = p6[0];
    const double *restrict p8 = (const double *)ys_91->p;
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
    v_142 = r;
  }
  gt_release(v_28); v_28 = 0;
  gt_release(v_74); v_74 = 0;
  gt_release(ys_91); ys_91 = 0;
  gt_release(v_125); v_125 = 0;
  gt_release(v_126); v_126 = 0;
  gt_line = 52; gt_col = 74;
  gt_print_text("logistic loss", 1);
  gt_print_tensor(v_137, 0);
  gt_print_text("accuracy", 0);
  gt_print_tensor(v_142, 0);
  fputc('\n', stdout);
  gt_release(v_137); v_137 = 0;
  gt_release(v_142); v_142 = 0;
  gt_release(v_0);
  gt_release(v_1);
  gt_release(x_2);
  gt_release(v_5);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_10);
  gt_release(y_12);
  gt_release(v_13);
  gt_release(v_15);
  gt_release(v_18);
  gt_release(v_22);
  gt_release(v_28);
  gt_release(p_30_0);
  gt_release(p_30_1);
  gt_release(v_31);
  gt_release(v_32);
  gt_release(p_38_0);
  gt_release(p_38_1);
  gt_release(p_34_0);
  gt_release(p_34_1);
  gt_release(step_33);
  gt_release(v_143);
  gt_release(v_145);
  gt_release(v_157);
  gt_release(v_158);
  gt_release(v_160);
  gt_release(v_171);
  gt_release(v_174);
  gt_release(v_175_0);
  gt_release(v_175_1);
  gt_release(v_42);
  gt_release(v_46);
  gt_release(v_47);
  gt_release(v_51);
  gt_release(v_52);
  gt_release(v_56);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(v_70);
  gt_release(v_71);
  gt_release(v_74);
  gt_release(pos_75);
  gt_release(v_78);
  gt_release(v_79);
  gt_release(neg_83);
  gt_release(xs_84);
  gt_release(v_87);
  gt_release(v_90);
  gt_release(ys_91);
  gt_release(v_94);
  gt_release(q_96_0);
  gt_release(q_96_1);
  gt_release(v_110);
  gt_release(q_121_0);
  gt_release(q_121_1);
  gt_release(m_122_0);
  gt_release(m_122_1);
  gt_release(v_123_0);
  gt_release(v_123_1);
  gt_release(q_112_0);
  gt_release(q_112_1);
  gt_release(m_113_0);
  gt_release(m_113_1);
  gt_release(v_114_0);
  gt_release(v_114_1);
  gt_release(t_111);
  gt_release(v_176);
  gt_release(v_177);
  gt_release(v_178);
  gt_release(v_189);
  gt_release(v_193);
  gt_release(v_196);
  gt_release(v_198);
  gt_release(v_201);
  gt_release(v_202);
  gt_release(v_210);
  gt_release(v_212);
  gt_release(v_225);
  gt_release(v_228);
  gt_release(m2_229_0);
  gt_release(m2_229_1);
  gt_release(v_233);
  gt_release(v_235);
  gt_release(v_253);
  gt_release(v_256);
  gt_release(v2_257_0);
  gt_release(v2_257_1);
  gt_release(v_261);
  gt_release(v_273);
  gt_release(v_311);
  gt_release(v_314);
  gt_release(v_315_0);
  gt_release(v_315_1);
  gt_release(v_124);
  gt_release(v_125);
  gt_release(v_126);
  gt_release(v_324);
  gt_release(v_137);
  gt_release(v_142);
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
  gt_finish();
  return 0;
}
