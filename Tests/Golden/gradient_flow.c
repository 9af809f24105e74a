/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/gradient_flow.grad: vanishing gradients, seen. Two perceptrons of eight layers (64",
  "// wide) learn the bundled digits with plain SGD, one after the other: first with sigmoids and",
  "// Glorot's uniform weights, then with ReLUs and He's normal weights. Every step logs its loss",
  "// and the gradient norm of every layer's weights (`print: false`: into the log only). Draw the",
  "// log (from the repository's root):",
  "//   gradc run --log flow.jsonl Examples/gradient_flow.grad",
  "//   gradc plot flow.jsonl -o flow.svg",
  "// Steps 1-150 are the sigmoid net: each layer's gradient is a few times smaller than the next",
  "// one's, the first's about 1/10,000 of the last's, and the loss stays at log(10). Steps 151-300",
  "// are the ReLU net: every layer's gradient is about as large as the others' and the loss falls.",
  "",
  "struct Net {",
  "  W1: f32[64, 64]; b1: f32[64]; W2: f32[64, 64]; b2: f32[64]; W3: f32[64, 64]; b3: f32[64]",
  "  W4: f32[64, 64]; b4: f32[64]; W5: f32[64, 64]; b5: f32[64]; W6: f32[64, 64]; b6: f32[64]",
  "  W7: f32[64, 64]; b7: f32[64]; W8: f32[64, 10]; b8: f32[10]",
  "}",
  "// The weights' gradients alone, for print_norms.",
  "struct Weights {",
  "  W1: f32[64, 64]; W2: f32[64, 64]; W3: f32[64, 64]; W4: f32[64, 64]",
  "  W5: f32[64, 64]; W6: f32[64, 64]; W7: f32[64, 64]; W8: f32[64, 10]",
  "}",
  "",
  "fn act(z: f32[n, 64], use_relu: bool) -> f32[n, 64] {",
  "  return where(use_relu, relu(z), sigmoid(z))",
  "}",
  "",
  "fn predict(p: Net, x: f32[n, 64], use_relu: bool) -> f32[n, 10] {",
  "  var h = act(x @ p.W1 + p.b1, use_relu)",
  "  h = act(h @ p.W2 + p.b2, use_relu)",
  "  h = act(h @ p.W3 + p.b3, use_relu)",
  "  h = act(h @ p.W4 + p.b4, use_relu)",
  "  h = act(h @ p.W5 + p.b5, use_relu)",
  "  h = act(h @ p.W6 + p.b6, use_relu)",
  "  h = act(h @ p.W7 + p.b7, use_relu)",
  "  return h @ p.W8 + p.b8",
  "}",
  "",
  "fn loss(p: Net, x: f32[n, 64], y: i32[n], use_relu: bool) -> f32 {",
  "  return mean(cross_entropy(predict(p, x, use_relu), y))",
  "}",
  "",
  "fn dloss = grad(loss, wrt: p)",
  "",
  "// He's normal weights for ReLUs, Glorot's uniform ones for sigmoids.",
  "fn hidden(use_relu: bool, seed: i32) -> f32[64, 64] {",
  "  return f32(where(use_relu, he_normal([64, 64], seed: seed), glorot_uniform([64, 64], seed: seed)))",
  "}",
  "",
  "fn init(use_relu: bool) -> Net {",
  "  let W8 = f32(where(use_relu, he_normal([64, 10], seed: 8), glorot_uniform([64, 10], seed: 8)))",
  "  return Net(W1: hidden(use_relu, 1), b1: zeros([64]), W2: hidden(use_relu, 2), b2: zeros([64]),",
  "             W3: hidden(use_relu, 3), b3: zeros([64]), W4: hidden(use_relu, 4), b4: zeros([64]),",
  "             W5: hidden(use_relu, 5), b5: zeros([64]), W6: hidden(use_relu, 6), b6: zeros([64]),",
  "             W7: hidden(use_relu, 7), b7: zeros([64]), W8: W8, b8: zeros([10]))",
  "}",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "  for net in 0..<2 {",
  "    let use_relu = net == 1",
  "    var p = init(use_relu)",
  "    for epoch in 0..<10 {",
  "      let order = permutation(1500, seed: epoch)",
  "      for k in 0..<15 {",
  "        let rows = order[k * 100:(k + 1) * 100]",
  "        let g = dloss(p, take(train_x, rows), take(train_y, rows), use_relu)",
  "        print_norms(Weights(W1: g.W1, W2: g.W2, W3: g.W3, W4: g.W4, W5: g.W5, W6: g.W6, W7: g.W7, W8: g.W8), print: false)",
  "        p = sgd(p, g, 0.05)",
  "        progress(net, epoch * 15 + k + 1, 150, loss(p, take(train_x, rows), take(train_y, rows), use_relu), print: false)",
  "      }",
  "    }",
  "    // one decimal: the second (0.93 or 0.94 for ReLU) depends on the BLAS's f32 kernels",
  "    let acc = round(accuracy(predict(p, test_x, use_relu), test_y), 1)",
  "    if use_relu { print(\"relu/He: test accuracy\", acc) } else { print(\"sigmoid/Glorot: test accuracy\", acc) }",
  "  }",
  "  // expect: sigmoid/Glorot: test accuracy 0.1",
  "  // expect: relu/He: test accuracy 0.9",
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
static inline double gt_u_sigmoid_f64(double x) { return (x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))); }
static inline float gt_u_sigmoid_f32(float x) { return (x >= 0 ? 1 / (1 + expf(-x)) : expf(x) / (1 + expf(x))); }
static inline double gt_u_relu_f64(double x) { return (x > 0 || x != x ? x : 0); }
static inline float gt_u_relu_f32(float x) { return (x > 0 || x != x ? x : 0); }
static inline int32_t gt_u_relu_i32(int32_t x) { return x > 0 ? x : 0; }
static inline double gt_u_round_f64(double x) { return nearbyint(x); }
static inline float gt_u_round_f32(float x) { return nearbyintf(x); }
static inline int32_t gt_u_round_i32(int32_t x) { return x; }
static void f_loss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a0_6, T *a0_7, T *a0_8, T *a0_9, T *a0_10, T *a0_11, T *a0_12, T *a0_13, T *a0_14, T *a0_15, T *a1_0, T *a2_0, T *a3_0);
static void f_main(T **out);
static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a0_6, T *a0_7, T *a0_8, T *a0_9, T *a0_10, T *a0_11, T *a0_12, T *a0_13, T *a0_14, T *a0_15, T *a1_0, T *a2_0, T *a3_0);

