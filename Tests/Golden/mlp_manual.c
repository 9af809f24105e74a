/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/mlp_manual.grad: a two-layer perceptron on the handwritten digits, trained by",
  "// full-batch gradient descent with backpropagation written out by hand. It is the reference",
  "// that `grad(loss)` must reproduce. Run from the repository's root:",
  "//   gradc run Examples/mlp_manual.grad",
  "",
  "struct MLP {",
  "  W1: f32[64, 32]; b1: f32[32]",
  "  W2: f32[32, 10]; b2: f32[10]",
  "}",
  "",
  "fn predict(p: MLP, x: f32[n, 64]) -> f32[n, 10] {",
  "  let h = relu(x @ p.W1 + p.b1)          // broadcasting add",
  "  return h @ p.W2 + p.b2",
  "}",
  "",
  "fn loss(p: MLP, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(p, x), y))",
  "}",
  "",
  "// The gradient of `loss` with respect to every parameter, by the chain rule.",
  "fn loss_grad(p: MLP, x: f32[n, 64], y: i32[n]) -> MLP {",
  "  let z1 = x @ p.W1 + p.b1",
  "  let h = relu(z1)",
  "  let logits = h @ p.W2 + p.b2",
  "  let d_logits = (softmax(logits, axis: -1) - one_hot(y, 10, dtype: f32)) / f32(n)",
  "  let d_h = d_logits @ p.W2.T",
  "  let d_z1 = where(z1 > 0.0, d_h, 0.0)",
  "  return MLP(W1: x.T @ d_z1, b1: sum(d_z1, axis: 0), W2: h.T @ d_logits, b2: sum(d_logits, axis: 0))",
  "}",
  "",
  "// The fraction of rows whose largest logit is at the label.",
  "fn accuracy(p: MLP, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  let logits = predict(p, x)",
  "  let at_label = sum(logits * one_hot(y, 10, dtype: f32), axis: 1)",
  "  return mean(where(at_label >= max(logits, axis: 1), 1.0, 0.0))",
  "}",
  "",
  "fn main() {",
  "  let x: f32[n, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[n] = load(\"Examples/data/digits_y.npy\")",
  "  let (xtr, ytr, xte, yte) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "  var p = MLP(W1: randn([64, 32], seed: 1) * sqrt(2.0 / 64.0), b1: zeros([32]),",
  "              W2: randn([32, 10], seed: 2) * sqrt(2.0 / 32.0), b2: zeros([10]))",
  "  print(\"initial loss:\", round(loss(p, xtr, ytr), 3))",
  "  // expect: initial loss: 2.511",
  "  for epoch in 0..<300 {",
  "    p = p - 0.5 * loss_grad(p, xtr, ytr)",
  "  }",
  "  print(\"final loss:\", round(loss(p, xtr, ytr), 3))",
  "  print(\"train accuracy:\", round(accuracy(p, xtr, ytr), 2))",
  "  print(\"test accuracy:\", round(accuracy(p, xte, yte), 2))",
  "  // expect: final loss: 0.073",
  "  // expect: train accuracy: 0.99",
  "  // expect: test accuracy: 0.98",
  "  // (An independent NumPy implementation of the same steps gives 2.5106, 0.0730, 0.986, 0.980.)",
  "}",
  ""
};

