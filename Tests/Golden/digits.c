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
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_20 = 0, *v_29 = 0, *v_30 = 0, *v_33 = 0, *v_35 = 0, *v_37 = 0, *v_47 = 0, *v_52 = 0, *v_55 = 0, *p_56_0 = 0, *p_56_1 = 0, *p_56_2 = 0, *p_56_3 = 0, *v_58 = 0, *v_62 = 0, *m1_65_0 = 0, *m1_65_1 = 0, *m1_65_2 = 0, *m1_65_3 = 0, *epochs_75 = 0, *batch_76 = 0, *t_118 = 0, *p_119_0 = 0, *p_119_1 = 0, *p_119_2 = 0, *p_119_3 = 0, *m1_120_0 = 0, *m1_120_1 = 0, *m1_120_2 = 0, *m1_120_3 = 0, *m2_121_0 = 0, *m2_121_1 = 0, *m2_121_2 = 0, *m2_121_3 = 0, *t_80 = 0, *p_81_0 = 0, *p_81_1 = 0, *p_81_2 = 0, *p_81_3 = 0, *m1_82_0 = 0, *m1_82_1 = 0, *m1_82_2 = 0, *m1_82_3 = 0, *m2_83_0 = 0, *m2_83_1 = 0, *m2_83_2 = 0, *m2_83_3 = 0, *epoch_79 = 0, *order_86 = 0, *v_88 = 0, *t_114 = 0, *p_115_0 = 0, *p_115_1 = 0, *p_115_2 = 0, *p_115_3 = 0, *m1_116_0 = 0, *m1_116_1 = 0, *m1_116_2 = 0, *m1_116_3 = 0, *m2_117_0 = 0, *m2_117_1 = 0, *m2_117_2 = 0, *m2_117_3 = 0, *t_90 = 0, *p_91_0 = 0, *p_91_1 = 0, *p_91_2 = 0, *p_91_3 = 0, *m1_92_0 = 0, *m1_92_1 = 0, *m1_92_2 = 0, *m1_92_3 = 0, *m2_93_0 = 0, *m2_93_1 = 0, *m2_93_2 = 0, *m2_93_3 = 0, *k_89 = 0, *v_94 = 0, *v_96 = 0, *v_97 = 0, *rows_98 = 0, *xb_99 = 0, *yb_100 = 0, *v_101_0 = 0, *v_101_1 = 0, *v_101_2 = 0, *v_101_3 = 0, *v_137 = 0, *v_138 = 0, *v_139 = 0, *v_140 = 0, *v_142 = 0, *v_144 = 0, *v_147 = 0, *v_150 = 0, *v_156 = 0, *v_105 = 0, *v_180 = 0, *v_184 = 0, *v_185 = 0, *v_186 = 0, *v_187 = 0, *v_189 = 0, *v_191 = 0, *v_193 = 0, *v_195 = 0, *v_215 = 0, *v_218 = 0, *v_221 = 0, *v_224 = 0, *m2_225_0 = 0, *m2_225_1 = 0, *m2_225_2 = 0, *m2_225_3 = 0, *v_232 = 0, *v_234 = 0, *v_236 = 0, *v_238 = 0, *v_267 = 0, *v_270 = 0, *v_273 = 0, *v_276 = 0, *v2_277_0 = 0, *v2_277_1 = 0, *v2_277_2 = 0, *v2_277_3 = 0, *v_281 = 0, *v_300 = 0, *v_369 = 0, *v_372 = 0, *v_375 = 0, *v_378 = 0, *v_379_0 = 0, *v_379_1 = 0, *v_379_2 = 0, *v_379_3 = 0, *v_381 = 0, *v_382 = 0, *v_383 = 0, *v_385 = 0, *v_386 = 0, *v_387 = 0, *v_388 = 0, *v_389 = 0, *v_390 = 0, *v_393 = 0, *v_395 = 0, *v_397 = 0, *v_126 = 0, *v_399 = 0, *v_402 = 0, *v_404 = 0, *v_406 = 0, *v_128 = 0, *v_129 = 0, *v_131 = 0, *v_135 = 0;
  (void)out;
  gt_line = 21; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 22; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
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
  v_20 = gt_scalar(I32, 1);
  gt_line = 26; gt_col = 19;
  v_29 = gt_random(1, F32, gt_int(v_20), 2, (int64_t[]){gt_int(v_17), gt_int(v_17)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_29->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4096; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    v_30 = r;
  }
  gt_release(v_29); v_29 = 0;
  gt_line = 26; gt_col = 60;
  v_33 = gt_const(F32, 1, (int64_t[]){64}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 27; gt_col = 39;
  v_35 = gt_scalar(I32, 10);
  gt_line = 27; gt_col = 50;
  v_37 = gt_scalar(I32, 2);
  gt_line = 27; gt_col = 19;
  v_47 = gt_random(0, F32, gt_int(v_37), 2, (int64_t[]){gt_int(v_17), gt_int(v_35)});
  gt_release(v_17); v_17 = 0;
  gt_release(v_37); v_37 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_47->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 640; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.28474739193916321);
      z[i] = e4;
    }
    v_52 = r;
  }
  gt_release(v_47); v_47 = 0;
  gt_line = 27; gt_col = 65;
  v_55 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_56_0 = gt_retain(v_30);
  p_56_1 = gt_retain(v_33);
  p_56_2 = gt_retain(v_52);
  p_56_3 = gt_retain(v_55);
  gt_line = 28; gt_col = 12;
  v_58 = gt_fill(v_30->dt, 0, v_30->rank, v_30->shape);
  gt_release(v_30); v_30 = 0;
  v_62 = gt_fill(v_52->dt, 0, v_52->rank, v_52->shape);
  gt_release(v_52); v_52 = 0;
  m1_65_0 = gt_retain(v_58);
  m1_65_1 = gt_retain(v_33);
  m1_65_2 = gt_retain(v_62);
  m1_65_3 = gt_retain(v_55);
  gt_release(v_33); v_33 = 0;
  gt_release(v_55); v_55 = 0;
  gt_release(v_58); v_58 = 0;
  gt_release(v_62); v_62 = 0;
  gt_line = 30; gt_col = 16;
  epochs_75 = gt_scalar(I32, 20);
  gt_line = 31; gt_col = 15;
  batch_76 = gt_scalar(I32, 100);
  gt_line = 33; gt_col = 3;
  t_80 = gt_retain(v_2);
  p_81_0 = p_56_0; p_56_0 = 0;
  p_81_1 = p_56_1; p_56_1 = 0;
  p_81_2 = p_56_2; p_56_2 = 0;
  p_81_3 = p_56_3; p_56_3 = 0;
  m1_82_0 = gt_retain(m1_65_0);
  m1_82_1 = gt_retain(m1_65_1);
  m1_82_2 = gt_retain(m1_65_2);
  m1_82_3 = gt_retain(m1_65_3);
  m2_83_0 = gt_retain(m1_65_0);
  m2_83_1 = gt_retain(m1_65_1);
  m2_83_2 = gt_retain(m1_65_2);
  m2_83_3 = gt_retain(m1_65_3);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_75); t1 < t1_end; t1++) {
    epoch_79 = gt_scalar(I32, (double)t1);
    gt_line = 34; gt_col = 17;
    order_86 = gt_permutation(gt_int(epoch_79), gt_int(v_3));
    gt_line = 35; gt_col = 18;
    v_88 = gt_scalar(I32, 15);
    gt_line = 35; gt_col = 5;
    t_90 = t_80; t_80 = 0;
    p_91_0 = p_81_0; p_81_0 = 0;
    p_91_1 = p_81_1; p_81_1 = 0;
    p_91_2 = p_81_2; p_81_2 = 0;
    p_91_3 = p_81_3; p_81_3 = 0;
    m1_92_0 = m1_82_0; m1_82_0 = 0;
    m1_92_1 = m1_82_1; m1_82_1 = 0;
    m1_92_2 = m1_82_2; m1_82_2 = 0;
    m1_92_3 = m1_82_3; m1_82_3 = 0;
    m2_93_0 = m2_83_0; m2_83_0 = 0;
    m2_93_1 = m2_83_1; m2_83_1 = 0;
    m2_93_2 = m2_83_2; m2_83_2 = 0;
    m2_93_3 = m2_83_3; m2_83_3 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_88); t2 < t2_end; t2++) {
      k_89 = gt_scalar(I32, (double)t2);
      gt_line = 36; gt_col = 24;
      v_94 = gt_binary(B_MUL, k_89, batch_76);
      gt_line = 36; gt_col = 34;
      v_96 = gt_binary(B_ADD, k_89, v_20);
      v_97 = gt_binary(B_MUL, v_96, batch_76);
      gt_release(v_96); v_96 = 0;
      gt_line = 36; gt_col = 18;
      rows_98 = gt_index(order_86, 1, (gt_spec[]){{1, 1, 1, gt_int(v_94), gt_int(v_97), 1}});
      gt_release(v_94); v_94 = 0;
      gt_release(v_97); v_97 = 0;
      gt_line = 37; gt_col = 16;
      xb_99 = gt_take(v_4, rows_98);
      gt_line = 38; gt_col = 16;
      yb_100 = gt_take(v_7, rows_98);
      gt_release(rows_98); rows_98 = 0;
      gt_line = 39; gt_col = 48;
      { T *t3[4] = {0}; f_dloss(t3, p_91_0, p_91_1, p_91_2, p_91_3, xb_99, yb_100); v_101_0 = t3[0]; v_101_1 = t3[1]; v_101_2 = t3[2]; v_101_3 = t3[3]; }
      gt_release(xb_99); xb_99 = 0;
      gt_release(yb_100); yb_100 = 0;
      gt_line = 53; gt_col = 49;
      v_137 = gt_retain(v_101_0);
      v_138 = gt_retain(v_101_1);
      v_139 = gt_retain(v_101_2);
      v_140 = gt_retain(v_101_3);
      gt_release(v_101_0); v_101_0 = 0;
      gt_release(v_101_1); v_101_1 = 0;
      gt_release(v_101_2); v_101_2 = 0;
      gt_release(v_101_3); v_101_3 = 0;
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_137->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_142 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_138->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_144 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_139->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_147 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_140->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_150 = r;
      }
      gt_line = 53; gt_col = 28;
      { /* fused: add, add, add, sqrt, convert.f64, add, div */
        const float *restrict p1 = (const float *)v_142->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_144->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_147->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_150->p;
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
        v_156 = r;
      }
      gt_release(v_142); v_142 = 0;
      gt_release(v_144); v_144 = 0;
      gt_release(v_147); v_147 = 0;
      gt_release(v_150); v_150 = 0;
      gt_line = 40; gt_col = 7;
      v_105 = gt_binary(B_ADD, t_90, v_20);
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_105->p;
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
        v_180 = r;
      }
      gt_line = 36; gt_col = 31;
      v_184 = gt_retain(p_91_0);
      v_185 = gt_retain(p_91_1);
      v_186 = gt_retain(p_91_2);
      v_187 = gt_retain(p_91_3);
      v_189 = gt_retain(m1_92_0);
      gt_line = 36; gt_col = 12;
      v_191 = gt_retain(m1_92_1);
      v_193 = gt_retain(m1_92_2);
      v_195 = gt_retain(m1_92_3);
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_189->p;
        const float *restrict p3 = (const float *)v_137->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_215 = r;
      }
      gt_release(v_189); v_189 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_191->p;
        const float *restrict p3 = (const float *)v_138->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_218 = r;
      }
      gt_release(v_191); v_191 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_193->p;
        const float *restrict p3 = (const float *)v_139->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_221 = r;
      }
      gt_release(v_193); v_193 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_195->p;
        const float *restrict p3 = (const float *)v_140->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_224 = r;
      }
      gt_release(v_195); v_195 = 0;
      gt_line = 36; gt_col = 12;
      m2_225_0 = gt_retain(v_215);
      m2_225_1 = gt_retain(v_218);
      m2_225_2 = gt_retain(v_221);
      m2_225_3 = gt_retain(v_224);
      gt_line = 37; gt_col = 33;
      v_232 = gt_retain(m2_93_0);
      gt_line = 37; gt_col = 12;
      v_234 = gt_retain(m2_93_1);
      v_236 = gt_retain(m2_93_2);
      v_238 = gt_retain(m2_93_3);
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_232->p;
        const float *restrict p3 = (const float *)v_137->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_267 = r;
      }
      gt_release(v_137); v_137 = 0;
      gt_release(v_232); v_232 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_234->p;
        const float *restrict p3 = (const float *)v_138->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_270 = r;
      }
      gt_release(v_138); v_138 = 0;
      gt_release(v_234); v_234 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_236->p;
        const float *restrict p3 = (const float *)v_139->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_273 = r;
      }
      gt_release(v_139); v_139 = 0;
      gt_release(v_236); v_236 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_238->p;
        const float *restrict p3 = (const float *)v_140->p;
        const double *restrict p4 = (const double *)v_156->p;
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
        v_276 = r;
      }
      gt_release(v_140); v_140 = 0;
      gt_release(v_156); v_156 = 0;
      gt_release(v_238); v_238 = 0;
      gt_line = 37; gt_col = 12;
      v2_277_0 = gt_retain(v_267);
      v2_277_1 = gt_retain(v_270);
      v2_277_2 = gt_retain(v_273);
      v2_277_3 = gt_retain(v_276);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_105->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_281 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_105->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_300 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_184->p;
        const double *restrict p2 = (const double *)v_180->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_215->p;
        const double *restrict p7 = (const double *)v_281->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_267->p;
        const double *restrict p13 = (const double *)v_300->p;
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
        v_369 = r;
      }
      gt_release(v_184); v_184 = 0;
      gt_release(v_215); v_215 = 0;
      gt_release(v_267); v_267 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_185->p;
        const double *restrict p2 = (const double *)v_180->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_218->p;
        const double *restrict p7 = (const double *)v_281->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_270->p;
        const double *restrict p13 = (const double *)v_300->p;
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
        v_372 = r;
      }
      gt_release(v_185); v_185 = 0;
      gt_release(v_218); v_218 = 0;
      gt_release(v_270); v_270 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_186->p;
        const double *restrict p2 = (const double *)v_180->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_221->p;
        const double *restrict p7 = (const double *)v_281->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_273->p;
        const double *restrict p13 = (const double *)v_300->p;
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
        v_375 = r;
      }
      gt_release(v_186); v_186 = 0;
      gt_release(v_221); v_221 = 0;
      gt_release(v_273); v_273 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_187->p;
        const double *restrict p2 = (const double *)v_180->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_224->p;
        const double *restrict p7 = (const double *)v_281->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_276->p;
        const double *restrict p13 = (const double *)v_300->p;
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
        v_378 = r;
      }
      gt_release(v_180); v_180 = 0;
      gt_release(v_187); v_187 = 0;
      gt_release(v_224); v_224 = 0;
      gt_release(v_276); v_276 = 0;
      gt_release(v_281); v_281 = 0;
      gt_release(v_300); v_300 = 0;
      gt_line = 40; gt_col = 11;
      v_379_0 = gt_retain(v_369);
      v_379_1 = gt_retain(v_372);
      v_379_2 = gt_retain(v_375);
      v_379_3 = gt_retain(v_378);
      gt_release(v_369); v_369 = 0;
      gt_release(v_372); v_372 = 0;
      gt_release(v_375); v_375 = 0;
      gt_release(v_378); v_378 = 0;
      T *t4 = gt_retain(v_105);
      T *t5 = gt_retain(v_379_0);
      T *t6 = gt_retain(v_379_1);
      T *t7 = gt_retain(v_379_2);
      T *t8 = gt_retain(v_379_3);
      T *t9 = gt_retain(m2_225_0);
      T *t10 = gt_retain(m2_225_1);
      T *t11 = gt_retain(m2_225_2);
      T *t12 = gt_retain(m2_225_3);
      T *t13 = gt_retain(v2_277_0);
      T *t14 = gt_retain(v2_277_1);
      T *t15 = gt_retain(v2_277_2);
      T *t16 = gt_retain(v2_277_3);
      gt_release(t_90);
      gt_release(p_91_0);
      gt_release(p_91_1);
      gt_release(p_91_2);
      gt_release(p_91_3);
      gt_release(m1_92_0);
      gt_release(m1_92_1);
      gt_release(m1_92_2);
      gt_release(m1_92_3);
      gt_release(m2_93_0);
      gt_release(m2_93_1);
      gt_release(m2_93_2);
      gt_release(m2_93_3);
      t_90 = t4;
      p_91_0 = t5;
      p_91_1 = t6;
      p_91_2 = t7;
      p_91_3 = t8;
      m1_92_0 = t9;
      m1_92_1 = t10;
      m1_92_2 = t11;
      m1_92_3 = t12;
      m2_93_0 = t13;
      m2_93_1 = t14;
      m2_93_2 = t15;
      m2_93_3 = t16;
      gt_release(v_105); v_105 = 0;
      gt_release(m2_225_0); m2_225_0 = 0;
      gt_release(m2_225_1); m2_225_1 = 0;
      gt_release(m2_225_2); m2_225_2 = 0;
      gt_release(m2_225_3); m2_225_3 = 0;
      gt_release(v2_277_0); v2_277_0 = 0;
      gt_release(v2_277_1); v2_277_1 = 0;
      gt_release(v2_277_2); v2_277_2 = 0;
      gt_release(v2_277_3); v2_277_3 = 0;
      gt_release(v_379_0); v_379_0 = 0;
      gt_release(v_379_1); v_379_1 = 0;
      gt_release(v_379_2); v_379_2 = 0;
      gt_release(v_379_3); v_379_3 = 0;
      gt_release(k_89); k_89 = 0;
    }
    t_114 = t_90; t_90 = 0;
    p_115_0 = p_91_0; p_91_0 = 0;
    p_115_1 = p_91_1; p_91_1 = 0;
    p_115_2 = p_91_2; p_91_2 = 0;
    p_115_3 = p_91_3; p_91_3 = 0;
    m1_116_0 = m1_92_0; m1_92_0 = 0;
    m1_116_1 = m1_92_1; m1_92_1 = 0;
    m1_116_2 = m1_92_2; m1_92_2 = 0;
    m1_116_3 = m1_92_3; m1_92_3 = 0;
    m2_117_0 = m2_93_0; m2_93_0 = 0;
    m2_117_1 = m2_93_1; m2_93_1 = 0;
    m2_117_2 = m2_93_2; m2_93_2 = 0;
    m2_117_3 = m2_93_3; m2_93_3 = 0;
    gt_release(order_86); order_86 = 0;
    gt_release(v_88); v_88 = 0;
    T *t17 = gt_retain(t_114);
    T *t18 = gt_retain(p_115_0);
    T *t19 = gt_retain(p_115_1);
    T *t20 = gt_retain(p_115_2);
    T *t21 = gt_retain(p_115_3);
    T *t22 = gt_retain(m1_116_0);
    T *t23 = gt_retain(m1_116_1);
    T *t24 = gt_retain(m1_116_2);
    T *t25 = gt_retain(m1_116_3);
    T *t26 = gt_retain(m2_117_0);
    T *t27 = gt_retain(m2_117_1);
    T *t28 = gt_retain(m2_117_2);
    T *t29 = gt_retain(m2_117_3);
    gt_release(t_80);
    gt_release(p_81_0);
    gt_release(p_81_1);
    gt_release(p_81_2);
    gt_release(p_81_3);
    gt_release(m1_82_0);
    gt_release(m1_82_1);
    gt_release(m1_82_2);
    gt_release(m1_82_3);
    gt_release(m2_83_0);
    gt_release(m2_83_1);
    gt_release(m2_83_2);
    gt_release(m2_83_3);
    t_80 = t17;
    p_81_0 = t18;
    p_81_1 = t19;
    p_81_2 = t20;
    p_81_3 = t21;
    m1_82_0 = t22;
    m1_82_1 = t23;
    m1_82_2 = t24;
    m1_82_3 = t25;
    m2_83_0 = t26;
    m2_83_1 = t27;
    m2_83_2 = t28;
    m2_83_3 = t29;
    gt_release(t_114); t_114 = 0;
    gt_release(p_115_0); p_115_0 = 0;
    gt_release(p_115_1); p_115_1 = 0;
    gt_release(p_115_2); p_115_2 = 0;
    gt_release(p_115_3); p_115_3 = 0;
    gt_release(m1_116_0); m1_116_0 = 0;
    gt_release(m1_116_1); m1_116_1 = 0;
    gt_release(m1_116_2); m1_116_2 = 0;
    gt_release(m1_116_3); m1_116_3 = 0;
    gt_release(m2_117_0); m2_117_0 = 0;
    gt_release(m2_117_1); m2_117_1 = 0;
    gt_release(m2_117_2); m2_117_2 = 0;
    gt_release(m2_117_3); m2_117_3 = 0;
    gt_release(epoch_79); epoch_79 = 0;
  }
  t_118 = t_80; t_80 = 0;
  p_119_0 = p_81_0; p_81_0 = 0;
  p_119_1 = p_81_1; p_81_1 = 0;
  p_119_2 = p_81_2; p_81_2 = 0;
  p_119_3 = p_81_3; p_81_3 = 0;
  m1_120_0 = m1_82_0; m1_82_0 = 0;
  m1_120_1 = m1_82_1; m1_82_1 = 0;
  m1_120_2 = m1_82_2; m1_82_2 = 0;
  m1_120_3 = m1_82_3; m1_82_3 = 0;
  m2_121_0 = m2_83_0; m2_83_0 = 0;
  m2_121_1 = m2_83_1; m2_83_1 = 0;
  m2_121_2 = m2_83_2; m2_83_2 = 0;
  m2_121_3 = m2_83_3; m2_83_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_20); v_20 = 0;
  gt_release(p_56_0); p_56_0 = 0;
  gt_release(p_56_1); p_56_1 = 0;
  gt_release(p_56_2); p_56_2 = 0;
  gt_release(p_56_3); p_56_3 = 0;
  gt_release(m1_65_0); m1_65_0 = 0;
  gt_release(m1_65_1); m1_65_1 = 0;
  gt_release(m1_65_2); m1_65_2 = 0;
  gt_release(m1_65_3); m1_65_3 = 0;
  gt_release(epochs_75); epochs_75 = 0;
  gt_release(batch_76); batch_76 = 0;
  gt_release(m1_120_0); m1_120_0 = 0;
  gt_release(m1_120_1); m1_120_1 = 0;
  gt_release(m1_120_2); m1_120_2 = 0;
  gt_release(m1_120_3); m1_120_3 = 0;
  gt_release(m2_121_0); m2_121_0 = 0;
  gt_release(m2_121_1); m2_121_1 = 0;
  gt_release(m2_121_2); m2_121_2 = 0;
  gt_release(m2_121_3); m2_121_3 = 0;
  gt_line = 11; gt_col = 19;
  v_381 = gt_retain(p_119_0);
  gt_line = 11; gt_col = 15;
  v_382 = gt_matmul(v_4, v_381);
  gt_release(v_4); v_4 = 0;
  gt_line = 11; gt_col = 26;
  v_383 = gt_retain(p_119_1);
  gt_line = 11; gt_col = 10;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_382->p;
    const float *restrict p2 = (const float *)v_383->p;
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
    v_385 = r;
  }
  gt_release(v_382); v_382 = 0;
  gt_line = 11; gt_col = 34;
  v_386 = gt_retain(p_119_2);
  gt_line = 11; gt_col = 10;
  v_387 = gt_matmul(v_385, v_386);
  gt_release(v_385); v_385 = 0;
  gt_line = 11; gt_col = 41;
  v_388 = gt_retain(p_119_3);
  gt_release(p_119_0); p_119_0 = 0;
  gt_release(p_119_1); p_119_1 = 0;
  gt_release(p_119_2); p_119_2 = 0;
  gt_release(p_119_3); p_119_3 = 0;
  gt_line = 11; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_387->p;
    const float *restrict p2 = (const float *)v_388->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_389 = r;
  }
  gt_release(v_387); v_387 = 0;
  gt_line = 15; gt_col = 15;
  v_390 = gt_reduce(R_LSE, v_389, 1, -1, 1);
  v_393 = gt_one_hot(v_7, gt_int(v_35), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_35); v_35 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_389->p;
    const float *restrict p2 = (const float *)v_390->p;
    const float *restrict p4 = (const float *)v_393->p;
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
    v_395 = r;
  }
  gt_release(v_389); v_389 = 0;
  gt_release(v_390); v_390 = 0;
  gt_release(v_393); v_393 = 0;
  gt_line = 15; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_395->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_397 = r;
  }
  gt_release(v_395); v_395 = 0;
  gt_line = 47; gt_col = 35;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_397->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_126 = r;
  }
  gt_release(v_397); v_397 = 0;
  gt_line = 47; gt_col = 35;
  gt_print_text("steps", 1);
  gt_print_tensor(t_118, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_126, 0);
  fputc('\n', stdout);
  gt_release(t_118); t_118 = 0;
  gt_release(v_126); v_126 = 0;
  gt_line = 11; gt_col = 15;
  v_399 = gt_matmul(v_9, v_381);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_381); v_381 = 0;
  gt_line = 11; gt_col = 10;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_399->p;
    const float *restrict p2 = (const float *)v_383->p;
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
    v_402 = r;
  }
  gt_release(v_383); v_383 = 0;
  gt_release(v_399); v_399 = 0;
  gt_line = 11; gt_col = 10;
  v_404 = gt_matmul(v_402, v_386);
  gt_release(v_386); v_386 = 0;
  gt_release(v_402); v_402 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_404->p;
    const float *restrict p2 = (const float *)v_388->p;
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
    v_406 = r;
  }
  gt_release(v_388); v_388 = 0;
  gt_release(v_404); v_404 = 0;
  gt_line = 48; gt_col = 33;
  v_128 = gt_argmax(v_406, -1);
  gt_release(v_406); v_406 = 0;
  v_129 = gt_binary(B_EQ, v_128, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_128); v_128 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_129->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_131 = r;
  }
  gt_release(v_129); v_129 = 0;
  gt_line = 48; gt_col = 27;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_131->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)100);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)100);
      z[i] = e4;
    }
    v_135 = r;
  }
  gt_release(v_131); v_131 = 0;
  gt_line = 48; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_135, 0);
  fputc('\n', stdout);
  gt_release(v_135); v_135 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_17);
  gt_release(v_20);
  gt_release(v_29);
  gt_release(v_30);
  gt_release(v_33);
  gt_release(v_35);
  gt_release(v_37);
  gt_release(v_47);
  gt_release(v_52);
  gt_release(v_55);
  gt_release(p_56_0);
  gt_release(p_56_1);
  gt_release(p_56_2);
  gt_release(p_56_3);
  gt_release(v_58);
  gt_release(v_62);
  gt_release(m1_65_0);
  gt_release(m1_65_1);
  gt_release(m1_65_2);
  gt_release(m1_65_3);
  gt_release(epochs_75);
  gt_release(batch_76);
  gt_release(t_118);
  gt_release(p_119_0);
  gt_release(p_119_1);
  gt_release(p_119_2);
  gt_release(p_119_3);
  gt_release(m1_120_0);
  gt_release(m1_120_1);
  gt_release(m1_120_2);
  gt_release(m1_120_3);
  gt_release(m2_121_0);
  gt_release(m2_121_1);
  gt_release(m2_121_2);
  gt_release(m2_121_3);
  gt_release(t_80);
  gt_release(p_81_0);
  gt_release(p_81_1);
  gt_release(p_81_2);
  gt_release(p_81_3);
  gt_release(m1_82_0);
  gt_release(m1_82_1);
  gt_release(m1_82_2);
  gt_release(m1_82_3);
  gt_release(m2_83_0);
  gt_release(m2_83_1);
  gt_release(m2_83_2);
  gt_release(m2_83_3);
  gt_release(epoch_79);
  gt_release(order_86);
  gt_release(v_88);
  gt_release(t_114);
  gt_release(p_115_0);
  gt_release(p_115_1);
  gt_release(p_115_2);
  gt_release(p_115_3);
  gt_release(m1_116_0);
  gt_release(m1_116_1);
  gt_release(m1_116_2);
  gt_release(m1_116_3);
  gt_release(m2_117_0);
  gt_release(m2_117_1);
  gt_release(m2_117_2);
  gt_release(m2_117_3);
  gt_release(t_90);
  gt_release(p_91_0);
  gt_release(p_91_1);
  gt_release(p_91_2);
  gt_release(p_91_3);
  gt_release(m1_92_0);
  gt_release(m1_92_1);
  gt_release(m1_92_2);
  gt_release(m1_92_3);
  gt_release(m2_93_0);
  gt_release(m2_93_1);
  gt_release(m2_93_2);
  gt_release(m2_93_3);
  gt_release(k_89);
  gt_release(v_94);
  gt_release(v_96);
  gt_release(v_97);
  gt_release(rows_98);
  gt_release(xb_99);
  gt_release(yb_100);
  gt_release(v_101_0);
  gt_release(v_101_1);
  gt_release(v_101_2);
  gt_release(v_101_3);
  gt_release(v_137);
  gt_release(v_138);
  gt_release(v_139);
  gt_release(v_140);
  gt_release(v_142);
  gt_release(v_144);
  gt_release(v_147);
  gt_release(v_150);
  gt_release(v_156);
  gt_release(v_105);
  gt_release(v_180);
  gt_release(v_184);
  gt_release(v_185);
  gt_release(v_186);
  gt_release(v_187);
  gt_release(v_189);
  gt_release(v_191);
  gt_release(v_193);
  gt_release(v_195);
  gt_release(v_215);
  gt_release(v_218);
  gt_release(v_221);
  gt_release(v_224);
  gt_release(m2_225_0);
  gt_release(m2_225_1);
  gt_release(m2_225_2);
  gt_release(m2_225_3);
  gt_release(v_232);
  gt_release(v_234);
  gt_release(v_236);
  gt_release(v_238);
  gt_release(v_267);
  gt_release(v_270);
  gt_release(v_273);
  gt_release(v_276);
  gt_release(v2_277_0);
  gt_release(v2_277_1);
  gt_release(v2_277_2);
  gt_release(v2_277_3);
  gt_release(v_281);
  gt_release(v_300);
  gt_release(v_369);
  gt_release(v_372);
  gt_release(v_375);
  gt_release(v_378);
  gt_release(v_379_0);
  gt_release(v_379_1);
  gt_release(v_379_2);
  gt_release(v_379_3);
  gt_release(v_381);
  gt_release(v_382);
  gt_release(v_383);
  gt_release(v_385);
  gt_release(v_386);
  gt_release(v_387);
  gt_release(v_388);
  gt_release(v_389);
  gt_release(v_390);
  gt_release(v_393);
  gt_release(v_395);
  gt_release(v_397);
  gt_release(v_126);
  gt_release(v_399);
  gt_release(v_402);
  gt_release(v_404);
  gt_release(v_406);
  gt_release(v_128);
  gt_release(v_129);
  gt_release(v_131);
  gt_release(v_135);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_41 = 0, *v_42 = 0, *v_43 = 0, *v_45 = 0, *v_46 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_4 = 0, *v_6 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *v_13 = 0, *v_14 = 0, *v_19 = 0, *v_24 = 0, *v_25 = 0, *v_29 = 0, *v_59 = 0, *v_60 = 0, *v_61 = 0, *v_62 = 0, *v_63 = 0, *v_67 = 0, *v_68 = 0, *v_71 = 0, *v_72 = 0, *v_77_0 = 0, *v_77_1 = 0, *v_77_2 = 0, *v_77_3 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64}, {-1, 64}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 64}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 64}, {-1, 10}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 10]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 10}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
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
  return 0;
}
