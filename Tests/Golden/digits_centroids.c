/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/digits_centroids.grad: a nearest-centroid classifier on the handwritten digits",
  "// (1,797 8x8 images, bundled under Examples/data/). Run from the repository's root:",
  "//   gradc run Examples/digits_centroids.grad",
  "",
  "// The mean image of each class: one_hot(y)\341\265\200 \302\267 x, divided by the class sizes.",
  "fn centroids(x: f32[n, 64], y: i32[n]) -> f32[10, 64] {",
  "  let onehot = one_hot(y, 10, dtype: f32)",
  "  let counts = sum(onehot, axis: 0)",
  "  return (onehot.T @ x) / expand_dims(counts, 1)",
  "}",
  "",
  "// The fraction of rows whose nearest centroid has their label. \342\200\226x \342\210\222 c\342\200\226\302\262 = \342\200\226x\342\200\226\302\262 \342\210\222 2 x\302\267c + \342\200\226c\342\200\226\302\262,",
  "// and \342\200\226x\342\200\226\302\262 is the same for every class, so it is left out.",
  "fn accuracy(c: f32[10, 64], x: f32[m, 64], y: i32[m]) -> f32 {",
  "  let d = sum(c * c, axis: 1) - 2.0 * (x @ c.T)",
  "  let nearest = d <= min(d, axis: 1, keepdims: true)",
  "  return mean(sum(where(nearest, 1.0, 0.0) * one_hot(y, 10, dtype: f32), axis: 1))",
  "}",
  "",
  "fn main() {",
  "  let x: f32[n, 64] = load(\"Examples/data/digits_x.npy\")",
  "  let y: i32[n] = load(\"Examples/data/digits_y.npy\")",
  "  let c = centroids(x[0:1500], y[0:1500])",
  "  print(\"samples:\", n, \"train: 1500 test:\", n - 1500)",
  "  print(\"train accuracy:\", accuracy(c, x[0:1500], y[0:1500]))",
  "  print(\"test accuracy:\", accuracy(c, x[1500:], y[1500:]))",
  "  // expect: samples: 1797 train: 1500 test: 297",
  "  // expect: train accuracy: 0.9073333",
  "  // expect: test accuracy: 0.8855219",
  "  // (NumPy, computing the same in f32, prints 0.9073333 and 0.8855219.)",
  "}",
  ""
};

