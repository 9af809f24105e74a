/* ---- the program ---- */
static const char *const gt_program_src[] = {
  "// A tanh RNN reads 48 steps of a sine wave with a random phase and predicts the value 8 steps",
  "// after the end; gradient descent trains it through the 48-step loop. Reverse mode keeps that",
  "// loop's states with the default checkpoint schedule, sqrt: `gradc emit plan` shows what it",
  "// stores and recomputes, `gradc emit grad` the recomputation itself, and",
  "// `gradc run --checkpoint=store-all` gives the same numbers.",
  "",
  "fn predict(Wh: f64[8, 8], wx: f64[8], b: f64[8], wo: f64[8], xs: f64[48, k]) -> f64[k] {",
  "  var h = zeros([k, 8])",
  "  for t in 0..<48 {",
  "    h = tanh(h @ Wh + expand_dims(xs[t], 1) * wx + b)",
  "  }",
  "  return h @ wo",
  "}",
  "",
  "fn loss(Wh: f64[8, 8], wx: f64[8], b: f64[8], wo: f64[8], xs: f64[48, k], y: f64[k]) -> f64 {",
  "  return mean(square(predict(Wh, wx, b, wo, xs) - y))",
  "}",
  "",
  "fn dloss = value_and_grad(loss, wrt: Wh, wx, b, wo)",
  "",
  "// One sequence per phase: sin(0.3 t + phase) for t = 0..47, and the value at t = 55.",
  "fn waves(phase: f64[k]) -> (f64[48, k], f64[k]) {",
  "  let t = f64(arange(48))",
  "  let xs = sin(expand_dims(t, 1) * 0.3 + expand_dims(phase, 0))",
  "  return (xs, sin(55.0 * 0.3 + phase))",
  "}",
  "",
  "fn main() {",
  "  let (xs, y) = waves(rand([64], seed: 1) * 6.283185307179586)",
  "  let (xt, yt) = waves(rand([256], seed: 2) * 6.283185307179586)",
  "  var Wh = randn([8, 8], seed: 3) * 0.3",
  "  var wx = randn([8], seed: 4) * 0.5",
  "  var b = zeros([8])",
  "  var wo = randn([8], seed: 5) * 0.3",
  "  print(\"test loss before:\", round(loss(Wh, wx, b, wo, xt, yt), decimals: 5))",
  "  // expect: test loss before: 1.51024",
  "  for step in 0..<200 {",
  "    let (l, gWh, gwx, gb, gwo) = dloss(Wh, wx, b, wo, xs, y)",
  "    Wh = Wh - 0.5 * gWh",
  "    wx = wx - 0.5 * gwx",
  "    b = b - 0.5 * gb",
  "    wo = wo - 0.5 * gwo",
  "  }",
  "  print(\"test loss after:\", round(loss(Wh, wx, b, wo, xt, yt), decimals: 5))",
  "  // expect: test loss after: 0.00064",
  "}",
  ""
};

