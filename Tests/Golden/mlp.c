/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/mlp.grad: the two-layer perceptron of the language brief, trained on the",
  "// handwritten digits (bundled under Examples/data/) with the gradient that gradc derives.",
  "// Run from the repository's root:",
  "//   gradc run Examples/mlp.grad",
  "",
  "fn predict(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "           x: f32[n, 64]) -> f32[n, 10] {",
  "  let h = relu(x @ W1 + b1)          // broadcasting add",
  "  return h @ W2 + b2",
  "}",
  "",
  "fn loss(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "        x: f32[n, 64], y: i32[n]) -> f32 {",
  "  return mean(cross_entropy(predict(W1, b1, W2, b2, x), y))",
  "}",
  "",
  "// Derived functions are declared like functions and are ordinary functions:",
  "// callable, printable with `gradc emit`, and differentiable again.",
  "fn dloss = grad(loss, wrt: W1, b1, W2, b2)     // returns (dW1, db1, dW2, db2)",
  "",
  "fn accuracy(W1: f32[64, 32], b1: f32[32], W2: f32[32, 10], b2: f32[10],",
  "            x: f32[n, 64], y: i32[n]) -> f32 {",
  "  let logits = predict(W1, b1, W2, b2, x)",
  "  let at_label = sum(logits * one_hot(y, 10, dtype: f32), axis: 1)",
  "  return mean(where(at_label >= max(logits, axis: 1), 1.0, 0.0))",
  "}",
  "",
  "fn main() {",
  "  let data: f32[m, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let labels: i32[m] = load(\"Examples/data/digits_y.npy\")",
  "  let x = data[0:1500]",
  "  let y = labels[0:1500]",
  "  var W1: f32[64, 32] = randn([64, 32], seed: 1) * sqrt(2.0 / 64.0)",
  "  var b1: f32[32] = zeros([32])",
  "  var W2: f32[32, 10] = randn([32, 10], seed: 2) * sqrt(2.0 / 32.0)",
  "  var b2: f32[10] = zeros([10])",
  "  for epoch in 0..<300 {",
  "    let (gW1, gb1, gW2, gb2) = dloss(W1, b1, W2, b2, x, y)",
  "    W1 -= 0.5 * gW1",
  "    b1 -= 0.5 * gb1",
  "    W2 -= 0.5 * gW2",
  "    b2 -= 0.5 * gb2",
  "  }",
  "  print(\"loss\", round(loss(W1, b1, W2, b2, x, y), 3))",
  "  print(\"test accuracy:\", round(accuracy(W1, b1, W2, b2, data[1500:], labels[1500:]), 2))",
  "  // The same steps as Examples/mlp_manual.grad, whose gradient is written by hand:",
  "  // expect: loss 0.073",
  "  // expect: test accuracy: 0.98",
  "}",
  ""
};

