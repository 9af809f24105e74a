/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/mlp_manual.grad: a two-layer perceptron on the handwritten digits, trained by",
  "// full-batch gradient descent with backpropagation written out by hand. It is the reference",
  "// that `grad(loss)` must reproduce. Run from the repository's root:",
  "//   gradc run Examples/mlp_manual.grad",
  "",
  "struct MLP {",
  "  W1: f32[64, 32]; b1: f32[32]",
  "  W2: f32[32, 10]; b2: f32[10]",
  "}",
  "",
  "fn predict(p: MLP, x: f32[n, 64]) -> f32[n, 10] {",
  "  let h = relu(x @ p.W1 + p.b1)          // broadcasting add",
  "  return h @ p.W2 + p.b2",
  "}",
  "",
  "fn loss(p: MLP, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(p, x), y))",
  "}",
  "",
  "// The gradient of `loss` with respect to every parameter, by the chain rule.",
  "fn loss_grad(p: MLP, x: f32[n, 64], y: i32[n]) -> MLP {",
  "  let z1 = x @ p.W1 + p.b1",
  "  let h = relu(z1)",
  "  let logits = h @ p.W2 + p.b2",
  "  let d_logits = (softmax(logits, axis: -1) - one_hot(y, 10, dtype: f32)) / f32(n)",
  "  let d_h = d_logits @ p.W2.T",
  "  let d_z1 = where(z1 > 0.0, d_h, 0.0)",
  "  return MLP(W1: x.T @ d_z1, b1: sum(d_z1, axis: 0), W2: h.T @ d_logits, b2: sum(d_logits, axis: 0))",
  "}",
  "",
  "// The fraction of rows whose largest logit is at the label.",
  "fn accuracy(p: MLP, x: f32[n, 64], y: i32[n]) -> f32 {",
  "  let logits = predict(p, x)",
  "  let at_label = sum(logits * one_hot(y, 10, dtype: f32), axis: 1)",
  "  return mean(where(at_label >= max(logits, axis: 1), 1.0, 0.0))",
  "}",
  "",
  "fn main() {",
  "  let x: f32[n, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[n] = load(\"Examples/data/digits_y.npy\")",
  "  let (xtr, ytr, xte, yte) = (x[0:1500], y[0:1500], x[1500:], y[1500:])",
  "  var p = MLP(W1: randn([64, 32], seed: 1) * sqrt(2.0 / 64.0), b1: zeros([32]),",
  "              W2: randn([32, 10], seed: 2) * sqrt(2.0 / 32.0), b2: zeros([10]))",
  "  print(\"initial loss:\", round(loss(p, xtr, ytr), 3))",
  "  // expect: initial loss: 2.511",
  "  for epoch in 0..<300 {",
  "    p = p - 0.5 * loss_grad(p, xtr, ytr)",
  "  }",
  "  print(\"final loss:\", round(loss(p, xtr, ytr), 3))",
  "  print(\"train accuracy:\", round(accuracy(p, xtr, ytr), 2))",
  "  print(\"test accuracy:\", round(accuracy(p, xte, yte), 2))",
  "  // expect: final loss: 0.073",
  "  // expect: train accuracy: 0.99",
  "  // expect: test accuracy: 0.98",
  "  // (An independent NumPy implementation of the same steps gives 2.5106, 0.0730, 0.986, 0.980.)",
  "}",
  ""
};

