/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/digits_dp.grad: the digits perceptron of digits.grad trained with differentially",
  "// private SGD (Abadi et al., 2016): every example's gradient of a mini-batch, all at once by",
  "// vmap (a record MLP_batch whose W1 is f32[batch, 64, 64]), is clipped to norm at most C, the",
  "// clipped gradients are summed, Gaussian noise of standard deviation \317\203\302\267C is added, and the",
  "// average is Adam's gradient. Per-example gradients are what JAX writes as",
  "// jax.vmap(jax.grad(loss), in_axes=(None, 0, 0)). Run from the repository's root:",
  "//   gradc run Examples/digits_dp.grad",
  "",
  "struct MLP { W1: f32[64, 64]; b1: f32[64]; W2: f32[64, 10]; b2: f32[10] }",
  "",
  "fn predict(p: MLP, x: f32[n, 64]) -> f32[n, 10] {",
  "  return relu(x @ p.W1 + p.b1) @ p.W2 + p.b2",
  "}",
  "",
  "fn example_loss(p: MLP, x: f32[64], y: i32) -> f32 {",
  "  let logits = relu(x @ p.W1 + p.b1) @ p.W2 + p.b2",
  "  return logsumexp(logits) - logits[y]",
  "}",
  "fn per_example = vmap(grad(example_loss, wrt: p), over: x, y)",
  "",
  "// The sum over the batch of each example's gradient scaled to norm at most c.",
  "fn clipped_sum(g: MLP_batch, c: f32) -> MLP {",
  "  let sq1 = sum(sum(g.W1 * g.W1, axis: 2), axis: 1) + sum(g.b1 * g.b1, axis: 1)",
  "  let sq = sq1 + sum(sum(g.W2 * g.W2, axis: 2), axis: 1) + sum(g.b2 * g.b2, axis: 1)",
  "  let scale = minimum(1.0, c / (sqrt(sq) + 1e-6))             // [batch]",
  "  let s2 = expand_dims(scale, 1)",
  "  let s3 = expand_dims(s2, 2)",
  "  return MLP(W1: sum(g.W1 * s3, axis: 0), b1: sum(g.b1 * s2, axis: 0),",
  "             W2: sum(g.W2 * s3, axis: 0), b2: sum(g.b2 * s2, axis: 0))",
  "}",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "",
  "  var p = MLP(W1: he_normal([64, 64], seed: 1), b1: zeros([64]),",
  "              W2: glorot_uniform([64, 10], seed: 2), b2: zeros([10]))",
  "  var m1 = zeros_like(p)",
  "  var m2 = zeros_like(p)",
  "  let epochs = 20",
  "  let bs = 100",
  "  let clip = f32(1.0)            // C",
  "  let sigma = f32(0.5)           // \317\203: the noise multiplier",
  "  var t = 0",
  "  for epoch in 0..<epochs {",
  "    let order = permutation(1500, seed: epoch)",
  "    for k in 0..<15 {",
  "      let rows = order[k * bs:(k + 1) * bs]",
  "      let s = clipped_sum(per_example(p, take(train_x, rows), take(train_y, rows)), clip)",
  "      t += 1",
  "      let noise = MLP(W1: randn([64, 64], seed: 4 * t), b1: randn([64], seed: 4 * t + 1),",
  "                      W2: randn([64, 10], seed: 4 * t + 2), b2: randn([10], seed: 4 * t + 3))",
  "      let g = (s + noise * (sigma * clip)) / f32(bs)",
  "      let (p2, n1, n2) = adam(p, g, m1, m2, t, cosine_lr(0.01, t, epochs * 15))",
  "      p = p2",
  "      m1 = n1",
  "      m2 = n2",
  "    }",
  "  }",
  "  print(\"steps\", t, \"test accuracy:\", round(accuracy(predict(p, test_x), test_y), 2))",
  "  // expect: steps 300 test accuracy: 0.95",
  "}",
  ""
};

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
static void f_clipped_sum(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0);
static void f_main(T **out);
static void f_per_example(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0);

static void f_clipped_sum(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"batch"};
  (void)sz; (void)sz_names;
  T *v_2 = 0, *v_5 = 0, *v_6 = 0, *v_7 = 0, *v_10 = 0, *v_12 = 0, *v_15 = 0, *v_16 = 0, *v_18 = 0, *v_21 = 0, *s2_31 = 0, *s3_32 = 0, *v_35 = 0, *v_38 = 0, *v_41 = 0, *v_44 = 0, *v_45_0 = 0, *v_45_1 = 0, *v_45_2 = 0, *v_45_3 = 0;
  (void)out;
  gt_bind(a0_0, F32, 3, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 1 of 'clipped_sum'", "f32[batch, 64, 64]");
  gt_bind(a0_1, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 1 of 'clipped_sum'", "f32[batch, 64]");
  gt_bind(a0_2, F32, 3, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 1, "argument 1 of 'clipped_sum'", "f32[batch, 64, 10]");
  gt_bind(a0_3, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 1, "argument 1 of 'clipped_sum'", "f32[batch, 10]");
  gt_bind(a1_0, F32, 0, (gt_dim[]){{0, 0, 0}}, sz, sz_names, (int[]){0}, 0, "argument 2 of 'clipped_sum'", "f32");
  gt_line = 23; gt_col = 21;
  v_2 = gt_retain(a0_0);
  gt_line = 23; gt_col = 17;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_2->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 4096))
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[o] = (float)(acc);
    }
    v_5 = r;
  }
  gt_line = 23; gt_col = 13;
  { /* fused: sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_5->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        acc += p1[i];
      }
      z[o] = (float)(acc);
    }
    v_6 = r;
  }
  gt_release(v_5); v_5 = 0;
  gt_line = 23; gt_col = 59;
  v_7 = gt_retain(a0_1);
  gt_line = 23; gt_col = 55;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_7->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[o] = (float)(acc);
    }
    v_10 = r;
  }
  gt_line = 24; gt_col = 26;
  v_12 = gt_retain(a0_2);
  gt_line = 24; gt_col = 22;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_12->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 640))
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[o] = (float)(acc);
    }
    v_15 = r;
  }
  gt_line = 24; gt_col = 18;
  { /* fused: sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_15->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        acc += p1[i];
      }
      z[o] = (float)(acc);
    }
    v_16 = r;
  }
  gt_release(v_15); v_15 = 0;
  gt_line = 24; gt_col = 64;
  v_18 = gt_retain(a0_3);
  gt_line = 24; gt_col = 60;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_18->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[o] = (float)(acc);
    }
    v_21 = r;
  }
  gt_line = 26; gt_col = 12;
  { /* fused: add, add, add, sqrt, add, div, minimum, expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)a1_0->p;
    const float p1v = p1[0];
    const float *restrict p2 = (const float *)v_6->p;
    const float *restrict p3 = (const float *)v_10->p;
    const float *restrict p5 = (const float *)v_16->p;
    const float *restrict p7 = (const float *)v_21->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e4 = p2[i] + p3[i];
      const float e6 = e4 + p5[i];
      const float e8 = e6 + p7[i];
      const float e9 = sqrtf(e8);
      const float e10 = e9 + ((float)9.9999999747524271e-07);
      const float e11 = p1v / e10;
      const float e12 = (((float)1) != ((float)1) || e11 != e11 ? NAN : (((float)1) < e11 ? ((float)1) : e11));
      z[i] = e12;
    }
    s2_31 = r;
  }
  gt_release(v_6); v_6 = 0;
  gt_release(v_10); v_10 = 0;
  gt_release(v_16); v_16 = 0;
  gt_release(v_21); v_21 = 0;
  gt_line = 27; gt_col = 12;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)s2_31->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 1, 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      z[i] = p1[i];
    }
    s3_32 = r;
  }
  gt_line = 28; gt_col = 18;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_2->p;
    const float *restrict p2 = (const float *)s3_32->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){4096});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 4096; j++) {
        const int64_t i = o * 4096 + j;
        const float e3 = p1[i] * p2[o];
        acc[j] += e3;
      }
    }
    for (int64_t j = 0; j < 4096; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_35 = r;
  }
  gt_release(v_2); v_2 = 0;
  gt_line = 28; gt_col = 47;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_7->p;
    const float *restrict p2 = (const float *)s2_31->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){64});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){64});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] * p2[o];
        acc[j] += e3;
      }
    }
    for (int64_t j = 0; j < 64; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_38 = r;
  }
  gt_release(v_7); v_7 = 0;
  gt_line = 29; gt_col = 18;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_12->p;
    const float *restrict p2 = (const float *)s3_32->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){640});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 640; j++) {
        const int64_t i = o * 640 + j;
        const float e3 = p1[i] * p2[o];
        acc[j] += e3;
      }
    }
    for (int64_t j = 0; j < 640; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_41 = r;
  }
  gt_release(v_12); v_12 = 0;
  gt_release(s3_32); s3_32 = 0;
  gt_line = 29; gt_col = 47;
  { /* fused: mul, sum */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_18->p;
    const float *restrict p2 = (const float *)s2_31->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){10});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){10});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] * p2[o];
        acc[j] += e3;
      }
    }
    for (int64_t j = 0; j < 10; j++) z[j] = (float)acc[j];
    gt_release(sums);
    v_44 = r;
  }
  gt_release(v_18); v_18 = 0;
  gt_release(s2_31); s2_31 = 0;
  gt_line = 29; gt_col = 47;
  v_45_0 = gt_retain(v_35);
  v_45_1 = gt_retain(v_38);
  v_45_2 = gt_retain(v_41);
  v_45_3 = gt_retain(v_44);
  gt_release(v_35); v_35 = 0;
  gt_release(v_38); v_38 = 0;
  gt_release(v_41); v_41 = 0;
  gt_release(v_44); v_44 = 0;
  out[0] = gt_retain(v_45_0);
  out[1] = gt_retain(v_45_1);
  out[2] = gt_retain(v_45_2);
  out[3] = gt_retain(v_45_3);
  gt_release(v_2);
  gt_release(v_5);
  gt_release(v_6);
  gt_release(v_7);
  gt_release(v_10);
  gt_release(v_12);
  gt_release(v_15);
  gt_release(v_16);
  gt_release(v_18);
  gt_release(v_21);
  gt_release(s2_31);
  gt_release(s3_32);
  gt_release(v_35);
  gt_release(v_38);
  gt_release(v_41);
  gt_release(v_44);
  gt_release(v_45_0);
  gt_release(v_45_1);
  gt_release(v_45_2);
  gt_release(v_45_3);
  return;
}

