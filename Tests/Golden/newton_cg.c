/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// Examples/newton_cg.grad: Newton's method without forming a Hessian. Each step solves",
  "// H\302\267d = -g by conjugate gradients, where every H\302\267v is a Hessian-vector product derived by",
  "// gradc as forward mode over reverse mode: hvp = jvp(grad(f)). The function is a regularized",
  "// logistic loss in 5 dimensions, strictly convex, so a few Newton steps reach its minimum.",
  "",
  "fn f(x: f64[5], A: f64[40, 5], y: f64[40]) -> f64 {",
  "  let z = A @ x",
  "  return mean(softplus(z) - y * z) + 0.05 * sum(square(x))",
  "}",
  "",
  "fn df = grad(f, wrt: x)",
  "fn hvp = jvp(df, wrt: x)               // (x, A, y, v) -> (\342\210\207f(x), H\302\267v)",
  "",
  "// Conjugate gradients for H\302\267d = -g, k iterations, from d = 0.",
  "fn newton_direction(x: f64[5], A: f64[40, 5], y: f64[40]) -> f64[5] {",
  "  let g = df(x, A, y)",
  "  var d = zeros([5])",
  "  var r = -g",
  "  var s = r",
  "  var rr = dot(r, r)",
  "  for k in 0..<5 {",
  "    let (_, hs) = hvp(x, A, y, s)",
  "    let alpha = rr / dot(s, hs)",
  "    d = d + alpha * s",
  "    r = r - alpha * hs",
  "    let rr2 = dot(r, r)",
  "    s = r + (rr2 / rr) * s",
  "    rr = rr2",
  "  }",
  "  return d",
  "}",
  "",
  "fn main() {",
  "  let A = randn([40, 5], seed: 1)",
  "  let y = where(A @ [1.0, -2.0, 0.5, 0.0, 1.5] + randn([40], seed: 2) > 0.0, 1.0, 0.0)",
  "  var x = zeros([5])",
  "  var g = x",
  "  for step in 0..<4 {",
  "    x = x + newton_direction(x, A, y)",
  "    print(\"newton step\", step + 1, \"f =\", round(f(x, A, y), 8), \"|grad| < 1e-8:\", norm(df(x, A, y)) < 1e-8)",
  "  }",
  "  // expect: newton step 1 f = 0.41902166 |grad| < 1e-8: False",
  "  // expect: newton step 2 f = 0.40981973 |grad| < 1e-8: False",
  "  // expect: newton step 3 f = 0.40978249 |grad| < 1e-8: False",
  "  // expect: newton step 4 f = 0.40978248 |grad| < 1e-8: True",
  "  // Gradient descent for comparison: 4 steps of 1.0 get nowhere near.",
  "  for step in 0..<4 { g = g - df(g, A, y) }",
  "  print(\"gradient descent, 4 steps: f =\", round(f(g, A, y), 8))",
  "  // expect: gradient descent, 4 steps: f = 0.43415136",
  "}",
  ""
};

static void f_main(T **out);

