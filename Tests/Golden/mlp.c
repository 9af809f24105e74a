/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/mlp.grad: the two-layer perceptron of the language brief, trained on the",
  "// handwritten digits (bundled under Examples/data/) with the gradient that gradc derives.",
  "// Run from the repository's root:",
  "//   gradc run Examples/mlp.grad",
  "",
  "fn predict(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "           x: f32[n, 64]) -> f32[n, 10] {",
  "  let h = relu(x @ W1 + b1)          // broadcasting add",
  "  return h @ W2 + b2",
  "}",
  "",
  "fn loss(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "        x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(W1, b1, W2, b2, x), y))",
  "}",
  "",
  "// Derived functions are declared like functions and are ordinary functions:",
  "// callable, printable with `gradc emit`, and differentiable again.",
  "fn dloss = grad(loss, wrt: W1, b1, W2, b2)     // returns (dW1, db1, dW2, db2)",
  "",
  "fn accuracy(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "            x: f32[n, 64], y: i32[n]) -> f32 {",
  "  let logits = predict(W1, b1, W2, b2, x)",
  "  let at_label = sum(logits * one_hot(y, 10, dtype: f32), axis: 1)",
  "  return mean(where(at_label >= max(logits, axis: 1), 1.0, 0.0))",
  "}",
  "",
  "fn main() {",
  "  let data: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let labels: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let x = data[0:1500]",
  "  let y = labels[0:1500]",
  "  var W1: f32[64, 32] = randn([64, 32], seed: 1) * sqrt(2.0 / 64.0)",
  "  var b1: f32[32] = zeros([32])",
  "  var W2: f32[32, 10] = randn([32, 10], seed: 2) * sqrt(2.0 / 32.0)",
  "  var b2: f32[10] = zeros([10])",
  "  for epoch in 0..<300 {",
  "    let (gW1, gb1, gW2, gb2) = dloss(W1, b1, W2, b2, x, y)",
  "    W1 -= 0.5 * gW1",
  "    b1 -= 0.5 * gb1",
  "    W2 -= 0.5 * gW2",
  "    b2 -= 0.5 * gb2",
  "  }",
  "  print(\"loss\", round(loss(W1, b1, W2, b2, x, y), 3))",
  "  print(\"test accuracy:\", round(accuracy(W1, b1, W2, b2, data[1500:], labels[1500:]), 2))",
  "  // The same steps as Examples/mlp_manual.grad, whose gradient is written by hand:",
  "  // expect: loss 0.073",
  "  // expect: test accuracy: 0.98",
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
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *data_0 = 0, *labels_1 = 0, *v_2 = 0, *v_3 = 0, *x_4 = 0, *y_7 = 0, *v_8 = 0, *v_9 = 0, *v_10 = 0, *v_11 = 0, *W1_17 = 0, *b1_20 = 0, *v_22 = 0, *v_23 = 0, *v_24 = 0, *W2_30 = 0, *b2_33 = 0, *v_35 = 0, *W1_58 = 0, *b1_59 = 0, *W2_60 = 0, *b2_61 = 0, *W1_37 = 0, *b1_38 = 0, *W2_39 = 0, *b2_40 = 0, *epoch_36 = 0, *v_138 = 0, *h_140 = 0, *v_141 = 0, *v_142 = 0, *v_77 = 0, *v_80 = 0, *v_82 = 0, *v_92 = 0, *v_97 = 0, *v_98 = 0, *v_102 = 0, *d_b2_146 = 0, *v_147 = 0, *d_h_148 = 0, *v_149 = 0, *d_W2_150 = 0, *v_153 = 0, *d_b1_154 = 0, *v_155 = 0, *d_W1_156 = 0, *v_48 = 0, *v_51 = 0, *v_54 = 0, *v_57 = 0, *v_109 = 0, *h_111 = 0, *v_112 = 0, *v_113 = 0, *v_114 = 0, *v_117 = 0, *v_119 = 0, *v_121 = 0, *v_66 = 0, *v_68 = 0, *v_70 = 0, *v_122 = 0, *h_124 = 0, *v_125 = 0, *v_128 = 0, *at_label_130 = 0, *v_131 = 0, *v_136 = 0, *v_75 = 0;
  (void)out;
  gt_line = 29; gt_col = 26;
  data_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(data_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 30; gt_col = 24;
  labels_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(labels_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 31; gt_col = 16;
  v_2 = gt_scalar(I32, 0);
  gt_line = 31; gt_col = 18;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 31; gt_col = 11;
  { /* fused: index */
    gt_line = 31; gt_col = 11;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_2), 1, gt_int(v_3), sz[0], 64, &off1, &cnt2);
    if (cnt2 != 96000) gt_fail("a view's length differs from its type");
    const float *restrict p3 = (const float *)data_0->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(96000)
    for (int64_t i = 0; i < 96000; i++) {
      z[i] = p3[(off1 + i)];
    }
    x_4 = r;
  }
  gt_line = 32; gt_col = 11;
  y_7 = gt_index(labels_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 33; gt_col = 32;
  v_8 = gt_scalar(I32, 64);
  gt_line = 33; gt_col = 36;
  v_9 = gt_scalar(I32, 32);
  gt_line = 33; gt_col = 47;
  v_10 = gt_scalar(I32, 1);
  gt_line = 33; gt_col = 25;
  v_11 = gt_random(1, F32, gt_seed(v_10), 2, (int64_t[]){gt_int(v_8), gt_int(v_9)});
  gt_release(v_8); v_8 = 0;
  gt_release(v_10); v_10 = 0;
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_11->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 2048; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    W1_17 = r;
  }
  gt_release(v_11); v_11 = 0;
  gt_line = 34; gt_col = 28;
  b1_20 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 35; gt_col = 36;
  v_22 = gt_scalar(I32, 10);
  gt_line = 35; gt_col = 47;
  v_23 = gt_scalar(I32, 2);
  gt_line = 35; gt_col = 25;
  v_24 = gt_random(1, F32, gt_seed(v_23), 2, (int64_t[]){gt_int(v_9), gt_int(v_22)});
  gt_release(v_9); v_9 = 0;
  gt_release(v_23); v_23 = 0;
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_24->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){32, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 320; i++) {
      const float e2 = p1[i] * ((float)0.25);
      z[i] = e2;
    }
    W2_30 = r;
  }
  gt_release(v_24); v_24 = 0;
  gt_line = 36; gt_col = 28;
  b2_33 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 37; gt_col = 20;
  v_35 = gt_scalar(I32, 300);
  gt_line = 37; gt_col = 3;
  W1_37 = W1_17; W1_17 = 0;
  b1_38 = b1_20; b1_20 = 0;
  W2_39 = W2_30; W2_30 = 0;
  b2_40 = b2_33; b2_33 = 0;
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_35); t1 < t1_end; t1++) {
    epoch_36 = gt_scalar(I32, (double)t1);
    gt_line = 8; gt_col = 16;
    v_138 = gt_matmul(x_4, W1_37);
    gt_line = 8; gt_col = 11;
    { /* fused: add, relu */
      const float *restrict p1 = (const float *)v_138->p;
      const float *restrict p2 = (const float *)b1_38->p;
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
      h_140 = r;
    }
    gt_line = 9; gt_col = 10;
    v_141 = gt_matmul(h_140, W2_39);
    { /* fused: add */
      const float *restrict p1 = (const float *)v_141->p;
      const float *restrict p2 = (const float *)b2_40->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
      float *restrict z = (float *)r->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          const float e3 = p1[i] + p2[j];
          z[i] = e3;
        }
      }
      v_142 = r;
    }
    gt_release(v_141); v_141 = 0;
    gt_line = 14; gt_col = 15;
    v_77 = gt_reduce(R_LSE, v_142, 1, -1, 1);
    v_80 = gt_one_hot(y_7, gt_int(v_22), F32);
    { /* fused: sub, mul, sum */
      const float *restrict p1 = (const float *)v_142->p;
      const float *restrict p2 = (const float *)v_77->p;
      const float *restrict p4 = (const float *)v_80->p;
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
      v_82 = r;
    }
    gt_line = 14; gt_col = 15;
    { /* fused: broadcast_like, neg, expand_dims */
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 1});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 1500; i++) {
        const float e1 = -((float)0.00066666665952652693);
        z[i] = e1;
      }
      v_92 = r;
    }
    gt_release(v_82); v_82 = 0;
    gt_line = 14; gt_col = 15;
    { /* fused: broadcast_like, mul, sum_to */
      const float *restrict p1 = (const float *)v_92->p;
      const float *restrict p2 = (const float *)v_80->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 1});
      float *restrict z = (float *)r->p;
      for (int64_t o = 0; o < 1500; o++) {
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          const float e3 = p1[o] * p2[i];
          acc += e3;
        }
        z[o] = (float)(acc);
      }
      v_97 = r;
    }
    gt_line = 14; gt_col = 15;
    { /* fused: neg */
      const float *restrict p1 = (const float *)v_97->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 1});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 1500; i++) {
        const float e2 = -p1[i];
        z[i] = e2;
      }
      v_98 = r;
    }
    gt_release(v_97); v_97 = 0;
    gt_line = 14; gt_col = 15;
    { /* fused: broadcast_like, mul, sub, exp, mul, add */
      const float *restrict p1 = (const float *)v_92->p;
      const float *restrict p2 = (const float *)v_80->p;
      const float *restrict p4 = (const float *)v_142->p;
      const float *restrict p5 = (const float *)v_77->p;
      const float *restrict p8 = (const float *)v_98->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
      float *restrict z = (float *)r->p;
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 10; j++) {
          const int64_t i = o * 10 + j;
          const float e3 = p1[o] * p2[i];
          const float e6 = p4[i] - p5[o];
          const float e7 = expf(e6);
          const float e9 = e7 * p8[o];
          const float e10 = e3 + e9;
          z[i] = e10;
        }
      }
      v_102 = r;
    }
    gt_release(v_77); v_77 = 0;
    gt_release(v_80); v_80 = 0;
    gt_release(v_92); v_92 = 0;
    gt_release(v_98); v_98 = 0;
    gt_release(v_142); v_142 = 0;
    gt_line = 9; gt_col = 10;
    { /* fused: sum_to */
      const float *restrict p1 = (const float *)v_102->p;
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
      d_b2_146 = r;
    }
    gt_line = 9; gt_col = 10;
    d_h_148 = gt_matmul_t(v_102, 0, W2_39, 1);
    d_W2_150 = gt_matmul_t(h_140, 1, v_102, 0);
    gt_release(v_102); v_102 = 0;
    gt_release(h_140); h_140 = 0;
    gt_line = 8; gt_col = 11;
    { /* fused: add, gt, select */
      const float *restrict p1 = (const float *)v_138->p;
      const float *restrict p2 = (const float *)b1_38->p;
      const float *restrict p5 = (const float *)d_h_148->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 32});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(48000)
      for (int64_t o = 0; o < 1500; o++) {
        for (int64_t j = 0; j < 32; j++) {
          const int64_t i = o * 32 + j;
          const float e3 = p1[i] + p2[j];
          const uint8_t e4 = e3 > ((float)0);
          const float e6 = e4 ? p5[i] : ((float)0);
          z[i] = e6;
        }
      }
      v_153 = r;
    }
    gt_release(v_138); v_138 = 0;
    gt_release(d_h_148); d_h_148 = 0;
    gt_line = 8; gt_col = 16;
    { /* fused: sum_to */
      const float *restrict p1 = (const float *)v_153->p;
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
      d_b1_154 = r;
    }
    gt_line = 8; gt_col = 16;
    d_W1_156 = gt_matmul_t(x_4, 1, v_153, 0);
    gt_release(v_153); v_153 = 0;
    gt_line = 39; gt_col = 5;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)W1_37->p;
      const float *restrict p2 = (const float *)d_W1_156->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 32});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 2048; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_48 = r;
    }
    gt_release(d_W1_156); d_W1_156 = 0;
    gt_line = 40; gt_col = 5;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)b1_38->p;
      const float *restrict p2 = (const float *)d_b1_154->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){32});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 32; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_51 = r;
    }
    gt_release(d_b1_154); d_b1_154 = 0;
    gt_line = 41; gt_col = 5;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)W2_39->p;
      const float *restrict p2 = (const float *)d_W2_150->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){32, 10});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 320; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_54 = r;
    }
    gt_release(d_W2_150); d_W2_150 = 0;
    gt_line = 42; gt_col = 5;
    { /* fused: mul, sub */
      const float *restrict p1 = (const float *)b2_40->p;
      const float *restrict p2 = (const float *)d_b2_146->p;
      T *r = gt_new_raw(F32, 1, (int64_t[]){10});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 10; i++) {
        const float e3 = ((float)0.5) * p2[i];
        const float e4 = p1[i] - e3;
        z[i] = e4;
      }
      v_57 = r;
    }
    gt_release(d_b2_146); d_b2_146 = 0;
    T *t2 = gt_retain(v_48);
    T *t3 = gt_retain(v_51);
    T *t4 = gt_retain(v_54);
    T *t5 = gt_retain(v_57);
    gt_release(W1_37);
    gt_release(b1_38);
    gt_release(W2_39);
    gt_release(b2_40);
    W1_37 = t2;
    b1_38 = t3;
    W2_39 = t4;
    b2_40 = t5;
    gt_release(v_48); v_48 = 0;
    gt_release(v_51); v_51 = 0;
    gt_release(v_54); v_54 = 0;
    gt_release(v_57); v_57 = 0;
    gt_release(epoch_36); epoch_36 = 0;
  }
  W1_58 = W1_37; W1_37 = 0;
  b1_59 = b1_38; b1_38 = 0;
  W2_60 = W2_39; W2_39 = 0;
  b2_61 = b2_40; b2_40 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(W1_17); W1_17 = 0;
  gt_release(b1_20); b1_20 = 0;
  gt_release(W2_30); W2_30 = 0;
  gt_release(b2_33); b2_33 = 0;
  gt_release(v_35); v_35 = 0;
  gt_line = 8; gt_col = 16;
  v_109 = gt_matmul(x_4, W1_58);
  gt_release(x_4); x_4 = 0;
  gt_line = 8; gt_col = 11;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_109->p;
    const float *restrict p2 = (const float *)b1_59->p;
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
    h_111 = r;
  }
  gt_release(v_109); v_109 = 0;
  gt_line = 9; gt_col = 10;
  v_112 = gt_matmul(h_111, W2_60);
  gt_release(h_111); h_111 = 0;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_112->p;
    const float *restrict p2 = (const float *)b2_61->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_113 = r;
  }
  gt_release(v_112); v_112 = 0;
  gt_line = 14; gt_col = 15;
  v_114 = gt_reduce(R_LSE, v_113, 1, -1, 1);
  v_117 = gt_one_hot(y_7, gt_int(v_22), F32);
  gt_release(y_7); y_7 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_113->p;
    const float *restrict p2 = (const float *)v_114->p;
    const float *restrict p4 = (const float *)v_117->p;
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
    v_119 = r;
  }
  gt_release(v_113); v_113 = 0;
  gt_release(v_114); v_114 = 0;
  gt_release(v_117); v_117 = 0;
  gt_line = 14; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_119->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_121 = r;
  }
  gt_release(v_119); v_119 = 0;
  gt_line = 44; gt_col = 17;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_121->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_66 = r;
  }
  gt_release(v_121); v_121 = 0;
  gt_line = 44; gt_col = 17;
  gt_print_text("loss", 1);
  gt_print_tensor(v_66, 0);
  fputc('\n', stdout);
  gt_release(v_66); v_66 = 0;
  gt_line = 45; gt_col = 58;
  T vh_68;
  { /* a view, read in place by @ */
    gt_line = 45; gt_col = 58;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_68 = gt_view(&vh_68, data_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 45; gt_col = 71;
  v_70 = gt_index(labels_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(labels_1); labels_1 = 0;
  gt_line = 8; gt_col = 16;
  v_122 = gt_matmul(v_68, W1_58);
  gt_release(data_0); data_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(W1_58); W1_58 = 0;
  gt_release(v_68); v_68 = 0;
  gt_line = 8; gt_col = 11;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_122->p;
    const float *restrict p2 = (const float *)b1_59->p;
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
    h_124 = r;
  }
  gt_release(b1_59); b1_59 = 0;
  gt_release(v_122); v_122 = 0;
  gt_line = 9; gt_col = 10;
  v_125 = gt_matmul(h_124, W2_60);
  gt_release(W2_60); W2_60 = 0;
  gt_release(h_124); h_124 = 0;
  gt_line = 24; gt_col = 31;
  v_128 = gt_one_hot(v_70, gt_int(v_22), F32);
  gt_release(v_22); v_22 = 0;
  gt_release(v_70); v_70 = 0;
  gt_line = 24; gt_col = 18;
  { /* fused: add, mul, sum */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_125->p;
    const float *restrict p2 = (const float *)b2_61->p;
    const float *restrict p4 = (const float *)v_128->p;
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
    at_label_130 = r;
  }
  gt_release(v_128); v_128 = 0;
  gt_line = 25; gt_col = 33;
  { /* fused: add, max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_125->p;
    const float *restrict p2 = (const float *)b2_61->p;
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
    v_131 = r;
  }
  gt_release(b2_61); b2_61 = 0;
  gt_release(v_125); v_125 = 0;
  gt_line = 25; gt_col = 10;
  { /* fused: ge, select, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)at_label_130->p;
    const float *restrict p2 = (const float *)v_131->p;
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
    v_136 = r;
  }
  gt_release(at_label_130); at_label_130 = 0;
  gt_release(v_131); v_131 = 0;
  gt_line = 45; gt_col = 27;
  { /* fused: convert.f32, mul, round, div */
    const double *restrict p1 = (const double *)v_136->p;
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
    v_75 = r;
  }
  gt_release(v_136); v_136 = 0;
  gt_line = 45; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_75, 0);
  fputc('\n', stdout);
  gt_release(v_75); v_75 = 0;
  gt_release(data_0);
  gt_release(labels_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(x_4);
  gt_release(y_7);
  gt_release(v_8);
  gt_release(v_9);
  gt_release(v_10);
  gt_release(v_11);
  gt_release(W1_17);
  gt_release(b1_20);
  gt_release(v_22);
  gt_release(v_23);
  gt_release(v_24);
  gt_release(W2_30);
  gt_release(b2_33);
  gt_release(v_35);
  gt_release(W1_58);
  gt_release(b1_59);
  gt_release(W2_60);
  gt_release(b2_61);
  gt_release(W1_37);
  gt_release(b1_38);
  gt_release(W2_39);
  gt_release(b2_40);
  gt_release(epoch_36);
  gt_release(v_138);
  gt_release(h_140);
  gt_release(v_141);
  gt_release(v_142);
  gt_release(v_77);
  gt_release(v_80);
  gt_release(v_82);
  gt_release(v_92);
  gt_release(v_97);
  gt_release(v_98);
  gt_release(v_102);
  gt_release(d_b2_146);
  gt_release(v_147);
  gt_release(d_h_148);
  gt_release(v_149);
  gt_release(d_W2_150);
  gt_release(v_153);
  gt_release(d_b1_154);
  gt_release(v_155);
  gt_release(d_W1_156);
  gt_release(v_48);
  gt_release(v_51);
  gt_release(v_54);
  gt_release(v_57);
  gt_release(v_109);
  gt_release(h_111);
  gt_release(v_112);
  gt_release(v_113);
  gt_release(v_114);
  gt_release(v_117);
  gt_release(v_119);
  gt_release(v_121);
  gt_release(v_66);
  gt_release(v_68);
  gt_release(v_70);
  gt_release(v_122);
  gt_release(h_124);
  gt_release(v_125);
  gt_release(v_128);
  gt_release(at_label_130);
  gt_release(v_131);
  gt_release(v_136);
  gt_release(v_75);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/mlp.grad";
  gt_src = gt_program_src;
  gt_src_lines = 50;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