static void f_main(T **out) {
  int64_t sz[2] = {-1, -1};
  static const char *const sz_names[] = {"m", "batch"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_19 = 0, *v_20 = 0, *v_28 = 0, *v_29 = 0, *v_32 = 0, *v_34 = 0, *v_35 = 0, *v_45 = 0, *v_50 = 0, *v_53 = 0, *p_54_0 = 0, *p_54_1 = 0, *p_54_2 = 0, *p_54_3 = 0, *v_56 = 0, *v_60 = 0, *m1_63_0 = 0, *m1_63_1 = 0, *m1_63_2 = 0, *m1_63_3 = 0, *epochs_73 = 0, *bs_74 = 0, *v_75 = 0, *sigma_78 = 0, *t_176 = 0, *p_177_0 = 0, *p_177_1 = 0, *p_177_2 = 0, *p_177_3 = 0, *m1_178_0 = 0, *m1_178_1 = 0, *m1_178_2 = 0, *m1_178_3 = 0, *m2_179_0 = 0, *m2_179_1 = 0, *m2_179_2 = 0, *m2_179_3 = 0, *t_82 = 0, *p_83_0 = 0, *p_83_1 = 0, *p_83_2 = 0, *p_83_3 = 0, *m1_84_0 = 0, *m1_84_1 = 0, *m1_84_2 = 0, *m1_84_3 = 0, *m2_85_0 = 0, *m2_85_1 = 0, *m2_85_2 = 0, *m2_85_3 = 0, *epoch_81 = 0, *order_87 = 0, *v_89 = 0, *t_172 = 0, *p_173_0 = 0, *p_173_1 = 0, *p_173_2 = 0, *p_173_3 = 0, *m1_174_0 = 0, *m1_174_1 = 0, *m1_174_2 = 0, *m1_174_3 = 0, *m2_175_0 = 0, *m2_175_1 = 0, *m2_175_2 = 0, *m2_175_3 = 0, *t_91 = 0, *p_92_0 = 0, *p_92_1 = 0, *p_92_2 = 0, *p_92_3 = 0, *m1_93_0 = 0, *m1_93_1 = 0, *m1_93_2 = 0, *m1_93_3 = 0, *m2_94_0 = 0, *m2_94_1 = 0, *m2_94_2 = 0, *m2_94_3 = 0, *k_90 = 0, *v_95 = 0, *v_97 = 0, *v_98 = 0, *rows_99 = 0, *v_100 = 0, *v_101 = 0, *v_102_0 = 0, *v_102_1 = 0, *v_102_2 = 0, *v_102_3 = 0, *s_103_0 = 0, *s_103_1 = 0, *s_103_2 = 0, *s_103_3 = 0, *v_105 = 0, *v_108 = 0, *v_109 = 0, *v_110 = 0, *v_115 = 0, *v_116 = 0, *v_122 = 0, *v_123 = 0, *v_127 = 0, *v_128 = 0, *v_129 = 0, *v_141 = 0, *v_144 = 0, *v_147 = 0, *v_150 = 0, *v_197 = 0, *v_201 = 0, *v_202 = 0, *v_203 = 0, *v_204 = 0, *v_206 = 0, *v_208 = 0, *v_210 = 0, *v_212 = 0, *v_232 = 0, *v_235 = 0, *v_238 = 0, *v_241 = 0, *m2_242_0 = 0, *m2_242_1 = 0, *m2_242_2 = 0, *m2_242_3 = 0, *v_249 = 0, *v_251 = 0, *v_253 = 0, *v_255 = 0, *v_284 = 0, *v_287 = 0, *v_290 = 0, *v_293 = 0, *v2_294_0 = 0, *v2_294_1 = 0, *v2_294_2 = 0, *v2_294_3 = 0, *v_298 = 0, *v_317 = 0, *v_386 = 0, *v_389 = 0, *v_392 = 0, *v_395 = 0, *v_396_0 = 0, *v_396_1 = 0, *v_396_2 = 0, *v_396_3 = 0, *v_398 = 0, *v_399 = 0, *v_400 = 0, *v_402 = 0, *v_403 = 0, *v_404 = 0, *v_405 = 0, *v_406 = 0, *v_181 = 0, *v_182 = 0, *v_184 = 0, *v_188 = 0;
  (void)out;
  gt_line = 33; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 34; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 35; gt_col = 47;
  v_2 = gt_scalar(I32, 0);
  gt_line = 35; gt_col = 49;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 35; gt_col = 45;
  { /* fused: index */
    gt_line = 35; gt_col = 45;
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
  gt_line = 35; gt_col = 56;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 35; gt_col = 67;
  T vh_9;
  { /* a view, read in place by @ */
    gt_line = 35; gt_col = 67;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_9 = gt_view(&vh_9, x_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 35; gt_col = 77;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 37; gt_col = 30;
  v_17 = gt_scalar(I32, 64);
  gt_line = 37; gt_col = 45;
  v_19 = gt_scalar(I32, 1);
  v_20 = gt_scalar(F32, 1);
  gt_line = 37; gt_col = 19;
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
  gt_line = 37; gt_col = 60;
  v_32 = gt_const(F32, 1, (int64_t[]){64}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 38; gt_col = 39;
  v_34 = gt_scalar(I32, 10);
  gt_line = 38; gt_col = 50;
  v_35 = gt_scalar(I32, 2);
  gt_line = 38; gt_col = 19;
  v_45 = gt_random(0, F32, gt_seed(v_35), 2, (int64_t[]){gt_int(v_17), gt_int(v_34)});
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_45->p;
    const float *restrict p3 = (const float *)v_20->p;
    const float p3v = p3[0];
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 640; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e4 = e2 - p3v;
      const float e5 = e4 * ((float)0.28474739193916321);
      z[i] = e5;
    }
    v_50 = r;
  }
  gt_release(v_45); v_45 = 0;
  gt_line = 38; gt_col = 65;
  v_53 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_54_0 = gt_retain(v_29);
  p_54_1 = gt_retain(v_32);
  p_54_2 = gt_retain(v_50);
  p_54_3 = gt_retain(v_53);
  gt_line = 39; gt_col = 12;
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
  gt_line = 41; gt_col = 16;
  epochs_73 = gt_scalar(I32, 20);
  gt_line = 42; gt_col = 12;
  bs_74 = gt_scalar(I32, 100);
  gt_line = 43; gt_col = 18;
  v_75 = gt_scalar(F64, 1);
  gt_line = 44; gt_col = 19;
  sigma_78 = gt_scalar(F32, 0.5);
  gt_line = 46; gt_col = 3;
  t_82 = gt_retain(v_2);
  p_83_0 = p_54_0; p_54_0 = 0;
  p_83_1 = p_54_1; p_54_1 = 0;
  p_83_2 = p_54_2; p_54_2 = 0;
  p_83_3 = p_54_3; p_54_3 = 0;
  m1_84_0 = gt_retain(m1_63_0);
  m1_84_1 = gt_retain(m1_63_1);
  m1_84_2 = gt_retain(m1_63_2);
  m1_84_3 = gt_retain(m1_63_3);
  m2_85_0 = gt_retain(m1_63_0);
  m2_85_1 = gt_retain(m1_63_1);
  m2_85_2 = gt_retain(m1_63_2);
  m2_85_3 = gt_retain(m1_63_3);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(epochs_73); t1 < t1_end; t1++) {
    epoch_81 = gt_scalar(I32, (double)t1);
    gt_line = 47; gt_col = 17;
    order_87 = gt_permutation(gt_seed(epoch_81), gt_int(v_3));
    gt_line = 48; gt_col = 18;
    v_89 = gt_scalar(I32, 15);
    gt_line = 48; gt_col = 5;
    t_91 = t_82; t_82 = 0;
    p_92_0 = p_83_0; p_83_0 = 0;
    p_92_1 = p_83_1; p_83_1 = 0;
    p_92_2 = p_83_2; p_83_2 = 0;
    p_92_3 = p_83_3; p_83_3 = 0;
    m1_93_0 = m1_84_0; m1_84_0 = 0;
    m1_93_1 = m1_84_1; m1_84_1 = 0;
    m1_93_2 = m1_84_2; m1_84_2 = 0;
    m1_93_3 = m1_84_3; m1_84_3 = 0;
    m2_94_0 = m2_85_0; m2_85_0 = 0;
    m2_94_1 = m2_85_1; m2_85_1 = 0;
    m2_94_2 = m2_85_2; m2_85_2 = 0;
    m2_94_3 = m2_85_3; m2_85_3 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_89); t2 < t2_end; t2++) {
      k_90 = gt_scalar(I32, (double)t2);
      gt_line = 49; gt_col = 24;
      v_95 = gt_binary(B_MUL, k_90, bs_74);
      gt_line = 49; gt_col = 31;
      v_97 = gt_binary(B_ADD, k_90, v_19);
      v_98 = gt_binary(B_MUL, v_97, bs_74);
      gt_release(v_97); v_97 = 0;
      gt_line = 49; gt_col = 18;
      rows_99 = gt_index(order_87, 1, (gt_spec[]){{1, 1, 1, gt_int(v_95), gt_int(v_98), 1}});
      gt_release(v_95); v_95 = 0;
      gt_release(v_98); v_98 = 0;
      gt_line = 50; gt_col = 42;
      v_100 = gt_take(v_4, rows_99);
      gt_line = 50; gt_col = 63;
      v_101 = gt_take(v_7, rows_99);
      gt_release(rows_99); rows_99 = 0;
      { T *t3[4] = {0}; f_per_example(t3, p_92_0, p_92_1, p_92_2, p_92_3, v_100, v_101); v_102_0 = t3[0]; v_102_1 = t3[1]; v_102_2 = t3[2]; v_102_3 = t3[3]; }
      gt_line = 50; gt_col = 63;
      gt_bind(v_102_0, F32, 3, (gt_dim[]){{1, 0, 1}, {-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){1}, 1, "value", "f32[batch, 64, 64]");
      gt_bind(v_102_1, F32, 2, (gt_dim[]){{1, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){1}, 1, "value", "f32[batch, 64]");
      gt_bind(v_102_2, F32, 3, (gt_dim[]){{1, 0, 1}, {-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){1}, 1, "value", "f32[batch, 64, 10]");
      gt_bind(v_102_3, F32, 2, (gt_dim[]){{1, 0, 1}, {-1, 10, 0}}, sz, sz_names, (int[]){1}, 1, "value", "f32[batch, 10]");
      gt_release(v_100); v_100 = 0;
      gt_release(v_101); v_101 = 0;
      gt_line = 50; gt_col = 85;
      { T *t4[4] = {0}; f_clipped_sum(t4, v_102_0, v_102_1, v_102_2, v_102_3, v_20); s_103_0 = t4[0]; s_103_1 = t4[1]; s_103_2 = t4[2]; s_103_3 = t4[3]; }
      gt_release(v_102_0); v_102_0 = 0;
      gt_release(v_102_1); v_102_1 = 0;
      gt_release(v_102_2); v_102_2 = 0;
      gt_release(v_102_3); v_102_3 = 0;
      gt_line = 51; gt_col = 7;
      v_105 = gt_binary(B_ADD, t_91, v_19);
      gt_line = 52; gt_col = 49;
      v_108 = gt_scalar(I32, 4);
      v_109 = gt_binary(B_MUL, v_108, v_105);
      gt_release(v_108); v_108 = 0;
      gt_line = 52; gt_col = 27;
      v_110 = gt_random(1, F32, gt_seed(v_109), 2, (int64_t[]){gt_int(v_17), gt_int(v_17)});
      gt_line = 52; gt_col = 79;
      v_115 = gt_binary(B_ADD, v_109, v_19);
      gt_line = 52; gt_col = 61;
      v_116 = gt_random(1, F32, gt_seed(v_115), 1, (int64_t[]){gt_int(v_17)});
      gt_release(v_115); v_115 = 0;
      gt_line = 53; gt_col = 49;
      v_122 = gt_binary(B_ADD, v_109, v_35);
      gt_line = 53; gt_col = 27;
      v_123 = gt_random(1, F32, gt_seed(v_122), 2, (int64_t[]){gt_int(v_17), gt_int(v_34)});
      gt_release(v_122); v_122 = 0;
      gt_line = 53; gt_col = 91;
      v_127 = gt_scalar(I32, 3);
      gt_line = 53; gt_col = 83;
      v_128 = gt_binary(B_ADD, v_109, v_127);
      gt_release(v_109); v_109 = 0;
      gt_release(v_127); v_127 = 0;
      gt_line = 53; gt_col = 65;
      v_129 = gt_random(1, F32, gt_seed(v_128), 1, (int64_t[]){gt_int(v_34)});
      gt_release(v_128); v_128 = 0;
      gt_line = 54; gt_col = 20;
      v_141 = gt_retain(s_103_0);
      gt_line = 54; gt_col = 15;
      v_144 = gt_retain(s_103_1);
      v_147 = gt_retain(s_103_2);
      v_150 = gt_retain(s_103_3);
      gt_release(s_103_0); s_103_0 = 0;
      gt_release(s_103_1); s_103_1 = 0;
      gt_release(s_103_2); s_103_2 = 0;
      gt_release(s_103_3); s_103_3 = 0;
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
        v_197 = r;
      }
      gt_line = 36; gt_col = 31;
      v_201 = gt_retain(p_92_0);
      v_202 = gt_retain(p_92_1);
      v_203 = gt_retain(p_92_2);
      v_204 = gt_retain(p_92_3);
      v_206 = gt_retain(m1_93_0);
      gt_line = 36; gt_col = 12;
      v_208 = gt_retain(m1_93_1);
      v_210 = gt_retain(m1_93_2);
      v_212 = gt_retain(m1_93_3);
      { /* fused: mul, mul, add, div, mul, add */
        const float *restrict p1 = (const float *)v_206->p;
        const float *restrict p3 = (const float *)v_141->p;
        const float *restrict p4 = (const float *)v_110->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_232 = r;
      }
      gt_release(v_206); v_206 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, mul, add, div, mul, add */
        const float *restrict p1 = (const float *)v_208->p;
        const float *restrict p3 = (const float *)v_144->p;
        const float *restrict p4 = (const float *)v_116->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_235 = r;
      }
      gt_release(v_208); v_208 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, mul, add, div, mul, add */
        const float *restrict p1 = (const float *)v_210->p;
        const float *restrict p3 = (const float *)v_147->p;
        const float *restrict p4 = (const float *)v_123->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_238 = r;
      }
      gt_release(v_210); v_210 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, mul, add, div, mul, add */
        const float *restrict p1 = (const float *)v_212->p;
        const float *restrict p3 = (const float *)v_150->p;
        const float *restrict p4 = (const float *)v_129->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.89999997615814209);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * ((float)0.10000000149011612);
          const float e10 = e2 + e9;
          z[i] = e10;
        }
        v_241 = r;
      }
      gt_release(v_212); v_212 = 0;
      gt_line = 36; gt_col = 12;
      m2_242_0 = gt_retain(v_232);
      m2_242_1 = gt_retain(v_235);
      m2_242_2 = gt_retain(v_238);
      m2_242_3 = gt_retain(v_241);
      gt_line = 37; gt_col = 33;
      v_249 = gt_retain(m2_94_0);
      gt_line = 37; gt_col = 12;
      v_251 = gt_retain(m2_94_1);
      v_253 = gt_retain(m2_94_2);
      v_255 = gt_retain(m2_94_3);
      { /* fused: mul, mul, add, div, square, mul, add */
        const float *restrict p1 = (const float *)v_249->p;
        const float *restrict p3 = (const float *)v_141->p;
        const float *restrict p4 = (const float *)v_110->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_284 = r;
      }
      gt_release(v_110); v_110 = 0;
      gt_release(v_141); v_141 = 0;
      gt_release(v_249); v_249 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, mul, add, div, square, mul, add */
        const float *restrict p1 = (const float *)v_251->p;
        const float *restrict p3 = (const float *)v_144->p;
        const float *restrict p4 = (const float *)v_116->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_287 = r;
      }
      gt_release(v_116); v_116 = 0;
      gt_release(v_144); v_144 = 0;
      gt_release(v_251); v_251 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, mul, add, div, square, mul, add */
        const float *restrict p1 = (const float *)v_253->p;
        const float *restrict p3 = (const float *)v_147->p;
        const float *restrict p4 = (const float *)v_123->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_290 = r;
      }
      gt_release(v_123); v_123 = 0;
      gt_release(v_147); v_147 = 0;
      gt_release(v_253); v_253 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, mul, add, div, square, mul, add */
        const float *restrict p1 = (const float *)v_255->p;
        const float *restrict p3 = (const float *)v_150->p;
        const float *restrict p4 = (const float *)v_129->p;
        const float *restrict p5 = (const float *)sigma_78->p;
        const float p5v = p5[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * ((float)0.99900001287460327);
          const float e6 = p4[i] * p5v;
          const float e7 = p3[i] + e6;
          const float e8 = e7 / ((float)100);
          const float e9 = e8 * e8;
          const float e10 = e9 * ((float)0.0010000000474974513);
          const float e11 = e2 + e10;
          z[i] = e11;
        }
        v_293 = r;
      }
      gt_release(v_129); v_129 = 0;
      gt_release(v_150); v_150 = 0;
      gt_release(v_255); v_255 = 0;
      gt_line = 37; gt_col = 12;
      v2_294_0 = gt_retain(v_284);
      v2_294_1 = gt_retain(v_287);
      v2_294_2 = gt_retain(v_290);
      v2_294_3 = gt_retain(v_293);
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
        v_298 = r;
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
        v_317 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_201->p;
        const double *restrict p2 = (const double *)v_75->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_197->p;
        const double p3v = p3[0];
        const float *restrict p7 = (const float *)v_232->p;
        const double *restrict p8 = (const double *)v_298->p;
        const double p8v = p8[0];
        const float *restrict p13 = (const float *)v_284->p;
        const double *restrict p14 = (const double *)v_317->p;
        const double p14v = p14[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 4096; i++) {
          const double e4 = p2v + p3v;
          const double e5 = 0.0050000000000000001 * e4;
          const float e6 = (float)e5;
          const double e9 = p2v - p8v;
          const float e10 = (float)e9;
          const float e11 = p7[i] / e10;
          const float e12 = e6 * e11;
          const double e15 = p2v - p14v;
          const float e16 = (float)e15;
          const float e17 = p13[i] / e16;
          const float e18 = sqrtf(e17);
          const float e19 = e18 + ((float)9.9999999392252903e-09);
          const float e20 = e12 / e19;
          const float e21 = p1[i] - e20;
          z[i] = e21;
        }
        v_386 = r;
      }
      gt_release(v_201); v_201 = 0;
      gt_release(v_232); v_232 = 0;
      gt_release(v_284); v_284 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_202->p;
        const double *restrict p2 = (const double *)v_75->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_197->p;
        const double p3v = p3[0];
        const float *restrict p7 = (const float *)v_235->p;
        const double *restrict p8 = (const double *)v_298->p;
        const double p8v = p8[0];
        const float *restrict p13 = (const float *)v_287->p;
        const double *restrict p14 = (const double *)v_317->p;
        const double p14v = p14[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){64});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          const double e4 = p2v + p3v;
          const double e5 = 0.0050000000000000001 * e4;
          const float e6 = (float)e5;
          const double e9 = p2v - p8v;
          const float e10 = (float)e9;
          const float e11 = p7[i] / e10;
          const float e12 = e6 * e11;
          const double e15 = p2v - p14v;
          const float e16 = (float)e15;
          const float e17 = p13[i] / e16;
          const float e18 = sqrtf(e17);
          const float e19 = e18 + ((float)9.9999999392252903e-09);
          const float e20 = e12 / e19;
          const float e21 = p1[i] - e20;
          z[i] = e21;
        }
        v_389 = r;
      }
      gt_release(v_202); v_202 = 0;
      gt_release(v_235); v_235 = 0;
      gt_release(v_287); v_287 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_203->p;
        const double *restrict p2 = (const double *)v_75->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_197->p;
        const double p3v = p3[0];
        const float *restrict p7 = (const float *)v_238->p;
        const double *restrict p8 = (const double *)v_298->p;
        const double p8v = p8[0];
        const float *restrict p13 = (const float *)v_290->p;
        const double *restrict p14 = (const double *)v_317->p;
        const double p14v = p14[0];
        T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 640; i++) {
          const double e4 = p2v + p3v;
          const double e5 = 0.0050000000000000001 * e4;
          const float e6 = (float)e5;
          const double e9 = p2v - p8v;
          const float e10 = (float)e9;
          const float e11 = p7[i] / e10;
          const float e12 = e6 * e11;
          const double e15 = p2v - p14v;
          const float e16 = (float)e15;
          const float e17 = p13[i] / e16;
          const float e18 = sqrtf(e17);
          const float e19 = e18 + ((float)9.9999999392252903e-09);
          const float e20 = e12 / e19;
          const float e21 = p1[i] - e20;
          z[i] = e21;
        }
        v_392 = r;
      }
      gt_release(v_203); v_203 = 0;
      gt_release(v_238); v_238 = 0;
      gt_release(v_290); v_290 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_204->p;
        const double *restrict p2 = (const double *)v_75->p;
        const double p2v = p2[0];
        const double *restrict p3 = (const double *)v_197->p;
        const double p3v = p3[0];
        const float *restrict p7 = (const float *)v_241->p;
        const double *restrict p8 = (const double *)v_298->p;
        const double p8v = p8[0];
        const float *restrict p13 = (const float *)v_293->p;
        const double *restrict p14 = (const double *)v_317->p;
        const double p14v = p14[0];
        T *r = gt_new_raw(F32, 1, (int64_t[]){10});
        float *restrict z = (float *)r->p;
        for (int64_t i = 0; i < 10; i++) {
          const double e4 = p2v + p3v;
          const double e5 = 0.0050000000000000001 * e4;
          const float e6 = (float)e5;
          const double e9 = p2v - p8v;
          const float e10 = (float)e9;
          const float e11 = p7[i] / e10;
          const float e12 = e6 * e11;
          const double e15 = p2v - p14v;
          const float e16 = (float)e15;
          const float e17 = p13[i] / e16;
          const float e18 = sqrtf(e17);
          const float e19 = e18 + ((float)9.9999999392252903e-09);
          const float e20 = e12 / e19;
          const float e21 = p1[i] - e20;
          z[i] = e21;
        }
        v_395 = r;
      }
      gt_release(v_197); v_197 = 0;
      gt_release(v_204); v_204 = 0;
      gt_release(v_241); v_241 = 0;
      gt_release(v_293); v_293 = 0;
      gt_release(v_298); v_298 = 0;
      gt_release(v_317); v_317 = 0;
      gt_line = 40; gt_col = 11;
      v_396_0 = gt_retain(v_386);
      v_396_1 = gt_retain(v_389);
      v_396_2 = gt_retain(v_392);
      v_396_3 = gt_retain(v_395);
      gt_release(v_386); v_386 = 0;
      gt_release(v_389); v_389 = 0;
      gt_release(v_392); v_392 = 0;
      gt_release(v_395); v_395 = 0;
      T *t5 = gt_retain(v_105);
      T *t6 = gt_retain(v_396_0);
      T *t7 = gt_retain(v_396_1);
      T *t8 = gt_retain(v_396_2);
      T *t9 = gt_retain(v_396_3);
      T *t10 = gt_retain(m2_242_0);
      T *t11 = gt_retain(m2_242_1);
      T *t12 = gt_retain(m2_242_2);
      T *t13 = gt_retain(m2_242_3);
      T *t14 = gt_retain(v2_294_0);
      T *t15 = gt_retain(v2_294_1);
      T *t16 = gt_retain(v2_294_2);
      T *t17 = gt_retain(v2_294_3);
      gt_release(t_91);
      gt_release(p_92_0);
      gt_release(p_92_1);
      gt_release(p_92_2);
      gt_release(p_92_3);
      gt_release(m1_93_0);
      gt_release(m1_93_1);
      gt_release(m1_93_2);
      gt_release(m1_93_3);
      gt_release(m2_94_0);
      gt_release(m2_94_1);
      gt_release(m2_94_2);
      gt_release(m2_94_3);
      t_91 = t5;
      p_92_0 = t6;
      p_92_1 = t7;
      p_92_2 = t8;
      p_92_3 = t9;
      m1_93_0 = t10;
      m1_93_1 = t11;
      m1_93_2 = t12;
      m1_93_3 = t13;
      m2_94_0 = t14;
      m2_94_1 = t15;
      m2_94_2 = t16;
      m2_94_3 = t17;
      gt_release(v_105); v_105 = 0;
      gt_release(m2_242_0); m2_242_0 = 0;
      gt_release(m2_242_1); m2_242_1 = 0;
      gt_release(m2_242_2); m2_242_2 = 0;
      gt_release(m2_242_3); m2_242_3 = 0;
      gt_release(v2_294_0); v2_294_0 = 0;
      gt_release(v2_294_1); v2_294_1 = 0;
      gt_release(v2_294_2); v2_294_2 = 0;
      gt_release(v2_294_3); v2_294_3 = 0;
      gt_release(v_396_0); v_396_0 = 0;
      gt_release(v_396_1); v_396_1 = 0;
      gt_release(v_396_2); v_396_2 = 0;
      gt_release(v_396_3); v_396_3 = 0;
      gt_release(k_90); k_90 = 0;
    }
    t_172 = t_91; t_91 = 0;
    p_173_0 = p_92_0; p_92_0 = 0;
    p_173_1 = p_92_1; p_92_1 = 0;
    p_173_2 = p_92_2; p_92_2 = 0;
    p_173_3 = p_92_3; p_92_3 = 0;
    m1_174_0 = m1_93_0; m1_93_0 = 0;
    m1_174_1 = m1_93_1; m1_93_1 = 0;
    m1_174_2 = m1_93_2; m1_93_2 = 0;
    m1_174_3 = m1_93_3; m1_93_3 = 0;
    m2_175_0 = m2_94_0; m2_94_0 = 0;
    m2_175_1 = m2_94_1; m2_94_1 = 0;
    m2_175_2 = m2_94_2; m2_94_2 = 0;
    m2_175_3 = m2_94_3; m2_94_3 = 0;
    gt_release(order_87); order_87 = 0;
    gt_release(v_89); v_89 = 0;
    T *t18 = gt_retain(t_172);
    T *t19 = gt_retain(p_173_0);
    T *t20 = gt_retain(p_173_1);
    T *t21 = gt_retain(p_173_2);
    T *t22 = gt_retain(p_173_3);
    T *t23 = gt_retain(m1_174_0);
    T *t24 = gt_retain(m1_174_1);
    T *t25 = gt_retain(m1_174_2);
    T *t26 = gt_retain(m1_174_3);
    T *t27 = gt_retain(m2_175_0);
    T *t28 = gt_retain(m2_175_1);
    T *t29 = gt_retain(m2_175_2);
    T *t30 = gt_retain(m2_175_3);
    gt_release(t_82);
    gt_release(p_83_0);
    gt_release(p_83_1);
    gt_release(p_83_2);
    gt_release(p_83_3);
    gt_release(m1_84_0);
    gt_release(m1_84_1);
    gt_release(m1_84_2);
    gt_release(m1_84_3);
    gt_release(m2_85_0);
    gt_release(m2_85_1);
    gt_release(m2_85_2);
    gt_release(m2_85_3);
    t_82 = t18;
    p_83_0 = t19;
    p_83_1 = t20;
    p_83_2 = t21;
    p_83_3 = t22;
    m1_84_0 = t23;
    m1_84_1 = t24;
    m1_84_2 = t25;
    m1_84_3 = t26;
    m2_85_0 = t27;
    m2_85_1 = t28;
    m2_85_2 = t29;
    m2_85_3 = t30;
    gt_release(t_172); t_172 = 0;
    gt_release(p_173_0); p_173_0 = 0;
    gt_release(p_173_1); p_173_1 = 0;
    gt_release(p_173_2); p_173_2 = 0;
    gt_release(p_173_3); p_173_3 = 0;
    gt_release(m1_174_0); m1_174_0 = 0;
    gt_release(m1_174_1); m1_174_1 = 0;
    gt_release(m1_174_2); m1_174_2 = 0;
    gt_release(m1_174_3); m1_174_3 = 0;
    gt_release(m2_175_0); m2_175_0 = 0;
    gt_release(m2_175_1); m2_175_1 = 0;
    gt_release(m2_175_2); m2_175_2 = 0;
    gt_release(m2_175_3); m2_175_3 = 0;
    gt_release(epoch_81); epoch_81 = 0;
  }
  t_176 = t_82; t_82 = 0;
  p_177_0 = p_83_0; p_83_0 = 0;
  p_177_1 = p_83_1; p_83_1 = 0;
  p_177_2 = p_83_2; p_83_2 = 0;
  p_177_3 = p_83_3; p_83_3 = 0;
  m1_178_0 = m1_84_0; m1_84_0 = 0;
  m1_178_1 = m1_84_1; m1_84_1 = 0;
  m1_178_2 = m1_84_2; m1_84_2 = 0;
  m1_178_3 = m1_84_3; m1_84_3 = 0;
  m2_179_0 = m2_85_0; m2_85_0 = 0;
  m2_179_1 = m2_85_1; m2_85_1 = 0;
  m2_179_2 = m2_85_2; m2_85_2 = 0;
  m2_179_3 = m2_85_3; m2_85_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_4); v_4 = 0;
  gt_release(v_7); v_7 = 0;
  gt_release(v_17); v_17 = 0;
  gt_release(v_19); v_19 = 0;
  gt_release(v_20); v_20 = 0;
  gt_release(v_34); v_34 = 0;
  gt_release(v_35); v_35 = 0;
  gt_release(p_54_0); p_54_0 = 0;
  gt_release(p_54_1); p_54_1 = 0;
  gt_release(p_54_2); p_54_2 = 0;
  gt_release(p_54_3); p_54_3 = 0;
  gt_release(m1_63_0); m1_63_0 = 0;
  gt_release(m1_63_1); m1_63_1 = 0;
  gt_release(m1_63_2); m1_63_2 = 0;
  gt_release(m1_63_3); m1_63_3 = 0;
  gt_release(epochs_73); epochs_73 = 0;
  gt_release(bs_74); bs_74 = 0;
  gt_release(v_75); v_75 = 0;
  gt_release(sigma_78); sigma_78 = 0;
  gt_release(m1_178_0); m1_178_0 = 0;
  gt_release(m1_178_1); m1_178_1 = 0;
  gt_release(m1_178_2); m1_178_2 = 0;
  gt_release(m1_178_3); m1_178_3 = 0;
  gt_release(m2_179_0); m2_179_0 = 0;
  gt_release(m2_179_1); m2_179_1 = 0;
  gt_release(m2_179_2); m2_179_2 = 0;
  gt_release(m2_179_3); m2_179_3 = 0;
  gt_line = 12; gt_col = 19;
  v_398 = gt_retain(p_177_0);
  gt_line = 12; gt_col = 15;
  v_399 = gt_matmul(v_9, v_398);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_398); v_398 = 0;
  gt_line = 12; gt_col = 26;
  v_400 = gt_retain(p_177_1);
  gt_line = 12; gt_col = 10;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_399->p;
    const float *restrict p2 = (const float *)v_400->p;
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
  gt_release(v_399); v_399 = 0;
  gt_release(v_400); v_400 = 0;
  gt_line = 12; gt_col = 34;
  v_403 = gt_retain(p_177_2);
  gt_line = 12; gt_col = 10;
  v_404 = gt_matmul(v_402, v_403);
  gt_release(v_402); v_402 = 0;
  gt_release(v_403); v_403 = 0;
  gt_line = 12; gt_col = 41;
  v_405 = gt_retain(p_177_3);
  gt_release(p_177_0); p_177_0 = 0;
  gt_release(p_177_1); p_177_1 = 0;
  gt_release(p_177_2); p_177_2 = 0;
  gt_release(p_177_3); p_177_3 = 0;
  gt_line = 12; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_404->p;
    const float *restrict p2 = (const float *)v_405->p;
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
  gt_release(v_404); v_404 = 0;
  gt_release(v_405); v_405 = 0;
  gt_line = 61; gt_col = 45;
  v_181 = gt_argmax(v_406, -1);
  gt_release(v_406); v_406 = 0;
  v_182 = gt_binary(B_EQ, v_181, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_181); v_181 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_182->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_184 = r;
  }
  gt_release(v_182); v_182 = 0;
  gt_line = 61; gt_col = 39;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_184->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)100);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)100);
      z[i] = e4;
    }
    v_188 = r;
  }
  gt_release(v_184); v_184 = 0;
  gt_line = 61; gt_col = 39;
  gt_print_text("steps", 1);
  gt_print_tensor(t_176, 0);
  gt_print_text("test accuracy:", 0);
  gt_print_tensor(v_188, 0);
  fputc('\n', stdout);
  gt_release(t_176); t_176 = 0;
  gt_release(v_188); v_188 = 0;
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
  gt_release(bs_74);
  gt_release(v_75);
  gt_release(sigma_78);
  gt_release(t_176);
  gt_release(p_177_0);
  gt_release(p_177_1);
  gt_release(p_177_2);
  gt_release(p_177_3);
  gt_release(m1_178_0);
  gt_release(m1_178_1);
  gt_release(m1_178_2);
  gt_release(m1_178_3);
  gt_release(m2_179_0);
  gt_release(m2_179_1);
  gt_release(m2_179_2);
  gt_release(m2_179_3);
  gt_release(t_82);
  gt_release(p_83_0);
  gt_release(p_83_1);
  gt_release(p_83_2);
  gt_release(p_83_3);
  gt_release(m1_84_0);
  gt_release(m1_84_1);
  gt_release(m1_84_2);
  gt_release(m1_84_3);
  gt_release(m2_85_0);
  gt_release(m2_85_1);
  gt_release(m2_85_2);
  gt_release(m2_85_3);
  gt_release(epoch_81);
  gt_release(order_87);
  gt_release(v_89);
  gt_release(t_172);
  gt_release(p_173_0);
  gt_release(p_173_1);
  gt_release(p_173_2);
  gt_release(p_173_3);
  gt_release(m1_174_0);
  gt_release(m1_174_1);
  gt_release(m1_174_2);
  gt_release(m1_174_3);
  gt_release(m2_175_0);
  gt_release(m2_175_1);
  gt_release(m2_175_2);
  gt_release(m2_175_3);
  gt_release(t_91);
  gt_release(p_92_0);
  gt_release(p_92_1);
  gt_release(p_92_2);
  gt_release(p_92_3);
  gt_release(m1_93_0);
  gt_release(m1_93_1);
  gt_release(m1_93_2);
  gt_release(m1_93_3);
  gt_release(m2_94_0);
  gt_release(m2_94_1);
  gt_release(m2_94_2);
  gt_release(m2_94_3);
  gt_release(k_90);
  gt_release(v_95);
  gt_release(v_97);
  gt_release(v_98);
  gt_release(rows_99);
  gt_release(v_100);
  gt_release(v_101);
  gt_release(v_102_0);
  gt_release(v_102_1);
  gt_release(v_102_2);
  gt_release(v_102_3);
  gt_release(s_103_0);
  gt_release(s_103_1);
  gt_release(s_103_2);
  gt_release(s_103_3);
  gt_release(v_105);
  gt_release(v_108);
  gt_release(v_109);
  gt_release(v_110);
  gt_release(v_115);
  gt_release(v_116);
  gt_release(v_122);
  gt_release(v_123);
  gt_release(v_127);
  gt_release(v_128);
  gt_release(v_129);
  gt_release(v_141);
  gt_release(v_144);
  gt_release(v_147);
  gt_release(v_150);
  gt_release(v_197);
  gt_release(v_201);
  gt_release(v_202);
  gt_release(v_203);
  gt_release(v_204);
  gt_release(v_206);
  gt_release(v_208);
  gt_release(v_210);
  gt_release(v_212);
  gt_release(v_232);
  gt_release(v_235);
  gt_release(v_238);
  gt_release(v_241);
  gt_release(m2_242_0);
  gt_release(m2_242_1);
  gt_release(m2_242_2);
  gt_release(m2_242_3);
  gt_release(v_249);
  gt_release(v_251);
  gt_release(v_253);
  gt_release(v_255);
  gt_release(v_284);
  gt_release(v_287);
  gt_release(v_290);
  gt_release(v_293);
  gt_release(v2_294_0);
  gt_release(v2_294_1);
  gt_release(v2_294_2);
  gt_release(v2_294_3);
  gt_release(v_298);
  gt_release(v_317);
  gt_release(v_386);
  gt_release(v_389);
  gt_release(v_392);
  gt_release(v_395);
  gt_release(v_396_0);
  gt_release(v_396_1);
  gt_release(v_396_2);
  gt_release(v_396_3);
  gt_release(v_398);
  gt_release(v_399);
  gt_release(v_400);
  gt_release(v_402);
  gt_release(v_403);
  gt_release(v_404);
  gt_release(v_405);
  gt_release(v_406);
  gt_release(v_181);
  gt_release(v_182);
  gt_release(v_184);
  gt_release(v_188);
  return;
}

