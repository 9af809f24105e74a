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
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_19 = 0, *v_20 = 0, *v_35 = 0, *v_36 = 0, *v_38 = 0, *v_39 = 0, *v_43 = 0, *v_45 = 0, *v_58 = 0, *v_59 = 0, *v_62 = 0, *v_63 = 0, *v_64 = 0, *v_76 = 0, *v_81 = 0, *v_84 = 0, *p_85_0 = 0, *p_85_1 = 0, *p_85_2 = 0, *p_85_3 = 0, *p_85_4 = 0, *p_85_5 = 0, *v_87 = 0, *v_91 = 0, *v_95 = 0, *m1_98_0 = 0, *m1_98_1 = 0, *m1_98_2 = 0, *m1_98_3 = 0, *m1_98_4 = 0, *m1_98_5 = 0, *epochs_112 = 0, *batch_113 = 0, *t_155 = 0, *p_156_0 = 0, *p_156_1 = 0, *p_156_2 = 0, *p_156_3 = 0, *p_156_4 = 0, *p_156_5 = 0, *m1_157_0 = 0, *m1_157_1 = 0, *m1_157_2 = 0, *m1_157_3 = 0, *m1_157_4 = 0, *m1_157_5 = 0, *m2_158_0 = 0, *m2_158_1 = 0, *m2_158_2 = 0, *m2_158_3 = 0, *m2_158_4 = 0, *m2_158_5 = 0, *t_117 = 0, *p_118_0 = 0, *p_118_1 = 0, *p_118_2 = 0, *p_118_3 = 0, *p_118_4 = 0, *p_118_5 = 0, *m1_119_0 = 0, *m1_119_1 = 0, *m1_119_2 = 0, *m1_119_3 = 0, *m1_119_4 = 0, *m1_119_5 = 0, *m2_120_0 = 0, *m2_120_1 = 0, *m2_120_2 = 0, *m2_120_3 = 0, *m2_120_4 = 0, *m2_120_5 = 0, *epoch_116 = 0, *order_123 = 0, *v_125 = 0, *t_151 = 0, *p_152_0 = 0, *p_152_1 = 0, *p_152_2 = 0, *p_152_3 = 0, *p_152_4 = 0, *p_152_5 = 0, *m1_153_0 = 0, *m1_153_1 = 0, *m1_153_2 = 0, *m1_153_3 = 0, *m1_153_4 = 0, *m1_153_5 = 0, *m2_154_0 = 0, *m2_154_1 = 0, *m2_154_2 = 0, *m2_154_3 = 0, *m2_154_4 = 0, *m2_154_5 = 0, *t_127 = 0, *p_128_0 = 0, *p_128_1 = 0, *p_128_2 = 0, *p_128_3 = 0, *p_128_4 = 0, *p_128_5 = 0, *m1_129_0 = 0, *m1_129_1 = 0, *m1_129_2 = 0, *m1_129_3 = 0, *m1_129_4 = 0, *m1_129_5 = 0, *m2_130_0 = 0, *m2_130_1 = 0, *m2_130_2 = 0, *m2_130_3 = 0, *m2_130_4 = 0, *m2_130_5 = 0, *k_126 = 0, *v_131 = 0, *v_133 = 0, *v_134 = 0, *rows_135 = 0, *v_136 = 0, *v_137 = 0, *v_138_0 = 0, *v_138_1 = 0, *v_138_2 = 0, *v_138_3 = 0, *v_138_4 = 0, *v_138_5 = 0, *v_174 = 0, *v_175 = 0, *v_176 = 0, *v_177 = 0, *v_178 = 0, *v_179 = 0, *v_181 = 0, *v_183 = 0, *v_186 = 0, *v_189 = 0, *v_192 = 0, *v_195 = 0, *v_200 = 0, *v_142 = 0, *v_231 = 0, *v_235 = 0, *v_236 = 0, *v_237 = 0, *v_238 = 0, *v_239 = 0, *v_240 = 0, *v_242 = 0, *v_244 = 0, *v_246 = 0, *v_248 = 0, *v_250 = 0, *v_252 = 0, *v_278 = 0, *v_281 = 0, *v_284 = 0, *v_287 = 0, *v_290 = 0, *v_293 = 0, *m2_294_0 = 0, *m2_294_1 = 0, *m2_294_2 = 0, *m2_294_3 = 0, *m2_294_4 = 0, *m2_294_5 = 0, *v_303 = 0, *v_305 = 0, *v_307 = 0, *v_309 = 0, *v_311 = 0, *v_313 = 0, *v_352 = 0, *v_355 = 0, *v_358 = 0, *v_361 = 0, *v_364 = 0, *v_367 = 0, *v2_368_0 = 0, *v2_368_1 = 0, *v2_368_2 = 0, *v2_368_3 = 0, *v2_368_4 = 0, *v2_368_5 = 0, *v_372 = 0, *v_397 = 0, *v_494 = 0, *v_497 = 0, *v_500 = 0, *v_503 = 0, *v_506 = 0, *v_509 = 0, *v_510_0 = 0, *v_510_1 = 0, *v_510_2 = 0, *v_510_3 = 0, *v_510_4 = 0, *v_510_5 = 0, *v_515 = 0, *img_518 = 0, *v_519 = 0, *v_524 = 0, *v_525 = 0, *v_528 = 0, *v_529 = 0, *v_530 = 0, *v_531 = 0, *v_532 = 0, *v_533 = 0, *v_534 = 0, *v_536 = 0, *v_537 = 0, *v_538 = 0, *v_539 = 0, *v_540 = 0, *v_541 = 0, *v_542 = 0, *v_549 = 0, *v_550 = 0, *v_552 = 0, *v_553 = 0, *v_554 = 0, *v_557 = 0, *v_558 = 0, *v_560 = 0, *v_566 = 0, *v_569 = 0, *v_572 = 0, *v_574 = 0, *v_575 = 0, *v_576 = 0, *v_579 = 0, *v_580 = 0, *v_586 = 0, *v_587 = 0, *v_588 = 0, *v_589 = 0, *h1_592 = 0, *v_593 = 0, *v_599 = 0, *v_602 = 0, *v_603 = 0, *v_604 = 0, *v_605 = 0, *v_606 = 0, *v_610 = 0, *v_611 = 0, *v_612 = 0, *v_613 = 0, *v_614 = 0, *v_615 = 0, *v_616 = 0, *v_626 = 0, *v_627 = 0, *v_628 = 0, *v_631 = 0, *v_632 = 0, *v_634 = 0, *v_640 = 0, *v_643 = 0, *v_648 = 0, *v_649 = 0, *v_650 = 0, *v_653 = 0, *v_654 = 0, *v_660 = 0, *v_662 = 0, *v_663 = 0, *h2_666 = 0, *v_671 = 0, *v_672 = 0, *v_673 = 0, *v_674 = 0, *v_675 = 0, *v_676 = 0, *v_679 = 0, *v_681 = 0, *v_683 = 0, *v_163 = 0, *v_684 = 0, *v_686 = 0, *img_690 = 0, *v_692 = 0, *v_694 = 0, *v_697 = 0, *v_700 = 0, *v_701 = 0, *v_703 = 0, *v_704 = 0, *v_705 = 0, *v_706 = 0, *v_708 = 0, *v_710 = 0, *v_712 = 0, *v_713 = 0, *v_714 = 0, *v_721 = 0, *v_724 = 0, *v_726 = 0, *v_729 = 0, *v_732 = 0, *v_733 = 0, *v_735 = 0, *v_738 = 0, *v_740 = 0, *v_741 = 0, *v_742 = 0, *v_743 = 0, *v_744 = 0, *v_746 = 0, *v_748 = 0, *v_751 = 0, *v_752 = 0, *v_758 = 0, *v_760 = 0, *v_761 = 0, *h1_764 = 0, *v_766 = 0, *v_768 = 0, *v_771 = 0, *v_774 = 0, *v_775 = 0, *v_777 = 0, *v_778 = 0, *v_779 = 0, *v_780 = 0, *v_782 = 0, *v_784 = 0, *v_786 = 0, *v_787 = 0, *v_788 = 0, *v_795 = 0, *v_798 = 0, *v_800 = 0, *v_803 = 0, *v_806 = 0, *v_807 = 0, *v_809 = 0, *v_812 = 0, *v_814 = 0, *v_815 = 0, *v_816 = 0, *v_817 = 0, *v_818 = 0, *v_820 = 0, *v_822 = 0, *v_825 = 0, *v_826 = 0, *v_832 = 0, *v_834 = 0, *v_835 = 0, *h2_838 = 0, *v_843 = 0, *v_845 = 0, *v_847 = 0, *v_165 = 0, *v_166 = 0, *v_168 = 0, *v_172 = 0;
  (void)out;
  gt_line = 30; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 31; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
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
  v_35 = gt_random(1, F32, gt_int(v_19), 4, (int64_t[]){gt_int(v_17), gt_int(v_17), gt_int(v_19), gt_int(v_20)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_35->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      const float e2 = p1[i] * ((float)0.47140452265739441);
      z[i] = e2;
    }
    v_36 = r;
  }
  gt_release(v_35); v_35 = 0;
  gt_line = 34; gt_col = 65;
  v_38 = gt_scalar(F32, 0);
  v_39 = gt_const(F32, 1, (int64_t[]){16}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 35; gt_col = 40;
  v_43 = gt_scalar(I32, 32);
  gt_line = 35; gt_col = 51;
  v_45 = gt_scalar(I32, 2);
  gt_line = 35; gt_col = 19;
  v_58 = gt_random(1, F32, gt_int(v_45), 4, (int64_t[]){gt_int(v_17), gt_int(v_17), gt_int(v_20), gt_int(v_43)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_58->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4608; i++) {
      const float e2 = p1[i] * ((float)0.1178511306643486);
      z[i] = e2;
    }
    v_59 = r;
  }
  gt_release(v_58); v_58 = 0;
  gt_line = 35; gt_col = 66;
  v_62 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 36; gt_col = 34;
  v_63 = gt_scalar(I32, 128);
  gt_line = 36; gt_col = 39;
  v_64 = gt_scalar(I32, 10);
  gt_line = 36; gt_col = 18;
  v_76 = gt_random(0, F32, gt_int(v_17), 2, (int64_t[]){gt_int(v_63), gt_int(v_64)});
  gt_release(v_17); v_17 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_76->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){128, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1280; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.20851442217826843);
      z[i] = e4;
    }
    v_81 = r;
  }
  gt_release(v_76); v_76 = 0;
  gt_line = 36; gt_col = 64;
  v_84 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_85_0 = gt_retain(v_36);
  p_85_1 = gt_retain(v_39);
  p_85_2 = gt_retain(v_59);
  p_85_3 = gt_retain(v_62);
  p_85_4 = gt_retain(v_81);
  p_85_5 = gt_retain(v_84);
  gt_line = 37; gt_col = 12;
  v_87 = gt_fill(v_36->dt, 0, v_36->rank, v_36->shape);
  gt_release(v_36); v_36 = 0;
  v_91 = gt_fill(v_59->dt, 0, v_59->rank, v_59->shape);
  gt_release(v_59); v_59 = 0;
  v_95 = gt_fill(v_81->dt, 0, v_81->rank, v_81->shape);
  gt_release(v_81); v_81 = 0;
  m1_98_0 = gt_retain(v_87);
  m1_98_1 = gt_retain(v_39);
  m1_98_2 = gt_retain(v_91);
  m1_98_3 = gt_retain(v_62);
  m1_98_4 = gt_retain(v_95);
  m1_98_5 = gt_retain(v_84);
  gt_release(v_39); v_39 = 0;
  gt_release(v_62); v_62 = 0;
  gt_release(v_84); v_84 = 0;
  gt_release(v_87); v_87 = 0;
  gt_release(v_91); v_91 = 0;
  gt_release(v_95); v_95 = 0;
  gt_line = 39; gt_col = 16;
  epochs_112 = gt_scalar(I32, 20);
  gt_line = 40; gt_col = 15;
  batch_113 = gt_scalar(I32, 100);
  gt_line = 42; gt_col = 3;
  t_117 = gt_retain(v_2);
  p_118_0 = p_85_0; p_85_0 = 0;
  p_118_1 = p_85_1; p_85_1 = 0;
  p_118_2 = p_85_2; p_85_2 = 0;
  p_118_3 = p_85_3; p_85_3 = 0;
  p_118_4 = p_85_4; p_85_4 = 0;
  p_118_5 = p_85_5; p_85_5 = 0;
  m1_119_0 = gt_retain(m1_98_0);
  m1_119_1 = gt_retain(m1_98_1);
  m1_119_2 = gt_retain(m1_98_2);
  m1_119_3 = gt_retain(m1_98_3);
  m1_119_4 = gt_retain(m1_98_4);
  m1_119_5 = gt_retain(m1_98_5);
  m2_120_0 = gt_retain(m1_98_0);
  m2_120_1 = gt_retain(m1_98_1);
  m2_120_2 = gt_retain(m1_98_2);
  m2_120_3 = gt_retain(m1_98_3);
  m2_120_4 = gt_retain(m1_98_4);
  m2_120_5 = gt_retain(m1_98_5);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_112); t1 < t1_end; t1++) {
    epoch_116 = gt_scalar(I32, (double)t1);
    gt_line = 43; gt_col = 17;
    order_123 = gt_permutation(gt_int(epoch_116), gt_int(v_3));
    gt_line = 44; gt_col = 18;
    v_125 = gt_scalar(I32, 15);
    gt_line = 44; gt_col = 5;
    t_127 = t_117; t_117 = 0;
    p_128_0 = p_118_0; p_118_0 = 0;
    p_128_1 = p_118_1; p_118_1 = 0;
    p_128_2 = p_118_2; p_118_2 = 0;
    p_128_3 = p_118_3; p_118_3 = 0;
    p_128_4 = p_118_4; p_118_4 = 0;
    p_128_5 = p_118_5; p_118_5 = 0;
    m1_129_0 = m1_119_0; m1_119_0 = 0;
    m1_129_1 = m1_119_1; m1_119_1 = 0;
    m1_129_2 = m1_119_2; m1_119_2 = 0;
    m1_129_3 = m1_119_3; m1_119_3 = 0;
    m1_129_4 = m1_119_4; m1_119_4 = 0;
    m1_129_5 = m1_119_5; m1_119_5 = 0;
    m2_130_0 = m2_120_0; m2_120_0 = 0;
    m2_130_1 = m2_120_1; m2_120_1 = 0;
    m2_130_2 = m2_120_2; m2_120_2 = 0;
    m2_130_3 = m2_120_3; m2_120_3 = 0;
    m2_130_4 = m2_120_4; m2_120_4 = 0;
    m2_130_5 = m2_120_5; m2_120_5 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_125); t2 < t2_end; t2++) {
      k_126 = gt_scalar(I32, (double)t2);
      gt_line = 45; gt_col = 24;
      v_131 = gt_binary(B_MUL, k_126, batch_113);
      gt_line = 45; gt_col = 34;
      v_133 = gt_binary(B_ADD, k_126, v_19);
      v_134 = gt_binary(B_MUL, v_133, batch_113);
      gt_release(v_133); v_133 = 0;
      gt_line = 45; gt_col = 18;
      rows_135 = gt_index(order_123, 1, (gt_spec[]){{1, 1, 1, gt_int(v_131), gt_int(v_134), 1}});
      gt_release(v_131); v_131 = 0;
      gt_release(v_134); v_134 = 0;
      gt_line = 46; gt_col = 44;
      v_136 = gt_take(v_4, rows_135);
      gt_line = 46; gt_col = 65;
      v_137 = gt_take(v_7, rows_135);
      gt_release(rows_135); rows_135 = 0;
      { T *t3[6] = {0}; f_dloss(t3, p_128_0, p_128_1, p_128_2, p_128_3, p_128_4, p_128_5, v_136, v_137); v_138_0 = t3[0]; v_138_1 = t3[1]; v_138_2 = t3[2]; v_138_3 = t3[3]; v_138_4 = t3[4]; v_138_5 = t3[5]; }
      gt_release(v_136); v_136 = 0;
      gt_release(v_137); v_137 = 0;
      gt_line = 53; gt_col = 49;
      v_174 = gt_retain(v_138_0);
      v_175 = gt_retain(v_138_1);
      v_176 = gt_retain(v_138_2);
      v_177 = gt_retain(v_138_3);
      v_178 = gt_retain(v_138_4);
      v_179 = gt_retain(v_138_5);
      gt_release(v_138_0); v_138_0 = 0;
      gt_release(v_138_1); v_138_1 = 0;
      gt_release(v_138_2); v_138_2 = 0;
      gt_release(v_138_3); v_138_3 = 0;
      gt_release(v_138_4); v_138_4 = 0;
      gt_release(v_138_5); v_138_5 = 0;
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_174->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 144; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_181 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_175->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 16; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_183 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_176->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 4608; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_186 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_177->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 32; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_189 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_178->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 1280; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_192 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_179->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_195 = r;
      }
      gt_line = 53; gt_col = 39;
      { /* fused: add, add, add, add, add, sqrt, convert.f64, add */
        const float *restrict p1 = (const float *)v_181->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_183->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_186->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_189->p;
        const float p6v = p6[0];
        const float *restrict p8 = (const float *)v_192->p;
        const float p8v = p8[0];
        const float *restrict p10 = (const float *)v_195->p;
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
        v_200 = r;
      }
      gt_release(v_181); v_181 = 0;
      gt_release(v_183); v_183 = 0;
      gt_release(v_186); v_186 = 0;
      gt_release(v_189); v_189 = 0;
      gt_release(v_192); v_192 = 0;
      gt_release(v_195); v_195 = 0;
      gt_line = 47; gt_col = 7;
      v_142 = gt_binary(B_ADD, t_127, v_19);
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_142->p;
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
        v_231 = r;
      }
      gt_line = 36; gt_col = 31;
      v_235 = gt_retain(p_128_0);
      v_236 = gt_retain(p_128_1);
      v_237 = gt_retain(p_128_2);
      v_238 = gt_retain(p_128_3);
      v_239 = gt_retain(p_128_4);
      v_240 = gt_retain(p_128_5);
      v_242 = gt_retain(m1_129_0);
      gt_line = 36; gt_col = 12;
      v_244 = gt_retain(m1_129_1);
      v_246 = gt_retain(m1_129_2);
      v_248 = gt_retain(m1_129_3);
      v_250 = gt_retain(m1_129_4);
      v_252 = gt_retain(m1_129_5);
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_242->p;
        const float *restrict p3 = (const float *)v_174->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_278 = r;
      }
      gt_release(v_242); v_242 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_244->p;
        const float *restrict p3 = (const float *)v_175->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_281 = r;
      }
      gt_release(v_244); v_244 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_246->p;
        const float *restrict p3 = (const float *)v_176->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_284 = r;
      }
      gt_release(v_246); v_246 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_248->p;
        const float *restrict p3 = (const float *)v_177->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_287 = r;
      }
      gt_release(v_248); v_248 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_250->p;
        const float *restrict p3 = (const float *)v_178->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_290 = r;
      }
      gt_release(v_250); v_250 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_252->p;
        const float *restrict p3 = (const float *)v_179->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_293 = r;
      }
      gt_release(v_252); v_252 = 0;
      gt_line = 36; gt_col = 12;
      m2_294_0 = gt_retain(v_278);
      m2_294_1 = gt_retain(v_281);
      m2_294_2 = gt_retain(v_284);
      m2_294_3 = gt_retain(v_287);
      m2_294_4 = gt_retain(v_290);
      m2_294_5 = gt_retain(v_293);
      gt_line = 37; gt_col = 33;
      v_303 = gt_retain(m2_130_0);
      gt_line = 37; gt_col = 12;
      v_305 = gt_retain(m2_130_1);
      v_307 = gt_retain(m2_130_2);
      v_309 = gt_retain(m2_130_3);
      v_311 = gt_retain(m2_130_4);
      v_313 = gt_retain(m2_130_5);
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_303->p;
        const float *restrict p3 = (const float *)v_174->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_352 = r;
      }
      gt_release(v_174); v_174 = 0;
      gt_release(v_303); v_303 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_305->p;
        const float *restrict p3 = (const float *)v_175->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_355 = r;
      }
      gt_release(v_175); v_175 = 0;
      gt_release(v_305); v_305 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_307->p;
        const float *restrict p3 = (const float *)v_176->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_358 = r;
      }
      gt_release(v_176); v_176 = 0;
      gt_release(v_307); v_307 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_309->p;
        const float *restrict p3 = (const float *)v_177->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_361 = r;
      }
      gt_release(v_177); v_177 = 0;
      gt_release(v_309); v_309 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_311->p;
        const float *restrict p3 = (const float *)v_178->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_364 = r;
      }
      gt_release(v_178); v_178 = 0;
      gt_release(v_311); v_311 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, div, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_313->p;
        const float *restrict p3 = (const float *)v_179->p;
        const double *restrict p4 = (const double *)v_200->p;
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
        v_367 = r;
      }
      gt_release(v_179); v_179 = 0;
      gt_release(v_200); v_200 = 0;
      gt_release(v_313); v_313 = 0;
      gt_line = 37; gt_col = 12;
      v2_368_0 = gt_retain(v_352);
      v2_368_1 = gt_retain(v_355);
      v2_368_2 = gt_retain(v_358);
      v2_368_3 = gt_retain(v_361);
      v2_368_4 = gt_retain(v_364);
      v2_368_5 = gt_retain(v_367);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_142->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_372 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_142->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_397 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_235->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_278->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_352->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_494 = r;
      }
      gt_release(v_235); v_235 = 0;
      gt_release(v_278); v_278 = 0;
      gt_release(v_352); v_352 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_236->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_281->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_355->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_497 = r;
      }
      gt_release(v_236); v_236 = 0;
      gt_release(v_281); v_281 = 0;
      gt_release(v_355); v_355 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_237->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_284->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_358->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_500 = r;
      }
      gt_release(v_237); v_237 = 0;
      gt_release(v_284); v_284 = 0;
      gt_release(v_358); v_358 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_238->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_287->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_361->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_503 = r;
      }
      gt_release(v_238); v_238 = 0;
      gt_release(v_287); v_287 = 0;
      gt_release(v_361); v_361 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_239->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_290->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_364->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_506 = r;
      }
      gt_release(v_239); v_239 = 0;
      gt_release(v_290); v_290 = 0;
      gt_release(v_364); v_364 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_240->p;
        const double *restrict p2 = (const double *)v_231->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_293->p;
        const double *restrict p7 = (const double *)v_372->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_367->p;
        const double *restrict p13 = (const double *)v_397->p;
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
        v_509 = r;
      }
      gt_release(v_231); v_231 = 0;
      gt_release(v_240); v_240 = 0;
      gt_release(v_293); v_293 = 0;
      gt_release(v_367); v_367 = 0;
      gt_release(v_372); v_372 = 0;
      gt_release(v_397); v_397 = 0;
      gt_line = 40; gt_col = 11;
      v_510_0 = gt_retain(v_494);
      v_510_1 = gt_retain(v_497);
      v_510_2 = gt_retain(v_500);
      v_510_3 = gt_retain(v_503);
      v_510_4 = gt_retain(v_506);
      v_510_5 = gt_retain(v_509);
      gt_release(v_494); v_494 = 0;
      gt_release(v_497); v_497 = 0;
      gt_release(v_500); v_500 = 0;
      gt_release(v_503); v_503 = 0;
      gt_release(v_506); v_506 = 0;
      gt_release(v_509); v_509 = 0;
      T *t4 = gt_retain(v_142);
      T *t5 = gt_retain(v_510_0);
      T *t6 = gt_retain(v_510_1);
      T *t7 = gt_retain(v_510_2);
      T *t8 = gt_retain(v_510_3);
      T *t9 = gt_retain(v_510_4);
      T *t10 = gt_retain(v_510_5);
      T *t11 = gt_retain(m2_294_0);
      T *t12 = gt_retain(m2_294_1);
      T *t13 = gt_retain(m2_294_2);
      T *t14 = gt_retain(m2_294_3);
      T *t15 = gt_retain(m2_294_4);
      T *t16 = gt_retain(m2_294_5);
      T *t17 = gt_retain(v2_368_0);
      T *t18 = gt_retain(v2_368_1);
      T *t19 = gt_retain(v2_368_2);
      T *t20 = gt_retain(v2_368_3);
      T *t21 = gt_retain(v2_368_4);
      T *t22 = gt_retain(v2_368_5);
      gt_release(t_127);
      gt_release(p_128_0);
      gt_release(p_128_1);
      gt_release(p_128_2);
      gt_release(p_128_3);
      gt_release(p_128_4);
      gt_release(p_128_5);
      gt_release(m1_129_0);
      gt_release(m1_129_1);
      gt_release(m1_129_2);
      gt_release(m1_129_3);
      gt_release(m1_129_4);
      gt_release(m1_129_5);
      gt_release(m2_130_0);
      gt_release(m2_130_1);
      gt_release(m2_130_2);
      gt_release(m2_130_3);
      gt_release(m2_130_4);
      gt_release(m2_130_5);
      t_127 = t4;
      p_128_0 = t5;
      p_128_1 = t6;
      p_128_2 = t7;
      p_128_3 = t8;
      p_128_4 = t9;
      p_128_5 = t10;
      m1_129_0 = t11;
      m1_129_1 = t12;
      m1_129_2 = t13;
      m1_129_3 = t14;
      m1_129_4 = t15;
      m1_129_5 = t16;
      m2_130_0 = t17;
      m2_130_1 = t18;
      m2_130_2 = t19;
      m2_130_3 = t20;
      m2_130_4 = t21;
      m2_130_5 = t22;
      gt_release(v_142); v_142 = 0;
      gt_release(m2_294_0); m2_294_0 = 0;
      gt_release(m2_294_1); m2_294_1 = 0;
      gt_release(m2_294_2); m2_294_2 = 0;
      gt_release(m2_294_3); m2_294_3 = 0;
      gt_release(m2_294_4); m2_294_4 = 0;
      gt_release(m2_294_5); m2_294_5 = 0;
      gt_release(v2_368_0); v2_368_0 = 0;
      gt_release(v2_368_1); v2_368_1 = 0;
      gt_release(v2_368_2); v2_368_2 = 0;
      gt_release(v2_368_3); v2_368_3 = 0;
      gt_release(v2_368_4); v2_368_4 = 0;
      gt_release(v2_368_5); v2_368_5 = 0;
      gt_release(v_510_0); v_510_0 = 0;
      gt_release(v_510_1); v_510_1 = 0;
      gt_release(v_510_2); v_510_2 = 0;
      gt_release(v_510_3); v_510_3 = 0;
      gt_release(v_510_4); v_510_4 = 0;
      gt_release(v_510_5); v_510_5 = 0;
      gt_release(k_126); k_126 = 0;
    }
    t_151 = t_127; t_127 = 0;
    p_152_0 = p_128_0; p_128_0 = 0;
    p_152_1 = p_128_1; p_128_1 = 0;
    p_152_2 = p_128_2; p_128_2 = 0;
    p_152_3 = p_128_3; p_128_3 = 0;
    p_152_4 = p_128_4; p_128_4 = 0;
    p_152_5 = p_128_5; p_128_5 = 0;
    m1_153_0 = m1_129_0; m1_129_0 = 0;
    m1_153_1 = m1_129_1; m1_129_1 = 0;
    m1_153_2 = m1_129_2; m1_129_2 = 0;
    m1_153_3 = m1_129_3; m1_129_3 = 0;
    m1_153_4 = m1_129_4; m1_129_4 = 0;
    m1_153_5 = m1_129_5; m1_129_5 = 0;
    m2_154_0 = m2_130_0; m2_130_0 = 0;
    m2_154_1 = m2_130_1; m2_130_1 = 0;
    m2_154_2 = m2_130_2; m2_130_2 = 0;
    m2_154_3 = m2_130_3; m2_130_3 = 0;
    m2_154_4 = m2_130_4; m2_130_4 = 0;
    m2_154_5 = m2_130_5; m2_130_5 = 0;
    gt_release(order_123); order_123 = 0;
    gt_release(v_125); v_125 = 0;
    T *t23 = gt_retain(t_151);
    T *t24 = gt_retain(p_152_0);
    T *t25 = gt_retain(p_152_1);
    T *t26 = gt_retain(p_152_2);
    T *t27 = gt_retain(p_152_3);
    T *t28 = gt_retain(p_152_4);
    T *t29 = gt_retain(p_152_5);
    T *t30 = gt_retain(m1_153_0);
    T *t31 = gt_retain(m1_153_1);
    T *t32 = gt_retain(m1_153_2);
    T *t33 = gt_retain(m1_153_3);
    T *t34 = gt_retain(m1_153_4);
    T *t35 = gt_retain(m1_153_5);
    T *t36 = gt_retain(m2_154_0);
    T *t37 = gt_retain(m2_154_1);
    T *t38 = gt_retain(m2_154_2);
    T *t39 = gt_retain(m2_154_3);
    T *t40 = gt_retain(m2_154_4);
    T *t41 = gt_retain(m2_154_5);
    gt_release(t_117);
    gt_release(p_118_0);
    gt_release(p_118_1);
    gt_release(p_118_2);
    gt_release(p_118_3);
    gt_release(p_118_4);
    gt_release(p_118_5);
    gt_release(m1_119_0);
    gt_release(m1_119_1);
    gt_release(m1_119_2);
    gt_release(m1_119_3);
    gt_release(m1_119_4);
    gt_release(m1_119_5);
    gt_release(m2_120_0);
    gt_release(m2_120_1);
    gt_release(m2_120_2);
    gt_release(m2_120_3);
    gt_release(m2_120_4);
    gt_release(m2_120_5);
    t_117 = t23;
    p_118_0 = t24;
    p_118_1 = t25;
    p_118_2 = t26;
    p_118_3 = t27;
    p_118_4 = t28;
    p_118_5 = t29;
    m1_119_0 = t30;
    m1_119_1 = t31;
    m1_119_2 = t32;
    m1_119_3 = t33;
    m1_119_4 = t34;
    m1_119_5 = t35;
    m2_120_0 = t36;
    m2_120_1 = t37;
    m2_120_2 = t38;
    m2_120_3 = t39;
    m2_120_4 = t40;
    m2_120_5 = t41;
    gt_release(t_151); t_151 = 0;
    gt_release(p_152_0); p_152_0 = 0;
    gt_release(p_152_1); p_152_1 = 0;
    gt_release(p_152_2); p_152_2 = 0;
    gt_release(p_152_3); p_152_3 = 0;
    gt_release(p_152_4); p_152_4 = 0;
    gt_release(p_152_5); p_152_5 = 0;
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
    gt_release(epoch_116); epoch_116 = 0;
  }
  t_155 = t_117; t_117 = 0;
  p_156_0 = p_118_0; p_118_0 = 0;
  p_156_1 = p_118_1; p_118_1 = 0;
  p_156_2 = p_118_2; p_118_2 = 0;
  p_156_3 = p_118_3; p_118_3 = 0;
  p_156_4 = p_118_4; p_118_4 = 0;
  p_156_5 = p_118_5; p_118_5 = 0;
  m1_157_0 = m1_119_0; m1_119_0 = 0;
  m1_157_1 = m1_119_1; m1_119_1 = 0;
  m1_157_2 = m1_119_2; m1_119_2 = 0;
  m1_157_3 = m1_119_3; m1_119_3 = 0;
  m1_157_4 = m1_119_4; m1_119_4 = 0;
  m1_157_5 = m1_119_5; m1_119_5 = 0;
  m2_158_0 = m2_120_0; m2_120_0 = 0;
  m2_158_1 = m2_120_1; m2_120_1 = 0;
  m2_158_2 = m2_120_2; m2_120_2 = 0;
  m2_158_3 = m2_120_3; m2_120_3 = 0;
  m2_158_4 = m2_120_4; m2_120_4 = 0;
  m2_158_5 = m2_120_5; m2_120_5 = 0;
  gt_release(p_85_0); p_85_0 = 0;
  gt_release(p_85_1); p_85_1 = 0;
  gt_release(p_85_2); p_85_2 = 0;
  gt_release(p_85_3); p_85_3 = 0;
  gt_release(p_85_4); p_85_4 = 0;
  gt_release(p_85_5); p_85_5 = 0;
  gt_release(m1_98_0); m1_98_0 = 0;
  gt_release(m1_98_1); m1_98_1 = 0;
  gt_release(m1_98_2); m1_98_2 = 0;
  gt_release(m1_98_3); m1_98_3 = 0;
  gt_release(m1_98_4); m1_98_4 = 0;
  gt_release(m1_98_5); m1_98_5 = 0;
  gt_release(epochs_112); epochs_112 = 0;
  gt_release(batch_113); batch_113 = 0;
  gt_release(m1_157_0); m1_157_0 = 0;
  gt_release(m1_157_1); m1_157_1 = 0;
  gt_release(m1_157_2); m1_157_2 = 0;
  gt_release(m1_157_3); m1_157_3 = 0;
  gt_release(m1_157_4); m1_157_4 = 0;
  gt_release(m1_157_5); m1_157_5 = 0;
  gt_release(m2_158_0); m2_158_0 = 0;
  gt_release(m2_158_1); m2_158_1 = 0;
  gt_release(m2_158_2); m2_158_2 = 0;
  gt_release(m2_158_3); m2_158_3 = 0;
  gt_release(m2_158_4); m2_158_4 = 0;
  gt_release(m2_158_5); m2_158_5 = 0;
  gt_line = 17; gt_col = 28;
  v_515 = gt_scalar(I32, 8);
  gt_line = 17; gt_col = 13;
  img_518 = gt_reshape(v_4, 4, (int64_t[]){gt_int(v_3), gt_int(v_515), gt_int(v_515), gt_int(v_19)});
  gt_release(v_4); v_4 = 0;
  gt_line = 18; gt_col = 38;
  v_519 = gt_retain(p_156_0);
  gt_line = 18; gt_col = 26;
  v_524 = gt_scalar(I32, 64);
  v_525 = gt_reshape(img_518, 3, (int64_t[]){gt_int(v_3), gt_int(v_524), gt_int(v_19)});
  gt_release(img_518); img_518 = 0;
  v_528 = gt_fill(F32, gt_get(v_38, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_19)});
  v_529 = gt_concat(2, (T *[]){v_525, v_528}, 1);
  gt_release(v_525); v_525 = 0;
  gt_release(v_528); v_528 = 0;
  v_530 = gt_scalar(I32, 65);
  v_531 = gt_scalar(I32, 97500);
  v_532 = gt_reshape(v_529, 2, (int64_t[]){gt_int(v_531), gt_int(v_19)});
  gt_release(v_529); v_529 = 0;
  gt_release(v_531); v_531 = 0;
  v_533 = gt_arange(gt_int(v_3));
  v_534 = gt_expand_dims(v_533, 1);
  gt_release(v_533); v_533 = 0;
  v_536 = gt_binary(B_MUL, v_534, v_530);
  v_537 = gt_const(I32, 2, (int64_t[]){1, 576}, (double[]){64, 64, 64, 64, 0, 1, 64, 8, 9, 64, 64, 64, 0, 1, 2, 8, 9, 10, 64, 64, 64, 1, 2, 3, 9, 10, 11, 64, 64, 64, 2, 3, 4, 10, 11, 12, 64, 64, 64, 3, 4, 5, 11, 12, 13, 64, 64, 64, 4, 5, 6, 12, 13, 14, 64, 64, 64, 5, 6, 7, 13, 14, 15, 64, 64, 64, 6, 7, 64, 14, 15, 64, 64, 0, 1, 64, 8, 9, 64, 16, 17, 0, 1, 2, 8, 9, 10, 16, 17, 18, 1, 2, 3, 9, 10, 11, 17, 18, 19, 2, 3, 4, 10, 11, 12, 18, 19, 20, 3, 4, 5, 11, 12, 13, 19, 20, 21, 4, 5, 6, 12, 13, 14, 20, 21, 22, 5, 6, 7, 13, 14, 15, 21, 22, 23, 6, 7, 64, 14, 15, 64, 22, 23, 64, 64, 8, 9, 64, 16, 17, 64, 24, 25, 8, 9, 10, 16, 17, 18, 24, 25, 26, 9, 10, 11, 17, 18, 19, 25, 26, 27, 10, 11, 12, 18, 19, 20, 26, 27, 28, 11, 12, 13, 19, 20, 21, 27, 28, 29, 12, 13, 14, 20, 21, 22, 28, 29, 30, 13, 14, 15, 21, 22, 23, 29, 30, 31, 14, 15, 64, 22, 23, 64, 30, 31, 64, 64, 16, 17, 64, 24, 25, 64, 32, 33, 16, 17, 18, 24, 25, 26, 32, 33, 34, 17, 18, 19, 25, 26, 27, 33, 34, 35, 18, 19, 20, 26, 27, 28, 34, 35, 36, 19, 20, 21, 27, 28, 29, 35, 36, 37, 20, 21, 22, 28, 29, 30, 36, 37, 38, 21, 22, 23, 29, 30, 31, 37, 38, 39, 22, 23, 64, 30, 31, 64, 38, 39, 64, 64, 24, 25, 64, 32, 33, 64, 40, 41, 24, 25, 26, 32, 33, 34, 40, 41, 42, 25, 26, 27, 33, 34, 35, 41, 42, 43, 26, 27, 28, 34, 35, 36, 42, 43, 44, 27, 28, 29, 35, 36, 37, 43, 44, 45, 28, 29, 30, 36, 37, 38, 44, 45, 46, 29, 30, 31, 37, 38, 39, 45, 46, 47, 30, 31, 64, 38, 39, 64, 46, 47, 64, 64, 32, 33, 64, 40, 41, 64, 48, 49, 32, 33, 34, 40, 41, 42, 48, 49, 50, 33, 34, 35, 41, 42, 43, 49, 50, 51, 34, 35, 36, 42, 43, 44, 50, 51, 52, 35, 36, 37, 43, 44, 45, 51, 52, 53, 36, 37, 38, 44, 45, 46, 52, 53, 54, 37, 38, 39, 45, 46, 47, 53, 54, 55, 38, 39, 64, 46, 47, 64, 54, 55, 64, 64, 40, 41, 64, 48, 49, 64, 56, 57, 40, 41, 42, 48, 49, 50, 56, 57, 58, 41, 42, 43, 49, 50, 51, 57, 58, 59, 42, 43, 44, 50, 51, 52, 58, 59, 60, 43, 44, 45, 51, 52, 53, 59, 60, 61, 44, 45, 46, 52, 53, 54, 60, 61, 62, 45, 46, 47, 53, 54, 55, 61, 62, 63, 46, 47, 64, 54, 55, 64, 62, 63, 64, 64, 48, 49, 64, 56, 57, 64, 64, 64, 48, 49, 50, 56, 57, 58, 64, 64, 64, 49, 50, 51, 57, 58, 59, 64, 64, 64, 50, 51, 52, 58, 59, 60, 64, 64, 64, 51, 52, 53, 59, 60, 61, 64, 64, 64, 52, 53, 54, 60, 61, 62, 64, 64, 64, 53, 54, 55, 61, 62, 63, 64, 64, 64, 54, 55, 64, 62, 63, 64, 64, 64, 64});
  v_538 = gt_binary(B_ADD, v_536, v_537);
  gt_release(v_536); v_536 = 0;
  v_539 = gt_scalar(I32, 576);
  v_540 = gt_scalar(I32, 864000);
  v_541 = gt_reshape(v_538, 1, (int64_t[]){gt_int(v_540)});
  gt_release(v_538); v_538 = 0;
  gt_release(v_540); v_540 = 0;
  v_542 = gt_take(v_532, v_541);
  gt_release(v_532); v_532 = 0;
  gt_release(v_541); v_541 = 0;
  v_549 = gt_scalar(I32, 96000);
  v_550 = gt_scalar(I32, 9);
  v_552 = gt_reshape(v_542, 2, (int64_t[]){gt_int(v_549), gt_int(v_550)});
  gt_release(v_542); v_542 = 0;
  v_553 = gt_reshape(v_519, 2, (int64_t[]){gt_int(v_550), gt_int(v_20)});
  gt_release(v_519); v_519 = 0;
  v_554 = gt_matmul(v_552, v_553);
  gt_release(v_552); v_552 = 0;
  v_557 = gt_reshape(v_554, 4, (int64_t[]){gt_int(v_3), gt_int(v_515), gt_int(v_515), gt_int(v_20)});
  gt_release(v_554); v_554 = 0;
  gt_line = 18; gt_col = 63;
  v_558 = gt_retain(p_156_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_557->p;
    const float *restrict p2 = (const float *)v_558->p;
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
    v_560 = r;
  }
  gt_release(v_557); v_557 = 0;
  gt_line = 18; gt_col = 12;
  v_566 = gt_reshape(v_560, 3, (int64_t[]){gt_int(v_3), gt_int(v_524), gt_int(v_20)});
  gt_release(v_560); v_560 = 0;
  v_569 = gt_reshape(v_566, 2, (int64_t[]){gt_int(v_549), gt_int(v_20)});
  gt_release(v_566); v_566 = 0;
  v_572 = gt_expand_dims(v_534, 0);
  v_574 = gt_binary(B_MUL, v_572, v_524);
  v_575 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_576 = gt_binary(B_ADD, v_574, v_575);
  gt_release(v_574); v_574 = 0;
  v_579 = gt_reshape(v_576, 1, (int64_t[]){gt_int(v_549)});
  gt_release(v_549); v_549 = 0;
  gt_release(v_576); v_576 = 0;
  v_580 = gt_take(v_569, v_579);
  gt_release(v_569); v_569 = 0;
  gt_release(v_579); v_579 = 0;
  v_586 = gt_scalar(I32, 24000);
  v_587 = gt_scalar(I32, 4);
  v_588 = gt_reshape(v_580, 3, (int64_t[]){gt_int(v_587), gt_int(v_586), gt_int(v_20)});
  gt_release(v_580); v_580 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_588->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){24000, 16});
    float *restrict z = (float *)r->p;
    if (4 == 0 && 384000 != 0) gt_fail("max or min of an empty tensor");
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
    v_589 = r;
  }
  gt_release(v_588); v_588 = 0;
  gt_line = 18; gt_col = 12;
  h1_592 = gt_reshape(v_589, 4, (int64_t[]){gt_int(v_3), gt_int(v_587), gt_int(v_587), gt_int(v_20)});
  gt_release(v_589); v_589 = 0;
  gt_line = 19; gt_col = 37;
  v_593 = gt_retain(p_156_2);
  gt_line = 19; gt_col = 26;
  v_599 = gt_reshape(h1_592, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_592); h1_592 = 0;
  v_602 = gt_fill(F32, gt_get(v_38, 0), 3, (int64_t[]){gt_int(v_3), gt_int(v_19), gt_int(v_20)});
  v_603 = gt_concat(2, (T *[]){v_599, v_602}, 1);
  gt_release(v_599); v_599 = 0;
  gt_release(v_602); v_602 = 0;
  v_604 = gt_scalar(I32, 17);
  v_605 = gt_scalar(I32, 25500);
  v_606 = gt_reshape(v_603, 2, (int64_t[]){gt_int(v_605), gt_int(v_20)});
  gt_release(v_603); v_603 = 0;
  gt_release(v_605); v_605 = 0;
  v_610 = gt_binary(B_MUL, v_534, v_604);
  gt_release(v_534); v_534 = 0;
  v_611 = gt_const(I32, 2, (int64_t[]){1, 144}, (double[]){16, 16, 16, 16, 0, 1, 16, 4, 5, 16, 16, 16, 0, 1, 2, 4, 5, 6, 16, 16, 16, 1, 2, 3, 5, 6, 7, 16, 16, 16, 2, 3, 16, 6, 7, 16, 16, 0, 1, 16, 4, 5, 16, 8, 9, 0, 1, 2, 4, 5, 6, 8, 9, 10, 1, 2, 3, 5, 6, 7, 9, 10, 11, 2, 3, 16, 6, 7, 16, 10, 11, 16, 16, 4, 5, 16, 8, 9, 16, 12, 13, 4, 5, 6, 8, 9, 10, 12, 13, 14, 5, 6, 7, 9, 10, 11, 13, 14, 15, 6, 7, 16, 10, 11, 16, 14, 15, 16, 16, 8, 9, 16, 12, 13, 16, 16, 16, 8, 9, 10, 12, 13, 14, 16, 16, 16, 9, 10, 11, 13, 14, 15, 16, 16, 16, 10, 11, 16, 14, 15, 16, 16, 16, 16});
  v_612 = gt_binary(B_ADD, v_610, v_611);
  gt_release(v_610); v_610 = 0;
  v_613 = gt_scalar(I32, 144);
  v_614 = gt_scalar(I32, 216000);
  v_615 = gt_reshape(v_612, 1, (int64_t[]){gt_int(v_614)});
  gt_release(v_612); v_612 = 0;
  gt_release(v_614); v_614 = 0;
  v_616 = gt_take(v_606, v_615);
  gt_release(v_606); v_606 = 0;
  gt_release(v_615); v_615 = 0;
  v_626 = gt_reshape(v_616, 2, (int64_t[]){gt_int(v_586), gt_int(v_613)});
  gt_release(v_616); v_616 = 0;
  v_627 = gt_reshape(v_593, 2, (int64_t[]){gt_int(v_613), gt_int(v_43)});
  gt_release(v_593); v_593 = 0;
  v_628 = gt_matmul(v_626, v_627);
  gt_release(v_626); v_626 = 0;
  v_631 = gt_reshape(v_628, 4, (int64_t[]){gt_int(v_3), gt_int(v_587), gt_int(v_587), gt_int(v_43)});
  gt_release(v_628); v_628 = 0;
  gt_line = 19; gt_col = 62;
  v_632 = gt_retain(p_156_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_631->p;
    const float *restrict p2 = (const float *)v_632->p;
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
    v_634 = r;
  }
  gt_release(v_631); v_631 = 0;
  gt_line = 19; gt_col = 12;
  v_640 = gt_reshape(v_634, 3, (int64_t[]){gt_int(v_3), gt_int(v_20), gt_int(v_43)});
  gt_release(v_634); v_634 = 0;
  v_643 = gt_reshape(v_640, 2, (int64_t[]){gt_int(v_586), gt_int(v_43)});
  gt_release(v_640); v_640 = 0;
  v_648 = gt_binary(B_MUL, v_572, v_20);
  gt_release(v_572); v_572 = 0;
  v_649 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_650 = gt_binary(B_ADD, v_648, v_649);
  gt_release(v_648); v_648 = 0;
  v_653 = gt_reshape(v_650, 1, (int64_t[]){gt_int(v_586)});
  gt_release(v_586); v_586 = 0;
  gt_release(v_650); v_650 = 0;
  v_654 = gt_take(v_643, v_653);
  gt_release(v_643); v_643 = 0;
  gt_release(v_653); v_653 = 0;
  v_660 = gt_scalar(I32, 6000);
  v_662 = gt_reshape(v_654, 3, (int64_t[]){gt_int(v_587), gt_int(v_660), gt_int(v_43)});
  gt_release(v_654); v_654 = 0;
  gt_release(v_660); v_660 = 0;
  { /* fused: max */
    const float *restrict p1 = (const float *)v_662->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){6000, 32});
    float *restrict z = (float *)r->p;
    if (4 == 0 && 192000 != 0) gt_fail("max or min of an empty tensor");
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
    v_663 = r;
  }
  gt_release(v_662); v_662 = 0;
  gt_line = 19; gt_col = 12;
  h2_666 = gt_reshape(v_663, 4, (int64_t[]){gt_int(v_3), gt_int(v_45), gt_int(v_45), gt_int(v_43)});
  gt_release(v_663); v_663 = 0;
  gt_line = 20; gt_col = 10;
  v_671 = gt_reshape(h2_666, 2, (int64_t[]){gt_int(v_3), gt_int(v_63)});
  gt_release(v_3); v_3 = 0;
  gt_release(h2_666); h2_666 = 0;
  gt_line = 20; gt_col = 34;
  v_672 = gt_retain(p_156_4);
  gt_line = 20; gt_col = 10;
  v_673 = gt_matmul(v_671, v_672);
  gt_release(v_671); v_671 = 0;
  gt_line = 20; gt_col = 40;
  v_674 = gt_retain(p_156_5);
  gt_release(p_156_0); p_156_0 = 0;
  gt_release(p_156_1); p_156_1 = 0;
  gt_release(p_156_2); p_156_2 = 0;
  gt_release(p_156_3); p_156_3 = 0;
  gt_release(p_156_4); p_156_4 = 0;
  gt_release(p_156_5); p_156_5 = 0;
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_673->p;
    const float *restrict p2 = (const float *)v_674->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_675 = r;
  }
  gt_release(v_673); v_673 = 0;
  gt_line = 24; gt_col = 15;
  v_676 = gt_reduce(R_LSE, v_675, 1, -1, 1);
  v_679 = gt_one_hot(v_7, gt_int(v_64), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_64); v_64 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_675->p;
    const float *restrict p2 = (const float *)v_676->p;
    const float *restrict p4 = (const float *)v_679->p;
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
    v_681 = r;
  }
  gt_release(v_675); v_675 = 0;
  gt_release(v_676); v_676 = 0;
  gt_release(v_679); v_679 = 0;
  gt_line = 24; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_681->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_683 = r;
  }
  gt_release(v_681); v_681 = 0;
  gt_line = 54; gt_col = 35;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_683->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_163 = r;
  }
  gt_release(v_683); v_683 = 0;
  gt_line = 54; gt_col = 35;
  gt_print_text("steps", 1);
  gt_print_tensor(t_155, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_163, 0);
  fputc('\n', stdout);
  gt_release(t_155); t_155 = 0;
  gt_release(v_163); v_163 = 0;
  gt_line = 17; gt_col = 25;
  v_684 = gt_shape_of(v_9);
  v_686 = gt_index(v_684, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_684); v_684 = 0;
  gt_line = 17; gt_col = 13;
  img_690 = gt_reshape(v_9, 4, (int64_t[]){gt_int(v_686), gt_int(v_515), gt_int(v_515), gt_int(v_19)});
  gt_release(v_9); v_9 = 0;
  gt_line = 18; gt_col = 26;
  v_692 = gt_shape_of(img_690);
  v_694 = gt_index(v_692, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_692); v_692 = 0;
  v_697 = gt_reshape(img_690, 3, (int64_t[]){gt_int(v_694), gt_int(v_524), gt_int(v_19)});
  gt_release(img_690); img_690 = 0;
  v_700 = gt_fill(F32, gt_get(v_38, 0), 3, (int64_t[]){gt_int(v_694), gt_int(v_19), gt_int(v_19)});
  v_701 = gt_concat(2, (T *[]){v_697, v_700}, 1);
  gt_release(v_697); v_697 = 0;
  gt_release(v_700); v_700 = 0;
  v_703 = gt_binary(B_MUL, v_694, v_530);
  v_704 = gt_reshape(v_701, 2, (int64_t[]){gt_int(v_703), gt_int(v_19)});
  gt_release(v_701); v_701 = 0;
  gt_release(v_703); v_703 = 0;
  v_705 = gt_arange(gt_int(v_694));
  v_706 = gt_expand_dims(v_705, 1);
  gt_release(v_705); v_705 = 0;
  v_708 = gt_binary(B_MUL, v_706, v_530);
  gt_release(v_530); v_530 = 0;
  gt_release(v_706); v_706 = 0;
  v_710 = gt_binary(B_ADD, v_708, v_537);
  gt_release(v_537); v_537 = 0;
  gt_release(v_708); v_708 = 0;
  v_712 = gt_binary(B_MUL, v_694, v_539);
  gt_release(v_539); v_539 = 0;
  v_713 = gt_reshape(v_710, 1, (int64_t[]){gt_int(v_712)});
  gt_release(v_710); v_710 = 0;
  gt_release(v_712); v_712 = 0;
  v_714 = gt_take(v_704, v_713);
  gt_release(v_704); v_704 = 0;
  gt_release(v_713); v_713 = 0;
  v_721 = gt_binary(B_MUL, v_694, v_524);
  v_724 = gt_reshape(v_714, 2, (int64_t[]){gt_int(v_721), gt_int(v_550)});
  gt_release(v_550); v_550 = 0;
  gt_release(v_714); v_714 = 0;
  gt_release(v_721); v_721 = 0;
  v_726 = gt_matmul(v_724, v_553);
  gt_release(v_553); v_553 = 0;
  gt_release(v_724); v_724 = 0;
  v_729 = gt_reshape(v_726, 4, (int64_t[]){gt_int(v_694), gt_int(v_515), gt_int(v_515), gt_int(v_20)});
  gt_release(v_515); v_515 = 0;
  gt_release(v_694); v_694 = 0;
  gt_release(v_726); v_726 = 0;
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_729->p;
    const float *restrict p2 = (const float *)v_558->p;
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
    v_732 = r;
  }
  gt_release(v_558); v_558 = 0;
  gt_release(v_729); v_729 = 0;
  gt_line = 18; gt_col = 12;
  v_733 = gt_shape_of(v_732);
  v_735 = gt_index(v_733, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_733); v_733 = 0;
  v_738 = gt_reshape(v_732, 3, (int64_t[]){gt_int(v_735), gt_int(v_524), gt_int(v_20)});
  gt_release(v_732); v_732 = 0;
  v_740 = gt_binary(B_MUL, v_735, v_524);
  v_741 = gt_reshape(v_738, 2, (int64_t[]){gt_int(v_740), gt_int(v_20)});
  gt_release(v_738); v_738 = 0;
  v_742 = gt_arange(gt_int(v_735));
  v_743 = gt_expand_dims(v_742, 1);
  gt_release(v_742); v_742 = 0;
  v_744 = gt_expand_dims(v_743, 0);
  gt_release(v_743); v_743 = 0;
  v_746 = gt_binary(B_MUL, v_744, v_524);
  gt_release(v_524); v_524 = 0;
  gt_release(v_744); v_744 = 0;
  v_748 = gt_binary(B_ADD, v_746, v_575);
  gt_release(v_575); v_575 = 0;
  gt_release(v_746); v_746 = 0;
  v_751 = gt_reshape(v_748, 1, (int64_t[]){gt_int(v_740)});
  gt_release(v_740); v_740 = 0;
  gt_release(v_748); v_748 = 0;
  v_752 = gt_take(v_741, v_751);
  gt_release(v_741); v_741 = 0;
  gt_release(v_751); v_751 = 0;
  v_758 = gt_binary(B_MUL, v_735, v_20);
  v_760 = gt_reshape(v_752, 3, (int64_t[]){gt_int(v_587), gt_int(v_758), gt_int(v_20)});
  gt_release(v_752); v_752 = 0;
  gt_release(v_758); v_758 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_760->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0] - 24000, 16});
    float *restrict z = (float *)r->p;
    if (4 == 0 && ((16 * sz[0] - 24000) * 16) != 0) gt_fail("max or min of an empty tensor");
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
    v_761 = r;
  }
  gt_release(v_760); v_760 = 0;
  gt_line = 18; gt_col = 12;
  h1_764 = gt_reshape(v_761, 4, (int64_t[]){gt_int(v_735), gt_int(v_587), gt_int(v_587), gt_int(v_20)});
  gt_release(v_735); v_735 = 0;
  gt_release(v_761); v_761 = 0;
  gt_line = 19; gt_col = 26;
  v_766 = gt_shape_of(h1_764);
  v_768 = gt_index(v_766, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_766); v_766 = 0;
  v_771 = gt_reshape(h1_764, 3, (int64_t[]){gt_int(v_768), gt_int(v_20), gt_int(v_20)});
  gt_release(h1_764); h1_764 = 0;
  v_774 = gt_fill(F32, gt_get(v_38, 0), 3, (int64_t[]){gt_int(v_768), gt_int(v_19), gt_int(v_20)});
  gt_release(v_19); v_19 = 0;
  gt_release(v_38); v_38 = 0;
  v_775 = gt_concat(2, (T *[]){v_771, v_774}, 1);
  gt_release(v_771); v_771 = 0;
  gt_release(v_774); v_774 = 0;
  v_777 = gt_binary(B_MUL, v_768, v_604);
  v_778 = gt_reshape(v_775, 2, (int64_t[]){gt_int(v_777), gt_int(v_20)});
  gt_release(v_775); v_775 = 0;
  gt_release(v_777); v_777 = 0;
  v_779 = gt_arange(gt_int(v_768));
  v_780 = gt_expand_dims(v_779, 1);
  gt_release(v_779); v_779 = 0;
  v_782 = gt_binary(B_MUL, v_780, v_604);
  gt_release(v_604); v_604 = 0;
  gt_release(v_780); v_780 = 0;
  v_784 = gt_binary(B_ADD, v_782, v_611);
  gt_release(v_611); v_611 = 0;
  gt_release(v_782); v_782 = 0;
  v_786 = gt_binary(B_MUL, v_768, v_613);
  v_787 = gt_reshape(v_784, 1, (int64_t[]){gt_int(v_786)});
  gt_release(v_784); v_784 = 0;
  gt_release(v_786); v_786 = 0;
  v_788 = gt_take(v_778, v_787);
  gt_release(v_778); v_778 = 0;
  gt_release(v_787); v_787 = 0;
  v_795 = gt_binary(B_MUL, v_768, v_20);
  v_798 = gt_reshape(v_788, 2, (int64_t[]){gt_int(v_795), gt_int(v_613)});
  gt_release(v_613); v_613 = 0;
  gt_release(v_788); v_788 = 0;
  gt_release(v_795); v_795 = 0;
  v_800 = gt_matmul(v_798, v_627);
  gt_release(v_627); v_627 = 0;
  gt_release(v_798); v_798 = 0;
  v_803 = gt_reshape(v_800, 4, (int64_t[]){gt_int(v_768), gt_int(v_587), gt_int(v_587), gt_int(v_43)});
  gt_release(v_768); v_768 = 0;
  gt_release(v_800); v_800 = 0;
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_803->p;
    const float *restrict p2 = (const float *)v_632->p;
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
    v_806 = r;
  }
  gt_release(v_632); v_632 = 0;
  gt_release(v_803); v_803 = 0;
  gt_line = 19; gt_col = 12;
  v_807 = gt_shape_of(v_806);
  v_809 = gt_index(v_807, 1, (gt_spec[]){{0, 0, 0, gt_int(v_2), 0, 1}});
  gt_release(v_2); v_2 = 0;
  gt_release(v_807); v_807 = 0;
  v_812 = gt_reshape(v_806, 3, (int64_t[]){gt_int(v_809), gt_int(v_20), gt_int(v_43)});
  gt_release(v_806); v_806 = 0;
  v_814 = gt_binary(B_MUL, v_809, v_20);
  v_815 = gt_reshape(v_812, 2, (int64_t[]){gt_int(v_814), gt_int(v_43)});
  gt_release(v_812); v_812 = 0;
  v_816 = gt_arange(gt_int(v_809));
  v_817 = gt_expand_dims(v_816, 1);
  gt_release(v_816); v_816 = 0;
  v_818 = gt_expand_dims(v_817, 0);
  gt_release(v_817); v_817 = 0;
  v_820 = gt_binary(B_MUL, v_818, v_20);
  gt_release(v_20); v_20 = 0;
  gt_release(v_818); v_818 = 0;
  v_822 = gt_binary(B_ADD, v_820, v_649);
  gt_release(v_649); v_649 = 0;
  gt_release(v_820); v_820 = 0;
  v_825 = gt_reshape(v_822, 1, (int64_t[]){gt_int(v_814)});
  gt_release(v_814); v_814 = 0;
  gt_release(v_822); v_822 = 0;
  v_826 = gt_take(v_815, v_825);
  gt_release(v_815); v_815 = 0;
  gt_release(v_825); v_825 = 0;
  v_832 = gt_binary(B_MUL, v_809, v_587);
  v_834 = gt_reshape(v_826, 3, (int64_t[]){gt_int(v_587), gt_int(v_832), gt_int(v_43)});
  gt_release(v_587); v_587 = 0;
  gt_release(v_826); v_826 = 0;
  gt_release(v_832); v_832 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_834->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){4 * sz[0] - 6000, 32});
    float *restrict z = (float *)r->p;
    if (4 == 0 && ((4 * sz[0] - 6000) * 32) != 0) gt_fail("max or min of an empty tensor");
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
    v_835 = r;
  }
  gt_release(v_834); v_834 = 0;
  gt_line = 19; gt_col = 12;
  h2_838 = gt_reshape(v_835, 4, (int64_t[]){gt_int(v_809), gt_int(v_45), gt_int(v_45), gt_int(v_43)});
  gt_release(v_43); v_43 = 0;
  gt_release(v_45); v_45 = 0;
  gt_release(v_809); v_809 = 0;
  gt_release(v_835); v_835 = 0;
  gt_line = 20; gt_col = 10;
  v_843 = gt_reshape(h2_838, 2, (int64_t[]){gt_int(v_686), gt_int(v_63)});
  gt_release(v_63); v_63 = 0;
  gt_release(v_686); v_686 = 0;
  gt_release(h2_838); h2_838 = 0;
  v_845 = gt_matmul(v_843, v_672);
  gt_release(v_672); v_672 = 0;
  gt_release(v_843); v_843 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_845->p;
    const float *restrict p2 = (const float *)v_674->p;
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
    v_847 = r;
  }
  gt_release(v_674); v_674 = 0;
  gt_release(v_845); v_845 = 0;
  gt_line = 55; gt_col = 33;
  v_165 = gt_argmax(v_847, -1);
  gt_release(v_847); v_847 = 0;
  v_166 = gt_binary(B_EQ, v_165, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_165); v_165 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_166->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_168 = r;
  }
  gt_release(v_166); v_166 = 0;
  gt_line = 55; gt_col = 27;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_168->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_172 = r;
  }
  gt_release(v_168); v_168 = 0;
  gt_line = 55; gt_col = 27;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_172, 0);
  fputc('\n', stdout);
  gt_release(v_172); v_172 = 0;
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
  gt_release(v_35);
  gt_release(v_36);
  gt_release(v_38);
  gt_release(v_39);
  gt_release(v_43);
  gt_release(v_45);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_62);
  gt_release(v_63);
  gt_release(v_64);
  gt_release(v_76);
  gt_release(v_81);
  gt_release(v_84);
  gt_release(p_85_0);
  gt_release(p_85_1);
  gt_release(p_85_2);
  gt_release(p_85_3);
  gt_release(p_85_4);
  gt_release(p_85_5);
  gt_release(v_87);
  gt_release(v_91);
  gt_release(v_95);
  gt_release(m1_98_0);
  gt_release(m1_98_1);
  gt_release(m1_98_2);
  gt_release(m1_98_3);
  gt_release(m1_98_4);
  gt_release(m1_98_5);
  gt_release(epochs_112);
  gt_release(batch_113);
  gt_release(t_155);
  gt_release(p_156_0);
  gt_release(p_156_1);
  gt_release(p_156_2);
  gt_release(p_156_3);
  gt_release(p_156_4);
  gt_release(p_156_5);
  gt_release(m1_157_0);
  gt_release(m1_157_1);
  gt_release(m1_157_2);
  gt_release(m1_157_3);
  gt_release(m1_157_4);
  gt_release(m1_157_5);
  gt_release(m2_158_0);
  gt_release(m2_158_1);
  gt_release(m2_158_2);
  gt_release(m2_158_3);
  gt_release(m2_158_4);
  gt_release(m2_158_5);
  gt_release(t_117);
  gt_release(p_118_0);
  gt_release(p_118_1);
  gt_release(p_118_2);
  gt_release(p_118_3);
  gt_release(p_118_4);
  gt_release(p_118_5);
  gt_release(m1_119_0);
  gt_release(m1_119_1);
  gt_release(m1_119_2);
  gt_release(m1_119_3);
  gt_release(m1_119_4);
  gt_release(m1_119_5);
  gt_release(m2_120_0);
  gt_release(m2_120_1);
  gt_release(m2_120_2);
  gt_release(m2_120_3);
  gt_release(m2_120_4);
  gt_release(m2_120_5);
  gt_release(epoch_116);
  gt_release(order_123);
  gt_release(v_125);
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
  gt_release(t_127);
  gt_release(p_128_0);
  gt_release(p_128_1);
  gt_release(p_128_2);
  gt_release(p_128_3);
  gt_release(p_128_4);
  gt_release(p_128_5);
  gt_release(m1_129_0);
  gt_release(m1_129_1);
  gt_release(m1_129_2);
  gt_release(m1_129_3);
  gt_release(m1_129_4);
  gt_release(m1_129_5);
  gt_release(m2_130_0);
  gt_release(m2_130_1);
  gt_release(m2_130_2);
  gt_release(m2_130_3);
  gt_release(m2_130_4);
  gt_release(m2_130_5);
  gt_release(k_126);
  gt_release(v_131);
  gt_release(v_133);
  gt_release(v_134);
  gt_release(rows_135);
  gt_release(v_136);
  gt_release(v_137);
  gt_release(v_138_0);
  gt_release(v_138_1);
  gt_release(v_138_2);
  gt_release(v_138_3);
  gt_release(v_138_4);
  gt_release(v_138_5);
  gt_release(v_174);
  gt_release(v_175);
  gt_release(v_176);
  gt_release(v_177);
  gt_release(v_178);
  gt_release(v_179);
  gt_release(v_181);
  gt_release(v_183);
  gt_release(v_186);
  gt_release(v_189);
  gt_release(v_192);
  gt_release(v_195);
  gt_release(v_200);
  gt_release(v_142);
  gt_release(v_231);
  gt_release(v_235);
  gt_release(v_236);
  gt_release(v_237);
  gt_release(v_238);
  gt_release(v_239);
  gt_release(v_240);
  gt_release(v_242);
  gt_release(v_244);
  gt_release(v_246);
  gt_release(v_248);
  gt_release(v_250);
  gt_release(v_252);
  gt_release(v_278);
  gt_release(v_281);
  gt_release(v_284);
  gt_release(v_287);
  gt_release(v_290);
  gt_release(v_293);
  gt_release(m2_294_0);
  gt_release(m2_294_1);
  gt_release(m2_294_2);
  gt_release(m2_294_3);
  gt_release(m2_294_4);
  gt_release(m2_294_5);
  gt_release(v_303);
  gt_release(v_305);
  gt_release(v_307);
  gt_release(v_309);
  gt_release(v_311);
  gt_release(v_313);
  gt_release(v_352);
  gt_release(v_355);
  gt_release(v_358);
  gt_release(v_361);
  gt_release(v_364);
  gt_release(v_367);
  gt_release(v2_368_0);
  gt_release(v2_368_1);
  gt_release(v2_368_2);
  gt_release(v2_368_3);
  gt_release(v2_368_4);
  gt_release(v2_368_5);
  gt_release(v_372);
  gt_release(v_397);
  gt_release(v_494);
  gt_release(v_497);
  gt_release(v_500);
  gt_release(v_503);
  gt_release(v_506);
  gt_release(v_509);
  gt_release(v_510_0);
  gt_release(v_510_1);
  gt_release(v_510_2);
  gt_release(v_510_3);
  gt_release(v_510_4);
  gt_release(v_510_5);
  gt_release(v_515);
  gt_release(img_518);
  gt_release(v_519);
  gt_release(v_524);
  gt_release(v_525);
  gt_release(v_528);
  gt_release(v_529);
  gt_release(v_530);
  gt_release(v_531);
  gt_release(v_532);
  gt_release(v_533);
  gt_release(v_534);
  gt_release(v_536);
  gt_release(v_537);
  gt_release(v_538);
  gt_release(v_539);
  gt_release(v_540);
  gt_release(v_541);
  gt_release(v_542);
  gt_release(v_549);
  gt_release(v_550);
  gt_release(v_552);
  gt_release(v_553);
  gt_release(v_554);
  gt_release(v_557);
  gt_release(v_558);
  gt_release(v_560);
  gt_release(v_566);
  gt_release(v_569);
  gt_release(v_572);
  gt_release(v_574);
  gt_release(v_575);
  gt_release(v_576);
  gt_release(v_579);
  gt_release(v_580);
  gt_release(v_586);
  gt_release(v_587);
  gt_release(v_588);
  gt_release(v_589);
  gt_release(h1_592);
  gt_release(v_593);
  gt_release(v_599);
  gt_release(v_602);
  gt_release(v_603);
  gt_release(v_604);
  gt_release(v_605);
  gt_release(v_606);
  gt_release(v_610);
  gt_release(v_611);
  gt_release(v_612);
  gt_release(v_613);
  gt_release(v_614);
  gt_release(v_615);
  gt_release(v_616);
  gt_release(v_626);
  gt_release(v_627);
  gt_release(v_628);
  gt_release(v_631);
  gt_release(v_632);
  gt_release(v_634);
  gt_release(v_640);
  gt_release(v_643);
  gt_release(v_648);
  gt_release(v_649);
  gt_release(v_650);
  gt_release(v_653);
  gt_release(v_654);
  gt_release(v_660);
  gt_release(v_662);
  gt_release(v_663);
  gt_release(h2_666);
  gt_release(v_671);
  gt_release(v_672);
  gt_release(v_673);
  gt_release(v_674);
  gt_release(v_675);
  gt_release(v_676);
  gt_release(v_679);
  gt_release(v_681);
  gt_release(v_683);
  gt_release(v_163);
  gt_release(v_684);
  gt_release(v_686);
  gt_release(img_690);
  gt_release(v_692);
  gt_release(v_694);
  gt_release(v_697);
  gt_release(v_700);
  gt_release(v_701);
  gt_release(v_703);
  gt_release(v_704);
  gt_release(v_705);
  gt_release(v_706);
  gt_release(v_708);
  gt_release(v_710);
  gt_release(v_712);
  gt_release(v_713);
  gt_release(v_714);
  gt_release(v_721);
  gt_release(v_724);
  gt_release(v_726);
  gt_release(v_729);
  gt_release(v_732);
  gt_release(v_733);
  gt_release(v_735);
  gt_release(v_738);
  gt_release(v_740);
  gt_release(v_741);
  gt_release(v_742);
  gt_release(v_743);
  gt_release(v_744);
  gt_release(v_746);
  gt_release(v_748);
  gt_release(v_751);
  gt_release(v_752);
  gt_release(v_758);
  gt_release(v_760);
  gt_release(v_761);
  gt_release(h1_764);
  gt_release(v_766);
  gt_release(v_768);
  gt_release(v_771);
  gt_release(v_774);
  gt_release(v_775);
  gt_release(v_777);
  gt_release(v_778);
  gt_release(v_779);
  gt_release(v_780);
  gt_release(v_782);
  gt_release(v_784);
  gt_release(v_786);
  gt_release(v_787);
  gt_release(v_788);
  gt_release(v_795);
  gt_release(v_798);
  gt_release(v_800);
  gt_release(v_803);
  gt_release(v_806);
  gt_release(v_807);
  gt_release(v_809);
  gt_release(v_812);
  gt_release(v_814);
  gt_release(v_815);
  gt_release(v_816);
  gt_release(v_817);
  gt_release(v_818);
  gt_release(v_820);
  gt_release(v_822);
  gt_release(v_825);
  gt_release(v_826);
  gt_release(v_832);
  gt_release(v_834);
  gt_release(v_835);
  gt_release(h2_838);
  gt_release(v_843);
  gt_release(v_845);
  gt_release(v_847);
  gt_release(v_165);
  gt_release(v_166);
  gt_release(v_168);
  gt_release(v_172);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a1_0, T *a2_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_45 = 0, *v_46 = 0, *v_47 = 0, *v_48 = 0, *v_50 = 0, *img_51 = 0, *v_52 = 0, *v_53 = 0, *v_55 = 0, *v_57 = 0, *v_58 = 0, *v_59 = 0, *v_61 = 0, *v_62 = 0, *v_63 = 0, *v_64 = 0, *v_65 = 0, *v_66 = 0, *v_67 = 0, *v_69 = 0, *v_70 = 0, *v_71 = 0, *v_72 = 0, *v_73 = 0, *v_74 = 0, *v_75 = 0, *v_80 = 0, *v_82 = 0, *v_83 = 0, *v_85 = 0, *v_86 = 0, *v_87 = 0, *v_90 = 0, *v_91 = 0, *v_93 = 0, *v_94 = 0, *v_96 = 0, *v_99 = 0, *v_101 = 0, *v_102 = 0, *v_103 = 0, *v_104 = 0, *v_105 = 0, *v_107 = 0, *v_108 = 0, *v_109 = 0, *v_112 = 0, *v_113 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *v_122 = 0, *h1_125 = 0, *v_126 = 0, *v_127 = 0, *v_129 = 0, *v_132 = 0, *v_135 = 0, *v_136 = 0, *v_137 = 0, *v_138 = 0, *v_139 = 0, *v_140 = 0, *v_141 = 0, *v_143 = 0, *v_144 = 0, *v_145 = 0, *v_146 = 0, *v_147 = 0, *v_148 = 0, *v_149 = 0, *v_154 = 0, *v_156 = 0, *v_159 = 0, *v_160 = 0, *v_161 = 0, *v_164 = 0, *v_165 = 0, *v_167 = 0, *v_168 = 0, *v_170 = 0, *v_173 = 0, *v_175 = 0, *v_176 = 0, *v_177 = 0, *v_178 = 0, *v_179 = 0, *v_181 = 0, *v_182 = 0, *v_183 = 0, *v_186 = 0, *v_187 = 0, *v_193 = 0, *v_195 = 0, *v_196 = 0, *v_197 = 0, *h2_199 = 0, *v_203 = 0, *v_204 = 0, *v_205 = 0, *v_206 = 0, *v_207 = 0, *v_208 = 0, *v_4 = 0, *v_6 = 0, *v_7 = 0, *v_9 = 0, *v_10 = 0, *v_13 = 0, *v_14 = 0, *v_19 = 0, *v_24 = 0, *v_25 = 0, *v_29 = 0, *v_373 = 0, *v_374 = 0, *v_375 = 0, *v_376 = 0, *v_377 = 0, *v_380 = 0, *v_381 = 0, *v_387 = 0, *v_390 = 0, *v_391 = 0, *v_398 = 0, *v_399 = 0, *v_400 = 0, *v_401 = 0, *v_402 = 0, *v_403 = 0, *v_404 = 0, *v_405 = 0, *v_406 = 0, *v_407 = 0, *v_411 = 0, *v_417 = 0, *v_418 = 0, *v_424 = 0, *v_427 = 0, *v_428 = 0, *v_435 = 0, *v_436 = 0, *v_439 = 0, *v_440 = 0, *v_441 = 0, *v_448_0 = 0, *v_448_1 = 0, *v_448_2 = 0, *v_448_3 = 0, *v_448_4 = 0, *v_448_5 = 0;
  (void)out;
  gt_bind(a0_0, F32, 4, (gt_dim[]){{-1, 3}, {-1, 3}, {-1, 1}, {-1, 16}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[3, 3, 1, 16]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 16}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[16]");
  gt_bind(a0_2, F32, 4, (gt_dim[]){{-1, 3}, {-1, 3}, {-1, 16}, {-1, 32}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[3, 3, 16, 32]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 32}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[32]");
  gt_bind(a0_4, F32, 2, (gt_dim[]){{-1, 128}, {-1, 10}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[128, 10]");
  gt_bind(a0_5, F32, 1, (gt_dim[]){{-1, 10}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
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
  v_63 = gt_scalar(I32, 65);
  v_64 = gt_binary(B_MUL, v_55, v_63);
  v_65 = gt_reshape(v_62, 2, (int64_t[]){gt_int(v_64), gt_int(v_50)});
  gt_release(v_62); v_62 = 0;
  gt_release(v_64); v_64 = 0;
  v_66 = gt_arange(gt_int(v_55));
  v_67 = gt_expand_dims(v_66, 1);
  gt_release(v_66); v_66 = 0;
  v_69 = gt_binary(B_MUL, v_67, v_63);
  gt_release(v_63); v_63 = 0;
  gt_release(v_67); v_67 = 0;
  v_70 = gt_const(I32, 2, (int64_t[]){1, 576}, (double[]){64, 64, 64, 64, 0, 1, 64, 8, 9, 64, 64, 64, 0, 1, 2, 8, 9, 10, 64, 64, 64, 1, 2, 3, 9, 10, 11, 64, 64, 64, 2, 3, 4, 10, 11, 12, 64, 64, 64, 3, 4, 5, 11, 12, 13, 64, 64, 64, 4, 5, 6, 12, 13, 14, 64, 64, 64, 5, 6, 7, 13, 14, 15, 64, 64, 64, 6, 7, 64, 14, 15, 64, 64, 0, 1, 64, 8, 9, 64, 16, 17, 0, 1, 2, 8, 9, 10, 16, 17, 18, 1, 2, 3, 9, 10, 11, 17, 18, 19, 2, 3, 4, 10, 11, 12, 18, 19, 20, 3, 4, 5, 11, 12, 13, 19, 20, 21, 4, 5, 6, 12, 13, 14, 20, 21, 22, 5, 6, 7, 13, 14, 15, 21, 22, 23, 6, 7, 64, 14, 15, 64, 22, 23, 64, 64, 8, 9, 64, 16, 17, 64, 24, 25, 8, 9, 10, 16, 17, 18, 24, 25, 26, 9, 10, 11, 17, 18, 19, 25, 26, 27, 10, 11, 12, 18, 19, 20, 26, 27, 28, 11, 12, 13, 19, 20, 21, 27, 28, 29, 12, 13, 14, 20, 21, 22, 28, 29, 30, 13, 14, 15, 21, 22, 23, 29, 30, 31, 14, 15, 64, 22, 23, 64, 30, 31, 64, 64, 16, 17, 64, 24, 25, 64, 32, 33, 16, 17, 18, 24, 25, 26, 32, 33, 34, 17, 18, 19, 25, 26, 27, 33, 34, 35, 18, 19, 20, 26, 27, 28, 34, 35, 36, 19, 20, 21, 27, 28, 29, 35, 36, 37, 20, 21, 22, 28, 29, 30, 36, 37, 38, 21, 22, 23, 29, 30, 31, 37, 38, 39, 22, 23, 64, 30, 31, 64, 38, 39, 64, 64, 24, 25, 64, 32, 33, 64, 40, 41, 24, 25, 26, 32, 33, 34, 40, 41, 42, 25, 26, 27, 33, 34, 35, 41, 42, 43, 26, 27, 28, 34, 35, 36, 42, 43, 44, 27, 28, 29, 35, 36, 37, 43, 44, 45, 28, 29, 30, 36, 37, 38, 44, 45, 46, 29, 30, 31, 37, 38, 39, 45, 46, 47, 30, 31, 64, 38, 39, 64, 46, 47, 64, 64, 32, 33, 64, 40, 41, 64, 48, 49, 32, 33, 34, 40, 41, 42, 48, 49, 50, 33, 34, 35, 41, 42, 43, 49, 50, 51, 34, 35, 36, 42, 43, 44, 50, 51, 52, 35, 36, 37, 43, 44, 45, 51, 52, 53, 36, 37, 38, 44, 45, 46, 52, 53, 54, 37, 38, 39, 45, 46, 47, 53, 54, 55, 38, 39, 64, 46, 47, 64, 54, 55, 64, 64, 40, 41, 64, 48, 49, 64, 56, 57, 40, 41, 42, 48, 49, 50, 56, 57, 58, 41, 42, 43, 49, 50, 51, 57, 58, 59, 42, 43, 44, 50, 51, 52, 58, 59, 60, 43, 44, 45, 51, 52, 53, 59, 60, 61, 44, 45, 46, 52, 53, 54, 60, 61, 62, 45, 46, 47, 53, 54, 55, 61, 62, 63, 46, 47, 64, 54, 55, 64, 62, 63, 64, 64, 48, 49, 64, 56, 57, 64, 64, 64, 48, 49, 50, 56, 57, 58, 64, 64, 64, 49, 50, 51, 57, 58, 59, 64, 64, 64, 50, 51, 52, 58, 59, 60, 64, 64, 64, 51, 52, 53, 59, 60, 61, 64, 64, 64, 52, 53, 54, 60, 61, 62, 64, 64, 64, 53, 54, 55, 61, 62, 63, 64, 64, 64, 54, 55, 64, 62, 63, 64, 64, 64, 64});
  v_71 = gt_binary(B_ADD, v_69, v_70);
  gt_release(v_69); v_69 = 0;
  gt_release(v_70); v_70 = 0;
  v_72 = gt_scalar(I32, 576);
  v_73 = gt_binary(B_MUL, v_55, v_72);
  gt_release(v_72); v_72 = 0;
  v_74 = gt_reshape(v_71, 1, (int64_t[]){gt_int(v_73)});
  gt_release(v_71); v_71 = 0;
  gt_release(v_73); v_73 = 0;
  v_75 = gt_take(v_65, v_74);
  gt_release(v_65); v_65 = 0;
  gt_release(v_74); v_74 = 0;
  v_80 = gt_scalar(I32, 16);
  v_82 = gt_binary(B_MUL, v_55, v_57);
  v_83 = gt_scalar(I32, 9);
  v_85 = gt_reshape(v_75, 2, (int64_t[]){gt_int(v_82), gt_int(v_83)});
  gt_release(v_75); v_75 = 0;
  gt_release(v_82); v_82 = 0;
  v_86 = gt_reshape(v_52, 2, (int64_t[]){gt_int(v_83), gt_int(v_80)});
  gt_release(v_83); v_83 = 0;
  v_87 = gt_matmul(v_85, v_86);
  gt_release(v_86); v_86 = 0;
  v_90 = gt_reshape(v_87, 4, (int64_t[]){gt_int(v_55), gt_int(v_48), gt_int(v_48), gt_int(v_80)});
  gt_release(v_48); v_48 = 0;
  gt_release(v_55); v_55 = 0;
  gt_line = 18; gt_col = 63;
  v_91 = gt_retain(a0_1);
  gt_line = 18; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_90->p;
    const float *restrict p2 = (const float *)v_91->p;
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
    v_93 = r;
  }
  gt_line = 18; gt_col = 12;
  v_94 = gt_shape_of(v_93);
  v_96 = gt_index(v_94, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_94); v_94 = 0;
  v_99 = gt_reshape(v_93, 3, (int64_t[]){gt_int(v_96), gt_int(v_57), gt_int(v_80)});
  v_101 = gt_binary(B_MUL, v_96, v_57);
  v_102 = gt_reshape(v_99, 2, (int64_t[]){gt_int(v_101), gt_int(v_80)});
  v_103 = gt_arange(gt_int(v_96));
  v_104 = gt_expand_dims(v_103, 1);
  gt_release(v_103); v_103 = 0;
  v_105 = gt_expand_dims(v_104, 0);
  gt_release(v_104); v_104 = 0;
  v_107 = gt_binary(B_MUL, v_105, v_57);
  gt_release(v_57); v_57 = 0;
  gt_release(v_105); v_105 = 0;
  v_108 = gt_const(I32, 3, (int64_t[]){4, 1, 16}, (double[]){0, 2, 4, 6, 16, 18, 20, 22, 32, 34, 36, 38, 48, 50, 52, 54, 1, 3, 5, 7, 17, 19, 21, 23, 33, 35, 37, 39, 49, 51, 53, 55, 8, 10, 12, 14, 24, 26, 28, 30, 40, 42, 44, 46, 56, 58, 60, 62, 9, 11, 13, 15, 25, 27, 29, 31, 41, 43, 45, 47, 57, 59, 61, 63});
  v_109 = gt_binary(B_ADD, v_107, v_108);
  gt_release(v_107); v_107 = 0;
  gt_release(v_108); v_108 = 0;
  v_112 = gt_reshape(v_109, 1, (int64_t[]){gt_int(v_101)});
  gt_release(v_101); v_101 = 0;
  gt_release(v_109); v_109 = 0;
  v_113 = gt_take(v_102, v_112);
  v_119 = gt_binary(B_MUL, v_96, v_80);
  v_120 = gt_scalar(I32, 4);
  v_121 = gt_reshape(v_113, 3, (int64_t[]){gt_int(v_120), gt_int(v_119), gt_int(v_80)});
  gt_release(v_119); v_119 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_121->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    if (4 == 0 && ((16 * sz[0]) * 16) != 0) gt_fail("max or min of an empty tensor");
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
    v_122 = r;
  }
  gt_line = 18; gt_col = 12;
  h1_125 = gt_reshape(v_122, 4, (int64_t[]){gt_int(v_96), gt_int(v_120), gt_int(v_120), gt_int(v_80)});
  gt_release(v_96); v_96 = 0;
  gt_line = 19; gt_col = 37;
  v_126 = gt_retain(a0_2);
  gt_line = 19; gt_col = 26;
  v_127 = gt_shape_of(h1_125);
  v_129 = gt_index(v_127, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_127); v_127 = 0;
  v_132 = gt_reshape(h1_125, 3, (int64_t[]){gt_int(v_129), gt_int(v_80), gt_int(v_80)});
  v_135 = gt_fill(F32, gt_get(v_59, 0), 3, (int64_t[]){gt_int(v_129), gt_int(v_50), gt_int(v_80)});
  gt_release(v_50); v_50 = 0;
  v_136 = gt_concat(2, (T *[]){v_132, v_135}, 1);
  gt_release(v_132); v_132 = 0;
  gt_release(v_135); v_135 = 0;
  v_137 = gt_scalar(I32, 17);
  v_138 = gt_binary(B_MUL, v_129, v_137);
  v_139 = gt_reshape(v_136, 2, (int64_t[]){gt_int(v_138), gt_int(v_80)});
  gt_release(v_138); v_138 = 0;
  v_140 = gt_arange(gt_int(v_129));
  v_141 = gt_expand_dims(v_140, 1);
  gt_release(v_140); v_140 = 0;
  v_143 = gt_binary(B_MUL, v_141, v_137);
  gt_release(v_137); v_137 = 0;
  gt_release(v_141); v_141 = 0;
  v_144 = gt_const(I32, 2, (int64_t[]){1, 144}, (double[]){16, 16, 16, 16, 0, 1, 16, 4, 5, 16, 16, 16, 0, 1, 2, 4, 5, 6, 16, 16, 16, 1, 2, 3, 5, 6, 7, 16, 16, 16, 2, 3, 16, 6, 7, 16, 16, 0, 1, 16, 4, 5, 16, 8, 9, 0, 1, 2, 4, 5, 6, 8, 9, 10, 1, 2, 3, 5, 6, 7, 9, 10, 11, 2, 3, 16, 6, 7, 16, 10, 11, 16, 16, 4, 5, 16, 8, 9, 16, 12, 13, 4, 5, 6, 8, 9, 10, 12, 13, 14, 5, 6, 7, 9, 10, 11, 13, 14, 15, 6, 7, 16, 10, 11, 16, 14, 15, 16, 16, 8, 9, 16, 12, 13, 16, 16, 16, 8, 9, 10, 12, 13, 14, 16, 16, 16, 9, 10, 11, 13, 14, 15, 16, 16, 16, 10, 11, 16, 14, 15, 16, 16, 16, 16});
  v_145 = gt_binary(B_ADD, v_143, v_144);
  gt_release(v_143); v_143 = 0;
  gt_release(v_144); v_144 = 0;
  v_146 = gt_scalar(I32, 144);
  v_147 = gt_binary(B_MUL, v_129, v_146);
  v_148 = gt_reshape(v_145, 1, (int64_t[]){gt_int(v_147)});
  gt_release(v_145); v_145 = 0;
  gt_release(v_147); v_147 = 0;
  v_149 = gt_take(v_139, v_148);
  v_154 = gt_scalar(I32, 32);
  v_156 = gt_binary(B_MUL, v_129, v_80);
  v_159 = gt_reshape(v_149, 2, (int64_t[]){gt_int(v_156), gt_int(v_146)});
  gt_release(v_156); v_156 = 0;
  v_160 = gt_reshape(v_126, 2, (int64_t[]){gt_int(v_146), gt_int(v_154)});
  gt_release(v_146); v_146 = 0;
  v_161 = gt_matmul(v_159, v_160);
  v_164 = gt_reshape(v_161, 4, (int64_t[]){gt_int(v_129), gt_int(v_120), gt_int(v_120), gt_int(v_154)});
  gt_release(v_129); v_129 = 0;
  gt_line = 19; gt_col = 62;
  v_165 = gt_retain(a0_3);
  gt_line = 19; gt_col = 21;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_164->p;
    const float *restrict p2 = (const float *)v_165->p;
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
    v_167 = r;
  }
  gt_line = 19; gt_col = 12;
  v_168 = gt_shape_of(v_167);
  v_170 = gt_index(v_168, 1, (gt_spec[]){{0, 0, 0, gt_int(v_46), 0, 1}});
  gt_release(v_168); v_168 = 0;
  v_173 = gt_reshape(v_167, 3, (int64_t[]){gt_int(v_170), gt_int(v_80), gt_int(v_154)});
  v_175 = gt_binary(B_MUL, v_170, v_80);
  v_176 = gt_reshape(v_173, 2, (int64_t[]){gt_int(v_175), gt_int(v_154)});
  v_177 = gt_arange(gt_int(v_170));
  v_178 = gt_expand_dims(v_177, 1);
  gt_release(v_177); v_177 = 0;
  v_179 = gt_expand_dims(v_178, 0);
  gt_release(v_178); v_178 = 0;
  v_181 = gt_binary(B_MUL, v_179, v_80);
  gt_release(v_179); v_179 = 0;
  v_182 = gt_const(I32, 3, (int64_t[]){4, 1, 4}, (double[]){0, 2, 8, 10, 1, 3, 9, 11, 4, 6, 12, 14, 5, 7, 13, 15});
  v_183 = gt_binary(B_ADD, v_181, v_182);
  gt_release(v_181); v_181 = 0;
  gt_release(v_182); v_182 = 0;
  v_186 = gt_reshape(v_183, 1, (int64_t[]){gt_int(v_175)});
  gt_release(v_175); v_175 = 0;
  gt_release(v_183); v_183 = 0;
  v_187 = gt_take(v_176, v_186);
  v_193 = gt_binary(B_MUL, v_170, v_120);
  v_195 = gt_reshape(v_187, 3, (int64_t[]){gt_int(v_120), gt_int(v_193), gt_int(v_154)});
  gt_release(v_120); v_120 = 0;
  gt_release(v_193); v_193 = 0;
  { /* fused: max */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_195->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    if (4 == 0 && ((4 * sz[0]) * 32) != 0) gt_fail("max or min of an empty tensor");
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
    v_196 = r;
  }
  gt_line = 19; gt_col = 12;
  v_197 = gt_scalar(I32, 2);
  h2_199 = gt_reshape(v_196, 4, (int64_t[]){gt_int(v_170), gt_int(v_197), gt_int(v_197), gt_int(v_154)});
  gt_release(v_154); v_154 = 0;
  gt_release(v_170); v_170 = 0;
  gt_release(v_197); v_197 = 0;
  gt_line = 20; gt_col = 26;
  v_203 = gt_scalar(I32, 128);
  gt_line = 20; gt_col = 10;
  v_204 = gt_reshape(h2_199, 2, (int64_t[]){gt_int(v_47), gt_int(v_203)});
  gt_release(v_47); v_47 = 0;
  gt_release(v_203); v_203 = 0;
  gt_line = 20; gt_col = 34;
  v_205 = gt_retain(a0_4);
  gt_line = 20; gt_col = 10;
  v_206 = gt_matmul(v_204, v_205);
  gt_line = 20; gt_col = 40;
  v_207 = gt_retain(a0_5);
  gt_line = 20; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_206->p;
    const float *restrict p2 = (const float *)v_207->p;
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
    v_208 = r;
  }
  gt_release(v_206); v_206 = 0;
  gt_line = 24; gt_col = 15;
  v_4 = gt_reduce(R_LSE, v_208, 1, -1, 1);
  v_6 = gt_scalar(I32, 10);
  v_7 = gt_one_hot(a2_0, gt_int(v_6), F32);
  gt_release(v_6); v_6 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_208->p;
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
    const float *restrict p4 = (const float *)v_208->p;
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
  gt_release(v_208); v_208 = 0;
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
    v_373 = r;
  }
  gt_release(v_207); v_207 = 0;
  gt_line = 20; gt_col = 10;
  v_375 = gt_matmul_t(v_29, 0, v_205, 1);
  gt_release(v_205); v_205 = 0;
  v_377 = gt_matmul_t(v_204, 1, v_29, 0);
  gt_release(v_29); v_29 = 0;
  gt_release(v_204); v_204 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_375->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_380 = r;
  }
  gt_release(h2_199); h2_199 = 0;
  gt_release(v_375); v_375 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_196->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 4 * sz[0], 32});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((4 * sz[0]) * 32))
    for (int64_t i = 0; i < ((4 * sz[0]) * 32); i++) {
      z[i] = p1[i];
    }
    v_381 = r;
  }
  gt_release(v_196); v_196 = 0;
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_195->p;
    const float *restrict p2 = (const float *)v_381->p;
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
    v_387 = r;
  }
  gt_line = 19; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_195->p;
    const float *restrict p2 = (const float *)v_381->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_387->p;
    const float *restrict p8 = (const float *)v_380->p;
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
    v_390 = r;
  }
  gt_release(v_187); v_187 = 0;
  gt_release(v_195); v_195 = 0;
  gt_release(v_380); v_380 = 0;
  gt_release(v_381); v_381 = 0;
  gt_release(v_387); v_387 = 0;
  gt_line = 19; gt_col = 12;
  v_391 = gt_scatter_rows(v_390, v_176, v_186);
  gt_release(v_176); v_176 = 0;
  gt_release(v_186); v_186 = 0;
  gt_release(v_390); v_390 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_164->p;
    const float *restrict p2 = (const float *)v_165->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_391->p;
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
    v_398 = r;
  }
  gt_line = 19; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_164->p;
    const float *restrict p2 = (const float *)v_165->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_391->p;
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
    v_399 = r;
  }
  gt_release(v_161); v_161 = 0;
  gt_release(v_164); v_164 = 0;
  gt_release(v_165); v_165 = 0;
  gt_release(v_167); v_167 = 0;
  gt_release(v_173); v_173 = 0;
  gt_release(v_391); v_391 = 0;
  gt_line = 19; gt_col = 26;
  v_401 = gt_matmul_t(v_399, 0, v_160, 1);
  gt_release(v_160); v_160 = 0;
  v_403 = gt_matmul_t(v_159, 1, v_399, 0);
  gt_release(v_159); v_159 = 0;
  gt_release(v_399); v_399 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_403->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 16, 32});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4608; i++) {
      z[i] = p1[i];
    }
    v_404 = r;
  }
  gt_release(v_126); v_126 = 0;
  gt_release(v_403); v_403 = 0;
  gt_line = 19; gt_col = 26;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_401->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){144 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((144 * sz[0]) * 16))
    for (int64_t i = 0; i < ((144 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_405 = r;
  }
  gt_release(v_149); v_149 = 0;
  gt_release(v_401); v_401 = 0;
  gt_line = 19; gt_col = 26;
  v_406 = gt_scatter_rows(v_405, v_139, v_148);
  gt_release(v_139); v_139 = 0;
  gt_release(v_148); v_148 = 0;
  gt_release(v_405); v_405 = 0;
  { /* fused: reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_406->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 17, 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 272))
    for (int64_t i = 0; i < (sz[0] * 272); i++) {
      z[i] = p1[i];
    }
    v_407 = r;
  }
  gt_release(v_136); v_136 = 0;
  gt_release(v_406); v_406 = 0;
  gt_line = 19; gt_col = 26;
  v_411 = gt_index(v_407, 2, (gt_spec[]){{1, 0, 0, 0, 0, 1}, {1, 1, 1, gt_int(v_46), gt_int(v_80), 1}});
  gt_release(v_46); v_46 = 0;
  gt_release(v_80); v_80 = 0;
  gt_release(v_407); v_407 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: reshape_like, reshape_like, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_411->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_417 = r;
  }
  gt_release(h1_125); h1_125 = 0;
  gt_release(v_411); v_411 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_122->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){1, 16 * sz[0], 16});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((16 * sz[0]) * 16))
    for (int64_t i = 0; i < ((16 * sz[0]) * 16); i++) {
      z[i] = p1[i];
    }
    v_418 = r;
  }
  gt_release(v_122); v_122 = 0;
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_121->p;
    const float *restrict p2 = (const float *)v_418->p;
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
    v_424 = r;
  }
  gt_line = 18; gt_col = 12;
  { /* fused: eq, select, div, mul, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_121->p;
    const float *restrict p2 = (const float *)v_418->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_424->p;
    const float *restrict p8 = (const float *)v_417->p;
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
    v_427 = r;
  }
  gt_release(v_113); v_113 = 0;
  gt_release(v_121); v_121 = 0;
  gt_release(v_417); v_417 = 0;
  gt_release(v_418); v_418 = 0;
  gt_release(v_424); v_424 = 0;
  gt_line = 18; gt_col = 12;
  v_428 = gt_scatter_rows(v_427, v_102, v_112);
  gt_release(v_102); v_102 = 0;
  gt_release(v_112); v_112 = 0;
  gt_release(v_427); v_427 = 0;
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_90->p;
    const float *restrict p2 = (const float *)v_91->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_428->p;
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
    v_435 = r;
  }
  gt_line = 18; gt_col = 26;
  { /* fused: add, gt, reshape_like, reshape_like, select, reshape_like */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_90->p;
    const float *restrict p2 = (const float *)v_91->p;
    const float *restrict p4 = (const float *)v_59->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_428->p;
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
    v_436 = r;
  }
  gt_release(v_59); v_59 = 0;
  gt_release(v_87); v_87 = 0;
  gt_release(v_90); v_90 = 0;
  gt_release(v_91); v_91 = 0;
  gt_release(v_93); v_93 = 0;
  gt_release(v_99); v_99 = 0;
  gt_release(v_428); v_428 = 0;
  gt_line = 18; gt_col = 26;
  v_440 = gt_matmul_t(v_85, 1, v_436, 0);
  gt_release(v_85); v_85 = 0;
  gt_release(v_436); v_436 = 0;
  { /* fused: reshape_like */
    const float *restrict p1 = (const float *)v_440->p;
    T *r = gt_new_raw(F32, 4, (int64_t[]){3, 3, 1, 16});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 144; i++) {
      z[i] = p1[i];
    }
    v_441 = r;
  }
  gt_release(v_52); v_52 = 0;
  gt_release(v_440); v_440 = 0;
  gt_line = 16; gt_col = 4;
  v_448_0 = gt_retain(v_441);
  v_448_1 = gt_retain(v_435);
  v_448_2 = gt_retain(v_404);
  v_448_3 = gt_retain(v_398);
  v_448_4 = gt_retain(v_377);
  v_448_5 = gt_retain(v_373);
  gt_release(v_373); v_373 = 0;
  gt_release(v_377); v_377 = 0;
  gt_release(v_398); v_398 = 0;
  gt_release(v_404); v_404 = 0;
  gt_release(v_435); v_435 = 0;
  gt_release(v_441); v_441 = 0;
  out[0] = gt_retain(v_448_0);
  out[1] = gt_retain(v_448_1);
  out[2] = gt_retain(v_448_2);
  out[3] = gt_retain(v_448_3);
  out[4] = gt_retain(v_448_4);
  out[5] = gt_retain(v_448_5);
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
  gt_release(v_63);
  gt_release(v_64);
  gt_release(v_65);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_69);
  gt_release(v_70);
  gt_release(v_71);
  gt_release(v_72);
  gt_release(v_73);
  gt_release(v_74);
  gt_release(v_75);
  gt_release(v_80);
  gt_release(v_82);
  gt_release(v_83);
  gt_release(v_85);
  gt_release(v_86);
  gt_release(v_87);
  gt_release(v_90);
  gt_release(v_91);
  gt_release(v_93);
  gt_release(v_94);
  gt_release(v_96);
  gt_release(v_99);
  gt_release(v_101);
  gt_release(v_102);
  gt_release(v_103);
  gt_release(v_104);
  gt_release(v_105);
  gt_release(v_107);
  gt_release(v_108);
  gt_release(v_109);
  gt_release(v_112);
  gt_release(v_113);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(v_122);
  gt_release(h1_125);
  gt_release(v_126);
  gt_release(v_127);
  gt_release(v_129);
  gt_release(v_132);
  gt_release(v_135);
  gt_release(v_136);
  gt_release(v_137);
  gt_release(v_138);
  gt_release(v_139);
  gt_release(v_140);
  gt_release(v_141);
  gt_release(v_143);
  gt_release(v_144);
  gt_release(v_145);
  gt_release(v_146);
  gt_release(v_147);
  gt_release(v_148);
  gt_release(v_149);
  gt_release(v_154);
  gt_release(v_156);
  gt_release(v_159);
  gt_release(v_160);
  gt_release(v_161);
  gt_release(v_164);
  gt_release(v_165);
  gt_release(v_167);
  gt_release(v_168);
  gt_release(v_170);
  gt_release(v_173);
  gt_release(v_175);
  gt_release(v_176);
  gt_release(v_177);
  gt_release(v_178);
  gt_release(v_179);
  gt_release(v_181);
  gt_release(v_182);
  gt_release(v_183);
  gt_release(v_186);
  gt_release(v_187);
  gt_release(v_193);
  gt_release(v_195);
  gt_release(v_196);
  gt_release(v_197);
  gt_release(h2_199);
  gt_release(v_203);
  gt_release(v_204);
  gt_release(v_205);
  gt_release(v_206);
  gt_release(v_207);
  gt_release(v_208);
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
  gt_release(v_373);
  gt_release(v_374);
  gt_release(v_375);
  gt_release(v_376);
  gt_release(v_377);
  gt_release(v_380);
  gt_release(v_381);
  gt_release(v_387);
  gt_release(v_390);
  gt_release(v_391);
  gt_release(v_398);
  gt_release(v_399);
  gt_release(v_400);
  gt_release(v_401);
  gt_release(v_402);
  gt_release(v_403);
  gt_release(v_404);
  gt_release(v_405);
  gt_release(v_406);
  gt_release(v_407);
  gt_release(v_411);
  gt_release(v_417);
  gt_release(v_418);
  gt_release(v_424);
  gt_release(v_427);
  gt_release(v_428);
  gt_release(v_435);
  gt_release(v_436);
  gt_release(v_439);
  gt_release(v_440);
  gt_release(v_441);
  gt_release(v_448_0);
  gt_release(v_448_1);
  gt_release(v_448_2);
  gt_release(v_448_3);
  gt_release(v_448_4);
  gt_release(v_448_5);
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
  return 0;
}
