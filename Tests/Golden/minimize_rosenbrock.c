/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/minimize_rosenbrock.grad: the Rosenbrock function f(x, y) = (1 - x)\302\262 + 100 (y - x\302\262)\302\262,",
  "// minimized from (-1.5, 2) by gradient descent and by the prelude's Adam, with the gradient",
  "// gradc derives. Its minimum is f(1, 1) = 0, at the end of a long curved valley.",
  "",
  "fn rosenbrock(p: f64[2]) -> f64 {",
  "  return square(1.0 - p[0]) + 100.0 * square(p[1] - square(p[0]))",
  "}",
  "",
  "fn df = grad(rosenbrock)",
  "",
  "fn main() {",
  "  // Gradient descent: a small fixed step, as the valley's curvature (about 1000 across it) allows.",
  "  var p = [-1.5, 2.0]",
  "  for step in 0..<20000 {",
  "    p = sgd(p, df(p), 0.0005)",
  "  }",
  "  print(\"gradient descent:\", round(p, 4), \"f =\", round(rosenbrock(p), 6))",
  "  // expect: gradient descent: [0.9902 0.9804] f = 9.7e-05",
  "",
  "  // Adam: 5,000 steps at a rate of 0.02.",
  "  var q = [-1.5, 2.0]",
  "  var m = zeros_like(q)",
  "  var v = zeros_like(q)",
  "  for t in 1...5000 {",
  "    let (q2, m2, v2) = adam(q, df(q), m, v, t, 0.02)",
  "    q = q2",
  "    m = m2",
  "    v = v2",
  "  }",
  "  print(\"adam:\", round(q, 4), \"f =\", round(rosenbrock(q), 6))",
  "  // expect: adam: [1. 1.] f = 0.0",
  "}",
  ""
};