static void f_loss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a0_6, T *a0_7, T *a0_8, T *a0_9, T *a0_10, T *a0_11, T *a0_12, T *a0_13, T *a0_14, T *a0_15, T *a1_0, T *a2_0, T *a3_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_13 = 0, *v_14 = 0, *v_15 = 0, *v_19 = 0, *v_20 = 0, *v_21 = 0, *v_22 = 0, *v_26 = 0, *v_27 = 0, *v_28 = 0, *v_29 = 0, *v_33 = 0, *v_34 = 0, *v_35 = 0, *v_36 = 0, *v_40 = 0, *v_41 = 0, *v_42 = 0, *v_43 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_54 = 0, *v_55 = 0, *v_56 = 0, *v_57 = 0, *v_61 = 0, *v_62 = 0, *v_63 = 0, *v_64 = 0, *v_65 = 0, *v_5 = 0, *v_7 = 0, *v_8 = 0, *v_10 = 0, *v_12 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_4, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_5, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_6, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_7, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_8, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_9, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_10, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_11, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_12, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 64]");
  gt_bind(a0_13, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64]");
  gt_bind(a0_14, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[64, 10]");
  gt_bind(a0_15, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'loss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'loss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'loss'", "i32[n]");
  gt_bind(a3_0, BOOL, 0, (gt_dim[]){{0, 0, 0}}, sz, sz_names, (int[]){0}, 0, "argument 4 of 'loss'", "bool");
  gt_line = 28; gt_col = 19;
  v_13 = gt_retain(a0_0);
  gt_line = 28; gt_col = 15;
  v_14 = gt_matmul(a1_0, v_13);
  gt_release(v_13); v_13 = 0;
  gt_line = 28; gt_col = 26;
  v_15 = gt_retain(a0_1);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_14->p;
    const float *restrict p3 = (const float *)v_15->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_19 = r;
  }
  gt_release(v_14); v_14 = 0;
  gt_release(v_15); v_15 = 0;
  gt_line = 29; gt_col = 15;
  v_20 = gt_retain(a0_2);
  gt_line = 29; gt_col = 11;
  v_21 = gt_matmul(v_19, v_20);
  gt_release(v_19); v_19 = 0;
  gt_release(v_20); v_20 = 0;
  gt_line = 29; gt_col = 22;
  v_22 = gt_retain(a0_3);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_21->p;
    const float *restrict p3 = (const float *)v_22->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_26 = r;
  }
  gt_release(v_21); v_21 = 0;
  gt_release(v_22); v_22 = 0;
  gt_line = 30; gt_col = 15;
  v_27 = gt_retain(a0_4);
  gt_line = 30; gt_col = 11;
  v_28 = gt_matmul(v_26, v_27);
  gt_release(v_26); v_26 = 0;
  gt_release(v_27); v_27 = 0;
  gt_line = 30; gt_col = 22;
  v_29 = gt_retain(a0_5);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_28->p;
    const float *restrict p3 = (const float *)v_29->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_33 = r;
  }
  gt_release(v_28); v_28 = 0;
  gt_release(v_29); v_29 = 0;
  gt_line = 31; gt_col = 15;
  v_34 = gt_retain(a0_6);
  gt_line = 31; gt_col = 11;
  v_35 = gt_matmul(v_33, v_34);
  gt_release(v_33); v_33 = 0;
  gt_release(v_34); v_34 = 0;
  gt_line = 31; gt_col = 22;
  v_36 = gt_retain(a0_7);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_35->p;
    const float *restrict p3 = (const float *)v_36->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_40 = r;
  }
  gt_release(v_35); v_35 = 0;
  gt_release(v_36); v_36 = 0;
  gt_line = 32; gt_col = 15;
  v_41 = gt_retain(a0_8);
  gt_line = 32; gt_col = 11;
  v_42 = gt_matmul(v_40, v_41);
  gt_release(v_40); v_40 = 0;
  gt_release(v_41); v_41 = 0;
  gt_line = 32; gt_col = 22;
  v_43 = gt_retain(a0_9);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_42->p;
    const float *restrict p3 = (const float *)v_43->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_47 = r;
  }
  gt_release(v_42); v_42 = 0;
  gt_release(v_43); v_43 = 0;
  gt_line = 33; gt_col = 15;
  v_48 = gt_retain(a0_10);
  gt_line = 33; gt_col = 11;
  v_49 = gt_matmul(v_47, v_48);
  gt_release(v_47); v_47 = 0;
  gt_release(v_48); v_48 = 0;
  gt_line = 33; gt_col = 22;
  v_50 = gt_retain(a0_11);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_49->p;
    const float *restrict p3 = (const float *)v_50->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_54 = r;
  }
  gt_release(v_49); v_49 = 0;
  gt_release(v_50); v_50 = 0;
  gt_line = 34; gt_col = 15;
  v_55 = gt_retain(a0_12);
  gt_line = 34; gt_col = 11;
  v_56 = gt_matmul(v_54, v_55);
  gt_release(v_54); v_54 = 0;
  gt_release(v_55); v_55 = 0;
  gt_line = 34; gt_col = 22;
  v_57 = gt_retain(a0_13);
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, sigmoid, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_56->p;
    const float *restrict p3 = (const float *)v_57->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
        const float e7 = p1v ? e5 : e6;
        z[i] = e7;
      }
    }
    v_61 = r;
  }
  gt_release(v_56); v_56 = 0;
  gt_release(v_57); v_57 = 0;
  gt_line = 35; gt_col = 14;
  v_62 = gt_retain(a0_14);
  gt_line = 35; gt_col = 10;
  v_63 = gt_matmul(v_61, v_62);
  gt_release(v_61); v_61 = 0;
  gt_release(v_62); v_62 = 0;
  gt_line = 35; gt_col = 21;
  v_64 = gt_retain(a0_15);
  gt_line = 35; gt_col = 10;
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
  gt_release(v_64); v_64 = 0;
  gt_line = 39; gt_col = 15;
  v_5 = gt_reduce(R_LSE, v_65, 1, -1, 1);
  v_7 = gt_scalar(I32, 10);
  v_8 = gt_one_hot(a2_0, gt_int(v_7), F32);
  gt_release(v_7); v_7 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_65->p;
    const float *restrict p2 = (const float *)v_5->p;
    const float *restrict p4 = (const float *)v_8->p;
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
    v_10 = r;
  }
  gt_release(v_5); v_5 = 0;
  gt_release(v_8); v_8 = 0;
  gt_release(v_65); v_65 = 0;
  gt_line = 39; gt_col = 10;
  { /* fused: neg, mean */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_10->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)sz[0]);
    v_12 = r;
  }
  gt_release(v_10); v_10 = 0;
  out[0] = gt_retain(v_12);
  gt_release(v_13);
  gt_release(v_14);
  gt_release(v_15);
  gt_release(v_19);
  gt_release(v_20);
  gt_release(v_21);
  gt_release(v_22);
  gt_release(v_26);
  gt_release(v_27);
  gt_release(v_28);
  gt_release(v_29);
  gt_release(v_33);
  gt_release(v_34);
  gt_release(v_35);
  gt_release(v_36);
  gt_release(v_40);
  gt_release(v_41);
  gt_release(v_42);
  gt_release(v_43);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_54);
  gt_release(v_55);
  gt_release(v_56);
  gt_release(v_57);
  gt_release(v_61);
  gt_release(v_62);
  gt_release(v_63);
  gt_release(v_64);
  gt_release(v_65);
  gt_release(v_5);
  gt_release(v_7);
  gt_release(v_8);
  gt_release(v_10);
  gt_release(v_12);
  return;
}

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_18 = 0, *net_19 = 0, *v_20 = 0, *use_relu_21 = 0, *v_106 = 0, *v_107 = 0, *v_108 = 0, *v_117 = 0, *v_131 = 0, *W8_138 = 0, *v_150 = 0, *v_163 = 0, *v_170 = 0, *v_173 = 0, *v_185 = 0, *v_198 = 0, *v_205 = 0, *v_209 = 0, *v_220 = 0, *v_233 = 0, *v_240 = 0, *v_244 = 0, *v_255 = 0, *v_268 = 0, *v_275 = 0, *v_279 = 0, *v_290 = 0, *v_303 = 0, *v_310 = 0, *v_314 = 0, *v_325 = 0, *v_338 = 0, *v_345 = 0, *v_349 = 0, *v_360 = 0, *v_373 = 0, *v_380 = 0, *v_386 = 0, *v_387_0 = 0, *v_387_1 = 0, *v_387_2 = 0, *v_387_3 = 0, *v_387_4 = 0, *v_387_5 = 0, *v_387_6 = 0, *v_387_7 = 0, *v_387_8 = 0, *v_387_9 = 0, *v_387_10 = 0, *v_387_11 = 0, *v_387_12 = 0, *v_387_13 = 0, *v_387_14 = 0, *v_387_15 = 0, *p_96_0 = 0, *p_96_1 = 0, *p_96_2 = 0, *p_96_3 = 0, *p_96_4 = 0, *p_96_5 = 0, *p_96_6 = 0, *p_96_7 = 0, *p_96_8 = 0, *p_96_9 = 0, *p_96_10 = 0, *p_96_11 = 0, *p_96_12 = 0, *p_96_13 = 0, *p_96_14 = 0, *p_96_15 = 0, *p_26_0 = 0, *p_26_1 = 0, *p_26_2 = 0, *p_26_3 = 0, *p_26_4 = 0, *p_26_5 = 0, *p_26_6 = 0, *p_26_7 = 0, *p_26_8 = 0, *p_26_9 = 0, *p_26_10 = 0, *p_26_11 = 0, *p_26_12 = 0, *p_26_13 = 0, *p_26_14 = 0, *p_26_15 = 0, *epoch_25 = 0, *order_28 = 0, *v_30 = 0, *p_95_0 = 0, *p_95_1 = 0, *p_95_2 = 0, *p_95_3 = 0, *p_95_4 = 0, *p_95_5 = 0, *p_95_6 = 0, *p_95_7 = 0, *p_95_8 = 0, *p_95_9 = 0, *p_95_10 = 0, *p_95_11 = 0, *p_95_12 = 0, *p_95_13 = 0, *p_95_14 = 0, *p_95_15 = 0, *p_32_0 = 0, *p_32_1 = 0, *p_32_2 = 0, *p_32_3 = 0, *p_32_4 = 0, *p_32_5 = 0, *p_32_6 = 0, *p_32_7 = 0, *p_32_8 = 0, *p_32_9 = 0, *p_32_10 = 0, *p_32_11 = 0, *p_32_12 = 0, *p_32_13 = 0, *p_32_14 = 0, *p_32_15 = 0, *k_31 = 0, *v_33 = 0, *v_34 = 0, *v_36 = 0, *v_38 = 0, *rows_39 = 0, *v_40 = 0, *v_41 = 0, *g_42_0 = 0, *g_42_1 = 0, *g_42_2 = 0, *g_42_3 = 0, *g_42_4 = 0, *g_42_5 = 0, *g_42_6 = 0, *g_42_7 = 0, *g_42_8 = 0, *g_42_9 = 0, *g_42_10 = 0, *g_42_11 = 0, *g_42_12 = 0, *g_42_13 = 0, *g_42_14 = 0, *g_42_15 = 0, *v_43 = 0, *v_44 = 0, *v_45 = 0, *v_46 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_54 = 0, *v_55 = 0, *v_58 = 0, *v_59 = 0, *v_62 = 0, *v_63 = 0, *v_66 = 0, *v_67 = 0, *v_70 = 0, *v_71 = 0, *v_74 = 0, *v_75 = 0, *v_78 = 0, *v_79 = 0, *v_82 = 0, *v_83 = 0, *v_388 = 0, *v_389 = 0, *v_390 = 0, *v_391 = 0, *v_392 = 0, *v_393 = 0, *v_394 = 0, *v_395 = 0, *v_396 = 0, *v_397 = 0, *v_398 = 0, *v_399 = 0, *v_400 = 0, *v_401 = 0, *v_402 = 0, *v_403 = 0, *v_407 = 0, *v_411 = 0, *v_415 = 0, *v_419 = 0, *v_423 = 0, *v_427 = 0, *v_431 = 0, *v_435 = 0, *v_440 = 0, *v_443 = 0, *v_446 = 0, *v_449 = 0, *v_452 = 0, *v_455 = 0, *v_458 = 0, *v_461 = 0, *v_464 = 0, *v_467 = 0, *v_470 = 0, *v_473 = 0, *v_476 = 0, *v_479 = 0, *v_482 = 0, *v_485 = 0, *v_486_0 = 0, *v_486_1 = 0, *v_486_2 = 0, *v_486_3 = 0, *v_486_4 = 0, *v_486_5 = 0, *v_486_6 = 0, *v_486_7 = 0, *v_486_8 = 0, *v_486_9 = 0, *v_486_10 = 0, *v_486_11 = 0, *v_486_12 = 0, *v_486_13 = 0, *v_486_14 = 0, *v_486_15 = 0, *v_87 = 0, *v_88 = 0, *v_90 = 0, *v_91 = 0, *v_94 = 0, *v_487 = 0, *v_488 = 0, *v_489 = 0, *v_493 = 0, *v_494 = 0, *v_495 = 0, *v_496 = 0, *v_500 = 0, *v_501 = 0, *v_502 = 0, *v_503 = 0, *v_507 = 0, *v_508 = 0, *v_509 = 0, *v_510 = 0, *v_514 = 0, *v_515 = 0, *v_516 = 0, *v_517 = 0, *v_521 = 0, *v_522 = 0, *v_523 = 0, *v_524 = 0, *v_528 = 0, *v_529 = 0, *v_530 = 0, *v_531 = 0, *v_535 = 0, *v_536 = 0, *v_537 = 0, *v_538 = 0, *v_539 = 0, *v_98 = 0, *v_99 = 0, *v_101 = 0, *acc_105 = 0;
  (void)out;
  gt_line = 58; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 59; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 60; gt_col = 47;
  v_2 = gt_scalar(I32, 0);
  gt_line = 60; gt_col = 49;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 60; gt_col = 45;
  { /* fused: index */
    gt_line = 60; gt_col = 45;
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
  gt_line = 60; gt_col = 56;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 60; gt_col = 67;
  { /* fused: index */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    gt_line = 60; gt_col = 67;
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
  gt_line = 60; gt_col = 77;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 61; gt_col = 18;
  v_18 = gt_scalar(I32, 2);
  gt_line = 61; gt_col = 3;
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_18); t1 < t1_end; t1++) {
    net_19 = gt_scalar(I32, (double)t1);
    gt_line = 62; gt_col = 27;
    v_20 = gt_scalar(I32, 1);
    gt_line = 62; gt_col = 20;
    use_relu_21 = gt_binary(B_EQ, net_19, v_20);
    gt_line = 50; gt_col = 43;
    v_106 = gt_scalar(I32, 64);
    gt_line = 50; gt_col = 47;
    v_107 = gt_scalar(I32, 10);
    gt_line = 50; gt_col = 58;
    v_108 = gt_scalar(I32, 8);
    gt_line = 50; gt_col = 32;
    v_117 = gt_random(1, F64, gt_seed(v_108), 2, (int64_t[]){gt_int(v_106), gt_int(v_107)});
    gt_line = 50; gt_col = 62;
    v_131 = gt_random(0, F64, gt_seed(v_108), 2, (int64_t[]){gt_int(v_106), gt_int(v_107)});
    gt_release(v_108); v_108 = 0;
    gt_line = 50; gt_col = 12;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_117->p;
      const double *restrict p4 = (const double *)v_131->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 640; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.28474739872574972;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      W8_138 = r;
    }
    gt_release(v_117); v_117 = 0;
    gt_release(v_131); v_131 = 0;
    gt_line = 46; gt_col = 30;
    v_150 = gt_random(1, F64, gt_seed(v_20), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_163 = gt_random(0, F64, gt_seed(v_20), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_150->p;
      const double *restrict p4 = (const double *)v_163->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_170 = r;
    }
    gt_release(v_150); v_150 = 0;
    gt_release(v_163); v_163 = 0;
    gt_line = 51; gt_col = 50;
    v_173 = gt_const(F32, 1, (int64_t[]){64}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    gt_line = 46; gt_col = 30;
    v_185 = gt_random(1, F64, gt_seed(v_18), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_198 = gt_random(0, F64, gt_seed(v_18), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_185->p;
      const double *restrict p4 = (const double *)v_198->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_205 = r;
    }
    gt_release(v_185); v_185 = 0;
    gt_release(v_198); v_198 = 0;
    gt_line = 52; gt_col = 35;
    v_209 = gt_scalar(I32, 3);
    gt_line = 46; gt_col = 30;
    v_220 = gt_random(1, F64, gt_seed(v_209), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_233 = gt_random(0, F64, gt_seed(v_209), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_release(v_209); v_209 = 0;
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_220->p;
      const double *restrict p4 = (const double *)v_233->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_240 = r;
    }
    gt_release(v_220); v_220 = 0;
    gt_release(v_233); v_233 = 0;
    gt_line = 52; gt_col = 77;
    v_244 = gt_scalar(I32, 4);
    gt_line = 46; gt_col = 30;
    v_255 = gt_random(1, F64, gt_seed(v_244), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_268 = gt_random(0, F64, gt_seed(v_244), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_release(v_244); v_244 = 0;
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_255->p;
      const double *restrict p4 = (const double *)v_268->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_275 = r;
    }
    gt_release(v_255); v_255 = 0;
    gt_release(v_268); v_268 = 0;
    gt_line = 53; gt_col = 35;
    v_279 = gt_scalar(I32, 5);
    gt_line = 46; gt_col = 30;
    v_290 = gt_random(1, F64, gt_seed(v_279), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_303 = gt_random(0, F64, gt_seed(v_279), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_release(v_279); v_279 = 0;
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_290->p;
      const double *restrict p4 = (const double *)v_303->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_310 = r;
    }
    gt_release(v_290); v_290 = 0;
    gt_release(v_303); v_303 = 0;
    gt_line = 53; gt_col = 77;
    v_314 = gt_scalar(I32, 6);
    gt_line = 46; gt_col = 30;
    v_325 = gt_random(1, F64, gt_seed(v_314), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_338 = gt_random(0, F64, gt_seed(v_314), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_release(v_314); v_314 = 0;
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_325->p;
      const double *restrict p4 = (const double *)v_338->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_345 = r;
    }
    gt_release(v_325); v_325 = 0;
    gt_release(v_338); v_338 = 0;
    gt_line = 54; gt_col = 35;
    v_349 = gt_scalar(I32, 7);
    gt_line = 46; gt_col = 30;
    v_360 = gt_random(1, F64, gt_seed(v_349), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_line = 46; gt_col = 63;
    v_373 = gt_random(0, F64, gt_seed(v_349), 2, (int64_t[]){gt_int(v_106), gt_int(v_106)});
    gt_release(v_106); v_106 = 0;
    gt_release(v_349); v_349 = 0;
    gt_line = 46; gt_col = 10;
    { /* fused: mul, mul, sub, mul, select, convert.f32 */
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const double *restrict p2 = (const double *)v_360->p;
      const double *restrict p4 = (const double *)v_373->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 4096; i++) {
        const double e3 = p2[i] * 0.17677669529663689;
        const double e5 = p4[i] * 2.0;
        const double e6 = e5 - 1.0;
        const double e7 = e6 * 0.21650635094610965;
        const double e8 = p1v ? e3 : e7;
        const float e9 = (float)e8;
        z[i] = e9;
      }
      v_380 = r;
    }
    gt_release(v_360); v_360 = 0;
    gt_release(v_373); v_373 = 0;
    gt_line = 54; gt_col = 75;
    v_386 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    v_387_0 = gt_retain(v_170);
    v_387_1 = gt_retain(v_173);
    v_387_2 = gt_retain(v_205);
    v_387_3 = gt_retain(v_173);
    v_387_4 = gt_retain(v_240);
    v_387_5 = gt_retain(v_173);
    v_387_6 = gt_retain(v_275);
    v_387_7 = gt_retain(v_173);
    v_387_8 = gt_retain(v_310);
    v_387_9 = gt_retain(v_173);
    v_387_10 = gt_retain(v_345);
    v_387_11 = gt_retain(v_173);
    v_387_12 = gt_retain(v_380);
    v_387_13 = gt_retain(v_173);
    v_387_14 = gt_retain(W8_138);
    v_387_15 = gt_retain(v_386);
    gt_release(W8_138); W8_138 = 0;
    gt_release(v_170); v_170 = 0;
    gt_release(v_173); v_173 = 0;
    gt_release(v_205); v_205 = 0;
    gt_release(v_240); v_240 = 0;
    gt_release(v_275); v_275 = 0;
    gt_release(v_310); v_310 = 0;
    gt_release(v_345); v_345 = 0;
    gt_release(v_380); v_380 = 0;
    gt_release(v_386); v_386 = 0;
    gt_line = 64; gt_col = 5;
    p_26_0 = v_387_0; v_387_0 = 0;
    p_26_1 = v_387_1; v_387_1 = 0;
    p_26_2 = v_387_2; v_387_2 = 0;
    p_26_3 = v_387_3; v_387_3 = 0;
    p_26_4 = v_387_4; v_387_4 = 0;
    p_26_5 = v_387_5; v_387_5 = 0;
    p_26_6 = v_387_6; v_387_6 = 0;
    p_26_7 = v_387_7; v_387_7 = 0;
    p_26_8 = v_387_8; v_387_8 = 0;
    p_26_9 = v_387_9; v_387_9 = 0;
    p_26_10 = v_387_10; v_387_10 = 0;
    p_26_11 = v_387_11; v_387_11 = 0;
    p_26_12 = v_387_12; v_387_12 = 0;
    p_26_13 = v_387_13; v_387_13 = 0;
    p_26_14 = v_387_14; v_387_14 = 0;
    p_26_15 = v_387_15; v_387_15 = 0;
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_107); t2 < t2_end; t2++) {
      epoch_25 = gt_scalar(I32, (double)t2);
      gt_line = 65; gt_col = 19;
      order_28 = gt_permutation(gt_seed(epoch_25), gt_int(v_3));
      gt_line = 66; gt_col = 20;
      v_30 = gt_scalar(I32, 15);
      gt_line = 66; gt_col = 7;
      p_32_0 = p_26_0; p_26_0 = 0;
      p_32_1 = p_26_1; p_26_1 = 0;
      p_32_2 = p_26_2; p_26_2 = 0;
      p_32_3 = p_26_3; p_26_3 = 0;
      p_32_4 = p_26_4; p_26_4 = 0;
      p_32_5 = p_26_5; p_26_5 = 0;
      p_32_6 = p_26_6; p_26_6 = 0;
      p_32_7 = p_26_7; p_26_7 = 0;
      p_32_8 = p_26_8; p_26_8 = 0;
      p_32_9 = p_26_9; p_26_9 = 0;
      p_32_10 = p_26_10; p_26_10 = 0;
      p_32_11 = p_26_11; p_26_11 = 0;
      p_32_12 = p_26_12; p_26_12 = 0;
      p_32_13 = p_26_13; p_26_13 = 0;
      p_32_14 = p_26_14; p_26_14 = 0;
      p_32_15 = p_26_15; p_26_15 = 0;
      for (int64_t t3 = gt_int(v_2), t3_end = gt_int(v_30); t3 < t3_end; t3++) {
        k_31 = gt_scalar(I32, (double)t3);
        gt_line = 67; gt_col = 30;
        v_33 = gt_scalar(I32, 100);
        gt_line = 67; gt_col = 26;
        v_34 = gt_binary(B_MUL, k_31, v_33);
        gt_line = 67; gt_col = 34;
        v_36 = gt_binary(B_ADD, k_31, v_20);
        v_38 = gt_binary(B_MUL, v_36, v_33);
        gt_release(v_33); v_33 = 0;
        gt_release(v_36); v_36 = 0;
        gt_line = 67; gt_col = 20;
        rows_39 = gt_index(order_28, 1, (gt_spec[]){{1, 1, 1, gt_int(v_34), gt_int(v_38), 1}});
        gt_release(v_34); v_34 = 0;
        gt_release(v_38); v_38 = 0;
        gt_line = 68; gt_col = 26;
        v_40 = gt_take(v_4, rows_39);
        gt_line = 68; gt_col = 47;
        v_41 = gt_take(v_7, rows_39);
        gt_release(rows_39); rows_39 = 0;
        gt_line = 68; gt_col = 68;
        { T *t4[16] = {0}; f_dloss(t4, p_32_0, p_32_1, p_32_2, p_32_3, p_32_4, p_32_5, p_32_6, p_32_7, p_32_8, p_32_9, p_32_10, p_32_11, p_32_12, p_32_13, p_32_14, p_32_15, v_40, v_41, use_relu_21); g_42_0 = t4[0]; g_42_1 = t4[1]; g_42_2 = t4[2]; g_42_3 = t4[3]; g_42_4 = t4[4]; g_42_5 = t4[5]; g_42_6 = t4[6]; g_42_7 = t4[7]; g_42_8 = t4[8]; g_42_9 = t4[9]; g_42_10 = t4[10]; g_42_11 = t4[11]; g_42_12 = t4[12]; g_42_13 = t4[13]; g_42_14 = t4[14]; g_42_15 = t4[15]; }
        gt_line = 69; gt_col = 33;
        v_43 = gt_retain(g_42_0);
        gt_line = 69; gt_col = 43;
        v_44 = gt_retain(g_42_2);
        gt_line = 69; gt_col = 53;
        v_45 = gt_retain(g_42_4);
        gt_line = 69; gt_col = 63;
        v_46 = gt_retain(g_42_6);
        gt_line = 69; gt_col = 73;
        v_47 = gt_retain(g_42_8);
        gt_line = 69; gt_col = 83;
        v_48 = gt_retain(g_42_10);
        gt_line = 69; gt_col = 93;
        v_49 = gt_retain(g_42_12);
        gt_line = 69; gt_col = 103;
        v_50 = gt_retain(g_42_14);
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_43->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_54 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_54->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_55 = r;
        }
        gt_release(v_54); v_54 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_44->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_58 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_58->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_59 = r;
        }
        gt_release(v_58); v_58 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_45->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_62 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_62->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_63 = r;
        }
        gt_release(v_62); v_62 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_46->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_66 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_66->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_67 = r;
        }
        gt_release(v_66); v_66 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_47->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_70 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_70->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_71 = r;
        }
        gt_release(v_70); v_70 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_48->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_74 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_74->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_75 = r;
        }
        gt_release(v_74); v_74 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_49->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 4096; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_78 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_78->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_79 = r;
        }
        gt_release(v_78); v_78 = 0;
        gt_line = 69; gt_col = 9;
        { /* fused: mul, sum */
          const float *restrict p1 = (const float *)v_50->p;
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          double acc = 0;
          GT_SIMD_SUM
          for (int64_t i = 0; i < 640; i++) {
            const float e2 = p1[i] * p1[i];
            acc += e2;
          }
          z[0] = (float)(acc);
          v_82 = r;
        }
        gt_line = 69; gt_col = 9;
        { /* fused: sqrt */
          const float *restrict p1 = (const float *)v_82->p;
          const float p1v = p1[0];
          T *r = gt_new_raw(F32, 0, (int64_t[]){0});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 1; i++) {
            const float e2 = sqrtf(p1v);
            z[i] = e2;
          }
          v_83 = r;
        }
        gt_release(v_82); v_82 = 0;
        gt_line = 69; gt_col = 9;
        gt_log_norms(8, (const char *[]){"W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8"}, (T *const []){v_55, v_59, v_63, v_67, v_71, v_75, v_79, v_83});
        gt_release(v_55); v_55 = 0;
        gt_release(v_59); v_59 = 0;
        gt_release(v_63); v_63 = 0;
        gt_release(v_67); v_67 = 0;
        gt_release(v_71); v_71 = 0;
        gt_release(v_75); v_75 = 0;
        gt_release(v_79); v_79 = 0;
        gt_release(v_83); v_83 = 0;
        gt_line = 6; gt_col = 28;
        v_388 = gt_retain(p_32_0);
        v_389 = gt_retain(p_32_1);
        v_390 = gt_retain(p_32_2);
        v_391 = gt_retain(p_32_3);
        v_392 = gt_retain(p_32_4);
        v_393 = gt_retain(p_32_5);
        v_394 = gt_retain(p_32_6);
        v_395 = gt_retain(p_32_7);
        v_396 = gt_retain(p_32_8);
        v_397 = gt_retain(p_32_9);
        v_398 = gt_retain(p_32_10);
        v_399 = gt_retain(p_32_11);
        v_400 = gt_retain(p_32_12);
        v_401 = gt_retain(p_32_13);
        v_402 = gt_retain(p_32_14);
        v_403 = gt_retain(p_32_15);
        gt_line = 6; gt_col = 14;
        v_407 = gt_retain(g_42_1);
        v_411 = gt_retain(g_42_3);
        v_415 = gt_retain(g_42_5);
        v_419 = gt_retain(g_42_7);
        v_423 = gt_retain(g_42_9);
        v_427 = gt_retain(g_42_11);
        v_431 = gt_retain(g_42_13);
        v_435 = gt_retain(g_42_15);
        gt_release(g_42_0); g_42_0 = 0;
        gt_release(g_42_1); g_42_1 = 0;
        gt_release(g_42_2); g_42_2 = 0;
        gt_release(g_42_3); g_42_3 = 0;
        gt_release(g_42_4); g_42_4 = 0;
        gt_release(g_42_5); g_42_5 = 0;
        gt_release(g_42_6); g_42_6 = 0;
        gt_release(g_42_7); g_42_7 = 0;
        gt_release(g_42_8); g_42_8 = 0;
        gt_release(g_42_9); g_42_9 = 0;
        gt_release(g_42_10); g_42_10 = 0;
        gt_release(g_42_11); g_42_11 = 0;
        gt_release(g_42_12); g_42_12 = 0;
        gt_release(g_42_13); g_42_13 = 0;
        gt_release(g_42_14); g_42_14 = 0;
        gt_release(g_42_15); g_42_15 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_388->p;
          const float *restrict p2 = (const float *)v_43->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_440 = r;
        }
        gt_release(v_43); v_43 = 0;
        gt_release(v_388); v_388 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_389->p;
          const float *restrict p2 = (const float *)v_407->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_443 = r;
        }
        gt_release(v_389); v_389 = 0;
        gt_release(v_407); v_407 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_390->p;
          const float *restrict p2 = (const float *)v_44->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_446 = r;
        }
        gt_release(v_44); v_44 = 0;
        gt_release(v_390); v_390 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_391->p;
          const float *restrict p2 = (const float *)v_411->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_449 = r;
        }
        gt_release(v_391); v_391 = 0;
        gt_release(v_411); v_411 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_392->p;
          const float *restrict p2 = (const float *)v_45->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_452 = r;
        }
        gt_release(v_45); v_45 = 0;
        gt_release(v_392); v_392 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_393->p;
          const float *restrict p2 = (const float *)v_415->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_455 = r;
        }
        gt_release(v_393); v_393 = 0;
        gt_release(v_415); v_415 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_394->p;
          const float *restrict p2 = (const float *)v_46->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_458 = r;
        }
        gt_release(v_46); v_46 = 0;
        gt_release(v_394); v_394 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_395->p;
          const float *restrict p2 = (const float *)v_419->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_461 = r;
        }
        gt_release(v_395); v_395 = 0;
        gt_release(v_419); v_419 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_396->p;
          const float *restrict p2 = (const float *)v_47->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_464 = r;
        }
        gt_release(v_47); v_47 = 0;
        gt_release(v_396); v_396 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_397->p;
          const float *restrict p2 = (const float *)v_423->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_467 = r;
        }
        gt_release(v_397); v_397 = 0;
        gt_release(v_423); v_423 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_398->p;
          const float *restrict p2 = (const float *)v_48->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_470 = r;
        }
        gt_release(v_48); v_48 = 0;
        gt_release(v_398); v_398 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_399->p;
          const float *restrict p2 = (const float *)v_427->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_473 = r;
        }
        gt_release(v_399); v_399 = 0;
        gt_release(v_427); v_427 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_400->p;
          const float *restrict p2 = (const float *)v_49->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 4096; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_476 = r;
        }
        gt_release(v_49); v_49 = 0;
        gt_release(v_400); v_400 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_401->p;
          const float *restrict p2 = (const float *)v_431->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){64});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_479 = r;
        }
        gt_release(v_401); v_401 = 0;
        gt_release(v_431); v_431 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_402->p;
          const float *restrict p2 = (const float *)v_50->p;
          T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 640; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_482 = r;
        }
        gt_release(v_50); v_50 = 0;
        gt_release(v_402); v_402 = 0;
        gt_line = 6; gt_col = 10;
        { /* fused: mul, sub */
          const float *restrict p1 = (const float *)v_403->p;
          const float *restrict p2 = (const float *)v_435->p;
          T *r = gt_new_raw(F32, 1, (int64_t[]){10});
          float *restrict z = (float *)r->p;
          for (int64_t i = 0; i < 10; i++) {
            const float e3 = ((float)0.05000000074505806) * p2[i];
            const float e4 = p1[i] - e3;
            z[i] = e4;
          }
          v_485 = r;
        }
        gt_release(v_403); v_403 = 0;
        gt_release(v_435); v_435 = 0;
        gt_line = 6; gt_col = 10;
        v_486_0 = gt_retain(v_440);
        v_486_1 = gt_retain(v_443);
        v_486_2 = gt_retain(v_446);
        v_486_3 = gt_retain(v_449);
        v_486_4 = gt_retain(v_452);
        v_486_5 = gt_retain(v_455);
        v_486_6 = gt_retain(v_458);
        v_486_7 = gt_retain(v_461);
        v_486_8 = gt_retain(v_464);
        v_486_9 = gt_retain(v_467);
        v_486_10 = gt_retain(v_470);
        v_486_11 = gt_retain(v_473);
        v_486_12 = gt_retain(v_476);
        v_486_13 = gt_retain(v_479);
        v_486_14 = gt_retain(v_482);
        v_486_15 = gt_retain(v_485);
        gt_release(v_440); v_440 = 0;
        gt_release(v_443); v_443 = 0;
        gt_release(v_446); v_446 = 0;
        gt_release(v_449); v_449 = 0;
        gt_release(v_452); v_452 = 0;
        gt_release(v_455); v_455 = 0;
        gt_release(v_458); v_458 = 0;
        gt_release(v_461); v_461 = 0;
        gt_release(v_464); v_464 = 0;
        gt_release(v_467); v_467 = 0;
        gt_release(v_470); v_470 = 0;
        gt_release(v_473); v_473 = 0;
        gt_release(v_476); v_476 = 0;
        gt_release(v_479); v_479 = 0;
        gt_release(v_482); v_482 = 0;
        gt_release(v_485); v_485 = 0;
        gt_line = 71; gt_col = 23;
        v_87 = gt_binary(B_MUL, epoch_25, v_30);
        v_88 = gt_binary(B_ADD, v_87, k_31);
        gt_release(v_87); v_87 = 0;
        v_90 = gt_binary(B_ADD, v_88, v_20);
        gt_release(v_88); v_88 = 0;
        gt_line = 71; gt_col = 43;
        v_91 = gt_scalar(I32, 150);
        gt_line = 71; gt_col = 98;
        { T *t5[1] = {0}; f_loss(t5, v_486_0, v_486_1, v_486_2, v_486_3, v_486_4, v_486_5, v_486_6, v_486_7, v_486_8, v_486_9, v_486_10, v_486_11, v_486_12, v_486_13, v_486_14, v_486_15, v_40, v_41, use_relu_21); v_94 = t5[0]; }
        gt_release(v_40); v_40 = 0;
        gt_release(v_41); v_41 = 0;
        gt_line = 71; gt_col = 98;
        gt_progress(net_19, v_90, v_91, v_94, 0);
        gt_release(v_90); v_90 = 0;
        gt_release(v_91); v_91 = 0;
        gt_release(v_94); v_94 = 0;
        T *t6 = gt_retain(v_486_0);
        T *t7 = gt_retain(v_486_1);
        T *t8 = gt_retain(v_486_2);
        T *t9 = gt_retain(v_486_3);
        T *t10 = gt_retain(v_486_4);
        T *t11 = gt_retain(v_486_5);
        T *t12 = gt_retain(v_486_6);
        T *t13 = gt_retain(v_486_7);
        T *t14 = gt_retain(v_486_8);
        T *t15 = gt_retain(v_486_9);
        T *t16 = gt_retain(v_486_10);
        T *t17 = gt_retain(v_486_11);
        T *t18 = gt_retain(v_486_12);
        T *t19 = gt_retain(v_486_13);
        T *t20 = gt_retain(v_486_14);
        T *t21 = gt_retain(v_486_15);
        gt_release(p_32_0);
        gt_release(p_32_1);
        gt_release(p_32_2);
        gt_release(p_32_3);
        gt_release(p_32_4);
        gt_release(p_32_5);
        gt_release(p_32_6);
        gt_release(p_32_7);
        gt_release(p_32_8);
        gt_release(p_32_9);
        gt_release(p_32_10);
        gt_release(p_32_11);
        gt_release(p_32_12);
        gt_release(p_32_13);
        gt_release(p_32_14);
        gt_release(p_32_15);
        p_32_0 = t6;
        p_32_1 = t7;
        p_32_2 = t8;
        p_32_3 = t9;
        p_32_4 = t10;
        p_32_5 = t11;
        p_32_6 = t12;
        p_32_7 = t13;
        p_32_8 = t14;
        p_32_9 = t15;
        p_32_10 = t16;
        p_32_11 = t17;
        p_32_12 = t18;
        p_32_13 = t19;
        p_32_14 = t20;
        p_32_15 = t21;
        gt_release(v_486_0); v_486_0 = 0;
        gt_release(v_486_1); v_486_1 = 0;
        gt_release(v_486_2); v_486_2 = 0;
        gt_release(v_486_3); v_486_3 = 0;
        gt_release(v_486_4); v_486_4 = 0;
        gt_release(v_486_5); v_486_5 = 0;
        gt_release(v_486_6); v_486_6 = 0;
        gt_release(v_486_7); v_486_7 = 0;
        gt_release(v_486_8); v_486_8 = 0;
        gt_release(v_486_9); v_486_9 = 0;
        gt_release(v_486_10); v_486_10 = 0;
        gt_release(v_486_11); v_486_11 = 0;
        gt_release(v_486_12); v_486_12 = 0;
        gt_release(v_486_13); v_486_13 = 0;
        gt_release(v_486_14); v_486_14 = 0;
        gt_release(v_486_15); v_486_15 = 0;
        gt_release(k_31); k_31 = 0;
      }
      p_95_0 = p_32_0; p_32_0 = 0;
      p_95_1 = p_32_1; p_32_1 = 0;
      p_95_2 = p_32_2; p_32_2 = 0;
      p_95_3 = p_32_3; p_32_3 = 0;
      p_95_4 = p_32_4; p_32_4 = 0;
      p_95_5 = p_32_5; p_32_5 = 0;
      p_95_6 = p_32_6; p_32_6 = 0;
      p_95_7 = p_32_7; p_32_7 = 0;
      p_95_8 = p_32_8; p_32_8 = 0;
      p_95_9 = p_32_9; p_32_9 = 0;
      p_95_10 = p_32_10; p_32_10 = 0;
      p_95_11 = p_32_11; p_32_11 = 0;
      p_95_12 = p_32_12; p_32_12 = 0;
      p_95_13 = p_32_13; p_32_13 = 0;
      p_95_14 = p_32_14; p_32_14 = 0;
      p_95_15 = p_32_15; p_32_15 = 0;
      gt_release(order_28); order_28 = 0;
      gt_release(v_30); v_30 = 0;
      T *t22 = gt_retain(p_95_0);
      T *t23 = gt_retain(p_95_1);
      T *t24 = gt_retain(p_95_2);
      T *t25 = gt_retain(p_95_3);
      T *t26 = gt_retain(p_95_4);
      T *t27 = gt_retain(p_95_5);
      T *t28 = gt_retain(p_95_6);
      T *t29 = gt_retain(p_95_7);
      T *t30 = gt_retain(p_95_8);
      T *t31 = gt_retain(p_95_9);
      T *t32 = gt_retain(p_95_10);
      T *t33 = gt_retain(p_95_11);
      T *t34 = gt_retain(p_95_12);
      T *t35 = gt_retain(p_95_13);
      T *t36 = gt_retain(p_95_14);
      T *t37 = gt_retain(p_95_15);
      gt_release(p_26_0);
      gt_release(p_26_1);
      gt_release(p_26_2);
      gt_release(p_26_3);
      gt_release(p_26_4);
      gt_release(p_26_5);
      gt_release(p_26_6);
      gt_release(p_26_7);
      gt_release(p_26_8);
      gt_release(p_26_9);
      gt_release(p_26_10);
      gt_release(p_26_11);
      gt_release(p_26_12);
      gt_release(p_26_13);
      gt_release(p_26_14);
      gt_release(p_26_15);
      p_26_0 = t22;
      p_26_1 = t23;
      p_26_2 = t24;
      p_26_3 = t25;
      p_26_4 = t26;
      p_26_5 = t27;
      p_26_6 = t28;
      p_26_7 = t29;
      p_26_8 = t30;
      p_26_9 = t31;
      p_26_10 = t32;
      p_26_11 = t33;
      p_26_12 = t34;
      p_26_13 = t35;
      p_26_14 = t36;
      p_26_15 = t37;
      gt_release(p_95_0); p_95_0 = 0;
      gt_release(p_95_1); p_95_1 = 0;
      gt_release(p_95_2); p_95_2 = 0;
      gt_release(p_95_3); p_95_3 = 0;
      gt_release(p_95_4); p_95_4 = 0;
      gt_release(p_95_5); p_95_5 = 0;
      gt_release(p_95_6); p_95_6 = 0;
      gt_release(p_95_7); p_95_7 = 0;
      gt_release(p_95_8); p_95_8 = 0;
      gt_release(p_95_9); p_95_9 = 0;
      gt_release(p_95_10); p_95_10 = 0;
      gt_release(p_95_11); p_95_11 = 0;
      gt_release(p_95_12); p_95_12 = 0;
      gt_release(p_95_13); p_95_13 = 0;
      gt_release(p_95_14); p_95_14 = 0;
      gt_release(p_95_15); p_95_15 = 0;
      gt_release(epoch_25); epoch_25 = 0;
    }
    p_96_0 = p_26_0; p_26_0 = 0;
    p_96_1 = p_26_1; p_26_1 = 0;
    p_96_2 = p_26_2; p_26_2 = 0;
    p_96_3 = p_26_3; p_26_3 = 0;
    p_96_4 = p_26_4; p_26_4 = 0;
    p_96_5 = p_26_5; p_26_5 = 0;
    p_96_6 = p_26_6; p_26_6 = 0;
    p_96_7 = p_26_7; p_26_7 = 0;
    p_96_8 = p_26_8; p_26_8 = 0;
    p_96_9 = p_26_9; p_26_9 = 0;
    p_96_10 = p_26_10; p_26_10 = 0;
    p_96_11 = p_26_11; p_26_11 = 0;
    p_96_12 = p_26_12; p_26_12 = 0;
    p_96_13 = p_26_13; p_26_13 = 0;
    p_96_14 = p_26_14; p_26_14 = 0;
    p_96_15 = p_26_15; p_26_15 = 0;
    gt_release(v_20); v_20 = 0;
    gt_release(v_107); v_107 = 0;
    gt_release(v_387_0); v_387_0 = 0;
    gt_release(v_387_1); v_387_1 = 0;
    gt_release(v_387_2); v_387_2 = 0;
    gt_release(v_387_3); v_387_3 = 0;
    gt_release(v_387_4); v_387_4 = 0;
    gt_release(v_387_5); v_387_5 = 0;
    gt_release(v_387_6); v_387_6 = 0;
    gt_release(v_387_7); v_387_7 = 0;
    gt_release(v_387_8); v_387_8 = 0;
    gt_release(v_387_9); v_387_9 = 0;
    gt_release(v_387_10); v_387_10 = 0;
    gt_release(v_387_11); v_387_11 = 0;
    gt_release(v_387_12); v_387_12 = 0;
    gt_release(v_387_13); v_387_13 = 0;
    gt_release(v_387_14); v_387_14 = 0;
    gt_release(v_387_15); v_387_15 = 0;
    gt_line = 28; gt_col = 19;
    v_487 = gt_retain(p_96_0);
    gt_line = 28; gt_col = 15;
    v_488 = gt_matmul(v_9, v_487);
    gt_release(v_487); v_487 = 0;
    gt_line = 28; gt_col = 26;
    v_489 = gt_retain(p_96_1);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_488->p;
      const float *restrict p3 = (const float *)v_489->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_493 = r;
    }
    gt_release(v_488); v_488 = 0;
    gt_release(v_489); v_489 = 0;
    gt_line = 29; gt_col = 15;
    v_494 = gt_retain(p_96_2);
    gt_line = 29; gt_col = 11;
    v_495 = gt_matmul(v_493, v_494);
    gt_release(v_493); v_493 = 0;
    gt_release(v_494); v_494 = 0;
    gt_line = 29; gt_col = 22;
    v_496 = gt_retain(p_96_3);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_495->p;
      const float *restrict p3 = (const float *)v_496->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_500 = r;
    }
    gt_release(v_495); v_495 = 0;
    gt_release(v_496); v_496 = 0;
    gt_line = 30; gt_col = 15;
    v_501 = gt_retain(p_96_4);
    gt_line = 30; gt_col = 11;
    v_502 = gt_matmul(v_500, v_501);
    gt_release(v_500); v_500 = 0;
    gt_release(v_501); v_501 = 0;
    gt_line = 30; gt_col = 22;
    v_503 = gt_retain(p_96_5);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_502->p;
      const float *restrict p3 = (const float *)v_503->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_507 = r;
    }
    gt_release(v_502); v_502 = 0;
    gt_release(v_503); v_503 = 0;
    gt_line = 31; gt_col = 15;
    v_508 = gt_retain(p_96_6);
    gt_line = 31; gt_col = 11;
    v_509 = gt_matmul(v_507, v_508);
    gt_release(v_507); v_507 = 0;
    gt_release(v_508); v_508 = 0;
    gt_line = 31; gt_col = 22;
    v_510 = gt_retain(p_96_7);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_509->p;
      const float *restrict p3 = (const float *)v_510->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_514 = r;
    }
    gt_release(v_509); v_509 = 0;
    gt_release(v_510); v_510 = 0;
    gt_line = 32; gt_col = 15;
    v_515 = gt_retain(p_96_8);
    gt_line = 32; gt_col = 11;
    v_516 = gt_matmul(v_514, v_515);
    gt_release(v_514); v_514 = 0;
    gt_release(v_515); v_515 = 0;
    gt_line = 32; gt_col = 22;
    v_517 = gt_retain(p_96_9);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_516->p;
      const float *restrict p3 = (const float *)v_517->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_521 = r;
    }
    gt_release(v_516); v_516 = 0;
    gt_release(v_517); v_517 = 0;
    gt_line = 33; gt_col = 15;
    v_522 = gt_retain(p_96_10);
    gt_line = 33; gt_col = 11;
    v_523 = gt_matmul(v_521, v_522);
    gt_release(v_521); v_521 = 0;
    gt_release(v_522); v_522 = 0;
    gt_line = 33; gt_col = 22;
    v_524 = gt_retain(p_96_11);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_523->p;
      const float *restrict p3 = (const float *)v_524->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_528 = r;
    }
    gt_release(v_523); v_523 = 0;
    gt_release(v_524); v_524 = 0;
    gt_line = 34; gt_col = 15;
    v_529 = gt_retain(p_96_12);
    gt_line = 34; gt_col = 11;
    v_530 = gt_matmul(v_528, v_529);
    gt_release(v_528); v_528 = 0;
    gt_release(v_529); v_529 = 0;
    gt_line = 34; gt_col = 22;
    v_531 = gt_retain(p_96_13);
    gt_line = 24; gt_col = 10;
    { /* fused: add, relu, sigmoid, select */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)use_relu_21->p;
      const uint8_t p1v = p1[0];
      const float *restrict p2 = (const float *)v_530->p;
      const float *restrict p3 = (const float *)v_531->p;
      T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 64});
      float *restrict z = (float *)r->p;
      GT_PARALLEL_FOR(((sz[0] - 1500) * 64))
      for (int64_t o = 0; o < (sz[0] - 1500); o++) {
        for (int64_t j = 0; j < 64; j++) {
          const int64_t i = o * 64 + j;
          const float e4 = p2[i] + p3[j];
          const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
          const float e6 = (e4 >= 0 ? 1 / (1 + expf(-e4)) : expf(e4) / (1 + expf(e4)));
          const float e7 = p1v ? e5 : e6;
          z[i] = e7;
        }
      }
      v_535 = r;
    }
    gt_release(v_530); v_530 = 0;
    gt_release(v_531); v_531 = 0;
    gt_line = 35; gt_col = 14;
    v_536 = gt_retain(p_96_14);
    gt_line = 35; gt_col = 10;
    v_537 = gt_matmul(v_535, v_536);
    gt_release(v_535); v_535 = 0;
    gt_release(v_536); v_536 = 0;
    gt_line = 35; gt_col = 21;
    v_538 = gt_retain(p_96_15);
    gt_release(p_96_0); p_96_0 = 0;
    gt_release(p_96_1); p_96_1 = 0;
    gt_release(p_96_2); p_96_2 = 0;
    gt_release(p_96_3); p_96_3 = 0;
    gt_release(p_96_4); p_96_4 = 0;
    gt_release(p_96_5); p_96_5 = 0;
    gt_release(p_96_6); p_96_6 = 0;
    gt_release(p_96_7); p_96_7 = 0;
    gt_release(p_96_8); p_96_8 = 0;
    gt_release(p_96_9); p_96_9 = 0;
    gt_release(p_96_10); p_96_10 = 0;
    gt_release(p_96_11); p_96_11 = 0;
    gt_release(p_96_12); p_96_12 = 0;
    gt_release(p_96_13); p_96_13 = 0;
    gt_release(p_96_14); p_96_14 = 0;
    gt_release(p_96_15); p_96_15 = 0;
    gt_line = 35; gt_col = 10;
    { /* fused: add */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const float *restrict p1 = (const float *)v_537->p;
      const float *restrict p2 = (const float *)v_538->p;
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
      v_539 = r;
    }
    gt_release(v_537); v_537 = 0;
    gt_release(v_538); v_538 = 0;
    gt_line = 75; gt_col = 21;
    v_98 = gt_argmax(v_539, -1);
    gt_release(v_539); v_539 = 0;
    v_99 = gt_binary(B_EQ, v_98, v_11);
    gt_release(v_98); v_98 = 0;
    { /* fused: convert.f32, mean */
      if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
      const uint8_t *restrict p1 = (const uint8_t *)v_99->p;
      T *r = gt_new_raw(F32, 0, (int64_t[]){0});
      float *restrict z = (float *)r->p;
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t i = 0; i < (sz[0] - 1500); i++) {
        const float e2 = (float)p1[i];
        acc += e2;
      }
      z[0] = (float)(acc / (double)(sz[0] - 1500));
      v_101 = r;
    }
    gt_release(v_99); v_99 = 0;
    gt_line = 75; gt_col = 15;
    { /* fused: mul, round, div */
      const float *restrict p1 = (const float *)v_101->p;
      const float p1v = p1[0];
      T *r = gt_new_raw(F32, 0, (int64_t[]){0});
      float *restrict z = (float *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const float e2 = p1v * ((float)10);
        const float e3 = nearbyintf(e2);
        const float e4 = e3 / ((float)10);
        z[i] = e4;
      }
      acc_105 = r;
    }
    gt_release(v_101); v_101 = 0;
    gt_line = 76; gt_col = 5;
    if (gt_get(use_relu_21, 0) != 0) {
      gt_line = 76; gt_col = 51;
      gt_print_text("relu/He: test accuracy", 1);
      gt_print_tensor(acc_105, 0);
      fputc('\n', stdout);
    } else {
      gt_line = 76; gt_col = 104;
      gt_print_text("sigmoid/Glorot: test accuracy", 1);
      gt_print_tensor(acc_105, 0);
      fputc('\n', stdout);
    }
    gt_release(use_relu_21); use_relu_21 = 0;
    gt_release(acc_105); acc_105 = 0;
    gt_release(net_19); net_19 = 0;
  }
  gt_release(v_2); v_2 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_4); v_4 = 0;
  gt_release(v_7); v_7 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_11); v_11 = 0;
  gt_release(v_18); v_18 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_18);
  gt_release(net_19);
  gt_release(v_20);
  gt_release(use_relu_21);
  gt_release(v_106);
  gt_release(v_107);
  gt_release(v_108);
  gt_release(v_117);
  gt_release(v_131);
  gt_release(W8_138);
  gt_release(v_150);
  gt_release(v_163);
  gt_release(v_170);
  gt_release(v_173);
  gt_release(v_185);
  gt_release(v_198);
  gt_release(v_205);
  gt_release(v_209);
  gt_release(v_220);
  gt_release(v_233);
  gt_release(v_240);
  gt_release(v_244);
  gt_release(v_255);
  gt_release(v_268);
  gt_release(v_275);
  gt_release(v_279);
  gt_release(v_290);
  gt_release(v_303);
  gt_release(v_310);
  gt_release(v_314);
  gt_release(v_325);
  gt_release(v_338);
  gt_release(v_345);
  gt_release(v_349);
  gt_release(v_360);
  gt_release(v_373);
  gt_release(v_380);
  gt_release(v_386);
  gt_release(v_387_0);
  gt_release(v_387_1);
  gt_release(v_387_2);
  gt_release(v_387_3);
  gt_release(v_387_4);
  gt_release(v_387_5);
  gt_release(v_387_6);
  gt_release(v_387_7);
  gt_release(v_387_8);
  gt_release(v_387_9);
  gt_release(v_387_10);
  gt_release(v_387_11);
  gt_release(v_387_12);
  gt_release(v_387_13);
  gt_release(v_387_14);
  gt_release(v_387_15);
  gt_release(p_96_0);
  gt_release(p_96_1);
  gt_release(p_96_2);
  gt_release(p_96_3);
  gt_release(p_96_4);
  gt_release(p_96_5);
  gt_release(p_96_6);
  gt_release(p_96_7);
  gt_release(p_96_8);
  gt_release(p_96_9);
  gt_release(p_96_10);
  gt_release(p_96_11);
  gt_release(p_96_12);
  gt_release(p_96_13);
  gt_release(p_96_14);
  gt_release(p_96_15);
  gt_release(p_26_0);
  gt_release(p_26_1);
  gt_release(p_26_2);
  gt_release(p_26_3);
  gt_release(p_26_4);
  gt_release(p_26_5);
  gt_release(p_26_6);
  gt_release(p_26_7);
  gt_release(p_26_8);
  gt_release(p_26_9);
  gt_release(p_26_10);
  gt_release(p_26_11);
  gt_release(p_26_12);
  gt_release(p_26_13);
  gt_release(p_26_14);
  gt_release(p_26_15);
  gt_release(epoch_25);
  gt_release(order_28);
  gt_release(v_30);
  gt_release(p_95_0);
  gt_release(p_95_1);
  gt_release(p_95_2);
  gt_release(p_95_3);
  gt_release(p_95_4);
  gt_release(p_95_5);
  gt_release(p_95_6);
  gt_release(p_95_7);
  gt_release(p_95_8);
  gt_release(p_95_9);
  gt_release(p_95_10);
  gt_release(p_95_11);
  gt_release(p_95_12);
  gt_release(p_95_13);
  gt_release(p_95_14);
  gt_release(p_95_15);
  gt_release(p_32_0);
  gt_release(p_32_1);
  gt_release(p_32_2);
  gt_release(p_32_3);
  gt_release(p_32_4);
  gt_release(p_32_5);
  gt_release(p_32_6);
  gt_release(p_32_7);
  gt_release(p_32_8);
  gt_release(p_32_9);
  gt_release(p_32_10);
  gt_release(p_32_11);
  gt_release(p_32_12);
  gt_release(p_32_13);
  gt_release(p_32_14);
  gt_release(p_32_15);
  gt_release(k_31);
  gt_release(v_33);
  gt_release(v_34);
  gt_release(v_36);
  gt_release(v_38);
  gt_release(rows_39);
  gt_release(v_40);
  gt_release(v_41);
  gt_release(g_42_0);
  gt_release(g_42_1);
  gt_release(g_42_2);
  gt_release(g_42_3);
  gt_release(g_42_4);
  gt_release(g_42_5);
  gt_release(g_42_6);
  gt_release(g_42_7);
  gt_release(g_42_8);
  gt_release(g_42_9);
  gt_release(g_42_10);
  gt_release(g_42_11);
  gt_release(g_42_12);
  gt_release(g_42_13);
  gt_release(g_42_14);
  gt_release(g_42_15);
  gt_release(v_43);
  gt_release(v_44);
  gt_release(v_45);
  gt_release(v_46);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_54);
  gt_release(v_55);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_62);
  gt_release(v_63);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_70);
  gt_release(v_71);
  gt_release(v_74);
  gt_release(v_75);
  gt_release(v_78);
  gt_release(v_79);
  gt_release(v_82);
  gt_release(v_83);
  gt_release(v_388);
  gt_release(v_389);
  gt_release(v_390);
  gt_release(v_391);
  gt_release(v_392);
  gt_release(v_393);
  gt_release(v_394);
  gt_release(v_395);
  gt_release(v_396);
  gt_release(v_397);
  gt_release(v_398);
  gt_release(v_399);
  gt_release(v_400);
  gt_release(v_401);
  gt_release(v_402);
  gt_release(v_403);
  gt_release(v_407);
  gt_release(v_411);
  gt_release(v_415);
  gt_release(v_419);
  gt_release(v_423);
  gt_release(v_427);
  gt_release(v_431);
  gt_release(v_435);
  gt_release(v_440);
  gt_release(v_443);
  gt_release(v_446);
  gt_release(v_449);
  gt_release(v_452);
  gt_release(v_455);
  gt_release(v_458);
  gt_release(v_461);
  gt_release(v_464);
  gt_release(v_467);
  gt_release(v_470);
  gt_release(v_473);
  gt_release(v_476);
  gt_release(v_479);
  gt_release(v_482);
  gt_release(v_485);
  gt_release(v_486_0);
  gt_release(v_486_1);
  gt_release(v_486_2);
  gt_release(v_486_3);
  gt_release(v_486_4);
  gt_release(v_486_5);
  gt_release(v_486_6);
  gt_release(v_486_7);
  gt_release(v_486_8);
  gt_release(v_486_9);
  gt_release(v_486_10);
  gt_release(v_486_11);
  gt_release(v_486_12);
  gt_release(v_486_13);
  gt_release(v_486_14);
  gt_release(v_486_15);
  gt_release(v_87);
  gt_release(v_88);
  gt_release(v_90);
  gt_release(v_91);
  gt_release(v_94);
  gt_release(v_487);
  gt_release(v_488);
  gt_release(v_489);
  gt_release(v_493);
  gt_release(v_494);
  gt_release(v_495);
  gt_release(v_496);
  gt_release(v_500);
  gt_release(v_501);
  gt_release(v_502);
  gt_release(v_503);
  gt_release(v_507);
  gt_release(v_508);
  gt_release(v_509);
  gt_release(v_510);
  gt_release(v_514);
  gt_release(v_515);
  gt_release(v_516);
  gt_release(v_517);
  gt_release(v_521);
  gt_release(v_522);
  gt_release(v_523);
  gt_release(v_524);
  gt_release(v_528);
  gt_release(v_529);
  gt_release(v_530);
  gt_release(v_531);
  gt_release(v_535);
  gt_release(v_536);
  gt_release(v_537);
  gt_release(v_538);
  gt_release(v_539);
  gt_release(v_98);
  gt_release(v_99);
  gt_release(v_101);
  gt_release(acc_105);
  return;
}

