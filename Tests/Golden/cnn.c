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
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_19 = 0, *v_20 = 0, *v_34 = 0, *v_35 = 0, *v_37 = 0, *v_38 = 0, *v_42 = 0, *v_43 = 0, *v_56 = 0, *v_57 = 0, *v_60 = 0, *v_61 = 0, *v_62 = 0, *v_73 = 0, *v_78 = 0, *v_81 = 0, *p_82_0 = 0, *p_82_1 = 0, *p_82_2 = 0, *p_82_3 = 0, *p_82_4 = 0, *p_82_5 = 0, *v_84 = 0, *v_88 = 0, *v_92 = 0, *m1_95_0 = 0, *m1_95_1 = 0, *m1_95_2 = 0, *m1_95_3 = 0, *m1_95_4 = 0, *m1_95_5 = 0, *epochs_109 = 0, *batch_110 = 0, *t_151 = 0, *p_152_0 = 0, *p_152_1 = 0, *p_152_2 = 0, *p_152_3 = 0, *p_152_4 = 0, *p_152_5 = 0, *m1_153_0 = 0, *m1_153_1 = 0, *m1_153_2 = 0, *m1_153_3 = 0, *m1_153_4 = 0, *m1_153_5 = 0, *m2_154_0 = 0, *m2_154_1 = 0, *m2_154_2 = 0, *m2_154_3 = 0, *m2_154_4 = 0, *m2_154_5 = 0, *t_114 = 0, *p_115_0 = 0, *p_115_1 = 0, *p_115_2 = 0, *p_115_3 = 0, *p_115_4 = 0, *p_115_5 = 0, *m1_116_0 = 0, *m1_116_1 = 0, *m1_116_2 = 0, *m1_116_3 = 0, *m1_116_4 = 0, *m1_116_5 = 0, *m2_117_0 = 0, *m2_117_1 = 0, *m2_117_2 = 0, *m2_117_3 = 0, *m2_117_4 = 0, *m2_117_5 = 0, *epoch_113 = 0, *order_119 = 0, *v_121 = 0, *t_147 = 0, *p_148_0 = 0, *p_148_1 = 0, *p_148_2 = 0, *p_148_3 = 0, *p_148_4 = 0, *p_148_5 = 0, *m1_149_0 = 0, *m1_149_1 = 0, *m1_149_2 = 0, *m1_149_3 = 0, *m1_149_4 = 0, *m1_149_5 = 0, *m2_150_0 = 0, *m2_150_1 = 0, *m2_150_2 = 0, *m2_150_3 = 0, *m2_150_4 = 0, *m2_150_5 = 0, *t_123 = 0, *p_124_0 = 0, *p_124_1 = 0, *p_124_2 = 0, *p_124_3 = 0, *p_124_4 = 0, *p_124_5 = 0, *m1_125_0 = 0, *m1_125_1 = 0, *m1_125_2 = 0, *m1_125_3 = 0, *m1_125_4 = 0, *m1_125_5 = 0, *m2_126_0 = 0, *m2_126_1 = 0, *m2_126_2 = 0, *m2_126_3 = 0, *m2_126_4 = 0, *m2_126_5 = 0, *k_122 = 0, *v_127 = 0, *v_129 = 0, *v_130 = 0, *rows_131 = 0, *v_132 = 0, *v_133 = 0, *v_134_0 = 0, *v_134_1 = 0, *v_134_2 = 0, *v_134_3 = 0, *v_134_4 = 0, *v_134_5 = 0, *v_170 = 0, *v_171 = 0, *v_172 = 0, *v_173 = 0, *v_174 = 0, *v_175 = 0, *v_177 = 0, *v_179 = 0, *v_182 = 0, *v_185 = 0, *v_188 = 0, *v_191 = 0, *v_196 = 0, *v_138 = 0, *v_227 = 0, *v_231 = 0, *v_232 = 0, *v_233 = 0, *v_234 = 0, *v_235 = 0, *v_236 = 0, *v_238 = 0, *v_240 = 0, *v_242 = 0, *v_244 = 0, *v_246 = 0, *v_248 = 0, *v_274 = 0, *v_277 = 0, *v_280 = 0, *v_283 = 0, *v_286 = 0, *v_289 = 0, *m2_290_0 = 0, *m2_290_1 = 0, *m2_290_2 = 0, *m2_290_3 = 0, *m2_290_4 = 0, *m2_290_5 = 0, *v_299 = 0, *v_301 = 0, *v_303 = 0, *v_305 = 0, *v_307 = 0, *v_309 = 0, *v_348 = 0, *v_351 = 0, *v_354 = 0, *v_357 = 0, *v_360 = 0, *v_363 = 0, *v2_364_0 = 0, *v2_364_1 = 0, *v2_364_2 = 0, *v2_364_3 = 0, *v2_364_4 = 0, *v2_364_5 = 0, *v_368 = 0, *v_393 = 0, *v_490 = 0, *v_493 = 0, *v_496 = 0, *v_499 = 0, *v_502 = 0, *v_505 = 0, *v_506_0 = 0, *v_506_1 = 0, *v_506_2 = 0, *v_506_3 = 0, *v_506_4 = 0, *v_506_5 = 0, *v_903 = 0, *img_905 = 0, *v_906 = 0, *v_909 = 0, *v_910 = 0, *v_912 = 0, *v_913 = 0, *v_914 = 0, *v_915 = 0, *v_916 = 0, *v_917 = 0, *v_918 = 0, *v_919 = 0, *v_920 = 0, *v_921 = 0, *v_922 = 0, *v_923 = 0, *v_924 = 0, *v_925 = 0, *v_926 = 0, *v_927 = 0, *v_928 = 0, *v_929 = 0, *v_930 = 0, *v_931 = 0, *v_932 = 0, *v_934 = 0, *v_935 = 0, *v_936 = 0, *v_937 = 0, *v_938 = 0, *v_939 = 0, *v_940 = 0, *v_942 = 0, *v_945 = 0, *v_946 = 0, *v_948 = 0, *v_950 = 0, *v_953 = 0, *v_954 = 0, *v_955 = 0, *v_956 = 0, *v_957 = 0, *v_958 = 0, *v_959 = 0, *v_960 = 0, *h1_961 = 0, *v_962 = 0, *v_965 = 0, *v_966 = 0, *v_967 = 0, *v_968 = 0, *v_969 = 0, *v_970 = 0, *v_971 = 0, *v_972 = 0, *v_973 = 0, *v_974 = 0, *v_975 = 0, *v_976 = 0, *v_977 = 0, *v_978 = 0, *v_979 = 0, *v_982 = 0, *v_983 = 0, *v_984 = 0, *v_985 = 0, *v_986 = 0, *v_989 = 0, *v_990 = 0, *v_991 = 0, *v_992 = 0, *v_993 = 0, *v_995 = 0, *v_998 = 0, *v_999 = 0, *v_1001 = 0, *v_1005 = 0, *v_1006 = 0, *v_1007 = 0, *v_1008 = 0, *v_1009 = 0, *v_1010 = 0, *v_1011 = 0, *h2_1012 = 0, *v_1014 = 0, *v_1015 = 0, *v_1016 = 0, *v_1017 = 0, *v_1018 = 0, *v_1019 = 0, *v_1022 = 0, *v_1024 = 0, *v_1026 = 0, *v_159 = 0, *v_508 = 0, *v_510 = 0, *img_514 = 0, *v_516 = 0, *v_518 = 0, *v_521 = 0, *v_524 = 0, *v_525 = 0, *v_584 = 0, *v_585 = 0, *v_586 = 0, *v_587 = 0, *v_589 = 0, *v_590 = 0, *v_592 = 0, *v_593 = 0, *v_594 = 0, *v_601 = 0, *v_604 = 0, *v_606 = 0, *v_609 = 0, *v_612 = 0, *v_613 = 0, *v_615 = 0, *v_618 = 0, *v_679 = 0, *v_680 = 0, *v_681 = 0, *v_682 = 0, *v_683 = 0, *v_685 = 0, *v_686 = 0, *v_689 = 0, *v_690 = 0, *v_696 = 0, *v_698 = 0, *v_699 = 0, *h1_702 = 0, *v_704 = 0, *v_706 = 0, *v_709 = 0, *v_712 = 0, *v_713 = 0, *v_772 = 0, *v_773 = 0, *v_774 = 0, *v_775 = 0, *v_777 = 0, *v_778 = 0, *v_780 = 0, *v_781 = 0, *v_782 = 0, *v_789 = 0, *v_792 = 0, *v_794 = 0, *v_797 = 0, *v_800 = 0, *v_801 = 0, *v_803 = 0, *v_806 = 0, *v_867 = 0, *v_868 = 0, *v_869 = 0, *v_870 = 0, *v_871 = 0, *v_873 = 0, *v_874 = 0, *v_877 = 0, *v_878 = 0, *v_884 = 0, *v_886 = 0, *v_887 = 0, *h2_890 = 0, *v_895 = 0, *v_897 = 0, *v_899 = 0, *v_161 = 0, *v_162 = 0, *v_164 = 0, *v_168 = 0;
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
  v_903 = gt_scalar(I32, 8);
  gt_line = 17; gt_col = 13;
  img_905 = gt_reshape(v_4, 4, (int64_t[]){gt_int(v_3), gt_int(v_903), gt_int(v_903), gt_int(v_19)});
  gt_release(v_4); v_4 = 0;
  gt_line = 18; gt_col = 38;
  v_906 = gt_retain(p_152_0);
  gt_line = 18; gt_col = 26;
  v_909 = gt_scalar(I32, 64);
  v_910 = gt_reshape(img_905, 3, (int64_t[]){gt_int(v_3), gt_int(v_909), gt_int(v_19)});
  gt_release(img_905); img_905 = 0;
  v_912 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_19)});
  v_913 = gt_concat(2, (T *[]){v_910, v_912}, 1);
  gt_release(v_910); v_910 = 0;
  gt_release(v_912); v_912 = 0;
  v_914 = gt_const(I32, 4, (int64_t[]){1, 8, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7, 8});
  v_915 = gt_const(BOOL, 4, (int64_t[]){8, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_916 = gt_const(BOOL, 4, (int64_t[]){1, 8, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_915->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_916->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){8, 8, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 576; i++) {
      const int64_t q1 = (i / 72) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 8) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_917 = r;
  }
  gt_release(v_915); v_915 = 0;
  gt_release(v_916); v_916 = 0;
  gt_line = 18; gt_col = 26;
  v_918 = gt_const(I32, 4, (int64_t[]){8, 1, 3, 1}, (double[]){-8, 0, 8, 0, 8, 16, 8, 16, 24, 16, 24, 32, 24, 32, 40, 32, 40, 48, 40, 48, 56, 48, 56, 64});
  v_919 = gt_binary(B_ADD, v_918, v_914);
  gt_release(v_914); v_914 = 0;
  gt_release(v_918); v_918 = 0;
  v_920 = gt_select(v_917, v_919, v_909);
  gt_release(v_917); v_917 = 0;
  gt_release(v_919); v_919 = 0;
  v_921 = gt_scalar(I32, 576);
  v_922 = gt_reshape(v_920, 2, (int64_t[]){gt_int(v_19), gt_int(v_921)});
  gt_release(v_920); v_920 = 0;
  v_923 = gt_scalar(I32, 65);
  v_924 = gt_scalar(I32, 97500);
  v_925 = gt_reshape(v_913, 2, (int64_t[]){gt_int(v_924), gt_int(v_19)});
  gt_release(v_913); v_913 = 0;
  gt_release(v_924); v_924 = 0;
  v_926 = gt_arange(gt_int(v_3));
  v_927 = gt_expand_dims(v_926, 1);
  gt_release(v_926); v_926 = 0;
  v_928 = gt_binary(B_MUL, v_927, v_923);
  v_929 = gt_binary(B_ADD, v_928, v_922);
  gt_release(v_928); v_928 = 0;
  v_930 = gt_scalar(I32, 864000);
  v_931 = gt_reshape(v_929, 1, (int64_t[]){gt_int(v_930)});
  gt_release(v_929); v_929 = 0;
  gt_release(v_930); v_930 = 0;
  v_932 = gt_take(v_925, v_931);
  gt_release(v_925); v_925 = 0;
  gt_release(v_931); v_931 = 0;
  v_934 = gt_scalar(I32, 96000);
  v_935 = gt_scalar(I32, 9);
  v_936 = gt_reshape(v_932, 2, (int64_t[]){gt_int(v_934), gt_int(v_935)});
  gt_release(v_932); v_932 = 0;
  v_937 = gt_reshape(v_906, 2, (int64_t[]){gt_int(v_935), gt_int(v_20)});
  gt_release(v_906); v_906 = 0;
  v_938 = gt_matmul(v_936, v_937);
  gt_release(v_936); v_936 = 0;
  v_939 = gt_reshape(v_938, 4, (int64_t[]){gt_int(v_3), gt_int(v_903), gt_int(v_903), gt_int(v_20)});
  gt_release(v_938); v_938 = 0;
  gt_line = 18; gt_col = 63;
  v_940 = gt_retain(p_152_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_939->p;
    const float *restrict p2 = (const float *)v_940->p;
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
    v_942 = r;
  }
  gt_release(v_939); v_939 = 0;
  gt_line = 18; gt_col = 12;
  v_945 = gt_reshape(v_942, 3, (int64_t[]){gt_int(v_3), gt_int(v_909), gt_int(v_20)});
  gt_release(v_942); v_942 = 0;
  v_946 = gt_scalar(I32, 4);
  v_948 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_950 = gt_reshape(v_945, 2, (int64_t[]){gt_int(v_934), gt_int(v_20)});
  gt_release(v_945); v_945 = 0;
  v_953 = gt_expand_dims(v_927, 0);
  v_954 = gt_binary(B_MUL, v_953, v_909);
  v_955 = gt_binary(B_ADD, v_954, v_948);
  gt_release(v_954); v_954 = 0;
  v_956 = gt_reshape(v_955, 1, (int64_t[]){gt_int(v_934)});
  gt_release(v_934); v_934 = 0;
  gt_release(v_955); v_955 = 0;
  v_957 = gt_take(v_950, v_956);
  gt_release(v_950); v_950 = 0;
  gt_release(v_956); v_956 = 0;
  v_958 = gt_scalar(I32, 24000);
  v_959 = gt_reshape(v_957, 3, (int64_t[]){gt_int(v_946), gt_int(v_958), gt_int(v_20)});
  gt_release(v_957); v_957 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_959->p;
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
    v_960 = r;
  }
  gt_release(v_959); v_959 = 0;
  gt_line = 18; gt_col = 12;
  h1_961 = gt_reshape(v_960, 4, (int64_t[]){gt_int(v_3), gt_int(v_946), gt_int(v_946), gt_int(v_20)});
  gt_release(v_960); v_960 = 0;
  gt_line = 19; gt_col = 37;
  v_962 = gt_retain(p_152_2);
  gt_line = 19; gt_col = 26;
  v_965 = gt_reshape(h1_961, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_961); h1_961 = 0;
  v_966 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_20)});
  v_967 = gt_concat(2, (T *[]){v_965, v_966}, 1);
  gt_release(v_965); v_965 = 0;
  gt_release(v_966); v_966 = 0;
  v_968 = gt_const(I32, 4, (int64_t[]){1, 4, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4});
  v_969 = gt_const(BOOL, 4, (int64_t[]){4, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_970 = gt_const(BOOL, 4, (int64_t[]){1, 4, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_969->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_970->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){4, 4, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const int64_t q1 = (i / 36) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 4) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_971 = r;
  }
  gt_release(v_969); v_969 = 0;
  gt_release(v_970); v_970 = 0;
  gt_line = 19; gt_col = 26;
  v_972 = gt_const(I32, 4, (int64_t[]){4, 1, 3, 1}, (double[]){-4, 0, 4, 0, 4, 8, 4, 8, 12, 8, 12, 16});
  v_973 = gt_binary(B_ADD, v_972, v_968);
  gt_release(v_968); v_968 = 0;
  gt_release(v_972); v_972 = 0;
  v_974 = gt_select(v_971, v_973, v_20);
  gt_release(v_971); v_971 = 0;
  gt_release(v_973); v_973 = 0;
  v_975 = gt_scalar(I32, 144);
  v_976 = gt_reshape(v_974, 2, (int64_t[]){gt_int(v_19), gt_int(v_975)});
  gt_release(v_974); v_974 = 0;
  v_977 = gt_scalar(I32, 17);
  v_978 = gt_scalar(I32, 25500);
  v_979 = gt_reshape(v_967, 2, (int64_t[]){gt_int(v_978), gt_int(v_20)});
  gt_release(v_967); v_967 = 0;
  gt_release(v_978); v_978 = 0;
  v_982 = gt_binary(B_MUL, v_927, v_977);
  gt_release(v_927); v_927 = 0;
  v_983 = gt_binary(B_ADD, v_982, v_976);
  gt_release(v_982); v_982 = 0;
  v_984 = gt_scalar(I32, 216000);
  v_985 = gt_reshape(v_983, 1, (int64_t[]){gt_int(v_984)});
  gt_release(v_983); v_983 = 0;
  gt_release(v_984); v_984 = 0;
  v_986 = gt_take(v_979, v_985);
  gt_release(v_979); v_979 = 0;
  gt_release(v_985); v_985 = 0;
  v_989 = gt_reshape(v_986, 2, (int64_t[]){gt_int(v_958), gt_int(v_975)});
  gt_release(v_986); v_986 = 0;
  v_990 = gt_reshape(v_962, 2, (int64_t[]){gt_int(v_975), gt_int(v_42)});
  gt_release(v_962); v_962 = 0;
  v_991 = gt_matmul(v_989, v_990);
  gt_release(v_989); v_989 = 0;
  v_992 = gt_reshape(v_991, 4, (int64_t[]){gt_int(v_3), gt_int(v_946), gt_int(v_946), gt_int(v_42)});
  gt_release(v_991); v_991 = 0;
  gt_line = 19; gt_col = 62;
  v_993 = gt_retain(p_152_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_992->p;
    const float *restrict p2 = (const float *)v_993->p;
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
    v_995 = r;
  }
  gt_release(v_992); v_992 = 0;
  gt_line = 19; gt_col = 12;
  v_998 = gt_reshape(v_995, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_42)});
  gt_release(v_995); v_995 = 0;
  v_999 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_1001 = gt_reshape(v_998, 2, (int64_t[]){gt_int(v_958), gt_int(v_42)});
  gt_release(v_998); v_998 = 0;
  v_1005 = gt_binary(B_MUL, v_953, v_20);
  gt_release(v_953); v_953 = 0;
  v_1006 = gt_binary(B_ADD, v_1005, v_999);
  gt_release(v_1005); v_1005 = 0;
  v_1007 = gt_reshape(v_1006, 1, (int64_t[]){gt_int(v_958)});
  gt_release(v_958); v_958 = 0;
  gt_release(v_1006); v_1006 = 0;
  v_1008 = gt_take(v_1001, v_1007);
  gt_release(v_1001); v_1001 = 0;
  gt_release(v_1007); v_1007 = 0;
  v_1009 = gt_scalar(I32, 6000);
  v_1010 = gt_reshape(v_1008, 3, (int64_t[]){gt_int(v_946), gt_int(v_1009), gt_int(v_42)});
  gt_release(v_1008); v_1008 = 0;
  gt_release(v_1009); v_1009 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_1010->p;
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
    v_1011 = r;
  }
  gt_release(v_1010); v_1010 = 0;
  gt_line = 19; gt_col = 12;
  h2_1012 = gt_reshape(v_1011, 4, (int64_t[]){gt_int(v_3), gt_int(v_43), gt_int(v_43), gt_int(v_42)});
  gt_release(v_1011); v_1011 = 0;
  gt_line = 20; gt_col = 10;
  v_1014 = gt_reshape(h2_1012, 2, (int64_t[]){gt_int(v_3), gt_int(v_61)});
  gt_release(v_3); v_3 = 0;
  gt_release(h2_1012); h2_1012 = 0;
  gt_line = 20; gt_col = 34;
  v_1015 = gt_retain(p_152_4);
  gt_line = 20; gt_col = 10;
  v_1016 = gt_matmul(v_1014, v_1015);
  gt_release(v_1014); v_1014 = 0;
  gt_line = 20; gt_col = 40;
  v_1017 = gt_retain(p_152_5);
  gt_release(p_152_0); p_152_0 = 0;
  gt_release(p_152_1); p_152_1 = 0;
  gt_release(p_152_2); p_152_2 = 0;
  gt_release(p_152_3); p_152_3 = 0;
  gt_release(p_152_4); p_152_4 = 0;
  gt_release(p_152_5); p_152_5 = 0;
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_1016->p;
    const float *restrict p2 = (const float *)v_1017->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_1018 = r;
  }
  gt_release(v_1016); v_1016 = 0;
  gt_line = 24; gt_col = 15;
  v_1019 = gt_reduce(R_LSE, v_1018, 1, -1, 1);
  v_1022 = gt_one_hot(v_7, gt_int(v_62), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_62); v_62 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_1018->p;
    const float *restrict p2 = (const float *)v_1019->p;
    const float *restrict p4 = (const float *)v_1022->p;
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
    v_1024 = r;
  }
  gt_release(v_1018); v_1018 = 0;
  gt_release(v_1019); v_1019 = 0;
  gt_release(v_1022); v_1022 = 0;
  gt_line = 24; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_1024->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_1026 = r;
  }
  gt_release(v_1024); v_1024 = 0;
  gt_line = 54; gt_col = 35;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_1026->p;
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
  gt_release(v_1026); v_1026 = 0;
  gt_line = 54; gt_col = 35;
  gt_print_text("steps", 1);
  gt_print_tensor(t_151, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_159, 0);
  fputc('\n', stdout);
  gt_release(t_151); t_151 = 0;
  gt_release(v_159); v_159 = 0;
  gt_line = 17; gt_col = 25;
  v_508 = gt_shape_of(v_9);
  v_510 = gt_index(v_508, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_508); v_508 = 0;
  gt_line = 17; gt_col = 13;
  img_514 = gt_reshape(v_9, 4, (int64_t[]){gt_int(v_510), gt_int(v_903), gt_int(v_903), gt_int(v_19)});
  gt_release(v_9); v_9 = 0;
  gt_line = 18; gt_col = 26;
  v_516 = gt_shape_of(img_514);
  v_518 = gt_index(v_516, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_516); v_516 = 0;
  v_521 = gt_reshape(img_514, 3, (int64_t[]){gt_int(v_518), gt_int(v_909), gt_int(v_19)});
  gt_release(img_514); img_514 = 0;
  v_524 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_518), gt_int(v_19), gt_int(v_19)});
  v_525 = gt_concat(2, (T *[]){v_521, v_524}, 1);
  gt_release(v_521); v_521 = 0;
  gt_release(v_524); v_524 = 0;
  v_584 = gt_binary(B_MUL, v_518, v_923);
  v_585 = gt_reshape(v_525, 2, (int64_t[]){gt_int(v_584), gt_int(v_19)});
  gt_release(v_525); v_525 = 0;
  gt_release(v_584); v_584 = 0;
  v_586 = gt_arange(gt_int(v_518));
  v_587 = gt_expand_dims(v_586, 1);
  gt_release(v_586); v_586 = 0;
  v_589 = gt_binary(B_MUL, v_587, v_923);
  gt_release(v_587); v_587 = 0;
  gt_release(v_923); v_923 = 0;
  v_590 = gt_binary(B_ADD, v_589, v_922);
  gt_release(v_589); v_589 = 0;
  gt_release(v_922); v_922 = 0;
  v_592 = gt_binary(B_MUL, v_518, v_921);
  gt_release(v_921); v_921 = 0;
  v_593 = gt_reshape(v_590, 1, (int64_t[]){gt_int(v_592)});
  gt_release(v_590); v_590 = 0;
  gt_release(v_592); v_592 = 0;
  v_594 = gt_take(v_585, v_593);
  gt_release(v_585); v_585 = 0;
  gt_release(v_593); v_593 = 0;
  v_601 = gt_binary(B_MUL, v_518, v_909);
  v_604 = gt_reshape(v_594, 2, (int64_t[]){gt_int(v_601), gt_int(v_935)});
  gt_release(v_594); v_594 = 0;
  gt_release(v_601); v_601 = 0;
  gt_release(v_935); v_935 = 0;
  v_606 = gt_matmul(v_604, v_937);
  gt_release(v_604); v_604 = 0;
  gt_release(v_937); v_937 = 0;
  v_609 = gt_reshape(v_606, 4, (int64_t[]){gt_int(v_518), gt_int(v_903), gt_int(v_903), gt_int(v_20)});
  gt_release(v_518); v_518 = 0;
  gt_release(v_606); v_606 = 0;
  gt_release(v_903); v_903 = 0;
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_609->p;
    const float *restrict p2 = (const float *)v_940->p;
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
    v_612 = r;
  }
  gt_release(v_609); v_609 = 0;
  gt_release(v_940); v_940 = 0;
  gt_line = 18; gt_col = 12;
  v_613 = gt_shape_of(v_612);
  v_615 = gt_index(v_613, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_613); v_613 = 0;
  v_618 = gt_reshape(v_612, 3, (int64_t[]){gt_int(v_615), gt_int(v_909), gt_int(v_20)});
  gt_release(v_612); v_612 = 0;
  v_679 = gt_binary(B_MUL, v_615, v_909);
  v_680 = gt_reshape(v_618, 2, (int64_t[]){gt_int(v_679), gt_int(v_20)});
  gt_release(v_618); v_618 = 0;
  v_681 = gt_arange(gt_int(v_615));
  v_682 = gt_expand_dims(v_681, 1);
  gt_release(v_681); v_681 = 0;
  v_683 = gt_expand_dims(v_682, 0);
  gt_release(v_682); v_682 = 0;
  v_685 = gt_binary(B_MUL, v_683, v_909);
  gt_release(v_683); v_683 = 0;
  gt_release(v_909); v_909 = 0;
  v_686 = gt_binary(B_ADD, v_685, v_948);
  gt_release(v_685); v_685 = 0;
  gt_release(v_948); v_948 = 0;
  v_689 = gt_reshape(v_686, 1, (int64_t[]){gt_int(v_679)});
  gt_release(v_679); v_679 = 0;
  gt_release(v_686); v_686 = 0;
  v_690 = gt_take(v_680, v_689);
  gt_release(v_680); v_680 = 0;
  gt_release(v_689); v_689 = 0;
  v_696 = gt_binary(B_MUL, v_615, v_20);
  v_698 = gt_reshape(v_690, 3, (int64_t[]){gt_int(v_946), gt_int(v_696), gt_int(v_20)});
  gt_release(v_690); v_690 = 0;
  gt_release(v_696); v_696 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_698->p;
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
    v_699 = r;
  }
  gt_release(v_698); v_698 = 0;
  gt_line = 18; gt_col = 12;
  h1_702 = gt_reshape(v_699, 4, (int64_t[]){gt_int(v_615), gt_int(v_946), gt_int(v_946), gt_int(v_20)});
  gt_release(v_615); v_615 = 0;
  gt_release(v_699); v_699 = 0;
  gt_line = 19; gt_col = 26;
  v_704 = gt_shape_of(h1_702);
  v_706 = gt_index(v_704, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_704); v_704 = 0;
  v_709 = gt_reshape(h1_702, 3, (int64_t[]){gt_int(v_706), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_702); h1_702 = 0;
  v_712 = gt_fill(F32, gt_get(v_37, 0), 3, (int64_t[]){gt_int(v_706), gt_int(v_19), gt_int(v_20)});
  gt_release(v_19); v_19 = 0;
  gt_release(v_37); v_37 = 0;
  v_713 = gt_concat(2, (T *[]){v_709, v_712}, 1);
  gt_release(v_709); v_709 = 0;
  gt_release(v_712); v_712 = 0;
  v_772 = gt_binary(B_MUL, v_706, v_977);
  v_773 = gt_reshape(v_713, 2, (int64_t[]){gt_int(v_772), gt_int(v_20)});
  gt_release(v_713); v_713 = 0;
  gt_release(v_772); v_772 = 0;
  v_774 = gt_arange(gt_int(v_706));
  v_775 = gt_expand_dims(v_774, 1);
  gt_release(v_774); v_774 = 0;
  v_777 = gt_binary(B_MUL, v_775, v_977);
  gt_release(v_775); v_775 = 0;
  gt_release(v_977); v_977 = 0;
  v_778 = gt_binary(B_ADD, v_777, v_976);
  gt_release(v_777); v_777 = 0;
  gt_release(v_976); v_976 = 0;
  v_780 = gt_binary(B_MUL, v_706, v_975);
  v_781 = gt_reshape(v_778, 1, (int64_t[]){gt_int(v_780)});
  gt_release(v_778); v_778 = 0;
  gt_release(v_780); v_780 = 0;
  v_782 = gt_take(v_773, v_781);
  gt_release(v_773); v_773 = 0;
  gt_release(v_781); v_781 = 0;
  v_789 = gt_binary(B_MUL, v_706, v_20);
  v_792 = gt_reshape(v_782, 2, (int64_t[]){gt_int(v_789), gt_int(v_975)});
  gt_release(v_782); v_782 = 0;
  gt_release(v_789); v_789 = 0;
  gt_release(v_975); v_975 = 0;
  v_794 = gt_matmul(v_792, v_990);
  gt_release(v_792); v_792 = 0;
  gt_release(v_990); v_990 = 0;
  v_797 = gt_reshape(v_794, 4, (int64_t[]){gt_int(v_706), gt_int(v_946), gt_int(v_946), gt_int(v_42)});
  gt_release(v_706); v_706 = 0;
  gt_release(v_794); v_794 = 0;
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_797->p;
    const float *restrict p2 = (const float *)v_993->p;
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
    v_800 = r;
  }
  gt_release(v_797); v_797 = 0;
  gt_release(v_993); v_993 = 0;
  gt_line = 19; gt_col = 12;
  v_801 = gt_shape_of(v_800);
  v_803 = gt_index(v_801, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_2); v_2 = 0;
  gt_release(v_801); v_801 = 0;
  v_806 = gt_reshape(v_800, 3, (int64_t[]){gt_int(v_803), gt_int(v_20), gt_int(v_42)});
  gt_release(v_800); v_800 = 0;
  v_867 = gt_binary(B_MUL, v_803, v_20);
  v_868 = gt_reshape(v_806, 2, (int64_t[]){gt_int(v_867), gt_int(v_42)});
  gt_release(v_806); v_806 = 0;
  v_869 = gt_arange(gt_int(v_803));
  v_870 = gt_expand_dims(v_869, 1);
  gt_release(v_869); v_869 = 0;
  v_871 = gt_expand_dims(v_870, 0);
  gt_release(v_870); v_870 = 0;
  v_873 = gt_binary(B_MUL, v_871, v_20);
  gt_release(v_20); v_20 = 0;
  gt_release(v_871); v_871 = 0;
  v_874 = gt_binary(B_ADD, v_873, v_999);
  gt_release(v_873); v_873 = 0;
  gt_release(v_999); v_999 = 0;
  v_877 = gt_reshape(v_874, 1, (int64_t[]){gt_int(v_867)});
  gt_release(v_867); v_867 = 0;
  gt_release(v_874); v_874 = 0;
  v_878 = gt_take(v_868, v_877);
  gt_release(v_868); v_868 = 0;
  gt_release(v_877); v_877 = 0;
  v_884 = gt_binary(B_MUL, v_803, v_946);
  v_886 = gt_reshape(v_878, 3, (int64_t[]){gt_int(v_946), gt_int(v_884), gt_int(v_42)});
  gt_release(v_878); v_878 = 0;
  gt_release(v_884); v_884 = 0;
  gt_release(v_946); v_946 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_886->p;
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
    v_887 = r;
  }
  gt_release(v_886); v_886 = 0;
  gt_line = 19; gt_col = 12;
  h2_890 = gt_reshape(v_887, 4, (int64_t[]){gt_int(v_803), gt_int(v_43), gt_int(v_43), gt_int(v_42)});
  gt_release(v_42); v_42 = 0;
  gt_release(v_43); v_43 = 0;
  gt_release(v_803); v_803 = 0;
  gt_release(v_887); v_887 = 0;
  gt_line = 20; gt_col = 10;
  v_895 = gt_reshape(h2_890, 2, (int64_t[]){gt_int(v_510), gt_int(v_61)});
  gt_release(v_61); v_61 = 0;
  gt_release(v_510); v_510 = 0;
  gt_release(h2_890); h2_890 = 0;
  v_897 = gt_matmul(v_895, v_1015);
  gt_release(v_895); v_895 = 0;
  gt_release(v_1015); v_1015 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_897->p;
    const float *restrict p2 = (const float *)v_1017->p;
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
    v_899 = r;
  }
  gt_release(v_897); v_897 = 0;
  gt_release(v_1017); v_1017 = 0;
  gt_line = 55; gt_col = 33;
  v_161 = gt_argmax(v_899, -1);
  gt_release(v_899); v_899 = 0;
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
  gt_release(v_903);
  gt_release(img_905);
  gt_release(v_906);
  gt_release(v_909);
  gt_release(v_910);
  gt_release(v_912);
  gt_release(v_913);
  gt_release(v_914);
  gt_release(v_915);
  gt_release(v_916);
  gt_release(v_917);
  gt_release(v_918);
  gt_release(v_919);
  gt_release(v_920);
  gt_release(v_921);
  gt_release(v_922);
  gt_release(v_923);
  gt_release(v_924);
  gt_release(v_925);
  gt_release(v_926);
  gt_release(v_927);
  gt_release(v_928);
  gt_release(v_929);
  gt_release(v_930);
  gt_release(v_931);
  gt_release(v_932);
  gt_release(v_934);
  gt_release(v_935);
  gt_release(v_936);
  gt_release(v_937);
  gt_release(v_938);
  gt_release(v_939);
  gt_release(v_940);
  gt_release(v_942);
  gt_release(v_945);
  gt_release(v_946);
  gt_release(v_948);
  gt_release(v_950);
  gt_release(v_953);
  gt_release(v_954);
  gt_release(v_955);
  gt_release(v_956);
  gt_release(v_957);
  gt_release(v_958);
  gt_release(v_959);
  gt_release(v_960);
  gt_release(h1_961);
  gt_release(v_962);
  gt_release(v_965);
  gt_release(v_966);
  gt_release(v_967);
  gt_release(v_968);
  gt_release(v_969);
  gt_release(v_970);
  gt_release(v_971);
  gt_release(v_972);
  gt_release(v_973);
  gt_release(v_974);
  gt_release(v_975);
  gt_release(v_976);
  gt_release(v_977);
  gt_release(v_978);
  gt_release(v_979);
  gt_release(v_982);
  gt_release(v_983);
  gt_release(v_984);
  gt_release(v_985);
  gt_release(v_986);
  gt_release(v_989);
  gt_release(v_990);
  gt_release(v_991);
  gt_release(v_992);
  gt_release(v_993);
  gt_release(v_995);
  gt_release(v_998);
  gt_release(v_999);
  gt_release(v_1001);
  gt_release(v_1005);
  gt_release(v_1006);
  gt_release(v_1007);
  gt_release(v_1008);
  gt_release(v_1009);
  gt_release(v_1010);
  gt_release(v_1011);
  gt_release(h2_1012);
  gt_release(v_1014);
  gt_release(v_1015);
  gt_release(v_1016);
  gt_release(v_1017);
  gt_release(v_1018);
  gt_release(v_1019);
  gt_release(v_1022);
  gt_release(v_1024);
  gt_release(v_1026);
  gt_release(v_159);
  gt_release(v_508);
  gt_release(v_510);
  gt_release(img_514);
  gt_release(v_516);
  gt_release(v_518);
  gt_release(v_521);
  gt_release(v_524);
  gt_release(v_525);
  gt_release(v_584);
  gt_release(v_585);
  gt_release(v_586);
  gt_release(v_587);
  gt_release(v_589);
  gt_release(v_590);
  gt_release(v_592);
  gt_release(v_593);
  gt_release(v_594);
  gt_release(v_601);
  gt_release(v_604);
  gt_release(v_606);
  gt_release(v_609);
  gt_release(v_612);
  gt_release(v_613);
  gt_release(v_615);
  gt_release(v_618);
  gt_release(v_679);
  gt_release(v_680);
  gt_release(v_681);
  gt_release(v_682);
  gt_release(v_683);
  gt_release(v_685);
  gt_release(v_686);
  gt_release(v_689);
  gt_release(v_690);
  gt_release(v_696);
  gt_release(v_698);
  gt_release(v_699);
  gt_release(h1_702);
  gt_release(v_704);
  gt_release(v_706);
  gt_release(v_709);
  gt_release(v_712);
  gt_release(v_713);
  gt_release(v_772);
  gt_release(v_773);
  gt_release(v_774);
  gt_release(v_775);
  gt_release(v_777);
  gt_release(v_778);
  gt_release(v_780);
  gt_release(v_781);
  gt_release(v_782);
  gt_release(v_789);
  gt_release(v_792);
  gt_release(v_794);
  gt_release(v_797);
  gt_release(v_800);
  gt_release(v_801);
  gt_release(v_803);
  gt_release(v_806);
  gt_release(v_867);
  gt_release(v_868);
  gt_release(v_869);
  gt_release(v_870);
  gt_release(v_871);
  gt_release(v_873);
  gt_release(v_874);
  gt_release(v_877);
  gt_release(v_878);
  gt_release(v_884);
  gt_release(v_886);
  gt_release(v_887);
  gt_release(h2_890);
  gt_release(v_895);
  gt_release(v_897);
  gt_release(v_899);
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
  T *v_45 = 0, *v_46 = 0, *v_47 = 0, *v_48 = 0, *v_50 = 0, *img_51 = 0, *v_52 = 0, *v_53 = 0, *v_55 = 0, *v_57 = 0, *v_58 = 0, *v_59 = 0, *v_61 = 0, *v_62 = 0, *v_100 = 0, *v_105 = 0, *v_110 = 0, *v_111 = 0, *v_113 = 0, *v_114 = 0, *v_116 = 0, *v_118 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *v_122 = 0, *v_123 = 0, *v_124 = 0, *v_126 = 0, *v_127 = 0, *v_129 = 0, *v_130 = 0, *v_131 = 0, *v_136 = 0, *v_138 = 0, *v_139 = 0, *v_141 = 0, *v_142 = 0, *v_143 = 0, *v_146 = 0, *v_147 = 0, *v_149 = 0, *v_150 = 0, *v_152 = 0, *v_155 = 0, *v_156 = 0, *v_158 = 0, *v_214 = 0, *v_216 = 0, *v_217 = 0, *v_218 = 0, *v_219 = 0, *v_220 = 0, *v_222 = 0, *v_223 = 0, *v_226 = 0, *v_227 = 0, *v_233 = 0, *v_235 = 0, *v_236 = 0, *h1_239 = 0, *v_240 = 0, *v_241 = 0, *v_243 = 0, *v_246 = 0, *v_249 = 0, *v_250 = 0, *v_288 = 0, *v_293 = 0, *v_298 = 0, *v_299 = 0, *v_301 = 0, *v_302 = 0, *v_304 = 0, *v_306 = 0, *v_307 = 0, *v_308 = 0, *v_309 = 0, *v_310 = 0, *v_311 = 0, *v_312 = 0, *v_314 = 0, *v_315 = 0, *v_317 = 0, *v_318 = 0, *v_319 = 0, *v_324 = 0, *v_326 = 0, *v_329 = 0, *v_330 = 0, *v_331 = 0, *v_334 = 0, *v_335 = 0, *v_337 = 0, *v_338 = 0, *v_340 = 0, *v_343 = 0, *v_402 = 0, *v_404 = 0, *v_405 = 0, *v_406 = 0, *v_407 = 0, *v_408 = 0, *v_410 = 0, *v_411 = 0, *v_414 = 0, *v_415 = 0, *v_421 = 0, *v_423 = 0, *v_424 = 0, *h2_427 = 0, *v_431 = 0, *v_432 = 0, *v_433 = 0, *v_434 = 0, *v_435 = 0, *v_436 = 0, *v_4 = 0, *v_6 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *v_13 = 0, *v_14 = 0, *v_19 = 0, *v_24 = 0, *v_25 = 0, *v_29 = 0, *v_555 = 0, *v_556 = 0, *v_557 = 0, *v_558 = 0, *v_559 = 0, *v_562 = 0, *v_563 = 0, *v_567 = 0, *v_570 = 0, *v_571 = 0, *v_576 = 0, *v_577 = 0, *v_578 = 0, *v_579 = 0, *v_580 = 0, *v_581 = 0, *v_582 = 0, *v_583 = 0, *v_584 = 0, *v_585 = 0, *v_586 = 0, *v_589 = 0, *v_590 = 0, *v_593 = 0, *v_596 = 0, *v_597 = 0, *v_602 = 0, *v_603 = 0, *v_604 = 0, *v_605 = 0, *v_606 = 0, *v_607_0 = 0, *v_607_1 = 0, *v_607_2 = 0, *v_607_3 = 0, *v_607_4 = 0, *v_607_5 = 0;
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
  v_45 = gt_shape_of(a1_0);
  v_46 = gt_scalar(I32, 0);
  v_47 = gt_index(v_45, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_45); v_45 = 0;
  gt_line = 17; gt_col = 28;
  v_48 = gt_scalar(I32, 8);
  gt_line = 17; gt_col = 34;
  v_50 = gt_scalar(I32, 1);
  gt_line = 17; gt_col = 13;
  img_51 = gt_reshape(a1_0, 4, (int64_t[]){gt_int(v_47), gt_int(v_48), gt_int(v_48), gt_int(v_50)});
  gt_line = 18; gt_col = 38;
  v_52 = gt_retain(a0_0);
  gt_line = 18; gt_col = 26;
  v_53 = gt_shape_of(img_51);
  v_55 = gt_index(v_53, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_53); v_53 = 0;
  v_57 = gt_scalar(I32, 64);
  v_58 = gt_reshape(img_51, 3, (int64_t[]){gt_int(v_55), gt_int(v_57), gt_int(v_50)});
  gt_release(img_51); img_51 = 0;
  v_59 = gt_scalar(F32, 0);
  v_61 = gt_fill(F32, gt_get(v_59, 0), 3, (int64_t[]){gt_int(v_55), gt_int(v_50), gt_int(v_50)});
  v_62 = gt_concat(2, (T *[]){v_58, v_61}, 1);
  gt_release(v_58); v_58 = 0;
  gt_release(v_61); v_61 = 0;
  v_100 = gt_const(I32, 4, (int64_t[]){1, 8, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7, 6, 7, 8});
  v_105 = gt_const(BOOL, 4, (int64_t[]){8, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_110 = gt_const(BOOL, 4, (int64_t[]){1, 8, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_105->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_110->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){8, 8, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 576; i++) {
      const int64_t q1 = (i / 72) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 8) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_111 = r;
  }
  gt_release(v_105); v_105 = 0;
  gt_release(v_110); v_110 = 0;
  gt_line = 18; gt_col = 26;
  v_113 = gt_const(I32, 4, (int64_t[]){8, 1, 3, 1}, (double[]){-8, 0, 8, 0, 8, 16, 8, 16, 24, 16, 24, 32, 24, 32, 40, 32, 40, 48, 40, 48, 56, 48, 56, 64});
  v_114 = gt_binary(B_ADD, v_113, v_100);
  gt_release(v_100); v_100 = 0;
  gt_release(v_113); v_113 = 0;
  v_116 = gt_select(v_111, v_114, v_57);
  gt_release(v_111); v_111 = 0;
  gt_release(v_114); v_114 = 0;
  v_118 = gt_scalar(I32, 576);
  v_119 = gt_reshape(v_116, 2, (int64_t[]){gt_int(v_50), gt_int(v_118)});
  gt_release(v_116); v_116 = 0;
  v_120 = gt_scalar(I32, 65);
  v_121 = gt_binary(B_MUL, v_55, v_120);
  v_122 = gt_reshape(v_62, 2, (int64_t[]){gt_int(v_121), gt_int(v_50)});
  gt_release(v_62); v_62 = 0;
  gt_release(v_121); v_121 = 0;
  v_123 = gt_arange(gt_int(v_55));
  v_124 = gt_expand_dims(v_123, 1);
  gt_release(v_123); v_123 = 0;
  v_126 = gt_binary(B_MUL, v_124, v_120);
  gt_release(v_120); v_120 = 0;
  gt_release(v_124); v_124 = 0;
  v_127 = gt_binary(B_ADD, v_126, v_119);
  gt_release(v_119); v_119 = 0;
  gt_release(v_126); v_126 = 0;
  v_129 = gt_binary(B_MUL, v_55, v_118);
  gt_release(v_118); v_118 = 0;
  v_130 = gt_reshape(v_127, 1, (int64_t[]){gt_int(v_129)});
  gt_release(v_127); v_127 = 0;
  gt_release(v_129); v_129 = 0;
  v_131 = gt_take(v_122, v_130);
  gt_release(v_122); v_122 = 0;
  gt_release(v_130); v_130 = 0;
  v_136 = gt_scalar(I32, 16);
  v_138 = gt_binary(B_MUL, v_55, v_57);
  v_139 = gt_scalar(I32, 9);
  v_141 = gt_reshape(v_131, 2, (int64_t[]){gt_int(v_138), gt_int(v_139)});
  gt_release(v_131); v_131 = 0;
  gt_release(v_138); v_138 = 0;
  v_142 = gt_reshape(v_52, 2, (int64_t[]){gt_int(v_139), gt_int(v_136)});
  gt_release(v_139); v_139 = 0;
  v_143 = gt_matmul(v_141, v_142);
  gt_release(v_142); v_142 = 0;
  v_146 = gt_reshape(v_143, 4, (int64_t[]){gt_int(v_55), gt_int(v_48), gt_int(v_48), gt_int(v_136)});
  gt_release(v_48); v_48 = 0;
  gt_release(v_55); v_55 = 0;
  gt_line = 18; gt_col = 63;
  v_147 = gt_retain(a0_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_146->p;
    const float *restrict p2 = (const float *)v_147->p;
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
    v_149 = r;
  }
  gt_line = 18; gt_col = 12;
  v_150 = gt_shape_of(v_149);
  v_152 = gt_index(v_150, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_150); v_150 = 0;
  v_155 = gt_reshape(v_149, 3, (int64_t[]){gt_int(v_152), gt_int(v_57), gt_int(v_136)});
  v_156 = gt_scalar(I32, 4);
  v_158 = gt_scalar(I32, 2);
  v_214 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_216 = gt_binary(B_MUL, v_152, v_57);
  v_217 = gt_reshape(v_155, 2, (int64_t[]){gt_int(v_216), gt_int(v_136)});
  v_218 = gt_arange(gt_int(v_152));
  v_219 = gt_expand_dims(v_218, 1);
  gt_release(v_218); v_218 = 0;
  v_220 = gt_expand_dims(v_219, 0);
  gt_release(v_219); v_219 = 0;
  v_222 = gt_binary(B_MUL, v_220, v_57);
  gt_release(v_57); v_57 = 0;
  gt_release(v_220); v_220 = 0;
  v_223 = gt_binary(B_ADD, v_222, v_214);
  gt_release(v_214); v_214 = 0;
  gt_release(v_222); v_222 = 0;
  v_226 = gt_reshape(v_223, 1, (int64_t[]){gt_int(v_216)});
  gt_release(v_216); v_216 = 0;
  gt_release(v_223); v_223 = 0;
  v_227 = gt_take(v_217, v_226);
  v_233 = gt_binary(B_MUL, v_152, v_136);
  v_235 = gt_reshape(v_227, 3, (int64_t[]){gt_int(v_156), gt_int(v_233), gt_int(v_136)});
  gt_release(v_233); v_233 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_235->p;
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
    v_236 = r;
  }
  gt_line = 18; gt_col = 12;
  h1_239 = gt_reshape(v_236, 4, (int64_t[]){gt_int(v_152), gt_int(v_156), gt_int(v_156), gt_int(v_136)});
  gt_release(v_152); v_152 = 0;
  gt_line = 19; gt_col = 37;
  v_240 = gt_retain(a0_2);
  gt_line = 19; gt_col = 26;
  v_241 = gt_shape_of(h1_239);
  v_243 = gt_index(v_241, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_241); v_241 = 0;
  v_246 = gt_reshape(h1_239, 3, (int64_t[]){gt_int(v_243), gt_int(v_136), gt_int(v_136)});
  v_249 = gt_fill(F32, gt_get(v_59, 0), 3, (int64_t[]){gt_int(v_243), gt_int(v_50), gt_int(v_136)});
  v_250 = gt_concat(2, (T *[]){v_246, v_249}, 1);
  gt_release(v_246); v_246 = 0;
  gt_release(v_249); v_249 = 0;
  v_288 = gt_const(I32, 4, (int64_t[]){1, 4, 1, 3}, (double[]){-1, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3, 4});
  v_293 = gt_const(BOOL, 4, (int64_t[]){4, 1, 3, 1}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  v_298 = gt_const(BOOL, 4, (int64_t[]){1, 4, 1, 3}, (double[]){0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
  { /* fused: and */
    const uint8_t *restrict p2 = (const uint8_t *)v_293->p;
    const uint8_t *restrict p4 = (const uint8_t *)v_298->p;
    T *r = gt_new_raw(BOOL, 4, (int64_t[]){4, 4, 3, 3});
    uint8_t *restrict z = (uint8_t *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const int64_t q1 = (i / 36) * 3 + ((i / 3) % 3);
      const int64_t q3 = ((i / 9) % 4) * 3 + (i % 3);
      const uint8_t e5 = p2[q1] && p4[q3];
      z[i] = e5;
    }
    v_299 = r;
  }
  gt_release(v_293); v_293 = 0;
  gt_release(v_298); v_298 = 0;
  gt_line = 19; gt_col = 26;
  v_301 = gt_const(I32, 4, (int64_t[]){4, 1, 3, 1}, (double[]){-4, 0, 4, 0, 4, 8, 4, 8, 12, 8, 12, 16});
  v_302 = gt_binary(B_ADD, v_301, v_288);
  gt_release(v_288); v_288 = 0;
  gt_release(v_301); v_301 = 0;
  v_304 = gt_select(v_299, v_302, v_136);
  gt_release(v_299); v_299 = 0;
  gt_release(v_302); v_302 = 0;
  v_306 = gt_scalar(I32, 144);
  v_307 = gt_reshape(v_304, 2, (int64_t[]){gt_int(v_50), gt_int(v_306)});
  gt_release(v_50); v_50 = 0;
  gt_release(v_304); v_304 = 0;
  v_308 = gt_scalar(I32, 17);
  v_309 = gt_binary(B_MUL, v_243, v_308);
  v_310 = gt_reshape(v_250, 2, (int64_t[]){gt_int(v_309), gt_int(v_136)});
  gt_release(v_309); v_309 = 0;
  v_311 = gt_arange(gt_int(v_243));
  v_312 = gt_expand_dims(v_311, 1);
  gt_release(v_311); v_311 = 0;
  v_314 = gt_binary(B_MUL, v_312, v_308);
  gt_release(v_308); v_308 = 0;
  gt_release(v_312); v_312 = 0;
  v_315 = gt_binary(B_ADD, v_314, v_307);
  gt_release(v_307); v_307 = 0;
  gt_release(v_314); v_314 = 0;
  v_317 = gt_binary(B_MUL, v_243, v_306);
  v_318 = gt_reshape(v_315, 1, (int64_t[]){gt_int(v_317)});
  gt_release(v_315); v_315 = 0;
  gt_release(v_317); v_317 = 0;
  v_319 = gt_take(v_310, v_318);
  v_324 = gt_scalar(I32, 32);
  v_326 = gt_binary(B_MUL, v_243, v_136);
  v_329 = gt_reshape(v_319, 2, (int64_t[]){gt_int(v_326), gt_int(v_306)});
  gt_release(v_326); v_326 = 0;
  v_330 = gt_reshape(v_240, 2, (int64_t[]){gt_int(v_306), gt_int(v_324)});
  gt_release(v_306); v_306 = 0;
  v_331 = gt_matmul(v_329, v_330);
  v_334 = gt_reshape(v_331, 4, (int64_t[]){gt_int(v_243), gt_int(v_156), gt_int(v_156), gt_int(v_324)});
  gt_release(v_243); v_243 = 0;
  gt_line = 19; gt_col = 62;
  v_335 = gt_retain(a0_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_334->p;
    const float *restrict p2 = (const float *)v_335->p;
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
    v_337 = r;
  }
  gt_line = 19; gt_col = 12;
  v_338 = gt_shape_of(v_337);
  v_340 = gt_index(v_338, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_338); v_338 = 0;
  v_343 = gt_reshape(v_337, 3, (int64_t[]){gt_int(v_340), gt_int(v_136), gt_int(v_324)});
  v_402 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_404 = gt_binary(B_MUL, v_340, v_136);
  v_405 = gt_reshape(v_343, 2, (int64_t[]){gt_int(v_404), gt_int(v_324)});
  v_406 = gt_arange(gt_int(v_340));
  v_407 = gt_expand_dims(v_406, 1);
  gt_release(v_406); v_406 = 0;
  v_408 = gt_expand_dims(v_407, 0);
  gt_release(v_407); v_407 = 0;
  v_410 = gt_binary(B_MUL, v_408, v_136);
  gt_release(v_408); v_408 = 0;
  v_411 = gt_binary(B_ADD, v_410, v_402);
  gt_release(v_402); v_402 = 0;
  gt_release(v_410); v_410 = 0;
  v_414 = gt_reshape(v_411, 1, (int64_t[]){gt_int(v_404)});
  gt_release(v_404); v_404 = 0;
  gt_release(v_411); v_411 = 0;
  v_415 = gt_take(v_405, v_414);
  v_421 = gt_binary(B_MUL, v_340, v_156);
  v_423 = gt_reshape(v_415, 3, (int64_t[]){gt_int(v_156), gt_int(v_421), gt_int(v_324)});
  gt_release(v_156); v_156 = 0;
  gt_release(v_421); v_421 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_423->p;
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
    v_424 = r;
  }
  gt_line = 19; gt_col = 12;
  h2_427 = gt_reshape(v_424, 4, (int64_t[]){gt_int(v_340), gt_int(v_158), gt_int(v_158), gt_int(v_324)});
  gt_release(v_158); v_158 = 0;
  gt_release(v_324); v_324 = 0;
  gt_release(v_340); v_340 = 0;
  gt_line = 20; gt_col = 26;
  v_431 = gt_scalar(I32, 128);
  gt_line = 20; gt_col = 10;
  v_432 = gt_reshape(h2_427, 2, (int64_t[]){gt_int(v_47), gt_int(v_431)});
  gt_release(v_47); v_47 = 0;
  gt_release(v_431); v_431 = 0;
  gt_line = 20; gt_col = 34;
  v_433 = gt_retain(a0_4);
  gt_line = 20; gt_col = 10;
  v_434 = gt_matmul(v_432, v_433);
  gt_line = 20; gt_col = 40;
  v_435 = gt_retain(a0_5);
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_434->p;
    const float *restrict p2 = (const float *)v_435->p;
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
    v_436 = r;
  }
  gt_release(v_434); v_434 = 0;
  gt_line = 24; gt_col = 15;
  v_4 = gt_reduce(R_LSE, v_436, 1, -1, 1);
  v_6 = gt_scalar(I32, 10);
  v_7 = gt_one_hot(a2_0, gt_int(v_6), F32);
  gt_release(v_6); v_6 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_436->p;
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
    const float *restrict p4 = (const float *)v_436->p;
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
  gt_release(v_436); v_436 = 0;
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
    v_555 = r;
  }
  gt_release(v_435); v_435 = 0;
  gt_line = 20; gt_col = 10;
  v_557 = gt_matmul_t(v_29, 0, v_433, 1);
  gt_release(v_433); v_433 = 0;
  v_559 = gt_matmul_t(v_432, 1, v_29, 0);
  gt_release(v_29); v_29 = 0;
  gt_release(v_432); v_432 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_557->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_562 = r;
  }
  gt_release(h2_427); h2_427 = 0;
  gt_release(v_557); v_557 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_424->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_563 = r;
  }
  gt_release(v_424); v_424 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_423->p;
    const float *restrict p2 = (const float *)v_563->p;
    const float *restrict p4 = (const float *)v_59->p;
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
    v_567 = r;
  }
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_423->p;
    const float *restrict p2 = (const float *)v_563->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_567->p;
    const float *restrict p8 = (const float *)v_562->p;
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
    v_570 = r;
  }
  gt_release(v_415); v_415 = 0;
  gt_release(v_423); v_423 = 0;
  gt_release(v_562); v_562 = 0;
  gt_release(v_563); v_563 = 0;
  gt_release(v_567); v_567 = 0;
  gt_line = 19; gt_col = 12;
  v_571 = gt_scatter_rows(v_570, v_405, v_414);
  gt_release(v_405); v_405 = 0;
  gt_release(v_414); v_414 = 0;
  gt_release(v_570); v_570 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_334->p;
    const float *restrict p2 = (const float *)v_335->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_571->p;
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
    v_576 = r;
  }
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_334->p;
    const float *restrict p2 = (const float *)v_335->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_571->p;
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
    v_577 = r;
  }
  gt_release(v_331); v_331 = 0;
  gt_release(v_334); v_334 = 0;
  gt_release(v_335); v_335 = 0;
  gt_release(v_337); v_337 = 0;
  gt_release(v_343); v_343 = 0;
  gt_release(v_571); v_571 = 0;
  gt_line = 19; gt_col = 26;
  v_579 = gt_matmul_t(v_577, 0, v_330, 1);
  gt_release(v_330); v_330 = 0;
  v_581 = gt_matmul_t(v_329, 1, v_577, 0);
  gt_release(v_329); v_329 = 0;
  gt_release(v_577); v_577 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_581->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4608; i++) {
      z[i] = p1[i];
    }
    v_582 = r;
  }
  gt_release(v_240); v_240 = 0;
  gt_release(v_581); v_581 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_579->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){144 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((144 * sz[0]) * 16))
    for (int64_t i = 0; i < ((144 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_583 = r;
  }
  gt_release(v_319); v_319 = 0;
  gt_release(v_579); v_579 = 0;
  gt_line = 19; gt_col = 26;
  v_584 = gt_scatter_rows(v_583, v_310, v_318);
  gt_release(v_310); v_310 = 0;
  gt_release(v_318); v_318 = 0;
  gt_release(v_583); v_583 = 0;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_584->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 17, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 272))
    for (int64_t i = 0; i < (sz[0] * 272); i++) {
      z[i] = p1[i];
    }
    v_585 = r;
  }
  gt_release(v_250); v_250 = 0;
  gt_release(v_584); v_584 = 0;
  gt_line = 19; gt_col = 26;
  v_586 = gt_index(v_585, 2, (gt_spec[]){{1, 0, 0, 0, 0, 1}, {1, 1, 1, gt_int(v_46), gt_int(v_136), 1}});
  gt_release(v_46); v_46 = 0;
  gt_release(v_136); v_136 = 0;
  gt_release(v_585); v_585 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_586->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_589 = r;
  }
  gt_release(h1_239); h1_239 = 0;
  gt_release(v_586); v_586 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_236->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_590 = r;
  }
  gt_release(v_236); v_236 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_235->p;
    const float *restrict p2 = (const float *)v_590->p;
    const float *restrict p4 = (const float *)v_59->p;
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
    v_593 = r;
  }
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_235->p;
    const float *restrict p2 = (const float *)v_590->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_593->p;
    const float *restrict p8 = (const float *)v_589->p;
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
    v_596 = r;
  }
  gt_release(v_227); v_227 = 0;
  gt_release(v_235); v_235 = 0;
  gt_release(v_589); v_589 = 0;
  gt_release(v_590); v_590 = 0;
  gt_release(v_593); v_593 = 0;
  gt_line = 18; gt_col = 12;
  v_597 = gt_scatter_rows(v_596, v_217, v_226);
  gt_release(v_217); v_217 = 0;
  gt_release(v_226); v_226 = 0;
  gt_release(v_596); v_596 = 0;
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_146->p;
    const float *restrict p2 = (const float *)v_147->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_597->p;
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
    v_602 = r;
  }
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_146->p;
    const float *restrict p2 = (const float *)v_147->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_597->p;
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
    v_603 = r;
  }
  gt_release(v_59); v_59 = 0;
  gt_release(v_143); v_143 = 0;
  gt_release(v_146); v_146 = 0;
  gt_release(v_147); v_147 = 0;
  gt_release(v_149); v_149 = 0;
  gt_release(v_155); v_155 = 0;
  gt_release(v_597); v_597 = 0;
  gt_line = 18; gt_col = 26;
  v_605 = gt_matmul_t(v_141, 1, v_603, 0);
  gt_release(v_141); v_141 = 0;
  gt_release(v_603); v_603 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_605->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      z[i] = p1[i];
    }
    v_606 = r;
  }
  gt_release(v_52); v_52 = 0;
  gt_release(v_605); v_605 = 0;
  gt_line = 16; gt_col = 4;
  v_607_0 = gt_retain(v_606);
  v_607_1 = gt_retain(v_602);
  v_607_2 = gt_retain(v_582);
  v_607_3 = gt_retain(v_576);
  v_607_4 = gt_retain(v_559);
  v_607_5 = gt_retain(v_555);
  gt_release(v_555); v_555 = 0;
  gt_release(v_559); v_559 = 0;
  gt_release(v_576); v_576 = 0;
  gt_release(v_582); v_582 = 0;
  gt_release(v_602); v_602 = 0;
  gt_release(v_606); v_606 = 0;
  out[0] = gt_retain(v_607_0);
  out[1] = gt_retain(v_607_1);
  out[2] = gt_retain(v_607_2);
  out[3] = gt_retain(v_607_3);
  out[4] = gt_retain(v_607_4);
  out[5] = gt_retain(v_607_5);
  gt_release(v_45);
  gt_release(v_46);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_50);
  gt_release(img_51);
  gt_release(v_52);
  gt_release(v_53);
  gt_release(v_55);
  gt_release(v_57);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_61);
  gt_release(v_62);
  gt_release(v_100);
  gt_release(v_105);
  gt_release(v_110);
  gt_release(v_111);
  gt_release(v_113);
  gt_release(v_114);
  gt_release(v_116);
  gt_release(v_118);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(v_122);
  gt_release(v_123);
  gt_release(v_124);
  gt_release(v_126);
  gt_release(v_127);
  gt_release(v_129);
  gt_release(v_130);
  gt_release(v_131);
  gt_release(v_136);
  gt_release(v_138);
  gt_release(v_139);
  gt_release(v_141);
  gt_release(v_142);
  gt_release(v_143);
  gt_release(v_146);
  gt_release(v_147);
  gt_release(v_149);
  gt_release(v_150);
  gt_release(v_152);
  gt_release(v_155);
  gt_release(v_156);
  gt_release(v_158);
  gt_release(v_214);
  gt_release(v_216);
  gt_release(v_217);
  gt_release(v_218);
  gt_release(v_219);
  gt_release(v_220);
  gt_release(v_222);
  gt_release(v_223);
  gt_release(v_226);
  gt_release(v_227);
  gt_release(v_233);
  gt_release(v_235);
  gt_release(v_236);
  gt_release(h1_239);
  gt_release(v_240);
  gt_release(v_241);
  gt_release(v_243);
  gt_release(v_246);
  gt_release(v_249);
  gt_release(v_250);
  gt_release(v_288);
  gt_release(v_293);
  gt_release(v_298);
  gt_release(v_299);
  gt_release(v_301);
  gt_release(v_302);
  gt_release(v_304);
  gt_release(v_306);
  gt_release(v_307);
  gt_release(v_308);
  gt_release(v_309);
  gt_release(v_310);
  gt_release(v_311);
  gt_release(v_312);
  gt_release(v_314);
  gt_release(v_315);
  gt_release(v_317);
  gt_release(v_318);
  gt_release(v_319);
  gt_release(v_324);
  gt_release(v_326);
  gt_release(v_329);
  gt_release(v_330);
  gt_release(v_331);
  gt_release(v_334);
  gt_release(v_335);
  gt_release(v_337);
  gt_release(v_338);
  gt_release(v_340);
  gt_release(v_343);
  gt_release(v_402);
  gt_release(v_404);
  gt_release(v_405);
  gt_release(v_406);
  gt_release(v_407);
  gt_release(v_408);
  gt_release(v_410);
  gt_release(v_411);
  gt_release(v_414);
  gt_release(v_415);
  gt_release(v_421);
  gt_release(v_423);
  gt_release(v_424);
  gt_release(h2_427);
  gt_release(v_431);
  gt_release(v_432);
  gt_release(v_433);
  gt_release(v_434);
  gt_release(v_435);
  gt_release(v_436);
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
  gt_release(v_555);
  gt_release(v_556);
  gt_release(v_557);
  gt_release(v_558);
  gt_release(v_559);
  gt_release(v_562);
  gt_release(v_563);
  gt_release(v_567);
  gt_release(v_570);
  gt_release(v_571);
  gt_release(v_576);
  gt_release(v_577);
  gt_release(v_578);
  gt_release(v_579);
  gt_release(v_580);
  gt_release(v_581);
  gt_release(v_582);
  gt_release(v_583);
  gt_release(v_584);
  gt_release(v_585);
  gt_release(v_586);
  gt_release(v_589);
  gt_release(v_590);
  gt_release(v_593);
  gt_release(v_596);
  gt_release(v_597);
  gt_release(v_602);
  gt_release(v_603);
  gt_release(v_604);
  gt_release(v_605);
  gt_release(v_606);
  gt_release(v_607_0);
  gt_release(v_607_1);
  gt_release(v_607_2);
  gt_release(v_607_3);
  gt_release(v_607_4);
  gt_release(v_607_5);
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