static inline double gt_u_neg_f64(double x) { return -x; }
static inline float gt_u_neg_f32(float x) { return -x; }
static inline int32_t gt_u_neg_i32(int32_t x) { return (int32_t)(0u - (uint32_t)x); }
static inline double gt_u_sqrt_f64(double x) { return sqrt(x); }
static inline float gt_u_sqrt_f32(float x) { return sqrtf(x); }
static inline double gt_u_square_f64(double x) { return x * x; }
static inline float gt_u_square_f32(float x) { return x * x; }
static inline int32_t gt_u_square_i32(int32_t x) { return (int32_t)((uint32_t)x * (uint32_t)x); }
static inline double gt_u_round_f64(double x) { return nearbyint(x); }
static inline float gt_u_round_f32(float x) { return nearbyintf(x); }
static inline int32_t gt_u_round_i32(int32_t x) { return x; }
static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {""};
  (void)sz; (void)sz_names;
  T *v_2 = 0, *p_3 = 0, *v_4 = 0, *v_5 = 0, *p_11 = 0, *p_7 = 0, *step_6 = 0, *v_59 = 0, *v_88 = 0, *v_15 = 0, *v_89 = 0, *v_94 = 0, *v_95 = 0, *v_20 = 0, *m_25 = 0, *v_30 = 0, *q_41 = 0, *m_42 = 0, *v_43 = 0, *q_32 = 0, *m_33 = 0, *v_34 = 0, *t_31 = 0, *v_128 = 0, *d_p_131 = 0, *m2_142 = 0, *v2_148 = 0, *v_166 = 0, *v_47 = 0, *v_52 = 0;
  (void)out;
  gt_line = 13; gt_col = 18;
  v_2 = gt_scalar(F64, 2);
  p_3 = gt_const(F64, 1, (int64_t[]){2}, (double[]){-1.5, 2});
  gt_line = 14; gt_col = 15;
  v_4 = gt_scalar(I32, 0);
  gt_line = 14; gt_col = 19;
  v_5 = gt_scalar(I32, 20000);
  gt_line = 14; gt_col = 3;
  p_7 = gt_retain(p_3);
  for (int64_t t1 = gt_int(v_4), t1_end = gt_int(v_5); t1 < t1_end; t1++) {
    step_6 = gt_scalar(I32, (double)t1);
    gt_line = 6; gt_col = 48;
    v_59 = gt_scalar(I32, 1);
    gt_line = 6; gt_col = 10;
    { /* fused: index, index, square, sub, mul, mul, neg, mul, mul, scatter_add, scatter_add, add, sub, mul, neg, scatter_add, add, mul, sub */
      const double *restrict p1 = (const double *)p_7->p;
      gt_line = 6; gt_col = 60;
      int64_t off2, cnt3; gt_view_at(gt_int(v_4), 2, 1, &off2, &cnt3);
      if (cnt3 != 1) gt_fail("a view's length differs from its type");
      gt_line = 6; gt_col = 46;
      int64_t off6, cnt7; gt_view_at(gt_int(v_59), 2, 1, &off6, &cnt7);
      if (cnt7 != 1) gt_fail("a view's length differs from its type");
      gt_line = 6; gt_col = 23;
      int64_t off8, cnt9; gt_view_at(gt_int(v_4), 2, 1, &off8, &cnt9);
      if (cnt9 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p12 = (const double *)v_2->p;
      const double p12v = p12[0];
      gt_line = 6; gt_col = 46;
      int64_t off18, cnt19; gt_view_at(gt_int(v_59), 2, 1, &off18, &cnt19);
      if (cnt19 != 1) gt_fail("a view's length differs from its type");
      gt_line = 6; gt_col = 23;
      int64_t off27, cnt28; gt_view_at(gt_int(v_4), 2, 1, &off27, &cnt28);
      if (cnt28 != 1) gt_fail("a view's length differs from its type");
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        double e5 = 0;
        { const int64_t q4 = i - off2; if (q4 >= 0 && q4 < cnt3) {
          const double e10 = p1[(off8 + q4)] * p1[(off8 + q4)];
          const double e11 = p1[(off6 + q4)] - e10;
          const double e13 = e11 * p12v;
          const double e14 = 100.0 * e13;
          const double e15 = -e14;
          const double e16 = p1[(off8 + q4)] * p12v;
          const double e17 = e15 * e16;
          e5 = e17;
        } }
        double e21 = 0;
        { const int64_t q20 = i - off18; if (q20 >= 0 && q20 < cnt19) {
          const double e22 = p1[(off8 + q20)] * p1[(off8 + q20)];
          const double e23 = p1[(off6 + q20)] - e22;
          const double e24 = e23 * p12v;
          const double e25 = 100.0 * e24;
          e21 = e25;
        } }
        const double e26 = e5 + e21;
        double e30 = 0;
        { const int64_t q29 = i - off27; if (q29 >= 0 && q29 < cnt28) {
          const double e31 = 1.0 - p1[(off8 + q29)];
          const double e32 = e31 * p12v;
          const double e33 = -e32;
          e30 = e33;
        } }
        const double e34 = e26 + e30;
        const double e35 = 0.00050000000000000001 * e34;
        const double e36 = p1[i] - e35;
        z[i] = e36;
      }
      v_88 = r;
    }
    gt_release(v_59); v_59 = 0;
    T *t2 = gt_retain(v_88);
    gt_release(p_7);
    p_7 = t2;
    gt_release(v_88); v_88 = 0;
    gt_release(step_6); step_6 = 0;
  }
  p_11 = p_7; p_7 = 0;
  gt_release(v_5); v_5 = 0;
  gt_line = 17; gt_col = 30;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)p_11->p;
    T *r = gt_new_raw(F64, 1, (int64_t[]){2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 2; i++) {
      const double e2 = p1[i] * 10000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 10000.0;
      z[i] = e4;
    }
    v_15 = r;
  }
  gt_line = 6; gt_col = 17;
  v_89 = gt_scalar(F64, 1);
  gt_line = 6; gt_col = 31;
  v_94 = gt_scalar(F64, 100);
  gt_line = 6; gt_col = 48;
  v_95 = gt_scalar(I32, 1);
  gt_line = 17; gt_col = 50;
  { /* fused: index, sub, square, index, square, sub, square, mul, add, mul, round, div */
    const double *restrict p1 = (const double *)v_89->p;
    const double p1v = p1[0];
    gt_line = 6; gt_col = 23;
    int64_t off2, cnt3; gt_view_at(gt_int(v_4), 2, 1, &off2, &cnt3);
    if (cnt3 != 1) gt_fail("a view's length differs from its type");
    const double *restrict p4 = (const double *)p_11->p;
    const double *restrict p7 = (const double *)v_94->p;
    const double p7v = p7[0];
    gt_line = 6; gt_col = 46;
    int64_t off8, cnt9; gt_view_at(gt_int(v_95), 2, 1, &off8, &cnt9);
    if (cnt9 != 1) gt_fail("a view's length differs from its type");
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e5 = p1v - p4[(off2 + i)];
      const double e6 = e5 * e5;
      const double e10 = p4[(off2 + i)] * p4[(off2 + i)];
      const double e11 = p4[(off8 + i)] - e10;
      const double e12 = e11 * e11;
      const double e13 = p7v * e12;
      const double e14 = e6 + e13;
      const double e15 = e14 * 1000000.0;
      const double e16 = nearbyint(e15);
      const double e17 = e16 / 1000000.0;
      z[i] = e17;
    }
    v_20 = r;
  }
  gt_release(p_11); p_11 = 0;
  gt_line = 17; gt_col = 50;
  gt_print_text("gradient descent:", 1);
  gt_print_tensor(v_15, 0);
  gt_print_text("f =", 0);
  gt_print_tensor(v_20, 0);
  fputc('\n', stdout);
  gt_release(v_15); v_15 = 0;
  gt_release(v_20); v_20 = 0;
  gt_line = 22; gt_col = 22;
  m_25 = gt_const(F64, 1, (int64_t[]){2}, (double[]){0, 0});
  gt_line = 24; gt_col = 16;
  v_30 = gt_scalar(I32, 5001);
  gt_line = 24; gt_col = 3;
  q_32 = p_3; p_3 = 0;
  m_33 = gt_retain(m_25);
  v_34 = gt_retain(m_25);
  for (int64_t t3 = gt_int(v_95), t3_end = gt_int(v_30); t3 < t3_end; t3++) {
    t_31 = gt_scalar(I32, (double)t3);
    gt_line = 6; gt_col = 53;
    { /* fused: index, index, square, sub, mul, mul, neg, mul, mul */
      const double *restrict p1 = (const double *)v_94->p;
      const double p1v = p1[0];
      gt_line = 6; gt_col = 46;
      int64_t off2, cnt3; gt_view_at(gt_int(v_95), 2, 1, &off2, &cnt3);
      if (cnt3 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p4 = (const double *)q_32->p;
      gt_line = 6; gt_col = 23;
      int64_t off5, cnt6; gt_view_at(gt_int(v_4), 2, 1, &off5, &cnt6);
      if (cnt6 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p9 = (const double *)v_2->p;
      const double p9v = p9[0];
      T *r = gt_new_raw(F64, 0, (int64_t[]){0});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 1; i++) {
        const double e7 = p4[(off5 + i)] * p4[(off5 + i)];
        const double e8 = p4[(off2 + i)] - e7;
        const double e10 = e8 * p9v;
        const double e11 = p1v * e10;
        const double e12 = -e11;
        const double e13 = p4[(off5 + i)] * p9v;
        const double e14 = e12 * e13;
        z[i] = e14;
      }
      v_128 = r;
    }
    gt_line = 6; gt_col = 46;
    { /* fused: scatter_add, index, index, square, sub, mul, mul, scatter_add, add */
      gt_line = 6; gt_col = 60;
      int64_t off1, cnt2; gt_view_at(gt_int(v_4), 2, 1, &off1, &cnt2);
      if (cnt2 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p5 = (const double *)v_128->p;
      const double p5v = p5[0];
      gt_line = 6; gt_col = 46;
      int64_t off6, cnt7; gt_view_at(gt_int(v_95), 2, 1, &off6, &cnt7);
      if (cnt7 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p10 = (const double *)v_94->p;
      const double p10v = p10[0];
      gt_line = 6; gt_col = 46;
      int64_t off11, cnt12; gt_view_at(gt_int(v_95), 2, 1, &off11, &cnt12);
      if (cnt12 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p13 = (const double *)q_32->p;
      gt_line = 6; gt_col = 23;
      int64_t off14, cnt15; gt_view_at(gt_int(v_4), 2, 1, &off14, &cnt15);
      if (cnt15 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p18 = (const double *)v_2->p;
      const double p18v = p18[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        double e4 = 0;
        { const int64_t q3 = i - off1; if (q3 >= 0 && q3 < cnt2) {
          e4 = p5v;
        } }
        double e9 = 0;
        { const int64_t q8 = i - off6; if (q8 >= 0 && q8 < cnt7) {
          const double e16 = p13[(off14 + q8)] * p13[(off14 + q8)];
          const double e17 = p13[(off11 + q8)] - e16;
          const double e19 = e17 * p18v;
          const double e20 = p10v * e19;
          e9 = e20;
        } }
        const double e21 = e4 + e9;
        z[i] = e21;
      }
      d_p_131 = r;
    }
    gt_release(v_128); v_128 = 0;
    gt_line = 36; gt_col = 12;
    { /* fused: mul, index, sub, mul, neg, scatter_add, add, mul, add */
      const double *restrict p1 = (const double *)m_33->p;
      const double *restrict p3 = (const double *)d_p_131->p;
      gt_line = 6; gt_col = 23;
      int64_t off4, cnt5; gt_view_at(gt_int(v_4), 2, 1, &off4, &cnt5);
      if (cnt5 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p8 = (const double *)v_89->p;
      const double p8v = p8[0];
      gt_line = 6; gt_col = 23;
      int64_t off9, cnt10; gt_view_at(gt_int(v_4), 2, 1, &off9, &cnt10);
      if (cnt10 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p11 = (const double *)q_32->p;
      const double *restrict p13 = (const double *)v_2->p;
      const double p13v = p13[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.90000000000000002;
        double e7 = 0;
        { const int64_t q6 = i - off4; if (q6 >= 0 && q6 < cnt5) {
          const double e12 = p8v - p11[(off9 + q6)];
          const double e14 = e12 * p13v;
          const double e15 = -e14;
          e7 = e15;
        } }
        const double e16 = p3[i] + e7;
        const double e17 = e16 * 0.10000000000000001;
        const double e18 = e2 + e17;
        z[i] = e18;
      }
      m2_142 = r;
    }
    gt_line = 37; gt_col = 12;
    { /* fused: mul, index, sub, mul, neg, scatter_add, add, square, mul, add */
      const double *restrict p1 = (const double *)v_34->p;
      const double *restrict p3 = (const double *)d_p_131->p;
      gt_line = 6; gt_col = 23;
      int64_t off4, cnt5; gt_view_at(gt_int(v_4), 2, 1, &off4, &cnt5);
      if (cnt5 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p8 = (const double *)v_89->p;
      const double p8v = p8[0];
      gt_line = 6; gt_col = 23;
      int64_t off9, cnt10; gt_view_at(gt_int(v_4), 2, 1, &off9, &cnt10);
      if (cnt10 != 1) gt_fail("a view's length differs from its type");
      const double *restrict p11 = (const double *)q_32->p;
      const double *restrict p13 = (const double *)v_2->p;
      const double p13v = p13[0];
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e2 = p1[i] * 0.999;
        double e7 = 0;
        { const int64_t q6 = i - off4; if (q6 >= 0 && q6 < cnt5) {
          const double e12 = p8v - p11[(off9 + q6)];
          const double e14 = e12 * p13v;
          const double e15 = -e14;
          e7 = e15;
        } }
        const double e16 = p3[i] + e7;
        const double e17 = e16 * e16;
        const double e18 = e17 * 0.001;
        const double e19 = e2 + e18;
        z[i] = e19;
      }
      v2_148 = r;
    }
    gt_release(d_p_131); d_p_131 = 0;
    gt_line = 40; gt_col = 11;
    { /* fused: convert.f64, pow, sub, div, mul, pow, sub, div, sqrt, add, div, sub */
      const double *restrict p1 = (const double *)q_32->p;
      const double *restrict p2 = (const double *)m2_142->p;
      const double *restrict p3 = (const double *)v_89->p;
      const double p3v = p3[0];
      const int32_t *restrict p4 = (const int32_t *)t_31->p;
      const int32_t p4v = p4[0];
      const double *restrict p10 = (const double *)v2_148->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){2});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 2; i++) {
        const double e5 = (double)p4v;
        const double e6 = pow(0.90000000000000002, e5);
        const double e7 = p3v - e6;
        const double e8 = p2[i] / e7;
        const double e9 = 0.02 * e8;
        const double e11 = pow(0.999, e5);
        const double e12 = p3v - e11;
        const double e13 = p10[i] / e12;
        const double e14 = sqrt(e13);
        const double e15 = e14 + 1e-08;
        const double e16 = e9 / e15;
        const double e17 = p1[i] - e16;
        z[i] = e17;
      }
      v_166 = r;
    }
    T *t4 = gt_retain(v_166);
    T *t5 = gt_retain(m2_142);
    T *t6 = gt_retain(v2_148);
    gt_release(q_32);
    gt_release(m_33);
    gt_release(v_34);
    q_32 = t4;
    m_33 = t5;
    v_34 = t6;
    gt_release(m2_142); m2_142 = 0;
    gt_release(v2_148); v2_148 = 0;
    gt_release(v_166); v_166 = 0;
    gt_release(t_31); t_31 = 0;
  }
  q_41 = q_32; q_32 = 0;
  m_42 = m_33; m_33 = 0;
  v_43 = v_34; v_34 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(p_3); p_3 = 0;
  gt_release(m_25); m_25 = 0;
  gt_release(v_30); v_30 = 0;
  gt_release(m_42); m_42 = 0;
  gt_release(v_43); v_43 = 0;
  gt_line = 30; gt_col = 18;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)q_41->p;
    T *r = gt_new_raw(F64, 1, (int64_t[]){2});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 2; i++) {
      const double e2 = p1[i] * 10000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 10000.0;
      z[i] = e4;
    }
    v_47 = r;
  }
  gt_line = 30; gt_col = 38;
  { /* fused: index, sub, square, index, square, sub, square, mul, add, mul, round, div */
    const double *restrict p1 = (const double *)v_89->p;
    const double p1v = p1[0];
    gt_line = 6; gt_col = 23;
    int64_t off2, cnt3; gt_view_at(gt_int(v_4), 2, 1, &off2, &cnt3);
    if (cnt3 != 1) gt_fail("a view's length differs from its type");
    const double *restrict p4 = (const double *)q_41->p;
    const double *restrict p7 = (const double *)v_94->p;
    const double p7v = p7[0];
    gt_line = 6; gt_col = 46;
    int64_t off8, cnt9; gt_view_at(gt_int(v_95), 2, 1, &off8, &cnt9);
    if (cnt9 != 1) gt_fail("a view's length differs from its type");
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e5 = p1v - p4[(off2 + i)];
      const double e6 = e5 * e5;
      const double e10 = p4[(off2 + i)] * p4[(off2 + i)];
      const double e11 = p4[(off8 + i)] - e10;
      const double e12 = e11 * e11;
      const double e13 = p7v * e12;
      const double e14 = e6 + e13;
      const double e15 = e14 * 1000000.0;
      const double e16 = nearbyint(e15);
      const double e17 = e16 / 1000000.0;
      z[i] = e17;
    }
    v_52 = r;
  }
  gt_release(v_4); v_4 = 0;
  gt_release(q_41); q_41 = 0;
  gt_release(v_89); v_89 = 0;
  gt_release(v_94); v_94 = 0;
  gt_release(v_95); v_95 = 0;
  gt_line = 30; gt_col = 38;
  gt_print_text("adam:", 1);
  gt_print_tensor(v_47, 0);
  gt_print_text("f =", 0);
  gt_print_tensor(v_52, 0);
  fputc('\n', stdout);
  gt_release(v_47); v_47 = 0;
  gt_release(v_52); v_52 = 0;
  gt_release(v_2);
  gt_release(p_3);
  gt_release(v_4);
  gt_release(v_5);
  gt_release(p_11);
  gt_release(p_7);
  gt_release(step_6);
  gt_release(v_59);
  gt_release(v_88);
  gt_release(v_15);
  gt_release(v_89);
  gt_release(v_94);
  gt_release(v_95);
  gt_release(v_20);
  gt_release(m_25);
  gt_release(v_30);
  gt_release(q_41);
  gt_release(m_42);
  gt_release(v_43);
  gt_release(q_32);
  gt_release(m_33);
  gt_release(v_34);
  gt_release(t_31);
  gt_release(v_128);
  gt_release(d_p_131);
  gt_release(m2_142);
  gt_release(v2_148);
  gt_release(v_166);
  gt_release(v_47);
  gt_release(v_52);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/minimize_rosenbrock.grad";
  gt_src = gt_program_src;
  gt_src_lines = 33;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