static void f_dloss(T **out, T *a0_0, T *a0_1, T *a0_2, T *a0_3, T *a0_4, T *a0_5, T *a0_6, T *a0_7, T *a0_8, T *a0_9, T *a0_10, T *a0_11, T *a0_12, T *a0_13, T *a0_14, T *a0_15, T *a1_0, T *a2_0, T *a3_0) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *v_66 = 0, *v_67 = 0, *v_68 = 0, *v_71 = 0, *v_72 = 0, *v_73 = 0, *v_74 = 0, *v_75 = 0, *v_78 = 0, *v_79 = 0, *v_80 = 0, *v_81 = 0, *v_82 = 0, *v_85 = 0, *v_86 = 0, *v_87 = 0, *v_88 = 0, *v_89 = 0, *v_92 = 0, *v_93 = 0, *v_94 = 0, *v_95 = 0, *v_96 = 0, *v_99 = 0, *v_100 = 0, *v_101 = 0, *v_102 = 0, *v_103 = 0, *v_106 = 0, *v_107 = 0, *v_108 = 0, *v_109 = 0, *v_110 = 0, *v_113 = 0, *v_114 = 0, *v_115 = 0, *v_116 = 0, *v_117 = 0, *v_118 = 0, *v_5 = 0, *v_7 = 0, *v_8 = 0, *v_10 = 0, *v_11 = 0, *v_14 = 0, *v_15 = 0, *v_20 = 0, *v_25 = 0, *v_26 = 0, *v_30 = 0, *v_172 = 0, *v_173 = 0, *v_174 = 0, *v_175 = 0, *v_176 = 0, *d_z_191 = 0, *v_194 = 0, *v_195 = 0, *v_196 = 0, *v_197 = 0, *v_198 = 0, *d_z_213 = 0, *v_216 = 0, *v_217 = 0, *v_218 = 0, *v_219 = 0, *v_220 = 0, *d_z_235 = 0, *v_238 = 0, *v_239 = 0, *v_240 = 0, *v_241 = 0, *v_242 = 0, *d_z_257 = 0, *v_260 = 0, *v_261 = 0, *v_262 = 0, *v_263 = 0, *v_264 = 0, *d_z_279 = 0, *v_282 = 0, *v_283 = 0, *v_284 = 0, *v_285 = 0, *v_286 = 0, *d_z_301 = 0, *v_304 = 0, *v_305 = 0, *d_h_306 = 0, *v_307 = 0, *v_308 = 0, *d_z_323 = 0, *v_326 = 0, *v_329 = 0, *v_330 = 0, *v_347_0 = 0, *v_347_1 = 0, *v_347_2 = 0, *v_347_3 = 0, *v_347_4 = 0, *v_347_5 = 0, *v_347_6 = 0, *v_347_7 = 0, *v_347_8 = 0, *v_347_9 = 0, *v_347_10 = 0, *v_347_11 = 0, *v_347_12 = 0, *v_347_13 = 0, *v_347_14 = 0, *v_347_15 = 0;
  (void)out;
  gt_bind(a0_0, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_1, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_2, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_3, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_4, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_5, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_6, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_7, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_8, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_9, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_10, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_11, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_12, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 64]");
  gt_bind(a0_13, F32, 1, (gt_dim[]){{-1, 64, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64]");
  gt_bind(a0_14, F32, 2, (gt_dim[]){{-1, 64, 0}, {-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[64, 10]");
  gt_bind(a0_15, F32, 1, (gt_dim[]){{-1, 10, 0}}, sz, sz_names, (int[]){0}, 0, "argument 1 of 'dloss'", "f32[10]");
  gt_bind(a1_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "argument 2 of 'dloss'", "f32[n, 64]");
  gt_bind(a2_0, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "argument 3 of 'dloss'", "i32[n]");
  gt_bind(a3_0, BOOL, 0, (gt_dim[]){{0, 0, 0}}, sz, sz_names, (int[]){0}, 0, "argument 4 of 'dloss'", "bool");
  gt_line = 28; gt_col = 19;
  v_66 = gt_retain(a0_0);
  gt_line = 28; gt_col = 15;
  v_67 = gt_matmul(a1_0, v_66);
  gt_release(v_66); v_66 = 0;
  gt_line = 28; gt_col = 26;
  v_68 = gt_retain(a0_1);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_67->p;
    const float *restrict p2 = (const float *)v_68->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_71 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_67->p;
    const float *restrict p3 = (const float *)v_68->p;
    const float *restrict p6 = (const float *)v_71->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_72 = r;
  }
  gt_line = 29; gt_col = 15;
  v_73 = gt_retain(a0_2);
  gt_line = 29; gt_col = 11;
  v_74 = gt_matmul(v_72, v_73);
  gt_line = 29; gt_col = 22;
  v_75 = gt_retain(a0_3);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_74->p;
    const float *restrict p2 = (const float *)v_75->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_78 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_74->p;
    const float *restrict p3 = (const float *)v_75->p;
    const float *restrict p6 = (const float *)v_78->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_79 = r;
  }
  gt_line = 30; gt_col = 15;
  v_80 = gt_retain(a0_4);
  gt_line = 30; gt_col = 11;
  v_81 = gt_matmul(v_79, v_80);
  gt_line = 30; gt_col = 22;
  v_82 = gt_retain(a0_5);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_81->p;
    const float *restrict p2 = (const float *)v_82->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_85 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_81->p;
    const float *restrict p3 = (const float *)v_82->p;
    const float *restrict p6 = (const float *)v_85->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_86 = r;
  }
  gt_line = 31; gt_col = 15;
  v_87 = gt_retain(a0_6);
  gt_line = 31; gt_col = 11;
  v_88 = gt_matmul(v_86, v_87);
  gt_line = 31; gt_col = 22;
  v_89 = gt_retain(a0_7);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_88->p;
    const float *restrict p2 = (const float *)v_89->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_92 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_88->p;
    const float *restrict p3 = (const float *)v_89->p;
    const float *restrict p6 = (const float *)v_92->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_93 = r;
  }
  gt_line = 32; gt_col = 15;
  v_94 = gt_retain(a0_8);
  gt_line = 32; gt_col = 11;
  v_95 = gt_matmul(v_93, v_94);
  gt_line = 32; gt_col = 22;
  v_96 = gt_retain(a0_9);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_95->p;
    const float *restrict p2 = (const float *)v_96->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_99 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_95->p;
    const float *restrict p3 = (const float *)v_96->p;
    const float *restrict p6 = (const float *)v_99->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_100 = r;
  }
  gt_line = 33; gt_col = 15;
  v_101 = gt_retain(a0_10);
  gt_line = 33; gt_col = 11;
  v_102 = gt_matmul(v_100, v_101);
  gt_line = 33; gt_col = 22;
  v_103 = gt_retain(a0_11);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_102->p;
    const float *restrict p2 = (const float *)v_103->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_106 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_102->p;
    const float *restrict p3 = (const float *)v_103->p;
    const float *restrict p6 = (const float *)v_106->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_107 = r;
  }
  gt_line = 34; gt_col = 15;
  v_108 = gt_retain(a0_12);
  gt_line = 34; gt_col = 11;
  v_109 = gt_matmul(v_107, v_108);
  gt_line = 34; gt_col = 22;
  v_110 = gt_retain(a0_13);
  gt_line = 24; gt_col = 35;
  { /* fused: add, sigmoid */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_109->p;
    const float *restrict p2 = (const float *)v_110->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] + p2[j];
        const float e4 = (e3 >= 0 ? 1 / (1 + expf(-e3)) : expf(e3) / (1 + expf(e3)));
        z[i] = e4;
      }
    }
    v_113 = r;
  }
  gt_line = 24; gt_col = 10;
  { /* fused: add, relu, select */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_109->p;
    const float *restrict p3 = (const float *)v_110->p;
    const float *restrict p6 = (const float *)v_113->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e4 = p2[i] + p3[j];
        const float e5 = (e4 > 0 || e4 != e4 ? e4 : 0);
        const float e7 = p1v ? e5 : p6[i];
        z[i] = e7;
      }
    }
    v_114 = r;
  }
  gt_line = 35; gt_col = 14;
  v_115 = gt_retain(a0_14);
  gt_line = 35; gt_col = 10;
  v_116 = gt_matmul(v_114, v_115);
  gt_line = 35; gt_col = 21;
  v_117 = gt_retain(a0_15);
  gt_line = 35; gt_col = 10;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_116->p;
    const float *restrict p2 = (const float *)v_117->p;
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
    v_118 = r;
  }
  gt_release(v_116); v_116 = 0;
  gt_line = 39; gt_col = 15;
  v_5 = gt_reduce(R_LSE, v_118, 1, -1, 1);
  v_7 = gt_scalar(I32, 10);
  v_8 = gt_one_hot(a2_0, gt_int(v_7), F32);
  gt_release(v_7); v_7 = 0;
  { /* fused: sub, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_118->p;
    const float *restrict p2 = (const float *)v_5->p;
    const float *restrict p4 = (const float *)v_8->p;
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
    v_10 = r;
  }
  gt_line = 39; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_10->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0]});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_11 = r;
  }
  gt_release(v_10); v_10 = 0;
  gt_line = 39; gt_col = 10;
  v_14 = gt_shape_of(v_11);
  v_15 = gt_reduce(R_PROD, v_14, 0, 0, 0);
  gt_release(v_14); v_14 = 0;
  gt_line = 39; gt_col = 15;
  { /* fused: convert.f32, div, broadcast_like, neg, expand_dims */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const int32_t *restrict p1 = (const int32_t *)v_15->p;
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
    v_20 = r;
  }
  gt_release(v_11); v_11 = 0;
  gt_release(v_15); v_15 = 0;
  gt_line = 39; gt_col = 15;
  { /* fused: broadcast_like, mul, sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_20->p;
    const float *restrict p2 = (const float *)v_8->p;
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
    v_25 = r;
  }
  gt_line = 39; gt_col = 15;
  { /* fused: neg */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_25->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(sz[0])
    for (int64_t i = 0; i < sz[0]; i++) {
      const float e2 = -p1[i];
      z[i] = e2;
    }
    v_26 = r;
  }
  gt_release(v_25); v_25 = 0;
  gt_line = 39; gt_col = 15;
  { /* fused: broadcast_like, mul, sub, exp, mul, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_20->p;
    const float *restrict p2 = (const float *)v_8->p;
    const float *restrict p4 = (const float *)v_118->p;
    const float *restrict p5 = (const float *)v_5->p;
    const float *restrict p8 = (const float *)v_26->p;
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
    v_30 = r;
  }
  gt_release(v_5); v_5 = 0;
  gt_release(v_8); v_8 = 0;
  gt_release(v_20); v_20 = 0;
  gt_release(v_26); v_26 = 0;
  gt_release(v_118); v_118 = 0;
  gt_line = 35; gt_col = 10;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_30->p;
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
    v_172 = r;
  }
  gt_release(v_117); v_117 = 0;
  gt_line = 35; gt_col = 10;
  v_174 = gt_matmul_t(v_30, 0, v_115, 1);
  gt_release(v_115); v_115 = 0;
  v_176 = gt_matmul_t(v_114, 1, v_30, 0);
  gt_release(v_30); v_30 = 0;
  gt_release(v_114); v_114 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_174->p;
    const float *restrict p4 = (const float *)v_113->p;
    const float *restrict p8 = (const float *)v_109->p;
    const float *restrict p9 = (const float *)v_110->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_191 = r;
  }
  gt_release(v_109); v_109 = 0;
  gt_release(v_113); v_113 = 0;
  gt_release(v_174); v_174 = 0;
  gt_line = 34; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_191->p;
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
    v_194 = r;
  }
  gt_release(v_110); v_110 = 0;
  gt_line = 34; gt_col = 11;
  v_196 = gt_matmul_t(d_z_191, 0, v_108, 1);
  gt_release(v_108); v_108 = 0;
  v_198 = gt_matmul_t(v_107, 1, d_z_191, 0);
  gt_release(v_107); v_107 = 0;
  gt_release(d_z_191); d_z_191 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_196->p;
    const float *restrict p4 = (const float *)v_106->p;
    const float *restrict p8 = (const float *)v_102->p;
    const float *restrict p9 = (const float *)v_103->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_213 = r;
  }
  gt_release(v_102); v_102 = 0;
  gt_release(v_106); v_106 = 0;
  gt_release(v_196); v_196 = 0;
  gt_line = 33; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_213->p;
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
    v_216 = r;
  }
  gt_release(v_103); v_103 = 0;
  gt_line = 33; gt_col = 11;
  v_218 = gt_matmul_t(d_z_213, 0, v_101, 1);
  gt_release(v_101); v_101 = 0;
  v_220 = gt_matmul_t(v_100, 1, d_z_213, 0);
  gt_release(v_100); v_100 = 0;
  gt_release(d_z_213); d_z_213 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_218->p;
    const float *restrict p4 = (const float *)v_99->p;
    const float *restrict p8 = (const float *)v_95->p;
    const float *restrict p9 = (const float *)v_96->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_235 = r;
  }
  gt_release(v_95); v_95 = 0;
  gt_release(v_99); v_99 = 0;
  gt_release(v_218); v_218 = 0;
  gt_line = 32; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_235->p;
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
    v_238 = r;
  }
  gt_release(v_96); v_96 = 0;
  gt_line = 32; gt_col = 11;
  v_240 = gt_matmul_t(d_z_235, 0, v_94, 1);
  gt_release(v_94); v_94 = 0;
  v_242 = gt_matmul_t(v_93, 1, d_z_235, 0);
  gt_release(v_93); v_93 = 0;
  gt_release(d_z_235); d_z_235 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_240->p;
    const float *restrict p4 = (const float *)v_92->p;
    const float *restrict p8 = (const float *)v_88->p;
    const float *restrict p9 = (const float *)v_89->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_257 = r;
  }
  gt_release(v_88); v_88 = 0;
  gt_release(v_92); v_92 = 0;
  gt_release(v_240); v_240 = 0;
  gt_line = 31; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_257->p;
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
    v_260 = r;
  }
  gt_release(v_89); v_89 = 0;
  gt_line = 31; gt_col = 11;
  v_262 = gt_matmul_t(d_z_257, 0, v_87, 1);
  gt_release(v_87); v_87 = 0;
  v_264 = gt_matmul_t(v_86, 1, d_z_257, 0);
  gt_release(v_86); v_86 = 0;
  gt_release(d_z_257); d_z_257 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_262->p;
    const float *restrict p4 = (const float *)v_85->p;
    const float *restrict p8 = (const float *)v_81->p;
    const float *restrict p9 = (const float *)v_82->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_279 = r;
  }
  gt_release(v_81); v_81 = 0;
  gt_release(v_85); v_85 = 0;
  gt_release(v_262); v_262 = 0;
  gt_line = 30; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_279->p;
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
    v_282 = r;
  }
  gt_release(v_82); v_82 = 0;
  gt_line = 30; gt_col = 11;
  v_284 = gt_matmul_t(d_z_279, 0, v_80, 1);
  gt_release(v_80); v_80 = 0;
  v_286 = gt_matmul_t(v_79, 1, d_z_279, 0);
  gt_release(v_79); v_79 = 0;
  gt_release(d_z_279); d_z_279 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)v_284->p;
    const float *restrict p4 = (const float *)v_78->p;
    const float *restrict p8 = (const float *)v_74->p;
    const float *restrict p9 = (const float *)v_75->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_301 = r;
  }
  gt_release(v_74); v_74 = 0;
  gt_release(v_78); v_78 = 0;
  gt_release(v_284); v_284 = 0;
  gt_line = 29; gt_col = 11;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_301->p;
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
    v_304 = r;
  }
  gt_release(v_75); v_75 = 0;
  gt_line = 29; gt_col = 11;
  d_h_306 = gt_matmul_t(d_z_301, 0, v_73, 1);
  gt_release(v_73); v_73 = 0;
  v_308 = gt_matmul_t(v_72, 1, d_z_301, 0);
  gt_release(v_72); v_72 = 0;
  gt_release(d_z_301); d_z_301 = 0;
  gt_line = 24; gt_col = 26;
  { /* fused: select, sub, mul, mul, add, gt, select, select, add */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)a3_0->p;
    const uint8_t p1v = p1[0];
    const float *restrict p2 = (const float *)d_h_306->p;
    const float *restrict p4 = (const float *)v_71->p;
    const float *restrict p8 = (const float *)v_67->p;
    const float *restrict p9 = (const float *)v_68->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0], 64});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR((sz[0] * 64))
    for (int64_t o = 0; o < sz[0]; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1v ? ((float)0) : p2[i];
        const float e5 = ((float)1) - p4[i];
        const float e6 = p4[i] * e5;
        const float e7 = e3 * e6;
        const float e10 = p8[i] + p9[j];
        const uint8_t e11 = e10 > ((float)0);
        const float e12 = p1v ? p2[i] : ((float)0);
        const float e13 = e11 ? e12 : ((float)0);
        const float e14 = e7 + e13;
        z[i] = e14;
      }
    }
    d_z_323 = r;
  }
  gt_release(v_67); v_67 = 0;
  gt_release(v_71); v_71 = 0;
  gt_release(d_h_306); d_h_306 = 0;
  gt_line = 28; gt_col = 15;
  { /* fused: sum_to */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)d_z_323->p;
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
    v_326 = r;
  }
  gt_release(v_68); v_68 = 0;
  gt_line = 28; gt_col = 15;
  v_330 = gt_matmul_t(a1_0, 1, d_z_323, 0);
  gt_release(d_z_323); d_z_323 = 0;
  gt_line = 27; gt_col = 4;
  v_347_0 = gt_retain(v_330);
  v_347_1 = gt_retain(v_326);
  v_347_2 = gt_retain(v_308);
  v_347_3 = gt_retain(v_304);
  v_347_4 = gt_retain(v_286);
  v_347_5 = gt_retain(v_282);
  v_347_6 = gt_retain(v_264);
  v_347_7 = gt_retain(v_260);
  v_347_8 = gt_retain(v_242);
  v_347_9 = gt_retain(v_238);
  v_347_10 = gt_retain(v_220);
  v_347_11 = gt_retain(v_216);
  v_347_12 = gt_retain(v_198);
  v_347_13 = gt_retain(v_194);
  v_347_14 = gt_retain(v_176);
  v_347_15 = gt_retain(v_172);
  gt_release(v_172); v_172 = 0;
  gt_release(v_176); v_176 = 0;
  gt_release(v_194); v_194 = 0;
  gt_release(v_198); v_198 = 0;
  gt_release(v_216); v_216 = 0;
  gt_release(v_220); v_220 = 0;
  gt_release(v_238); v_238 = 0;
  gt_release(v_242); v_242 = 0;
  gt_release(v_260); v_260 = 0;
  gt_release(v_264); v_264 = 0;
  gt_release(v_282); v_282 = 0;
  gt_release(v_286); v_286 = 0;
  gt_release(v_304); v_304 = 0;
  gt_release(v_308); v_308 = 0;
  gt_release(v_326); v_326 = 0;
  gt_release(v_330); v_330 = 0;
  out[0] = gt_retain(v_347_0);
  out[1] = gt_retain(v_347_1);
  out[2] = gt_retain(v_347_2);
  out[3] = gt_retain(v_347_3);
  out[4] = gt_retain(v_347_4);
  out[5] = gt_retain(v_347_5);
  out[6] = gt_retain(v_347_6);
  out[7] = gt_retain(v_347_7);
  out[8] = gt_retain(v_347_8);
  out[9] = gt_retain(v_347_9);
  out[10] = gt_retain(v_347_10);
  out[11] = gt_retain(v_347_11);
  out[12] = gt_retain(v_347_12);
  out[13] = gt_retain(v_347_13);
  out[14] = gt_retain(v_347_14);
  out[15] = gt_retain(v_347_15);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(v_71);
  gt_release(v_72);
  gt_release(v_73);
  gt_release(v_74);
  gt_release(v_75);
  gt_release(v_78);
  gt_release(v_79);
  gt_release(v_80);
  gt_release(v_81);
  gt_release(v_82);
  gt_release(v_85);
  gt_release(v_86);
  gt_release(v_87);
  gt_release(v_88);
  gt_release(v_89);
  gt_release(v_92);
  gt_release(v_93);
  gt_release(v_94);
  gt_release(v_95);
  gt_release(v_96);
  gt_release(v_99);
  gt_release(v_100);
  gt_release(v_101);
  gt_release(v_102);
  gt_release(v_103);
  gt_release(v_106);
  gt_release(v_107);
  gt_release(v_108);
  gt_release(v_109);
  gt_release(v_110);
  gt_release(v_113);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_116);
  gt_release(v_117);
  gt_release(v_118);
  gt_release(v_5);
  gt_release(v_7);
  gt_release(v_8);
  gt_release(v_10);
  gt_release(v_11);
  gt_release(v_14);
  gt_release(v_15);
  gt_release(v_20);
  gt_release(v_25);
  gt_release(v_26);
  gt_release(v_30);
  gt_release(v_172);
  gt_release(v_173);
  gt_release(v_174);
  gt_release(v_175);
  gt_release(v_176);
  gt_release(d_z_191);
  gt_release(v_194);
  gt_release(v_195);
  gt_release(v_196);
  gt_release(v_197);
  gt_release(v_198);
  gt_release(d_z_213);
  gt_release(v_216);
  gt_release(v_217);
  gt_release(v_218);
  gt_release(v_219);
  gt_release(v_220);
  gt_release(d_z_235);
  gt_release(v_238);
  gt_release(v_239);
  gt_release(v_240);
  gt_release(v_241);
  gt_release(v_242);
  gt_release(d_z_257);
  gt_release(v_260);
  gt_release(v_261);
  gt_release(v_262);
  gt_release(v_263);
  gt_release(v_264);
  gt_release(d_z_279);
  gt_release(v_282);
  gt_release(v_283);
  gt_release(v_284);
  gt_release(v_285);
  gt_release(v_286);
  gt_release(d_z_301);
  gt_release(v_304);
  gt_release(v_305);
  gt_release(d_h_306);
  gt_release(v_307);
  gt_release(v_308);
  gt_release(d_z_323);
  gt_release(v_326);
  gt_release(v_329);
  gt_release(v_330);
  gt_release(v_347_0);
  gt_release(v_347_1);
  gt_release(v_347_2);
  gt_release(v_347_3);
  gt_release(v_347_4);
  gt_release(v_347_5);
  gt_release(v_347_6);
  gt_release(v_347_7);
  gt_release(v_347_8);
  gt_release(v_347_9);
  gt_release(v_347_10);
  gt_release(v_347_11);
  gt_release(v_347_12);
  gt_release(v_347_13);
  gt_release(v_347_14);
  gt_release(v_347_15);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/gradient_flow.grad";
  gt_src = gt_program_src;
  gt_src_lines = 81;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