static void f_per_example(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a1_0, T *a2_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"batch"};
  (void)sz; (void)sz_names;
  T *batch_3 = 0, *v_4 = 0, *v_5 = 0, *v_6 = 0, *v_8 = 0, *v_9 = 0, *v_10 = 0, *v_11 = 0, *logits_12 = 0, *v_13 = 0, *v_15 = 0, *v_16 = 0, *v_17 = 0, *v_18 = 0, *v_19 = 0, *v_20 = 0, *v_21 = 0, *v_22 = 0, *v_23 = 0, *v_24 = 0, *v_25 = 0, *v_26 = 0, *v_27 = 0, *v_28 = 0, *v_29 = 0, *v_30 = 0, *v_31 = 0, *v_32 = 0, *v_33 = 0, *d_logits_34 = 0, *v_35 = 0, *d_logits_38 = 0, *v_39 = 0, *v_40 = 0, *v_42 = 0, *v_45 = 0, *v_41 = 0, *v_46 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_51 = 0, *v_53 = 0, *v_56 = 0, *v_57 = 0, *v_58 = 0, *v_59 = 0, *v_60 = 0, *v_61_0 = 0, *v_61_1 = 0, *v_61_2 = 0, *v_61_3 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'per_example'", "f32[64, 64]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'per_example'", "f32[64]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'per_example'", "f32[64, 10]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'per_example'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'per_example'", "f32[batch, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'per_example'", "i32[batch]");
  gt_line = 15; gt_col = 4;
  if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
  batch_3 = gt_scalar(I32, (double)sz[0]);
  gt_line = 16; gt_col = 25;
  v_4 = gt_retain(a0_0);
  gt_line = 16; gt_col = 21;
  v_5 = gt_matmul(a1_0, v_4);
  gt_release(v_4); v_4 = 0;
  gt_line = 16; gt_col = 32;
  v_6 = gt_retain(a0_1);
  gt_line = 16; gt_col = 16;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_5->p;
    const float *restrict p2 = (const float *)v_6->p;
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
    v_8 = r;
  }
  gt_line = 16; gt_col = 40;
  v_9 = gt_retain(a0_2);
  gt_line = 16; gt_col = 16;
  v_10 = gt_matmul(v_8, v_9);
  gt_line = 16; gt_col = 47;
  v_11 = gt_retain(a0_3);
  gt_line = 16; gt_col = 16;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_10->p;
    const float *restrict p2 = (const float *)v_11->p;
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
    logits_12 = r;
  }
  gt_release(v_10); v_10 = 0;
  gt_release(v_11); v_11 = 0;
  gt_line = 17; gt_col = 10;
  v_13 = gt_reduce(R_LSE, logits_12, 1, 1, 0);
  gt_line = 17; gt_col = 30;
  v_15 = gt_scalar(I32, 10);
  v_16 = gt_scalar(I32, 0);
  v_17 = gt_scalar(I32, -10);
  v_18 = gt_binary(B_GE, a2_0, v_17);
  gt_release(v_17); v_17 = 0;
  v_19 = gt_binary(B_LT, a2_0, v_15);
  { /* fused: and */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_18->p;
    const uint8_t *restrict p2 = (const uint8_t *)v_19->p;
    T *r = gt_new_raw(BOOL, 1, (int64_t[]){sz[0]});
    uint8_t *restrict z = (uint8_t *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const uint8_t e3 = p1[i] && p2[i];
      z[i] = e3;
    }
    v_20 = r;
  }
  gt_release(v_18); v_18 = 0;
  gt_release(v_19); v_19 = 0;
  gt_line = 17; gt_col = 30;
  v_21 = gt_binary(B_LT, a2_0, v_16);
  gt_release(v_16); v_16 = 0;
  v_22 = gt_binary(B_ADD, a2_0, v_15);
  v_23 = gt_select(v_21, v_22, a2_0);
  gt_release(v_21); v_21 = 0;
  gt_release(v_22); v_22 = 0;
  v_24 = gt_binary(B_MUL, batch_3, v_15);
  v_25 = gt_arange(gt_int(batch_3));
  v_26 = gt_binary(B_MUL, v_25, v_15);
  gt_release(v_25); v_25 = 0;
  v_27 = gt_binary(B_ADD, v_23, v_26);
  gt_release(v_23); v_23 = 0;
  gt_release(v_26); v_26 = 0;
  v_28 = gt_select(v_20, v_27, v_24);
  gt_release(v_20); v_20 = 0;
  gt_release(v_27); v_27 = 0;
  v_29 = gt_scalar(F32, 0);
  v_30 = gt_fill(F32, gt_get(v_29, 0), 1, (int64_t[]){gt_int(v_24)});
  gt_release(v_24); v_24 = 0;
  v_31 = gt_const(F32, 1, (int64_t[]){1}, (double[]){-1});
  v_32 = gt_broadcast_to(v_31, 1, (int64_t[]){gt_int(batch_3)});
  gt_release(v_31); v_31 = 0;
  v_33 = gt_scatter_rows(v_32, v_30, v_28);
  gt_release(v_28); v_28 = 0;
  gt_release(v_30); v_30 = 0;
  gt_release(v_32); v_32 = 0;
  d_logits_34 = gt_reshape(v_33, 2, (int64_t[]){gt_int(batch_3), gt_int(v_15)});
  gt_release(v_33); v_33 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_13->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      z[i] = p1[i];
    }
    v_35 = r;
  }
  gt_release(v_13); v_13 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: sub, exp, add */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)d_logits_34->p;
    const float *restrict p2 = (const float *)logits_12->p;
    const float *restrict p3 = (const float *)v_35->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e4 = p2[i] - p3[o];
        const float e5 = expf(e4);
        const float e6 = p1[i] + e5;
        z[i] = e6;
      }
    }
    d_logits_38 = r;
  }
  gt_release(logits_12); logits_12 = 0;
  gt_release(d_logits_34); d_logits_34 = 0;
  gt_release(v_35); v_35 = 0;
  gt_line = 16; gt_col = 16;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_8->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 1, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t i = 0; i < (sz[0] * 64); i++) {
      z[i] = p1[i];
    }
    v_39 = r;
  }
  gt_release(v_8); v_8 = 0;
  gt_line = 16; gt_col = 16;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)d_logits_38->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 1, 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 10))
    for (int64_t i = 0; i < (sz[0] * 10); i++) {
      z[i] = p1[i];
    }
    v_40 = r;
  }
  gt_line = 16; gt_col = 16;
  v_42 = gt_scalar(I32, 1);
  v_45 = gt_reshape(v_40, 2, (int64_t[]){gt_int(batch_3), gt_int(v_15)});
  gt_release(v_15); v_15 = 0;
  v_46 = gt_matmul_t(v_45, 0, v_9, 1);
  gt_release(v_9); v_9 = 0;
  gt_release(v_45); v_45 = 0;
  v_48 = gt_scalar(I32, 64);
  v_49 = gt_reshape(v_46, 3, (int64_t[]){gt_int(batch_3), gt_int(v_42), gt_int(v_48)});
  gt_release(v_42); v_42 = 0;
  gt_release(v_46); v_46 = 0;
  v_50 = gt_transpose(v_39, 1, (int[]){0, 2, 1});
  gt_release(v_39); v_39 = 0;
  { /* fused: mul */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_50->p;
    const float *restrict p3 = (const float *)v_40->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 64, 10});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 640))
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const int64_t q2 = (o / 64) * 10 + j;
        const float e4 = p1[o] * p3[q2];
        z[i] = e4;
      }
    }
    v_51 = r;
  }
  gt_release(v_40); v_40 = 0;
  gt_release(v_50); v_50 = 0;
  gt_line = 16; gt_col = 16;
  v_53 = gt_reshape(v_49, 2, (int64_t[]){gt_int(batch_3), gt_int(v_48)});
  gt_release(batch_3); batch_3 = 0;
  gt_release(v_48); v_48 = 0;
  gt_release(v_49); v_49 = 0;
  { /* fused: add, gt, select */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_5->p;
    const float *restrict p2 = (const float *)v_6->p;
    const float *restrict p4 = (const float *)v_29->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_53->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const uint8_t e5 = e3 > p4v;
        const float e7 = e5 ? p6[i] : p4v;
        z[i] = e7;
      }
    }
    v_56 = r;
  }
  gt_release(v_5); v_5 = 0;
  gt_release(v_6); v_6 = 0;
  gt_release(v_29); v_29 = 0;
  gt_release(v_53); v_53 = 0;
  gt_line = 16; gt_col = 21;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)a1_0->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 1, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t i = 0; i < (sz[0] * 64); i++) {
      z[i] = p1[i];
    }
    v_57 = r;
  }
  gt_line = 16; gt_col = 21;
  { /* fused: expand_dims */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_56->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 1, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t i = 0; i < (sz[0] * 64); i++) {
      z[i] = p1[i];
    }
    v_58 = r;
  }
  gt_line = 16; gt_col = 21;
  v_59 = gt_transpose(v_57, 1, (int[]){0, 2, 1});
  gt_release(v_57); v_57 = 0;
  { /* fused: mul */
    if (sz[0] < 0) gt_fail("size 'batch' is used before any value gives it");
    const float *restrict p1 = (const float *)v_59->p;
    const float *restrict p3 = (const float *)v_58->p;
    T *r = gt_new_raw(F32, 3, (int64_t[]){sz[0], 64, 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 4096))
    for (int64_t o = 0; o < (sz[0] * 64); o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const int64_t q2 = (o / 64) * 64 + j;
        const float e4 = p1[o] * p3[q2];
        z[i] = e4;
      }
    }
    v_60 = r;
  }
  gt_release(v_58); v_58 = 0;
  gt_release(v_59); v_59 = 0;
  gt_line = 15; gt_col = 4;
  v_61_0 = gt_retain(v_60);
  v_61_1 = gt_retain(v_56);
  v_61_2 = gt_retain(v_51);
  v_61_3 = gt_retain(d_logits_38);
  gt_release(d_logits_38); d_logits_38 = 0;
  gt_release(v_51); v_51 = 0;
  gt_release(v_56); v_56 = 0;
  gt_release(v_60); v_60 = 0;
  out[0] = gt_retain(v_61_0);
  out[1] = gt_retain(v_61_1);
  out[2] = gt_retain(v_61_2);
  out[3] = gt_retain(v_61_3);
  gt_release(batch_3);
  gt_release(v_4);
  gt_release(v_5);
  gt_release(v_6);
  gt_release(v_8);
  gt_release(v_9);
  gt_release(v_10);
  gt_release(v_11);
  gt_release(logits_12);
  gt_release(v_13);
  gt_release(v_15);
  gt_release(v_16);
  gt_release(v_17);
  gt_release(v_18);
  gt_release(v_19);
  gt_release(v_20);
  gt_release(v_21);
  gt_release(v_22);
  gt_release(v_23);
  gt_release(v_24);
  gt_release(v_25);
  gt_release(v_26);
  gt_release(v_27);
  gt_release(v_28);
  gt_release(v_29);
  gt_release(v_30);
  gt_release(v_31);
  gt_release(v_32);
  gt_release(v_33);
  gt_release(d_logits_34);
  gt_release(v_35);
  gt_release(d_logits_38);
  gt_release(v_39);
  gt_release(v_40);
  gt_release(v_42);
  gt_release(v_45);
  gt_release(v_41);
  gt_release(v_46);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_51);
  gt_release(v_53);
  gt_release(v_56);
  gt_release(v_57);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_60);
  gt_release(v_61_0);
  gt_release(v_61_1);
  gt_release(v_61_2);
  gt_release(v_61_3);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/digits_dp.grad";
  gt_src = gt_program_src;
  gt_src_lines = 64;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
