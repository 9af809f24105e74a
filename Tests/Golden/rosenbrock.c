/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/lib/rosenbrock.grad: the extended Rosenbrock function and its gradient, built as a",
  "// shared library and called from C (use_from_c.c) and Python (use_from_python.py):",
  "//   gradc build --lib Examples/lib/rosenbrock.grad -o librosenbrock.so    (writes rosenbrock.h)",
  "",
  "fn rosenbrock(x: f64[n]) -> f64 {",
  "  let head = x[0:n-1]",
  "  let tail = x[1:n]",
  "  return sum(100.0 * square(tail - square(head)) + square(1.0 - head))",
  "}",
  "",
  "fn drosenbrock = grad(rosenbrock)",
  "",
  "fn main() {",
  "  let x = [-1.2, 1.0, 0.5]",
  "  print(rosenbrock(x), drosenbrock(x))",
  "  // expect: 49.199999999999996 [-215.6  112.  -100. ]",
  "}",
  ""
};

static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {""};
  (void)sz; (void)sz_names;
  T *v_24 = 0, *d_x_63 = 0;
  (void)out;
  gt_line = 8; gt_col = 10;
  v_24 = gt_scalar(F64, 49.199999999999996);
  gt_line = 6; gt_col = 14;
  d_x_63 = gt_const(F64, 1, (int64_t[]){3}, (double[]){-215.59999999999997, 112.00000000000001, -100});
  gt_line = 15; gt_col = 36;
  gt_print_tensor(v_24, 1);
  gt_print_tensor(d_x_63, 0);
  fputc('\n', stdout);
  gt_release(v_24); v_24 = 0;
  gt_release(d_x_63); d_x_63 = 0;
  gt_release(v_24);
  gt_release(d_x_63);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/lib/rosenbrock.grad";
  gt_src = gt_program_src;
  gt_src_lines = 18;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
