/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/digits.grad: a 64-64-10 perceptron trained on the handwritten digits bundled under",
  "// Examples/data/ (1,797 8\303\2278 images), as a training script in Grad reads: the parameters are one",
  "// record, initialized with He's initializer, the gradient is derived by gradc, and the prelude's",
  "// Adam updates the whole record, with a cosine learning-rate schedule and gradient clipping,",
  "// over mini-batches of 100 drawn in a seeded shuffle each epoch. Run from the repository's root:",
  "//   gradc run Examples/digits.grad",
  "",
  "struct MLP { W1: f32[64, 64]; b1: f32[64]; W2: f32[64, 10]; b2: f32[10] }",
  "",
  "fn predict(p: MLP, x: f32[n, 64]) -> f32[n, 10] {",
  "  return relu(x @ p.W1 + p.b1) @ p.W2 + p.b2",
  "}",
  "",
  "fn loss(p: MLP, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(p, x), y))",
  "}",
  "",
  "fn dloss = grad(loss, wrt: p)          // a record of the same type: d.W1, d.b1, ...",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  // The first 1,500 rows train, the other 297 test (the rows were shuffled once when bundled).",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "",
  "  var p = MLP(W1: he_normal([64, 64], seed: 1), b1: zeros([64]),",
  "              W2: glorot_uniform([64, 10], seed: 2), b2: zeros([10]))",
  "  var m1 = zeros_like(p)                // Adam's moments, records like p",
  "  var m2 = zeros_like(p)",
  "  let epochs = 20",
  "  let batch = 100",
  "  var t = 0",
  "  for epoch in 0..<epochs {",
  "    let order = permutation(1500, seed: epoch)      // a new shuffle of the training rows",
  "    for k in 0..<15 {",
  "      let rows = order[k * batch:(k + 1) * batch]",
  "      let xb = take(train_x, rows)",
  "      let yb = take(train_y, rows)",
  "      let g = clip_by_global_norm(dloss(p, xb, yb), 5.0)",
  "      t += 1",
  "      let (p2, n1, n2) = adam(p, g, m1, m2, t, cosine_lr(0.01, t, epochs * 15))",
  "      p = p2",
  "      m1 = n1",
  "      m2 = n2",
  "    }",
  "  }",
  "  print(\"steps\", t, \"train loss\", round(loss(p, train_x, train_y), 3))",
  "  print(\"test accuracy:\", round(accuracy(predict(p, test_x), test_y), 2))",
  "  // expect: steps 300 train loss 0.053",
  "  // expect: test accuracy: 0.98",
  "}",
  ""
};