static inline double gt_u_neg_f64(double x) { return -x; }
static inline float gt_u_neg_f32(float x) { return -x; }
static inline int32_t gt_u_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
static inline double gt_u_exp_f64(double x) { return exp(x); }
static inline float gt_u_exp_f32(float x) { return expf(x); }
static inline double gt_u_relu_f64(double x) { return (x > 0 || x != x ? x : 0); }
static inline float gt_u_relu_f32(float x) { return (x > 0 || x != x ? x : 0); }
static inline int32_t gt_u_relu_i32(int32_t x) { return x > 0 ? x : 0; }
static inline double gt_u_round_f64(double x) { return nearbyint(x); }
static inline float gt_u_round_f32(float x) { return nearbyintf(x); }
static inline int32_t gt_u_round_i32(int32_t x) { return x; }
static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_18 = 0, *v_19 = 0, *v_20 = 0, *v_26 = 0, *v_28 = 0, *v_29 = 0, *v_31 = 0, *v_32 = 0, *v_33 = 0, *v_39 = 0, *v_42 = 0, *p_43_0 = 0, *p_43_1 = 0, *p_43_2 = 0, *p_43_3 = 0, *v_98 = 0, *h_101 = 0, *v_103 = 0, *v_106 = 0, *v_109 = 0, *v_111 = 0, *v_113 = 0, *v_48 = 0, *v_50 = 0, *p_81_0 = 0, *p_81_1 = 0, *p_81_2 = 0, *p_81_3 = 0, *p_52_0 = 0, *p_52_1 = 0, *p_52_2 = 0, *p_52_3 = 0, *epoch_51 = 0, *v_114 = 0, *v_115 = 0, *v_116 = 0, *h_118 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *logits_122 = 0, *v_123 = 0, *d_logits_131 = 0, *v_133 = 0, *d_h_134 = 0, *d_z1_140 = 0, *v_141 = 0, *v_142 = 0, *v_143 = 0, *v_144 = 0, *v_145 = 0, *v_146 = 0, *v_70 = 0, *v_73 = 0, *v_76 = 0, *v_79 = 0, *v_80_0 = 0, *v_80_1 = 0, *v_80_2 = 0, *v_80_3 = 0, *v_148 = 0, *v_149 = 0, *v_150 = 0, *h_152 = 0, *v_153 = 0, *v_154 = 0, *v_155 = 0, *v_156 = 0, *v_157 = 0, *v_162 = 0, *v_164 = 0, *v_86 = 0, *at_label_177 = 0, *v_178 = 0, *v_183 = 0, *v_91 = 0, *v_186 = 0, *h_189 = 0, *v_191 = 0, *v_195 = 0, *at_label_197 = 0, *v_198 = 0, *v_203 = 0, *v_96 = 0;
  (void)out;
  gt_line = 39; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[n, 64]");
  gt_line = 40; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[n]");
  gt_line = 41; gt_col = 33;
  v_2 = gt_scalar(I32, 0);
  gt_line = 41; gt_col = 35;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 41; gt_col = 31;
  { /* fused: index */
    gt_line = 41; gt_col = 31;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_2), 1, gt_int(v_3), sz[0], 64, &off1, &cnt2);
    if (cnt2 != 96000) gt_fail("a view's length differs from its type");
    const float *restrict p3 = (const float *)x_0->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(96000)
    for (int64_t i = 0; i < 96000; i++) {
      z[i] = p3[(off1 + i)];
    }
    v_4 = r;
  }
  gt_line = 41; gt_col = 42;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 41; gt_col = 53;
  T vh_9;
  { /* a view, read in place by @ */
    gt_line = 41; gt_col = 53;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_9 = gt_view(&vh_9, x_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 41; gt_col = 63;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 42; gt_col = 26;
  v_17 = gt_scalar(I32, 64);
  gt_line = 42; gt_col = 30;
  v_18 = gt_scalar(I32, 32);
  gt_line = 42; gt_col = 41;
  v_19 = gt_scalar(I32, 1);
  gt_line = 42; gt_col = 19;
  v_20 = gt_random(1, F32, gt_seed(v_19), 2, (int64_t[]){gt_int(v_17), gt_int(v_18)});
  gt_release(v_17); v_17 = 0;
  gt_release(v_19); v_19 = 0;
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_20->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 2048; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    v_26 = r;
  }
  gt_release(v_20); v_20 = 0;
  gt_line = 42; gt_col = 75;
  v_28 = gt_scalar(F32, 0);
  v_29 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 43; gt_col = 30;
  v_31 = gt_scalar(I32, 10);
  gt_line = 43; gt_col = 41;
  v_32 = gt_scalar(I32, 2);
  gt_line = 43; gt_col = 19;
  v_33 = gt_random(1, F32, gt_seed(v_32), 2, (int64_t[]){gt_int(v_18), gt_int(v_31)});
  gt_release(v_18); v_18 = 0;
  gt_release(v_32); v_32 = 0;
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_33->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){32, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 320; i++) {
      const float e2 = p1[i] * ((float)0.25);
      z[i] = e2;
    }
    v_39 = r;
  }
  gt_release(v_33); v_33 = 0;
  gt_line = 43; gt_col = 75;
  v_42 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_43_0 = gt_retain(v_26);
  p_43_1 = gt_retain(v_29);
  p_43_2 = gt_retain(v_39);
  p_43_3 = gt_retain(v_42);
  gt_release(v_29); v_29 = 0;
  gt_release(v_42); v_42 = 0;
  gt_line = 12; gt_col = 16;
  v_98 = gt_matmul(v_4, v_26);
  gt_release(v_26); v_26 = 0;
  gt_line = 12; gt_col = 11;
  { /* fused: relu */
    const float *restrict p1 = (const float *)v_98->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(48000)
    for (int64_t i = 0; i < 48000; i++) {
      const float e2 = (p1[i] > 0 || p1[i] != p1[i] ? p1[i] : 0);
      z[i] = e2;
    }
    h_101 = r;
  }
  gt_release(v_98); v_98 = 0;
  gt_line = 13; gt_col = 10;
  v_103 = gt_matmul(h_101, v_39);
  gt_release(v_39); v_39 = 0;
  gt_release(h_101); h_101 = 0;
  gt_line = 17; gt_col = 15;
  v_106 = gt_reduce(R_LSE, v_103, 1, -1, 1);
  v_109 = gt_one_hot(v_7, gt_int(v_31), F32);
  gt_release(v_7); v_7 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_103->p;
    const float *restrict p2 = (const float *)v_106->p;
    const float *restrict p4 = (const float *)v_109->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){1500});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] - p2[o];
        const float e5 = e3 * p4[i];
        acc += e5;
      }
      z[o] = (float)(acc);
    }
    v_111 = r;
  }
  gt_release(v_103); v_103 = 0;
  gt_release(v_106); v_106 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_111->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_113 = r;
  }
  gt_release(v_111); v_111 = 0;
  gt_line = 44; gt_col = 26;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_113->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_48 = r;
  }
  gt_release(v_113); v_113 = 0;
  gt_line = 44; gt_col = 26;
  gt_print_text("initial loss:", 1);
  gt_print_tensor(v_48, 0);
  fputc('\n', stdout);
  gt_release(v_48); v_48 = 0;
  gt_line = 46; gt_col = 20;
  v_50 = gt_scalar(I32, 300);
  gt_line = 46; gt_col = 3;
  p_52_0 = p_43_0; p_43_0 = 0;
  p_52_1 = p_43_1; p_43_1 = 0;
  p_52_2 = p_43_2; p_43_2 = 0;
  p_52_3 = p_43_3; p_43_3 = 0;
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_50); t1 < t1_end; t1++) {
    epoch_51 = gt_scalar(I32, (double)t1);
    gt_line = 22; gt_col = 16;
    v_114 = gt_retain(p_52_0);
    gt_line = 22; gt_col = 12;
    v_115 = gt_matmul(v_4, v_114);
    gt_line = 22; gt_col = 23;
    v_116 = gt_retain(p_52_1);
    gt_line = 23; gt_col = 11;
    { /* fused: add, relu */
      const float *restrict p1 = (const float *)v_115->p;
      const float *restrict p2 = (const float *)v_116->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 32});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(48000)
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 32; j++) {
          const int64_t i = o * 32 + j;
          const float e3 = p1[i] + p2[j];
          const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
          z[i] = e4;
        }
      }
      h_118 = r;
    }
    gt_line = 24; gt_col = 20;
    v_119 = gt_retain(p_52_2);
    gt_line = 24; gt_col = 16;
    v_120 = gt_matmul(h_118, v_119);
    gt_line = 24; gt_col = 27;
    v_121 = gt_retain(p_52_3);
    gt_line = 24; gt_col = 16;
    { /* fused: add */
      const float *restrict p1 = (const float *)v_120->p;
      const float *restrict p2 = (const float *)v_121->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
      float *restrict z = (float *)r->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          const float e3 = p1[i] + p2[j];
          z[i] = e3;
        }
      }
      logits_122 = r;
    }
    gt_release(v_120); v_120 = 0;
    gt_line = 25; gt_col = 19;
    v_123 = gt_reduce(R_LSE, logits_122, 1, -1, 1);
    gt_line = 25; gt_col = 18;
    { /* fused: sub, exp, sub, div */
      const float *restrict p1 = (const float *)logits_122->p;
      const float *restrict p2 = (const float *)v_123->p;
      const float *restrict p5 = (const float *)v_109->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
      float *restrict z = (float *)r->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          const float e3 = p1[i] - p2[o];
          const float e4 = expf(e3);
          const float e6 = e4 - p5[i];
          const float e7 = e6 / ((float)1500);
          z[i] = e7;
        }
      }
      d_logits_131 = r;
    }
    gt_release(logits_122); logits_122 = 0;
    gt_release(v_123); v_123 = 0;
    gt_line = 26; gt_col = 13;
    d_h_134 = gt_matmul_t(d_logits_131, 0, v_119, 1);
    gt_line = 27; gt_col = 14;
    { /* fused: add, gt, select */
      const float *restrict p1 = (const float *)v_115->p;
      const float *restrict p2 = (const float *)v_116->p;
      const float *restrict p4 = (const float *)v_28->p;
      const float p4v = p4[0];
      const float *restrict p6 = (const float *)d_h_134->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 32});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(48000)
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 32; j++) {
          const int64_t i = o * 32 + j;
          const float e3 = p1[i] + p2[j];
          const uint8_t e5 = e3 > p4v;
          const float e7 = e5 ? p6[i] : p4v;
          z[i] = e7;
        }
      }
      d_z1_140 = r;
    }
    gt_release(v_115); v_115 = 0;
    gt_release(d_h_134); d_h_134 = 0;
    gt_line = 28; gt_col = 18;
    v_142 = gt_matmul_t(v_4, 1, d_z1_140, 0);
    gt_line = 28; gt_col = 34;
    { /* fused: sum */
      const float *restrict p1 = (const float *)d_z1_140->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){32});
      float *restrict z = (float *)r->p;
      T *sums = gt_new(F64, 1, (int64_t[]){32});
      double *restrict acc = (double *)sums->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 32; j++) {
          const int64_t i = o * 32 + j;
          acc[j] += p1[i];
        }
      }
      for (int64_t j = 0; j < 32; j++) z[j] = (float)acc[j];
      gt_release(sums);
      v_143 = r;
    }
    gt_release(d_z1_140); d_z1_140 = 0;
    gt_line = 28; gt_col = 58;
    v_145 = gt_matmul_t(h_118, 1, d_logits_131, 0);
    gt_release(h_118); h_118 = 0;
    gt_line = 28; gt_col = 78;
    { /* fused: sum */
      const float *restrict p1 = (const float *)d_logits_131->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){10});
      float *restrict z = (float *)r->p;
      T *sums = gt_new(F64, 1, (int64_t[]){10});
      double *restrict acc = (double *)sums->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          acc[j] += p1[i];
        }
      }
      for (int64_t j = 0; j < 10; j++) z[j] = (float)acc[j];
      gt_release(sums);
      v_146 = r;
    }
    gt_release(d_logits_131); d_logits_131 = 0;
    gt_line = 47; gt_col = 9;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)v_114->p;
      const float *restrict p2 = (const float *)v_142->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 32});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 2048; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_70 = r;
    }
    gt_release(v_114); v_114 = 0;
    gt_release(v_142); v_142 = 0;
    gt_line = 47; gt_col = 9;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)v_116->p;
      const float *restrict p2 = (const float *)v_143->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){32});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 32; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_73 = r;
    }
    gt_release(v_116); v_116 = 0;
    gt_release(v_143); v_143 = 0;
    gt_line = 47; gt_col = 9;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)v_119->p;
      const float *restrict p2 = (const float *)v_145->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){32, 10});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 320; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_76 = r;
    }
    gt_release(v_119); v_119 = 0;
    gt_release(v_145); v_145 = 0;
    gt_line = 47; gt_col = 9;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)v_121->p;
      const float *restrict p2 = (const float *)v_146->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){10});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 10; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_79 = r;
    }
    gt_release(v_121); v_121 = 0;
    gt_release(v_146); v_146 = 0;
    gt_line = 47; gt_col = 9;
    v_80_0 = gt_retain(v_70);
    v_80_1 = gt_retain(v_73);
    v_80_2 = gt_retain(v_76);
    v_80_3 = gt_retain(v_79);
    gt_release(v_70); v_70 = 0;
    gt_release(v_73); v_73 = 0;
    gt_release(v_76); v_76 = 0;
    gt_release(v_79); v_79 = 0;
    T *t2 = gt_retain(v_80_0);
    T *t3 = gt_retain(v_80_1);
    T *t4 = gt_retain(v_80_2);
    T *t5 = gt_retain(v_80_3);
    gt_release(p_52_0);
    gt_release(p_52_1);
    gt_release(p_52_2);
    gt_release(p_52_3);
    p_52_0 = t2;
    p_52_1 = t3;
    p_52_2 = t4;
    p_52_3 = t5;
    gt_release(v_80_0); v_80_0 = 0;
    gt_release(v_80_1); v_80_1 = 0;
    gt_release(v_80_2); v_80_2 = 0;
    gt_release(v_80_3); v_80_3 = 0;
    gt_release(epoch_51); epoch_51 = 0;
  }
  p_81_0 = p_52_0; p_52_0 = 0;
  p_81_1 = p_52_1; p_52_1 = 0;
  p_81_2 = p_52_2; p_52_2 = 0;
  p_81_3 = p_52_3; p_52_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_28); v_28 = 0;
  gt_release(p_43_0); p_43_0 = 0;
  gt_release(p_43_1); p_43_1 = 0;
  gt_release(p_43_2); p_43_2 = 0;
  gt_release(p_43_3); p_43_3 = 0;
  gt_release(v_50); v_50 = 0;
  gt_line = 12; gt_col = 20;
  v_148 = gt_retain(p_81_0);
  gt_line = 12; gt_col = 16;
  v_149 = gt_matmul(v_4, v_148);
  gt_release(v_4); v_4 = 0;
  gt_line = 12; gt_col = 27;
  v_150 = gt_retain(p_81_1);
  gt_line = 12; gt_col = 11;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_149->p;
    const float *restrict p2 = (const float *)v_150->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(48000)
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    h_152 = r;
  }
  gt_release(v_149); v_149 = 0;
  gt_line = 13; gt_col = 14;
  v_153 = gt_retain(p_81_2);
  gt_line = 13; gt_col = 10;
  v_154 = gt_matmul(h_152, v_153);
  gt_release(h_152); h_152 = 0;
  gt_line = 13; gt_col = 21;
  v_155 = gt_retain(p_81_3);
  gt_release(p_81_0); p_81_0 = 0;
  gt_release(p_81_1); p_81_1 = 0;
  gt_release(p_81_2); p_81_2 = 0;
  gt_release(p_81_3); p_81_3 = 0;
  gt_line = 13; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_154->p;
    const float *restrict p2 = (const float *)v_155->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_156 = r;
  }
  gt_release(v_154); v_154 = 0;
  gt_line = 17; gt_col = 15;
  v_157 = gt_reduce(R_LSE, v_156, 1, -1, 1);
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_156->p;
    const float *restrict p2 = (const float *)v_157->p;
    const float *restrict p4 = (const float *)v_109->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){1500});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] - p2[o];
        const float e5 = e3 * p4[i];
        acc += e5;
      }
      z[o] = (float)(acc);
    }
    v_162 = r;
  }
  gt_release(v_157); v_157 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_162->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_164 = r;
  }
  gt_release(v_162); v_162 = 0;
  gt_line = 49; gt_col = 24;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_164->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_86 = r;
  }
  gt_release(v_164); v_164 = 0;
  gt_line = 49; gt_col = 24;
  gt_print_text("final loss:", 1);
  gt_print_tensor(v_86, 0);
  fputc('\n', stdout);
  gt_release(v_86); v_86 = 0;
  gt_line = 34; gt_col = 18;
  { /* fused: mul, sum */
    const float *restrict p1 = (const float *)v_156->p;
    const float *restrict p2 = (const float *)v_109->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){1500});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] * p2[i];
        acc += e3;
      }
      z[o] = (float)(acc);
    }
    at_label_177 = r;
  }
  gt_release(v_109); v_109 = 0;
  gt_line = 35; gt_col = 33;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_156->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){1500});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = -INFINITY;
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        { const double v = p1[i]; if (v > acc || v != v) acc = v; }
      }
      z[o] = (float)acc;
    }
    v_178 = r;
  }
  gt_release(v_156); v_156 = 0;
  gt_line = 35; gt_col = 10;
  { /* fused: ge, select, mean */
    const float *restrict p1 = (const float *)at_label_177->p;
    const float *restrict p2 = (const float *)v_178->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const uint8_t e3 = p1[i] >= p2[i];
      const double e4 = e3 ? 1.0 : 0.0;
      acc += e4;
    }
    z[0] = (double)(acc / (double)1500);
    v_183 = r;
  }
  gt_release(at_label_177); at_label_177 = 0;
  gt_release(v_178); v_178 = 0;
  gt_line = 50; gt_col = 28;
  { /* fused: convert.f32, mul, round, div */
    const double *restrict p1 = (const double *)v_183->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = (float)p1v;
      const float e3 = e2 * ((float)100);
      const float e4 = nearbyintf(e3);
      const float e5 = e4 / ((float)100);
      z[i] = e5;
    }
    v_91 = r;
  }
  gt_release(v_183); v_183 = 0;
  gt_line = 50; gt_col = 28;
  gt_print_text("train accuracy:", 1);
  gt_print_tensor(v_91, 0);
  fputc('\n', stdout);
  gt_release(v_91); v_91 = 0;
  gt_line = 12; gt_col = 16;
  v_186 = gt_matmul(v_9, v_148);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_148); v_148 = 0;
  gt_line = 12; gt_col = 11;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_186->p;
    const float *restrict p2 = (const float *)v_150->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 32))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    h_189 = r;
  }
  gt_release(v_150); v_150 = 0;
  gt_release(v_186); v_186 = 0;
  gt_line = 13; gt_col = 10;
  v_191 = gt_matmul(h_189, v_153);
  gt_release(v_153); v_153 = 0;
  gt_release(h_189); h_189 = 0;
  gt_line = 34; gt_col = 31;
  v_195 = gt_one_hot(v_11, gt_int(v_31), F32);
  gt_release(v_11); v_11 = 0;
  gt_release(v_31); v_31 = 0;
  gt_line = 34; gt_col = 18;
  { /* fused: add, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_191->p;
    const float *restrict p2 = (const float *)v_155->p;
    const float *restrict p4 = (const float *)v_195->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0] - 1500});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 10))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        const float e5 = e3 * p4[i];
        acc += e5;
      }
      z[o] = (float)(acc);
    }
    at_label_197 = r;
  }
  gt_release(v_195); v_195 = 0;
  gt_line = 35; gt_col = 33;
  { /* fused: add, max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_191->p;
    const float *restrict p2 = (const float *)v_155->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0] - 1500});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 10))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      double acc = -INFINITY;
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        { const double v = e3; if (v > acc || v != v) acc = v; }
      }
      z[o] = (float)acc;
    }
    v_198 = r;
  }
  gt_release(v_155); v_155 = 0;
  gt_release(v_191); v_191 = 0;
  gt_line = 35; gt_col = 10;
  { /* fused: ge, select, mean */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)at_label_197->p;
    const float *restrict p2 = (const float *)v_198->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const uint8_t e3 = p1[i] >= p2[i];
      const double e4 = e3 ? 1.0 : 0.0;
      acc += e4;
    }
    z[0] = (double)(acc / (double)(sz[0] - 1500));
    v_203 = r;
  }
  gt_release(at_label_197); at_label_197 = 0;
  gt_release(v_198); v_198 = 0;
  gt_line = 51; gt_col = 27;
  { /* fused: convert.f32, mul, round, div */
    const double *restrict p1 = (const double *)v_203->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = (float)p1v;
      const float e3 = e2 * ((float)100);
      const float e4 = nearbyintf(e3);
      const float e5 = e4 / ((float)100);
      z[i] = e5;
    }
    v_96 = r;
  }
  gt_release(v_203); v_203 = 0;
  gt_line = 51; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_96, 0);
  fputc('\n', stdout);
  gt_release(v_96); v_96 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_17);
  gt_release(v_18);
  gt_release(v_19);
  gt_release(v_20);
  gt_release(v_26);
  gt_release(v_28);
  gt_release(v_29);
  gt_release(v_31);
  gt_release(v_32);
  gt_release(v_33);
  gt_release(v_39);
  gt_release(v_42);
  gt_release(p_43_0);
  gt_release(p_43_1);
  gt_release(p_43_2);
  gt_release(p_43_3);
  gt_release(v_98);
  gt_release(h_101);
  gt_release(v_103);
  gt_release(v_106);
  gt_release(v_109);
  gt_release(v_111);
  gt_release(v_113);
  gt_release(v_48);
  gt_release(v_50);
  gt_release(p_81_0);
  gt_release(p_81_1);
  gt_release(p_81_2);
  gt_release(p_81_3);
  gt_release(p_52_0);
  gt_release(p_52_1);
  gt_release(p_52_2);
  gt_release(p_52_3);
  gt_release(epoch_51);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_116);
  gt_release(h_118);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(logits_122);
  gt_release(v_123);
  gt_release(d_logits_131);
  gt_release(v_133);
  gt_release(d_h_134);
  gt_release(d_z1_140);
  gt_release(v_141);
  gt_release(v_142);
  gt_release(v_143);
  gt_release(v_144);
  gt_release(v_145);
  gt_release(v_146);
  gt_release(v_70);
  gt_release(v_73);
  gt_release(v_76);
  gt_release(v_79);
  gt_release(v_80_0);
  gt_release(v_80_1);
  gt_release(v_80_2);
  gt_release(v_80_3);
  gt_release(v_148);
  gt_release(v_149);
  gt_release(v_150);
  gt_release(h_152);
  gt_release(v_153);
  gt_release(v_154);
  gt_release(v_155);
  gt_release(v_156);
  gt_release(v_157);
  gt_release(v_162);
  gt_release(v_164);
  gt_release(v_86);
  gt_release(at_label_177);
  gt_release(v_178);
  gt_release(v_183);
  gt_release(v_91);
  gt_release(v_186);
  gt_release(h_189);
  gt_release(v_191);
  gt_release(v_195);
  gt_release(at_label_197);
  gt_release(v_198);
  gt_release(v_203);
  gt_release(v_96);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/mlp_manual.grad";
  gt_src = gt_program_src;
  gt_src_lines = 57;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
