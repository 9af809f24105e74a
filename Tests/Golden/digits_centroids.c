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
  T *x_0 = 0, *y_1 = 0, *v_2 = 0, *v_3 = 0, *v_4 = 0, *v_7 = 0, *v_25 = 0, *onehot_26 = 0, *counts_27 = 0, *v_28 = 0, *v_29 = 0, *v_30 = 0, *v_31 = 0, *v_9 = 0, *v_12 = 0, *v_33 = 0, *v_35 = 0, *v_36 = 0, *v_40 = 0, *v_49 = 0, *v_50 = 0, *v_21 = 0, *v_23 = 0, *v_55 = 0, *v_59 = 0, *v_65 = 0, *v_68 = 0, *v_69 = 0;
  (void)out;
  gt_line = 21; gt_col = 23;
  x_0 = gt_load("Examples/data/digits_x.npy");
  gt_bind(x_0, F32, 2, (gt_dim[]){{0, 0, 1}, {-1, 64, 0}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_x.npy'", "f32[n, 64]");
  gt_line = 22; gt_col = 19;
  y_1 = gt_load("Examples/data/digits_y.npy");
  gt_bind(y_1, I32, 1, (gt_dim[]){{0, 0, 1}}, sz, sz_names, (int[]){0}, 1, "'Examples/data/digits_y.npy'", "i32[n]");
  gt_line = 23; gt_col = 23;
  v_2 = gt_scalar(I32, 0);
  gt_line = 23; gt_col = 25;
  v_3 = gt_scalar(I32, 1500);
  gt_line = 23; gt_col = 21;
  T vh_4;
  { /* a view, read in place by @ */
    gt_line = 23; gt_col = 21;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_2), 1, gt_int(v_3), sz[0], 64, &off1, &cnt2);
    if (cnt2 != 96000) gt_fail("a view's length differs from its type");
    v_4 = gt_view(&vh_4, x_0, off1, cnt2, 2, (int64_t[]){1500, 64});
  }
  gt_line = 23; gt_col = 32;
  v_7 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 1, gt_int(v_2), gt_int(v_3), 1}});
  gt_line = 7; gt_col = 27;
  v_25 = gt_scalar(I32, 10);
  gt_line = 7; gt_col = 16;
  onehot_26 = gt_one_hot(v_7, gt_int(v_25), F32);
  gt_release(v_7); v_7 = 0;
  gt_line = 8; gt_col = 16;
  { /* fused: sum */
    const float *restrict p1 = (const float *)onehot_26->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){10});
    float *restrict z = (float *)r->p;
    T *sums = gt_new(F64, 1, (int64_t[]){10});
    double *restrict acc = (double *)sums->p;
    for (int64_t o = 0; o < 1500; o++) {
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        acc[j] += p1[i];
      }
    }
    for (int64_t j = 0; j < 10; j++) z[j] = (float)acc[j];
    gt_release(sums);
    counts_27 = r;
  }
  gt_line = 9; gt_col = 10;
  v_29 = gt_matmul_t(onehot_26, 1, v_4, 0);
  gt_line = 9; gt_col = 27;
  { /* fused: expand_dims */
    const float *restrict p1 = (const float *)counts_27->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){10, 1});
    float *restrict z = (float *)r->p;
    for (int64_t i = 0; i < 10; i++) {
      z[i] = p1[i];
    }
    v_30 = r;
  }
  gt_release(counts_27); counts_27 = 0;
  gt_line = 9; gt_col = 10;
  { /* fused: div */
    const float *restrict p1 = (const float *)v_29->p;
    const float *restrict p2 = (const float *)v_30->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){10, 64});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 10; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e3 = p1[i] / p2[o];
        z[i] = e3;
      }
    }
    v_31 = r;
  }
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
  gt_line = 15; gt_col = 11;
  { /* fused: mul, sum */
    const float *restrict p1 = (const float *)v_31->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){10});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 10; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const float e2 = p1[i] * p1[i];
        acc += e2;
      }
      z[o] = (float)(acc);
    }
    v_33 = r;
  }
  gt_line = 15; gt_col = 39;
  v_36 = gt_matmul_t(v_4, 0, v_31, 1);
  gt_release(v_2); v_2 = 0;
  gt_release(v_4); v_4 = 0;
  gt_line = 16; gt_col = 22;
  { /* fused: mul, sub, min */
    const float *restrict p1 = (const float *)v_33->p;
    const float *restrict p2 = (const float *)v_36->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){1500, 1});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = INFINITY;
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = ((float)2) * p2[i];
        const float e4 = p1[j] - e3;
        { const double v = e4; if (v < acc || v != v) acc = v; }
      }
      z[o] = (float)acc;
    }
    v_40 = r;
  }
  gt_line = 17; gt_col = 15;
  { /* fused: mul, sub, le, select, convert.f32, mul, sum */
    const float *restrict p1 = (const float *)v_33->p;
    const float *restrict p2 = (const float *)v_36->p;
    const float *restrict p5 = (const float *)v_40->p;
    const float *restrict p9 = (const float *)onehot_26->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){1500});
    float *restrict z = (float *)r->p;
    for (int64_t o = 0; o < 1500; o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = ((float)2) * p2[i];
        const float e4 = p1[j] - e3;
        const uint8_t e6 = e4 <= p5[o];
        const double e7 = e6 ? 1.0 : 0.0;
        const float e8 = (float)e7;
        const float e10 = e8 * p9[i];
        acc += e10;
      }
      z[o] = (float)(acc);
    }
    v_49 = r;
  }
  gt_release(onehot_26); onehot_26 = 0;
  gt_release(v_36); v_36 = 0;
  gt_release(v_40); v_40 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: mean */
    const float *restrict p1 = (const float *)v_49->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 1500; i++) {
      acc += p1[i];
    }
    z[0] = (float)(acc / (double)1500);
    v_50 = r;
  }
  gt_release(v_49); v_49 = 0;
  gt_line = 25; gt_col = 51;
  gt_print_text("train accuracy:", 1);
  gt_print_tensor(v_50, 0);
  fputc('\n', stdout);
  gt_release(v_50); v_50 = 0;
  gt_line = 26; gt_col = 39;
  T vh_21;
  { /* a view, read in place by @ */
    gt_line = 26; gt_col = 39;
    int64_t off1, cnt2; gt_view_range(1, gt_int(v_3), 0, 0, sz[0], 64, &off1, &cnt2);
    if (cnt2 != ((sz[0] - 1500) * 64)) gt_fail("a view's length differs from its type");
    v_21 = gt_view(&vh_21, x_0, off1, cnt2, 2, (int64_t[]){sz[0] - 1500, 64});
  }
  gt_line = 26; gt_col = 49;
  v_23 = gt_index(y_1, 1, (gt_spec[]){{1, 1, 0, gt_int(v_3), 0, 1}});
  gt_release(y_1); y_1 = 0;
  gt_line = 15; gt_col = 39;
  v_55 = gt_matmul_t(v_21, 0, v_31, 1);
  gt_release(x_0); x_0 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_21); v_21 = 0;
  gt_release(v_31); v_31 = 0;
  gt_line = 16; gt_col = 22;
  { /* fused: mul, sub, min */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_33->p;
    const float *restrict p2 = (const float *)v_55->p;
    T *r = gt_new_raw(F32, 2, (int64_t[]){sz[0] - 1500, 1});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 10))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      double acc = INFINITY;
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = ((float)2) * p2[i];
        const float e4 = p1[j] - e3;
        { const double v = e4; if (v < acc || v != v) acc = v; }
      }
      z[o] = (float)acc;
    }
    v_59 = r;
  }
  gt_line = 17; gt_col = 46;
  v_65 = gt_one_hot(v_23, gt_int(v_25), F32);
  gt_release(v_23); v_23 = 0;
  gt_release(v_25); v_25 = 0;
  gt_line = 17; gt_col = 15;
  { /* fused: mul, sub, le, select, convert.f32, mul, sum */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_33->p;
    const float *restrict p2 = (const float *)v_55->p;
    const float *restrict p5 = (const float *)v_59->p;
    const float *restrict p9 = (const float *)v_65->p;
    T *r = gt_new_raw(F32, 1, (int64_t[]){sz[0] - 1500});
    float *restrict z = (float *)r->p;
    GT_PARALLEL_FOR(((sz[0] - 1500) * 10))
    for (int64_t o = 0; o < (sz[0] - 1500); o++) {
      double acc = 0;
      GT_SIMD_SUM
      for (int64_t j = 0; j < 10; j++) {
        const int64_t i = o * 10 + j;
        const float e3 = ((float)2) * p2[i];
        const float e4 = p1[j] - e3;
        const uint8_t e6 = e4 <= p5[o];
        const double e7 = e6 ? 1.0 : 0.0;
        const float e8 = (float)e7;
        const float e10 = e8 * p9[i];
        acc += e10;
      }
      z[o] = (float)(acc);
    }
    v_68 = r;
  }
  gt_release(v_33); v_33 = 0;
  gt_release(v_55); v_55 = 0;
  gt_release(v_59); v_59 = 0;
  gt_release(v_65); v_65 = 0;
  gt_line = 17; gt_col = 10;
  { /* fused: mean */
    if (sz[0] < 0) gt_fail("size 'n' is used before any value gives it");
    const float *restrict p1 = (const float *)v_68->p;
    T *r = gt_new_raw(F32, 0, (int64_t[]){0});
    float *restrict z = (float *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < (sz[0] - 1500); i++) {
      acc += p1[i];
    }
    z[0] = (float)(acc / (double)(sz[0] - 1500));
    v_69 = r;
  }
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
  gt_release(v_33);
  gt_release(v_35);
  gt_release(v_36);
  gt_release(v_40);
  gt_release(v_49);
  gt_release(v_50);
  gt_release(v_21);
  gt_release(v_23);
  gt_release(v_55);
  gt_release(v_59);
  gt_release(v_65);
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
  gt_pool_drain();
  gt_finish();
  return 0;
}
