/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/cnn.grad: a small convolutional network trained on the handwritten digits bundled",
  "// under Examples/data/, each row of 64 pixels seen as an 8\303\2278 image with one channel. Two 3\303\2273",
  "// convolutions (\"same\" padding, 16 then 32 filters), each followed by ReLU and a 2\303\2272 max pool,",
  "// then a dense layer to the 10 classes; trained as Examples/digits.grad trains its perceptron",
  "// (Adam, a cosine schedule, clipping, mini-batches of 100), it beats the perceptron's test",
  "// accuracy (0.98). conv2d and max_pool follow JAX's conventions (NHWC images, HWIO kernels).",
  "// Run from the repository's root:",
  "//   gradc run Examples/cnn.grad",
  "",
  "struct CNN {",
  "  K1: f32[3, 3, 1, 16]; c1: f32[16]",
  "  K2: f32[3, 3, 16, 32]; c2: f32[32]",
  "  W: f32[128, 10]; b: f32[10]",
  "}",
  "",
  "fn predict(p: CNN, x: f32[n, 64]) -> f32[n, 10] {",
  "  let img = reshape(x, [n, 8, 8, 1])",
  "  let h1 = max_pool(relu(conv2d(img, p.K1, padding: \"same\") + p.c1))    // [n, 4, 4, 16]",
  "  let h2 = max_pool(relu(conv2d(h1, p.K2, padding: \"same\") + p.c2))     // [n, 2, 2, 32]",
  "  return reshape(h2, [n, 128]) @ p.W + p.b",
  "}",
  "",
  "fn loss(p: CNN, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(p, x), y))",
  "}",
  "",
  "fn dloss = grad(loss, wrt: p)",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "",
  "  var p = CNN(K1: he_normal([3, 3, 1, 16], seed: 1), c1: zeros([16]),",
  "              K2: he_normal([3, 3, 16, 32], seed: 2), c2: zeros([32]),",
  "              W: glorot_uniform([128, 10], seed: 3), b: zeros([10]))",
  "  var m1 = zeros_like(p)",
  "  var m2 = zeros_like(p)",
  "  let epochs = 20",
  "  let batch = 100",
  "  var t = 0",
  "  for epoch in 0..<epochs {",
  "    let order = permutation(1500, seed: epoch)",
  "    for k in 0..<15 {",
  "      let rows = order[k * batch:(k + 1) * batch]",
  "      let g = clip_by_global_norm(dloss(p, take(train_x, rows), take(train_y, rows)), 5.0)",
  "      t += 1",
  "      let (p2, n1, n2) = adam(p, g, m1, m2, t, cosine_lr(0.01, t, epochs * 15))",
  "      p = p2",
  "      m1 = n1",
  "      m2 = n2",
  "    }",
  "  }",
  "  print(\"steps\", t, \"train loss\", round(loss(p, train_x, train_y), 3))",
  "  print(\"test accuracy:\", round(accuracy(predict(p, test_x), test_y), 3))",
  "  // expect: steps 300 train loss 0.013",
  "  // expect: test accuracy: 0.99",
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
static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a1_0, T *a2_0);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_19 = 0, *v_20 = 0, *v_34 = 0, *v_35 = 0, *v_37 = 0, *v_38 = 0, *v_42 = 0, *v_43 = 0, *v_56 = 0, *v_57 = 0, *v_60 = 0, *v_61 = 0, *v_62 = 0, *v_73 = 0, *v_78 = 0, *v_81 = 0, *p_82_0 = 0, *p_82_1 = 0, *p_82_2 = 0, *p_82_3 = 0, *p_82_4 = 0, *p_82_5 = 0, *v_84 = 0, *v_88 = 0, *v_92 = 0, *m1_95_0 = 0, *m1_95_1 = 0, *m1_95_2 = 0, *m1_95_3 = 0, *m1_95_4 = 0, *m1_95_5 = 0, *epochs_109 = 0, *batch_110 = 0, *t_151 = 0, *p_152_0 = 0, *p_152_1 = 0, *p_152_2 = 0, *p_152_3 = 0, *p_152_4 = 0, *p_152_5 = 0, *m1_153_0 = 0, *m1_153_1 = 0, *m1_153_2 = 0, *m1_153_3 = 0, *m1_153_4 = 0, *m1_153_5 = 0, *m2_154_0 = 0, *m2_154_1 = 0, *m2_154_2 = 0, *m2_154_3 = 0, *m2_154_4 = 0, *m2_154_5 = 0, *t_114 = 0, *p_115_0 = 0, *p_115_1 = 0, *p_115_2 = 0, *p_115_3 = 0, *p_115_4 = 0, *p_115_5 = 0, *m1_116_0 = 0, *m1_116_1 = 0, *m1_116_2 = 0, *m1_116_3 = 0, *m1_116_4 = 0, *m1_116_5 = 0, *m2_117_0 = 0, *m2_117_1 = 0, *m2_117_2 = 0, *m2_117_3 = 0, *m2_117_4 = 0, *m2_117_5 = 0, *epoch_113 = 0, *order_119 = 0, *v_121 = 0, *t_147 = 0, *p_148_0 = 0, *p_148_1 = 0, *p_148_2 = 0, *p_148_3 = 0, *p_148_4 = 0, *p_148_5 = 0, *m1_149_0 = 0, *m1_149_1 = 0, *m1_149_2 = 0, *m1_149_3 = 0, *m1_149_4 = 0, *m1_149_5 = 0, *m2_150_0 = 0, *m2_150_1 = 0, *m2_150_2 = 0, *m2_150_3 = 0, *m2_150_4 = 0, *m2_150_5 = 0, *t_123 = 0, *p_124_0 = 0, *p_124_1 = 0, *p_124_2 = 0, *p_124_3 = 0, *p_124_4 = 0, *p_124_5 = 0, *m1_125_0 = 0, *m1_125_1 = 0, *m1_125_2 = 0, *m1_125_3 = 0, *m1_125_4 = 0, *m1_125_5 = 0, *m2_126_0 = 0, *m2_126_1 = 0, *m2_126_2 = 0, *m2_126_3 = 0, *m2_126_4 = 0, *m2_126_5 = 0, *k_122 = 0, *v_127 = 0, *v_129 = 0, *v_130 = 0, *rows_131 = 0, *v_132 = 0, *v_133 = 0, *v_134_0 = 0, *v_134_1 = 0, *v_134_2 = 0, *v_134_3 = 0, *v_134_4 = 0, *v_134_5 = 0, *v_170 = 0, *v_171 = 0, *v_172 = 0, *v_173 = 0, *v_174 = 0, *v_175 = 0, *v_177 = 0, *v_179 = 0, *v_182 = 0, *v_185 = 0, *v_188 = 0, *v_191 = 0, *v_196 = 0, *v_138 = 0, *v_227 = 0, *v_231 = 0, *v_232 = 0, *v_233 = 0, *v_234 = 0, *v_235 = 0, *v_236 = 0, *v_238 = 0, *v_240 = 0, *v_242 = 0, *v_244 = 0, *v_246 = 0, *v_248 = 0, *v_274 = 0, *v_277 = 0, *v_280 = 0, *v_283 = 0, *v_286 = 0, *v_289 = 0, *m2_290_0 = 0, *m2_290_1 = 0, *m2_290_2 = 0, *m2_290_3 = 0, *m2_290_4 = 0, *m2_290_5 = 0, *v_299 = 0, *v_301 = 0, *v_303 = 0, *v_305 = 0, *v_307 = 0, *v_309 = 0, *v_348 = 0, *v_351 = 0, *v_354 = 0, *v_357 = 0, *v_360 = 0, *v_363 = 0, *v2_364_0 = 0, *v2_364_1 = 0, *v2_364_2 = 0, *v2_364_3 = 0, *v2_364_4 = 0, *v2_364_5 = 0, *v_368 = 0, *v_393 = 0, *v_490 = 0, *v_493 = 0, *v_496 = 0, *v_499 = 0, *v_502 = 0, *v_505 = 0, *v_506_0 = 0, *v_506_1 = 0, *v_506_2 = 0, *v_506_3 = 0, *v_506_4 = 0, *v_506_5 = 0, *v_509 = 0, *img_512 = 0, *v_513 = 0, *v_518 = 0, *v_519 = 0, *v_522 = 0, *v_523 = 0, *v_561 = 0, *v_566 = 0, *v_571 = 0, *v_572 = 0, *v_574 = 0, *v_575 = 0, *v_577 = 0, *v_579 = 0, *v_580 = 0, *v_581 = 0, *v_582 = 0, *v_583 = 0, *v_584 = 0, *v_585 = 0, *v_587 = 0, *v_588 = 0, *v_590 = 0, *v_591 = 0, *v_592 = 0, *v_599 = 0, *v_600 = 0, *v_602 = 0, *v_603 = 0, *v_604 = 0, *v_607 = 0, *v_608 = 0, *v_610 = 0, *v_616 = 0, *v_617 = 0, *v_675 = 0, *v_678 = 0, *v_681 = 0, *v_683 = 0, *v_684 = 0, *v_687 = 0, *v_688 = 0, *v_694 = 0, *v_696 = 0, *v_697 = 0, *h1_700 = 0, *v_701 = 0, *v_707 = 0, *v_710 = 0, *v_711 = 0, *v_749 = 0, *v_754 = 0, *v_759 = 0, *v_760 = 0, *v_762 = 0, *v_763 = 0, *v_765 = 0, *v_767 = 0, *v_768 = 0, *v_769 = 0, *v_770 = 0, *v_771 = 0, *v_775 = 0, *v_776 = 0, *v_778 = 0, *v_779 = 0, *v_780 = 0, *v_790 = 0, *v_791 = 0, *v_792 = 0, *v_795 = 0, *v_796 = 0, *v_798 = 0, *v_804 = 0, *v_863 = 0, *v_866 = 0, *v_871 = 0, *v_872 = 0, *v_875 = 0, *v_876 = 0, *v_882 = 0, *v_884 = 0, *v_885 = 0, *h2_888 = 0, *v_891 = 0, *v_892 = 0, *v_893 = 0, *v_894 = 0, *v_895 = 0, *v_896 = 0, *v_899 = 0, *v_901 = 0, *v_903 = 0, *v_159 = 0, *v_904 = 0, *v_906 = 0, *img_910 = 0, *v_912 = 0, *v_914 = 0, *v_917 = 0, *v_920 = 0, *v_921 = 0, *v_980 = 0, *v_981 = 0, *v_982 = 0, *v_983 = 0, *v_985 = 0, *v_986 = 0, *v_988 = 0, *v_989 = 0, *v_990 = 0, *v_997 = 0, *v_1000 = 0, *v_1002 = 0, *v_1005 = 0, *v_1008 = 0, *v_1009 = 0, *v_1011 = 0, *v_1014 = 0, *v_1075 = 0, *v_1076 = 0, *v_1077 = 0, *v_1078 = 0, *v_1079 = 0, *v_1081 = 0, *v_1082 = 0, *v_1085 = 0, *v_1086 = 0, *v_1092 = 0, *v_1094 = 0, *v_1095 = 0, *h1_1098 = 0, *v_1100 = 0, *v_1102 = 0, *v_1105 = 0, *v_1108 = 0, *v_1109 = 0, *v_1168 = 0, *v_1169 = 0, *v_1170 = 0, *v_1171 = 0, *v_1173 = 0, *v_1174 = 0, *v_1176 = 0, *v_1177 = 0, *v_1178 = 0, *v_1185 = 0, *v_1188 = 0, *v_1190 = 0, *v_1193 = 0, *v_1196 = 0, *v_1197 = 0, *v_1199 = 0, *v_1202 = 0, *v_1263 = 0, *v_1264 = 0, *v_1265 = 0, *v_1266 = 0, *v_1267 = 0, *v_1269 = 0, *v_1270 = 0, *v_1273 = 0, *v_1274 = 0, *v_1280 = 0, *v_1282 = 0, *v_1283 = 0, *h2_1286 = 0, *v_1291 = 0, *v_1293 = 0, *v_1295 = 0, *v_161 = 0, *v_162 = 0, *v_164 = 0, *v_168 = 0;
  (void)out;
  gt_line = 30; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 31; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 32; gt_col = 47;
  v_2 = gt_scalar(I32, 0);
  gt_line = 32; gt_col = 49;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 32; gt_col = 45;
  { /* fused: index */
    gt_line = 32; gt_col = 45;
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
  gt_line = 32; gt_col = 56;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 32; gt_col = 67;
  { /* fused: index */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    gt_line = 32; gt_col = 67;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    const float *restrict p3 = (const float *)x_0->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
    for (int64_t i = 0; i < ((sz[0] - 1500) * 64); i++) {
      z[i] = p3[(off1 + i)];
    }
    v_9 = r;
  }
  gt_release(x_0); x_0 = 0;
  gt_line = 32; gt_col = 77;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 34; gt_col = 30;
  v_17 = gt_scalar(I32, 3);
  gt_line = 34; gt_col = 36;
  v_19 = gt_scalar(I32, 1);
  gt_line = 34; gt_col = 39;
  v_20 = gt_scalar(I32, 16);
  gt_line = 34; gt_col = 19;
  v_34 = gt_random(1, F32, gt_seed(v_19), 4, (int64_t[]){gt_int(v_17), gt_int(v_17), gt_int(v_19), gt_int(v_20)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_34->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const float e2 = p1[i] * ((float)0.47140452265739441);
      z[i] = e2;
    }
    v_35 = r;
  }
  gt_release(v_34); v_34 = 0;
  gt_line = 34; gt_col = 65;
  v_37 = gt_scalar(F32, 0);
  v_38 = gt_const(F32, 1, (int64_t[]){16}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 35; gt_col = 40;
  v_42 = gt_scalar(I32, 32);
  gt_line = 35; gt_col = 51;
  v_43 = gt_scalar(I32, 2);
  gt_line = 35; gt_col = 19;
  v_56 = gt_random(1, F32, gt_seed(v_43), 4, (int64_t[]){gt_int(v_17), gt_int(v_17), gt_int(v_20), gt_int(v_42)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_56->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4608; i++) {
      const float e2 = p1[i] * ((float)0.1178511306643486);
      z[i] = e2;
    }
    v_57 = r;
  }
  gt_release(v_56); v_56 = 0;
  gt_line = 35; gt_col = 66;
  v_60 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 36; gt_col = 34;
  v_61 = gt_scalar(I32, 128);
  gt_line = 36; gt_col = 39;
  v_62 = gt_scalar(I32, 10);
  gt_line = 36; gt_col = 18;
  v_73 = gt_random(0, F32, gt_seed(v_17), 2, (int64_t[]){gt_int(v_61), gt_int(v_62)});
  gt_release(v_17); v_17 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_73->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1280; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.20851442217826843);
      z[i] = e4;
    }
    v_78 = r;
  }
  gt_release(v_73); v_73 = 0;
  gt_line = 36; gt_col = 64;
  v_81 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_82_0 = gt_retain(v_35);
  p_82_1 = gt_retain(v_38);
  p_82_2 = gt_retain(v_57);
  p_82_3 = gt_retain(v_60);
  p_82_4 = gt_retain(v_78);
  p_82_5 = gt_retain(v_81);
  gt_line = 37; gt_col = 12;
  v_84 = gt_fill(v_35->dt, 0, v_35->rank, v_35->shape);
  gt_release(v_35); v_35 = 0;
  v_88 = gt_fill(v_57->dt, 0, v_57->rank, v_57->shape);
  gt_release(v_57); v_57 = 0;
  v_92 = gt_fill(v_78->dt, 0, v_78->rank, v_78->shape);
  gt_release(v_78); v_78 = 0;
  m1_95_0 = gt_retain(v_84);
  m1_95_1 = gt_retain(v_38);
  m1_95_2 = gt_retain(v_88);
  m1_95_3 = gt_retain(v_60);
  m1_95_4 = gt_retain(v_92);
  m1_95_5 = gt_retain(v_81);
  gt_release(v_38); v_38 = 0;
  gt_release(v_60); v_60 = 0;
  gt_release(v_81); v_81 = 0;
  gt_release(v_84); v_84 = 0;
  gt_release(v_88); v_88 = 0;
  gt_release(v_92); v_92 = 0;
  gt_line = 39; gt_col = 16;
  epochs_109 = gt_scalar(I32, 20);
  gt_line = 40; gt_col = 15;
  batch_110 = gt_scalar(I32, 100);
  gt_line = 42; gt_col = 3;
  t_114 = gt_retain(v_2);
  p_115_0 = p_82_0; p_82_0 = 0;
  p_115_1 = p_82_1; p_82_1 = 0;
  p_115_2 = p_82_2; p_82_2 = 0;
  p_115_3 = p_82_3; p_82_3 = 0;
  p_115_4 = p_82_4; p_82_4 = 0;
  p_115_5 = p_82_5; p_82_5 = 0;
  m1_116_0 = gt_retain(m1_95_0);
  m1_116_1 = gt_retain(m1_95_1);
  m1_116_2 = gt_retain(m1_95_2);
  m1_116_3 = gt_retain(m1_95_3);
  m1_116_4 = gt_retain(m1_95_4);
  m1_116_5 = gt_retain(m1_95_5);
  m2_117_0 = gt_retain(m1_95_0);
  m2_117_1 = gt_retain(m1_95_1);
  m2_117_2 = gt_retain(m1_95_2);
  m2_117_3 = gt_retain(m1_95_3);
  m2_117_4 = gt_retain(m1_95_4);
  m2_117_5 = gt_retain(m1_95_5);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_109); t1 < t1_end; t1++) {
    epoch_113 = gt_scalar(I32, (double)t1);
    gt_line = 43; gt_col = 17;
    order_119 = gt_permutation(gt_seed(epoch_113), gt_int(v_3));
    gt_line = 44; gt_col = 18;
    v_121 = gt_scalar(I32, 15);
    gt_line = 44; gt_col = 5;
    t_123 = t_114; t_114 = 0;
    p_124_0 = p_115_0; p_115_0 = 0;
    p_124_1 = p_115_1; p_115_1 = 0;
    p_124_2 = p_115_2; p_115_2 = 0;
    p_124_3 = p_115_3; p_115_3 = 0;
    p_124_4 = p_115_4; p_115_4 = 0;
    p_124_5 = p_115_5; p_115_5 = 0;
    m1_125_0 = m1_116_0; m1_116_0 = 0;
    m1_125_1 = m1_116_1; m1_116_1 = 0;
    m1_125_2 = m1_116_2; m1_116_2 = 0;
    m1_125_3 = m1_116_3; m1_116_3 = 0;
    m1_125_4 = m1_116_4; m1_116_4 = 0;
    m1_125_5 = m1_116_5; m1_116_5 = 0;
    m2_126_0 = m2_117_0; m2_117_0 = 0;
    m2_126_1 = m2_117_1; m2_117_1 = 0;
    m2_126_2 = m2_117_2; m2_117_2 = 0;
    m2_126_3 = m2_117_3; m2_117_3 = 0;
    m2_126_4 = m2_117_4; m2_117_4 = 0;
    m2_126_5 = m2_117_5; m2_117_5 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_121); t2 < t2_end; t2++) {
      k_122 = gt_scalar(I32, (double)t2);
      gt_line = 45; gt_col = 24;
      v_127 = gt_binary(B_MUL, k_122, batch_110);
      gt_line = 45; gt_col = 34;
      v_129 = gt_binary(B_ADD, k_122, v_19);
      v_130 = gt_binary(B_MUL, v_129, batch_110);
      gt_release(v_129); v_129 = 0;
      gt_line = 45; gt_col = 18;
      rows_131 = gt_index(order_119, 1, (gt_spec[]){{1, 1, 1, gt_int(v_127), gt_int(v_130), 1}});
      gt_release(v_127); v_127 = 0;
      gt_release(v_130); v_130 = 0;
      gt_line = 46; gt_col = 44;
      v_132 = gt_take(v_4, rows_131);
      gt_line = 46; gt_col = 65;
      v_133 = gt_take(v_7, rows_131);
      gt_release(rows_131); rows_131 = 0;
      { T *t3[6] = {0}; f_dloss(t3, p_124_0, p_124_1, p_124_2, p_124_3, p_124_4, p_124_5, v_132, v_133); v_134_0 = t3[0]; v_134_1 = t3[1]; v_134_2 = t3[2]; v_134_3 = t3[3]; v_134_4 = t3[4]; v_134_5 = t3[5]; }
      gt_release(v_132); v_132 = 0;
      gt_release(v_133); v_133 = 0;
      gt_line = 53; gt_col = 49;
      v_170 = gt_retain(v_134_0);
      v_171 = gt_retain(v_134_1);
      v_172 = gt_retain(v_134_2);
      v_173 = gt_retain(v_134_3);
      v_174 = gt_retain(v_134_4);
      v_175 = gt_retain(v_134_5);
      gt_release(v_134_0); v_134_0 = 0;
      gt_release(v_134_1); v_134_1 = 0;
      gt_release(v_134_2); v_134_2 = 0;
      gt_release(v_134_3); v_134_3 = 0;
      gt_release(v_134_4); v_134_4 = 0;
      gt_release(v_134_5); v_134_5 = 0;
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_170->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 144; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_177 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_171->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 16; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_179 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_172->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 4608; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_182 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_173->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 32; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_185 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_174->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_188 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_175->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_191 = r;
      }
      gt_line = 53; gt_col = 39;
      { /* fused: add, add, add, add, add, sqrt, convert.f64, add */
        const float *restrict p1 = (const float *)v_177->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_179->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_182->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_185->p;
        const float p6v = p6[0];
        const float *restrict p8 = (const float *)v_188->p;
        const float p8v = p8[0];
        const float *restrict p10 = (const float *)v_191->p;
        const float p10v = p10[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const float e3 = p1v + p2v;
          const float e5 = e3 + p4v;
          const float e7 = e5 + p6v;
          const float e9 = e7 + p8v;
          const float e11 = e9 + p10v;
          const float e12 = sqrtf(e11);
          const double e13 = (double)e12;
          const double e14 = e13 + 9.9999999999999995e-07;
          z[i] = e14;
        }
        v_196 = r;
      }
      gt_release(v_177); v_177 = 0;
      gt_release(v_179); v_179 = 0;
      gt_release(v_182); v_182 = 0;
      gt_release(v_185); v_185 = 0;
      gt_release(v_188); v_188 = 0;
      gt_release(v_191); v_191 = 0;
      gt_line = 47; gt_col = 7;
      v_138 = gt_binary(B_ADD, t_123, v_19);
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_138->p;
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
        v_227 = r;
      }
      gt_line = 36; gt_col = 31;
      v_231 = gt_retain(p_124_0);
      v_232 = gt_retain(p_124_1);
      v_233 = gt_retain(p_124_2);
      v_234 = gt_retain(p_124_3);
      v_235 = gt_retain(p_124_4);
      v_236 = gt_retain(p_124_5);
      v_238 = gt_retain(m1_125_0);
      gt_line = 36; gt_col = 12;
      v_240 = gt_retain(m1_125_1);
      v_242 = gt_retain(m1_125_2);
      v_244 = gt_retain(m1_125_3);
      v_246 = gt_retain(m1_125_4);
      v_248 = gt_retain(m1_125_5);
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_238->p;
        const float *restrict p3 = (const float *)v_170->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 144; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_274 = r;
      }
      gt_release(v_238); v_238 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_240->p;
        const float *restrict p3 = (const float *)v_171->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 16; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_277 = r;
      }
      gt_release(v_240); v_240 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_242->p;
        const float *restrict p3 = (const float *)v_172->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4608; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_280 = r;
      }
      gt_release(v_242); v_242 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_244->p;
        const float *restrict p3 = (const float *)v_173->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 32; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_283 = r;
      }
      gt_release(v_244); v_244 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_246->p;
        const float *restrict p3 = (const float *)v_174->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_286 = r;
      }
      gt_release(v_246); v_246 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_248->p;
        const float *restrict p3 = (const float *)v_175->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_289 = r;
      }
      gt_release(v_248); v_248 = 0;
      gt_line = 36; gt_col = 12;
      m2_290_0 = gt_retain(v_274);
      m2_290_1 = gt_retain(v_277);
      m2_290_2 = gt_retain(v_280);
      m2_290_3 = gt_retain(v_283);
      m2_290_4 = gt_retain(v_286);
      m2_290_5 = gt_retain(v_289);
      gt_line = 37; gt_col = 33;
      v_299 = gt_retain(m2_126_0);
      gt_line = 37; gt_col = 12;
      v_301 = gt_retain(m2_126_1);
      v_303 = gt_retain(m2_126_2);
      v_305 = gt_retain(m2_126_3);
      v_307 = gt_retain(m2_126_4);
      v_309 = gt_retain(m2_126_5);
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_299->p;
        const float *restrict p3 = (const float *)v_170->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 144; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_348 = r;
      }
      gt_release(v_170); v_170 = 0;
      gt_release(v_299); v_299 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_301->p;
        const float *restrict p3 = (const float *)v_171->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 16; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_351 = r;
      }
      gt_release(v_171); v_171 = 0;
      gt_release(v_301); v_301 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_303->p;
        const float *restrict p3 = (const float *)v_172->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4608; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_354 = r;
      }
      gt_release(v_172); v_172 = 0;
      gt_release(v_303); v_303 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_305->p;
        const float *restrict p3 = (const float *)v_173->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 32; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_357 = r;
      }
      gt_release(v_173); v_173 = 0;
      gt_release(v_305); v_305 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_307->p;
        const float *restrict p3 = (const float *)v_174->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_360 = r;
      }
      gt_release(v_174); v_174 = 0;
      gt_release(v_307); v_307 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_309->p;
        const float *restrict p3 = (const float *)v_175->p;
        const double *restrict p4 = (const double *)v_196->p;
        const double p4v = p4[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const double e5 = 5.0 / p4v;
          const double e6 = (1.0 != 1.0 || e5 != e5 ? NAN : (1.0 < e5 ? 1.0 : e5));
          const float e7 = (float)e6;
          const float e8 = p3[i] * e7;
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_363 = r;
      }
      gt_release(v_175); v_175 = 0;
      gt_release(v_196); v_196 = 0;
      gt_release(v_309); v_309 = 0;
      gt_line = 37; gt_col = 12;
      v2_364_0 = gt_retain(v_348);
      v2_364_1 = gt_retain(v_351);
      v2_364_2 = gt_retain(v_354);
      v2_364_3 = gt_retain(v_357);
      v2_364_4 = gt_retain(v_360);
      v2_364_5 = gt_retain(v_363);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_138->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_368 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_138->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_393 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_231->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_274->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_348->p;
        const double *restrict p13 = (const double *)v_393->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 144; i++) {
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
        v_490 = r;
      }
      gt_release(v_231); v_231 = 0;
      gt_release(v_274); v_274 = 0;
      gt_release(v_348); v_348 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_232->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_277->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_351->p;
        const double *restrict p13 = (const double *)v_393->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){16});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 16; i++) {
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
        v_493 = r;
      }
      gt_release(v_232); v_232 = 0;
      gt_release(v_277); v_277 = 0;
      gt_release(v_351); v_351 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_233->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_280->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_354->p;
        const double *restrict p13 = (const double *)v_393->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4608; i++) {
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
        v_496 = r;
      }
      gt_release(v_233); v_233 = 0;
      gt_release(v_280); v_280 = 0;
      gt_release(v_354); v_354 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_234->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_283->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_357->p;
        const double *restrict p13 = (const double *)v_393->p;
        const double p13v = p13[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){32});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 32; i++) {
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
        v_499 = r;
      }
      gt_release(v_234); v_234 = 0;
      gt_release(v_283); v_283 = 0;
      gt_release(v_357); v_357 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_235->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_286->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_360->p;
        const double *restrict p13 = (const double *)v_393->p;
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
        v_502 = r;
      }
      gt_release(v_235); v_235 = 0;
      gt_release(v_286); v_286 = 0;
      gt_release(v_360); v_360 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_236->p;
        const double *restrict p2 = (const double *)v_227->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_289->p;
        const double *restrict p7 = (const double *)v_368->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_363->p;
        const double *restrict p13 = (const double *)v_393->p;
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
        v_505 = r;
      }
      gt_release(v_227); v_227 = 0;
      gt_release(v_236); v_236 = 0;
      gt_release(v_289); v_289 = 0;
      gt_release(v_363); v_363 = 0;
      gt_release(v_368); v_368 = 0;
      gt_release(v_393); v_393 = 0;
      gt_line = 40; gt_col = 11;
      v_506_0 = gt_retain(v_490);
      v_506_1 = gt_retain(v_493);
      v_506_2 = gt_retain(v_496);
      v_506_3 = gt_retain(v_499);
      v_506_4 = gt_retain(v_502);
      v_506_5 = gt_retain(v_505);
      gt_release(v_490); v_490 = 0;
      gt_release(v_493); v_493 = 0;
      gt_release(v_496); v_496 = 0;
      gt_release(v_499); v_499 = 0;
      gt_release(v_502); v_502 = 0;
      gt_release(v_505); v_505 = 0;
      T *t4 = gt_retain(v_138);
      T *t5 = gt_retain(v_506_0);
      T *t6 = gt_retain(v_506_1);
      T *t7 = gt_retain(v_506_2);
      T *t8 = gt_retain(v_506_3);
      T *t9 = gt_retain(v_506_4);
      T *t10 = gt_retain(v_506_5);
      T *t11 = gt_retain(m2_290_0);
      T *t12 = gt_retain(m2_290_1);
      T *t13 = gt_retain(m2_290_2);
      T *t14 = gt_retain(m2_290_3);
      T *t15 = gt_retain(m2_290_4);
      T *t16 = gt_retain(m2_290_5);
      T *t17 = gt_retain(v2_364_0);
      T *t18 = gt_retain(v2_364_1);
      T *t19 = gt_retain(v2_364_2);
      T *t20 = gt_retain(v2_364_3);
      T *t21 = gt_retain(v2_364_4);
      T *t22 = gt_retain(v2_364_5);
      gt_release(t_123);
      gt_release(p_124_0);
      gt_release(p_124_1);
      gt_release(p_124_2);
      gt_release(p_124_3);
      gt_release(p_124_4);
      gt_release(p_124_5);
      gt_release(m1_125_0);
      gt_release(m1_125_1);
      gt_release(m1_125_2);
      gt_release(m1_125_3);
      gt_release(m1_125_4);
      gt_release(m1_125_5);
      gt_release(m2_126_0);
      gt_release(m2_126_1);
      gt_release(m2_126_2);
      gt_release(m2_126_3);
      gt_release(m2_126_4);
      gt_release(m2_126_5);
      t_123 = t4;
      p_124_0 = t5;
      p_124_1 = t6;
      p_124_2 = t7;
      p_124_3 = t8;
      p_124_4 = t9;
      p_124_5 = t10;
      m1_125_0 = t11;
      m1_125_1 = t12;
      m1_125_2 = t13;
      m1_125_3 = t14;
      m1_125_4 = t15;
      m1_125_5 = t16;
      m2_126_0 = t17;
      m2_126_1 = t18;
      m2_126_2 = t19;
      m2_126_3 = t20;
      m2_126_4 = t21;
      m2_126_5 = t22;
      gt_release(v_138); v_138 = 0;
      gt_release(m2_290_0); m2_290_0 = 0;
      gt_release(m2_290_1); m2_290_1 = 0;
      gt_release(m2_290_2); m2_290_2 = 0;
      gt_release(m2_290_3); m2_290_3 = 0;
      gt_release(m2_290_4); m2_290_4 = 0;
      gt_release(m2_290_5); m2_290_5 = 0;
      gt_release(v2_364_0); v2_364_0 = 0;
      gt_release(v2_364_1); v2_364_1 = 0;
      gt_release(v2_364_2); v2_364_2 = 0;
      gt_release(v2_364_3); v2_364_3 = 0;
      gt_release(v2_364_4); v2_364_4 = 0;
      gt_release(v2_364_5); v2_364_5 = 0;
      gt_release(v_506_0); v_506_0 = 0;
      gt_release(v_506_1); v_506_1 = 0;
      gt_release(v_506_2); v_506_2 = 0;
      gt_release(v_506_3); v_506_3 = 0;
      gt_release(v_506_4); v_506_4 = 0;
      gt_release(v_506_5); v_506_5 = 0;
      gt_release(k_122); k_122 = 0;
    }
    t_147 = t_123; t_123 = 0;
    p_148_0 = p_124_0; p_124_0 = 0;
    p_148_1 = p_124_1; p_124_1 = 0;
    p_148_2 = p_124_2; p_124_2 = 0;
    p_148_3 = p_124_3; p_124_3 = 0;
    p_148_4 = p_124_4; p_124_4 = 0;
    p_148_5 = p_124_5; p_124_5 = 0;
    m1_149_0 = m1_125_0; m1_125_0 = 0;
    m1_149_1 = m1_125_1; m1_125_1 = 0;
    m1_149_2 = m1_125_2; m1_125_2 = 0;
    m1_149_3 = m1_125_3; m1_125_3 = 0;
    m1_149_4 = m1_125_4; m1_125_4 = 0;
    m1_149_5 = m1_125_5; m1_125_5 = 0;
    m2_150_0 = m2_126_0; m2_126_0 = 0;
    m2_150_1 = m2_126_1; m2_126_1 = 0;
    m2_150_2 = m2_126_2; m2_126_2 = 0;
    m2_150_3 = m2_126_3; m2_126_3 = 0;
    m2_150_4 = m2_126_4; m2_126_4 = 0;
    m2_150_5 = m2_126_5; m2_126_5 = 0;
    gt_release(order_119); order_119 = 0;
    gt_release(v_121); v_121 = 0;
    T *t23 = gt_retain(t_147);
    T *t24 = gt_retain(p_148_0);
    T *t25 = gt_retain(p_148_1);
    T *t26 = gt_retain(p_148_2);
    T *t27 = gt_retain(p_148_3);
    T *t28 = gt_retain(p_148_4);
    T *t29 = gt_retain(p_148_5);
    T *t30 = gt_retain(m1_149_0);
    T *t31 = gt_retain(m1_149_1);
    T *t32 = gt_retain(m1_149_2);
    T *t33 = gt_retain(m1_149_3);
    T *t34 = gt_retain(m1_149_4);
    T *t35 = gt_retain(m1_149_5);
    T *t36 = gt_retain(m2_150_0);
    T *t37 = gt_retain(m2_150_1);
    T *t38 = gt_retain(m2_150_2);
    T *t39 = gt_retain(m2_150_3);
    T *t40 = gt_retain(m2_150_4);
    T *t41 = gt_retain(m2_150_5);
    gt_release(t_114);
    gt_release(p_115_0);
    gt_release(p_115_1);
    gt_release(p_115_2);
    gt_release(p_115_3);
    gt_release(p_115_4);
    gt_release(p_115_5);
    gt_release(m1_116_0);
    gt_release(m1_116_1);
    gt_release(m1_116_2);
    gt_release(m1_116_3);
    gt_release(m1_116_4);
    gt_release(m1_116_5);
    gt_release(m2_117_0);
    gt_release(m2_117_1);
    gt_release(m2_117_2);
    gt_release(m2_117_3);
    gt_release(m2_117_4);
    gt_release(m2_117_5);
    t_114 = t23;
    p_115_0 = t24;
    p_115_1 = t25;
    p_115_2 = t26;
    p_115_3 = t27;
    p_115_4 = t28;
    p_115_5 = t29;
    m1_116_0 = t30;
    m1_116_1 = t31;
    m1_116_2 = t32;
    m1_116_3 = t33;
    m1_116_4 = t34;
    m1_116_5 = t35;
    m2_117_0 = t36;
    m2_117_1 = t37;
    m2_117_2 = t38;
    m2_117_3 = t39;
    m2_117_4 = t40;
    m2_117_5 = t41;
    gt_release(t_147); t_147 = 0;
    gt_release(p_148_0); p_148_0 = 0;
    gt_release(p_148_1); p_148_1 = 0;
    gt_release(p_148_2); p_148_2 = 0;
    gt_release(p_148_3); p_148_3 = 0;
    gt_release(p_148_4); p_148_4 = 0;
    gt_release(p_148_5); p_148_5 = 0;
    gt_release(m1_149_0); m1_149_0 = 0;
    gt_release(m1_149_1); m1_149_1 = 0;
    gt_release(m1_149_2); m1_149_2 = 0;
    gt_release(m1_149_3); m1_149_3 = 0;
    gt_release(m1_149_4); m1_149_4 = 0;
    gt_release(m1_149_5); m1_149_5 = 0;
    gt_release(m2_150_0); m2_150_0 = 0;
    gt_release(m2_150_1); m2_150_1 = 0;
    gt_release(m2_150_2); m2_150_2 = 0;
    gt_release(m2_150_3); m2_150_3 = 0;
    gt_release(m2_150_4); m2_150_4 = 0;
    gt_release(m2_150_5); m2_150_5 = 0;
    gt_release(epoch_113); epoch_113 = 0;
  }
  t_151 = t_114; t_114 = 0;
  p_152_0 = p_115_0; p_115_0 = 0;
  p_152_1 = p_115_1; p_115_1 = 0;
  p_152_2 = p_115_2; p_115_2 = 0;
  p_152_3 = p_115_3; p_115_3 = 0;
  p_152_4 = p_115_4; p_115_4 = 0;
  p_152_5 = p_115_5; p_115_5 = 0;
  m1_153_0 = m1_116_0; m1_116_0 = 0;
  m1_153_1 = m1_116_1; m1_116_1 = 0;
  m1_153_2 = m1_116_2; m1_116_2 = 0;
  m1_153_3 = m1_116_3; m1_116_3 = 0;
  m1_153_4 = m1_116_4; m1_116_4 = 0;
  m1_153_5 = m1_116_5; m1_116_5 = 0;
  m2_154_0 = m2_117_0; m2_117_0 = 0;
  m2_154_1 = m2_117_1; m2_117_1 = 0;
  m2_154_2 = m2_117_2; m2_117_2 = 0;
  m2_154_3 = m2_117_3; m2_117_3 = 0;
  m2_154_4 = m2_117_4; m2_117_4 = 0;
  m2_154_5 = m2_117_5; m2_117_5 = 0;
  gt_release(p_82_0); p_82_0 = 0;
  gt_release(p_82_1); p_82_1 = 0;
  gt_release(p_82_2); p_82_2 = 0;
  gt_release(p_82_3); p_82_3 = 0;
  gt_release(p_82_4); p_82_4 = 0;
  gt_release(p_82_5); p_82_5 = 0;
  gt_release(m1_95_0); m1_95_0 = 0;
  gt_release(m1_95_1); m1_95_1 = 0;
  gt_release(m1_95_2); m1_95_2 = 0;
  gt_release(m1_95_3); m1_95_3 = 0;
  gt_release(m1_95_4); m1_95_4 = 0;
  gt_release(m1_95_5); m1_95_5 = 0;
  gt_release(epochs_109); epochs_109 = 0;
  gt_release(batch_110); batch_110 = 0;
  gt_release(m1_153_0); m1_153_0 = 0;
  gt_release(m1_153_1); m1_153_1 = 0;
  gt_release(m1_153_2); m1_153_2 = 0;
  gt_release(m1_153_3); m1_153_3 = 0;
  gt_release(m1_153_4); m1_153_4 = 0;
  gt_release(m1_153_5); m1_153_5 = 0;
  gt_release(m2_154_0); m2_154_0 = 0;
  gt_release(m2_154_1); m2_154_1 = 0;
  gt_release(m2_154_2); m2_154_2 = 0;
  gt_release(m2_154_3); m2_154_3 = 0;
  gt_release(m2_154_4); m2_154_4 = 0;
  gt_release(m2_154_5); m2_154_5 = 0;
  gt_line = 17; gt_col = 28;
  v_509 = gt_scalar(I32, 8);
  gt_line = 17; gt_col = 13;
  img_512 = gt_reshape(v_4, 4, (int64_t[]){gt_int(v_3), gt_int(v_509), gt_int(v_509), gt_int(v_19)});
  gt_release(v_4); v_4 = 0;
  gt_line = 18; gt_col = 38;
  v_513 = gt_retain(p_152_0);
  gt_line = 18; gt_col = 26;
  v_518 = gt_scalar(I32, 64);
  v_519 = gt_reshape(img_512, 3, (int64_t[]){gt_int(v_3), gt_int(v_518), gt_int(v_19)});
  gt_release(img_512); img_512 = 0;
  v_522 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_19)});
  v_523 = gt_concat(2, (T *[]){v_519, v_522}, 1);
  gt_release(v_519); v_519 = 0;
  gt_release(v_522); v_522 = 0;
  v_561 = gt_const(I32, 4, (int64_t[]){1, 8, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7, 8});
  v_566 = gt_const(BOOL, 4, (int64_t[]){8, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_571 = gt_const(BOOL, 4, (int64_t[]){1, 8, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_566->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_571->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){8, 8, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 576; i++) {
      const int64_t q1 = (i / 72) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 8) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_572 = r;
  }
  gt_release(v_566); v_566 = 0;
  gt_release(v_571); v_571 = 0;
  gt_line = 18; gt_col = 26;
  v_574 = gt_const(I32, 4, (int64_t[]){8, 1, 3, 1}, (double[]){-8, 0, 8, 0, 8, 16, 8, 16, 24, 16, 24, 32, 24, 32, 40, 32, 40, 48, 40, 48, 56, 48, 56, 64});
  v_575 = gt_binary(B_ADD, v_574, v_561);
  gt_release(v_561); v_561 = 0;
  gt_release(v_574); v_574 = 0;
  v_577 = gt_select(v_572, v_575, v_518);
  gt_release(v_572); v_572 = 0;
  gt_release(v_575); v_575 = 0;
  v_579 = gt_scalar(I32, 576);
  v_580 = gt_reshape(v_577, 2, (int64_t[]){gt_int(v_19), gt_int(v_579)});
  gt_release(v_577); v_577 = 0;
  v_581 = gt_scalar(I32, 65);
  v_582 = gt_scalar(I32, 97500);
  v_583 = gt_reshape(v_523, 2, (int64_t[]){gt_int(v_582), gt_int(v_19)});
  gt_release(v_523); v_523 = 0;
  gt_release(v_582); v_582 = 0;
  v_584 = gt_arange(gt_int(v_3));
  v_585 = gt_expand_dims(v_584, 1);
  gt_release(v_584); v_584 = 0;
  v_587 = gt_binary(B_MUL, v_585, v_581);
  v_588 = gt_binary(B_ADD, v_587, v_580);
  gt_release(v_587); v_587 = 0;
  v_590 = gt_scalar(I32, 864000);
  v_591 = gt_reshape(v_588, 1, (int64_t[]){gt_int(v_590)});
  gt_release(v_588); v_588 = 0;
  gt_release(v_590); v_590 = 0;
  v_592 = gt_take(v_583, v_591);
  gt_release(v_583); v_583 = 0;
  gt_release(v_591); v_591 = 0;
  v_599 = gt_scalar(I32, 96000);
  v_600 = gt_scalar(I32, 9);
  v_602 = gt_reshape(v_592, 2, (int64_t[]){gt_int(v_599), gt_int(v_600)});
  gt_release(v_592); v_592 = 0;
  v_603 = gt_reshape(v_513, 2, (int64_t[]){gt_int(v_600), gt_int(v_20)});
  gt_release(v_513); v_513 = 0;
  v_604 = gt_matmul(v_602, v_603);
  gt_release(v_602); v_602 = 0;
  v_607 = gt_reshape(v_604, 4, (int64_t[]){gt_int(v_3), gt_int(v_509), gt_int(v_509), gt_int(v_20)});
  gt_release(v_604); v_604 = 0;
  gt_line = 18; gt_col = 63;
  v_608 = gt_retain(p_152_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_607->p;
    const float *restrict p2 = (const float *)v_608->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){1500, 8, 8, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(1536000)
    for (int64_t o = 0; o < 96000; o++) {
      for (int64_t j = 0; j < 16; j++) {
        const int64_t i = o * 16 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_610 = r;
  }
  gt_release(v_607); v_607 = 0;
  gt_line = 18; gt_col = 12;
  v_616 = gt_reshape(v_610, 3, (int64_t[]){gt_int(v_3), gt_int(v_518), gt_int(v_20)});
  gt_release(v_610); v_610 = 0;
  v_617 = gt_scalar(I32, 4);
  v_675 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_678 = gt_reshape(v_616, 2, (int64_t[]){gt_int(v_599), gt_int(v_20)});
  gt_release(v_616); v_616 = 0;
  v_681 = gt_expand_dims(v_585, 0);
  v_683 = gt_binary(B_MUL, v_681, v_518);
  v_684 = gt_binary(B_ADD, v_683, v_675);
  gt_release(v_683); v_683 = 0;
  v_687 = gt_reshape(v_684, 1, (int64_t[]){gt_int(v_599)});
  gt_release(v_599); v_599 = 0;
  gt_release(v_684); v_684 = 0;
  v_688 = gt_take(v_678, v_687);
  gt_release(v_678); v_678 = 0;
  gt_release(v_687); v_687 = 0;
  v_694 = gt_scalar(I32, 24000);
  v_696 = gt_reshape(v_688, 3, (int64_t[]){gt_int(v_617), gt_int(v_694), gt_int(v_20)});
  gt_release(v_688); v_688 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_696->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){24000, 16});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){384000});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < 384000; j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < 384000; j++) {
        const int64_t i = o * 384000 + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < 384000; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_697 = r;
  }
  gt_release(v_696); v_696 = 0;
  gt_line = 18; gt_col = 12;
  h1_700 = gt_reshape(v_697, 4, (int64_t[]){gt_int(v_3), gt_int(v_617), gt_int(v_617), gt_int(v_20)});
  gt_release(v_697); v_697 = 0;
  gt_line = 19; gt_col = 37;
  v_701 = gt_retain(p_152_2);
  gt_line = 19; gt_col = 26;
  v_707 = gt_reshape(h1_700, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_700); h1_700 = 0;
  v_710 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_20)});
  v_711 = gt_concat(2, (T *[]){v_707, v_710}, 1);
  gt_release(v_707); v_707 = 0;
  gt_release(v_710); v_710 = 0;
  v_749 = gt_const(I32, 4, (int64_t[]){1, 4, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4});
  v_754 = gt_const(BOOL, 4, (int64_t[]){4, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_759 = gt_const(BOOL, 4, (int64_t[]){1, 4, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_754->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_759->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){4, 4, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const int64_t q1 = (i / 36) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 4) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_760 = r;
  }
  gt_release(v_754); v_754 = 0;
  gt_release(v_759); v_759 = 0;
  gt_line = 19; gt_col = 26;
  v_762 = gt_const(I32, 4, (int64_t[]){4, 1, 3, 1}, (double[]){-4, 0, 4, 0, 4, 8, 4, 8, 12, 8, 12, 16});
  v_763 = gt_binary(B_ADD, v_762, v_749);
  gt_release(v_749); v_749 = 0;
  gt_release(v_762); v_762 = 0;
  v_765 = gt_select(v_760, v_763, v_20);
  gt_release(v_760); v_760 = 0;
  gt_release(v_763); v_763 = 0;
  v_767 = gt_scalar(I32, 144);
  v_768 = gt_reshape(v_765, 2, (int64_t[]){gt_int(v_19), gt_int(v_767)});
  gt_release(v_765); v_765 = 0;
  v_769 = gt_scalar(I32, 17);
  v_770 = gt_scalar(I32, 25500);
  v_771 = gt_reshape(v_711, 2, (int64_t[]){gt_int(v_770), gt_int(v_20)});
  gt_release(v_711); v_711 = 0;
  gt_release(v_770); v_770 = 0;
  v_775 = gt_binary(B_MUL, v_585, v_769);
  gt_release(v_585); v_585 = 0;
  v_776 = gt_binary(B_ADD, v_775, v_768);
  gt_release(v_775); v_775 = 0;
  v_778 = gt_scalar(I32, 216000);
  v_779 = gt_reshape(v_776, 1, (int64_t[]){gt_int(v_778)});
  gt_release(v_776); v_776 = 0;
  gt_release(v_778); v_778 = 0;
  v_780 = gt_take(v_771, v_779);
  gt_release(v_771); v_771 = 0;
  gt_release(v_779); v_779 = 0;
  v_790 = gt_reshape(v_780, 2, (int64_t[]){gt_int(v_694), gt_int(v_767)});
  gt_release(v_780); v_780 = 0;
  v_791 = gt_reshape(v_701, 2, (int64_t[]){gt_int(v_767), gt_int(v_42)});
  gt_release(v_701); v_701 = 0;
  v_792 = gt_matmul(v_790, v_791);
  gt_release(v_790); v_790 = 0;
  v_795 = gt_reshape(v_792, 4, (int64_t[]){gt_int(v_3), gt_int(v_617), gt_int(v_617), gt_int(v_42)});
  gt_release(v_792); v_792 = 0;
  gt_line = 19; gt_col = 62;
  v_796 = gt_retain(p_152_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_795->p;
    const float *restrict p2 = (const float *)v_796->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){1500, 4, 4, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(768000)
    for (int64_t o = 0; o < 24000; o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_798 = r;
  }
  gt_release(v_795); v_795 = 0;
  gt_line = 19; gt_col = 12;
  v_804 = gt_reshape(v_798, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_42)});
  gt_release(v_798); v_798 = 0;
  v_863 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_866 = gt_reshape(v_804, 2, (int64_t[]){gt_int(v_694), gt_int(v_42)});
  gt_release(v_804); v_804 = 0;
  v_871 = gt_binary(B_MUL, v_681, v_20);
  gt_release(v_681); v_681 = 0;
  v_872 = gt_binary(B_ADD, v_871, v_863);
  gt_release(v_871); v_871 = 0;
  v_875 = gt_reshape(v_872, 1, (int64_t[]){gt_int(v_694)});
  gt_release(v_694); v_694 = 0;
  gt_release(v_872); v_872 = 0;
  v_876 = gt_take(v_866, v_875);
  gt_release(v_866); v_866 = 0;
  gt_release(v_875); v_875 = 0;
  v_882 = gt_scalar(I32, 6000);
  v_884 = gt_reshape(v_876, 3, (int64_t[]){gt_int(v_617), gt_int(v_882), gt_int(v_42)});
  gt_release(v_876); v_876 = 0;
  gt_release(v_882); v_882 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_884->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){6000, 32});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){192000});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < 192000; j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < 192000; j++) {
        const int64_t i = o * 192000 + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < 192000; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_885 = r;
  }
  gt_release(v_884); v_884 = 0;
  gt_line = 19; gt_col = 12;
  h2_888 = gt_reshape(v_885, 4, (int64_t[]){gt_int(v_3), gt_int(v_43), gt_int(v_43), gt_int(v_42)});
  gt_release(v_885); v_885 = 0;
  gt_line = 20; gt_col = 10;
  v_891 = gt_reshape(h2_888, 2, (int64_t[]){gt_int(v_3), gt_int(v_61)});
  gt_release(v_3); v_3 = 0;
  gt_release(h2_888); h2_888 = 0;
  gt_line = 20; gt_col = 34;
  v_892 = gt_retain(p_152_4);
  gt_line = 20; gt_col = 10;
  v_893 = gt_matmul(v_891, v_892);
  gt_release(v_891); v_891 = 0;
  gt_line = 20; gt_col = 40;
  v_894 = gt_retain(p_152_5);
  gt_release(p_152_0); p_152_0 = 0;
  gt_release(p_152_1); p_152_1 = 0;
  gt_release(p_152_2); p_152_2 = 0;
  gt_release(p_152_3); p_152_3 = 0;
  gt_release(p_152_4); p_152_4 = 0;
  gt_release(p_152_5); p_152_5 = 0;
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_893->p;
    const float *restrict p2 = (const float *)v_894->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_895 = r;
  }
  gt_release(v_893); v_893 = 0;
  gt_line = 24; gt_col = 15;
  v_896 = gt_reduce(R_LSE, v_895, 1, -1, 1);
  v_899 = gt_one_hot(v_7, gt_int(v_62), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_62); v_62 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_895->p;
    const float *restrict p2 = (const float *)v_896->p;
    const float *restrict p4 = (const float *)v_899->p;
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
    v_901 = r;
  }
  gt_release(v_895); v_895 = 0;
  gt_release(v_896); v_896 = 0;
  gt_release(v_899); v_899 = 0;
  gt_line = 24; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_901->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_903 = r;
  }
  gt_release(v_901); v_901 = 0;
  gt_line = 54; gt_col = 35;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_903->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_159 = r;
  }
  gt_release(v_903); v_903 = 0;
  gt_line = 54; gt_col = 35;
  gt_print_text("steps", 1);
  gt_print_tensor(t_151, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_159, 0);
  fputc('\n', stdout);
  gt_release(t_151); t_151 = 0;
  gt_release(v_159); v_159 = 0;
  gt_line = 17; gt_col = 25;
  v_904 = gt_shape_of(v_9);
  v_906 = gt_index(v_904, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_904); v_904 = 0;
  gt_line = 17; gt_col = 13;
  img_910 = gt_reshape(v_9, 4, (int64_t[]){gt_int(v_906), gt_int(v_509), gt_int(v_509), gt_int(v_19)});
  gt_release(v_9); v_9 = 0;
  gt_line = 18; gt_col = 26;
  v_912 = gt_shape_of(img_910);
  v_914 = gt_index(v_912, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_912); v_912 = 0;
  v_917 = gt_reshape(img_910, 3, (int64_t[]){gt_int(v_914), gt_int(v_518), gt_int(v_19)});
  gt_release(img_910); img_910 = 0;
  v_920 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_914), gt_int(v_19), gt_int(v_19)});
  v_921 = gt_concat(2, (T *[]){v_917, v_920}, 1);
  gt_release(v_917); v_917 = 0;
  gt_release(v_920); v_920 = 0;
  v_980 = gt_binary(B_MUL, v_914, v_581);
  v_981 = gt_reshape(v_921, 2, (int64_t[]){gt_int(v_980), gt_int(v_19)});
  gt_release(v_921); v_921 = 0;
  gt_release(v_980); v_980 = 0;
  v_982 = gt_arange(gt_int(v_914));
  v_983 = gt_expand_dims(v_982, 1);
  gt_release(v_982); v_982 = 0;
  v_985 = gt_binary(B_MUL, v_983, v_581);
  gt_release(v_581); v_581 = 0;
  gt_release(v_983); v_983 = 0;
  v_986 = gt_binary(B_ADD, v_985, v_580);
  gt_release(v_580); v_580 = 0;
  gt_release(v_985); v_985 = 0;
  v_988 = gt_binary(B_MUL, v_914, v_579);
  gt_release(v_579); v_579 = 0;
  v_989 = gt_reshape(v_986, 1, (int64_t[]){gt_int(v_988)});
  gt_release(v_986); v_986 = 0;
  gt_release(v_988); v_988 = 0;
  v_990 = gt_take(v_981, v_989);
  gt_release(v_981); v_981 = 0;
  gt_release(v_989); v_989 = 0;
  v_997 = gt_binary(B_MUL, v_914, v_518);
  v_1000 = gt_reshape(v_990, 2, (int64_t[]){gt_int(v_997), gt_int(v_600)});
  gt_release(v_600); v_600 = 0;
  gt_release(v_990); v_990 = 0;
  gt_release(v_997); v_997 = 0;
  v_1002 = gt_matmul(v_1000, v_603);
  gt_release(v_603); v_603 = 0;
  gt_release(v_1000); v_1000 = 0;
  v_1005 = gt_reshape(v_1002, 4, (int64_t[]){gt_int(v_914), gt_int(v_509), gt_int(v_509), gt_int(v_20)});
  gt_release(v_509); v_509 = 0;
  gt_release(v_914); v_914 = 0;
  gt_release(v_1002); v_1002 = 0;
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_1005->p;
    const float *restrict p2 = (const float *)v_608->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){sz[0] - 1500, 8, 8, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 1024))
    for (int64_t o = 0; o < ((sz[0] - 1500) * 64); o++) {
      for (int64_t j = 0; j < 16; j++) {
        const int64_t i = o * 16 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_1008 = r;
  }
  gt_release(v_608); v_608 = 0;
  gt_release(v_1005); v_1005 = 0;
  gt_line = 18; gt_col = 12;
  v_1009 = gt_shape_of(v_1008);
  v_1011 = gt_index(v_1009, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_1009); v_1009 = 0;
  v_1014 = gt_reshape(v_1008, 3, (int64_t[]){gt_int(v_1011), gt_int(v_518), gt_int(v_20)});
  gt_release(v_1008); v_1008 = 0;
  v_1075 = gt_binary(B_MUL, v_1011, v_518);
  v_1076 = gt_reshape(v_1014, 2, (int64_t[]){gt_int(v_1075), gt_int(v_20)});
  gt_release(v_1014); v_1014 = 0;
  v_1077 = gt_arange(gt_int(v_1011));
  v_1078 = gt_expand_dims(v_1077, 1);
  gt_release(v_1077); v_1077 = 0;
  v_1079 = gt_expand_dims(v_1078, 0);
  gt_release(v_1078); v_1078 = 0;
  v_1081 = gt_binary(B_MUL, v_1079, v_518);
  gt_release(v_518); v_518 = 0;
  gt_release(v_1079); v_1079 = 0;
  v_1082 = gt_binary(B_ADD, v_1081, v_675);
  gt_release(v_675); v_675 = 0;
  gt_release(v_1081); v_1081 = 0;
  v_1085 = gt_reshape(v_1082, 1, (int64_t[]){gt_int(v_1075)});
  gt_release(v_1075); v_1075 = 0;
  gt_release(v_1082); v_1082 = 0;
  v_1086 = gt_take(v_1076, v_1085);
  gt_release(v_1076); v_1076 = 0;
  gt_release(v_1085); v_1085 = 0;
  v_1092 = gt_binary(B_MUL, v_1011, v_20);
  v_1094 = gt_reshape(v_1086, 3, (int64_t[]){gt_int(v_617), gt_int(v_1092), gt_int(v_20)});
  gt_release(v_1086); v_1086 = 0;
  gt_release(v_1092); v_1092 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_1094->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0] - 24000, 16});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){((16 * sz[0] - 24000) * 16)});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < ((16 * sz[0] - 24000) * 16); j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((16 * sz[0] - 24000) * 16); j++) {
        const int64_t i = o * ((16 * sz[0] - 24000) * 16) + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < ((16 * sz[0] - 24000) * 16); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_1095 = r;
  }
  gt_release(v_1094); v_1094 = 0;
  gt_line = 18; gt_col = 12;
  h1_1098 = gt_reshape(v_1095, 4, (int64_t[]){gt_int(v_1011), gt_int(v_617), gt_int(v_617), gt_int(v_20)});
  gt_release(v_1011); v_1011 = 0;
  gt_release(v_1095); v_1095 = 0;
  gt_line = 19; gt_col = 26;
  v_1100 = gt_shape_of(h1_1098);
  v_1102 = gt_index(v_1100, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_1100); v_1100 = 0;
  v_1105 = gt_reshape(h1_1098, 3, (int64_t[]){gt_int(v_1102), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_1098); h1_1098 = 0;
  v_1108 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_1102), gt_int(v_19), gt_int(v_20)});
  gt_release(v_19); v_19 = 0;
  gt_release(v_37); v_37 = 0;
  v_1109 = gt_concat(2, (T *[]){v_1105, v_1108}, 1);
  gt_release(v_1105); v_1105 = 0;
  gt_release(v_1108); v_1108 = 0;
  v_1168 = gt_binary(B_MUL, v_1102, v_769);
  v_1169 = gt_reshape(v_1109, 2, (int64_t[]){gt_int(v_1168), gt_int(v_20)});
  gt_release(v_1109); v_1109 = 0;
  gt_release(v_1168); v_1168 = 0;
  v_1170 = gt_arange(gt_int(v_1102));
  v_1171 = gt_expand_dims(v_1170, 1);
  gt_release(v_1170); v_1170 = 0;
  v_1173 = gt_binary(B_MUL, v_1171, v_769);
  gt_release(v_769); v_769 = 0;
  gt_release(v_1171); v_1171 = 0;
  v_1174 = gt_binary(B_ADD, v_1173, v_768);
  gt_release(v_768); v_768 = 0;
  gt_release(v_1173); v_1173 = 0;
  v_1176 = gt_binary(B_MUL, v_1102, v_767);
  v_1177 = gt_reshape(v_1174, 1, (int64_t[]){gt_int(v_1176)});
  gt_release(v_1174); v_1174 = 0;
  gt_release(v_1176); v_1176 = 0;
  v_1178 = gt_take(v_1169, v_1177);
  gt_release(v_1169); v_1169 = 0;
  gt_release(v_1177); v_1177 = 0;
  v_1185 = gt_binary(B_MUL, v_1102, v_20);
  v_1188 = gt_reshape(v_1178, 2, (int64_t[]){gt_int(v_1185), gt_int(v_767)});
  gt_release(v_767); v_767 = 0;
  gt_release(v_1178); v_1178 = 0;
  gt_release(v_1185); v_1185 = 0;
  v_1190 = gt_matmul(v_1188, v_791);
  gt_release(v_791); v_791 = 0;
  gt_release(v_1188); v_1188 = 0;
  v_1193 = gt_reshape(v_1190, 4, (int64_t[]){gt_int(v_1102), gt_int(v_617), gt_int(v_617), gt_int(v_42)});
  gt_release(v_1102); v_1102 = 0;
  gt_release(v_1190); v_1190 = 0;
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_1193->p;
    const float *restrict p2 = (const float *)v_796->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){sz[0] - 1500, 4, 4, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 512))
    for (int64_t o = 0; o < ((sz[0] - 1500) * 16); o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_1196 = r;
  }
  gt_release(v_796); v_796 = 0;
  gt_release(v_1193); v_1193 = 0;
  gt_line = 19; gt_col = 12;
  v_1197 = gt_shape_of(v_1196);
  v_1199 = gt_index(v_1197, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_2); v_2 = 0;
  gt_release(v_1197); v_1197 = 0;
  v_1202 = gt_reshape(v_1196, 3, (int64_t[]){gt_int(v_1199), gt_int(v_20), gt_int(v_42)});
  gt_release(v_1196); v_1196 = 0;
  v_1263 = gt_binary(B_MUL, v_1199, v_20);
  v_1264 = gt_reshape(v_1202, 2, (int64_t[]){gt_int(v_1263), gt_int(v_42)});
  gt_release(v_1202); v_1202 = 0;
  v_1265 = gt_arange(gt_int(v_1199));
  v_1266 = gt_expand_dims(v_1265, 1);
  gt_release(v_1265); v_1265 = 0;
  v_1267 = gt_expand_dims(v_1266, 0);
  gt_release(v_1266); v_1266 = 0;
  v_1269 = gt_binary(B_MUL, v_1267, v_20);
  gt_release(v_20); v_20 = 0;
  gt_release(v_1267); v_1267 = 0;
  v_1270 = gt_binary(B_ADD, v_1269, v_863);
  gt_release(v_863); v_863 = 0;
  gt_release(v_1269); v_1269 = 0;
  v_1273 = gt_reshape(v_1270, 1, (int64_t[]){gt_int(v_1263)});
  gt_release(v_1263); v_1263 = 0;
  gt_release(v_1270); v_1270 = 0;
  v_1274 = gt_take(v_1264, v_1273);
  gt_release(v_1264); v_1264 = 0;
  gt_release(v_1273); v_1273 = 0;
  v_1280 = gt_binary(B_MUL, v_1199, v_617);
  v_1282 = gt_reshape(v_1274, 3, (int64_t[]){gt_int(v_617), gt_int(v_1280), gt_int(v_42)});
  gt_release(v_617); v_617 = 0;
  gt_release(v_1274); v_1274 = 0;
  gt_release(v_1280); v_1280 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_1282->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){4 * sz[0] - 6000, 32});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){((4 * sz[0] - 6000) * 32)});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < ((4 * sz[0] - 6000) * 32); j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((4 * sz[0] - 6000) * 32); j++) {
        const int64_t i = o * ((4 * sz[0] - 6000) * 32) + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < ((4 * sz[0] - 6000) * 32); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_1283 = r;
  }
  gt_release(v_1282); v_1282 = 0;
  gt_line = 19; gt_col = 12;
  h2_1286 = gt_reshape(v_1283, 4, (int64_t[]){gt_int(v_1199), gt_int(v_43), gt_int(v_43), gt_int(v_42)});
  gt_release(v_42); v_42 = 0;
  gt_release(v_43); v_43 = 0;
  gt_release(v_1199); v_1199 = 0;
  gt_release(v_1283); v_1283 = 0;
  gt_line = 20; gt_col = 10;
  v_1291 = gt_reshape(h2_1286, 2, (int64_t[]){gt_int(v_906), gt_int(v_61)});
  gt_release(v_61); v_61 = 0;
  gt_release(v_906); v_906 = 0;
  gt_release(h2_1286); h2_1286 = 0;
  v_1293 = gt_matmul(v_1291, v_892);
  gt_release(v_892); v_892 = 0;
  gt_release(v_1291); v_1291 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_1293->p;
    const float *restrict p2 = (const float *)v_894->p;
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
    v_1295 = r;
  }
  gt_release(v_894); v_894 = 0;
  gt_release(v_1293); v_1293 = 0;
  gt_line = 55; gt_col = 33;
  v_161 = gt_argmax(v_1295, -1);
  gt_release(v_1295); v_1295 = 0;
  v_162 = gt_binary(B_EQ, v_161, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_161); v_161 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_162->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_164 = r;
  }
  gt_release(v_162); v_162 = 0;
  gt_line = 55; gt_col = 27;
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
    v_168 = r;
  }
  gt_release(v_164); v_164 = 0;
  gt_line = 55; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_168, 0);
  fputc('\n', stdout);
  gt_release(v_168); v_168 = 0;
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
  gt_release(v_20);
  gt_release(v_34);
  gt_release(v_35);
  gt_release(v_37);
  gt_release(v_38);
  gt_release(v_42);
  gt_release(v_43);
  gt_release(v_56);
  gt_release(v_57);
  gt_release(v_60);
  gt_release(v_61);
  gt_release(v_62);
  gt_release(v_73);
  gt_release(v_78);
  gt_release(v_81);
  gt_release(p_82_0);
  gt_release(p_82_1);
  gt_release(p_82_2);
  gt_release(p_82_3);
  gt_release(p_82_4);
  gt_release(p_82_5);
  gt_release(v_84);
  gt_release(v_88);
  gt_release(v_92);
  gt_release(m1_95_0);
  gt_release(m1_95_1);
  gt_release(m1_95_2);
  gt_release(m1_95_3);
  gt_release(m1_95_4);
  gt_release(m1_95_5);
  gt_release(epochs_109);
  gt_release(batch_110);
  gt_release(t_151);
  gt_release(p_152_0);
  gt_release(p_152_1);
  gt_release(p_152_2);
  gt_release(p_152_3);
  gt_release(p_152_4);
  gt_release(p_152_5);
  gt_release(m1_153_0);
  gt_release(m1_153_1);
  gt_release(m1_153_2);
  gt_release(m1_153_3);
  gt_release(m1_153_4);
  gt_release(m1_153_5);
  gt_release(m2_154_0);
  gt_release(m2_154_1);
  gt_release(m2_154_2);
  gt_release(m2_154_3);
  gt_release(m2_154_4);
  gt_release(m2_154_5);
  gt_release(t_114);
  gt_release(p_115_0);
  gt_release(p_115_1);
  gt_release(p_115_2);
  gt_release(p_115_3);
  gt_release(p_115_4);
  gt_release(p_115_5);
  gt_release(m1_116_0);
  gt_release(m1_116_1);
  gt_release(m1_116_2);
  gt_release(m1_116_3);
  gt_release(m1_116_4);
  gt_release(m1_116_5);
  gt_release(m2_117_0);
  gt_release(m2_117_1);
  gt_release(m2_117_2);
  gt_release(m2_117_3);
  gt_release(m2_117_4);
  gt_release(m2_117_5);
  gt_release(epoch_113);
  gt_release(order_119);
  gt_release(v_121);
  gt_release(t_147);
  gt_release(p_148_0);
  gt_release(p_148_1);
  gt_release(p_148_2);
  gt_release(p_148_3);
  gt_release(p_148_4);
  gt_release(p_148_5);
  gt_release(m1_149_0);
  gt_release(m1_149_1);
  gt_release(m1_149_2);
  gt_release(m1_149_3);
  gt_release(m1_149_4);
  gt_release(m1_149_5);
  gt_release(m2_150_0);
  gt_release(m2_150_1);
  gt_release(m2_150_2);
  gt_release(m2_150_3);
  gt_release(m2_150_4);
  gt_release(m2_150_5);
  gt_release(t_123);
  gt_release(p_124_0);
  gt_release(p_124_1);
  gt_release(p_124_2);
  gt_release(p_124_3);
  gt_release(p_124_4);
  gt_release(p_124_5);
  gt_release(m1_125_0);
  gt_release(m1_125_1);
  gt_release(m1_125_2);
  gt_release(m1_125_3);
  gt_release(m1_125_4);
  gt_release(m1_125_5);
  gt_release(m2_126_0);
  gt_release(m2_126_1);
  gt_release(m2_126_2);
  gt_release(m2_126_3);
  gt_release(m2_126_4);
  gt_release(m2_126_5);
  gt_release(k_122);
  gt_release(v_127);
  gt_release(v_129);
  gt_release(v_130);
  gt_release(rows_131);
  gt_release(v_132);
  gt_release(v_133);
  gt_release(v_134_0);
  gt_release(v_134_1);
  gt_release(v_134_2);
  gt_release(v_134_3);
  gt_release(v_134_4);
  gt_release(v_134_5);
  gt_release(v_170);
  gt_release(v_171);
  gt_release(v_172);
  gt_release(v_173);
  gt_release(v_174);
  gt_release(v_175);
  gt_release(v_177);
  gt_release(v_179);
  gt_release(v_182);
  gt_release(v_185);
  gt_release(v_188);
  gt_release(v_191);
  gt_release(v_196);
  gt_release(v_138);
  gt_release(v_227);
  gt_release(v_231);
  gt_release(v_232);
  gt_release(v_233);
  gt_release(v_234);
  gt_release(v_235);
  gt_release(v_236);
  gt_release(v_238);
  gt_release(v_240);
  gt_release(v_242);
  gt_release(v_244);
  gt_release(v_246);
  gt_release(v_248);
  gt_release(v_274);
  gt_release(v_277);
  gt_release(v_280);
  gt_release(v_283);
  gt_release(v_286);
  gt_release(v_289);
  gt_release(m2_290_0);
  gt_release(m2_290_1);
  gt_release(m2_290_2);
  gt_release(m2_290_3);
  gt_release(m2_290_4);
  gt_release(m2_290_5);
  gt_release(v_299);
  gt_release(v_301);
  gt_release(v_303);
  gt_release(v_305);
  gt_release(v_307);
  gt_release(v_309);
  gt_release(v_348);
  gt_release(v_351);
  gt_release(v_354);
  gt_release(v_357);
  gt_release(v_360);
  gt_release(v_363);
  gt_release(v2_364_0);
  gt_release(v2_364_1);
  gt_release(v2_364_2);
  gt_release(v2_364_3);
  gt_release(v2_364_4);
  gt_release(v2_364_5);
  gt_release(v_368);
  gt_release(v_393);
  gt_release(v_490);
  gt_release(v_493);
  gt_release(v_496);
  gt_release(v_499);
  gt_release(v_502);
  gt_release(v_505);
  gt_release(v_506_0);
  gt_release(v_506_1);
  gt_release(v_506_2);
  gt_release(v_506_3);
  gt_release(v_506_4);
  gt_release(v_506_5);
  gt_release(v_509);
  gt_release(img_512);
  gt_release(v_513);
  gt_release(v_518);
  gt_release(v_519);
  gt_release(v_522);
  gt_release(v_523);
  gt_release(v_561);
  gt_release(v_566);
  gt_release(v_571);
  gt_release(v_572);
  gt_release(v_574);
  gt_release(v_575);
  gt_release(v_577);
  gt_release(v_579);
  gt_release(v_580);
  gt_release(v_581);
  gt_release(v_582);
  gt_release(v_583);
  gt_release(v_584);
  gt_release(v_585);
  gt_release(v_587);
  gt_release(v_588);
  gt_release(v_590);
  gt_release(v_591);
  gt_release(v_592);
  gt_release(v_599);
  gt_release(v_600);
  gt_release(v_602);
  gt_release(v_603);
  gt_release(v_604);
  gt_release(v_607);
  gt_release(v_608);
  gt_release(v_610);
  gt_release(v_616);
  gt_release(v_617);
  gt_release(v_675);
  gt_release(v_678);
  gt_release(v_681);
  gt_release(v_683);
  gt_release(v_684);
  gt_release(v_687);
  gt_release(v_688);
  gt_release(v_694);
  gt_release(v_696);
  gt_release(v_697);
  gt_release(h1_700);
  gt_release(v_701);
  gt_release(v_707);
  gt_release(v_710);
  gt_release(v_711);
  gt_release(v_749);
  gt_release(v_754);
  gt_release(v_759);
  gt_release(v_760);
  gt_release(v_762);
  gt_release(v_763);
  gt_release(v_765);
  gt_release(v_767);
  gt_release(v_768);
  gt_release(v_769);
  gt_release(v_770);
  gt_release(v_771);
  gt_release(v_775);
  gt_release(v_776);
  gt_release(v_778);
  gt_release(v_779);
  gt_release(v_780);
  gt_release(v_790);
  gt_release(v_791);
  gt_release(v_792);
  gt_release(v_795);
  gt_release(v_796);
  gt_release(v_798);
  gt_release(v_804);
  gt_release(v_863);
  gt_release(v_866);
  gt_release(v_871);
  gt_release(v_872);
  gt_release(v_875);
  gt_release(v_876);
  gt_release(v_882);
  gt_release(v_884);
  gt_release(v_885);
  gt_release(h2_888);
  gt_release(v_891);
  gt_release(v_892);
  gt_release(v_893);
  gt_release(v_894);
  gt_release(v_895);
  gt_release(v_896);
  gt_release(v_899);
  gt_release(v_901);
  gt_release(v_903);
  gt_release(v_159);
  gt_release(v_904);
  gt_release(v_906);
  gt_release(img_910);
  gt_release(v_912);
  gt_release(v_914);
  gt_release(v_917);
  gt_release(v_920);
  gt_release(v_921);
  gt_release(v_980);
  gt_release(v_981);
  gt_release(v_982);
  gt_release(v_983);
  gt_release(v_985);
  gt_release(v_986);
  gt_release(v_988);
  gt_release(v_989);
  gt_release(v_990);
  gt_release(v_997);
  gt_release(v_1000);
  gt_release(v_1002);
  gt_release(v_1005);
  gt_release(v_1008);
  gt_release(v_1009);
  gt_release(v_1011);
  gt_release(v_1014);
  gt_release(v_1075);
  gt_release(v_1076);
  gt_release(v_1077);
  gt_release(v_1078);
  gt_release(v_1079);
  gt_release(v_1081);
  gt_release(v_1082);
  gt_release(v_1085);
  gt_release(v_1086);
  gt_release(v_1092);
  gt_release(v_1094);
  gt_release(v_1095);
  gt_release(h1_1098);
  gt_release(v_1100);
  gt_release(v_1102);
  gt_release(v_1105);
  gt_release(v_1108);
  gt_release(v_1109);
  gt_release(v_1168);
  gt_release(v_1169);
  gt_release(v_1170);
  gt_release(v_1171);
  gt_release(v_1173);
  gt_release(v_1174);
  gt_release(v_1176);
  gt_release(v_1177);
  gt_release(v_1178);
  gt_release(v_1185);
  gt_release(v_1188);
  gt_release(v_1190);
  gt_release(v_1193);
  gt_release(v_1196);
  gt_release(v_1197);
  gt_release(v_1199);
  gt_release(v_1202);
  gt_release(v_1263);
  gt_release(v_1264);
  gt_release(v_1265);
  gt_release(v_1266);
  gt_release(v_1267);
  gt_release(v_1269);
  gt_release(v_1270);
  gt_release(v_1273);
  gt_release(v_1274);
  gt_release(v_1280);
  gt_release(v_1282);
  gt_release(v_1283);
  gt_release(h2_1286);
  gt_release(v_1291);
  gt_release(v_1293);
  gt_release(v_1295);
  gt_release(v_161);
  gt_release(v_162);
  gt_release(v_164);
  gt_release(v_168);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a1_0, T *a2_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_45 = 0, *v_46 = 0, *v_48 = 0, *img_49 = 0, *v_50 = 0, *v_51 = 0, *v_52 = 0, *v_53 = 0, *v_55 = 0, *v_56 = 0, *v_57 = 0, *v_59 = 0, *v_60 = 0, *v_98 = 0, *v_103 = 0, *v_108 = 0, *v_109 = 0, *v_111 = 0, *v_112 = 0, *v_114 = 0, *v_116 = 0, *v_117 = 0, *v_118 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *v_122 = 0, *v_124 = 0, *v_125 = 0, *v_127 = 0, *v_128 = 0, *v_129 = 0, *v_134 = 0, *v_136 = 0, *v_137 = 0, *v_139 = 0, *v_140 = 0, *v_141 = 0, *v_144 = 0, *v_145 = 0, *v_147 = 0, *v_148 = 0, *v_150 = 0, *v_153 = 0, *v_154 = 0, *v_156 = 0, *v_212 = 0, *v_214 = 0, *v_215 = 0, *v_216 = 0, *v_217 = 0, *v_218 = 0, *v_220 = 0, *v_221 = 0, *v_224 = 0, *v_225 = 0, *v_231 = 0, *v_233 = 0, *v_234 = 0, *h1_237 = 0, *v_238 = 0, *v_239 = 0, *v_241 = 0, *v_244 = 0, *v_247 = 0, *v_248 = 0, *v_286 = 0, *v_291 = 0, *v_296 = 0, *v_297 = 0, *v_299 = 0, *v_300 = 0, *v_302 = 0, *v_304 = 0, *v_305 = 0, *v_306 = 0, *v_307 = 0, *v_308 = 0, *v_309 = 0, *v_310 = 0, *v_312 = 0, *v_313 = 0, *v_315 = 0, *v_316 = 0, *v_317 = 0, *v_322 = 0, *v_324 = 0, *v_327 = 0, *v_328 = 0, *v_329 = 0, *v_332 = 0, *v_333 = 0, *v_335 = 0, *v_336 = 0, *v_338 = 0, *v_341 = 0, *v_400 = 0, *v_402 = 0, *v_403 = 0, *v_404 = 0, *v_405 = 0, *v_406 = 0, *v_408 = 0, *v_409 = 0, *v_412 = 0, *v_413 = 0, *v_419 = 0, *v_421 = 0, *v_422 = 0, *h2_425 = 0, *v_427 = 0, *v_428 = 0, *v_429 = 0, *v_430 = 0, *v_431 = 0, *v_432 = 0, *v_4 = 0, *v_6 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *v_13 = 0, *v_14 = 0, *v_19 = 0, *v_24 = 0, *v_25 = 0, *v_29 = 0, *v_549 = 0, *v_550 = 0, *v_551 = 0, *v_552 = 0, *v_553 = 0, *v_556 = 0, *v_557 = 0, *v_561 = 0, *v_564 = 0, *v_565 = 0, *v_570 = 0, *v_571 = 0, *v_572 = 0, *v_573 = 0, *v_574 = 0, *v_575 = 0, *v_576 = 0, *v_577 = 0, *v_578 = 0, *v_579 = 0, *v_580 = 0, *v_583 = 0, *v_584 = 0, *v_587 = 0, *v_590 = 0, *v_591 = 0, *v_596 = 0, *v_597 = 0, *v_598 = 0, *v_599 = 0, *v_600 = 0, *v_601_0 = 0, *v_601_1 = 0, *v_601_2 = 0, *v_601_3 = 0, *v_601_4 = 0, *v_601_5 = 0;
  (void)out;
  gt_bind(a0_0, F32, 4, (gt_dim[]){{-1, 3, 0}, {-1, 3, 0}, {-1, 1, 0}, {-1, 16, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[3, 3, 1, 16]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 16, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[16]");
  gt_bind(a0_2, F32, 4, (gt_dim[]){{-1, 3, 0}, {-1, 3, 0}, {-1, 16, 0}, {-1, 32, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[3, 3, 16, 32]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 32, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[32]");
  gt_bind(a0_4, F32, 2, (gt_dim[]){{-1, 128, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[128, 10]");
  gt_bind(a0_5, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
  gt_line = 17; gt_col = 25;
  if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
  v_45 = gt_scalar(I32, (double)sz[0]);
  gt_line = 17; gt_col = 28;
  v_46 = gt_scalar(I32, 8);
  gt_line = 17; gt_col = 34;
  v_48 = gt_scalar(I32, 1);
  gt_line = 17; gt_col = 13;
  img_49 = gt_reshape(a1_0, 4, (int64_t[]){gt_int(v_45), gt_int(v_46), gt_int(v_46), gt_int(v_48)});
  gt_line = 18; gt_col = 38;
  v_50 = gt_retain(a0_0);
  gt_line = 18; gt_col = 26;
  v_51 = gt_shape_of(img_49);
  v_52 = gt_scalar(I32, 0);
  v_53 = gt_index(v_51, 1, (gt_spec[]){{0, 0, 0, gt_int(v_52), 0, 1}});
  gt_release(v_51); v_51 = 0;
  v_55 = gt_scalar(I32, 64);
  v_56 = gt_reshape(img_49, 3, (int64_t[]){gt_int(v_53), gt_int(v_55), gt_int(v_48)});
  gt_release(img_49); img_49 = 0;
  v_57 = gt_scalar(F32, 0);
  v_59 = gt_fill(F32, gt_get(v_57, 0), 3, (int64_t[]){gt_int(v_53), gt_int(v_48), gt_int(v_48)});
  v_60 = gt_concat(2, (T *[]){v_56, v_59}, 1);
  gt_release(v_56); v_56 = 0;
  gt_release(v_59); v_59 = 0;
  v_98 = gt_const(I32, 4, (int64_t[]){1, 8, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7, 8});
  v_103 = gt_const(BOOL, 4, (int64_t[]){8, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_108 = gt_const(BOOL, 4, (int64_t[]){1, 8, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_103->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_108->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){8, 8, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 576; i++) {
      const int64_t q1 = (i / 72) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 8) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_109 = r;
  }
  gt_release(v_103); v_103 = 0;
  gt_release(v_108); v_108 = 0;
  gt_line = 18; gt_col = 26;
  v_111 = gt_const(I32, 4, (int64_t[]){8, 1, 3, 1}, (double[]){-8, 0, 8, 0, 8, 16, 8, 16, 24, 16, 24, 32, 24, 32, 40, 32, 40, 48, 40, 48, 56, 48, 56, 64});
  v_112 = gt_binary(B_ADD, v_111, v_98);
  gt_release(v_98); v_98 = 0;
  gt_release(v_111); v_111 = 0;
  v_114 = gt_select(v_109, v_112, v_55);
  gt_release(v_109); v_109 = 0;
  gt_release(v_112); v_112 = 0;
  v_116 = gt_scalar(I32, 576);
  v_117 = gt_reshape(v_114, 2, (int64_t[]){gt_int(v_48), gt_int(v_116)});
  gt_release(v_114); v_114 = 0;
  v_118 = gt_scalar(I32, 65);
  v_119 = gt_binary(B_MUL, v_53, v_118);
  v_120 = gt_reshape(v_60, 2, (int64_t[]){gt_int(v_119), gt_int(v_48)});
  gt_release(v_60); v_60 = 0;
  gt_release(v_119); v_119 = 0;
  v_121 = gt_arange(gt_int(v_53));
  v_122 = gt_expand_dims(v_121, 1);
  gt_release(v_121); v_121 = 0;
  v_124 = gt_binary(B_MUL, v_122, v_118);
  gt_release(v_118); v_118 = 0;
  gt_release(v_122); v_122 = 0;
  v_125 = gt_binary(B_ADD, v_124, v_117);
  gt_release(v_117); v_117 = 0;
  gt_release(v_124); v_124 = 0;
  v_127 = gt_binary(B_MUL, v_53, v_116);
  gt_release(v_116); v_116 = 0;
  v_128 = gt_reshape(v_125, 1, (int64_t[]){gt_int(v_127)});
  gt_release(v_125); v_125 = 0;
  gt_release(v_127); v_127 = 0;
  v_129 = gt_take(v_120, v_128);
  gt_release(v_120); v_120 = 0;
  gt_release(v_128); v_128 = 0;
  v_134 = gt_scalar(I32, 16);
  v_136 = gt_binary(B_MUL, v_53, v_55);
  v_137 = gt_scalar(I32, 9);
  v_139 = gt_reshape(v_129, 2, (int64_t[]){gt_int(v_136), gt_int(v_137)});
  gt_release(v_129); v_129 = 0;
  gt_release(v_136); v_136 = 0;
  v_140 = gt_reshape(v_50, 2, (int64_t[]){gt_int(v_137), gt_int(v_134)});
  gt_release(v_137); v_137 = 0;
  v_141 = gt_matmul(v_139, v_140);
  gt_release(v_140); v_140 = 0;
  v_144 = gt_reshape(v_141, 4, (int64_t[]){gt_int(v_53), gt_int(v_46), gt_int(v_46), gt_int(v_134)});
  gt_release(v_46); v_46 = 0;
  gt_release(v_53); v_53 = 0;
  gt_line = 18; gt_col = 63;
  v_145 = gt_retain(a0_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_144->p;
    const float *restrict p2 = (const float *)v_145->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){sz[0], 8, 8, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 1024))
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      for (int64_t j = 0; j < 16; j++) {
        const int64_t i = o * 16 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_147 = r;
  }
  gt_line = 18; gt_col = 12;
  v_148 = gt_shape_of(v_147);
  v_150 = gt_index(v_148, 1, (gt_spec[]){{0, 0, 0, gt_int(v_52), 0, 1}});
  gt_release(v_148); v_148 = 0;
  v_153 = gt_reshape(v_147, 3, (int64_t[]){gt_int(v_150), gt_int(v_55), gt_int(v_134)});
  v_154 = gt_scalar(I32, 4);
  v_156 = gt_scalar(I32, 2);
  v_212 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_214 = gt_binary(B_MUL, v_150, v_55);
  v_215 = gt_reshape(v_153, 2, (int64_t[]){gt_int(v_214), gt_int(v_134)});
  v_216 = gt_arange(gt_int(v_150));
  v_217 = gt_expand_dims(v_216, 1);
  gt_release(v_216); v_216 = 0;
  v_218 = gt_expand_dims(v_217, 0);
  gt_release(v_217); v_217 = 0;
  v_220 = gt_binary(B_MUL, v_218, v_55);
  gt_release(v_55); v_55 = 0;
  gt_release(v_218); v_218 = 0;
  v_221 = gt_binary(B_ADD, v_220, v_212);
  gt_release(v_212); v_212 = 0;
  gt_release(v_220); v_220 = 0;
  v_224 = gt_reshape(v_221, 1, (int64_t[]){gt_int(v_214)});
  gt_release(v_214); v_214 = 0;
  gt_release(v_221); v_221 = 0;
  v_225 = gt_take(v_215, v_224);
  v_231 = gt_binary(B_MUL, v_150, v_134);
  v_233 = gt_reshape(v_225, 3, (int64_t[]){gt_int(v_154), gt_int(v_231), gt_int(v_134)});
  gt_release(v_231); v_231 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_233->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){((16 * sz[0]) * 16)});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) {
        const int64_t i = o * ((16 * sz[0]) * 16) + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_234 = r;
  }
  gt_line = 18; gt_col = 12;
  h1_237 = gt_reshape(v_234, 4, (int64_t[]){gt_int(v_150), gt_int(v_154), gt_int(v_154), gt_int(v_134)});
  gt_release(v_150); v_150 = 0;
  gt_line = 19; gt_col = 37;
  v_238 = gt_retain(a0_2);
  gt_line = 19; gt_col = 26;
  v_239 = gt_shape_of(h1_237);
  v_241 = gt_index(v_239, 1, (gt_spec[]){{0, 0, 0, gt_int(v_52), 0, 1}});
  gt_release(v_239); v_239 = 0;
  v_244 = gt_reshape(h1_237, 3, (int64_t[]){gt_int(v_241), gt_int(v_134), gt_int(v_134)});
  v_247 = gt_fill(F32, gt_get(v_57, 0), 3, (int64_t[]){gt_int(v_241), gt_int(v_48), gt_int(v_134)});
  v_248 = gt_concat(2, (T *[]){v_244, v_247}, 1);
  gt_release(v_244); v_244 = 0;
  gt_release(v_247); v_247 = 0;
  v_286 = gt_const(I32, 4, (int64_t[]){1, 4, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4});
  v_291 = gt_const(BOOL, 4, (int64_t[]){4, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_296 = gt_const(BOOL, 4, (int64_t[]){1, 4, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_291->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_296->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){4, 4, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const int64_t q1 = (i / 36) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 4) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_297 = r;
  }
  gt_release(v_291); v_291 = 0;
  gt_release(v_296); v_296 = 0;
  gt_line = 19; gt_col = 26;
  v_299 = gt_const(I32, 4, (int64_t[]){4, 1, 3, 1}, (double[]){-4, 0, 4, 0, 4, 8, 4, 8, 12, 8, 12, 16});
  v_300 = gt_binary(B_ADD, v_299, v_286);
  gt_release(v_286); v_286 = 0;
  gt_release(v_299); v_299 = 0;
  v_302 = gt_select(v_297, v_300, v_134);
  gt_release(v_297); v_297 = 0;
  gt_release(v_300); v_300 = 0;
  v_304 = gt_scalar(I32, 144);
  v_305 = gt_reshape(v_302, 2, (int64_t[]){gt_int(v_48), gt_int(v_304)});
  gt_release(v_48); v_48 = 0;
  gt_release(v_302); v_302 = 0;
  v_306 = gt_scalar(I32, 17);
  v_307 = gt_binary(B_MUL, v_241, v_306);
  v_308 = gt_reshape(v_248, 2, (int64_t[]){gt_int(v_307), gt_int(v_134)});
  gt_release(v_307); v_307 = 0;
  v_309 = gt_arange(gt_int(v_241));
  v_310 = gt_expand_dims(v_309, 1);
  gt_release(v_309); v_309 = 0;
  v_312 = gt_binary(B_MUL, v_310, v_306);
  gt_release(v_306); v_306 = 0;
  gt_release(v_310); v_310 = 0;
  v_313 = gt_binary(B_ADD, v_312, v_305);
  gt_release(v_305); v_305 = 0;
  gt_release(v_312); v_312 = 0;
  v_315 = gt_binary(B_MUL, v_241, v_304);
  v_316 = gt_reshape(v_313, 1, (int64_t[]){gt_int(v_315)});
  gt_release(v_313); v_313 = 0;
  gt_release(v_315); v_315 = 0;
  v_317 = gt_take(v_308, v_316);
  v_322 = gt_scalar(I32, 32);
  v_324 = gt_binary(B_MUL, v_241, v_134);
  v_327 = gt_reshape(v_317, 2, (int64_t[]){gt_int(v_324), gt_int(v_304)});
  gt_release(v_324); v_324 = 0;
  v_328 = gt_reshape(v_238, 2, (int64_t[]){gt_int(v_304), gt_int(v_322)});
  gt_release(v_304); v_304 = 0;
  v_329 = gt_matmul(v_327, v_328);
  v_332 = gt_reshape(v_329, 4, (int64_t[]){gt_int(v_241), gt_int(v_154), gt_int(v_154), gt_int(v_322)});
  gt_release(v_241); v_241 = 0;
  gt_line = 19; gt_col = 62;
  v_333 = gt_retain(a0_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_332->p;
    const float *restrict p2 = (const float *)v_333->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){sz[0], 4, 4, 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 512))
    for (int64_t o = 0; o < (sz[0] * 16); o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 > 0 || e3 != e3 ? e3 : 0);
        z[i] = e4;
      }
    }
    v_335 = r;
  }
  gt_line = 19; gt_col = 12;
  v_336 = gt_shape_of(v_335);
  v_338 = gt_index(v_336, 1, (gt_spec[]){{0, 0, 0, gt_int(v_52), 0, 1}});
  gt_release(v_336); v_336 = 0;
  v_341 = gt_reshape(v_335, 3, (int64_t[]){gt_int(v_338), gt_int(v_134), gt_int(v_322)});
  v_400 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_402 = gt_binary(B_MUL, v_338, v_134);
  v_403 = gt_reshape(v_341, 2, (int64_t[]){gt_int(v_402), gt_int(v_322)});
  v_404 = gt_arange(gt_int(v_338));
  v_405 = gt_expand_dims(v_404, 1);
  gt_release(v_404); v_404 = 0;
  v_406 = gt_expand_dims(v_405, 0);
  gt_release(v_405); v_405 = 0;
  v_408 = gt_binary(B_MUL, v_406, v_134);
  gt_release(v_406); v_406 = 0;
  v_409 = gt_binary(B_ADD, v_408, v_400);
  gt_release(v_400); v_400 = 0;
  gt_release(v_408); v_408 = 0;
  v_412 = gt_reshape(v_409, 1, (int64_t[]){gt_int(v_402)});
  gt_release(v_402); v_402 = 0;
  gt_release(v_409); v_409 = 0;
  v_413 = gt_take(v_403, v_412);
  v_419 = gt_binary(B_MUL, v_338, v_154);
  v_421 = gt_reshape(v_413, 3, (int64_t[]){gt_int(v_154), gt_int(v_419), gt_int(v_322)});
  gt_release(v_154); v_154 = 0;
  gt_release(v_419); v_419 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_421->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    T *sums = gt_new_raw(F64, 1, (int64_t[]){((4 * sz[0]) * 32)});
    double *restrict acc = (double *)sums->p;
    for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) acc[j] = -INFINITY;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) {
        const int64_t i = o * ((4 * sz[0]) * 32) + j;
        { const double v = p1[i]; if (v > acc[j] || v != v) acc[j] = v; }
      }
    }
    for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_422 = r;
  }
  gt_line = 19; gt_col = 12;
  h2_425 = gt_reshape(v_422, 4, (int64_t[]){gt_int(v_338), gt_int(v_156), gt_int(v_156), gt_int(v_322)});
  gt_release(v_156); v_156 = 0;
  gt_release(v_322); v_322 = 0;
  gt_release(v_338); v_338 = 0;
  gt_line = 20; gt_col = 26;
  v_427 = gt_scalar(I32, 128);
  gt_line = 20; gt_col = 10;
  v_428 = gt_reshape(h2_425, 2, (int64_t[]){gt_int(v_45), gt_int(v_427)});
  gt_release(v_45); v_45 = 0;
  gt_release(v_427); v_427 = 0;
  gt_line = 20; gt_col = 34;
  v_429 = gt_retain(a0_4);
  gt_line = 20; gt_col = 10;
  v_430 = gt_matmul(v_428, v_429);
  gt_line = 20; gt_col = 40;
  v_431 = gt_retain(a0_5);
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_430->p;
    const float *restrict p2 = (const float *)v_431->p;
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
    v_432 = r;
  }
  gt_release(v_430); v_430 = 0;
  gt_line = 24; gt_col = 15;
  v_4 = gt_reduce(R_LSE, v_432, 1, -1, 1);
  v_6 = gt_scalar(I32, 10);
  v_7 = gt_one_hot(a2_0, gt_int(v_6), F32);
  gt_release(v_6); v_6 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_432->p;
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
  gt_line = 24; gt_col = 15;
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
  gt_line = 24; gt_col = 10;
  v_13 = gt_shape_of(v_10);
  v_14 = gt_reduce(R_PROD, v_13, 0, 0, 0);
  gt_release(v_13); v_13 = 0;
  gt_line = 24; gt_col = 15;
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
  gt_line = 24; gt_col = 15;
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
  gt_line = 24; gt_col = 15;
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
  gt_line = 24; gt_col = 15;
  { /* fused: broadcast_like, mul, sub, exp, mul, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_19->p;
    const float *restrict p2 = (const float *)v_7->p;
    const float *restrict p4 = (const float *)v_432->p;
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
  gt_release(v_432); v_432 = 0;
  gt_line = 20; gt_col = 10;
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
    v_549 = r;
  }
  gt_release(v_431); v_431 = 0;
  gt_line = 20; gt_col = 10;
  v_551 = gt_matmul_t(v_29, 0, v_429, 1);
  gt_release(v_429); v_429 = 0;
  v_553 = gt_matmul_t(v_428, 1, v_29, 0);
  gt_release(v_29); v_29 = 0;
  gt_release(v_428); v_428 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_551->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_556 = r;
  }
  gt_release(h2_425); h2_425 = 0;
  gt_release(v_551); v_551 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_422->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_557 = r;
  }
  gt_release(v_422); v_422 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_421->p;
    const float *restrict p2 = (const float *)v_557->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){((4 * sz[0]) * 32)});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) {
        const int64_t i = o * ((4 * sz[0]) * 32) + j;
        const uint8_t e3 = p1[i] == p2[j];
        const float e5 = e3 ? ((float)1) : p4v;
        acc[j] += e5;
      }
    }
    for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_561 = r;
  }
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_421->p;
    const float *restrict p2 = (const float *)v_557->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_561->p;
    const float *restrict p8 = (const float *)v_556->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 32))
    for (int64_t o = 0; o < (((4 * sz[0]) * 32) == 0 ? 0 : ((16 * sz[0]) * 32) / ((4 * sz[0]) * 32)); o++) {
      for (int64_t j = 0; j < ((4 * sz[0]) * 32); j++) {
        const int64_t i = o * ((4 * sz[0]) * 32) + j;
        const uint8_t e3 = p1[i] == p2[j];
        const float e5 = e3 ? ((float)1) : p4v;
        const float e7 = e5 / p6[j];
        const float e9 = e7 * p8[j];
        z[i] = e9;
      }
    }
    v_564 = r;
  }
  gt_release(v_413); v_413 = 0;
  gt_release(v_421); v_421 = 0;
  gt_release(v_556); v_556 = 0;
  gt_release(v_557); v_557 = 0;
  gt_release(v_561); v_561 = 0;
  gt_line = 19; gt_col = 12;
  v_565 = gt_scatter_rows(v_564, v_403, v_412);
  gt_release(v_403); v_403 = 0;
  gt_release(v_412); v_412 = 0;
  gt_release(v_564); v_564 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_332->p;
    const float *restrict p2 = (const float *)v_333->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_565->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){32});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){32});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < (sz[0] * 16); o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e5 = e3 > p4v;
        const float e7 = e5 ? p6[i] : p4v;
        acc[j] += e7;
      }
    }
    for (int64_t j = 0; j < 32; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_570 = r;
  }
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_332->p;
    const float *restrict p2 = (const float *)v_333->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_565->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 32))
    for (int64_t o = 0; o < (32 == 0 ? 0 : ((16 * sz[0]) * 32) / 32); o++) {
      for (int64_t j = 0; j < 32; j++) {
        const int64_t i = o * 32 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e5 = e3 > p4v;
        const float e7 = e5 ? p6[i] : p4v;
        z[i] = e7;
      }
    }
    v_571 = r;
  }
  gt_release(v_329); v_329 = 0;
  gt_release(v_332); v_332 = 0;
  gt_release(v_333); v_333 = 0;
  gt_release(v_335); v_335 = 0;
  gt_release(v_341); v_341 = 0;
  gt_release(v_565); v_565 = 0;
  gt_line = 19; gt_col = 26;
  v_573 = gt_matmul_t(v_571, 0, v_328, 1);
  gt_release(v_328); v_328 = 0;
  v_575 = gt_matmul_t(v_327, 1, v_571, 0);
  gt_release(v_327); v_327 = 0;
  gt_release(v_571); v_571 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_575->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4608; i++) {
      z[i] = p1[i];
    }
    v_576 = r;
  }
  gt_release(v_238); v_238 = 0;
  gt_release(v_575); v_575 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_573->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){144 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((144 * sz[0]) * 16))
    for (int64_t i = 0; i < ((144 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_577 = r;
  }
  gt_release(v_317); v_317 = 0;
  gt_release(v_573); v_573 = 0;
  gt_line = 19; gt_col = 26;
  v_578 = gt_scatter_rows(v_577, v_308, v_316);
  gt_release(v_308); v_308 = 0;
  gt_release(v_316); v_316 = 0;
  gt_release(v_577); v_577 = 0;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_578->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 17, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 272))
    for (int64_t i = 0; i < (sz[0] * 272); i++) {
      z[i] = p1[i];
    }
    v_579 = r;
  }
  gt_release(v_248); v_248 = 0;
  gt_release(v_578); v_578 = 0;
  gt_line = 19; gt_col = 26;
  v_580 = gt_index(v_579, 2, (gt_spec[]){{1, 0, 0, 0, 0, 1}, {1, 1, 1, gt_int(v_52), gt_int(v_134), 1}});
  gt_release(v_52); v_52 = 0;
  gt_release(v_134); v_134 = 0;
  gt_release(v_579); v_579 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_580->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_583 = r;
  }
  gt_release(h1_237); h1_237 = 0;
  gt_release(v_580); v_580 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_234->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_584 = r;
  }
  gt_release(v_234); v_234 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_233->p;
    const float *restrict p2 = (const float *)v_584->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){((16 * sz[0]) * 16)});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < 4; o++) {
      for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) {
        const int64_t i = o * ((16 * sz[0]) * 16) + j;
        const uint8_t e3 = p1[i] == p2[j];
        const float e5 = e3 ? ((float)1) : p4v;
        acc[j] += e5;
      }
    }
    for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_587 = r;
  }
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_233->p;
    const float *restrict p2 = (const float *)v_584->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_587->p;
    const float *restrict p8 = (const float *)v_583->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((64 * sz[0]) * 16))
    for (int64_t o = 0; o < (((16 * sz[0]) * 16) == 0 ? 0 : ((64 * sz[0]) * 16) / ((16 * sz[0]) * 16)); o++) {
      for (int64_t j = 0; j < ((16 * sz[0]) * 16); j++) {
        const int64_t i = o * ((16 * sz[0]) * 16) + j;
        const uint8_t e3 = p1[i] == p2[j];
        const float e5 = e3 ? ((float)1) : p4v;
        const float e7 = e5 / p6[j];
        const float e9 = e7 * p8[j];
        z[i] = e9;
      }
    }
    v_590 = r;
  }
  gt_release(v_225); v_225 = 0;
  gt_release(v_233); v_233 = 0;
  gt_release(v_583); v_583 = 0;
  gt_release(v_584); v_584 = 0;
  gt_release(v_587); v_587 = 0;
  gt_line = 18; gt_col = 12;
  v_591 = gt_scatter_rows(v_590, v_215, v_224);
  gt_release(v_215); v_215 = 0;
  gt_release(v_224); v_224 = 0;
  gt_release(v_590); v_590 = 0;
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_144->p;
    const float *restrict p2 = (const float *)v_145->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_591->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){16});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){16});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      for (int64_t j = 0; j < 16; j++) {
        const int64_t i = o * 16 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e5 = e3 > p4v;
        const float e7 = e5 ? p6[i] : p4v;
        acc[j] += e7;
      }
    }
    for (int64_t j = 0; j < 16; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_596 = r;
  }
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_144->p;
    const float *restrict p2 = (const float *)v_145->p;
    const float *restrict p4 = (const float *)v_57->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_591->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((64 * sz[0]) * 16))
    for (int64_t o = 0; o < (16 == 0 ? 0 : ((64 * sz[0]) * 16) / 16); o++) {
      for (int64_t j = 0; j < 16; j++) {
        const int64_t i = o * 16 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e5 = e3 > p4v;
        const float e7 = e5 ? p6[i] : p4v;
        z[i] = e7;
      }
    }
    v_597 = r;
  }
  gt_release(v_57); v_57 = 0;
  gt_release(v_141); v_141 = 0;
  gt_release(v_144); v_144 = 0;
  gt_release(v_145); v_145 = 0;
  gt_release(v_147); v_147 = 0;
  gt_release(v_153); v_153 = 0;
  gt_release(v_591); v_591 = 0;
  gt_line = 18; gt_col = 26;
  v_599 = gt_matmul_t(v_139, 1, v_597, 0);
  gt_release(v_139); v_139 = 0;
  gt_release(v_597); v_597 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_599->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      z[i] = p1[i];
    }
    v_600 = r;
  }
  gt_release(v_50); v_50 = 0;
  gt_release(v_599); v_599 = 0;
  gt_line = 16; gt_col = 4;
  v_601_0 = gt_retain(v_600);
  v_601_1 = gt_retain(v_596);
  v_601_2 = gt_retain(v_576);
  v_601_3 = gt_retain(v_570);
  v_601_4 = gt_retain(v_553);
  v_601_5 = gt_retain(v_549);
  gt_release(v_549); v_549 = 0;
  gt_release(v_553); v_553 = 0;
  gt_release(v_570); v_570 = 0;
  gt_release(v_576); v_576 = 0;
  gt_release(v_596); v_596 = 0;
  gt_release(v_600); v_600 = 0;
  out[0] = gt_retain(v_601_0);
  out[1] = gt_retain(v_601_1);
  out[2] = gt_retain(v_601_2);
  out[3] = gt_retain(v_601_3);
  out[4] = gt_retain(v_601_4);
  out[5] = gt_retain(v_601_5);
  gt_release(v_45);
  gt_release(v_46);
  gt_release(v_48);
  gt_release(img_49);
  gt_release(v_50);
  gt_release(v_51);
  gt_release(v_52);
  gt_release(v_53);
  gt_release(v_55);
  gt_release(v_56);
  gt_release(v_57);
  gt_release(v_59);
  gt_release(v_60);
  gt_release(v_98);
  gt_release(v_103);
  gt_release(v_108);
  gt_release(v_109);
  gt_release(v_111);
  gt_release(v_112);
  gt_release(v_114);
  gt_release(v_116);
  gt_release(v_117);
  gt_release(v_118);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(v_122);
  gt_release(v_124);
  gt_release(v_125);
  gt_release(v_127);
  gt_release(v_128);
  gt_release(v_129);
  gt_release(v_134);
  gt_release(v_136);
  gt_release(v_137);
  gt_release(v_139);
  gt_release(v_140);
  gt_release(v_141);
  gt_release(v_144);
  gt_release(v_145);
  gt_release(v_147);
  gt_release(v_148);
  gt_release(v_150);
  gt_release(v_153);
  gt_release(v_154);
  gt_release(v_156);
  gt_release(v_212);
  gt_release(v_214);
  gt_release(v_215);
  gt_release(v_216);
  gt_release(v_217);
  gt_release(v_218);
  gt_release(v_220);
  gt_release(v_221);
  gt_release(v_224);
  gt_release(v_225);
  gt_release(v_231);
  gt_release(v_233);
  gt_release(v_234);
  gt_release(h1_237);
  gt_release(v_238);
  gt_release(v_239);
  gt_release(v_241);
  gt_release(v_244);
  gt_release(v_247);
  gt_release(v_248);
  gt_release(v_286);
  gt_release(v_291);
  gt_release(v_296);
  gt_release(v_297);
  gt_release(v_299);
  gt_release(v_300);
  gt_release(v_302);
  gt_release(v_304);
  gt_release(v_305);
  gt_release(v_306);
  gt_release(v_307);
  gt_release(v_308);
  gt_release(v_309);
  gt_release(v_310);
  gt_release(v_312);
  gt_release(v_313);
  gt_release(v_315);
  gt_release(v_316);
  gt_release(v_317);
  gt_release(v_322);
  gt_release(v_324);
  gt_release(v_327);
  gt_release(v_328);
  gt_release(v_329);
  gt_release(v_332);
  gt_release(v_333);
  gt_release(v_335);
  gt_release(v_336);
  gt_release(v_338);
  gt_release(v_341);
  gt_release(v_400);
  gt_release(v_402);
  gt_release(v_403);
  gt_release(v_404);
  gt_release(v_405);
  gt_release(v_406);
  gt_release(v_408);
  gt_release(v_409);
  gt_release(v_412);
  gt_release(v_413);
  gt_release(v_419);
  gt_release(v_421);
  gt_release(v_422);
  gt_release(h2_425);
  gt_release(v_427);
  gt_release(v_428);
  gt_release(v_429);
  gt_release(v_430);
  gt_release(v_431);
  gt_release(v_432);
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
  gt_release(v_549);
  gt_release(v_550);
  gt_release(v_551);
  gt_release(v_552);
  gt_release(v_553);
  gt_release(v_556);
  gt_release(v_557);
  gt_release(v_561);
  gt_release(v_564);
  gt_release(v_565);
  gt_release(v_570);
  gt_release(v_571);
  gt_release(v_572);
  gt_release(v_573);
  gt_release(v_574);
  gt_release(v_575);
  gt_release(v_576);
  gt_release(v_577);
  gt_release(v_578);
  gt_release(v_579);
  gt_release(v_580);
  gt_release(v_583);
  gt_release(v_584);
  gt_release(v_587);
  gt_release(v_590);
  gt_release(v_591);
  gt_release(v_596);
  gt_release(v_597);
  gt_release(v_598);
  gt_release(v_599);
  gt_release(v_600);
  gt_release(v_601_0);
  gt_release(v_601_1);
  gt_release(v_601_2);
  gt_release(v_601_3);
  gt_release(v_601_4);
  gt_release(v_601_5);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/cnn.grad";
  gt_src = gt_program_src;
  gt_src_lines = 59;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