static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_9 = 0, *v_11 = 0, *v_17 = 0, *v_18 = 0, *v_20 = 0, *v_21 = 0, *v_26 = 0, *v_27 = 0, *v_29 = 0, *v_30 = 0, *v_32 = 0, *v_34 = 0, *v_35 = 0, *v_40 = 0, *v_41 = 0, *v_44 = 0, *p_45_0 = 0, *p_45_1 = 0, *p_45_2 = 0, *p_45_3 = 0, *v_100 = 0, *h_103 = 0, *v_105 = 0, *v_108 = 0, *v_109 = 0, *v_111 = 0, *v_112 = 0, *v_113 = 0, *v_114 = 0, *v_115 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_52 = 0, *p_83_0 = 0, *p_83_1 = 0, *p_83_2 = 0, *p_83_3 = 0, *p_54_0 = 0, *p_54_1 = 0, *p_54_2 = 0, *p_54_3 = 0, *epoch_53 = 0, *v_116 = 0, *v_117 = 0, *v_118 = 0, *z1_119 = 0, *h_120 = 0, *v_121 = 0, *v_122 = 0, *v_123 = 0, *logits_124 = 0, *v_125 = 0, *v_126 = 0, *v_127 = 0, *v_130 = 0, *v_134 = 0, *d_logits_135 = 0, *v_137 = 0, *d_h_138 = 0, *v_141 = 0, *d_z1_144 = 0, *v_145 = 0, *v_146 = 0, *v_147 = 0, *v_148 = 0, *v_149 = 0, *v_150 = 0, *v_58 = 0, *v_59 = 0, *v_62 = 0, *v_65 = 0, *v_68 = 0, *v_72 = 0, *v_75 = 0, *v_78 = 0, *v_81 = 0, *v_82_0 = 0, *v_82_1 = 0, *v_82_2 = 0, *v_82_3 = 0, *v_152 = 0, *v_153 = 0, *v_154 = 0, *v_155 = 0, *h_156 = 0, *v_157 = 0, *v_158 = 0, *v_159 = 0, *v_160 = 0, *v_161 = 0, *v_162 = 0, *v_165 = 0, *v_166 = 0, *v_167 = 0, *v_168 = 0, *v_86 = 0, *v_87 = 0, *v_88 = 0, *v_180 = 0, *at_label_181 = 0, *v_182 = 0, *v_183 = 0, *v_184 = 0, *v_185 = 0, *v_186 = 0, *v_187 = 0, *v_188 = 0, *v_90 = 0, *v_91 = 0, *v_92 = 0, *v_93 = 0, *v_190 = 0, *v_192 = 0, *h_193 = 0, *v_195 = 0, *v_197 = 0, *v_199 = 0, *v_200 = 0, *at_label_201 = 0, *v_202 = 0, *v_203 = 0, *v_206 = 0, *v_207 = 0, *v_208 = 0, *v_96 = 0, *v_97 = 0, *v_98 = 0;
  (void)out;
  gt_line = 39; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[n, 64]");
  gt_line = 40; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[n]");
  gt_line = 41; gt_col = 33;
  v_2 = gt_scalar(I32, 0);
  gt_line = 41; gt_col = 35;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 41; gt_col = 31;
  v_4 = gt_index(x_0, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 41; gt_col = 42;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 41; gt_col = 53;
  v_9 = gt_index(x_0, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(x_0); x_0 = 0;
  gt_line = 41; gt_col = 63;
  v_11 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_release(v_3); v_3 = 0;
  gt_line = 42; gt_col = 26;
  v_17 = gt_scalar(I32, 64);
  gt_line = 42; gt_col = 30;
  v_18 = gt_scalar(I32, 32);
  gt_line = 42; gt_col = 41;
  v_20 = gt_scalar(I32, 1);
  gt_line = 42; gt_col = 19;
  v_21 = gt_random(1, F32, gt_int(v_20), 2, (int64_t[]){gt_int(v_17), gt_int(v_18)});
  gt_release(v_17); v_17 = 0;
  gt_release(v_20); v_20 = 0;
  gt_line = 42; gt_col = 57;
  v_26 = gt_scalar(F32, 0.1767766922712326);
  gt_line = 42; gt_col = 19;
  v_27 = gt_binary(B_MUL, v_21, v_26);
  gt_release(v_21); v_21 = 0;
  gt_release(v_26); v_26 = 0;
  gt_line = 42; gt_col = 75;
  v_29 = gt_scalar(F32, 0);
  v_30 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 43; gt_col = 30;
  v_32 = gt_scalar(I32, 10);
  gt_line = 43; gt_col = 41;
  v_34 = gt_scalar(I32, 2);
  gt_line = 43; gt_col = 19;
  v_35 = gt_random(1, F32, gt_int(v_34), 2, (int64_t[]){gt_int(v_18), gt_int(v_32)});
  gt_release(v_18); v_18 = 0;
  gt_release(v_34); v_34 = 0;
  gt_line = 43; gt_col = 57;
  v_40 = gt_scalar(F32, 0.25);
  gt_line = 43; gt_col = 19;
  v_41 = gt_binary(B_MUL, v_35, v_40);
  gt_release(v_35); v_35 = 0;
  gt_release(v_40); v_40 = 0;
  gt_line = 43; gt_col = 75;
  v_44 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  p_45_0 = gt_retain(v_27);
  p_45_1 = gt_retain(v_30);
  p_45_2 = gt_retain(v_41);
  p_45_3 = gt_retain(v_44);
  gt_release(v_30); v_30 = 0;
  gt_release(v_44); v_44 = 0;
  gt_line = 12; gt_col = 16;
  v_100 = gt_matmul(v_4, v_27);
  gt_release(v_27); v_27 = 0;
  gt_line = 12; gt_col = 11;
  h_103 = gt_unary(U_RELU, v_100);
  gt_release(v_100); v_100 = 0;
  gt_line = 13; gt_col = 10;
  v_105 = gt_matmul(h_103, v_41);
  gt_release(v_41); v_41 = 0;
  gt_release(h_103); h_103 = 0;
  gt_line = 17; gt_col = 15;
  v_108 = gt_reduce(R_LSE, v_105, 1, -1, 1);
  v_109 = gt_binary(B_SUB, v_105, v_108);
  gt_release(v_105); v_105 = 0;
  gt_release(v_108); v_108 = 0;
  v_111 = gt_one_hot(v_7, gt_int(v_32), F32);
  gt_release(v_7); v_7 = 0;
  v_112 = gt_binary(B_MUL, v_109, v_111);
  gt_release(v_109); v_109 = 0;
  v_113 = gt_reduce(R_SUM, v_112, 1, -1, 0);
  gt_release(v_112); v_112 = 0;
  v_114 = gt_unary(U_NEG, v_113);
  gt_release(v_113); v_113 = 0;
  gt_line = 17; gt_col = 10;
  v_115 = gt_reduce(R_MEAN, v_114, 0, 0, 0);
  gt_release(v_114); v_114 = 0;
  gt_line = 44; gt_col = 45;
  v_47 = gt_scalar(F32, 1000);
  gt_line = 44; gt_col = 26;
  v_48 = gt_binary(B_MUL, v_115, v_47);
  gt_release(v_115); v_115 = 0;
  v_49 = gt_unary(U_ROUND, v_48);
  gt_release(v_48); v_48 = 0;
  v_50 = gt_binary(B_DIV, v_49, v_47);
  gt_release(v_49); v_49 = 0;
  gt_print_text("initial loss:", 1);
  gt_print_tensor(v_50, 0);
  fputc('\n', stdout);
  gt_release(v_50); v_50 = 0;
  gt_line = 46; gt_col = 20;
  v_52 = gt_scalar(I32, 300);
  gt_line = 46; gt_col = 3;
  p_54_0 = gt_retain(p_45_0);
  p_54_1 = gt_retain(p_45_1);
  p_54_2 = gt_retain(p_45_2);
  p_54_3 = gt_retain(p_45_3);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_52); t1 < t1_end; t1++) {
    epoch_53 = gt_scalar(I32, (double)t1);
    gt_line = 22; gt_col = 16;
    v_116 = gt_retain(p_54_0);
    gt_line = 22; gt_col = 12;
    v_117 = gt_matmul(v_4, v_116);
    gt_line = 22; gt_col = 23;
    v_118 = gt_retain(p_54_1);
    gt_line = 22; gt_col = 12;
    z1_119 = gt_binary(B_ADD, v_117, v_118);
    gt_release(v_117); v_117 = 0;
    gt_line = 23; gt_col = 11;
    h_120 = gt_unary(U_RELU, z1_119);
    gt_line = 24; gt_col = 20;
    v_121 = gt_retain(p_54_2);
    gt_line = 24; gt_col = 16;
    v_122 = gt_matmul(h_120, v_121);
    gt_line = 24; gt_col = 27;
    v_123 = gt_retain(p_54_3);
    gt_line = 24; gt_col = 16;
    logits_124 = gt_binary(B_ADD, v_122, v_123);
    gt_release(v_122); v_122 = 0;
    gt_line = 25; gt_col = 19;
    v_125 = gt_reduce(R_LSE, logits_124, 1, -1, 1);
    v_126 = gt_binary(B_SUB, logits_124, v_125);
    gt_release(logits_124); logits_124 = 0;
    gt_release(v_125); v_125 = 0;
    v_127 = gt_unary(U_EXP, v_126);
    gt_release(v_126); v_126 = 0;
    gt_line = 25; gt_col = 18;
    v_130 = gt_binary(B_SUB, v_127, v_111);
    gt_release(v_127); v_127 = 0;
    gt_line = 25; gt_col = 77;
    v_134 = gt_scalar(F32, 1500);
    gt_line = 25; gt_col = 18;
    d_logits_135 = gt_binary(B_DIV, v_130, v_134);
    gt_release(v_130); v_130 = 0;
    gt_release(v_134); v_134 = 0;
    gt_line = 26; gt_col = 24;
    v_137 = gt_transpose(v_121, 0, (int[]){0});
    gt_line = 26; gt_col = 13;
    d_h_138 = gt_matmul(d_logits_135, v_137);
    gt_release(v_137); v_137 = 0;
    gt_line = 27; gt_col = 20;
    v_141 = gt_binary(B_GT, z1_119, v_29);
    gt_release(z1_119); z1_119 = 0;
    gt_line = 27; gt_col = 14;
    d_z1_144 = gt_select(v_141, d_h_138, v_29);
    gt_release(d_h_138); d_h_138 = 0;
    gt_release(v_141); v_141 = 0;
    gt_line = 28; gt_col = 18;
    v_145 = gt_transpose(v_4, 0, (int[]){0});
    v_146 = gt_matmul(v_145, d_z1_144);
    gt_release(v_145); v_145 = 0;
    gt_line = 28; gt_col = 34;
    v_147 = gt_reduce(R_SUM, d_z1_144, 1, 0, 0);
    gt_release(d_z1_144); d_z1_144 = 0;
    gt_line = 28; gt_col = 58;
    v_148 = gt_transpose(h_120, 0, (int[]){0});
    gt_release(h_120); h_120 = 0;
    v_149 = gt_matmul(v_148, d_logits_135);
    gt_release(v_148); v_148 = 0;
    gt_line = 28; gt_col = 78;
    v_150 = gt_reduce(R_SUM, d_logits_135, 1, 0, 0);
    gt_release(d_logits_135); d_logits_135 = 0;
    gt_line = 47; gt_col = 37;
    v_58 = gt_scalar(F32, 0.5);
    gt_line = 47; gt_col = 13;
    v_59 = gt_binary(B_MUL, v_58, v_146);
    gt_release(v_146); v_146 = 0;
    v_62 = gt_binary(B_MUL, v_58, v_147);
    gt_release(v_147); v_147 = 0;
    v_65 = gt_binary(B_MUL, v_58, v_149);
    gt_release(v_149); v_149 = 0;
    v_68 = gt_binary(B_MUL, v_58, v_150);
    gt_release(v_58); v_58 = 0;
    gt_release(v_150); v_150 = 0;
    gt_line = 47; gt_col = 9;
    v_72 = gt_binary(B_SUB, v_116, v_59);
    gt_release(v_59); v_59 = 0;
    gt_release(v_116); v_116 = 0;
    v_75 = gt_binary(B_SUB, v_118, v_62);
    gt_release(v_62); v_62 = 0;
    gt_release(v_118); v_118 = 0;
    v_78 = gt_binary(B_SUB, v_121, v_65);
    gt_release(v_65); v_65 = 0;
    gt_release(v_121); v_121 = 0;
    v_81 = gt_binary(B_SUB, v_123, v_68);
    gt_release(v_68); v_68 = 0;
    gt_release(v_123); v_123 = 0;
    v_82_0 = gt_retain(v_72);
    v_82_1 = gt_retain(v_75);
    v_82_2 = gt_retain(v_78);
    v_82_3 = gt_retain(v_81);
    gt_release(v_72); v_72 = 0;
    gt_release(v_75); v_75 = 0;
    gt_release(v_78); v_78 = 0;
    gt_release(v_81); v_81 = 0;
    T *t2 = gt_retain(v_82_0);
    T *t3 = gt_retain(v_82_1);
    T *t4 = gt_retain(v_82_2);
    T *t5 = gt_retain(v_82_3);
    gt_release(p_54_0);
    gt_release(p_54_1);
    gt_release(p_54_2);
    gt_release(p_54_3);
    p_54_0 = t2;
    p_54_1 = t3;
    p_54_2 = t4;
    p_54_3 = t5;
    gt_release(v_82_0); v_82_0 = 0;
    gt_release(v_82_1); v_82_1 = 0;
    gt_release(v_82_2); v_82_2 = 0;
    gt_release(v_82_3); v_82_3 = 0;
    gt_release(epoch_53); epoch_53 = 0;
  }
  p_83_0 = p_54_0; p_54_0 = 0;
  p_83_1 = p_54_1; p_54_1 = 0;
  p_83_2 = p_54_2; p_54_2 = 0;
  p_83_3 = p_54_3; p_54_3 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_29); v_29 = 0;
  gt_release(p_45_0); p_45_0 = 0;
  gt_release(p_45_1); p_45_1 = 0;
  gt_release(p_45_2); p_45_2 = 0;
  gt_release(p_45_3); p_45_3 = 0;
  gt_release(v_52); v_52 = 0;
  gt_line = 12; gt_col = 20;
  v_152 = gt_retain(p_83_0);
  gt_line = 12; gt_col = 16;
  v_153 = gt_matmul(v_4, v_152);
  gt_release(v_4); v_4 = 0;
  gt_line = 12; gt_col = 27;
  v_154 = gt_retain(p_83_1);
  gt_line = 12; gt_col = 16;
  v_155 = gt_binary(B_ADD, v_153, v_154);
  gt_release(v_153); v_153 = 0;
  gt_line = 12; gt_col = 11;
  h_156 = gt_unary(U_RELU, v_155);
  gt_release(v_155); v_155 = 0;
  gt_line = 13; gt_col = 14;
  v_157 = gt_retain(p_83_2);
  gt_line = 13; gt_col = 10;
  v_158 = gt_matmul(h_156, v_157);
  gt_release(h_156); h_156 = 0;
  gt_line = 13; gt_col = 21;
  v_159 = gt_retain(p_83_3);
  gt_release(p_83_0); p_83_0 = 0;
  gt_release(p_83_1); p_83_1 = 0;
  gt_release(p_83_2); p_83_2 = 0;
  gt_release(p_83_3); p_83_3 = 0;
  gt_line = 13; gt_col = 10;
  v_160 = gt_binary(B_ADD, v_158, v_159);
  gt_release(v_158); v_158 = 0;
  gt_line = 17; gt_col = 15;
  v_161 = gt_reduce(R_LSE, v_160, 1, -1, 1);
  v_162 = gt_binary(B_SUB, v_160, v_161);
  gt_release(v_161); v_161 = 0;
  v_165 = gt_binary(B_MUL, v_162, v_111);
  gt_release(v_162); v_162 = 0;
  v_166 = gt_reduce(R_SUM, v_165, 1, -1, 0);
  gt_release(v_165); v_165 = 0;
  v_167 = gt_unary(U_NEG, v_166);
  gt_release(v_166); v_166 = 0;
  gt_line = 17; gt_col = 10;
  v_168 = gt_reduce(R_MEAN, v_167, 0, 0, 0);
  gt_release(v_167); v_167 = 0;
  gt_line = 49; gt_col = 24;
  v_86 = gt_binary(B_MUL, v_168, v_47);
  gt_release(v_168); v_168 = 0;
  v_87 = gt_unary(U_ROUND, v_86);
  gt_release(v_86); v_86 = 0;
  v_88 = gt_binary(B_DIV, v_87, v_47);
  gt_release(v_47); v_47 = 0;
  gt_release(v_87); v_87 = 0;
  gt_print_text("final loss:", 1);
  gt_print_tensor(v_88, 0);
  fputc('\n', stdout);
  gt_release(v_88); v_88 = 0;
  gt_line = 34; gt_col = 22;
  v_180 = gt_binary(B_MUL, v_160, v_111);
  gt_release(v_111); v_111 = 0;
  gt_line = 34; gt_col = 18;
  at_label_181 = gt_reduce(R_SUM, v_180, 1, 1, 0);
  gt_release(v_180); v_180 = 0;
  gt_line = 35; gt_col = 33;
  v_182 = gt_reduce(R_MAX, v_160, 1, 1, 0);
  gt_release(v_160); v_160 = 0;
  gt_line = 35; gt_col = 21;
  v_183 = gt_binary(B_GE, at_label_181, v_182);
  gt_release(at_label_181); at_label_181 = 0;
  gt_release(v_182); v_182 = 0;
  gt_line = 35; gt_col = 55;
  v_184 = gt_scalar(F64, 1);
  gt_line = 35; gt_col = 60;
  v_185 = gt_scalar(F64, 0);
  gt_line = 35; gt_col = 15;
  v_186 = gt_select(v_183, v_184, v_185);
  gt_release(v_183); v_183 = 0;
  gt_line = 35; gt_col = 10;
  v_187 = gt_reduce(R_MEAN, v_186, 0, 0, 0);
  gt_release(v_186); v_186 = 0;
  v_188 = gt_convert(v_187, F32);
  gt_release(v_187); v_187 = 0;
  gt_line = 50; gt_col = 51;
  v_90 = gt_scalar(F32, 100);
  gt_line = 50; gt_col = 28;
  v_91 = gt_binary(B_MUL, v_188, v_90);
  gt_release(v_188); v_188 = 0;
  v_92 = gt_unary(U_ROUND, v_91);
  gt_release(v_91); v_91 = 0;
  v_93 = gt_binary(B_DIV, v_92, v_90);
  gt_release(v_92); v_92 = 0;
  gt_print_text("train accuracy:", 1);
  gt_print_tensor(v_93, 0);
  fputc('\n', stdout);
  gt_release(v_93); v_93 = 0;
  gt_line = 12; gt_col = 16;
  v_190 = gt_matmul(v_9, v_152);
  gt_release(v_9); v_9 = 0;
  gt_release(v_152); v_152 = 0;
  v_192 = gt_binary(B_ADD, v_190, v_154);
  gt_release(v_154); v_154 = 0;
  gt_release(v_190); v_190 = 0;
  gt_line = 12; gt_col = 11;
  h_193 = gt_unary(U_RELU, v_192);
  gt_release(v_192); v_192 = 0;
  gt_line = 13; gt_col = 10;
  v_195 = gt_matmul(h_193, v_157);
  gt_release(v_157); v_157 = 0;
  gt_release(h_193); h_193 = 0;
  v_197 = gt_binary(B_ADD, v_195, v_159);
  gt_release(v_159); v_159 = 0;
  gt_release(v_195); v_195 = 0;
  gt_line = 34; gt_col = 31;
  v_199 = gt_one_hot(v_11, gt_int(v_32), F32);
  gt_release(v_11); v_11 = 0;
  gt_release(v_32); v_32 = 0;
  gt_line = 34; gt_col = 22;
  v_200 = gt_binary(B_MUL, v_197, v_199);
  gt_release(v_199); v_199 = 0;
  gt_line = 34; gt_col = 18;
  at_label_201 = gt_reduce(R_SUM, v_200, 1, 1, 0);
  gt_release(v_200); v_200 = 0;
  gt_line = 35; gt_col = 33;
  v_202 = gt_reduce(R_MAX, v_197, 1, 1, 0);
  gt_release(v_197); v_197 = 0;
  gt_line = 35; gt_col = 21;
  v_203 = gt_binary(B_GE, at_label_201, v_202);
  gt_release(at_label_201); at_label_201 = 0;
  gt_release(v_202); v_202 = 0;
  gt_line = 35; gt_col = 15;
  v_206 = gt_select(v_203, v_184, v_185);
  gt_release(v_184); v_184 = 0;
  gt_release(v_185); v_185 = 0;
  gt_release(v_203); v_203 = 0;
  gt_line = 35; gt_col = 10;
  v_207 = gt_reduce(R_MEAN, v_206, 0, 0, 0);
  gt_release(v_206); v_206 = 0;
  v_208 = gt_convert(v_207, F32);
  gt_release(v_207); v_207 = 0;
  gt_line = 51; gt_col = 27;
  v_96 = gt_binary(B_MUL, v_208, v_90);
  gt_release(v_208); v_208 = 0;
  v_97 = gt_unary(U_ROUND, v_96);
  gt_release(v_96); v_96 = 0;
  v_98 = gt_binary(B_DIV, v_97, v_90);
  gt_release(v_90); v_90 = 0;
  gt_release(v_97); v_97 = 0;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_98, 0);
  fputc('\n', stdout);
  gt_release(v_98); v_98 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_17);
  gt_release(v_18);
  gt_release(v_20);
  gt_release(v_21);
  gt_release(v_26);
  gt_release(v_27);
  gt_release(v_29);
  gt_release(v_30);
  gt_release(v_32);
  gt_release(v_34);
  gt_release(v_35);
  gt_release(v_40);
  gt_release(v_41);
  gt_release(v_44);
  gt_release(p_45_0);
  gt_release(p_45_1);
  gt_release(p_45_2);
  gt_release(p_45_3);
  gt_release(v_100);
  gt_release(h_103);
  gt_release(v_105);
  gt_release(v_108);
  gt_release(v_109);
  gt_release(v_111);
  gt_release(v_112);
  gt_release(v_113);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_52);
  gt_release(p_83_0);
  gt_release(p_83_1);
  gt_release(p_83_2);
  gt_release(p_83_3);
  gt_release(p_54_0);
  gt_release(p_54_1);
  gt_release(p_54_2);
  gt_release(p_54_3);
  gt_release(epoch_53);
  gt_release(v_116);
  gt_release(v_117);
  gt_release(v_118);
  gt_release(z1_119);
  gt_release(h_120);
  gt_release(v_121);
  gt_release(v_122);
  gt_release(v_123);
  gt_release(logits_124);
  gt_release(v_125);
  gt_release(v_126);
  gt_release(v_127);
  gt_release(v_130);
  gt_release(v_134);
  gt_release(d_logits_135);
  gt_release(v_137);
  gt_release(d_h_138);
  gt_release(v_141);
  gt_release(d_z1_144);
  gt_release(v_145);
  gt_release(v_146);
  gt_release(v_147);
  gt_release(v_148);
  gt_release(v_149);
  gt_release(v_150);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_62);
  gt_release(v_65);
  gt_release(v_68);
  gt_release(v_72);
  gt_release(v_75);
  gt_release(v_78);
  gt_release(v_81);
  gt_release(v_82_0);
  gt_release(v_82_1);
  gt_release(v_82_2);
  gt_release(v_82_3);
  gt_release(v_152);
  gt_release(v_153);
  gt_release(v_154);
  gt_release(v_155);
  gt_release(h_156);
  gt_release(v_157);
  gt_release(v_158);
  gt_release(v_159);
  gt_release(v_160);
  gt_release(v_161);
  gt_release(v_162);
  gt_release(v_165);
  gt_release(v_166);
  gt_release(v_167);
  gt_release(v_168);
  gt_release(v_86);
  gt_release(v_87);
  gt_release(v_88);
  gt_release(v_180);
  gt_release(at_label_181);
  gt_release(v_182);
  gt_release(v_183);
  gt_release(v_184);
  gt_release(v_185);
  gt_release(v_186);
  gt_release(v_187);
  gt_release(v_188);
  gt_release(v_90);
  gt_release(v_91);
  gt_release(v_92);
  gt_release(v_93);
  gt_release(v_190);
  gt_release(v_192);
  gt_release(h_193);
  gt_release(v_195);
  gt_release(v_197);
  gt_release(v_199);
  gt_release(v_200);
  gt_release(at_label_201);
  gt_release(v_202);
  gt_release(v_203);
  gt_release(v_206);
  gt_release(v_207);
  gt_release(v_208);
  gt_release(v_96);
  gt_release(v_97);
  gt_release(v_98);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/mlp_manual.grad";
  gt_src = gt_program_src;
  gt_src_lines = 57;
  T *out[1] = {0};
  f_main(out);
  return 0;
}