static void f_main(T **out) {
  int64_t sz[1] = {-1};
  static const char *const sz_names[] = {""};
  (void)sz; (void)sz_names;
  T *v_0 = 0, *v_1 = 0, *v_2 = 0, *v_3 = 0, *A_4 = 0, *v_5 = 0, *v_6 = 0, *v_9 = 0, *v_11 = 0, *v_12 = 0, *v_16 = 0, *v_17 = 0, *v_19 = 0, *y_22 = 0, *x_25 = 0, *v_27 = 0, *x_45 = 0, *x_29 = 0, *step_28 = 0, *z_58 = 0, *v_59 = 0, *v_60 = 0, *v_61 = 0, *v_63 = 0, *v_64 = 0, *v_71 = 0, *v_73 = 0, *d_x_74 = 0, *v_76 = 0, *v_77 = 0, *v_78 = 0, *d_z_80 = 0, *v_81 = 0, *v_82 = 0, *d_z_83 = 0, *v_85 = 0, *v_88 = 0, *v_89 = 0, *v_90 = 0, *d_x_91 = 0, *r_95 = 0, *v_96 = 0, *rr_97 = 0, *d_187 = 0, *r_188 = 0, *s_189 = 0, *rr_190 = 0, *d_101 = 0, *r_102 = 0, *s_103 = 0, *rr_104 = 0, *k_100 = 0, *v_106 = 0, *v_137 = 0, *v_139 = 0, *v_149 = 0, *v_150 = 0, *v_151 = 0, *v_153 = 0, *v_158 = 0, *v_167 = 0, *v_169 = 0, *v_171 = 0, *v_175 = 0, *v_176 = 0, *alpha_177 = 0, *v_178 = 0, *v_179 = 0, *v_180 = 0, *v_181 = 0, *v_182 = 0, *rr2_183 = 0, *v_184 = 0, *v_185 = 0, *v_186 = 0, *v_31 = 0, *v_33 = 0, *z_191 = 0, *v_192 = 0, *v_193 = 0, *v_194 = 0, *v_195 = 0, *v_197 = 0, *v_198 = 0, *v_199 = 0, *v_200 = 0, *v_35 = 0, *v_36 = 0, *v_37 = 0, *v_38 = 0, *v_214 = 0, *v_216 = 0, *d_x_217 = 0, *v_220 = 0, *v_221 = 0, *d_z_223 = 0, *v_224 = 0, *v_225 = 0, *d_z_226 = 0, *v_228 = 0, *v_232 = 0, *v_233 = 0, *d_x_234 = 0, *v_40 = 0, *v_41 = 0, *v_42 = 0, *v_43 = 0, *v_44 = 0, *g_52 = 0, *g_49 = 0, *step_48 = 0, *z_235 = 0, *v_236 = 0, *v_237 = 0, *v_238 = 0, *v_240 = 0, *v_241 = 0, *v_248 = 0, *v_250 = 0, *d_x_251 = 0, *v_253 = 0, *v_254 = 0, *v_255 = 0, *d_z_257 = 0, *v_258 = 0, *v_259 = 0, *d_z_260 = 0, *v_262 = 0, *v_265 = 0, *v_266 = 0, *v_267 = 0, *d_x_268 = 0, *v_51 = 0, *z_269 = 0, *v_270 = 0, *v_271 = 0, *v_272 = 0, *v_273 = 0, *v_274 = 0, *v_275 = 0, *v_276 = 0, *v_277 = 0, *v_278 = 0, *v_54 = 0, *v_55 = 0, *v_56 = 0, *v_57 = 0;
  (void)out;
  gt_line = 34; gt_col = 18;
  v_0 = gt_scalar(I32, 40);
  gt_line = 34; gt_col = 22;
  v_1 = gt_scalar(I32, 5);
  v_2 = gt_scalar(I32, 0);
  gt_line = 34; gt_col = 32;
  v_3 = gt_scalar(I32, 1);
  gt_line = 34; gt_col = 11;
  A_4 = gt_random(1, F64, gt_int(v_3), 2, (int64_t[]){gt_int(v_0), gt_int(v_1)});
  gt_release(v_0); v_0 = 0;
  gt_line = 35; gt_col = 22;
  v_5 = gt_scalar(F64, 1);
  gt_line = 35; gt_col = 28;
  v_6 = gt_scalar(F64, 2);
  gt_line = 35; gt_col = 38;
  v_9 = gt_scalar(F64, 0);
  gt_line = 35; gt_col = 43;
  v_11 = gt_const(F64, 1, (int64_t[]){5}, (double[]){1, -2, 0.5, 0, 1.5});
  gt_line = 35; gt_col = 17;
  v_12 = gt_matmul(A_4, v_11);
  gt_release(v_11); v_11 = 0;
  gt_line = 35; gt_col = 68;
  v_16 = gt_const(F64, 1, (int64_t[]){40}, (double[]){-0.0071460226801007085, -1.337519043264767, 0.13016878525205222, -1.339382699304926, -0.49297833927418677, 0.70972524231094614, -0.1102997738270235, -1.6061354550382614, -0.10640723622682591, -0.75158153982756959, -0.84213336720735432, 0.34680264041795578, -0.89401310967813252, 0.90755862897651185, 0.6693837391427796, 2.2200116743925848, -0.43952858975470704, 0.50342642944505411, 0.24115510066858256, 0.94388229887749808, -0.30967346333642093, -0.053870314547696856, -0.47556300527178735, 0.85624896722260191, -0.13639689105046537, -2.2225920171611659, -0.89098116923721682, -0.83428183539913103, -0.048136682967035639, 0.14539255638372064, -1.5996239616964398, -1.2157766892052824, -0.43418537544131564, 0.65734777908641762, -1.2067240776627655, 1.6865960985140869, 0.80669259420101225, 0.054365155249411865, 0.36266581431972827, 2.1250825411549958});
  gt_line = 35; gt_col = 17;
  v_17 = gt_binary(B_ADD, v_12, v_16);
  gt_release(v_12); v_12 = 0;
  gt_release(v_16); v_16 = 0;
  v_19 = gt_binary(B_GT, v_17, v_9);
  gt_release(v_17); v_17 = 0;
  gt_line = 35; gt_col = 11;
  y_22 = gt_select(v_19, v_5, v_9);
  gt_release(v_9); v_9 = 0;
  gt_release(v_19); v_19 = 0;
  gt_line = 36; gt_col = 18;
  x_25 = gt_const(F64, 1, (int64_t[]){5}, (double[]){0, 0, 0, 0, 0});
  gt_line = 38; gt_col = 19;
  v_27 = gt_scalar(I32, 4);
  gt_line = 38; gt_col = 3;
  x_29 = gt_retain(x_25);
  for (int64_t t1 = gt_int(v_2), t1_end = gt_int(v_27); t1 < t1_end; t1++) {
    step_28 = gt_scalar(I32, (double)t1);
    gt_line = 7; gt_col = 11;
    z_58 = gt_matmul(A_4, x_29);
    gt_line = 8; gt_col = 15;
    v_59 = gt_unary(U_SOFTPLUS, z_58);
    gt_line = 8; gt_col = 29;
    v_60 = gt_binary(B_MUL, y_22, z_58);
    gt_line = 8; gt_col = 15;
    v_61 = gt_binary(B_SUB, v_59, v_60);
    gt_release(v_59); v_59 = 0;
    gt_release(v_60); v_60 = 0;
    gt_line = 8; gt_col = 38;
    v_63 = gt_scalar(F64, 0.050000000000000003);
    gt_line = 8; gt_col = 49;
    v_64 = gt_unary(U_SQUARE, x_29);
    gt_line = 8; gt_col = 45;
    v_71 = gt_broadcast_to(v_63, v_64->rank, v_64->shape);
    gt_release(v_64); v_64 = 0;
    gt_line = 8; gt_col = 49;
    v_73 = gt_binary(B_MUL, x_29, v_6);
    d_x_74 = gt_binary(B_MUL, v_71, v_73);
    gt_release(v_73); v_73 = 0;
    gt_line = 8; gt_col = 10;
    v_76 = gt_scalar(F64, 0.025000000000000001);
    v_77 = gt_broadcast_to(v_76, v_61->rank, v_61->shape);
    gt_release(v_61); v_61 = 0;
    gt_line = 8; gt_col = 15;
    v_78 = gt_unary(U_NEG, v_77);
    gt_line = 8; gt_col = 29;
    d_z_80 = gt_binary(B_MUL, v_78, y_22);
    gt_release(v_78); v_78 = 0;
    gt_line = 8; gt_col = 15;
    v_81 = gt_unary(U_SIGMOID, z_58);
    gt_release(z_58); z_58 = 0;
    v_82 = gt_binary(B_MUL, v_77, v_81);
    d_z_83 = gt_binary(B_ADD, d_z_80, v_82);
    gt_release(d_z_80); d_z_80 = 0;
    gt_release(v_82); v_82 = 0;
    gt_line = 7; gt_col = 11;
    v_85 = gt_expand_dims(d_z_83, -1);
    gt_release(d_z_83); d_z_83 = 0;
    v_88 = gt_transpose(A_4, 0, (int[]){0});
    v_89 = gt_matmul(v_88, v_85);
    gt_release(v_85); v_85 = 0;
    v_90 = gt_reshape(v_89, x_29->rank, x_29->shape);
    gt_release(v_89); v_89 = 0;
    d_x_91 = gt_binary(B_ADD, d_x_74, v_90);
    gt_release(d_x_74); d_x_74 = 0;
    gt_release(v_90); v_90 = 0;
    gt_line = 18; gt_col = 11;
    r_95 = gt_unary(U_NEG, d_x_91);
    gt_release(d_x_91); d_x_91 = 0;
    gt_line = 20; gt_col = 12;
    v_96 = gt_binary(B_MUL, r_95, r_95);
    rr_97 = gt_reduce(R_SUM, v_96, 0, 0, 0);
    gt_release(v_96); v_96 = 0;
    gt_line = 21; gt_col = 3;
    d_101 = gt_retain(x_25);
    r_102 = gt_retain(r_95);
    s_103 = gt_retain(r_95);
    rr_104 = gt_retain(rr_97);
    for (int64_t t2 = gt_int(v_2), t2_end = gt_int(v_1); t2 < t2_end; t2++) {
      k_100 = gt_scalar(I32, (double)t2);
      gt_line = 7; gt_col = 11;
      v_106 = gt_matmul(A_4, s_103);
      gt_line = 8; gt_col = 49;
      v_137 = gt_binary(B_MUL, s_103, v_6);
      v_139 = gt_binary(B_MUL, v_71, v_137);
      gt_release(v_137); v_137 = 0;
      gt_line = 8; gt_col = 15;
      v_149 = gt_binary(B_SUB, v_5, v_81);
      v_150 = gt_binary(B_MUL, v_81, v_149);
      gt_release(v_149); v_149 = 0;
      v_151 = gt_binary(B_MUL, v_106, v_150);
      gt_release(v_106); v_106 = 0;
      gt_release(v_150); v_150 = 0;
      v_153 = gt_binary(B_MUL, v_77, v_151);
      gt_release(v_151); v_151 = 0;
      gt_line = 7; gt_col = 11;
      v_158 = gt_expand_dims(v_153, -1);
      gt_release(v_153); v_153 = 0;
      v_167 = gt_matmul(v_88, v_158);
      gt_release(v_158); v_158 = 0;
      v_169 = gt_reshape(v_167, x_29->rank, x_29->shape);
      gt_release(v_167); v_167 = 0;
      v_171 = gt_binary(B_ADD, v_139, v_169);
      gt_release(v_139); v_139 = 0;
      gt_release(v_169); v_169 = 0;
      gt_line = 23; gt_col = 22;
      v_175 = gt_binary(B_MUL, s_103, v_171);
      v_176 = gt_reduce(R_SUM, v_175, 0, 0, 0);
      gt_release(v_175); v_175 = 0;
      gt_line = 23; gt_col = 17;
      alpha_177 = gt_binary(B_DIV, rr_104, v_176);
      gt_release(v_176); v_176 = 0;
      gt_line = 24; gt_col = 13;
      v_178 = gt_binary(B_MUL, alpha_177, s_103);
      gt_line = 24; gt_col = 9;
      v_179 = gt_binary(B_ADD, d_101, v_178);
      gt_release(v_178); v_178 = 0;
      gt_line = 25; gt_col = 13;
      v_180 = gt_binary(B_MUL, alpha_177, v_171);
      gt_release(v_171); v_171 = 0;
      gt_release(alpha_177); alpha_177 = 0;
      gt_line = 25; gt_col = 9;
      v_181 = gt_binary(B_SUB, r_102, v_180);
      gt_release(v_180); v_180 = 0;
      gt_line = 26; gt_col = 15;
      v_182 = gt_binary(B_MUL, v_181, v_181);
      rr2_183 = gt_reduce(R_SUM, v_182, 0, 0, 0);
      gt_release(v_182); v_182 = 0;
      gt_line = 27; gt_col = 13;
      v_184 = gt_binary(B_DIV, rr2_183, rr_104);
      v_185 = gt_binary(B_MUL, v_184, s_103);
      gt_release(v_184); v_184 = 0;
      gt_line = 27; gt_col = 9;
      v_186 = gt_binary(B_ADD, v_181, v_185);
      gt_release(v_185); v_185 = 0;
      T *t3 = gt_retain(v_179);
      T *t4 = gt_retain(v_181);
      T *t5 = gt_retain(v_186);
      T *t6 = gt_retain(rr2_183);
      gt_release(d_101);
      gt_release(r_102);
      gt_release(s_103);
      gt_release(rr_104);
      d_101 = t3;
      r_102 = t4;
      s_103 = t5;
      rr_104 = t6;
      gt_release(v_179); v_179 = 0;
      gt_release(v_181); v_181 = 0;
      gt_release(rr2_183); rr2_183 = 0;
      gt_release(v_186); v_186 = 0;
      gt_release(k_100); k_100 = 0;
    }
    d_187 = d_101; d_101 = 0;
    r_188 = r_102; r_102 = 0;
    s_189 = s_103; s_103 = 0;
    rr_190 = rr_104; rr_104 = 0;
    gt_release(v_71); v_71 = 0;
    gt_release(v_77); v_77 = 0;
    gt_release(v_81); v_81 = 0;
    gt_release(r_95); r_95 = 0;
    gt_release(rr_97); rr_97 = 0;
    gt_release(r_188); r_188 = 0;
    gt_release(s_189); s_189 = 0;
    gt_release(rr_190); rr_190 = 0;
    gt_line = 39; gt_col = 9;
    v_31 = gt_binary(B_ADD, x_29, d_187);
    gt_release(d_187); d_187 = 0;
    gt_line = 40; gt_col = 26;
    v_33 = gt_binary(B_ADD, step_28, v_3);
    gt_line = 7; gt_col = 11;
    z_191 = gt_matmul(A_4, v_31);
    gt_line = 8; gt_col = 15;
    v_192 = gt_unary(U_SOFTPLUS, z_191);
    gt_line = 8; gt_col = 29;
    v_193 = gt_binary(B_MUL, y_22, z_191);
    gt_line = 8; gt_col = 15;
    v_194 = gt_binary(B_SUB, v_192, v_193);
    gt_release(v_192); v_192 = 0;
    gt_release(v_193); v_193 = 0;
    gt_line = 8; gt_col = 10;
    v_195 = gt_reduce(R_MEAN, v_194, 0, 0, 0);
    gt_line = 8; gt_col = 49;
    v_197 = gt_unary(U_SQUARE, v_31);
    gt_line = 8; gt_col = 45;
    v_198 = gt_reduce(R_SUM, v_197, 0, 0, 0);
    gt_line = 8; gt_col = 38;
    v_199 = gt_binary(B_MUL, v_63, v_198);
    gt_release(v_198); v_198 = 0;
    gt_line = 8; gt_col = 10;
    v_200 = gt_binary(B_ADD, v_195, v_199);
    gt_release(v_195); v_195 = 0;
    gt_release(v_199); v_199 = 0;
    gt_line = 40; gt_col = 57;
    v_35 = gt_scalar(F64, 100000000);
    gt_line = 40; gt_col = 43;
    v_36 = gt_binary(B_MUL, v_200, v_35);
    gt_release(v_200); v_200 = 0;
    v_37 = gt_unary(U_ROUND, v_36);
    gt_release(v_36); v_36 = 0;
    v_38 = gt_binary(B_DIV, v_37, v_35);
    gt_release(v_35); v_35 = 0;
    gt_release(v_37); v_37 = 0;
    gt_line = 8; gt_col = 45;
    v_214 = gt_broadcast_to(v_63, v_197->rank, v_197->shape);
    gt_release(v_63); v_63 = 0;
    gt_release(v_197); v_197 = 0;
    gt_line = 8; gt_col = 49;
    v_216 = gt_binary(B_MUL, v_31, v_6);
    d_x_217 = gt_binary(B_MUL, v_214, v_216);
    gt_release(v_214); v_214 = 0;
    gt_release(v_216); v_216 = 0;
    gt_line = 8; gt_col = 10;
    v_220 = gt_broadcast_to(v_76, v_194->rank, v_194->shape);
    gt_release(v_76); v_76 = 0;
    gt_release(v_194); v_194 = 0;
    gt_line = 8; gt_col = 15;
    v_221 = gt_unary(U_NEG, v_220);
    gt_line = 8; gt_col = 29;
    d_z_223 = gt_binary(B_MUL, v_221, y_22);
    gt_release(v_221); v_221 = 0;
    gt_line = 8; gt_col = 15;
    v_224 = gt_unary(U_SIGMOID, z_191);
    gt_release(z_191); z_191 = 0;
    v_225 = gt_binary(B_MUL, v_220, v_224);
    gt_release(v_220); v_220 = 0;
    gt_release(v_224); v_224 = 0;
    d_z_226 = gt_binary(B_ADD, d_z_223, v_225);
    gt_release(d_z_223); d_z_223 = 0;
    gt_release(v_225); v_225 = 0;
    gt_line = 7; gt_col = 11;
    v_228 = gt_expand_dims(d_z_226, -1);
    gt_release(d_z_226); d_z_226 = 0;
    v_232 = gt_matmul(v_88, v_228);
    gt_release(v_88); v_88 = 0;
    gt_release(v_228); v_228 = 0;
    v_233 = gt_reshape(v_232, v_31->rank, v_31->shape);
    gt_release(v_232); v_232 = 0;
    d_x_234 = gt_binary(B_ADD, d_x_217, v_233);
    gt_release(d_x_217); d_x_217 = 0;
    gt_release(v_233); v_233 = 0;
    gt_line = 40; gt_col = 83;
    v_40 = gt_binary(B_MUL, d_x_234, d_x_234);
    gt_release(d_x_234); d_x_234 = 0;
    v_41 = gt_reduce(R_SUM, v_40, 0, 0, 0);
    gt_release(v_40); v_40 = 0;
    v_42 = gt_unary(U_SQRT, v_41);
    gt_release(v_41); v_41 = 0;
    gt_line = 40; gt_col = 103;
    v_43 = gt_scalar(F64, 1e-08);
    gt_line = 40; gt_col = 83;
    v_44 = gt_binary(B_LT, v_42, v_43);
    gt_release(v_42); v_42 = 0;
    gt_release(v_43); v_43 = 0;
    gt_print_text("newton step", 1);
    gt_print_tensor(v_33, 0);
    gt_print_text("f =", 0);
    gt_print_tensor(v_38, 0);
    gt_print_text("|grad| < 1e-8:", 0);
    gt_print_tensor(v_44, 0);
    fputc('\n', stdout);
    gt_release(v_33); v_33 = 0;
    gt_release(v_38); v_38 = 0;
    gt_release(v_44); v_44 = 0;
    T *t7 = gt_retain(v_31);
    gt_release(x_29);
    x_29 = t7;
    gt_release(v_31); v_31 = 0;
    gt_release(step_28); step_28 = 0;
  }
  x_45 = x_29; x_29 = 0;
  gt_release(v_1); v_1 = 0;
  gt_release(v_3); v_3 = 0;
  gt_release(v_5); v_5 = 0;
  gt_release(x_45); x_45 = 0;
  gt_line = 47; gt_col = 3;
  g_49 = gt_retain(x_25);
  for (int64_t t8 = gt_int(v_2), t8_end = gt_int(v_27); t8 < t8_end; t8++) {
    step_48 = gt_scalar(I32, (double)t8);
    gt_line = 7; gt_col = 11;
    z_235 = gt_matmul(A_4, g_49);
    gt_line = 8; gt_col = 15;
    v_236 = gt_unary(U_SOFTPLUS, z_235);
    gt_line = 8; gt_col = 29;
    v_237 = gt_binary(B_MUL, y_22, z_235);
    gt_line = 8; gt_col = 15;
    v_238 = gt_binary(B_SUB, v_236, v_237);
    gt_release(v_236); v_236 = 0;
    gt_release(v_237); v_237 = 0;
    gt_line = 8; gt_col = 38;
    v_240 = gt_scalar(F64, 0.050000000000000003);
    gt_line = 8; gt_col = 49;
    v_241 = gt_unary(U_SQUARE, g_49);
    gt_line = 8; gt_col = 45;
    v_248 = gt_broadcast_to(v_240, v_241->rank, v_241->shape);
    gt_release(v_240); v_240 = 0;
    gt_release(v_241); v_241 = 0;
    gt_line = 8; gt_col = 49;
    v_250 = gt_binary(B_MUL, g_49, v_6);
    d_x_251 = gt_binary(B_MUL, v_248, v_250);
    gt_release(v_248); v_248 = 0;
    gt_release(v_250); v_250 = 0;
    gt_line = 8; gt_col = 10;
    v_253 = gt_scalar(F64, 0.025000000000000001);
    v_254 = gt_broadcast_to(v_253, v_238->rank, v_238->shape);
    gt_release(v_238); v_238 = 0;
    gt_release(v_253); v_253 = 0;
    gt_line = 8; gt_col = 15;
    v_255 = gt_unary(U_NEG, v_254);
    gt_line = 8; gt_col = 29;
    d_z_257 = gt_binary(B_MUL, v_255, y_22);
    gt_release(v_255); v_255 = 0;
    gt_line = 8; gt_col = 15;
    v_258 = gt_unary(U_SIGMOID, z_235);
    gt_release(z_235); z_235 = 0;
    v_259 = gt_binary(B_MUL, v_254, v_258);
    gt_release(v_254); v_254 = 0;
    gt_release(v_258); v_258 = 0;
    d_z_260 = gt_binary(B_ADD, d_z_257, v_259);
    gt_release(d_z_257); d_z_257 = 0;
    gt_release(v_259); v_259 = 0;
    gt_line = 7; gt_col = 11;
    v_262 = gt_expand_dims(d_z_260, -1);
    gt_release(d_z_260); d_z_260 = 0;
    v_265 = gt_transpose(A_4, 0, (int[]){0});
    v_266 = gt_matmul(v_265, v_262);
    gt_release(v_262); v_262 = 0;
    gt_release(v_265); v_265 = 0;
    v_267 = gt_reshape(v_266, g_49->rank, g_49->shape);
    gt_release(v_266); v_266 = 0;
    d_x_268 = gt_binary(B_ADD, d_x_251, v_267);
    gt_release(d_x_251); d_x_251 = 0;
    gt_release(v_267); v_267 = 0;
    gt_line = 47; gt_col = 27;
    v_51 = gt_binary(B_SUB, g_49, d_x_268);
    gt_release(d_x_268); d_x_268 = 0;
    T *t9 = gt_retain(v_51);
    gt_release(g_49);
    g_49 = t9;
    gt_release(v_51); v_51 = 0;
    gt_release(step_48); step_48 = 0;
  }
  g_52 = g_49; g_49 = 0;
  gt_release(v_2); v_2 = 0;
  gt_release(v_6); v_6 = 0;
  gt_release(x_25); x_25 = 0;
  gt_release(v_27); v_27 = 0;
  gt_line = 7; gt_col = 11;
  z_269 = gt_matmul(A_4, g_52);
  gt_release(A_4); A_4 = 0;
  gt_line = 8; gt_col = 15;
  v_270 = gt_unary(U_SOFTPLUS, z_269);
  gt_line = 8; gt_col = 29;
  v_271 = gt_binary(B_MUL, y_22, z_269);
  gt_release(y_22); y_22 = 0;
  gt_release(z_269); z_269 = 0;
  gt_line = 8; gt_col = 15;
  v_272 = gt_binary(B_SUB, v_270, v_271);
  gt_release(v_270); v_270 = 0;
  gt_release(v_271); v_271 = 0;
  gt_line = 8; gt_col = 10;
  v_273 = gt_reduce(R_MEAN, v_272, 0, 0, 0);
  gt_release(v_272); v_272 = 0;
  gt_line = 8; gt_col = 38;
  v_274 = gt_scalar(F64, 0.050000000000000003);
  gt_line = 8; gt_col = 49;
  v_275 = gt_unary(U_SQUARE, g_52);
  gt_release(g_52); g_52 = 0;
  gt_line = 8; gt_col = 45;
  v_276 = gt_reduce(R_SUM, v_275, 0, 0, 0);
  gt_release(v_275); v_275 = 0;
  gt_line = 8; gt_col = 38;
  v_277 = gt_binary(B_MUL, v_274, v_276);
  gt_release(v_274); v_274 = 0;
  gt_release(v_276); v_276 = 0;
  gt_line = 8; gt_col = 10;
  v_278 = gt_binary(B_ADD, v_273, v_277);
  gt_release(v_273); v_273 = 0;
  gt_release(v_277); v_277 = 0;
  gt_line = 48; gt_col = 57;
  v_54 = gt_scalar(F64, 100000000);
  gt_line = 48; gt_col = 43;
  v_55 = gt_binary(B_MUL, v_278, v_54);
  gt_release(v_278); v_278 = 0;
  v_56 = gt_unary(U_ROUND, v_55);
  gt_release(v_55); v_55 = 0;
  v_57 = gt_binary(B_DIV, v_56, v_54);
  gt_release(v_54); v_54 = 0;
  gt_release(v_56); v_56 = 0;
  gt_print_text("gradient descent, 4 steps: f =", 1);
  gt_print_tensor(v_57, 0);
  fputc('\n', stdout);
  gt_release(v_57); v_57 = 0;
  gt_release(v_0);
  gt_release(v_1);
  gt_release(v_2);
  gt_release(v_3);
  gt_release(A_4);
  gt_release(v_5);
  gt_release(v_6);
  gt_release(v_9);
  gt_release(v_11);
  gt_release(v_12);
  gt_release(v_16);
  gt_release(v_17);
  gt_release(v_19);
  gt_release(y_22);
  gt_release(x_25);
  gt_release(v_27);
  gt_release(x_45);
  gt_release(x_29);
  gt_release(step_28);
  gt_release(z_58);
  gt_release(v_59);
  gt_release(v_60);
  gt_release(v_61);
  gt_release(v_63);
  gt_release(v_64);
  gt_release(v_71);
  gt_release(v_73);
  gt_release(d_x_74);
  gt_release(v_76);
  gt_release(v_77);
  gt_release(v_78);
  gt_release(d_z_80);
  gt_release(v_81);
  gt_release(v_82);
  gt_release(d_z_83);
  gt_release(v_85);
  gt_release(v_88);
  gt_release(v_89);
  gt_release(v_90);
  gt_release(d_x_91);
  gt_release(r_95);
  gt_release(v_96);
  gt_release(rr_97);
  gt_release(d_187);
  gt_release(r_188);
  gt_release(s_189);
  gt_release(rr_190);
  gt_release(d_101);
  gt_release(r_102);
  gt_release(s_103);
  gt_release(rr_104);
  gt_release(k_100);
  gt_release(v_106);
  gt_release(v_137);
  gt_release(v_139);
  gt_release(v_149);
  gt_release(v_150);
  gt_release(v_151);
  gt_release(v_153);
  gt_release(v_158);
  gt_release(v_167);
  gt_release(v_169);
  gt_release(v_171);
  gt_release(v_175);
  gt_release(v_176);
  gt_release(alpha_177);
  gt_release(v_178);
  gt_release(v_179);
  gt_release(v_180);
  gt_release(v_181);
  gt_release(v_182);
  gt_release(rr2_183);
  gt_release(v_184);
  gt_release(v_185);
  gt_release(v_186);
  gt_release(v_31);
  gt_release(v_33);
  gt_release(z_191);
  gt_release(v_192);
  gt_release(v_193);
  gt_release(v_194);
  gt_release(v_195);
  gt_release(v_197);
  gt_release(v_198);
  gt_release(v_199);
  gt_release(v_200);
  gt_release(v_35);
  gt_release(v_36);
  gt_release(v_37);
  gt_release(v_38);
  gt_release(v_214);
  gt_release(v_216);
  gt_release(d_x_217);
  gt_release(v_220);
  gt_release(v_221);
  gt_release(d_z_223);
  gt_release(v_224);
  gt_release(v_225);
  gt_release(d_z_226);
  gt_release(v_228);
  gt_release(v_232);
  gt_release(v_233);
  gt_release(d_x_234);
  gt_release(v_40);
  gt_release(v_41);
  gt_release(v_42);
  gt_release(v_43);
  gt_release(v_44);
  gt_release(g_52);
  gt_release(g_49);
  gt_release(step_48);
  gt_release(z_235);
  gt_release(v_236);
  gt_release(v_237);
  gt_release(v_238);
  gt_release(v_240);
  gt_release(v_241);
  gt_release(v_248);
  gt_release(v_250);
  gt_release(d_x_251);
  gt_release(v_253);
  gt_release(v_254);
  gt_release(v_255);
  gt_release(d_z_257);
  gt_release(v_258);
  gt_release(v_259);
  gt_release(d_z_260);
  gt_release(v_262);
  gt_release(v_265);
  gt_release(v_266);
  gt_release(v_267);
  gt_release(d_x_268);
  gt_release(v_51);
  gt_release(z_269);
  gt_release(v_270);
  gt_release(v_271);
  gt_release(v_272);
  gt_release(v_273);
  gt_release(v_274);
  gt_release(v_275);
  gt_release(v_276);
  gt_release(v_277);
  gt_release(v_278);
  gt_release(v_54);
  gt_release(v_55);
  gt_release(v_56);
  gt_release(v_57);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/newton_cg.grad";
  gt_src = gt_program_src;
  gt_src_lines = 51;
  T *out[1] = {0};
  f_main(out);
  return 0;
}
