/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/digits_dropout.grad: Examples/digits.grad's perceptron, wider, trained with dropout",
  "// on its hidden layer and every random number drawn from one key, as in JAX: the initializers",
  "// and each epoch's shuffle take keys split from it, and each step's dropout mask takes",
  "// fold_in(k, step), so a run is reproducible and the gradient's mask is the forward pass's.",
  "// Evaluation passes training: false (dropout is then the identity). Run from the root:",
  "//   gradc run Examples/digits_dropout.grad",
  "",
  "struct MLP { W1: f32[64, 128]; b1: f32[128]; W2: f32[128, 10]; b2: f32[10] }",
  "",
  "fn predict(p: MLP, x: f32[n, 64], k: i32[2], training: bool) -> f32[n, 10] {",
  "  let h = dropout(relu(x @ p.W1 + p.b1), 0.2, k, training: training)",
  "  return h @ p.W2 + p.b2",
  "}",
  "",
  "fn loss(p: MLP, x: f32[n, 64], y: i32[n], k: i32[2]) -> f32 {",
  "  return mean(cross_entropy(predict(p, x, k, true), y))",
  "}",
  "",
  "fn dloss = grad(loss, wrt: p)",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "",
  "  let (init_key, train_key) = split(key(0))",
  "  let (k1, k2) = split(init_key)",
  "  var p = MLP(W1: he_normal([64, 128], key: k1), b1: zeros([128]),",
  "              W2: glorot_uniform([128, 10], key: k2), b2: zeros([10]))",
  "  var m1 = zeros_like(p)",
  "  var m2 = zeros_like(p)",
  "  let epochs = 20",
  "  let batch = 100",
  "  var t = 0",
  "  for epoch in 0..<epochs {",
  "    let (shuffle_key, dropout_key) = split(fold_in(train_key, epoch))",
  "    let order = permutation(1500, key: shuffle_key)",
  "    for k in 0..<15 {",
  "      let rows = order[k * batch:(k + 1) * batch]",
  "      let g = clip_by_global_norm(dloss(p, take(train_x, rows), take(train_y, rows), fold_in(dropout_key, k)), 5.0)",
  "      t += 1",
  "      let (p2, n1, n2) = adam(p, g, m1, m2, t, cosine_lr(0.01, t, epochs * 15))",
  "      p = p2",
  "      m1 = n1",
  "      m2 = n2",
  "    }",
  "  }",
  "  let k = key(0)          // not used when training is false",
  "  print(\"steps\", t, \"train accuracy\", round(accuracy(predict(p, train_x, k, false), train_y), 3))",
  "  print(\"test accuracy:\", round(accuracy(predict(p, test_x, k, false), test_y), 3))",
  "  // expect: steps 300 train accuracy 0.997",
  "  // expect: test accuracy: 0.983",
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
static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0, T *a3_0);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_26 = 0, *v_30 = 0, *v_31 = 0, *v_39 = 0, *v_41 = 0, *v_45 = 0, *v_46 = 0, *v_55 = 0, *v_56 = 0, *v_58 = 0, *v_59 = 0, *v_61 = 0, *v_71 = 0, *v_76 = 0, *v_79 = 0, *p_80_0 = 0, *p_80_1 = 0, *p_80_2 = 0, *p_80_3 = 0, *v_82 = 0, *v_84 = 0, *v_86 = 0, *m1_89_0 = 0, *m1_89_1 = 0, *m1_89_2 = 0, *m1_89_3 = 0, *epochs_99 = 0, *batch_100 = 0, *t_153 = 0, *p_154_0 = 0, *p_154_1 = 0, *p_154_2 = 0, *p_154_3 = 0, *m1_155_0 = 0, *m1_155_1 = 0, *m1_155_2 = 0, *m1_155_3 = 0, *m2_156_0 = 0, *m2_156_1 = 0, *m2_156_2 = 0, *m2_156_3 = 0, *t_104 = 0, *p_105_0 = 0, *p_105_1 = 0, *p_105_2 = 0, *p_105_3 = 0, *m1_106_0 = 0, *m1_106_1 = 0, *m1_106_2 = 0, *m1_106_3 = 0, *m2_107_0 = 0, *m2_107_1 = 0, *m2_107_2 = 0, *m2_107_3 = 0, *epoch_103 = 0, *v_108 = 0, *v_111 = 0, *v_113 = 0, *v_115 = 0, *order_120 = 0, *v_122 = 0, *t_149 = 0, *p_150_0 = 0, *p_150_1 = 0, *p_150_2 = 0, *p_150_3 = 0, *m1_151_0 = 0, *m1_151_1 = 0, *m1_151_2 = 0, *m1_151_3 = 0, *m2_152_0 = 0, *m2_152_1 = 0, *m2_152_2 = 0, *m2_152_3 = 0, *t_124 = 0, *p_125_0 = 0, *p_125_1 = 0, *p_125_2 = 0, *p_125_3 = 0, *m1_126_0 = 0, *m1_126_1 = 0, *m1_126_2 = 0, *m1_126_3 = 0, *m2_127_0 = 0, *m2_127_1 = 0, *m2_127_2 = 0, *m2_127_3 = 0, *k_123 = 0, *v_128 = 0, *v_130 = 0, *v_131 = 0, *rows_132 = 0, *v_133 = 0, *v_134 = 0, *v_135 = 0, *v_136_0 = 0, *v_136_1 = 0, *v_136_2 = 0, *v_136_3 = 0, *v_186 = 0, *v_187 = 0, *v_188 = 0, *v_189 = 0, *v_191 = 0, *v_193 = 0, *v_196 = 0, *v_199 = 0, *v_205 = 0, *v_140 = 0, *v_229 = 0, *v_233 = 0, *v_234 = 0, *v_235 = 0, *v_236 = 0, *v_238 = 0, *v_240 = 0, *v_242 = 0, *v_244 = 0, *v_264 = 0, *v_267 = 0, *v_270 = 0, *v_273 = 0, *m2_274_0 = 0, *m2_274_1 = 0, *m2_274_2 = 0, *m2_274_3 = 0, *v_281 = 0, *v_283 = 0, *v_285 = 0, *v_287 = 0, *v_316 = 0, *v_319 = 0, *v_322 = 0, *v_325 = 0, *v2_326_0 = 0, *v2_326_1 = 0, *v2_326_2 = 0, *v2_326_3 = 0, *v_330 = 0, *v_349 = 0, *v_418 = 0, *v_421 = 0, *v_424 = 0, *v_427 = 0, *v_428_0 = 0, *v_428_1 = 0, *v_428_2 = 0, *v_428_3 = 0, *v_430 = 0, *v_431 = 0, *v_432 = 0, *v_434 = 0, *v_449 = 0, *v_450 = 0, *v_451 = 0, *v_452 = 0, *v_167 = 0, *v_168 = 0, *v_170 = 0, *v_174 = 0, *v_454 = 0, *v_457 = 0, *v_473 = 0, *v_475 = 0, *v_177 = 0, *v_178 = 0, *v_180 = 0, *v_184 = 0;
  (void)out;
  gt_line = 22; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 23; gt_col = 19;
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
  gt_line = 26; gt_col = 41;
  v_26 = gt_const(I32, 1, (int64_t[]){2}, (double[]){0, 1});
  v_30 = gt_scalar(I32, 1);
  v_31 = gt_const(I32, 1, (int64_t[]){2}, (double[]){1853398634, -1581685260});
  gt_line = 27; gt_col = 18;
  v_39 = gt_const(I32, 1, (int64_t[]){2}, (double[]){1451924235, 439092716});
  v_41 = gt_const(I32, 1, (int64_t[]){2}, (double[]){1155905713, 1206874507});
  gt_line = 28; gt_col = 30;
  v_45 = gt_scalar(I32, 64);
  gt_line = 28; gt_col = 34;
  v_46 = gt_scalar(I32, 128);
  gt_line = 28; gt_col = 19;
  v_55 = gt_random(1, F32, gt_seed(v_39), 2, (int64_t[]){gt_int(v_45), gt_int(v_46)});
  gt_release(v_39); v_39 = 0;
  gt_release(v_45); v_45 = 0;
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_55->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 128});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 8192; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    v_56 = r;
  }
  gt_release(v_55); v_55 = 0;
  gt_line = 28; gt_col = 61;
  v_58 = gt_scalar(F32, 0);
  gt_line = 28; gt_col = 54;
  v_59 = gt_fill(F32, gt_get(v_58, 0), 1, (int64_t[]){gt_int(v_46)});
  gt_release(v_58); v_58 = 0;
  gt_line = 29; gt_col = 40;
  v_61 = gt_scalar(I32, 10);
  gt_line = 29; gt_col = 19;
  v_71 = gt_random(0, F32, gt_seed(v_41), 2, (int64_t[]){gt_int(v_46), gt_int(v_61)});
  gt_release(v_41); v_41 = 0;
  gt_release(v_46); v_46 = 0;
  gt_release(v_61); v_61 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_71->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1280; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.20851442217826843);
      z[i] = e4;
    }
    v_76 = r;
  }
  gt_release(v_71); v_71 = 0;
  gt_line = 29; gt_col = 66;
  v_79 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_80_0 = gt_retain(v_56);
  p_80_1 = gt_retain(v_59);
  p_80_2 = gt_retain(v_76);
  p_80_3 = gt_retain(v_79);
  gt_line = 30; gt_col = 12;
  v_82 = gt_fill(v_56->dt, 0, v_56->rank, v_56->shape);
  gt_release(v_56); v_56 = 0;
  v_84 = gt_fill(v_59->dt, 0, v_59->rank, v_59->shape);
  gt_release(v_59); v_59 = 0;
  v_86 = gt_fill(v_76->dt, 0, v_76->rank, v_76->shape);
  gt_release(v_76); v_76 = 0;
  m1_89_0 = gt_retain(v_82);
  m1_89_1 = gt_retain(v_84);
  m1_89_2 = gt_retain(v_86);
  m1_89_3 = gt_retain(v_79);
  gt_release(v_79); v_79 = 0;
  gt_release(v_82); v_82 = 0;
  gt_release(v_84); v_84 = 0;
  gt_release(v_86); v_86 = 0;
  gt_line = 32; gt_col = 16;
  epochs_99 = gt_scalar(I32, 20);
  gt_line = 33; gt_col = 15;
  batch_100 = gt_scalar(I32, 100);
  gt_line = 35; gt_col = 3;
  t_104 = gt_retain(v_2);
  p_105_0 = p_80_0; p_80_0 = 0;
  p_105_1 = p_80_1; p_80_1 = 0;
  p_105_2 = p_80_2; p_80_2 = 0;
  p_105_3 = p_80_3; p_80_3 = 0;
  m1_106_0 = gt_retain(m1_89_0);
  m1_106_1 = gt_retain(m1_89_1);
  m1_106_2 = gt_retain(m1_89_2);
  m1_106_3 = gt_retain(m1_89_3);
  m2_107_0 = gt_retain(m1_89_0);
  m2_107_1 = gt_retain(m1_89_1);
  m2_107_2 = gt_retain(m1_89_2);
  m2_107_3 = gt_retain(m1_89_3);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_99); t1 < t1_end; t1++) {
    epoch_103 = gt_scalar(I32, (double)t1);
    gt_line = 36; gt_col = 44;
    v_108 = gt_fold_in(v_31, epoch_103);
    gt_line = 36; gt_col = 38;
    v_111 = gt_fold_in(v_108, v_26);
    gt_release(v_108); v_108 = 0;
    v_113 = gt_index(v_111, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
    v_115 = gt_index(v_111, 1, (gt_spec[]){{0, 0, 0, gt_int(v_30), 0, 1}});
    gt_release(v_111); v_111 = 0;
    gt_line = 37; gt_col = 17;
    order_120 = gt_permutation(gt_seed(v_113), gt_int(v_3));
    gt_release(v_113); v_113 = 0;
    gt_line = 38; gt_col = 18;
    v_122 = gt_scalar(I32, 15);
    gt_line = 38; gt_col = 5;
    t_124 = t_104; t_104 = 0;
    p_125_0 = p_105_0; p_105_0 = 0;
    p_125_1 = p_105_1; p_105_1 = 0;
    p_125_2 = p_105_2; p_105_2 = 0;
    p_125_3 = p_105_3; p_105_3 = 0;
    m1_126_0 = m1_106_0; m1_106_0 = 0;
    m1_126_1 = m1_106_1; m1_106_1 = 0;
    m1_126_2 = m1_106_2; m1_106_2 = 0;
    m1_126_3 = m1_106_3; m1_106_3 = 0;
    m2_127_0 = m2_107_0; m2_107_0 = 0;
    m2_127_1 = m2_107_1; m2_107_1 = 0;
    m2_127_2 = m2_107_2; m2_107_2 = 0;
    m2_127_3 = m2_107_3; m2_107_3 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_122); t2 < t2_end; t2++) {
      k_123 = gt_scalar(I32, (double)t2);
      gt_line = 39; gt_col = 24;
      v_128 = gt_binary(B_MUL, k_123, batch_100);
      gt_line = 39; gt_col = 34;
      v_130 = gt_binary(B_ADD, k_123, v_30);
      v_131 = gt_binary(B_MUL, v_130, batch_100);
      gt_release(v_130); v_130 = 0;
      gt_line = 39; gt_col = 18;
      rows_132 = gt_index(order_120, 1, (gt_spec[]){{1, 1, 1, gt_int(v_128), gt_int(v_131), 1}});
      gt_release(v_128); v_128 = 0;
      gt_release(v_131); v_131 = 0;
      gt_line = 40; gt_col = 44;
      v_133 = gt_take(v_4, rows_132);
      gt_line = 40; gt_col = 65;
      v_134 = gt_take(v_7, rows_132);
      gt_release(rows_132); rows_132 = 0;
      gt_line = 40; gt_col = 86;
      v_135 = gt_fold_in(v_115, k_123);
      { T *t3[4] = {0}; f_dloss(t3, p_125_0, p_125_1, p_125_2, p_125_3, v_133, v_134, v_135); v_136_0 = t3[0]; v_136_1 = t3[1]; v_136_2 = t3[2]; v_136_3 = t3[3]; }
      gt_release(v_133); v_133 = 0;
      gt_release(v_134); v_134 = 0;
      gt_release(v_135); v_135 = 0;
      gt_line = 53; gt_col = 49;
      v_186 = gt_retain(v_136_0);
      v_187 = gt_retain(v_136_1);
      v_188 = gt_retain(v_136_2);
      v_189 = gt_retain(v_136_3);
      gt_release(v_136_0); v_136_0 = 0;
      gt_release(v_136_1); v_136_1 = 0;
      gt_release(v_136_2); v_136_2 = 0;
      gt_release(v_136_3); v_136_3 = 0;
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_186->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 8192; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_191 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_187->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 128; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_193 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_188->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_196 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_189->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_199 = r;
      }
      gt_line = 53; gt_col = 28;
      { /* fused: add, add, add, sqrt, convert.f64, add, div */
        const float *restrict p1 = (const float *)v_191->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_193->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_196->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_199->p;
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
        v_205 = r;
      }
      gt_release(v_191); v_191 = 0;
      gt_release(v_193); v_193 = 0;
      gt_release(v_196); v_196 = 0;
      gt_release(v_199); v_199 = 0;
      gt_line = 41; gt_col = 7;
      v_140 = gt_binary(B_ADD, t_124, v_30);
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_140->p;
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
        v_229 = r;
      }
      gt_line = 36; gt_col = 31;
      v_233 = gt_retain(p_125_0);
      v_234 = gt_retain(p_125_1);
      v_235 = gt_retain(p_125_2);
      v_236 = gt_retain(p_125_3);
      v_238 = gt_retain(m1_126_0);
      gt_line = 36; gt_col = 12;
      v_240 = gt_retain(m1_126_1);
      v_242 = gt_retain(m1_126_2);
      v_244 = gt_retain(m1_126_3);
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_238->p;
        const float *restrict p3 = (const float *)v_186->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 8192; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_264 = r;
      }
      gt_release(v_238); v_238 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_240->p;
        const float *restrict p3 = (const float *)v_187->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 128; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_267 = r;
      }
      gt_release(v_240); v_240 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_242->p;
        const float *restrict p3 = (const float *)v_188->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * ((float)0.10000000149011612);
          const float e9 = e2 + e8;
          z[i] = e9;
        }
        v_270 = r;
      }
      gt_release(v_242); v_242 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_244->p;
        const float *restrict p3 = (const float *)v_189->p;
        const double *restrict p4 = (const double *)v_205->p;
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
        v_273 = r;
      }
      gt_release(v_244); v_244 = 0;
      gt_line = 36; gt_col = 12;
      m2_274_0 = gt_retain(v_264);
      m2_274_1 = gt_retain(v_267);
      m2_274_2 = gt_retain(v_270);
      m2_274_3 = gt_retain(v_273);
      gt_line = 37; gt_col = 33;
      v_281 = gt_retain(m2_127_0);
      gt_line = 37; gt_col = 12;
      v_283 = gt_retain(m2_127_1);
      v_285 = gt_retain(m2_127_2);
      v_287 = gt_retain(m2_127_3);
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_281->p;
        const float *restrict p3 = (const float *)v_186->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 8192; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_316 = r;
      }
      gt_release(v_186); v_186 = 0;
      gt_release(v_281); v_281 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_283->p;
        const float *restrict p3 = (const float *)v_187->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 128; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_319 = r;
      }
      gt_release(v_187); v_187 = 0;
      gt_release(v_283); v_283 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_285->p;
        const float *restrict p3 = (const float *)v_188->p;
        const double *restrict p4 = (const double *)v_205->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = (1.0 != 1.0 || p4v != p4v ? NAN : (1.0 < p4v ? 1.0 : p4v));
          const float e6 = (float)e5;
          const float e7 = p3[i] * e6;
          const float e8 = e7 * e7;
          const float e9 = e8 * ((float)0.0010000000474974513);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_322 = r;
      }
      gt_release(v_188); v_188 = 0;
      gt_release(v_285); v_285 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_287->p;
        const float *restrict p3 = (const float *)v_189->p;
        const double *restrict p4 = (const double *)v_205->p;
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
        v_325 = r;
      }
      gt_release(v_189); v_189 = 0;
      gt_release(v_205); v_205 = 0;
      gt_release(v_287); v_287 = 0;
      gt_line = 37; gt_col = 12;
      v2_326_0 = gt_retain(v_316);
      v2_326_1 = gt_retain(v_319);
      v2_326_2 = gt_retain(v_322);
      v2_326_3 = gt_retain(v_325);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_140->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_330 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_140->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_349 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_233->p;
        const double *restrict p2 = (const double *)v_229->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_264->p;
        const double *restrict p7 = (const double *)v_330->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_316->p;
        const double *restrict p13 = (const double *)v_349->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 8192; i++) {
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
        v_418 = r;
      }
      gt_release(v_233); v_233 = 0;
      gt_release(v_264); v_264 = 0;
      gt_release(v_316); v_316 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_234->p;
        const double *restrict p2 = (const double *)v_229->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_267->p;
        const double *restrict p7 = (const double *)v_330->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_319->p;
        const double *restrict p13 = (const double *)v_349->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){128});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 128; i++) {
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
        v_421 = r;
      }
      gt_release(v_234); v_234 = 0;
      gt_release(v_267); v_267 = 0;
      gt_release(v_319); v_319 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_235->p;
        const double *restrict p2 = (const double *)v_229->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_270->p;
        const double *restrict p7 = (const double *)v_330->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_322->p;
        const double *restrict p13 = (const double *)v_349->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 1280; i++) {
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
        v_424 = r;
      }
      gt_release(v_235); v_235 = 0;
      gt_release(v_270); v_270 = 0;
      gt_release(v_322); v_322 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_236->p;
        const double *restrict p2 = (const double *)v_229->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_273->p;
        const double *restrict p7 = (const double *)v_330->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_325->p;
        const double *restrict p13 = (const double *)v_349->p;
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
        v_427 = r;
      }
      gt_release(v_229); v_229 = 0;
      gt_release(v_236); v_236 = 0;
      gt_release(v_273); v_273 = 0;
      gt_release(v_325); v_325 = 0;
      gt_release(v_330); v_330 = 0;
      gt_release(v_349); v_349 = 0;
      gt_line = 40; gt_col = 11;
      v_428_0 = gt_retain(v_418);
      v_428_1 = gt_retain(v_421);
      v_428_2 = gt_retain(v_424);
      v_428_3 = gt_retain(v_427);
      gt_release(v_418); v_418 = 0;
      gt_release(v_421); v_421 = 0;
      gt_release(v_424); v_424 = 0;
      gt_release(v_427); v_427 = 0;
      T *t4 = gt_retain(v_140);
      T *t5 = gt_retain(v_428_0);
      T *t6 = gt_retain(v_428_1);
      T *t7 = gt_retain(v_428_2);
      T *t8 = gt_retain(v_428_3);
      T *t9 = gt_retain(m2_274_0);
      T *t10 = gt_retain(m2_274_1);
      T *t11 = gt_retain(m2_274_2);
      T *t12 = gt_retain(m2_274_3);
      T *t13 = gt_retain(v2_326_0);
      T *t14 = gt_retain(v2_326_1);
      T *t15 = gt_retain(v2_326_2);
      T *t16 = gt_retain(v2_326_3);
      gt_release(t_124);
      gt_release(p_125_0);
      gt_release(p_125_1);
      gt_release(p_125_2);
      gt_release(p_125_3);
      gt_release(m1_126_0);
      gt_release(m1_126_1);
      gt_release(m1_126_2);
      gt_release(m1_126_3);
      gt_release(m2_127_0);
      gt_release(m2_127_1);
      gt_release(m2_127_2);
      gt_release(m2_127_3);
      t_124 = t4;
      p_125_0 = t5;
      p_125_1 = t6;
      p_125_2 = t7;
      p_125_3 = t8;
      m1_126_0 = t9;
      m1_126_1 = t10;
      m1_126_2 = t11;
      m1_126_3 = t12;
      m2_127_0 = t13;
      m2_127_1 = t14;
      m2_127_2 = t15;
      m2_127_3 = t16;
      gt_release(v_140); v_140 = 0;
      gt_release(m2_274_0); m2_274_0 = 0;
      gt_release(m2_274_1); m2_274_1 = 0;
      gt_release(m2_274_2); m2_274_2 = 0;
      gt_release(m2_274_3); m2_274_3 = 0;
      gt_release(v2_326_0); v2_326_0 = 0;
      gt_release(v2_326_1); v2_326_1 = 0;
      gt_release(v2_326_2); v2_326_2 = 0;
      gt_release(v2_326_3); v2_326_3 = 0;
      gt_release(v_428_0); v_428_0 = 0;
      gt_release(v_428_1); v_428_1 = 0;
      gt_release(v_428_2); v_428_2 = 0;
      gt_release(v_428_3); v_428_3 = 0;
      gt_release(k_123); k_123 = 0;
    }
    t_149 = t_124; t_124 = 0;
    p_150_0 = p_125_0; p_125_0 = 0;
    p_150_1 = p_125_1; p_125_1 = 0;
    p_150_2 = p_125_2; p_125_2 = 0;
    p_150_3 = p_125_3; p_125_3 = 0;
    m1_151_0 = m1_126_0; m1_126_0 = 0;
    m1_151_1 = m1_126_1; m1_126_1 = 0;
    m1_151_2 = m1_126_2; m1_126_2 = 0;
    m1_151_3 = m1_126_3; m1_126_3 = 0;
    m2_152_0 = m2_127_0; m2_127_0 = 0;
    m2_152_1 = m2_127_1; m2_127_1 = 0;
    m2_152_2 = m2_127_2; m2_127_2 = 0;
    m2_152_3 = m2_127_3; m2_127_3 = 0;
    gt_release(v_115); v_115 = 0;
    gt_release(order_120); order_120 = 0;
    gt_release(v_122); v_122 = 0;
    T *t17 = gt_retain(t_149);
    T *t18 = gt_retain(p_150_0);
    T *t19 = gt_retain(p_150_1);
    T *t20 = gt_retain(p_150_2);
    T *t21 = gt_retain(p_150_3);
    T *t22 = gt_retain(m1_151_0);
    T *t23 = gt_retain(m1_151_1);
    T *t24 = gt_retain(m1_151_2);
    T *t25 = gt_retain(m1_151_3);
    T *t26 = gt_retain(m2_152_0);
    T *t27 = gt_retain(m2_152_1);
    T *t28 = gt_retain(m2_152_2);
    T *t29 = gt_retain(m2_152_3);
    gt_release(t_104);
    gt_release(p_105_0);
    gt_release(p_105_1);
    gt_release(p_105_2);
    gt_release(p_105_3);
    gt_release(m1_106_0);
    gt_release(m1_106_1);
    gt_release(m1_106_2);
    gt_release(m1_106_3);
    gt_release(m2_107_0);
    gt_release(m2_107_1);
    gt_release(m2_107_2);
    gt_release(m2_107_3);
    t_104 = t17;
    p_105_0 = t18;
    p_105_1 = t19;
    p_105_2 = t20;
    p_105_3 = t21;
    m1_106_0 = t22;
    m1_106_1 = t23;
    m1_106_2 = t24;
    m1_106_3 = t25;
    m2_107_0 = t26;
    m2_107_1 = t27;
    m2_107_2 = t28;
    m2_107_3 = t29;
    gt_release(t_149); t_149 = 0;
    gt_release(p_150_0); p_150_0 = 0;
    gt_release(p_150_1); p_150_1 = 0;
    gt_release(p_150_2); p_150_2 = 0;
    gt_release(p_150_3); p_150_3 = 0;
    gt_release(m1_151_0); m1_151_0 = 0;
    gt_release(m1_151_1); m1_151_1 = 0;
    gt_release(m1_151_2); m1_151_2 = 0;
    gt_release(m1_151_3); m1_151_3 = 0;
    gt_release(m2_152_0); m2_152_0 = 0;
    gt_release(m2_152_1); m2_152_1 = 0;
    gt_release(m2_152_2); m2_152_2 = 0;
    gt_release(m2_152_3); m2_152_3 = 0;
    gt_release(epoch_103); epoch_103 = 0;
  }
  t_153 = t_104; t_104 = 0;
  p_154_0 = p_105_0; p_105_0 = 0;
  p_154_1 = p_105_1; p_105_1 = 0;
  p_154_2 = p_105_2; p_105_2 = 0;
  p_154_3 = p_105_3; p_105_3 = 0;
  m1_155_0 = m1_106_0; m1_106_0 = 0;
  m1_155_1 = m1_106_1; m1_106_1 = 0;
  m1_155_2 = m1_106_2; m1_106_2 = 0;
  m1_155_3 = m1_106_3; m1_106_3 = 0;
  m2_156_0 = m2_107_0; m2_107_0 = 0;
  m2_156_1 = m2_107_1; m2_107_1 = 0;
  m2_156_2 = m2_107_2; m2_107_2 = 0;
  m2_156_3 = m2_107_3; m2_107_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_26); v_26 = 0;
  gt_release(v_30); v_30 = 0;
  gt_release(v_31); v_31 = 0;
  gt_release(p_80_0); p_80_0 = 0;
  gt_release(p_80_1); p_80_1 = 0;
  gt_release(p_80_2); p_80_2 = 0;
  gt_release(p_80_3); p_80_3 = 0;
  gt_release(m1_89_0); m1_89_0 = 0;
  gt_release(m1_89_1); m1_89_1 = 0;
  gt_release(m1_89_2); m1_89_2 = 0;
  gt_release(m1_89_3); m1_89_3 = 0;
  gt_release(epochs_99); epochs_99 = 0;
  gt_release(batch_100); batch_100 = 0;
  gt_release(m1_155_0); m1_155_0 = 0;
  gt_release(m1_155_1); m1_155_1 = 0;
  gt_release(m1_155_2); m1_155_2 = 0;
  gt_release(m1_155_3); m1_155_3 = 0;
  gt_release(m2_156_0); m2_156_0 = 0;
  gt_release(m2_156_1); m2_156_1 = 0;
  gt_release(m2_156_2); m2_156_2 = 0;
  gt_release(m2_156_3); m2_156_3 = 0;
  gt_line = 11; gt_col = 28;
  v_430 = gt_retain(p_154_0);
  gt_line = 11; gt_col = 24;
  v_431 = gt_matmul(v_4, v_430);
  gt_release(v_4); v_4 = 0;
  gt_line = 11; gt_col = 35;
  v_432 = gt_retain(p_154_1);
  gt_line = 11; gt_col = 19;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_431->p;
    const float *restrict p2 = (const float *)v_432->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 128});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(192000)
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 128; j++) {
        const int64_t i = o * 128 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_434 = r;
  }
  gt_release(v_431); v_431 = 0;
  gt_line = 12; gt_col = 14;
  v_449 = gt_retain(p_154_2);
  gt_line = 12; gt_col = 10;
  v_450 = gt_matmul(v_434, v_449);
  gt_release(v_434); v_434 = 0;
  gt_line = 12; gt_col = 21;
  v_451 = gt_retain(p_154_3);
  gt_release(p_154_0); p_154_0 = 0;
  gt_release(p_154_1); p_154_1 = 0;
  gt_release(p_154_2); p_154_2 = 0;
  gt_release(p_154_3); p_154_3 = 0;
  gt_line = 12; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_450->p;
    const float *restrict p2 = (const float *)v_451->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_452 = r;
  }
  gt_release(v_450); v_450 = 0;
  gt_line = 49; gt_col = 45;
  v_167 = gt_argmax(v_452, -1);
  gt_release(v_452); v_452 = 0;
  v_168 = gt_binary(B_EQ, v_167, v_7);
  gt_release(v_7); v_7 = 0;
  gt_release(v_167); v_167 = 0;
  { /* fused: convert.f32, mean */
    const uint8_t *restrict p1 = (const uint8_t *)v_168->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_170 = r;
  }
  gt_release(v_168); v_168 = 0;
  gt_line = 49; gt_col = 39;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_170->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_174 = r;
  }
  gt_release(v_170); v_170 = 0;
  gt_line = 49; gt_col = 39;
  gt_print_text("steps", 1);
  gt_print_tensor(t_153, 0);
  gt_print_text("train accuracy", 0);
  gt_print_tensor(v_174, 0);
  fputc('\n', stdout);
  gt_release(t_153); t_153 = 0;
  gt_release(v_174); v_174 = 0;
  gt_line = 11; gt_col = 24;
  v_454 = gt_matmul(v_9, v_430);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_430); v_430 = 0;
  gt_line = 11; gt_col = 19;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_454->p;
    const float *restrict p2 = (const float *)v_432->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 128});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 128))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      for (int64_t j = 0; j < 128; j++) {
        const int64_t i = o * 128 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_457 = r;
  }
  gt_release(v_432); v_432 = 0;
  gt_release(v_454); v_454 = 0;
  gt_line = 12; gt_col = 10;
  v_473 = gt_matmul(v_457, v_449);
  gt_release(v_449); v_449 = 0;
  gt_release(v_457); v_457 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_473->p;
    const float *restrict p2 = (const float *)v_451->p;
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
    v_475 = r;
  }
  gt_release(v_451); v_451 = 0;
  gt_release(v_473); v_473 = 0;
  gt_line = 50; gt_col = 33;
  v_177 = gt_argmax(v_475, -1);
  gt_release(v_475); v_475 = 0;
  v_178 = gt_binary(B_EQ, v_177, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_177); v_177 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_178->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_180 = r;
  }
  gt_release(v_178); v_178 = 0;
  gt_line = 50; gt_col = 27;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_180->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_184 = r;
  }
  gt_release(v_180); v_180 = 0;
  gt_line = 50; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_184, 0);
  fputc('\n', stdout);
  gt_release(v_184); v_184 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_26);
  gt_release(v_30);
  gt_release(v_31);
  gt_release(v_39);
  gt_release(v_41);
  gt_release(v_45);
  gt_release(v_46);
  gt_release(v_55);
  gt_release(v_56);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_61);
  gt_release(v_71);
  gt_release(v_76);
  gt_release(v_79);
  gt_release(p_80_0);
  gt_release(p_80_1);
  gt_release(p_80_2);
  gt_release(p_80_3);
  gt_release(v_82);
  gt_release(v_84);
  gt_release(v_86);
  gt_release(m1_89_0);
  gt_release(m1_89_1);
  gt_release(m1_89_2);
  gt_release(m1_89_3);
  gt_release(epochs_99);
  gt_release(batch_100);
  gt_release(t_153);
  gt_release(p_154_0);
  gt_release(p_154_1);
  gt_release(p_154_2);
  gt_release(p_154_3);
  gt_release(m1_155_0);
  gt_release(m1_155_1);
  gt_release(m1_155_2);
  gt_release(m1_155_3);
  gt_release(m2_156_0);
  gt_release(m2_156_1);
  gt_release(m2_156_2);
  gt_release(m2_156_3);
  gt_release(t_104);
  gt_release(p_105_0);
  gt_release(p_105_1);
  gt_release(p_105_2);
  gt_release(p_105_3);
  gt_release(m1_106_0);
  gt_release(m1_106_1);
  gt_release(m1_106_2);
  gt_release(m1_106_3);
  gt_release(m2_107_0);
  gt_release(m2_107_1);
  gt_release(m2_107_2);
  gt_release(m2_107_3);
  gt_release(epoch_103);
  gt_release(v_108);
  gt_release(v_111);
  gt_release(v_113);
  gt_release(v_115);
  gt_release(order_120);
  gt_release(v_122);
  gt_release(t_149);
  gt_release(p_150_0);
  gt_release(p_150_1);
  gt_release(p_150_2);
  gt_release(p_150_3);
  gt_release(m1_151_0);
  gt_release(m1_151_1);
  gt_release(m1_151_2);
  gt_release(m1_151_3);
  gt_release(m2_152_0);
  gt_release(m2_152_1);
  gt_release(m2_152_2);
  gt_release(m2_152_3);
  gt_release(t_124);
  gt_release(p_125_0);
  gt_release(p_125_1);
  gt_release(p_125_2);
  gt_release(p_125_3);
  gt_release(m1_126_0);
  gt_release(m1_126_1);
  gt_release(m1_126_2);
  gt_release(m1_126_3);
  gt_release(m2_127_0);
  gt_release(m2_127_1);
  gt_release(m2_127_2);
  gt_release(m2_127_3);
  gt_release(k_123);
  gt_release(v_128);
  gt_release(v_130);
  gt_release(v_131);
  gt_release(rows_132);
  gt_release(v_133);
  gt_release(v_134);
  gt_release(v_135);
  gt_release(v_136_0);
  gt_release(v_136_1);
  gt_release(v_136_2);
  gt_release(v_136_3);
  gt_release(v_186);
  gt_release(v_187);
  gt_release(v_188);
  gt_release(v_189);
  gt_release(v_191);
  gt_release(v_193);
  gt_release(v_196);
  gt_release(v_199);
  gt_release(v_205);
  gt_release(v_140);
  gt_release(v_229);
  gt_release(v_233);
  gt_release(v_234);
  gt_release(v_235);
  gt_release(v_236);
  gt_release(v_238);
  gt_release(v_240);
  gt_release(v_242);
  gt_release(v_244);
  gt_release(v_264);
  gt_release(v_267);
  gt_release(v_270);
  gt_release(v_273);
  gt_release(m2_274_0);
  gt_release(m2_274_1);
  gt_release(m2_274_2);
  gt_release(m2_274_3);
  gt_release(v_281);
  gt_release(v_283);
  gt_release(v_285);
  gt_release(v_287);
  gt_release(v_316);
  gt_release(v_319);
  gt_release(v_322);
  gt_release(v_325);
  gt_release(v2_326_0);
  gt_release(v2_326_1);
  gt_release(v2_326_2);
  gt_release(v2_326_3);
  gt_release(v_330);
  gt_release(v_349);
  gt_release(v_418);
  gt_release(v_421);
  gt_release(v_424);
  gt_release(v_427);
  gt_release(v_428_0);
  gt_release(v_428_1);
  gt_release(v_428_2);
  gt_release(v_428_3);
  gt_release(v_430);
  gt_release(v_431);
  gt_release(v_432);
  gt_release(v_434);
  gt_release(v_449);
  gt_release(v_450);
  gt_release(v_451);
  gt_release(v_452);
  gt_release(v_167);
  gt_release(v_168);
  gt_release(v_170);
  gt_release(v_174);
  gt_release(v_454);
  gt_release(v_457);
  gt_release(v_473);
  gt_release(v_475);
  gt_release(v_177);
  gt_release(v_178);
  gt_release(v_180);
  gt_release(v_184);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0, T *a3_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_43 = 0, *v_44 = 0, *v_45 = 0, *v_47 = 0, *v_50 = 0, *v_51 = 0, *v_52 = 0, *v_53 = 0, *v_56 = 0, *v_60 = 0, *v_62 = 0, *v_63 = 0, *v_64 = 0, *v_65 = 0, *v_6 = 0, *v_8 = 0, *v_9 = 0, *v_11 = 0, *v_12 = 0, *v_15 = 0, *v_16 = 0, *v_21 = 0, *v_26 = 0, *v_27 = 0, *v_31 = 0, *v_89 = 0, *v_90 = 0, *d_h_91 = 0, *v_92 = 0, *v_93 = 0, *v_110 = 0, *v_111 = 0, *v_114 = 0, *v_115 = 0, *v_120_0 = 0, *v_120_1 = 0, *v_120_2 = 0, *v_120_3 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 128, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 128]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 128, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[128]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 128, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[128, 10]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
  gt_bind(a3_0, I32, 1, (gt_dim[]){{-1, 2, 0}}, sz, sz_names, (int[]){0}, 0, "argument 4 of 'dloss'", "i32[2]");
  gt_line = 11; gt_col = 28;
  v_43 = gt_retain(a0_0);
  gt_line = 11; gt_col = 24;
  v_44 = gt_matmul(a1_0, v_43);
  gt_release(v_43); v_43 = 0;
  gt_line = 11; gt_col = 35;
  v_45 = gt_retain(a0_1);
  gt_line = 11; gt_col = 19;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_44->p;
    const float *restrict p2 = (const float *)v_45->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 128});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 128))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 128; j++) {
        const int64_t i = o * 128 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_47 = r;
  }
  gt_line = 11; gt_col = 11;
  v_50 = gt_shape_of(v_47);
  v_51 = gt_scalar(I32, 0);
  v_52 = gt_index(v_50, 1, (gt_spec[]){{0, 0, 0, gt_int(v_51), 0, 1}});
  gt_release(v_50); v_50 = 0;
  gt_release(v_51); v_51 = 0;
  v_53 = gt_scalar(I32, 128);
  v_56 = gt_random(0, F32, gt_seed(a3_0), 2, (int64_t[]){gt_int(v_52), gt_int(v_53)});
  gt_release(v_52); v_52 = 0;
  gt_release(v_53); v_53 = 0;
  { /* fused: ge, div, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_56->p;
    const float *restrict p3 = (const float *)v_47->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 128});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 128))
    for (int64_t i = 0; i < (sz[0] * 128); i++) {
      const uint8_t e2 = p1[i] >= ((float)0.20000000298023224);
      const float e4 = p3[i] / ((float)0.80000001192092896);
      const float e5 = e2 ? e4 : ((float)0);
      z[i] = e5;
    }
    v_60 = r;
  }
  gt_release(v_47); v_47 = 0;
  gt_line = 12; gt_col = 14;
  v_62 = gt_retain(a0_2);
  gt_line = 12; gt_col = 10;
  v_63 = gt_matmul(v_60, v_62);
  gt_line = 12; gt_col = 21;
  v_64 = gt_retain(a0_3);
  gt_line = 12; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_63->p;
    const float *restrict p2 = (const float *)v_64->p;
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
    v_65 = r;
  }
  gt_release(v_63); v_63 = 0;
  gt_line = 16; gt_col = 15;
  v_6 = gt_reduce(R_LSE, v_65, 1, -1, 1);
  v_8 = gt_scalar(I32, 10);
  v_9 = gt_one_hot(a2_0, gt_int(v_8), F32);
  gt_release(v_8); v_8 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_65->p;
    const float *restrict p2 = (const float *)v_6->p;
    const float *restrict p4 = (const float *)v_9->p;
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
    v_11 = r;
  }
  gt_line = 16; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_11->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_12 = r;
  }
  gt_release(v_11); v_11 = 0;
  gt_line = 16; gt_col = 10;
  v_15 = gt_shape_of(v_12);
  v_16 = gt_reduce(R_PROD, v_15, 0, 0, 0);
  gt_release(v_15); v_15 = 0;
  gt_line = 16; gt_col = 15;
  { /* fused: convert.f32, div, broadcast_like, neg, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const int32_t *restrict p1 = (const int32_t *)v_16->p;
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
    v_21 = r;
  }
  gt_release(v_12); v_12 = 0;
  gt_release(v_16); v_16 = 0;
  gt_line = 16; gt_col = 15;
  { /* fused: broadcast_like, mul, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_21->p;
    const float *restrict p2 = (const float *)v_9->p;
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
    v_26 = r;
  }
  gt_line = 16; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_26->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_27 = r;
  }
  gt_release(v_26); v_26 = 0;
  gt_line = 16; gt_col = 15;
  { /* fused: broadcast_like, mul, sub, exp, mul, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_21->p;
    const float *restrict p2 = (const float *)v_9->p;
    const float *restrict p4 = (const float *)v_65->p;
    const float *restrict p5 = (const float *)v_6->p;
    const float *restrict p8 = (const float *)v_27->p;
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
    v_31 = r;
  }
  gt_release(v_6); v_6 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_21); v_21 = 0;
  gt_release(v_27); v_27 = 0;
  gt_release(v_65); v_65 = 0;
  gt_line = 12; gt_col = 10;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_31->p;
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
    v_89 = r;
  }
  gt_release(v_64); v_64 = 0;
  gt_line = 12; gt_col = 10;
  d_h_91 = gt_matmul_t(v_31, 0, v_62, 1);
  gt_release(v_62); v_62 = 0;
  v_93 = gt_matmul_t(v_60, 1, v_31, 0);
  gt_release(v_31); v_31 = 0;
  gt_release(v_60); v_60 = 0;
  gt_line = 11; gt_col = 19;
  { /* fused: add, gt, ge, select, div, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_44->p;
    const float *restrict p2 = (const float *)v_45->p;
    const float *restrict p5 = (const float *)v_56->p;
    const float *restrict p7 = (const float *)d_h_91->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 128});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 128))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 128; j++) {
        const int64_t i = o * 128 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e4 = e3 > ((float)0);
        const uint8_t e6 = p5[i] >= ((float)0.20000000298023224);
        const float e8 = e6 ? p7[i] : ((float)0);
        const float e9 = e8 / ((float)0.80000001192092896);
        const float e10 = e4 ? e9 : ((float)0);
        z[i] = e10;
      }
    }
    v_110 = r;
  }
  gt_release(v_44); v_44 = 0;
  gt_release(v_56); v_56 = 0;
  gt_release(d_h_91); d_h_91 = 0;
  gt_line = 11; gt_col = 24;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_110->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){128});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){128});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 128; j++) {
        const int64_t i = o * 128 + j;
        acc[j] += p1[i];
      }
    }
    for (int64_t j = 0; j < 128; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_111 = r;
  }
  gt_release(v_45); v_45 = 0;
  gt_line = 11; gt_col = 24;
  v_115 = gt_matmul_t(a1_0, 1, v_110, 0);
  gt_release(v_110); v_110 = 0;
  gt_line = 10; gt_col = 4;
  v_120_0 = gt_retain(v_115);
  v_120_1 = gt_retain(v_111);
  v_120_2 = gt_retain(v_93);
  v_120_3 = gt_retain(v_89);
  gt_release(v_89); v_89 = 0;
  gt_release(v_93); v_93 = 0;
  gt_release(v_111); v_111 = 0;
  gt_release(v_115); v_115 = 0;
  out[0] = gt_retain(v_120_0);
  out[1] = gt_retain(v_120_1);
  out[2] = gt_retain(v_120_2);
  out[3] = gt_retain(v_120_3);
  gt_release(v_43);
  gt_release(v_44);
  gt_release(v_45);
  gt_release(v_47);
  gt_release(v_50);
  gt_release(v_51);
  gt_release(v_52);
  gt_release(v_53);
  gt_release(v_56);
  gt_release(v_60);
  gt_release(v_62);
  gt_release(v_63);
  gt_release(v_64);
  gt_release(v_65);
  gt_release(v_6);
  gt_release(v_8);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_12);
  gt_release(v_15);
  gt_release(v_16);
  gt_release(v_21);
  gt_release(v_26);
  gt_release(v_27);
  gt_release(v_31);
  gt_release(v_89);
  gt_release(v_90);
  gt_release(d_h_91);
  gt_release(v_92);
  gt_release(v_93);
  gt_release(v_110);
  gt_release(v_111);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_120_0);
  gt_release(v_120_1);
  gt_release(v_120_2);
  gt_release(v_120_3);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/digits_dropout.grad";
  gt_src = gt_program_src;
  gt_src_lines = 54;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
