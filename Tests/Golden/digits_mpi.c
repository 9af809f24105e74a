/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/digits_mpi.grad: Examples/digits.grad's training, data-parallel. Every process holds",
  "// the whole model; each mini-batch of 100 rows is split among the processes, each computes the",
  "// gradient of its share, allreduce_mean averages the gradients (the mean of equal shares' mean",
  "// losses is the whole batch's mean loss, so this is the gradient of one process on the whole",
  "// batch, up to summation order), and every process takes the same Adam step. Rank 0 prints.",
  "//   gradc run Examples/digits_mpi.grad                        one process (the VM)",
  "//   gradc build --mpi Examples/digits_mpi.grad -o digits_mpi",
  "//   mpirun -np 2 ./digits_mpi                                 two processes (Open MPI)",
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
  "fn dloss = grad(loss, wrt: p)",
  "",
  "fn main() {",
  "  let x: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let (train_x, train_y, test_x, test_y) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "",
  "  let batch = 100",
  "  let share = batch / world_size()                  // this process's rows of each batch (1, 2, 4 or 5",
  "                                                    // processes use all 100; 3 use 99)",
  "  let first = rank() * share",
  "  // The same seeds give every process the same start; the broadcast makes sure of it.",
  "  var p = broadcast(MLP(W1: he_normal([64, 64], seed: 1), b1: zeros([64]),",
  "                        W2: glorot_uniform([64, 10], seed: 2), b2: zeros([10])), root: 0)",
  "  var m1 = zeros_like(p)",
  "  var m2 = zeros_like(p)",
  "  let epochs = 20",
  "  var t = 0",
  "  for epoch in 0..<epochs {",
  "    let order = permutation(1500, seed: epoch)      // the same shuffle on every process",
  "    for k in 0..<15 {",
  "      let rows = order[k * batch + first:k * batch + first + share]",
  "      let g = allreduce_mean(dloss(p, take(train_x, rows), take(train_y, rows)))",
  "      t += 1",
  "      let (p2, n1, n2) = adam(p, clip_by_global_norm(g, 5.0), m1, m2, t, cosine_lr(0.01, t, epochs * 15))",
  "      p = p2",
  "      m1 = n1",
  "      m2 = n2",
  "    }",
  "  }",
  "  // Every process ends with the same parameters, bit for bit: their largest difference from",
  "  // rank 0's, over every process, is 0.",
  "  let apart = allreduce_sum(sum(abs(p - broadcast(p, root: 0))))",
  "  print(\"processes\", world_size(), \"steps\", t, \"train loss\", round(loss(p, train_x, train_y), 3))",
  "  print(\"test accuracy:\", round(accuracy(predict(p, test_x), test_y), 2), \"parameters apart:\", apart)",
  "  // expect: processes 1 steps 300 train loss 0.053",
  "  // expect: test accuracy: 0.98 parameters apart: 0.0",
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
static inline double gt_u_abs_f64(double x) { return fabs(x); }
static inline float gt_u_abs_f32(float x) { return fabsf(x); }
static inline int32_t gt_u_abs_i32(int32_t x) { return x < 0 ? (int32_t)(0u - (uint32_t)x) : x; }
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
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *batch_17 = 0, *v_18 = 0, *share_19 = 0, *v_20 = 0, *first_21 = 0, *v_22 = 0, *v_24 = 0, *v_33 = 0, *v_34 = 0, *v_37 = 0, *v_39 = 0, *v_40 = 0, *v_50 = 0, *v_55 = 0, *v_58 = 0, *v_65 = 0, *v_66 = 0, *v_67 = 0, *v_68 = 0, *p_69_0 = 0, *p_69_1 = 0, *p_69_2 = 0, *p_69_3 = 0, *v_71 = 0, *v_73 = 0, *v_75 = 0, *v_77 = 0, *m1_78_0 = 0, *m1_78_1 = 0, *m1_78_2 = 0, *m1_78_3 = 0, *epochs_88 = 0, *t_139 = 0, *p_140_0 = 0, *p_140_1 = 0, *p_140_2 = 0, *p_140_3 = 0, *m1_141_0 = 0, *m1_141_1 = 0, *m1_141_2 = 0, *m1_141_3 = 0, *m2_142_0 = 0, *m2_142_1 = 0, *m2_142_2 = 0, *m2_142_3 = 0, *t_92 = 0, *p_93_0 = 0, *p_93_1 = 0, *p_93_2 = 0, *p_93_3 = 0, *m1_94_0 = 0, *m1_94_1 = 0, *m1_94_2 = 0, *m1_94_3 = 0, *m2_95_0 = 0, *m2_95_1 = 0, *m2_95_2 = 0, *m2_95_3 = 0, *epoch_91 = 0, *order_97 = 0, *v_99 = 0, *t_135 = 0, *p_136_0 = 0, *p_136_1 = 0, *p_136_2 = 0, *p_136_3 = 0, *m1_137_0 = 0, *m1_137_1 = 0, *m1_137_2 = 0, *m1_137_3 = 0, *m2_138_0 = 0, *m2_138_1 = 0, *m2_138_2 = 0, *m2_138_3 = 0, *t_101 = 0, *p_102_0 = 0, *p_102_1 = 0, *p_102_2 = 0, *p_102_3 = 0, *m1_103_0 = 0, *m1_103_1 = 0, *m1_103_2 = 0, *m1_103_3 = 0, *m2_104_0 = 0, *m2_104_1 = 0, *m2_104_2 = 0, *m2_104_3 = 0, *k_100 = 0, *v_105 = 0, *v_106 = 0, *v_109 = 0, *rows_110 = 0, *v_111 = 0, *v_112 = 0, *v_113_0 = 0, *v_113_1 = 0, *v_113_2 = 0, *v_113_3 = 0, *v_114 = 0, *v_115 = 0, *v_116 = 0, *v_117 = 0, *v_118 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *v_124 = 0, *v_208 = 0, *v_210 = 0, *v_213 = 0, *v_216 = 0, *v_222 = 0, *v_246 = 0, *v_250 = 0, *v_251 = 0, *v_252 = 0, *v_253 = 0, *v_255 = 0, *v_257 = 0, *v_259 = 0, *v_261 = 0, *v_281 = 0, *v_284 = 0, *v_287 = 0, *v_290 = 0, *m2_291_0 = 0, *m2_291_1 = 0, *m2_291_2 = 0, *m2_291_3 = 0, *v_298 = 0, *v_300 = 0, *v_302 = 0, *v_304 = 0, *v_333 = 0, *v_336 = 0, *v_339 = 0, *v_342 = 0, *v2_343_0 = 0, *v2_343_1 = 0, *v2_343_2 = 0, *v2_343_3 = 0, *v_347 = 0, *v_366 = 0, *v_435 = 0, *v_438 = 0, *v_441 = 0, *v_444 = 0, *v_445_0 = 0, *v_445_1 = 0, *v_445_2 = 0, *v_445_3 = 0, *v_144 = 0, *v_145 = 0, *v_146 = 0, *v_147 = 0, *v_148 = 0, *v_149 = 0, *v_150 = 0, *v_151 = 0, *v_179 = 0, *v_180 = 0, *v_182 = 0, *v_184 = 0, *v_185 = 0, *apart_186 = 0, *v_187 = 0, *v_448 = 0, *v_451 = 0, *v_453 = 0, *v_455 = 0, *v_456 = 0, *v_459 = 0, *v_461 = 0, *v_463 = 0, *v_192 = 0, *v_465 = 0, *v_468 = 0, *v_470 = 0, *v_472 = 0, *v_194 = 0, *v_195 = 0, *v_197 = 0, *v_201 = 0;
  (void)out;
  gt_line = 23; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 24; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 25; gt_col = 47;
  v_2 = gt_scalar(I32, 0);
  gt_line = 25; gt_col = 49;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 25; gt_col = 45;
  { /* fused: index */
    gt_line = 25; gt_col = 45;
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
  gt_line = 25; gt_col = 56;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 25; gt_col = 67;
  T vh_9;
  { /* a view, read in place by @ */
    gt_line = 25; gt_col = 67;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_9 = gt_view(&vh_9, x_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 25; gt_col = 77;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 27; gt_col = 15;
  batch_17 = gt_scalar(I32, 100);
  gt_line = 28; gt_col = 23;
  v_18 = gt_scalar(I32, gt_world_size());
  gt_line = 28; gt_col = 15;
  share_19 = gt_binary(B_DIV, batch_17, v_18);
  gt_release(v_18); v_18 = 0;
  gt_line = 30; gt_col = 15;
  v_20 = gt_scalar(I32, gt_rank());
  first_21 = gt_binary(B_MUL, v_20, share_19);
  gt_release(v_20); v_20 = 0;
  gt_line = 32; gt_col = 40;
  v_22 = gt_scalar(I32, 64);
  gt_line = 32; gt_col = 55;
  v_24 = gt_scalar(I32, 1);
  gt_line = 32; gt_col = 29;
  v_33 = gt_random(1, F32, gt_seed(v_24), 2, (int64_t[]){gt_int(v_22), gt_int(v_22)});
  { /* fused: mul */
    const float *restrict p1 = (const float *)v_33->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 64});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 4096; i++) {
      const float e2 = p1[i] * ((float)0.1767766922712326);
      z[i] = e2;
    }
    v_34 = r;
  }
  gt_release(v_33); v_33 = 0;
  gt_line = 32; gt_col = 70;
  v_37 = gt_const(F32, 1, (int64_t[]){64}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 33; gt_col = 49;
  v_39 = gt_scalar(I32, 10);
  gt_line = 33; gt_col = 60;
  v_40 = gt_scalar(I32, 2);
  gt_line = 33; gt_col = 29;
  v_50 = gt_random(0, F32, gt_seed(v_40), 2, (int64_t[]){gt_int(v_22), gt_int(v_39)});
  gt_release(v_22); v_22 = 0;
  gt_release(v_40); v_40 = 0;
  { /* fused: mul, sub, mul */
    const float *restrict p1 = (const float *)v_50->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){64, 10});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 640; i++) {
      const float e2 = p1[i] * ((float)2);
      const float e3 = e2 - ((float)1);
      const float e4 = e3 * ((float)0.28474739193916321);
      z[i] = e4;
    }
    v_55 = r;
  }
  gt_release(v_50); v_50 = 0;
  gt_line = 33; gt_col = 75;
  v_58 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 32; gt_col = 11;
  { T *t1[4]; gt_collective(2, 4, (T *const []){v_34, v_37, v_55, v_58}, t1, gt_int(v_2)); v_65 = t1[0]; v_66 = t1[1]; v_67 = t1[2]; v_68 = t1[3]; }
  gt_release(v_34); v_34 = 0;
  gt_release(v_37); v_37 = 0;
  gt_release(v_55); v_55 = 0;
  gt_release(v_58); v_58 = 0;
  p_69_0 = gt_retain(v_65);
  p_69_1 = gt_retain(v_66);
  p_69_2 = gt_retain(v_67);
  p_69_3 = gt_retain(v_68);
  gt_line = 34; gt_col = 12;
  v_71 = gt_fill(v_65->dt, 0, v_65->rank, v_65->shape);
  gt_release(v_65); v_65 = 0;
  v_73 = gt_fill(v_66->dt, 0, v_66->rank, v_66->shape);
  gt_release(v_66); v_66 = 0;
  v_75 = gt_fill(v_67->dt, 0, v_67->rank, v_67->shape);
  gt_release(v_67); v_67 = 0;
  v_77 = gt_fill(v_68->dt, 0, v_68->rank, v_68->shape);
  gt_release(v_68); v_68 = 0;
  m1_78_0 = gt_retain(v_71);
  m1_78_1 = gt_retain(v_73);
  m1_78_2 = gt_retain(v_75);
  m1_78_3 = gt_retain(v_77);
  gt_release(v_71); v_71 = 0;
  gt_release(v_73); v_73 = 0;
  gt_release(v_75); v_75 = 0;
  gt_release(v_77); v_77 = 0;
  gt_line = 36; gt_col = 16;
  epochs_88 = gt_scalar(I32, 20);
  gt_line = 38; gt_col = 3;
  t_92 = gt_retain(v_2);
  p_93_0 = p_69_0; p_69_0 = 0;
  p_93_1 = p_69_1; p_69_1 = 0;
  p_93_2 = p_69_2; p_69_2 = 0;
  p_93_3 = p_69_3; p_69_3 = 0;
  m1_94_0 = gt_retain(m1_78_0);
  m1_94_1 = gt_retain(m1_78_1);
  m1_94_2 = gt_retain(m1_78_2);
  m1_94_3 = gt_retain(m1_78_3);
  m2_95_0 = gt_retain(m1_78_0);
  m2_95_1 = gt_retain(m1_78_1);
  m2_95_2 = gt_retain(m1_78_2);
  m2_95_3 = gt_retain(m1_78_3);
  for (int64_t t2 = gt_int(v_2), t2_end = gt_int(epochs_88); t2 < t2_end; t2++) {
    epoch_91 = gt_scalar(I32, (double)t2);
    gt_line = 39; gt_col = 17;
    order_97 = gt_permutation(gt_seed(epoch_91), gt_int(v_3));
    gt_line = 40; gt_col = 18;
    v_99 = gt_scalar(I32, 15);
    gt_line = 40; gt_col = 5;
    t_101 = t_92; t_92 = 0;
    p_102_0 = p_93_0; p_93_0 = 0;
    p_102_1 = p_93_1; p_93_1 = 0;
    p_102_2 = p_93_2; p_93_2 = 0;
    p_102_3 = p_93_3; p_93_3 = 0;
    m1_103_0 = m1_94_0; m1_94_0 = 0;
    m1_103_1 = m1_94_1; m1_94_1 = 0;
    m1_103_2 = m1_94_2; m1_94_2 = 0;
    m1_103_3 = m1_94_3; m1_94_3 = 0;
    m2_104_0 = m2_95_0; m2_95_0 = 0;
    m2_104_1 = m2_95_1; m2_95_1 = 0;
    m2_104_2 = m2_95_2; m2_95_2 = 0;
    m2_104_3 = m2_95_3; m2_95_3 = 0;
    for (int64_t t3 = gt_int(v_2), t3_end = gt_int(v_99); t3 < t3_end; t3++) {
      k_100 = gt_scalar(I32, (double)t3);
      gt_line = 41; gt_col = 24;
      v_105 = gt_binary(B_MUL, k_100, batch_17);
      v_106 = gt_binary(B_ADD, v_105, first_21);
      gt_release(v_105); v_105 = 0;
      gt_line = 41; gt_col = 42;
      v_109 = gt_binary(B_ADD, v_106, share_19);
      gt_line = 41; gt_col = 18;
      rows_110 = gt_index(order_97, 1, (gt_spec[]){{1, 1, 1, gt_int(v_106), gt_int(v_109), 1}});
      gt_release(v_106); v_106 = 0;
      gt_release(v_109); v_109 = 0;
      gt_line = 42; gt_col = 39;
      v_111 = gt_take(v_4, rows_110);
      gt_line = 42; gt_col = 60;
      v_112 = gt_take(v_7, rows_110);
      gt_release(rows_110); rows_110 = 0;
      { T *t4[4] = {0}; f_dloss(t4, p_102_0, p_102_1, p_102_2, p_102_3, v_111, v_112); v_113_0 = t4[0]; v_113_1 = t4[1]; v_113_2 = t4[2]; v_113_3 = t4[3]; }
      gt_release(v_111); v_111 = 0;
      gt_release(v_112); v_112 = 0;
      gt_line = 42; gt_col = 60;
      v_114 = gt_retain(v_113_0);
      v_115 = gt_retain(v_113_1);
      v_116 = gt_retain(v_113_2);
      v_117 = gt_retain(v_113_3);
      gt_release(v_113_0); v_113_0 = 0;
      gt_release(v_113_1); v_113_1 = 0;
      gt_release(v_113_2); v_113_2 = 0;
      gt_release(v_113_3); v_113_3 = 0;
      gt_line = 42; gt_col = 15;
      { T *t5[4]; gt_collective(1, 4, (T *const []){v_114, v_115, v_116, v_117}, t5, 0); v_118 = t5[0]; v_119 = t5[1]; v_120 = t5[2]; v_121 = t5[3]; }
      gt_release(v_114); v_114 = 0;
      gt_release(v_115); v_115 = 0;
      gt_release(v_116); v_116 = 0;
      gt_release(v_117); v_117 = 0;
      gt_line = 43; gt_col = 7;
      v_124 = gt_binary(B_ADD, t_101, v_24);
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_118->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 4096; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_208 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_119->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 64; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_210 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_120->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 640; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_213 = r;
      }
      gt_line = 53; gt_col = 44;
      { /* fused: mul, sum */
        const float *restrict p1 = (const float *)v_121->p;
        T *r = gt_new_raw(F32, 0, (int64_t[]){0});
        float *restrict z = (float *)r->p;
        double acc = 0;
        GT_SIMD_SUM
        for (int64_t i = 0; i < 10; i++) {
          const float e2 = p1[i] * p1[i];
          acc += e2;
        }
        z[0] = (float)(acc);
        v_216 = r;
      }
      gt_line = 53; gt_col = 28;
      { /* fused: add, add, add, sqrt, convert.f64, add, div */
        const float *restrict p1 = (const float *)v_208->p;
        const float p1v = p1[0];
        const float *restrict p2 = (const float *)v_210->p;
        const float p2v = p2[0];
        const float *restrict p4 = (const float *)v_213->p;
        const float p4v = p4[0];
        const float *restrict p6 = (const float *)v_216->p;
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
        v_222 = r;
      }
      gt_release(v_208); v_208 = 0;
      gt_release(v_210); v_210 = 0;
      gt_release(v_213); v_213 = 0;
      gt_release(v_216); v_216 = 0;
      gt_line = 71; gt_col = 30;
      { /* fused: convert.f64, mul, div, cos */
        const int32_t *restrict p1 = (const int32_t *)v_124->p;
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
        v_246 = r;
      }
      gt_line = 36; gt_col = 31;
      v_250 = gt_retain(p_102_0);
      v_251 = gt_retain(p_102_1);
      v_252 = gt_retain(p_102_2);
      v_253 = gt_retain(p_102_3);
      v_255 = gt_retain(m1_103_0);
      gt_line = 36; gt_col = 12;
      v_257 = gt_retain(m1_103_1);
      v_259 = gt_retain(m1_103_2);
      v_261 = gt_retain(m1_103_3);
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_255->p;
        const float *restrict p3 = (const float *)v_118->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_281 = r;
      }
      gt_release(v_255); v_255 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_257->p;
        const float *restrict p3 = (const float *)v_119->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_284 = r;
      }
      gt_release(v_257); v_257 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_259->p;
        const float *restrict p3 = (const float *)v_120->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_287 = r;
      }
      gt_release(v_259); v_259 = 0;
      gt_line = 36; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, mul, add */
        const float *restrict p1 = (const float *)v_261->p;
        const float *restrict p3 = (const float *)v_121->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_290 = r;
      }
      gt_release(v_261); v_261 = 0;
      gt_line = 36; gt_col = 12;
      m2_291_0 = gt_retain(v_281);
      m2_291_1 = gt_retain(v_284);
      m2_291_2 = gt_retain(v_287);
      m2_291_3 = gt_retain(v_290);
      gt_line = 37; gt_col = 33;
      v_298 = gt_retain(m2_104_0);
      gt_line = 37; gt_col = 12;
      v_300 = gt_retain(m2_104_1);
      v_302 = gt_retain(m2_104_2);
      v_304 = gt_retain(m2_104_3);
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_298->p;
        const float *restrict p3 = (const float *)v_118->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_333 = r;
      }
      gt_release(v_118); v_118 = 0;
      gt_release(v_298); v_298 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_300->p;
        const float *restrict p3 = (const float *)v_119->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_336 = r;
      }
      gt_release(v_119); v_119 = 0;
      gt_release(v_300); v_300 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_302->p;
        const float *restrict p3 = (const float *)v_120->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_339 = r;
      }
      gt_release(v_120); v_120 = 0;
      gt_release(v_302); v_302 = 0;
      gt_line = 37; gt_col = 12;
      { /* fused: mul, minimum, convert.f32, mul, square, mul, add */
        const float *restrict p1 = (const float *)v_304->p;
        const float *restrict p3 = (const float *)v_121->p;
        const double *restrict p4 = (const double *)v_222->p;
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
        v_342 = r;
      }
      gt_release(v_121); v_121 = 0;
      gt_release(v_222); v_222 = 0;
      gt_release(v_304); v_304 = 0;
      gt_line = 37; gt_col = 12;
      v2_343_0 = gt_retain(v_333);
      v2_343_1 = gt_retain(v_336);
      v2_343_2 = gt_retain(v_339);
      v2_343_3 = gt_retain(v_342);
      gt_line = 38; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_124->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.90000000000000002, e2);
          z[i] = e3;
        }
        v_347 = r;
      }
      gt_line = 39; gt_col = 35;
      { /* fused: convert.f64, pow */
        const int32_t *restrict p1 = (const int32_t *)v_124->p;
        const int32_t p1v = p1[0];
        T *r = gt_new_raw(F64, 0, (int64_t[]){0});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 1; i++) {
          const double e2 = (double)p1v;
          const double e3 = pow(0.999, e2);
          z[i] = e3;
        }
        v_366 = r;
      }
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_250->p;
        const double *restrict p2 = (const double *)v_246->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_281->p;
        const double *restrict p7 = (const double *)v_347->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_333->p;
        const double *restrict p13 = (const double *)v_366->p;
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
        v_435 = r;
      }
      gt_release(v_250); v_250 = 0;
      gt_release(v_281); v_281 = 0;
      gt_release(v_333); v_333 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_251->p;
        const double *restrict p2 = (const double *)v_246->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_284->p;
        const double *restrict p7 = (const double *)v_347->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_336->p;
        const double *restrict p13 = (const double *)v_366->p;
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
        v_438 = r;
      }
      gt_release(v_251); v_251 = 0;
      gt_release(v_284); v_284 = 0;
      gt_release(v_336); v_336 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_252->p;
        const double *restrict p2 = (const double *)v_246->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_287->p;
        const double *restrict p7 = (const double *)v_347->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_339->p;
        const double *restrict p13 = (const double *)v_366->p;
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
        v_441 = r;
      }
      gt_release(v_252); v_252 = 0;
      gt_release(v_287); v_287 = 0;
      gt_release(v_339); v_339 = 0;
      gt_line = 40; gt_col = 11;
      { /* fused: add, mul, convert.f32, sub, convert.f32, div, mul, sub, convert.f32, div, sqrt, add, div, sub */
        const float *restrict p1 = (const float *)v_253->p;
        const double *restrict p2 = (const double *)v_246->p;
        const double p2v = p2[0];
        const float *restrict p6 = (const float *)v_290->p;
        const double *restrict p7 = (const double *)v_347->p;
        const double p7v = p7[0];
        const float *restrict p12 = (const float *)v_342->p;
        const double *restrict p13 = (const double *)v_366->p;
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
        v_444 = r;
      }
      gt_release(v_246); v_246 = 0;
      gt_release(v_253); v_253 = 0;
      gt_release(v_290); v_290 = 0;
      gt_release(v_342); v_342 = 0;
      gt_release(v_347); v_347 = 0;
      gt_release(v_366); v_366 = 0;
      gt_line = 40; gt_col = 11;
      v_445_0 = gt_retain(v_435);
      v_445_1 = gt_retain(v_438);
      v_445_2 = gt_retain(v_441);
      v_445_3 = gt_retain(v_444);
      gt_release(v_435); v_435 = 0;
      gt_release(v_438); v_438 = 0;
      gt_release(v_441); v_441 = 0;
      gt_release(v_444); v_444 = 0;
      T *t6 = gt_retain(v_124);
      T *t7 = gt_retain(v_445_0);
      T *t8 = gt_retain(v_445_1);
      T *t9 = gt_retain(v_445_2);
      T *t10 = gt_retain(v_445_3);
      T *t11 = gt_retain(m2_291_0);
      T *t12 = gt_retain(m2_291_1);
      T *t13 = gt_retain(m2_291_2);
      T *t14 = gt_retain(m2_291_3);
      T *t15 = gt_retain(v2_343_0);
      T *t16 = gt_retain(v2_343_1);
      T *t17 = gt_retain(v2_343_2);
      T *t18 = gt_retain(v2_343_3);
      gt_release(t_101);
      gt_release(p_102_0);
      gt_release(p_102_1);
      gt_release(p_102_2);
      gt_release(p_102_3);
      gt_release(m1_103_0);
      gt_release(m1_103_1);
      gt_release(m1_103_2);
      gt_release(m1_103_3);
      gt_release(m2_104_0);
      gt_release(m2_104_1);
      gt_release(m2_104_2);
      gt_release(m2_104_3);
      t_101 = t6;
      p_102_0 = t7;
      p_102_1 = t8;
      p_102_2 = t9;
      p_102_3 = t10;
      m1_103_0 = t11;
      m1_103_1 = t12;
      m1_103_2 = t13;
      m1_103_3 = t14;
      m2_104_0 = t15;
      m2_104_1 = t16;
      m2_104_2 = t17;
      m2_104_3 = t18;
      gt_release(v_124); v_124 = 0;
      gt_release(m2_291_0); m2_291_0 = 0;
      gt_release(m2_291_1); m2_291_1 = 0;
      gt_release(m2_291_2); m2_291_2 = 0;
      gt_release(m2_291_3); m2_291_3 = 0;
      gt_release(v2_343_0); v2_343_0 = 0;
      gt_release(v2_343_1); v2_343_1 = 0;
      gt_release(v2_343_2); v2_343_2 = 0;
      gt_release(v2_343_3); v2_343_3 = 0;
      gt_release(v_445_0); v_445_0 = 0;
      gt_release(v_445_1); v_445_1 = 0;
      gt_release(v_445_2); v_445_2 = 0;
      gt_release(v_445_3); v_445_3 = 0;
      gt_release(k_100); k_100 = 0;
    }
    t_135 = t_101; t_101 = 0;
    p_136_0 = p_102_0; p_102_0 = 0;
    p_136_1 = p_102_1; p_102_1 = 0;
    p_136_2 = p_102_2; p_102_2 = 0;
    p_136_3 = p_102_3; p_102_3 = 0;
    m1_137_0 = m1_103_0; m1_103_0 = 0;
    m1_137_1 = m1_103_1; m1_103_1 = 0;
    m1_137_2 = m1_103_2; m1_103_2 = 0;
    m1_137_3 = m1_103_3; m1_103_3 = 0;
    m2_138_0 = m2_104_0; m2_104_0 = 0;
    m2_138_1 = m2_104_1; m2_104_1 = 0;
    m2_138_2 = m2_104_2; m2_104_2 = 0;
    m2_138_3 = m2_104_3; m2_104_3 = 0;
    gt_release(order_97); order_97 = 0;
    gt_release(v_99); v_99 = 0;
    T *t19 = gt_retain(t_135);
    T *t20 = gt_retain(p_136_0);
    T *t21 = gt_retain(p_136_1);
    T *t22 = gt_retain(p_136_2);
    T *t23 = gt_retain(p_136_3);
    T *t24 = gt_retain(m1_137_0);
    T *t25 = gt_retain(m1_137_1);
    T *t26 = gt_retain(m1_137_2);
    T *t27 = gt_retain(m1_137_3);
    T *t28 = gt_retain(m2_138_0);
    T *t29 = gt_retain(m2_138_1);
    T *t30 = gt_retain(m2_138_2);
    T *t31 = gt_retain(m2_138_3);
    gt_release(t_92);
    gt_release(p_93_0);
    gt_release(p_93_1);
    gt_release(p_93_2);
    gt_release(p_93_3);
    gt_release(m1_94_0);
    gt_release(m1_94_1);
    gt_release(m1_94_2);
    gt_release(m1_94_3);
    gt_release(m2_95_0);
    gt_release(m2_95_1);
    gt_release(m2_95_2);
    gt_release(m2_95_3);
    t_92 = t19;
    p_93_0 = t20;
    p_93_1 = t21;
    p_93_2 = t22;
    p_93_3 = t23;
    m1_94_0 = t24;
    m1_94_1 = t25;
    m1_94_2 = t26;
    m1_94_3 = t27;
    m2_95_0 = t28;
    m2_95_1 = t29;
    m2_95_2 = t30;
    m2_95_3 = t31;
    gt_release(t_135); t_135 = 0;
    gt_release(p_136_0); p_136_0 = 0;
    gt_release(p_136_1); p_136_1 = 0;
    gt_release(p_136_2); p_136_2 = 0;
    gt_release(p_136_3); p_136_3 = 0;
    gt_release(m1_137_0); m1_137_0 = 0;
    gt_release(m1_137_1); m1_137_1 = 0;
    gt_release(m1_137_2); m1_137_2 = 0;
    gt_release(m1_137_3); m1_137_3 = 0;
    gt_release(m2_138_0); m2_138_0 = 0;
    gt_release(m2_138_1); m2_138_1 = 0;
    gt_release(m2_138_2); m2_138_2 = 0;
    gt_release(m2_138_3); m2_138_3 = 0;
    gt_release(epoch_91); epoch_91 = 0;
  }
  t_139 = t_92; t_92 = 0;
  p_140_0 = p_93_0; p_93_0 = 0;
  p_140_1 = p_93_1; p_93_1 = 0;
  p_140_2 = p_93_2; p_93_2 = 0;
  p_140_3 = p_93_3; p_93_3 = 0;
  m1_141_0 = m1_94_0; m1_94_0 = 0;
  m1_141_1 = m1_94_1; m1_94_1 = 0;
  m1_141_2 = m1_94_2; m1_94_2 = 0;
  m1_141_3 = m1_94_3; m1_94_3 = 0;
  m2_142_0 = m2_95_0; m2_95_0 = 0;
  m2_142_1 = m2_95_1; m2_95_1 = 0;
  m2_142_2 = m2_95_2; m2_95_2 = 0;
  m2_142_3 = m2_95_3; m2_95_3 = 0;
  gt_release(batch_17); batch_17 = 0;
  gt_release(share_19); share_19 = 0;
  gt_release(first_21); first_21 = 0;
  gt_release(v_24); v_24 = 0;
  gt_release(p_69_0); p_69_0 = 0;
  gt_release(p_69_1); p_69_1 = 0;
  gt_release(p_69_2); p_69_2 = 0;
  gt_release(p_69_3); p_69_3 = 0;
  gt_release(m1_78_0); m1_78_0 = 0;
  gt_release(m1_78_1); m1_78_1 = 0;
  gt_release(m1_78_2); m1_78_2 = 0;
  gt_release(m1_78_3); m1_78_3 = 0;
  gt_release(epochs_88); epochs_88 = 0;
  gt_release(m1_141_0); m1_141_0 = 0;
  gt_release(m1_141_1); m1_141_1 = 0;
  gt_release(m1_141_2); m1_141_2 = 0;
  gt_release(m1_141_3); m1_141_3 = 0;
  gt_release(m2_142_0); m2_142_0 = 0;
  gt_release(m2_142_1); m2_142_1 = 0;
  gt_release(m2_142_2); m2_142_2 = 0;
  gt_release(m2_142_3); m2_142_3 = 0;
  gt_line = 52; gt_col = 60;
  v_144 = gt_retain(p_140_0);
  v_145 = gt_retain(p_140_1);
  v_146 = gt_retain(p_140_2);
  v_147 = gt_retain(p_140_3);
  gt_release(p_140_0); p_140_0 = 0;
  gt_release(p_140_1); p_140_1 = 0;
  gt_release(p_140_2); p_140_2 = 0;
  gt_release(p_140_3); p_140_3 = 0;
  gt_line = 52; gt_col = 41;
  { T *t32[4]; gt_collective(2, 4, (T *const []){v_144, v_145, v_146, v_147}, t32, gt_int(v_2)); v_148 = t32[0]; v_149 = t32[1]; v_150 = t32[2]; v_151 = t32[3]; }
  gt_release(v_2); v_2 = 0;
  gt_line = 52; gt_col = 29;
  { /* fused: sub, abs, sum */
    const float *restrict p1 = (const float *)v_144->p;
    const float *restrict p2 = (const float *)v_148->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 4096; i++) {
      const float e3 = p1[i] - p2[i];
      const float e4 = fabsf(e3);
      acc += e4;
    }
    z[0] = (float)(acc);
    v_179 = r;
  }
  gt_release(v_148); v_148 = 0;
  gt_line = 52; gt_col = 29;
  { /* fused: sub, abs, sum */
    const float *restrict p1 = (const float *)v_145->p;
    const float *restrict p2 = (const float *)v_149->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 64; i++) {
      const float e3 = p1[i] - p2[i];
      const float e4 = fabsf(e3);
      acc += e4;
    }
    z[0] = (float)(acc);
    v_180 = r;
  }
  gt_release(v_149); v_149 = 0;
  gt_line = 52; gt_col = 29;
  { /* fused: sub, abs, sum */
    const float *restrict p1 = (const float *)v_146->p;
    const float *restrict p2 = (const float *)v_150->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 640; i++) {
      const float e3 = p1[i] - p2[i];
      const float e4 = fabsf(e3);
      acc += e4;
    }
    z[0] = (float)(acc);
    v_182 = r;
  }
  gt_release(v_150); v_150 = 0;
  gt_line = 52; gt_col = 29;
  { /* fused: sub, abs, sum */
    const float *restrict p1 = (const float *)v_147->p;
    const float *restrict p2 = (const float *)v_151->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 10; i++) {
      const float e3 = p1[i] - p2[i];
      const float e4 = fabsf(e3);
      acc += e4;
    }
    z[0] = (float)(acc);
    v_184 = r;
  }
  gt_release(v_151); v_151 = 0;
  gt_line = 52; gt_col = 29;
  { /* fused: add, add, add */
    const float *restrict p1 = (const float *)v_179->p;
    const float p1v = p1[0];
    const float *restrict p2 = (const float *)v_180->p;
    const float p2v = p2[0];
    const float *restrict p4 = (const float *)v_182->p;
    const float p4v = p4[0];
    const float *restrict p6 = (const float *)v_184->p;
    const float p6v = p6[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e3 = p1v + p2v;
      const float e5 = e3 + p4v;
      const float e7 = e5 + p6v;
      z[i] = e7;
    }
    v_185 = r;
  }
  gt_release(v_179); v_179 = 0;
  gt_release(v_180); v_180 = 0;
  gt_release(v_182); v_182 = 0;
  gt_release(v_184); v_184 = 0;
  gt_line = 52; gt_col = 15;
  { T *t33[1]; gt_collective(0, 1, (T *const []){v_185}, t33, 0); apart_186 = t33[0]; }
  gt_release(v_185); v_185 = 0;
  gt_line = 53; gt_col = 22;
  v_187 = gt_scalar(I32, gt_world_size());
  gt_line = 13; gt_col = 15;
  v_448 = gt_matmul(v_4, v_144);
  gt_release(v_4); v_4 = 0;
  gt_line = 13; gt_col = 10;
  { /* fused: add, relu */
    const float *restrict p1 = (const float *)v_448->p;
    const float *restrict p2 = (const float *)v_145->p;
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
    v_451 = r;
  }
  gt_release(v_448); v_448 = 0;
  gt_line = 13; gt_col = 10;
  v_453 = gt_matmul(v_451, v_146);
  gt_release(v_451); v_451 = 0;
  { /* fused: add */
    const float *restrict p1 = (const float *)v_453->p;
    const float *restrict p2 = (const float *)v_147->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = p1[i] + p2[j];
        z[i] = e3;
      }
    }
    v_455 = r;
  }
  gt_release(v_453); v_453 = 0;
  gt_line = 17; gt_col = 15;
  v_456 = gt_reduce(R_LSE, v_455, 1, -1, 1);
  v_459 = gt_one_hot(v_7, gt_int(v_39), F32);
  gt_release(v_7); v_7 = 0;
  gt_release(v_39); v_39 = 0;
  { /* fused: sub, mul, sum */
    const float *restrict p1 = (const float *)v_455->p;
    const float *restrict p2 = (const float *)v_456->p;
    const float *restrict p4 = (const float *)v_459->p;
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
    v_461 = r;
  }
  gt_release(v_455); v_455 = 0;
  gt_release(v_456); v_456 = 0;
  gt_release(v_459); v_459 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: neg, mean */
    const float *restrict p1 = (const float *)v_461->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      const float e2 = -p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)1500);
    v_463 = r;
  }
  gt_release(v_461); v_461 = 0;
  gt_line = 53; gt_col = 62;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_463->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)1000);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)1000);
      z[i] = e4;
    }
    v_192 = r;
  }
  gt_release(v_463); v_463 = 0;
  gt_line = 53; gt_col = 62;
  gt_print_text("processes", 1);
  gt_print_tensor(v_187, 0);
  gt_print_text("steps", 0);
  gt_print_tensor(t_139, 0);
  gt_print_text("train loss", 0);
  gt_print_tensor(v_192, 0);
  fputc('\n', stdout);
  gt_release(t_139); t_139 = 0;
  gt_release(v_187); v_187 = 0;
  gt_release(v_192); v_192 = 0;
  gt_line = 13; gt_col = 15;
  v_465 = gt_matmul(v_9, v_144);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_144); v_144 = 0;
  gt_line = 13; gt_col = 10;
  { /* fused: add, relu */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_465->p;
    const float *restrict p2 = (const float *)v_145->p;
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
    v_468 = r;
  }
  gt_release(v_145); v_145 = 0;
  gt_release(v_465); v_465 = 0;
  gt_line = 13; gt_col = 10;
  v_470 = gt_matmul(v_468, v_146);
  gt_release(v_146); v_146 = 0;
  gt_release(v_468); v_468 = 0;
  { /* fused: add */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const float *restrict p1 = (const float *)v_470->p;
    const float *restrict p2 = (const float *)v_147->p;
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
    v_472 = r;
  }
  gt_release(v_147); v_147 = 0;
  gt_release(v_470); v_470 = 0;
  gt_line = 54; gt_col = 33;
  v_194 = gt_argmax(v_472, -1);
  gt_release(v_472); v_472 = 0;
  v_195 = gt_binary(B_EQ, v_194, v_11);
  gt_release(v_11); v_11 = 0;
  gt_release(v_194); v_194 = 0;
  { /* fused: convert.f32, mean */
    if (sz[0] < 0) gt_fail("size 'm' is used before any value gives it");
    const uint8_t *restrict p1 = (const uint8_t *)v_195->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      const float e2 = (float)p1[i];
      acc += e2;
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_197 = r;
  }
  gt_release(v_195); v_195 = 0;
  gt_line = 54; gt_col = 27;
  { /* fused: mul, round, div */
    const float *restrict p1 = (const float *)v_197->p;
    const float p1v = p1[0];
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const float e2 = p1v * ((float)100);
      const float e3 = nearbyintf(e2);
      const float e4 = e3 / ((float)100);
      z[i] = e4;
    }
    v_201 = r;
  }
  gt_release(v_197); v_197 = 0;
  gt_line = 54; gt_col = 96;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_201, 0);
  gt_print_text("parameters apart:", 0);
  gt_print_tensor(apart_186, 0);
  fputc('\n', stdout);
  gt_release(apart_186); apart_186 = 0;
  gt_release(v_201); v_201 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(batch_17);
  gt_release(v_18);
  gt_release(share_19);
  gt_release(v_20);
  gt_release(first_21);
  gt_release(v_22);
  gt_release(v_24);
  gt_release(v_33);
  gt_release(v_34);
  gt_release(v_37);
  gt_release(v_39);
  gt_release(v_40);
  gt_release(v_50);
  gt_release(v_55);
  gt_release(v_58);
  gt_release(v_65);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(p_69_0);
  gt_release(p_69_1);
  gt_release(p_69_2);
  gt_release(p_69_3);
  gt_release(v_71);
  gt_release(v_73);
  gt_release(v_75);
  gt_release(v_77);
  gt_release(m1_78_0);
  gt_release(m1_78_1);
  gt_release(m1_78_2);
  gt_release(m1_78_3);
  gt_release(epochs_88);
  gt_release(t_139);
  gt_release(p_140_0);
  gt_release(p_140_1);
  gt_release(p_140_2);
  gt_release(p_140_3);
  gt_release(m1_141_0);
  gt_release(m1_141_1);
  gt_release(m1_141_2);
  gt_release(m1_141_3);
  gt_release(m2_142_0);
  gt_release(m2_142_1);
  gt_release(m2_142_2);
  gt_release(m2_142_3);
  gt_release(t_92);
  gt_release(p_93_0);
  gt_release(p_93_1);
  gt_release(p_93_2);
  gt_release(p_93_3);
  gt_release(m1_94_0);
  gt_release(m1_94_1);
  gt_release(m1_94_2);
  gt_release(m1_94_3);
  gt_release(m2_95_0);
  gt_release(m2_95_1);
  gt_release(m2_95_2);
  gt_release(m2_95_3);
  gt_release(epoch_91);
  gt_release(order_97);
  gt_release(v_99);
  gt_release(t_135);
  gt_release(p_136_0);
  gt_release(p_136_1);
  gt_release(p_136_2);
  gt_release(p_136_3);
  gt_release(m1_137_0);
  gt_release(m1_137_1);
  gt_release(m1_137_2);
  gt_release(m1_137_3);
  gt_release(m2_138_0);
  gt_release(m2_138_1);
  gt_release(m2_138_2);
  gt_release(m2_138_3);
  gt_release(t_101);
  gt_release(p_102_0);
  gt_release(p_102_1);
  gt_release(p_102_2);
  gt_release(p_102_3);
  gt_release(m1_103_0);
  gt_release(m1_103_1);
  gt_release(m1_103_2);
  gt_release(m1_103_3);
  gt_release(m2_104_0);
  gt_release(m2_104_1);
  gt_release(m2_104_2);
  gt_release(m2_104_3);
  gt_release(k_100);
  gt_release(v_105);
  gt_release(v_106);
  gt_release(v_109);
  gt_release(rows_110);
  gt_release(v_111);
  gt_release(v_112);
  gt_release(v_113_0);
  gt_release(v_113_1);
  gt_release(v_113_2);
  gt_release(v_113_3);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_116);
  gt_release(v_117);
  gt_release(v_118);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(v_124);
  gt_release(v_208);
  gt_release(v_210);
  gt_release(v_213);
  gt_release(v_216);
  gt_release(v_222);
  gt_release(v_246);
  gt_release(v_250);
  gt_release(v_251);
  gt_release(v_252);
  gt_release(v_253);
  gt_release(v_255);
  gt_release(v_257);
  gt_release(v_259);
  gt_release(v_261);
  gt_release(v_281);
  gt_release(v_284);
  gt_release(v_287);
  gt_release(v_290);
  gt_release(m2_291_0);
  gt_release(m2_291_1);
  gt_release(m2_291_2);
  gt_release(m2_291_3);
  gt_release(v_298);
  gt_release(v_300);
  gt_release(v_302);
  gt_release(v_304);
  gt_release(v_333);
  gt_release(v_336);
  gt_release(v_339);
  gt_release(v_342);
  gt_release(v2_343_0);
  gt_release(v2_343_1);
  gt_release(v2_343_2);
  gt_release(v2_343_3);
  gt_release(v_347);
  gt_release(v_366);
  gt_release(v_435);
  gt_release(v_438);
  gt_release(v_441);
  gt_release(v_444);
  gt_release(v_445_0);
  gt_release(v_445_1);
  gt_release(v_445_2);
  gt_release(v_445_3);
  gt_release(v_144);
  gt_release(v_145);
  gt_release(v_146);
  gt_release(v_147);
  gt_release(v_148);
  gt_release(v_149);
  gt_release(v_150);
  gt_release(v_151);
  gt_release(v_179);
  gt_release(v_180);
  gt_release(v_182);
  gt_release(v_184);
  gt_release(v_185);
  gt_release(apart_186);
  gt_release(v_187);
  gt_release(v_448);
  gt_release(v_451);
  gt_release(v_453);
  gt_release(v_455);
  gt_release(v_456);
  gt_release(v_459);
  gt_release(v_461);
  gt_release(v_463);
  gt_release(v_192);
  gt_release(v_465);
  gt_release(v_468);
  gt_release(v_470);
  gt_release(v_472);
  gt_release(v_194);
  gt_release(v_195);
  gt_release(v_197);
  gt_release(v_201);
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
  gt_line = 13; gt_col = 19;
  v_41 = gt_retain(a0_0);
  gt_line = 13; gt_col = 15;
  v_42 = gt_matmul(a1_0, v_41);
  gt_release(v_41); v_41 = 0;
  gt_line = 13; gt_col = 26;
  v_43 = gt_retain(a0_1);
  gt_line = 13; gt_col = 10;
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
  gt_line = 13; gt_col = 34;
  v_46 = gt_retain(a0_2);
  gt_line = 13; gt_col = 10;
  v_47 = gt_matmul(v_45, v_46);
  gt_line = 13; gt_col = 41;
  v_48 = gt_retain(a0_3);
  gt_line = 13; gt_col = 10;
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
  gt_line = 17; gt_col = 15;
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
  gt_line = 17; gt_col = 15;
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
  gt_line = 17; gt_col = 10;
  v_13 = gt_shape_of(v_10);
  v_14 = gt_reduce(R_PROD, v_13, 0, 0, 0);
  gt_release(v_13); v_13 = 0;
  gt_line = 17; gt_col = 15;
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
  gt_line = 17; gt_col = 15;
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
  gt_line = 17; gt_col = 15;
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
  gt_line = 17; gt_col = 15;
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
  gt_line = 13; gt_col = 10;
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
  gt_line = 13; gt_col = 10;
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
  gt_line = 13; gt_col = 15;
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
  gt_line = 13; gt_col = 15;
  v_72 = gt_matmul_t(a1_0, 1, v_67, 0);
  gt_release(v_67); v_67 = 0;
  gt_line = 12; gt_col = 4;
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
  gt_file = "Examples/digits_mpi.grad";
  gt_src = gt_program_src;
  gt_src_lines = 58;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