static inline double gt_u_sin_f64(double x) { return sin(x); }
static inline float gt_u_sin_f32(float x) { return sinf(x); }
static inline double gt_u_tanh_f64(double x) { return tanh(x); }
static inline float gt_u_tanh_f32(float x) { return tanhf(x); }
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
  T *v_74 = 0, *v_79 = 0, *v_80 = 0, *xs_82 = 0, *v_87 = 0, *v_8 = 0, *v_9 = 0, *v_10 = 0, *v_95 = 0, *xs_97 = 0, *v_102 = 0, *v_16 = 0, *Wh_21 = 0, *v_25 = 0, *wx_26 = 0, *v_28 = 0, *b_29 = 0, *wo_34 = 0, *h_107 = 0, *v_108 = 0, *h_119 = 0, *h_111 = 0, *t_110 = 0, *v_112 = 0, *v_114 = 0, *v_118 = 0, *v_120 = 0, *v_123 = 0, *v_39 = 0, *v_41 = 0, *Wh_65 = 0, *wx_66 = 0, *b_67 = 0, *wo_68 = 0, *Wh_43 = 0, *wx_44 = 0, *b_45 = 0, *wo_46 = 0, *step_42 = 0, *v_164 = 0, *h_167 = 0, *h_179 = 0, *h_171 = 0, *t_170 = 0, *v_172 = 0, *v_174 = 0, *v_178 = 0, *v_180 = 0, *v_191 = 0, *plan_192 = 0, *slots_193 = 0, *saved_h_194 = 0, *h_211 = 0, *saved_h_212 = 0, *h_196 = 0, *saved_h_197 = 0, *t_195 = 0, *v_198 = 0, *v_199 = 0, *slot_200 = 0, *v_201 = 0, *v_203 = 0, *v_202 = 0, *v_204 = 0, *v_206 = 0, *v_210 = 0, *v_213 = 0, *v_214 = 0, *v_215 = 0, *d_h_216 = 0, *v_217 = 0, *v_218 = 0, *v_220 = 0, *v_221 = 0, *v_222 = 0, *v_223 = 0, *actions_225 = 0, *v_226 = 0, *v_227 = 0, *h_292 = 0, *saved_h_293 = 0, *d_h_294 = 0, *d_Wh_295 = 0, *d_wx_296 = 0, *d_b_297 = 0, *h_229 = 0, *saved_h_230 = 0, *d_h_231 = 0, *v_232 = 0, *v_233 = 0, *v_234 = 0, *action_228 = 0, *v_235 = 0, *v_236 = 0, *code_237 = 0, *v_238 = 0, *slot_239 = 0, *v_240 = 0, *trip_241 = 0, *v_242 = 0, *v_286 = 0, *v_287 = 0, *v_288 = 0, *v_289 = 0, *v_290 = 0, *v_291 = 0, *v_243 = 0, *v_244 = 0, *v_246 = 0, *v_245 = 0, *v_248 = 0, *v_252 = 0, *d_b_253 = 0, *d_wx_255 = 0, *v_256 = 0, *d_h_257 = 0, *v_260 = 0, *v_261 = 0, *v_262 = 0, *v_263 = 0, *v_280 = 0, *v_281 = 0, *v_282 = 0, *v_283 = 0, *v_284 = 0, *v_285 = 0, *v_264 = 0, *v_266 = 0, *v_270 = 0, *v_271 = 0, *v_274 = 0, *v_275 = 0, *v_276 = 0, *v_277 = 0, *v_278 = 0, *v_279 = 0, *v_272 = 0, *v_273 = 0, *v_55 = 0, *v_58 = 0, *v_61 = 0, *v_64 = 0, *h_159 = 0, *h_151 = 0, *t_150 = 0, *v_152 = 0, *v_154 = 0, *v_158 = 0, *v_160 = 0, *v_163 = 0, *v_73 = 0;
  (void)out;
  gt_line = 23; gt_col = 22;
  v_74 = gt_scalar(I32, 48);
  gt_line = 24; gt_col = 36;
  v_79 = gt_const(F64, 2, (int64_t[]){48, 1}, (double[]){0, 0.29999999999999999, 0.59999999999999998, 0.89999999999999991, 1.2, 1.5, 1.7999999999999998, 2.1000000000000001, 2.3999999999999999, 2.6999999999999997, 3, 3.2999999999999998, 3.5999999999999996, 3.8999999999999999, 4.2000000000000002, 4.5, 4.7999999999999998, 5.0999999999999996, 5.3999999999999995, 5.7000000000000002, 6, 6.2999999999999998, 6.5999999999999996, 6.8999999999999995, 7.1999999999999993, 7.5, 7.7999999999999998, 8.0999999999999996, 8.4000000000000004, 8.6999999999999993, 9, 9.2999999999999989, 9.5999999999999996, 9.9000000000000004, 10.199999999999999, 10.5, 10.799999999999999, 11.1, 11.4, 11.699999999999999, 12, 12.299999999999999, 12.6, 12.9, 13.199999999999999, 13.5, 13.799999999999999, 14.1});
  gt_line = 24; gt_col = 42;
  v_80 = gt_const(F64, 2, (int64_t[]){1, 64}, (double[]){3.559811364734998, 4.6858849795955768, 6.1009902345674787, 2.7919913037146515, 2.7913974407307074, 4.7934068341896818, 5.5125443779499568, 3.2865280191075485, 1.7939039708751943, 4.988827806647862, 2.5393001385880667, 3.8039683670130318, 2.8584591758963498, 3.3305845687464681, 2.7392513946173862, 1.0495117895528121, 4.0547571296412253, 5.1229988056187485, 4.2832786725761647, 5.5563751044112077, 0.41444011643101353, 0.51154335782365468, 3.1157056259502136, 0.77351594959240189, 1.8027172090915062, 0.30097200824345965, 3.2391070386912935, 4.4847542211185729, 0.27487852291586462, 6.2690348986556259, 3.7564159895454226, 3.6856859787980385, 2.4954880379393081, 2.758234969871292, 1.5913621201224692, 3.3285638396730124, 3.4159843160541823, 4.7013012243649079, 5.1398560578238222, 4.2007709758546756, 5.4150268154793739, 4.4496214614863341, 1.4850970399159775, 4.1232494353209219, 5.4595158984298653, 5.2736741989028904, 2.0384741046453398, 1.0001531947510998, 5.616784578315591, 5.7346014264357263, 1.8966189152519644, 0.82677257240936908, 2.0463307290738881, 5.9072869445541869, 2.4734522824063756, 0.55122908757447875, 3.8142059738275451, 0.97689395094150633, 6.0213781913934241, 5.5016530194302549, 3.3078204776509503, 0.42958136780232359, 4.727163472059182, 3.3556387300630126});
  gt_line = 24; gt_col = 12;
  { /* fused: add, sin */
    const double *restrict p1 = (const double *)v_79->p;
    const double *restrict p2 = (const double *)v_80->p;
    T *r = gt_new_raw(F64, 2, (int64_t[]){48, 64});
    double *restrict z = (double *)r->p;
    for (int64_t o = 0; o < 48; o++) {
      for (int64_t j = 0; j < 64; j++) {
        const int64_t i = o * 64 + j;
        const double e3 = p1[o] + p2[j];
        const double e4 = sin(e3);
        z[i] = e4;
      }
    }
    xs_82 = r;
  }
  gt_release(v_80); v_80 = 0;
  gt_line = 25; gt_col = 15;
  v_87 = gt_const(F64, 1, (int64_t[]){64}, (double[]){0.93570614743154112, 0.72101331897979404, -0.57273766939260529, 0.42814161582085991, 0.42760485945483162, 0.64248883423725578, -0.021394170428984109, 0.80576858061752754, -0.52749728133414786, 0.48146091164047927, 0.18860770886035094, 0.99323503732754204, 0.48721977473688416, 0.83106991069742897, 0.37990673779026801, -0.96356998973340624, 0.99098125293781747, 0.35988979349906669, 0.93486191380502093, -0.06518028807427971, -0.93436645658111828, -0.96450967824229661, 0.69336591715471807, -0.99998625212426362, -0.51998954646194506, -0.88801439760889711, 0.77678913698524543, 0.84490864260575727, -0.87571527222876877, -0.70177520810479266, 0.98659251919849367, 0.97259199397149454, 0.14541470148980029, 0.39739750828726372, -0.68761112429409632, 0.82994434991646415, 0.87548009865152088, 0.71024582269182746, 0.34411167618167116, 0.96093963634627122, 0.076048266073220502, 0.86317627720771739, -0.7607441611338901, 0.97948688326066802, 0.031627401548253456, 0.21576417988336191, -0.30608870827727996, -0.9755923769694399, -0.12530574900574837, -0.24105508839344517, -0.43760827310339667, -0.99884759839413351, -0.29859980838635297, -0.4042314093569277, 0.12357962950679927, -0.97422641439351476, 0.99437177163480539, -0.98043551820944219, -0.50573144241316614, -0.010504251120171284, 0.81819502344010253, -0.93965417981130983, 0.6918045132867251, 0.84474195261170615});
  gt_line = 30; gt_col = 30;
  v_8 = gt_scalar(I32, 256);
  gt_line = 30; gt_col = 42;
  v_9 = gt_scalar(I32, 2);
  gt_line = 30; gt_col = 24;
  v_10 = gt_random(0, F64, gt_seed(v_9), 1, (int64_t[]){gt_int(v_8)});
  gt_line = 24; gt_col = 42;
  { /* fused: mul, expand_dims */
    const double *restrict p1 = (const double *)v_10->p;
    T *r = gt_new_raw(F64, 2, (int64_t[]){1, 256});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 256; i++) {
      const double e2 = p1[i] * 6.2831853071795862;
      z[i] = e2;
    }
    v_95 = r;
  }
  gt_line = 24; gt_col = 12;
  { /* fused: add, sin */
    const double *restrict p1 = (const double *)v_79->p;
    const double *restrict p2 = (const double *)v_95->p;
    T *r = gt_new_raw(F64, 2, (int64_t[]){48, 256});
    double *restrict z = (double *)r->p;
    for (int64_t o = 0; o < 48; o++) {
      for (int64_t j = 0; j < 256; j++) {
        const int64_t i = o * 256 + j;
        const double e3 = p1[o] + p2[j];
        const double e4 = sin(e3);
        z[i] = e4;
      }
    }
    xs_97 = r;
  }
  gt_release(v_79); v_79 = 0;
  gt_release(v_95); v_95 = 0;
  gt_line = 25; gt_col = 15;
  { /* fused: mul, add, sin */
    const double *restrict p1 = (const double *)v_10->p;
    T *r = gt_new_raw(F64, 1, (int64_t[]){256});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 256; i++) {
      const double e2 = p1[i] * 6.2831853071795862;
      const double e3 = 16.5 + e2;
      const double e4 = sin(e3);
      z[i] = e4;
    }
    v_102 = r;
  }
  gt_release(v_10); v_10 = 0;
  gt_line = 31; gt_col = 19;
  v_16 = gt_scalar(I32, 8);
  gt_line = 31; gt_col = 37;
  Wh_21 = gt_const(F64, 2, (int64_t[]){8, 8}, (double[]){-0.045236793406054, -0.14010316769405609, 0.37078999984417332, 0.18270880195664546, -0.13735407033906813, -0.15823093866263763, 0.12372984002190301, -0.10404768277670637, 0.26659707279714928, -0.22472960561099981, -0.11018113810038309, -0.4512641643223021, -0.17653986964654153, 0.29427434695975335, 0.144212473676121, -0.45460175154170812, 0.20370904252892083, 0.15578085467510178, -0.15737272436309224, -0.097110236067037198, 0.51037233922477609, -0.21819684743296691, 0.16148553644677019, 0.4162787592912266, 0.32285852979376872, -0.26661721439375918, 0.15163815761301624, 0.14408219185541907, 0.29781953991670951, -0.30953340148508585, -0.073474867369527741, -0.45654894832840609, 0.15624358224847829, -0.11531846737147797, 0.075022253394313704, 0.30825819284628342, -0.16441893672826993, -0.29734232409787914, -0.19983211980869733, 0.21363417090413028, -0.17524528681776722, -0.0088178326531514247, 0.29106207034611781, -0.36891055023025282, -0.23500421270782304, -0.11616022423936023, 0.63253680768914211, 0.069191890333787948, 0.21134599735839943, 0.31151611757065539, -0.14934547374588106, -0.43039141422495075, -0.35892818267737225, -0.093327732952957015, -0.27924530874660519, 0.13671035891263328, -0.082878107210104274, -0.14750863934323497, -0.27718382051670776, 0.29486235952732021, 0.091558174552671026, 0.25788788983287192, -0.53564465774386327, 0.31540332998264203});
  gt_line = 32; gt_col = 34;
  v_25 = gt_scalar(F64, 0.5);
  wx_26 = gt_const(F64, 1, (int64_t[]){8}, (double[]){0.41449106750684961, -0.33246846578153222, -0.9885838653628608, 0.05113933804077711, -0.42838135708187353, -0.25962711793115578, -1.067786420435781, 0.35632042146583187});
  gt_line = 33; gt_col = 18;
  v_28 = gt_scalar(F64, 0);
  b_29 = gt_const(F64, 1, (int64_t[]){8}, (double[]){0, 0, 0, 0, 0, 0, 0, 0});
  gt_line = 34; gt_col = 34;
  wo_34 = gt_const(F64, 1, (int64_t[]){8}, (double[]){0.0043004237989056667, -0.29665412606026614, 0.1771862870660775, 0.1276131083304313, -0.14162695676679346, 0.13198050729187183, -0.87128294084296287, -0.0608731039184255});
  gt_line = 8; gt_col = 11;
  h_107 = gt_fill(F64, gt_get(v_28, 0), 2, (int64_t[]){gt_int(v_8), gt_int(v_16)});
  gt_release(v_8); v_8 = 0;
  gt_line = 9; gt_col = 12;
  v_108 = gt_scalar(I32, 0);
  gt_line = 9; gt_col = 3;
  h_111 = gt_retain(h_107);
  for (int64_t t1 = gt_int(v_108), t1_end = gt_int(v_74); t1 < t1_end; t1++) {
    t_110 = gt_scalar(I32, (double)t1);
    gt_line = 10; gt_col = 14;
    v_112 = gt_matmul(h_111, Wh_21);
    gt_line = 10; gt_col = 23;
    { /* fused: index, expand_dims */
      gt_line = 10; gt_col = 35;
      int64_t off1, cnt2; gt_view_at(gt_int(t_110), 48, 256, &off1, &cnt2);
      if (cnt2 != 256) gt_fail("a view's length differs from its type");
      const double *restrict p3 = (const double *)xs_97->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){256, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 256; i++) {
        z[i] = p3[(off1 + i)];
      }
      v_114 = r;
    }
    gt_line = 10; gt_col = 9;
    { /* fused: mul, add, tanh */
      const double *restrict p1 = (const double *)v_112->p;
      const double *restrict p2 = (const double *)v_114->p;
      const double *restrict p3 = (const double *)wx_26->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){256, 8});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 256; o++) {
        for (int64_t j = 0; j < 8; j++) {
          const int64_t i = o * 8 + j;
          const double e4 = p2[o] * p3[j];
          const double e5 = p1[i] + e4;
          const double e6 = tanh(e5);
          z[i] = e6;
        }
      }
      v_118 = r;
    }
    gt_release(v_112); v_112 = 0;
    gt_release(v_114); v_114 = 0;
    T *t2 = gt_retain(v_118);
    gt_release(h_111);
    h_111 = t2;
    gt_release(v_118); v_118 = 0;
    gt_release(t_110); t_110 = 0;
  }
  h_119 = h_111; h_111 = 0;
  gt_line = 12; gt_col = 10;
  v_120 = gt_matmul(h_119, wo_34);
  gt_release(h_119); h_119 = 0;
  gt_line = 16; gt_col = 10;
  { /* fused: sub, square, mean */
    const double *restrict p1 = (const double *)v_120->p;
    const double *restrict p2 = (const double *)v_102->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 256; i++) {
      const double e3 = p1[i] - p2[i];
      const double e4 = e3 * e3;
      acc += e4;
    }
    z[0] = (double)(acc / (double)256);
    v_123 = r;
  }
  gt_release(v_120); v_120 = 0;
  gt_line = 35; gt_col = 30;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_123->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 100000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 100000.0;
      z[i] = e4;
    }
    v_39 = r;
  }
  gt_release(v_123); v_123 = 0;
  gt_line = 35; gt_col = 30;
  gt_print_text("test loss before:", 1);
  gt_print_tensor(v_39, 0);
  fputc('\n', stdout);
  gt_release(v_39); v_39 = 0;
  gt_line = 37; gt_col = 19;
  v_41 = gt_scalar(I32, 200);
  gt_line = 37; gt_col = 3;
  Wh_43 = Wh_21; Wh_21 = 0;
  wx_44 = wx_26; wx_26 = 0;
  b_45 = b_29; b_29 = 0;
  wo_46 = wo_34; wo_34 = 0;
  for (int64_t t3 = gt_int(v_108), t3_end = gt_int(v_41); t3 < t3_end; t3++) {
    step_42 = gt_scalar(I32, (double)t3);
    gt_line = 8; gt_col = 18;
    v_164 = gt_scalar(I32, 64);
    gt_line = 8; gt_col = 11;
    h_167 = gt_fill(F64, gt_get(v_28, 0), 2, (int64_t[]){gt_int(v_164), gt_int(v_16)});
    gt_release(v_164); v_164 = 0;
    gt_line = 9; gt_col = 3;
    h_171 = gt_retain(h_167);
    for (int64_t t4 = gt_int(v_108), t4_end = gt_int(v_74); t4 < t4_end; t4++) {
      t_170 = gt_scalar(I32, (double)t4);
      gt_line = 10; gt_col = 14;
      v_172 = gt_matmul(h_171, Wh_43);
      gt_line = 10; gt_col = 23;
      { /* fused: index, expand_dims */
        gt_line = 10; gt_col = 35;
        int64_t off1, cnt2; gt_view_at(gt_int(t_170), 48, 64, &off1, &cnt2);
        if (cnt2 != 64) gt_fail("a view's length differs from its type");
        const double *restrict p3 = (const double *)xs_82->p;
        T *r = gt_new_raw(F64, 2, (int64_t[]){64, 1});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          z[i] = p3[(off1 + i)];
        }
        v_174 = r;
      }
      gt_line = 10; gt_col = 9;
      { /* fused: mul, add, add, tanh */
        const double *restrict p1 = (const double *)v_172->p;
        const double *restrict p2 = (const double *)v_174->p;
        const double *restrict p3 = (const double *)wx_44->p;
        const double *restrict p6 = (const double *)b_45->p;
        T *r = gt_new_raw(F64, 2, (int64_t[]){64, 8});
        double *restrict z = (double *)r->p;
        for (int64_t o = 0; o < 64; o++) {
          for (int64_t j = 0; j < 8; j++) {
            const int64_t i = o * 8 + j;
            const double e4 = p2[o] * p3[j];
            const double e5 = p1[i] + e4;
            const double e7 = e5 + p6[j];
            const double e8 = tanh(e7);
            z[i] = e8;
          }
        }
        v_178 = r;
      }
      gt_release(v_172); v_172 = 0;
      gt_release(v_174); v_174 = 0;
      T *t5 = gt_retain(v_178);
      gt_release(h_171);
      h_171 = t5;
      gt_release(v_178); v_178 = 0;
      gt_release(t_170); t_170 = 0;
    }
    h_179 = h_171; h_171 = 0;
    gt_line = 12; gt_col = 10;
    v_180 = gt_matmul(h_179, wo_46);
    gt_release(h_179); h_179 = 0;
    gt_line = 9; gt_col = 3;
    v_191 = gt_scalar(F64, 4096);
    plan_192 = gt_checkpoint_plan(gt_int(v_74), 4, 0.0, gt_get(v_191, 0));
    gt_release(v_191); v_191 = 0;
    slots_193 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_108), 0, 1}});
    saved_h_194 = gt_stack_zeros(gt_int(slots_193), h_167);
    gt_release(slots_193); slots_193 = 0;
    h_196 = gt_retain(h_167);
    saved_h_197 = saved_h_194; saved_h_194 = 0;
    for (int64_t t6 = gt_int(v_108), t6_end = gt_int(v_74); t6 < t6_end; t6++) {
      t_195 = gt_scalar(I32, (double)t6);
      v_198 = gt_scalar(I32, 3);
      v_199 = gt_binary(B_ADD, t_195, v_198);
      gt_release(v_198); v_198 = 0;
      slot_200 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_199), 0, 1}});
      gt_release(v_199); v_199 = 0;
      v_201 = gt_binary(B_GE, slot_200, v_108);
      if (gt_get(v_201, 0) != 0) {
        v_202 = gt_set_index_owned(saved_h_197, gt_int(slot_200), h_196); saved_h_197 = 0;
        T *t7 = gt_retain(v_202);
        gt_release(v_203);
        v_203 = t7;
        gt_release(v_202); v_202 = 0;
      } else {
        T *t8 = gt_retain(saved_h_197);
        gt_release(v_203);
        v_203 = t8;
      }
      gt_release(slot_200); slot_200 = 0;
      gt_release(v_201); v_201 = 0;
      gt_line = 10; gt_col = 14;
      v_204 = gt_matmul(h_196, Wh_43);
      gt_line = 10; gt_col = 23;
      { /* fused: index, expand_dims */
        gt_line = 10; gt_col = 35;
        int64_t off1, cnt2; gt_view_at(gt_int(t_195), 48, 64, &off1, &cnt2);
        if (cnt2 != 64) gt_fail("a view's length differs from its type");
        const double *restrict p3 = (const double *)xs_82->p;
        T *r = gt_new_raw(F64, 2, (int64_t[]){64, 1});
        double *restrict z = (double *)r->p;
        for (int64_t i = 0; i < 64; i++) {
          z[i] = p3[(off1 + i)];
        }
        v_206 = r;
      }
      gt_line = 10; gt_col = 9;
      { /* fused: mul, add, add, tanh */
        const double *restrict p1 = (const double *)v_204->p;
        const double *restrict p2 = (const double *)v_206->p;
        const double *restrict p3 = (const double *)wx_44->p;
        const double *restrict p6 = (const double *)b_45->p;
        T *r = gt_new_raw(F64, 2, (int64_t[]){64, 8});
        double *restrict z = (double *)r->p;
        for (int64_t o = 0; o < 64; o++) {
          for (int64_t j = 0; j < 8; j++) {
            const int64_t i = o * 8 + j;
            const double e4 = p2[o] * p3[j];
            const double e5 = p1[i] + e4;
            const double e7 = e5 + p6[j];
            const double e8 = tanh(e7);
            z[i] = e8;
          }
        }
        v_210 = r;
      }
      gt_release(v_204); v_204 = 0;
      gt_release(v_206); v_206 = 0;
      T *t9 = gt_retain(v_210);
      T *t10 = gt_retain(v_203);
      gt_release(h_196);
      gt_release(saved_h_197);
      h_196 = t9;
      saved_h_197 = t10;
      gt_release(v_203); v_203 = 0;
      gt_release(v_210); v_210 = 0;
      gt_release(t_195); t_195 = 0;
    }
    h_211 = h_196; h_196 = 0;
    saved_h_212 = saved_h_197; saved_h_197 = 0;
    gt_release(saved_h_194); saved_h_194 = 0;
    gt_line = 12; gt_col = 10;
    { /* fused: expand_dims */
      const double *restrict p1 = (const double *)wo_46->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){8, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 8; i++) {
        z[i] = p1[i];
      }
      v_213 = r;
    }
    gt_line = 12; gt_col = 10;
    { /* fused: broadcast_like, sub, mul, mul, expand_dims */
      const double *restrict p1 = (const double *)v_180->p;
      const double *restrict p2 = (const double *)v_87->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){64, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 64; i++) {
        const double e3 = p1[i] - p2[i];
        const double e4 = e3 * 2.0;
        const double e5 = 0.015625 * e4;
        z[i] = e5;
      }
      v_214 = r;
    }
    gt_release(v_180); v_180 = 0;
    gt_line = 12; gt_col = 10;
    d_h_216 = gt_matmul_t(v_214, 0, v_213, 1);
    gt_release(v_213); v_213 = 0;
    v_218 = gt_matmul_t(h_211, 1, v_214, 0);
    gt_release(v_214); v_214 = 0;
    gt_line = 9; gt_col = 3;
    v_220 = gt_fill(Wh_43->dt, 0, Wh_43->rank, Wh_43->shape);
    v_221 = gt_fill(wx_44->dt, 0, wx_44->rank, wx_44->shape);
    v_222 = gt_fill(b_45->dt, 0, b_45->rank, b_45->shape);
    v_223 = gt_scalar(I32, 1);
    actions_225 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_9), 0, 1}});
    v_226 = gt_scalar(I32, 3);
    v_227 = gt_scalar(I32, 51);
    h_229 = h_167; h_167 = 0;
    saved_h_230 = saved_h_212; saved_h_212 = 0;
    d_h_231 = d_h_216; d_h_216 = 0;
    v_232 = v_220; v_220 = 0;
    v_233 = v_221; v_221 = 0;
    v_234 = v_222; v_222 = 0;
    for (int64_t t11 = gt_int(v_108), t11_end = gt_int(actions_225); t11 < t11_end; t11++) {
      action_228 = gt_scalar(I32, (double)t11);
      v_235 = gt_binary(B_MUL, action_228, v_226);
      v_236 = gt_binary(B_ADD, v_227, v_235);
      gt_release(v_235); v_235 = 0;
      code_237 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_236), 0, 1}});
      v_238 = gt_binary(B_ADD, v_236, v_223);
      slot_239 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_238), 0, 1}});
      gt_release(v_238); v_238 = 0;
      v_240 = gt_binary(B_ADD, v_236, v_9);
      gt_release(v_236); v_236 = 0;
      trip_241 = gt_index(plan_192, 1, (gt_spec[]){{0, 0, 0, gt_int(v_240), 0, 1}});
      gt_release(v_240); v_240 = 0;
      v_242 = gt_binary(B_EQ, code_237, v_226);
      gt_line = 10; gt_col = 14;
      if (gt_get(v_242, 0) != 0) {
        gt_line = 9; gt_col = 3;
        v_243 = gt_scalar(I32, -2);
        v_244 = gt_binary(B_EQ, slot_239, v_243);
        gt_release(v_243); v_243 = 0;
        if (gt_get(v_244, 0) != 0) {
          T *t12 = gt_retain(h_211);
          gt_release(v_246);
          v_246 = t12;
        } else {
          v_245 = gt_index(saved_h_230, 1, (gt_spec[]){{0, 0, 0, gt_int(slot_239), 0, 1}});
          T *t13 = gt_retain(v_245);
          gt_release(v_246);
          v_246 = t13;
          gt_release(v_245); v_245 = 0;
        }
        gt_release(v_244); v_244 = 0;
        gt_line = 10; gt_col = 23;
        { /* fused: index, expand_dims */
          gt_line = 10; gt_col = 35;
          int64_t off1, cnt2; gt_view_at(gt_int(trip_241), 48, 64, &off1, &cnt2);
          if (cnt2 != 64) gt_fail("a view's length differs from its type");
          const double *restrict p3 = (const double *)xs_82->p;
          T *r = gt_new_raw(F64, 2, (int64_t[]){64, 1});
          double *restrict z = (double *)r->p;
          for (int64_t i = 0; i < 64; i++) {
            z[i] = p3[(off1 + i)];
          }
          v_248 = r;
        }
        gt_line = 10; gt_col = 9;
        { /* fused: mul, sub, mul */
          const double *restrict p1 = (const double *)d_h_231->p;
          const double *restrict p2 = (const double *)v_246->p;
          T *r = gt_new_raw(F64, 2, (int64_t[]){64, 8});
          double *restrict z = (double *)r->p;
          for (int64_t i = 0; i < 512; i++) {
            const double e3 = p2[i] * p2[i];
            const double e4 = 1.0 - e3;
            const double e5 = p1[i] * e4;
            z[i] = e5;
          }
          v_252 = r;
        }
        gt_release(v_246); v_246 = 0;
        gt_line = 10; gt_col = 14;
        { /* fused: sum_to */
          const double *restrict p1 = (const double *)v_252->p;
          T *r = gt_new(F64, 1, (int64_t[]){8});
          double *restrict z = (double *)r->p;
          for (int64_t o = 0; o < 64; o++) {
            for (int64_t j = 0; j < 8; j++) {
              const int64_t i = o * 8 + j;
              z[j] += p1[i];
            }
          }
          d_b_253 = r;
        }
        gt_line = 10; gt_col = 23;
        { /* fused: mul, sum_to */
          const double *restrict p1 = (const double *)v_252->p;
          const double *restrict p2 = (const double *)v_248->p;
          T *r = gt_new(F64, 1, (int64_t[]){8});
          double *restrict z = (double *)r->p;
          for (int64_t o = 0; o < 64; o++) {
            for (int64_t j = 0; j < 8; j++) {
              const int64_t i = o * 8 + j;
              const double e3 = p1[i] * p2[o];
              z[j] += e3;
            }
          }
          d_wx_255 = r;
        }
        gt_release(v_248); v_248 = 0;
        gt_line = 10; gt_col = 14;
        d_h_257 = gt_matmul_t(v_252, 0, Wh_43, 1);
        v_260 = gt_matmul_acc(v_232, 1, h_229, 1, v_252, 0);
        gt_release(v_252); v_252 = 0;
        gt_line = 10; gt_col = 14;
        { /* fused: add */
          const double *restrict p1 = (const double *)v_233->p;
          const double *restrict p2 = (const double *)d_wx_255->p;
          T *r = gt_new_raw(F64, 1, (int64_t[]){8});
          double *restrict z = (double *)r->p;
          for (int64_t i = 0; i < 8; i++) {
            const double e3 = p1[i] + p2[i];
            z[i] = e3;
          }
          v_261 = r;
        }
        gt_release(d_wx_255); d_wx_255 = 0;
        gt_line = 10; gt_col = 14;
        { /* fused: add */
          const double *restrict p1 = (const double *)v_234->p;
          const double *restrict p2 = (const double *)d_b_253->p;
          T *r = gt_new_raw(F64, 1, (int64_t[]){8});
          double *restrict z = (double *)r->p;
          for (int64_t i = 0; i < 8; i++) {
            const double e3 = p1[i] + p2[i];
            z[i] = e3;
          }
          v_262 = r;
        }
        gt_release(d_b_253); d_b_253 = 0;
        T *t14 = gt_retain(h_229);
        T *t15 = gt_retain(saved_h_230);
        T *t16 = gt_retain(d_h_257);
        T *t17 = gt_retain(v_260);
        T *t18 = gt_retain(v_261);
        T *t19 = gt_retain(v_262);
        gt_release(v_286);
        gt_release(v_287);
        gt_release(v_288);
        gt_release(v_289);
        gt_release(v_290);
        gt_release(v_291);
        v_286 = t14;
        v_287 = t15;
        v_288 = t16;
        v_289 = t17;
        v_290 = t18;
        v_291 = t19;
        gt_release(d_h_257); d_h_257 = 0;
        gt_release(v_260); v_260 = 0;
        gt_release(v_261); v_261 = 0;
        gt_release(v_262); v_262 = 0;
      } else {
        gt_line = 10; gt_col = 14;
        v_263 = gt_binary(B_EQ, code_237, v_9);
        if (gt_get(v_263, 0) != 0) {
          v_264 = gt_matmul(h_229, Wh_43);
          gt_line = 10; gt_col = 23;
          { /* fused: index, expand_dims */
            gt_line = 10; gt_col = 35;
            int64_t off1, cnt2; gt_view_at(gt_int(trip_241), 48, 64, &off1, &cnt2);
            if (cnt2 != 64) gt_fail("a view's length differs from its type");
            const double *restrict p3 = (const double *)xs_82->p;
            T *r = gt_new_raw(F64, 2, (int64_t[]){64, 1});
            double *restrict z = (double *)r->p;
            for (int64_t i = 0; i < 64; i++) {
              z[i] = p3[(off1 + i)];
            }
            v_266 = r;
          }
          gt_line = 10; gt_col = 9;
          { /* fused: mul, add, add, tanh */
            const double *restrict p1 = (const double *)v_264->p;
            const double *restrict p2 = (const double *)v_266->p;
            const double *restrict p3 = (const double *)wx_44->p;
            const double *restrict p6 = (const double *)b_45->p;
            T *r = gt_new_raw(F64, 2, (int64_t[]){64, 8});
            double *restrict z = (double *)r->p;
            for (int64_t o = 0; o < 64; o++) {
              for (int64_t j = 0; j < 8; j++) {
                const int64_t i = o * 8 + j;
                const double e4 = p2[o] * p3[j];
                const double e5 = p1[i] + e4;
                const double e7 = e5 + p6[j];
                const double e8 = tanh(e7);
                z[i] = e8;
              }
            }
            v_270 = r;
          }
          gt_release(v_264); v_264 = 0;
          gt_release(v_266); v_266 = 0;
          T *t20 = gt_retain(v_270);
          T *t21 = gt_retain(saved_h_230);
          T *t22 = gt_retain(d_h_231);
          T *t23 = gt_retain(v_232);
          T *t24 = gt_retain(v_233);
          T *t25 = gt_retain(v_234);
          gt_release(v_280);
          gt_release(v_281);
          gt_release(v_282);
          gt_release(v_283);
          gt_release(v_284);
          gt_release(v_285);
          v_280 = t20;
          v_281 = t21;
          v_282 = t22;
          v_283 = t23;
          v_284 = t24;
          v_285 = t25;
          gt_release(v_270); v_270 = 0;
        } else {
          gt_line = 10; gt_col = 14;
          v_271 = gt_binary(B_EQ, code_237, v_108);
          if (gt_get(v_271, 0) != 0) {
            v_272 = gt_index(saved_h_230, 1, (gt_spec[]){{0, 0, 0, gt_int(slot_239), 0, 1}});
            T *t26 = gt_retain(v_272);
            T *t27 = gt_retain(saved_h_230);
            T *t28 = gt_retain(d_h_231);
            T *t29 = gt_retain(v_232);
            T *t30 = gt_retain(v_233);
            T *t31 = gt_retain(v_234);
            gt_release(v_274);
            gt_release(v_275);
            gt_release(v_276);
            gt_release(v_277);
            gt_release(v_278);
            gt_release(v_279);
            v_274 = t26;
            v_275 = t27;
            v_276 = t28;
            v_277 = t29;
            v_278 = t30;
            v_279 = t31;
            gt_release(v_272); v_272 = 0;
          } else {
            v_273 = gt_set_index_owned(saved_h_230, gt_int(slot_239), h_229); saved_h_230 = 0;
            T *t32 = gt_retain(h_229);
            T *t33 = gt_retain(v_273);
            T *t34 = gt_retain(d_h_231);
            T *t35 = gt_retain(v_232);
            T *t36 = gt_retain(v_233);
            T *t37 = gt_retain(v_234);
            gt_release(v_274);
            gt_release(v_275);
            gt_release(v_276);
            gt_release(v_277);
            gt_release(v_278);
            gt_release(v_279);
            v_274 = t32;
            v_275 = t33;
            v_276 = t34;
            v_277 = t35;
            v_278 = t36;
            v_279 = t37;
            gt_release(v_273); v_273 = 0;
          }
          gt_release(v_271); v_271 = 0;
          T *t38 = gt_retain(v_274);
          T *t39 = gt_retain(v_275);
          T *t40 = gt_retain(v_276);
          T *t41 = gt_retain(v_277);
          T *t42 = gt_retain(v_278);
          T *t43 = gt_retain(v_279);
          gt_release(v_280);
          gt_release(v_281);
          gt_release(v_282);
          gt_release(v_283);
          gt_release(v_284);
          gt_release(v_285);
          v_280 = t38;
          v_281 = t39;
          v_282 = t40;
          v_283 = t41;
          v_284 = t42;
          v_285 = t43;
          gt_release(v_274); v_274 = 0;
          gt_release(v_275); v_275 = 0;
          gt_release(v_276); v_276 = 0;
          gt_release(v_277); v_277 = 0;
          gt_release(v_278); v_278 = 0;
          gt_release(v_279); v_279 = 0;
        }
        gt_release(v_263); v_263 = 0;
        T *t44 = gt_retain(v_280);
        T *t45 = gt_retain(v_281);
        T *t46 = gt_retain(v_282);
        T *t47 = gt_retain(v_283);
        T *t48 = gt_retain(v_284);
        T *t49 = gt_retain(v_285);
        gt_release(v_286);
        gt_release(v_287);
        gt_release(v_288);
        gt_release(v_289);
        gt_release(v_290);
        gt_release(v_291);
        v_286 = t44;
        v_287 = t45;
        v_288 = t46;
        v_289 = t47;
        v_290 = t48;
        v_291 = t49;
        gt_release(v_280); v_280 = 0;
        gt_release(v_281); v_281 = 0;
        gt_release(v_282); v_282 = 0;
        gt_release(v_283); v_283 = 0;
        gt_release(v_284); v_284 = 0;
        gt_release(v_285); v_285 = 0;
      }
      gt_release(code_237); code_237 = 0;
      gt_release(slot_239); slot_239 = 0;
      gt_release(trip_241); trip_241 = 0;
      gt_release(v_242); v_242 = 0;
      T *t50 = gt_retain(v_286);
      T *t51 = gt_retain(v_287);
      T *t52 = gt_retain(v_288);
      T *t53 = gt_retain(v_289);
      T *t54 = gt_retain(v_290);
      T *t55 = gt_retain(v_291);
      gt_release(h_229);
      gt_release(saved_h_230);
      gt_release(d_h_231);
      gt_release(v_232);
      gt_release(v_233);
      gt_release(v_234);
      h_229 = t50;
      saved_h_230 = t51;
      d_h_231 = t52;
      v_232 = t53;
      v_233 = t54;
      v_234 = t55;
      gt_release(v_286); v_286 = 0;
      gt_release(v_287); v_287 = 0;
      gt_release(v_288); v_288 = 0;
      gt_release(v_289); v_289 = 0;
      gt_release(v_290); v_290 = 0;
      gt_release(v_291); v_291 = 0;
      gt_release(action_228); action_228 = 0;
    }
    h_292 = h_229; h_229 = 0;
    saved_h_293 = saved_h_230; saved_h_230 = 0;
    d_h_294 = d_h_231; d_h_231 = 0;
    d_Wh_295 = v_232; v_232 = 0;
    d_wx_296 = v_233; v_233 = 0;
    d_b_297 = v_234; v_234 = 0;
    gt_release(h_167); h_167 = 0;
    gt_release(plan_192); plan_192 = 0;
    gt_release(h_211); h_211 = 0;
    gt_release(saved_h_212); saved_h_212 = 0;
    gt_release(d_h_216); d_h_216 = 0;
    gt_release(v_220); v_220 = 0;
    gt_release(v_221); v_221 = 0;
    gt_release(v_222); v_222 = 0;
    gt_release(v_223); v_223 = 0;
    gt_release(actions_225); actions_225 = 0;
    gt_release(v_226); v_226 = 0;
    gt_release(v_227); v_227 = 0;
    gt_release(h_292); h_292 = 0;
    gt_release(saved_h_293); saved_h_293 = 0;
    gt_release(d_h_294); d_h_294 = 0;
    gt_line = 39; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)Wh_43->p;
      const double *restrict p2 = (const double *)v_25->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)d_Wh_295->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){8, 8});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 64; i++) {
        const double e4 = p2v * p3[i];
        const double e5 = p1[i] - e4;
        z[i] = e5;
      }
      v_55 = r;
    }
    gt_release(d_Wh_295); d_Wh_295 = 0;
    gt_line = 40; gt_col = 10;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)wx_44->p;
      const double *restrict p2 = (const double *)v_25->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)d_wx_296->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){8});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 8; i++) {
        const double e4 = p2v * p3[i];
        const double e5 = p1[i] - e4;
        z[i] = e5;
      }
      v_58 = r;
    }
    gt_release(d_wx_296); d_wx_296 = 0;
    gt_line = 41; gt_col = 9;
    { /* fused: mul, sub */
      const double *restrict p1 = (const double *)b_45->p;
      const double *restrict p2 = (const double *)v_25->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)d_b_297->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){8});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 8; i++) {
        const double e4 = p2v * p3[i];
        const double e5 = p1[i] - e4;
        z[i] = e5;
      }
      v_61 = r;
    }
    gt_release(d_b_297); d_b_297 = 0;
    gt_line = 42; gt_col = 10;
    { /* fused: reshape_like, mul, sub */
      const double *restrict p1 = (const double *)wo_46->p;
      const double *restrict p2 = (const double *)v_25->p;
      const double p2v = p2[0];
      const double *restrict p3 = (const double *)v_218->p;
      T *r = gt_new_raw(F64, 1, (int64_t[]){8});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 8; i++) {
        const double e4 = p2v * p3[i];
        const double e5 = p1[i] - e4;
        z[i] = e5;
      }
      v_64 = r;
    }
    gt_release(v_218); v_218 = 0;
    T *t56 = gt_retain(v_55);
    T *t57 = gt_retain(v_58);
    T *t58 = gt_retain(v_61);
    T *t59 = gt_retain(v_64);
    gt_release(Wh_43);
    gt_release(wx_44);
    gt_release(b_45);
    gt_release(wo_46);
    Wh_43 = t56;
    wx_44 = t57;
    b_45 = t58;
    wo_46 = t59;
    gt_release(v_55); v_55 = 0;
    gt_release(v_58); v_58 = 0;
    gt_release(v_61); v_61 = 0;
    gt_release(v_64); v_64 = 0;
    gt_release(step_42); step_42 = 0;
  }
  Wh_65 = Wh_43; Wh_43 = 0;
  wx_66 = wx_44; wx_44 = 0;
  b_67 = b_45; b_45 = 0;
  wo_68 = wo_46; wo_46 = 0;
  gt_release(v_9); v_9 = 0;
  gt_release(v_16); v_16 = 0;
  gt_release(Wh_21); Wh_21 = 0;
  gt_release(v_25); v_25 = 0;
  gt_release(wx_26); wx_26 = 0;
  gt_release(v_28); v_28 = 0;
  gt_release(b_29); b_29 = 0;
  gt_release(wo_34); wo_34 = 0;
  gt_release(v_41); v_41 = 0;
  gt_release(xs_82); xs_82 = 0;
  gt_release(v_87); v_87 = 0;
  gt_line = 9; gt_col = 3;
  h_151 = h_107; h_107 = 0;
  for (int64_t t60 = gt_int(v_108), t60_end = gt_int(v_74); t60 < t60_end; t60++) {
    t_150 = gt_scalar(I32, (double)t60);
    gt_line = 10; gt_col = 14;
    v_152 = gt_matmul(h_151, Wh_65);
    gt_line = 10; gt_col = 23;
    { /* fused: index, expand_dims */
      gt_line = 10; gt_col = 35;
      int64_t off1, cnt2; gt_view_at(gt_int(t_150), 48, 256, &off1, &cnt2);
      if (cnt2 != 256) gt_fail("a view's length differs from its type");
      const double *restrict p3 = (const double *)xs_97->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){256, 1});
      double *restrict z = (double *)r->p;
      for (int64_t i = 0; i < 256; i++) {
        z[i] = p3[(off1 + i)];
      }
      v_154 = r;
    }
    gt_line = 10; gt_col = 9;
    { /* fused: mul, add, add, tanh */
      const double *restrict p1 = (const double *)v_152->p;
      const double *restrict p2 = (const double *)v_154->p;
      const double *restrict p3 = (const double *)wx_66->p;
      const double *restrict p6 = (const double *)b_67->p;
      T *r = gt_new_raw(F64, 2, (int64_t[]){256, 8});
      double *restrict z = (double *)r->p;
      for (int64_t o = 0; o < 256; o++) {
        for (int64_t j = 0; j < 8; j++) {
          const int64_t i = o * 8 + j;
          const double e4 = p2[o] * p3[j];
          const double e5 = p1[i] + e4;
          const double e7 = e5 + p6[j];
          const double e8 = tanh(e7);
          z[i] = e8;
        }
      }
      v_158 = r;
    }
    gt_release(v_152); v_152 = 0;
    gt_release(v_154); v_154 = 0;
    T *t61 = gt_retain(v_158);
    gt_release(h_151);
    h_151 = t61;
    gt_release(v_158); v_158 = 0;
    gt_release(t_150); t_150 = 0;
  }
  h_159 = h_151; h_151 = 0;
  gt_release(Wh_65); Wh_65 = 0;
  gt_release(wx_66); wx_66 = 0;
  gt_release(b_67); b_67 = 0;
  gt_release(v_74); v_74 = 0;
  gt_release(xs_97); xs_97 = 0;
  gt_release(h_107); h_107 = 0;
  gt_release(v_108); v_108 = 0;
  gt_line = 12; gt_col = 10;
  v_160 = gt_matmul(h_159, wo_68);
  gt_release(wo_68); wo_68 = 0;
  gt_release(h_159); h_159 = 0;
  gt_line = 16; gt_col = 10;
  { /* fused: sub, square, mean */
    const double *restrict p1 = (const double *)v_160->p;
    const double *restrict p2 = (const double *)v_102->p;
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    double acc = 0;
    GT_SIMD_SUM
    for (int64_t i = 0; i < 256; i++) {
      const double e3 = p1[i] - p2[i];
      const double e4 = e3 * e3;
      acc += e4;
    }
    z[0] = (double)(acc / (double)256);
    v_163 = r;
  }
  gt_release(v_102); v_102 = 0;
  gt_release(v_160); v_160 = 0;
  gt_line = 44; gt_col = 29;
  { /* fused: mul, round, div */
    const double *restrict p1 = (const double *)v_163->p;
    const double p1v = p1[0];
    T *r = gt_new_raw(F64, 0, (int64_t[]){0});
    double *restrict z = (double *)r->p;
    for (int64_t i = 0; i < 1; i++) {
      const double e2 = p1v * 100000.0;
      const double e3 = nearbyint(e2);
      const double e4 = e3 / 100000.0;
      z[i] = e4;
    }
    v_73 = r;
  }
  gt_release(v_163); v_163 = 0;
  gt_line = 44; gt_col = 29;
  gt_print_text("test loss after:", 1);
  gt_print_tensor(v_73, 0);
  fputc('\n', stdout);
  gt_release(v_73); v_73 = 0;
  gt_release(v_74);
  gt_release(v_79);
  gt_release(v_80);
  gt_release(xs_82);
  gt_release(v_87);
  gt_release(v_8);
  gt_release(v_9);
  gt_release(v_10);
  gt_release(v_95);
  gt_release(xs_97);
  gt_release(v_102);
  gt_release(v_16);
  gt_release(Wh_21);
  gt_release(v_25);
  gt_release(wx_26);
  gt_release(v_28);
  gt_release(b_29);
  gt_release(wo_34);
  gt_release(h_107);
  gt_release(v_108);
  gt_release(h_119);
  gt_release(h_111);
  gt_release(t_110);
  gt_release(v_112);
  gt_release(v_114);
  gt_release(v_118);
  gt_release(v_120);
  gt_release(v_123);
  gt_release(v_39);
  gt_release(v_41);
  gt_release(Wh_65);
  gt_release(wx_66);
  gt_release(b_67);
  gt_release(wo_68);
  gt_release(Wh_43);
  gt_release(wx_44);
  gt_release(b_45);
  gt_release(wo_46);
  gt_release(step_42);
  gt_release(v_164);
  gt_release(h_167);
  gt_release(h_179);
  gt_release(h_171);
  gt_release(t_170);
  gt_release(v_172);
  gt_release(v_174);
  gt_release(v_178);
  gt_release(v_180);
  gt_release(v_191);
  gt_release(plan_192);
  gt_release(slots_193);
  gt_release(saved_h_194);
  gt_release(h_211);
  gt_release(saved_h_212);
  gt_release(h_196);
  gt_release(saved_h_197);
  gt_release(t_195);
  gt_release(v_198);
  gt_release(v_199);
  gt_release(slot_200);
  gt_release(v_201);
  gt_release(v_203);
  gt_release(v_202);
  gt_release(v_204);
  gt_release(v_206);
  gt_release(v_210);
  gt_release(v_213);
  gt_release(v_214);
  gt_release(v_215);
  gt_release(d_h_216);
  gt_release(v_217);
  gt_release(v_218);
  gt_release(v_220);
  gt_release(v_221);
  gt_release(v_222);
  gt_release(v_223);
  gt_release(actions_225);
  gt_release(v_226);
  gt_release(v_227);
  gt_release(h_292);
  gt_release(saved_h_293);
  gt_release(d_h_294);
  gt_release(d_Wh_295);
  gt_release(d_wx_296);
  gt_release(d_b_297);
  gt_release(h_229);
  gt_release(saved_h_230);
  gt_release(d_h_231);
  gt_release(v_232);
  gt_release(v_233);
  gt_release(v_234);
  gt_release(action_228);
  gt_release(v_235);
  gt_release(v_236);
  gt_release(code_237);
  gt_release(v_238);
  gt_release(slot_239);
  gt_release(v_240);
  gt_release(trip_241);
  gt_release(v_242);
  gt_release(v_286);
  gt_release(v_287);
  gt_release(v_288);
  gt_release(v_289);
  gt_release(v_290);
  gt_release(v_291);
  gt_release(v_243);
  gt_release(v_244);
  gt_release(v_246);
  gt_release(v_245);
  gt_release(v_248);
  gt_release(v_252);
  gt_release(d_b_253);
  gt_release(d_wx_255);
  gt_release(v_256);
  gt_release(d_h_257);
  gt_release(v_260);
  gt_release(v_261);
  gt_release(v_262);
  gt_release(v_263);
  gt_release(v_280);
  gt_release(v_281);
  gt_release(v_282);
  gt_release(v_283);
  gt_release(v_284);
  gt_release(v_285);
  gt_release(v_264);
  gt_release(v_266);
  gt_release(v_270);
  gt_release(v_271);
  gt_release(v_274);
  gt_release(v_275);
  gt_release(v_276);
  gt_release(v_277);
  gt_release(v_278);
  gt_release(v_279);
  gt_release(v_272);
  gt_release(v_273);
  gt_release(v_55);
  gt_release(v_58);
  gt_release(v_61);
  gt_release(v_64);
  gt_release(h_159);
  gt_release(h_151);
  gt_release(t_150);
  gt_release(v_152);
  gt_release(v_154);
  gt_release(v_158);
  gt_release(v_160);
  gt_release(v_163);
  gt_release(v_73);
  return;
}

int main(int argc, char **argv) {
  (void)argc;
  gt_setup(argv);
  gt_file = "Examples/sine_rnn.grad";
  gt_src = gt_program_src;
  gt_src_lines = 47;
  T *out[1] = {0};
  f_main(out);
  gt_pool_drain();
  gt_finish();
  return 0;
}