static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {"n"};
  (void)sz; (void)sz_names;
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_25 = 0, *onehot_26 = 0, *counts_27 = 0, *v_28 = 0, *v_29 = 0, *v_30 = 0, *v_31 = 0, *v_9 = 0, *v_12 = 0, *v_32 = 0, *v_33 = 0, *v_35 = 0, *v_36 = 0, *v_37 = 0, *v_38 = 0, *d_39 = 0, *v_40 = 0, *nearest_41 = 0, *v_42 = 0, *v_43 = 0, *v_44 = 0, *v_47 = 0, *v_48 = 0, *v_49 = 0, *v_50 = 0, *v_21 = 0, *v_23 = 0, *v_55 = 0, *v_57 = 0, *d_58 = 0, *v_59 = 0, *nearest_60 = 0, *v_63 = 0, *v_65 = 0, *v_66 = 0, *v_67 = 0, *v_68 = 0, *v_69 = 0;
  (void)out;
  gt_line = 21; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0}, {-1, 64}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[n, 64]");
  gt_line = 22; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[n]");
  gt_line = 23; gt_col = 23;
  v_2 = gt_scalar(I32, 0);
  gt_line = 23; gt_col = 25;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 23; gt_col = 21;
  v_4 = gt_index(x_0, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 23; gt_col = 32;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_release(v_2); v_2 = 0;
  gt_line = 7; gt_col = 27;
  v_25 = gt_scalar(I32, 10);
  gt_line = 7; gt_col = 16;
  onehot_26 = gt_one_hot(v_7, gt_int(v_25), F32);
  gt_release(v_7); v_7 = 0;
  gt_line = 8; gt_col = 16;
  counts_27 = gt_reduce(R_SUM, onehot_26, 1, 0, 0);
  gt_line = 9; gt_col = 11;
  v_28 = gt_transpose(onehot_26, 0, (int[]){0});
  gt_line = 9; gt_col = 10;
  v_29 = gt_matmul(v_28, v_4);
  gt_release(v_28); v_28 = 0;
  gt_line = 9; gt_col = 27;
  v_30 = gt_expand_dims(counts_27, 1);
  gt_release(counts_27); counts_27 = 0;
  gt_line = 9; gt_col = 10;
  v_31 = gt_binary(B_DIV, v_29, v_30);
  gt_release(v_29); v_29 = 0;
  gt_release(v_30); v_30 = 0;
  gt_line = 24; gt_col = 21;
  if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
  v_9 = gt_scalar(I32, (double)sz[0]);
  gt_line = 24; gt_col = 45;
  v_12 = gt_binary(B_SUB, v_9, v_3);
  gt_print_text("samples:", 1);
  gt_print_tensor(v_9, 0);
  gt_print_text("train: 1500 test:", 0);
  gt_print_tensor(v_12, 0);
  fputc('\n', stdout);
  gt_release(v_9); v_9 = 0;
  gt_release(v_12); v_12 = 0;
  gt_line = 15; gt_col = 15;
  v_32 = gt_binary(B_MUL, v_31, v_31);
  gt_line = 15; gt_col = 11;
  v_33 = gt_reduce(R_SUM, v_32, 1, 1, 0);
  gt_release(v_32); v_32 = 0;
  gt_line = 15; gt_col = 44;
  v_35 = gt_transpose(v_31, 0, (int[]){0});
  gt_release(v_31); v_31 = 0;
  gt_line = 15; gt_col = 39;
  v_36 = gt_matmul(v_4, v_35);
  gt_release(v_4); v_4 = 0;
  v_37 = gt_scalar(F32, 2);
  gt_line = 15; gt_col = 33;
  v_38 = gt_binary(B_MUL, v_37, v_36);
  gt_release(v_36); v_36 = 0;
  gt_line = 15; gt_col = 11;
  d_39 = gt_binary(B_SUB, v_33, v_38);
  gt_release(v_38); v_38 = 0;
  gt_line = 16; gt_col = 22;
  v_40 = gt_reduce(R_MIN, d_39, 1, 1, 1);
  gt_line = 16; gt_col = 17;
  nearest_41 = gt_binary(B_LE, d_39, v_40);
  gt_release(d_39); d_39 = 0;
  gt_release(v_40); v_40 = 0;
  gt_line = 17; gt_col = 34;
  v_42 = gt_scalar(F64, 1);
  gt_line = 17; gt_col = 39;
  v_43 = gt_scalar(F64, 0);
  gt_line = 17; gt_col = 19;
  v_44 = gt_select(nearest_41, v_42, v_43);
  gt_release(nearest_41); nearest_41 = 0;
  v_47 = gt_convert(v_44, F32);
  gt_release(v_44); v_44 = 0;
  v_48 = gt_binary(B_MUL, v_47, onehot_26);
  gt_release(onehot_26); onehot_26 = 0;
  gt_release(v_47); v_47 = 0;
  gt_line = 17; gt_col = 15;
  v_49 = gt_reduce(R_SUM, v_48, 1, 1, 0);
  gt_release(v_48); v_48 = 0;
  gt_line = 17; gt_col = 10;
  v_50 = gt_reduce(R_MEAN, v_49, 0, 0, 0);
  gt_release(v_49); v_49 = 0;
  gt_line = 25; gt_col = 51;
  gt_print_text("train accuracy:", 1);
  gt_print_tensor(v_50, 0);
  fputc('\n', stdout);
  gt_release(v_50); v_50 = 0;
  gt_line = 26; gt_col = 39;
  v_21 = gt_index(x_0, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(x_0); x_0 = 0;
  gt_line = 26; gt_col = 49;
  v_23 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_release(v_3); v_3 = 0;
  gt_line = 15; gt_col = 39;
  v_55 = gt_matmul(v_21, v_35);
  gt_release(v_21); v_21 = 0;
  gt_release(v_35); v_35 = 0;
  gt_line = 15; gt_col = 33;
  v_57 = gt_binary(B_MUL, v_37, v_55);
  gt_release(v_37); v_37 = 0;
  gt_release(v_55); v_55 = 0;
  gt_line = 15; gt_col = 11;
  d_58 = gt_binary(B_SUB, v_33, v_57);
  gt_release(v_33); v_33 = 0;
  gt_release(v_57); v_57 = 0;
  gt_line = 16; gt_col = 22;
  v_59 = gt_reduce(R_MIN, d_58, 1, 1, 1);
  gt_line = 16; gt_col = 17;
  nearest_60 = gt_binary(B_LE, d_58, v_59);
  gt_release(d_58); d_58 = 0;
  gt_release(v_59); v_59 = 0;
  gt_line = 17; gt_col = 19;
  v_63 = gt_select(nearest_60, v_42, v_43);
  gt_release(v_42); v_42 = 0;
  gt_release(v_43); v_43 = 0;
  gt_release(nearest_60); nearest_60 = 0;
  gt_line = 17; gt_col = 46;
  v_65 = gt_one_hot(v_23, gt_int(v_25), F32);
  gt_release(v_23); v_23 = 0;
  gt_release(v_25); v_25 = 0;
  gt_line = 17; gt_col = 19;
  v_66 = gt_convert(v_63, F32);
  gt_release(v_63); v_63 = 0;
  v_67 = gt_binary(B_MUL, v_66, v_65);
  gt_release(v_65); v_65 = 0;
  gt_release(v_66); v_66 = 0;
  gt_line = 17; gt_col = 15;
  v_68 = gt_reduce(R_SUM, v_67, 1, 1, 0);
  gt_release(v_67); v_67 = 0;
  gt_line = 17; gt_col = 10;
  v_69 = gt_reduce(R_MEAN, v_68, 0, 0, 0);
  gt_release(v_68); v_68 = 0;
  gt_line = 26; gt_col = 49;
  gt_print_text("test accuracy:", 1);
  gt_print_tensor(v_69, 0);
  fputc('\n', stdout);
  gt_release(v_69); v_69 = 0;
  gt_release(x_0);
  gt_release(y_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(v_4);
  gt_release(v_7);
  gt_release(v_25);
  gt_release(onehot_26);
  gt_release(counts_27);
  gt_release(v_28);
  gt_release(v_29);
  gt_release(v_30);
  gt_release(v_31);
  gt_release(v_9);
  gt_release(v_12);
  gt_release(v_32);
  gt_release(v_33);
  gt_release(v_35);
  gt_release(v_36);
  gt_release(v_37);
  gt_release(v_38);
  gt_release(d_39);
  gt_release(v_40);
  gt_release(nearest_41);
  gt_release(v_42);
  gt_release(v_43);
  gt_release(v_44);
  gt_release(v_47);
  gt_release(v_48);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_21);
  gt_release(v_23);
  gt_release(v_55);
  gt_release(v_57);
  gt_release(d_58);
  gt_release(v_59);
  gt_release(nearest_60);
  gt_release(v_63);
  gt_release(v_65);
  gt_release(v_66);
  gt_release(v_67);
  gt_release(v_68);
  gt_release(v_69);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/digits_centroids.grad";
  gt_src = gt_program_src;
  gt_src_lines = 32;
  T *out[1] = {0};
  f_main(out);
  return 0;
}