static inline double gt_u_neg_f64(double x) { return -x; }
static inline float gt_u_neg_f32(float x) { return -x; }
static inline int32_t gt_u_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
static inline double gt_u_exp_f64(double x) { return exp(x); }
static inline float gt_u_exp_f32(float x) { return expf(x); }
static inline double gt_u_sqrt_f64(double x) { return sqrt(x); }
static inline float gt_u_sqrt_f32(float x) { return sqrtf(x); }
static inline double gt_u_cos_f64(double x) { return cos(x); }
static inline float gt_u_cos_f32(float x) { return cosf(x); }
static inline double gt_u_relu_f64(double x) { return (x > 0 || x != x ? x : 0); }
static inline float gt_u_relu_f32(float x) { return (x > 0 || x != x ? x : 0); }
static inline int32_t gt_u_relu_i32(int32_t x) { return x > 0 ? x : 0; }
static inline double gt_u_square_f64(double x) { return x * x; }
static inline float gt_u_square_f32(float x) { return x * x; }
static inline int32_t gt_u_square_i32(int32_t x) { return (int32_t)((uint32_t)x * (uint32_t)x); }
static inline double gt_u_round_f64(double x) { return nearbyint(x); }
static inline float gt_u_round_f32(float x) { return nearbyintf(x); }
static inline int32_t gt_u_round_i32(int32_t x) { return x; }
static void f_main(T **out);
static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_19 = 0, *v_28 = 0, *v_29 = 0, *v_32 = 0, *v_34 = 0, *v_35 = 0, *v_45 = 0, *v_50 = 0, *v_53 = 0, *p_54_0 = 0, *p_54_1 = 0, *p_54_2 = 0, *p_54_3 = 0, *v_56 = 0, *v_60 = 0, *m1_63_0 = 0, *m1_63_1 = 0, *m1_63_2 = 0, *m1_63_3 = 0, *epochs_73 = 0, *batch_74 = 0, *t_115 = 0, *p_116_0 = 0, *p_116_1 = 0, *p_116_2 = 0, *p_116_3 = 0, *m1_117_0 = 0, *m1_117_1 = 0, *m1_117_2 = 0, *m1_117_3 = 0, *m2_118_0 = 0, *m2_118_1 = 0, *m2_118_2 = 0, *m2_118_3 = 0, *t_78 = 0, *p_79_0 = 0, *p_79_1 = 0, *p_79_2 = 0, *p_79_3 = 0, *m1_80_0 = 0, *m1_80_1 = 0, *m1_80_2 = 0, *m1_80_3 = 0, *m2_81_0 = 0, *m2_81_1 = 0, *m2_81_2 = 0, *m2_81_3 = 0, *epoch_77 = 0, *order_83 = 0, *v_85 = 0, *t_111 = 0, *p_112_0 = 0, *p_112_1 = 0, *p_112_2 = 0, *p_112_3 = 0, *m1_113_0 = 0, *m1_113_1 = 0, *m1_113_2 = 0, *m1_113_3 = 0, *m2_114_0 = 0, *m2_114_1 = 0, *m2_114_2 = 0, *m2_114_3 = 0, *t_87 = 0, *p_88_0 = 0, *p_88_1 = 0, *p_88_2 = 0, *p_88_3 = 0, *m1_89_0 = 0, *m1_89_1 = 0, *m1_89_2 = 0, *m1_89_3 = 0, *m2_90_0 = 0, *m2_90_1 = 0, *m2_90_2 = 0, *m2_90_3 = 0, *k_86 = 0, *v_91 = 0, *v_93 = 0, *v_94 = 0, *rows_95 = 0, *xb_96 = 0, *yb_97 = 0, *v_98_0 = 0, *v_98_1 = 0, *v_98_2 = 0, *v_98_3 = 0, *v_134 = 0, *v_135 = 0, *v_136 = 0, *v_137 = 0, *v_139 = 0, *v_141 = 0, *v_144 = 0, *v_147 = 0, *v_153 = 0, *v_102 = 0, *v_177 = 0, *v_181 = 0, *v_182 = 0, *v_183 = 0, *v_184 = 0, *v_186 = 0, *v_188 = 0, *v_190 = 0, *v_192 = 0, *v_212 = 0, *v_215 = 0, *v_218 = 0, *v_221 = 0, *m2_222_0 = 0, *m2_222_1 = 0, *m2_222_2 = 0, *m2_222_3 = 0, *v_229 = 0, *v_231 = 0, *v_233 = 0, *v_235 = 0, *v_264 = 0, *v_267 = 0, *v_270 = 0, *v_273 = 0, *v2_274_0 = 0, *v2_274_1 = 0, *v2_274_2 = 0, *v2_274_3 = 0, *v_278 = 0, *v_297 = 0, *v_366 = 0, *v_369 = 0, *v_372 = 0, *v_375 = 0, *v_376_0 = 0, *v_376_1 = 0, *v_376_2 = 0, *v_376_3 = 0, *v_378 = 0, *v_379 = 0, *v_380 = 0, *v_382 = 0, *v_383 = 0, *v_384 = 0, *v_385 = 0, *v_386 = 0, *v_387 = 0, *v_390 = 0, *v_392 = 0, *v_394 = 0, *v_123 = 0, *v_396 = 0, *v_399 = 0, *v_401 = 0, *v_403 = 0, *v_125 = 0, *v_126 = 0, *v_128 = 0, *v_132 = 0;
  (void)out;
  gt_line = 21; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 22; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 24; gt_col = 47;
  v_2 = gt_scalar(I32, 0);
  gt_line = 24; gt_col = 49;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 24; gt_col = 45;
  { /* fused: index */
    gt_line = 24; gt_col = 45;
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
  gt_line = 24; gt_col = 56;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 24; gt_col = 67;
  T vh_9;
  { /* a view, read in place by @ */
    gt_line = 24; gt_col = 67;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_9 = gt_view(&vh_9, x_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 24; gt_col = 77;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 26; gt_col = 30;
  v_17 = gt_scalar(I32, 64);
  gt_line = 26; gt_col = 45;
  v_19 = gt_scalar(I32, 1);
  gt_line = 26; gt_col = 19;
  v_28 = gt_random(1, F32, gt_seed(v_19), 2, (int64_t[]){gt_int(v_17), gt_int(v_17)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_28->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4096; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    v_29 = r;
  }
  gt_release(v_28); v_28 = 0;
  gt_line = 26; gt_col = 60;
  v_32 = gt_const(F32, 1, (int64_t[]){64}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 27; gt_col = 39;
  v_34 = gt_scalar(I32, 10);
  gt_line = 27; gt_col = 50;
  v_35 = gt_scalar(I32, 2);
  gt_line = 27; gt_col = 19;
  v_45 = gt_random(0, F32, gt_seed(v_35), 2, (int64_t[]){gt_int(v_17), gt_int(v_34)});
  gt_release(v_17); v_17 = 0;
  gt_release(v_35); v_35 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_45->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 640; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.28474739193916321);
      z[i] = e4;
    }
    v_50 = r;
  }
  gt_release(v_45); v_45 = 0;
  gt_line = 27; gt_col = 65;
  v_53 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_54_0 = gt_retain(v_29);
  p_54_1 = gt_retain(v_32);
  p_54_2 = gt_retain(v_50);
  p_54_3 = gt_retain(v_53);
  gt_line = 28; gt_col = 12;
  v_56 = gt_fill(v_29->dt, 0, v_29->rank, v_29->shape);
  gt_release(v_29); v_29 = 0;
  v_60 = gt_fill(v_50->dt, 0, v_50->rank, v_50->shape);
  gt_release(v_50); v_50 = 0;
  m1_63_0 = gt_retain(v_56);
  m1_63_1 = gt_retain(v_32);
  m1_63_2 = gt_retain(v_60);
  m1_63_3 = gt_retain(v_53);
  gt_release(v_32); v_32 = 0;
  gt_release(v_53); v_53 = 0;
  gt_release(v_56); v_56 = 0;
  gt_release(v_60); v_60 = 0;
  gt_line = 30; gt_col = 16;
  epochs_73 = gt_scalar(I32, 20);
  gt_line = 31; gt_col = 15;
  batch_74 = gt_scalar(I32, 100);
  gt_line = 33; gt_col = 3;
  t_78 = gt_retain(v_2);
  p_79_0 = p_54_0; p_54_0 = 0;
  p_79_1 = p_54_1; p_54_1 = 0;
  p_79_2 = p_54_2; p_54_2 = 0;
  p_79_3 = p_54_3; p_54_3 = 0;
  m1_80_0 = gt_retain(m1_63_0);
  m1_80_1 = gt_retain(m1_63_1);
  m1_80_2 = gt_retain(m1_63_2);
  m1_80_3 = gt_retain(m1_63_3);
  m2_81_0 = gt_retain(m1_63_0);
  m2_81_1 = gt_retain(m1_63_1);
  m2_81_2 = gt_retain(m1_63_2);
  m2_81_3 = gt_retain(m1_63_3);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_73); t1 < t1_end; t1++) {
    epoch_77 = gt_scalar(I32, (double)t1);
    gt_line = 34; gt_col = 17;
    order_83 = gt_permutation(gt_seed(epoch_77), gt_int(v_3));
    gt_line = 35; gt_col = 18;
    v_85 = gt_scalar(I32, 15);
    gt_line = 35; gt_col = 5;
    t_87 = t_78; t_78 = 0;
    p_88_0 = p_79_0; p_79_0 = 0;
    p_88_1 = p_79_1; p_79_1 = 0;
    p_88_2 = p_79_2; p_79_2 = 0;
    p_88_3 = p_79_3; p_79_3 = 0;
    m1_89_0 = m1_80_0; m1_80_0 = 0;
    m1_89_1 = m1_80_1; m1_80_1 = 0;
    m1_89_2 = m1_80_2; m1_80_2 = 0;
    m1_89_3 = m1_80_3; m1_80_3 = 0;
    m2_90_0 = m2_81_0; m2_81_0 = 0;
    m2_90_1 = m2_81_1; m2_81_1 = 0;
    m2_90_2 = m2_81_2; m2_81_2 = 0;
    m2_90_3 = m2_81_3; m2_81_3 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_85); t2 < t2_end; t2++) {
      k_86 = gt_scalar(I32, (double)t2);
      gt_line = 36; gt_col = 24;
      v_91 = gt_binary(B_MUL, k_86, batch_74);
      gt_line = 36; gt_col = 34;
      v_93 = gt_binary(B_ADD, k_86, v_19);
      v_94 = gt_binary(B_MUL, v_93, batch_74);
      gt_release(v_93); v_93 = 0;
      gt_line = 36; gt_col = 18;
      rows_95 = gt_index(order_83, 1, (gt_spec[]){{1, 1, 1, gt_int(v_91), gt_int(v_94), 1}});
      gt_release(v_91); v_91 = 0;
      gt_release(v_94); v_94 = 0;
      gt_line = 37; gt_col = 16;
      xb_96 = gt_take(v_4, rows_95);
      gt_line = 38; gt_col = 16;
      yb_97 = gt_take(v_7, rows_95);
      gt_release(rows_95); rows_95 = 0;
      gt_line = 39; gt_col = 48;
      { T *t3[4] = {0}; f_dloss(t3, p_88_0, p_88_1, p_88_2, p_88_3, xb_96, yb_97); v_98_0 = t3[0]; v_98_1 = t3[1]; v_98_2 = t3[2]; v_98_3 = t3[3]; }
      gt_release(xb_96); xb_96 = 0;
      gt_release(yb_97); yb_97 = 0;
      gt_line = 53; gt_col = 49;
      v_134 = gt_retain(v_98_0);
      v_135 = gt_retain(v_98_1);
      v_136 = gt_retain(v_98_2);
      v_137 = gt_retain(v_98_3);
      gt_release(v_98_0); v_98_0 = 0;
      gt_release(v_98_1); v_98_1 = 0;
      gt_release(v_98_2); v_98_2 = 0;
      gt_release(v_98_3); v_98_3 = 0;
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_134->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_139 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_135->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_141 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_136->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_144 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_137->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_147 = r;
      }
      gt_line = 53; gt_col = 28;
      { /* fused: add, add, add, sqrt, convert.f64, add, div */
        const float *restrict p1 = (const float *)v_139->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_141->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_144->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_147->p;
        const float p6v = p6[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const float e3 = p1v + p2v;
          const float e5 = e3 + p4v;
          const float e7 = e5 + p6v;
          const float e8 = sqrtf(e7);
          const double e9 = (double)e8;
          const double e10 = e9 + 9.9999999999999995e-07;
          const double e11 = 5.0 / e10;
          z[i] = e11;
        }
        v_153 = r;
      }
      gt_release(v_139); v_139 = 0;
      gt_release(v_141); v_141 = 0;
      gt_release(v_144); v_144 = 0;
      gt_release(v_147); v_147 = 0;
      gt_line = 40; gt_col = 7;
      v_102 = gt_binary(B_ADD, t_87, v_19);
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_102->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = 3.1415926535897931 * e2;
          const double e4 = e3 / 300.0;
          const double e5 = cos(e4);
          z[i] = e5;
        }
        v_177 = r;
      }
      gt_line = 36; gt_col = 31;
      v_181 = gt_retain(p_88_0);
      v_182 = gt_retain(p_88_1);
      v_183 = gt_retain(p_88_2);
      v_184 = gt_retain(p_88_3);
      v_186 = gt_retain(m1_89_0);
      gt_line = 36; gt_col = 12;
      v_188 = gt_retain(m1_89_1);
      v_190 = gt_retain(m1_89_2);
      v_192 = gt_retain(m1_89_3);
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_186->p;
        const float *restrict p3 = (const float *)v_134->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_212 = r;
      }
      gt_release(v_186); v_186 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_188->p;
        const float *restrict p3 = (const float *)v_135->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_215 = r;
      }
      gt_release(v_188); v_188 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_190->p;
        const float *restrict p3 = (const float *)v_136->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_218 = r;
      }
      gt_release(v_190); v_190 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_192->p;
        const float *restrict p3 = (const float *)v_137->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_221 = r;
      }
      gt_release(v_192); v_192 = 0;
      gt_line = 36; gt_col = 12;
      m2_222_0 = gt_retain(v_212);
      m2_222_1 = gt_retain(v_215);
      m2_222_2 = gt_retain(v_218);
      m2_222_3 = gt_retain(v_221);
      gt_line = 37; gt_col = 33;
      v_229 = gt_retain(m2_90_0);
      gt_line = 37; gt_col = 12;
      v_231 = gt_retain(m2_90_1);
      v_233 = gt_retain(m2_90_2);
      v_235 = gt_retain(m2_90_3);
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_229->p;
        const float *restrict p3 = (const float *)v_134->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_264 = r;
      }
      gt_release(v_134); v_134 = 0;
      gt_release(v_229); v_229 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_231->p;
        const float *restrict p3 = (const float *)v_135->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_267 = r;
      }
      gt_release(v_135); v_135 = 0;
      gt_release(v_231); v_231 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_233->p;
        const float *restrict p3 = (const float *)v_136->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_270 = r;
      }
      gt_release(v_136); v_136 = 0;
      gt_release(v_233); v_233 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_235->p;
        const float *restrict p3 = (const float *)v_137->p;
        const double *restrict p4 = (const double *)v_153->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_273 = r;
      }
      gt_release(v_137); v_137 = 0;
      gt_release(v_153); v_153 = 0;
      gt_release(v_235); v_235 = 0;
      gt_line = 37; gt_col = 12;
      v2_274_0 = gt_retain(v_264);
      v2_274_1 = gt_retain(v_267);
      v2_274_2 = gt_retain(v_270);
      v2_274_3 = gt_retain(v_273);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_102->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_278 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_102->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_297 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_181->p;
        const double *restrict p2 = (const double *)v_177->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_212->p;
        const double *restrict p7 = (const double *)v_278->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_264->p;
        const double *restrict p13 = (const double *)v_297->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const double e3 = 1.0 + p2v;
          const double e4 = 0.0050000000000000001 * e3;
          const float e5 = (float)e4;
          const double e8 = 1.0 - p7v;
          const float e9 = (float)e8;
          const float e10 = p6[i] / e9;
          const float e11 = e5 * e10;
          const double e14 = 1.0 - p13v;
          const float e15 = (float)e14;
          const float e16 = p12[i] / e15;
          const float e17 = sqrtf(e16);
          const float e18 = e17 + ((float)9.9999999392252903e-09);
          const float e19 = e11 / e18;
          const float e20 = p1[i] - e19;
          z[i] = e20;
        }
        v_366 = r;
      }
      gt_release(v_181); v_181 = 0;
      gt_release(v_212); v_212 = 0;
      gt_release(v_264); v_264 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_182->p;
        const double *restrict p2 = (const double *)v_177->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_215->p;
        const double *restrict p7 = (const double *)v_278->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_267->p;
        const double *restrict p13 = (const double *)v_297->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const double e3 = 1.0 + p2v;
          const double e4 = 0.0050000000000000001 * e3;
          const float e5 = (float)e4;
          const double e8 = 1.0 - p7v;
          const float e9 = (float)e8;
          const float e10 = p6[i] / e9;
          const float e11 = e5 * e10;
          const double e14 = 1.0 - p13v;
          const float e15 = (float)e14;
          const float e16 = p12[i] / e15;
          const float e17 = sqrtf(e16);
          const float e18 = e17 + ((float)9.9999999392252903e-09);
          const float e19 = e11 / e18;
          const float e20 = p1[i] - e19;
          z[i] = e20;
        }
        v_369 = r;
      }
      gt_release(v_182); v_182 = 0;
      gt_release(v_215); v_215 = 0;
      gt_release(v_267); v_267 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_183->p;
        const double *restrict p2 = (const double *)v_177->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_218->p;
        const double *restrict p7 = (const double *)v_278->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_270->p;
        const double *restrict p13 = (const double *)v_297->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const double e3 = 1.0 + p2v;
          const double e4 = 0.0050000000000000001 * e3;
          const float e5 = (float)e4;
          const double e8 = 1.0 - p7v;
          const float e9 = (float)e8;
          const float e10 = p6[i] / e9;
          const float e11 = e5 * e10;
          const double e14 = 1.0 - p13v;
          const float e15 = (float)e14;
          const float e16 = p12[i] / e15;
          const float e17 = sqrtf(e16);
          const float e18 = e17 + ((float)9.9999999392252903e-09);
          const float e19 = e11 / e18;
          const float e20 = p1[i] - e19;
          z[i] = e20;
        }
        v_372 = r;
      }
      gt_release(v_183); v_183 = 0;
      gt_release(v_218); v_218 = 0;
      gt_release(v_270); v_270 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_184->p;
        const double *restrict p2 = (const double *)v_177->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_221->p;
        const double *restrict p7 = (const double *)v_278->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_273->p;
        const double *restrict p13 = (const double *)v_297->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const double e3 = 1.0 + p2v;
          const double e4 = 0.0050000000000000001 * e3;
          const float e5 = (float)e4;
          const double e8 = 1.0 - p7v;
          const float e9 = (float)e8;
          const float e10 = p6[i] / e9;
          const float e11 = e5 * e10;
          const double e14 = 1.0 - p13v;
          const float e15 = (float)e14;
          const float e16 = p12[i] / e15;
          const float e17 = sqrtf(e16);
          const float e18 = e17 + ((float)9.9999999392252903e-09);
          const float e19 = e11 / e18;
          const float e20 = p1[i] - e19;
          z[i] = e20;
        }
        v_375 = r;
      }
      gt_release(v_177); v_177 = 0;
      gt_release(v_184); v_184 = 0;
      gt_release(v_221); v_221 = 0;
      gt_release(v_273); v_273 = 0;
      gt_release(v_278); v_278 = 0;
      gt_release(v_297); v_297 = 0;
      gt_line = 40; gt_col = 11;
      v_376_0 = gt_retain(v_366);
      v_376_1 = gt_retain(v_369);
      v_376_2 = gt_retain(v_372);
      v_376_3 = gt_retain(v_375);
      gt_release(v_366); v_366 = 0;
      gt_release(v_369); v_369 = 0;
      gt_release(v_372); v_372 = 0;
      gt_release(v_375); v_375 = 0;
      T *t4 = gt_retain(v_102);
      T *t5 = gt_retain(v_376_0);
      T *t6 = gt_retain(v_376_1);
      T *t7 = gt_retain(v_376_2);
      T *t8 = gt_retain(v_376_3);
      T *t9 = gt_retain(m2_222_0);
      T *t10 = gt_retain(m2_222_1);
      T *t11 = gt_retain(m2_222_2);
      T *t12 = gt_retain(m2_222_3);
      T *t13 = gt_retain(v2_274_0);
      T *t14 = gt_retain(v2_274_1);
      T *t15 = gt_retain(v2_274_2);
      T *t16 = gt_retain(v2_274_3);
      gt_release(t_87);
      gt_release(p_88_0);
      gt_release(p_88_1);
      gt_release(p_88_2);
      gt_release(p_88_3);
      gt_release(m1_89_0);
      gt_release(m1_89_1);
      gt_release(m1_89_2);
      gt_release(m1_89_3);
      gt_release(m2_90_0);
      gt_release(m2_90_1);
      gt_release(m2_90_2);
      gt_release(m2_90_3);
      t_87 = t4;
      p_88_0 = t5;
      p_88_1 = t6;
      p_88_2 = t7;
      p_88_3 = t8;
      m1_89_0 = t9;
      m1_89_1 = t10;
      m1_89_2 = t11;
      m1_89_3 = t12;
      m2_90_0 = t13;
      m2_90_1 = t14;
      m2_90_2 = t15;
      m2_90_3 = t16;
      gt_release(v_102); v_102 = 0;
      gt_release(m2_222_0); m2_222_0 = 0;
      gt_release(m2_222_1); m2_222_1 = 0;
      gt_release(m2_222_2); m2_222_2 = 0;
      gt_release(m2_222_3); m2_222_3 = 0;
      gt_release(v2_274_0); v2_274_0 = 0;
      gt_release(v2_274_1); v2_274_1 = 0;
      gt_release(v2_274_2); v2_274_2 = 0;
      gt_release(v2_274_3); v2_274_3 = 0;
      gt_release(v_376_0); v_376_0 = 0;
      gt_release(v_376_1); v_376_1 = 0;
      gt_release(v_376_2); v_376_2 = 0;
      gt_release(v_376_3); v_376_3 = 0;
      gt_release(k_86); k_86 = 0;
    }
    t_111 = t_87; t_87 = 0;
    p_112_0 = p_88_0; p_88_0 = 0;
    p_112_1 = p_88_1; p_88_1 = 0;
    p_112_2 = p_88_2; p_88_2 = 0;
    p_112_3 = p_88_3; p_88_3 = 0;
    m1_113_0 = m1_89_0; m1_89_0 = 0;
    m1_113_1 = m1_89_1; m1_89_1 = 0;
    m1_113_2 = m1_89_2; m1_89_2 = 0;
    m1_113_3 = m1_89_3; m1_89_3 = 0;
    m2_114_0 = m2_90_0; m2_90_0 = 0;
    m2_114_1 = m2_90_1; m2_90_1 = 0;
    m2_114_2 = m2_90_2; m2_90_2 = 0;
    m2_114_3 = m2_90_3; m2_90_3 = 0;
    gt_release(order_83); order_83 = 0;
    gt_release(v_85); v_85 = 0;
    T *t17 = gt_retain(t_111);
    T *t18 = gt_retain(p_112_0);
    T *t19 = gt_retain(p_112_1);
    T *t20 = gt_retain(p_112_2);
    T *t21 = gt_retain(p_112_3);
    T *t22 = gt_retain(m1_113_0);
    T *t23 = gt_retain(m1_113_1);
    T *t24 = gt_retain(m1_113_2);
    T *t25 = gt_retain(m1_113_3);
    T *t26 = gt_retain(m2_114_0);
    T *t27 = gt_retain(m2_114_1);
    T *t28 = gt_retain(m2_114_2);
    T *t29 = gt_retain(m2_114_3);
    gt_release(t_78);
    gt_release(p_79_0);
    gt_release(p_79_1);
    gt_release(p_79_2);
    gt_release(p_79_3);
    gt_release(m1_80_0);
    gt_release(m1_80_1);
    gt_release(m1_80_2);
    gt_release(m1_80_3);
    gt_release(m2_81_0);
    gt_release(m2_81_1);
    gt_release(m2_81_2);
    gt_release(m2_81_3);
    t_78 = t17;
    p_79_0 = t18;
    p_79_1 = t19;
    p_79_2 = t20;
    p_79_3 = t21;
    m1_80_0 = t22;
    m1_80_1 = t23;
    m1_80_2 = t24;
    m1_80_3 = t25;
    m2_81_0 = t26;
    m2_81_1 = t27;
    m2_81_2 = t28;
    m2_81_3 = t29;
    gt_release(t_111); t_111 = 0;
    gt_release(p_112_0); p_112_0 = 0;
    gt_release(p_112_1); p_112_1 = 0;
    gt_release(p_112_2); p_112_2 = 0;
    gt_release(p_112_3); p_112_3 = 0;
    gt_release(m1_113_0); m1_113_0 = 0;
    gt_release(m1_113_1); m1_113_1 = 0;
    gt_release(m1_113_2); m1_113_2 = 0;
    gt_release(m1_113_3); m1_113_3 = 0;
    gt_release(m2_114_0); m2_114_0 = 0;
    gt_release(m2_114_1); m2_114_1 = 0;
    gt_release(m2_114_2); m2_114_2 = 0;
    gt_release(m2_114_3); m2_114_3 = 0;
    gt_release(epoch_77); epoch_77 = 0;
  }
  t_115 = t_78; t_78 = 0;
  p_116_0 = p_79_0; p_79_0 = 0;
  p_116_1 = p_79_1; p_79_1 = 0;
  p_116_2 = p_79_2; p_79_2 = 0;
  p_116_3 = p_79_3; p_79_3 = 0;
  m1_117_0 = m1_80_0; m1_80_0 = 0;
  m1_117_1 = m1_80_1; m1_80_1 = 0;
  m1_117_2 = m1_80_2; m1_80_2 = 0;
  m1_117_3 = m1_80_3; m1_80_3 = 0;
  m2_118_0 = m2_81_0; m2_81_0 = 0;
  m2_118_1 = m2_81_1; m2_81_1 = 0;
  m2_118_2 = m2_81_2; m2_81_2 = 0;
  m2_118_3 = m2_81_3; m2_81_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_19); v_19 = 0;
  gt_release(p_54_0); p_54_0 = 0;
  gt_release(p_54_1); p_54_1 = 0;
  gt_release(p_54_2); p_54_2 = 0;
  gt_release(p_54_3); p_54_3 = 0;
  gt_release(m1_63_0); m1_63_0 = 0;
  gt_release(m1_63_1); m1_63_1 = 0;
  gt_release(m1_63_2); m1_63_2 = 0;
  gt_release(m1_63_3); m1_63_3 = 0;
  gt_release(epochs_73); epochs_73 = 0;
  gt_release(batch_74); batch_74 = 0;
  gt_release(m1_117_0); m1_117_0 = 0;
  gt_release(m1_117_1); m1_117_1 = 0;
  gt_release(m1_117_2); m1_117_2 = 0;
  gt_release(m1_117_3); m1_117_3 = 0;
  gt_release(m2_118_0); m2_118_0 = 0;
  gt_release(m2_118_1); m2_118_1 = 0;
  gt_release(m2_118_2); m2_118_2 = 0;
  gt_release(m2_118_3); m2_118_3 = 0;
  gt_line = 11; gt_col = 19;
  v_378 = gt_retain(p_116_0);
  gt_line = 11; gt_col = 15;
  v_379 = gt_matmul(v_4, v_378);
  gt_release(v_4); v_4 = 0;
  gt_line = 11; gt_col = 26;
  v_380 = gt_retain(p_116_1);
  gt_line = 11; gt_col = 10;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_379->p;
    const float *restrict p2 = (const float *)v_380->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(96000)
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_382 = r;
  }
  gt_release(v_379); v_379 = 0;
  gt_line = 11; gt_col = 34;
  v_383 = gt_retain(p_116_2);
  gt_line = 11; gt_col = 10;
  v_384 = gt_matmul(v_382, v_383);
  gt_release(v_382); v_382 = 0;
  gt_line = 11; gt_col = 41;
  v_385 = gt_retain(p_116_3);
  gt_release(p_116_0); p_116_0 = 0;
  gt_release(p_116_1); p_116_1 = 0;
  gt_release(p_116_2); p_116_2 = 0;
  gt_release(p_116_3); p_116_3 = 0;
  gt_line = 11; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_384->p;
    const float *restrict p2 = (const float *)v_385->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_386 = r;
  }
  gt_release(v_384); v_384 = 0;
  gt_line = 15; gt_col = 15;
  v_387 = gt_reduce(R_LSE, v_386, 1, -1, 1);
  v_390 = gt_one_hot(v_7, gt_int(v_34), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_34); v_34 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_386->p;
    const float *restrict p2 = (const float *)v_387->p;
    const float *restrict p4 = (const float *)v_390->p;
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
    v_392 = r;
  }
  gt_release(v_386); v_386 = 0;
  gt_release(v_387); v_387 = 0;
  gt_release(v_390); v_390 = 0;
  gt_line = 15; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_392->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_394 = r;
  }
  gt_release(v_392); v_392 = 0;
  gt_line = 47; gt_col = 35;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_394->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_123 = r;
  }
  gt_release(v_394); v_394 = 0;
  gt_line = 47; gt_col = 35;
  gt_print_text("steps", 1);
  gt_print_tensor(t_115, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_123, 0);
  fputc('\n', stdout);
  gt_release(t_115); t_115 = 0;
  gt_release(v_123); v_123 = 0;
  gt_line = 11; gt_col = 15;
  v_396 = gt_matmul(v_9, v_378);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_378); v_378 = 0;
  gt_line = 11; gt_col = 10;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_396->p;
    const float *restrict p2 = (const float *)v_380->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_399 = r;
  }
  gt_release(v_380); v_380 = 0;
  gt_release(v_396); v_396 = 0;
  gt_line = 11; gt_col = 10;
  v_401 = gt_matmul(v_399, v_383);
  gt_release(v_383); v_383 = 0;
  gt_release(v_399); v_399 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_401->p;
    const float *restrict p2 = (const float *)v_385->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 10))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_403 = r;
  }
  gt_release(v_385); v_385 = 0;
  gt_release(v_401); v_401 = 0;
  gt_line = 48; gt_col = 33;
  v_125 = gt_argmax(v_403, -1);
  gt_release(v_403); v_403 = 0;
  v_126 = gt_binary(B_EQ, v_125, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_125); v_125 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_126->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_128 = r;
  }
  gt_release(v_126); v_126 = 0;
  gt_line = 48; gt_col = 27;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_128->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)100);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)100);
      z[i] = e4;
    }
    v_132 = r;
  }
  gt_release(v_128); v_128 = 0;
  gt_line = 48; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_132, 0);
  fputc('\n', stdout);
  gt_release(v_132); v_132 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_17);
  gt_release(v_19);
  gt_release(v_28);
  gt_release(v_29);
  gt_release(v_32);
  gt_release(v_34);
  gt_release(v_35);
  gt_release(v_45);
  gt_release(v_50);
  gt_release(v_53);
  gt_release(p_54_0);
  gt_release(p_54_1);
  gt_release(p_54_2);
  gt_release(p_54_3);
  gt_release(v_56);
  gt_release(v_60);
  gt_release(m1_63_0);
  gt_release(m1_63_1);
  gt_release(m1_63_2);
  gt_release(m1_63_3);
  gt_release(epochs_73);
  gt_release(batch_74);
  gt_release(t_115);
  gt_release(p_116_0);
  gt_release(p_116_1);
  gt_release(p_116_2);
  gt_release(p_116_3);
  gt_release(m1_117_0);
  gt_release(m1_117_1);
  gt_release(m1_117_2);
  gt_release(m1_117_3);
  gt_release(m2_118_0);
  gt_release(m2_118_1);
  gt_release(m2_118_2);
  gt_release(m2_118_3);
  gt_release(t_78);
  gt_release(p_79_0);
  gt_release(p_79_1);
  gt_release(p_79_2);
  gt_release(p_79_3);
  gt_release(m1_80_0);
  gt_release(m1_80_1);
  gt_release(m1_80_2);
  gt_release(m1_80_3);
  gt_release(m2_81_0);
  gt_release(m2_81_1);
  gt_release(m2_81_2);
  gt_release(m2_81_3);
  gt_release(epoch_77);
  gt_release(order_83);
  gt_release(v_85);
  gt_release(t_111);
  gt_release(p_112_0);
  gt_release(p_112_1);
  gt_release(p_112_2);
  gt_release(p_112_3);
  gt_release(m1_113_0);
  gt_release(m1_113_1);
  gt_release(m1_113_2);
  gt_release(m1_113_3);
  gt_release(m2_114_0);
  gt_release(m2_114_1);
  gt_release(m2_114_2);
  gt_release(m2_114_3);
  gt_release(t_87);
  gt_release(p_88_0);
  gt_release(p_88_1);
  gt_release(p_88_2);
  gt_release(p_88_3);
  gt_release(m1_89_0);
  gt_release(m1_89_1);
  gt_release(m1_89_2);
  gt_release(m1_89_3);
  gt_release(m2_90_0);
  gt_release(m2_90_1);
  gt_release(m2_90_2);
  gt_release(m2_90_3);
  gt_release(k_86);
  gt_release(v_91);
  gt_release(v_93);
  gt_release(v_94);
  gt_release(rows_95);
  gt_release(xb_96);
  gt_release(yb_97);
  gt_release(v_98_0);
  gt_release(v_98_1);
  gt_release(v_98_2);
  gt_release(v_98_3);
  gt_release(v_134);
  gt_release(v_135);
  gt_release(v_136);
  gt_release(v_137);
  gt_release(v_139);
  gt_release(v_141);
  gt_release(v_144);
  gt_release(v_147);
  gt_release(v_153);
  gt_release(v_102);
  gt_release(v_177);
  gt_release(v_181);
  gt_release(v_182);
  gt_release(v_183);
  gt_release(v_184);
  gt_release(v_186);
  gt_release(v_188);
  gt_release(v_190);
  gt_release(v_192);
  gt_release(v_212);
  gt_release(v_215);
  gt_release(v_218);
  gt_release(v_221);
  gt_release(m2_222_0);
  gt_release(m2_222_1);
  gt_release(m2_222_2);
  gt_release(m2_222_3);
  gt_release(v_229);
  gt_release(v_231);
  gt_release(v_233);
  gt_release(v_235);
  gt_release(v_264);
  gt_release(v_267);
  gt_release(v_270);
  gt_release(v_273);
  gt_release(v2_274_0);
  gt_release(v2_274_1);
  gt_release(v2_274_2);
  gt_release(v2_274_3);
  gt_release(v_278);
  gt_release(v_297);
  gt_release(v_366);
  gt_release(v_369);
  gt_release(v_372);
  gt_release(v_375);
  gt_release(v_376_0);
  gt_release(v_376_1);
  gt_release(v_376_2);
  gt_release(v_376_3);
  gt_release(v_378);
  gt_release(v_379);
  gt_release(v_380);
  gt_release(v_382);
  gt_release(v_383);
  gt_release(v_384);
  gt_release(v_385);
  gt_release(v_386);
  gt_release(v_387);
  gt_release(v_390);
  gt_release(v_392);
  gt_release(v_394);
  gt_release(v_123);
  gt_release(v_396);
  gt_release(v_399);
  gt_release(v_401);
  gt_release(v_403);
  gt_release(v_125);
  gt_release(v_126);
  gt_release(v_128);
  gt_release(v_132);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_41 = 0, *v_42 = 0, *v_43 = 0, *v_45 = 0, *v_46 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_4 = 0, *v_6 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *v_13 = 0, *v_14 = 0, *v_19 = 0, *v_24 = 0, *v_25 = 0, *v_29 = 0, *v_59 = 0, *v_60 = 0, *v_61 = 0, *v_62 = 0, *v_63 = 0, *v_67 = 0, *v_68 = 0, *v_71 = 0, *v_72 = 0, *v_77_0 = 0, *v_77_1 = 0, *v_77_2 = 0, *v_77_3 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 10]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
  gt_line = 11; gt_col = 19;
  v_41 = gt_retain(a0_0);
  gt_line = 11; gt_col = 15;
  v_42 = gt_matmul(a1_0, v_41);
  gt_release(v_41); v_41 = 0;
  gt_line = 11; gt_col = 26;
  v_43 = gt_retain(a0_1);
  gt_line = 11; gt_col = 10;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_42->p;
    const float *restrict p2 = (const float *)v_43->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_45 = r;
  }
  gt_line = 11; gt_col = 34;
  v_46 = gt_retain(a0_2);
  gt_line = 11; gt_col = 10;
  v_47 = gt_matmul(v_45, v_46);
  gt_line = 11; gt_col = 41;
  v_48 = gt_retain(a0_3);
  gt_line = 11; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_47->p;
    const float *restrict p2 = (const float *)v_48->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_49 = r;
  }
  gt_release(v_47); v_47 = 0;
  gt_line = 15; gt_col = 15;
  v_4 = gt_reduce(R_LSE, v_49, 1, -1, 1);
  v_6 = gt_scalar(I32, 10);
  v_7 = gt_one_hot(a2_0, gt_int(v_6), F32);
  gt_release(v_6); v_6 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_49->p;
    const float *restrict p2 = (const float *)v_4->p;
    const float *restrict p4 = (const float *)v_7->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
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
    v_9 = r;
  }
  gt_line = 15; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_9->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_10 = r;
  }
  gt_release(v_9); v_9 = 0;
  gt_line = 15; gt_col = 10;
  v_13 = gt_shape_of(v_10);
  v_14 = gt_reduce(R_PROD, v_13, 0, 0, 0);
  gt_release(v_13); v_13 = 0;
  gt_line = 15; gt_col = 15;
  { /* fused: convert.f32, div, broadcast_like, neg, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const int32_t *restrict p1 = (const int32_t *)v_14->p;
    const int32_t p1v = p1[0];
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = (float)p1v;
      const float e3 = ((float)1) / e2;
      const float e4 = -e3;
      z[i] = e4;
    }
    v_19 = r;
  }
  gt_release(v_10); v_10 = 0;
  gt_release(v_14); v_14 = 0;
  gt_line = 15; gt_col = 15;
  { /* fused: broadcast_like, mul, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_19->p;
    const float *restrict p2 = (const float *)v_7->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[o] * p2[i];
        acc += e3;
      }
      z[o] = (float)(acc);
    }
    v_24 = r;
  }
  gt_line = 15; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_24->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_25 = r;
  }
  gt_release(v_24); v_24 = 0;
  gt_line = 15; gt_col = 15;
  { /* fused: broadcast_like, mul, sub, exp, mul, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_19->p;
    const float *restrict p2 = (const float *)v_7->p;
    const float *restrict p4 = (const float *)v_49->p;
    const float *restrict p5 = (const float *)v_4->p;
    const float *restrict p8 = (const float *)v_25->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
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
    v_29 = r;
  }
  gt_release(v_4); v_4 = 0;
  gt_release(v_7); v_7 = 0;
  gt_release(v_19); v_19 = 0;
  gt_release(v_25); v_25 = 0;
  gt_release(v_49); v_49 = 0;
  gt_line = 11; gt_col = 10;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_29->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){10});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){10});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        acc[j] += p1[i];
      }
    }
    for (int64_t j = 0; j < 10; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_59 = r;
  }
  gt_release(v_48); v_48 = 0;
  gt_line = 11; gt_col = 10;
  v_61 = gt_matmul_t(v_29, 0, v_46, 1);
  gt_release(v_46); v_46 = 0;
  v_63 = gt_matmul_t(v_45, 1, v_29, 0);
  gt_release(v_29); v_29 = 0;
  gt_release(v_45); v_45 = 0;
  { /* fused: add, gt, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_42->p;
    const float *restrict p2 = (const float *)v_43->p;
    const float *restrict p5 = (const float *)v_61->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e4 = e3 > ((float)0);
        const float e6 = e4 ? p5[i] : ((float)0);
        z[i] = e6;
      }
    }
    v_67 = r;
  }
  gt_release(v_42); v_42 = 0;
  gt_release(v_61); v_61 = 0;
  gt_line = 11; gt_col = 15;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_67->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){64});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){64});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        acc[j] += p1[i];
      }
    }
    for (int64_t j = 0; j < 64; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_68 = r;
  }
  gt_release(v_43); v_43 = 0;
  gt_line = 11; gt_col = 15;
  v_72 = gt_matmul_t(a1_0, 1, v_67, 0);
  gt_release(v_67); v_67 = 0;
  gt_line = 10; gt_col = 4;
  v_77_0 = gt_retain(v_72);
  v_77_1 = gt_retain(v_68);
  v_77_2 = gt_retain(v_63);
  v_77_3 = gt_retain(v_59);
  gt_release(v_59); v_59 = 0;
  gt_release(v_63); v_63 = 0;
  gt_release(v_68); v_68 = 0;
  gt_release(v_72); v_72 = 0;
  out[0] = gt_retain(v_77_0);
  out[1] = gt_retain(v_77_1);
  out[2] = gt_retain(v_77_2);
  out[3] = gt_retain(v_77_3);
  gt_release(v_41);
  gt_release(v_42);
  gt_release(v_43);
  gt_release(v_45);
  gt_release(v_46);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_4);
  gt_release(v_6);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_10);
  gt_release(v_13);
  gt_release(v_14);
  gt_release(v_19);
  gt_release(v_24);
  gt_release(v_25);
  gt_release(v_29);
  gt_release(v_59);
  gt_release(v_60);
  gt_release(v_61);
  gt_release(v_62);
  gt_release(v_63);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(v_71);
  gt_release(v_72);
  gt_release(v_77_0);
  gt_release(v_77_1);
  gt_release(v_77_2);
  gt_release(v_77_3);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/digits.grad";
  gt_src = gt_program_src;
  gt_src_lines = 52;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