static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"m"};
  (void)sz; (void)sz_names;
  T *data_0 = 0, *labels_1 = 0, *v_2 = 0, *v_3 = 0, *x_4 = 0, *y_7 = 0, *v_8 = 0, *v_9 = 0, *v_11 = 0, *v_12 = 0, *v_17 = 0, *W1_18 = 0, *b1_21 = 0, *v_23 = 0, *v_25 = 0, *v_26 = 0, *v_31 = 0, *W2_32 = 0, *b2_35 = 0, *v_37 = 0, *W1_60 = 0, *b1_61 = 0, *W2_62 = 0, *b2_63 = 0, *W1_39 = 0, *b1_40 = 0, *W2_41 = 0, *b2_42 = 0, *epoch_38 = 0, *v_140 = 0, *v_141 = 0, *h_142 = 0, *v_143 = 0, *v_144 = 0, *v_79 = 0, *v_80 = 0, *v_82 = 0, *v_83 = 0, *v_84 = 0, *v_85 = 0, *v_91 = 0, *v_92 = 0, *v_93 = 0, *v_94 = 0, *v_96 = 0, *v_97 = 0, *v_99 = 0, *v_100 = 0, *v_102 = 0, *v_103 = 0, *v_104 = 0, *d_b2_148 = 0, *v_149 = 0, *d_h_150 = 0, *v_151 = 0, *d_W2_152 = 0, *v_153 = 0, *v_154 = 0, *v_155 = 0, *d_b1_156 = 0, *v_157 = 0, *d_W1_158 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_52 = 0, *v_53 = 0, *v_55 = 0, *v_56 = 0, *v_58 = 0, *v_59 = 0, *v_111 = 0, *v_112 = 0, *h_113 = 0, *v_114 = 0, *v_115 = 0, *v_116 = 0, *v_117 = 0, *v_119 = 0, *v_120 = 0, *v_121 = 0, *v_122 = 0, *v_123 = 0, *v_65 = 0, *v_66 = 0, *v_67 = 0, *v_68 = 0, *v_70 = 0, *v_72 = 0, *v_124 = 0, *v_125 = 0, *h_126 = 0, *v_127 = 0, *v_128 = 0, *v_130 = 0, *v_131 = 0, *at_label_132 = 0, *v_133 = 0, *v_134 = 0, *v_135 = 0, *v_136 = 0, *v_137 = 0, *v_138 = 0, *v_139 = 0, *v_74 = 0, *v_75 = 0, *v_76 = 0, *v_77 = 0;
  (void)out;
  gt_line = 29; gt_col = 26;
  data_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(data_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[m, 64]");
  gt_line = 30; gt_col = 24;
  labels_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(labels_1, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[m]");
  gt_line = 31; gt_col = 16;
  v_2 = gt_scalar(I32, 0);
  gt_line = 31; gt_col = 18;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 31; gt_col = 11;
  x_4 = gt_index(data_0, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 32; gt_col = 11;
  y_7 = gt_index(labels_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 33; gt_col = 32;
  v_8 = gt_scalar(I32, 64);
  gt_line = 33; gt_col = 36;
  v_9 = gt_scalar(I32, 32);
  gt_line = 33; gt_col = 47;
  v_11 = gt_scalar(I32, 1);
  gt_line = 33; gt_col = 25;
  v_12 = gt_random(1, F32, gt_int(v_11), 2, (int64_t[]){gt_int(v_8), gt_int(v_9)});
  gt_release(v_8); v_8 = 0;
  gt_release(v_11); v_11 = 0;
  gt_line = 33; gt_col = 63;
  v_17 = gt_scalar(F32, 0.1767766922712326);
  gt_line = 33; gt_col = 25;
  W1_18 = gt_binary(B_MUL, v_12, v_17);
  gt_release(v_12); v_12 = 0;
  gt_release(v_17); v_17 = 0;
  gt_line = 34; gt_col = 28;
  b1_21 = gt_const(F32, 1, (int64_t[]){32}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 35; gt_col = 36;
  v_23 = gt_scalar(I32, 10);
  gt_line = 35; gt_col = 47;
  v_25 = gt_scalar(I32, 2);
  gt_line = 35; gt_col = 25;
  v_26 = gt_random(1, F32, gt_int(v_25), 2, (int64_t[]){gt_int(v_9), gt_int(v_23)});
  gt_release(v_9); v_9 = 0;
  gt_release(v_25); v_25 = 0;
  gt_line = 35; gt_col = 63;
  v_31 = gt_scalar(F32, 0.25);
  gt_line = 35; gt_col = 25;
  W2_32 = gt_binary(B_MUL, v_26, v_31);
  gt_release(v_26); v_26 = 0;
  gt_release(v_31); v_31 = 0;
  gt_line = 36; gt_col = 28;
  b2_35 = gt_const(F32, 1, (int64_t[]){10}, (double[]){0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 37; gt_col = 20;
  v_37 = gt_scalar(I32, 300);
  gt_line = 37; gt_col = 3;
  W1_39 = gt_retain(W1_18);
  b1_40 = gt_retain(b1_21);
  W2_41 = gt_retain(W2_32);
  b2_42 = gt_retain(b2_35);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_37); t1 < t1_end; t1++) {
    epoch_38 = gt_scalar(I32, (double)t1);
    gt_line = 8; gt_col = 16;
    v_140 = gt_matmul(x_4, W1_39);
    v_141 = gt_binary(B_ADD, v_140, b1_40);
    gt_release(v_140); v_140 = 0;
    gt_line = 8; gt_col = 11;
    h_142 = gt_unary(U_RELU, v_141);
    gt_line = 9; gt_col = 10;
    v_143 = gt_matmul(h_142, W2_41);
    v_144 = gt_binary(B_ADD, v_143, b2_42);
    gt_release(v_143); v_143 = 0;
    gt_line = 14; gt_col = 15;
    v_79 = gt_reduce(R_LSE, v_144, 1, -1, 1);
    v_80 = gt_binary(B_SUB, v_144, v_79);
    gt_release(v_144); v_144 = 0;
    v_82 = gt_one_hot(y_7, gt_int(v_23), F32);
    v_83 = gt_binary(B_MUL, v_80, v_82);
    v_84 = gt_reduce(R_SUM, v_83, 1, -1, 0);
    v_85 = gt_unary(U_NEG, v_84);
    gt_release(v_84); v_84 = 0;
    gt_line = 14; gt_col = 10;
    v_91 = gt_scalar(F32, 0.00066666665952652693);
    v_92 = gt_broadcast_to(v_91, v_85->rank, v_85->shape);
    gt_release(v_85); v_85 = 0;
    gt_release(v_91); v_91 = 0;
    gt_line = 14; gt_col = 15;
    v_93 = gt_unary(U_NEG, v_92);
    gt_release(v_92); v_92 = 0;
    v_94 = gt_expand_dims(v_93, 1);
    gt_release(v_93); v_93 = 0;
    v_96 = gt_broadcast_to(v_94, v_83->rank, v_83->shape);
    gt_release(v_83); v_83 = 0;
    gt_release(v_94); v_94 = 0;
    v_97 = gt_binary(B_MUL, v_96, v_82);
    gt_release(v_82); v_82 = 0;
    gt_release(v_96); v_96 = 0;
    v_99 = gt_sum_to(v_97, v_79);
    gt_release(v_79); v_79 = 0;
    v_100 = gt_unary(U_NEG, v_99);
    gt_release(v_99); v_99 = 0;
    v_102 = gt_unary(U_EXP, v_80);
    gt_release(v_80); v_80 = 0;
    v_103 = gt_binary(B_MUL, v_102, v_100);
    gt_release(v_100); v_100 = 0;
    gt_release(v_102); v_102 = 0;
    v_104 = gt_binary(B_ADD, v_97, v_103);
    gt_release(v_97); v_97 = 0;
    gt_release(v_103); v_103 = 0;
    gt_line = 9; gt_col = 10;
    d_b2_148 = gt_sum_to(v_104, b2_42);
    v_149 = gt_transpose(W2_41, 0, (int[]){0});
    d_h_150 = gt_matmul(v_104, v_149);
    gt_release(v_149); v_149 = 0;
    v_151 = gt_transpose(h_142, 0, (int[]){0});
    gt_release(h_142); h_142 = 0;
    d_W2_152 = gt_matmul(v_151, v_104);
    gt_release(v_104); v_104 = 0;
    gt_release(v_151); v_151 = 0;
    gt_line = 8; gt_col = 11;
    v_153 = gt_scalar(F32, 0);
    v_154 = gt_binary(B_GT, v_141, v_153);
    gt_release(v_141); v_141 = 0;
    v_155 = gt_select(v_154, d_h_150, v_153);
    gt_release(d_h_150); d_h_150 = 0;
    gt_release(v_153); v_153 = 0;
    gt_release(v_154); v_154 = 0;
    gt_line = 8; gt_col = 16;
    d_b1_156 = gt_sum_to(v_155, b1_40);
    v_157 = gt_transpose(x_4, 0, (int[]){0});
    d_W1_158 = gt_matmul(v_157, v_155);
    gt_release(v_155); v_155 = 0;
    gt_release(v_157); v_157 = 0;
    gt_line = 39; gt_col = 11;
    v_48 = gt_scalar(F32, 0.5);
    v_49 = gt_binary(B_MUL, v_48, d_W1_158);
    gt_release(d_W1_158); d_W1_158 = 0;
    gt_line = 39; gt_col = 5;
    v_50 = gt_binary(B_SUB, W1_39, v_49);
    gt_release(v_49); v_49 = 0;
    gt_line = 40; gt_col = 11;
    v_52 = gt_binary(B_MUL, v_48, d_b1_156);
    gt_release(d_b1_156); d_b1_156 = 0;
    gt_line = 40; gt_col = 5;
    v_53 = gt_binary(B_SUB, b1_40, v_52);
    gt_release(v_52); v_52 = 0;
    gt_line = 41; gt_col = 11;
    v_55 = gt_binary(B_MUL, v_48, d_W2_152);
    gt_release(d_W2_152); d_W2_152 = 0;
    gt_line = 41; gt_col = 5;
    v_56 = gt_binary(B_SUB, W2_41, v_55);
    gt_release(v_55); v_55 = 0;
    gt_line = 42; gt_col = 11;
    v_58 = gt_binary(B_MUL, v_48, d_b2_148);
    gt_release(v_48); v_48 = 0;
    gt_release(d_b2_148); d_b2_148 = 0;
    gt_line = 42; gt_col = 5;
    v_59 = gt_binary(B_SUB, b2_42, v_58);
    gt_release(v_58); v_58 = 0;
    T *t2 = gt_retain(v_50);
    T *t3 = gt_retain(v_53);
    T *t4 = gt_retain(v_56);
    T *t5 = gt_retain(v_59);
    gt_release(W1_39);
    gt_release(b1_40);
    gt_release(W2_41);
    gt_release(b2_42);
    W1_39 = t2;
    b1_40 = t3;
    W2_41 = t4;
    b2_42 = t5;
    gt_release(v_50); v_50 = 0;
    gt_release(v_53); v_53 = 0;
    gt_release(v_56); v_56 = 0;
    gt_release(v_59); v_59 = 0;
    gt_release(epoch_38); epoch_38 = 0;
  }
  W1_60 = W1_39; W1_39 = 0;
  b1_61 = b1_40; b1_40 = 0;
  W2_62 = W2_41; W2_41 = 0;
  b2_63 = b2_42; b2_42 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(W1_18); W1_18 = 0;
  gt_release(b1_21); b1_21 = 0;
  gt_release(W2_32); W2_32 = 0;
  gt_release(b2_35); b2_35 = 0;
  gt_release(v_37); v_37 = 0;
  gt_line = 8; gt_col = 16;
  v_111 = gt_matmul(x_4, W1_60);
  gt_release(x_4); x_4 = 0;
  v_112 = gt_binary(B_ADD, v_111, b1_61);
  gt_release(v_111); v_111 = 0;
  gt_line = 8; gt_col = 11;
  h_113 = gt_unary(U_RELU, v_112);
  gt_release(v_112); v_112 = 0;
  gt_line = 9; gt_col = 10;
  v_114 = gt_matmul(h_113, W2_62);
  gt_release(h_113); h_113 = 0;
  v_115 = gt_binary(B_ADD, v_114, b2_63);
  gt_release(v_114); v_114 = 0;
  gt_line = 14; gt_col = 15;
  v_116 = gt_reduce(R_LSE, v_115, 1, -1, 1);
  v_117 = gt_binary(B_SUB, v_115, v_116);
  gt_release(v_115); v_115 = 0;
  gt_release(v_116); v_116 = 0;
  v_119 = gt_one_hot(y_7, gt_int(v_23), F32);
  gt_release(y_7); y_7 = 0;
  v_120 = gt_binary(B_MUL, v_117, v_119);
  gt_release(v_117); v_117 = 0;
  gt_release(v_119); v_119 = 0;
  v_121 = gt_reduce(R_SUM, v_120, 1, -1, 0);
  gt_release(v_120); v_120 = 0;
  v_122 = gt_unary(U_NEG, v_121);
  gt_release(v_121); v_121 = 0;
  gt_line = 14; gt_col = 10;
  v_123 = gt_reduce(R_MEAN, v_122, 0, 0, 0);
  gt_release(v_122); v_122 = 0;
  gt_line = 44; gt_col = 47;
  v_65 = gt_scalar(F32, 1000);
  gt_line = 44; gt_col = 17;
  v_66 = gt_binary(B_MUL, v_123, v_65);
  gt_release(v_123); v_123 = 0;
  v_67 = gt_unary(U_ROUND, v_66);
  gt_release(v_66); v_66 = 0;
  v_68 = gt_binary(B_DIV, v_67, v_65);
  gt_release(v_65); v_65 = 0;
  gt_release(v_67); v_67 = 0;
  gt_print_text("loss", 1);
  gt_print_tensor(v_68, 0);
  fputc('\n', stdout);
  gt_release(v_68); v_68 = 0;
  gt_line = 45; gt_col = 58;
  v_70 = gt_index(data_0, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(data_0); data_0 = 0;
  gt_line = 45; gt_col = 71;
  v_72 = gt_index(labels_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(labels_1); labels_1 = 0;
  gt_release(v_3); v_3 = 0;
  gt_line = 8; gt_col = 16;
  v_124 = gt_matmul(v_70, W1_60);
  gt_release(W1_60); W1_60 = 0;
  gt_release(v_70); v_70 = 0;
  v_125 = gt_binary(B_ADD, v_124, b1_61);
  gt_release(b1_61); b1_61 = 0;
  gt_release(v_124); v_124 = 0;
  gt_line = 8; gt_col = 11;
  h_126 = gt_unary(U_RELU, v_125);
  gt_release(v_125); v_125 = 0;
  gt_line = 9; gt_col = 10;
  v_127 = gt_matmul(h_126, W2_62);
  gt_release(W2_62); W2_62 = 0;
  gt_release(h_126); h_126 = 0;
  v_128 = gt_binary(B_ADD, v_127, b2_63);
  gt_release(b2_63); b2_63 = 0;
  gt_release(v_127); v_127 = 0;
  gt_line = 24; gt_col = 31;
  v_130 = gt_one_hot(v_72, gt_int(v_23), F32);
  gt_release(v_23); v_23 = 0;
  gt_release(v_72); v_72 = 0;
  gt_line = 24; gt_col = 22;
  v_131 = gt_binary(B_MUL, v_128, v_130);
  gt_release(v_130); v_130 = 0;
  gt_line = 24; gt_col = 18;
  at_label_132 = gt_reduce(R_SUM, v_131, 1, 1, 0);
  gt_release(v_131); v_131 = 0;
  gt_line = 25; gt_col = 33;
  v_133 = gt_reduce(R_MAX, v_128, 1, 1, 0);
  gt_release(v_128); v_128 = 0;
  gt_line = 25; gt_col = 21;
  v_134 = gt_binary(B_GE, at_label_132, v_133);
  gt_release(at_label_132); at_label_132 = 0;
  gt_release(v_133); v_133 = 0;
  gt_line = 25; gt_col = 55;
  v_135 = gt_scalar(F64, 1);
  gt_line = 25; gt_col = 60;
  v_136 = gt_scalar(F64, 0);
  gt_line = 25; gt_col = 15;
  v_137 = gt_select(v_134, v_135, v_136);
  gt_release(v_134); v_134 = 0;
  gt_release(v_135); v_135 = 0;
  gt_release(v_136); v_136 = 0;
  gt_line = 25; gt_col = 10;
  v_138 = gt_reduce(R_MEAN, v_137, 0, 0, 0);
  gt_release(v_137); v_137 = 0;
  v_139 = gt_convert(v_138, F32);
  gt_release(v_138); v_138 = 0;
  gt_line = 45; gt_col = 71;
  v_74 = gt_scalar(F32, 100);
  gt_line = 45; gt_col = 27;
  v_75 = gt_binary(B_MUL, v_139, v_74);
  gt_release(v_139); v_139 = 0;
  v_76 = gt_unary(U_ROUND, v_75);
  gt_release(v_75); v_75 = 0;
  v_77 = gt_binary(B_DIV, v_76, v_74);
  gt_release(v_74); v_74 = 0;
  gt_release(v_76); v_76 = 0;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_77, 0);
  fputc('\n', stdout);
  gt_release(v_77); v_77 = 0;
  gt_release(data_0);
  gt_release(labels_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(x_4);
  gt_release(y_7);
  gt_release(v_8);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_12);
  gt_release(v_17);
  gt_release(W1_18);
  gt_release(b1_21);
  gt_release(v_23);
  gt_release(v_25);
  gt_release(v_26);
  gt_release(v_31);
  gt_release(W2_32);
  gt_release(b2_35);
  gt_release(v_37);
  gt_release(W1_60);
  gt_release(b1_61);
  gt_release(W2_62);
  gt_release(b2_63);
  gt_release(W1_39);
  gt_release(b1_40);
  gt_release(W2_41);
  gt_release(b2_42);
  gt_release(epoch_38);
  gt_release(v_140);
  gt_release(v_141);
  gt_release(h_142);
  gt_release(v_143);
  gt_release(v_144);
  gt_release(v_79);
  gt_release(v_80);
  gt_release(v_82);
  gt_release(v_83);
  gt_release(v_84);
  gt_release(v_85);
  gt_release(v_91);
  gt_release(v_92);
  gt_release(v_93);
  gt_release(v_94);
  gt_release(v_96);
  gt_release(v_97);
  gt_release(v_99);
  gt_release(v_100);
  gt_release(v_102);
  gt_release(v_103);
  gt_release(v_104);
  gt_release(d_b2_148);
  gt_release(v_149);
  gt_release(d_h_150);
  gt_release(v_151);
  gt_release(d_W2_152);
  gt_release(v_153);
  gt_release(v_154);
  gt_release(v_155);
  gt_release(d_b1_156);
  gt_release(v_157);
  gt_release(d_W1_158);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_52);
  gt_release(v_53);
  gt_release(v_55);
  gt_release(v_56);
  gt_release(v_58);
  gt_release(v_59);
  gt_release(v_111);
  gt_release(v_112);
  gt_release(h_113);
  gt_release(v_114);
  gt_release(v_115);
  gt_release(v_116);
  gt_release(v_117);
  gt_release(v_119);
  gt_release(v_120);
  gt_release(v_121);
  gt_release(v_122);
  gt_release(v_123);
  gt_release(v_65);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(v_70);
  gt_release(v_72);
  gt_release(v_124);
  gt_release(v_125);
  gt_release(h_126);
  gt_release(v_127);
  gt_release(v_128);
  gt_release(v_130);
  gt_release(v_131);
  gt_release(at_label_132);
  gt_release(v_133);
  gt_release(v_134);
  gt_release(v_135);
  gt_release(v_136);
  gt_release(v_137);
  gt_release(v_138);
  gt_release(v_139);
  gt_release(v_74);
  gt_release(v_75);
  gt_release(v_76);
  gt_release(v_77);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/mlp.grad";
  gt_src = gt_program_src;
  gt_src_lines = 50;
  T *out[1] = {0};
  f_main(out);
  return 0;
}
