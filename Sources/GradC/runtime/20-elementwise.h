/* gradc's C runtime, part 4 of 12: elementwise kernels (unary ops call the element functions
   gradc emits from its op table), broadcasting, reductions. */
/* ---- elementwise ---- */
/* A unary op's element functions come with the program, made by gradc from its op table: in
   double, in float, and in int32 for the ops that take integers (0 for the others). */
typedef double (*gt_unary_f64)(double);
typedef float (*gt_unary_f32)(float);
typedef int32_t (*gt_unary_i32)(int32_t);
static inline T *gt_unary(const T *a, gt_unary_f64 fd, gt_unary_f32 ff, gt_unary_i32 fi) {
  T *r = gt_new_raw(a->dt, a->rank, a->shape);
  if (a->dt == I32) { const int32_t *x = (const int32_t *)a->p; int32_t *z = (int32_t *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = fi ? fi(x[i]) : x[i]; }
  else if (a->dt == F64) { const double *x = (const double *)a->p; double *z = (double *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = fd(x[i]); }
  else if (a->dt == F32) { const float *x = (const float *)a->p; float *z = (float *)r->p; for (int64_t i = 0; i < a->n; i++) z[i] = ff(x[i]); }
  else for (int64_t i = 0; i < a->n; i++) gt_set(r, i, fd(gt_get(a, i)));
  return r;
}

enum { B_ADD, B_SUB, B_MUL, B_DIV, B_POW, B_MAX, B_MIN, B_LEAKY, B_EQ, B_NE, B_LT, B_LE, B_GT, B_GE, B_AND, B_OR };

/* Broadcast strides of `t` against `out` (0 along broadcast axes). */
static inline void gt_bstrides(const T *t, int rank, const int64_t *out, int64_t *st) {
  int pad = rank - t->rank;
  int64_t acc = 1;
  for (int i = rank - 1; i >= 0; i--) {
    if (i < pad) { st[i] = 0; continue; }
    int64_t d = t->shape[i - pad];
    st[i] = d == 1 && out[i] != 1 ? 0 : acc;
    acc *= d;
  }
}
static inline int gt_bshape(int ra, const int64_t *sa, int rb, const int64_t *sb, int64_t *out) {
  int r = ra > rb ? ra : rb;
  for (int i = 0; i < r; i++) {
    int64_t x = i < r - ra ? 1 : sa[i - (r - ra)], y = i < r - rb ? 1 : sb[i - (r - rb)];
    if (x == y || y == 1) out[i] = x; else if (x == 1) out[i] = y; else return -1;
  }
  return r;
}
/* For each output index k, offsets into up to three broadcast inputs. */
/* A walk over an output in row-major order, for up to three operands read at their own
   strides (0 along broadcast axes): size-1 axes are dropped and neighbouring axes whose
   strides chain in every operand merged, the last axis left is a run the caller loops over
   with typed code (`inner` elements, operand k at stride in[k] from off[k]), the others an
   odometer stepped by gt_walk_next after each run. */
typedef struct { int rank, nops; int64_t inner, shape[8], idx[8], st[3][8], in[3], off[3]; } gt_walk;
static inline void gt_walk_init(gt_walk *w, int rank, const int64_t *shape, int64_t st[3][8], int nops) {
  memset(w, 0, sizeof *w);
  w->nops = nops;
  int r = 0;
  for (int d = 0; d < rank; d++) {
    if (shape[d] == 1) continue;
    int chain = r > 0;
    for (int k = 0; k < nops && chain; k++) if (w->st[k][r - 1] != st[k][d] * shape[d]) chain = 0;
    if (chain) r--; else w->shape[r] = 1;
    w->shape[r] *= shape[d];
    for (int k = 0; k < nops; k++) w->st[k][r] = st[k][d];
    r++;
  }
  w->rank = r;
  w->inner = r ? w->shape[r - 1] : 1;
  for (int k = 0; k < nops; k++) w->in[k] = r ? w->st[k][r - 1] : 0;
}
static inline void gt_walk_next(gt_walk *w) {
  for (int d = w->rank - 2; d >= 0; d--) {
    w->idx[d]++;
    for (int k = 0; k < w->nops; k++) w->off[k] += w->st[k][d];
    if (w->idx[d] < w->shape[d]) return;
    for (int k = 0; k < w->nops; k++) w->off[k] -= w->st[k][d] * w->shape[d];
    w->idx[d] = 0;
  }
}
/* Fills r (row-major, its own shape) with a's elements read at the strides st[0]: a
   transpose, a broadcast. Elements are copied as bits of their size. */
static inline void gt_copy_strided(T *r, const T *a, int64_t st[3][8]) {
  gt_walk w; gt_walk_init(&w, r->rank, r->shape, st, 1);
  for (int64_t k = 0; k < r->n; k += w.inner, gt_walk_next(&w)) {
    const int64_t n = w.inner, s = w.in[0];
#define GT_COPY_RUN(TY) { const TY *x = (const TY *)a->p + w.off[0]; TY *z = (TY *)r->p + k; for (int64_t j = 0; j < n; j++) z[j] = x[j * s]; }
    switch (gt_size(a->dt)) {
    case 8: GT_COPY_RUN(uint64_t) break;
    case 4: GT_COPY_RUN(uint32_t) break;
    default: GT_COPY_RUN(uint8_t)
    }
#undef GT_COPY_RUN
  }
}
static inline void gt_shape_error(const char *what, const T *a, const T *b) {
  char x[200], y[200], m[500];
  gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, b->rank, b->shape);
  snprintf(m, sizeof m, "%s %s and %s cannot be broadcast together", what, x, y);
  gt_fail(m);
}
static inline double gt_binary1(int f, double a, double b, int dt) {
  switch (f) {
  case B_ADD: return a + b;
  case B_SUB: return a - b;
  case B_MUL: return a * b;
  case B_DIV: return a / b;
  case B_POW: return dt == F32 ? powf((float)a, (float)b) : pow(a, b);
  case B_MAX: return a != a || b != b ? NAN : (a > b ? a : b);
  case B_MIN: return a != a || b != b ? NAN : (a < b ? a : b);
  case B_LEAKY: return a > 0 ? a : b * a;
  case B_EQ: return a == b;
  case B_NE: return a != b;
  case B_LT: return a < b;
  case B_LE: return a <= b;
  case B_GT: return a > b;
  case B_GE: return a >= b;
  case B_AND: return a != 0 && b != 0;
  default: return a != 0 || b != 0;
  }
}
static inline int32_t gt_binary_i32(int f, int32_t a, int32_t b) {
  switch (f) {
  case B_ADD: return (int32_t)((uint32_t)a + (uint32_t)b);
  case B_SUB: return (int32_t)((uint32_t)a - (uint32_t)b);
  case B_MUL: return (int32_t)((uint32_t)a * (uint32_t)b);
  case B_DIV:
    if (b == 0) gt_fail("integer division by zero");
    return a == INT32_MIN && b == -1 ? INT32_MIN : a / b;
  case B_POW: {
    if (b < 0) gt_fail("integer power with a negative exponent");
    uint32_t r = 1; for (int32_t i = 0; i < b; i++) r *= (uint32_t)a; return (int32_t)r;
  }
  case B_MAX: return a > b ? a : b;
  case B_MIN: return a < b ? a : b;
  default: return (int32_t)((uint32_t)b * (uint32_t)a);
  }
}
GT_FN T *gt_binary(int f, const T *a, const T *b) {
  int64_t out[8] = {0};
  if (a->rank == 0 && b->rank == 0) {   /* scalars (loop indices, counters): no iteration */
    int cmp0 = f >= B_EQ;
    if (a->dt == I32 && !cmp0) return gt_scalar(I32, gt_binary_i32(f, ((int32_t *)a->p)[0], ((int32_t *)b->p)[0]));
    if (cmp0 || a->dt == BOOL) return gt_scalar(BOOL, gt_binary1(f, gt_get(a, 0), gt_get(b, 0), a->dt));
    T *res = gt_new_raw(a->dt, 0, out);
    gt_set(res, 0, gt_binary1(f, gt_get(a, 0), gt_get(b, 0), a->dt));
    return res;
  }
  int r = gt_bshape(a->rank, a->shape, b->rank, b->shape, out);
  if (r < 0) gt_shape_error("shapes", a, b);
  int cmp = f >= B_EQ;
  T *res = gt_new_raw(cmp ? BOOL : a->dt, r, out);
  /* Fast paths: float arithmetic on equal shapes or with a scalar operand, in typed loops. */
  if (!cmp && (a->dt == F64 || a->dt == F32) && (a->n == res->n || a->n == 1) && (b->n == res->n || b->n == 1)) {
    int64_t sa = a->n == 1 ? 0 : 1, sb = b->n == 1 ? 0 : 1;
    if (a->dt == F64) {
      const double *x = (const double *)a->p, *y = (const double *)b->p; double *z = (double *)res->p;
      switch (f) {
      case B_ADD: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] + y[k * sb]; break;
      case B_SUB: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] - y[k * sb]; break;
      case B_MUL: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] * y[k * sb]; break;
      case B_DIV: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] / y[k * sb]; break;
      default: for (int64_t k = 0; k < res->n; k++) z[k] = gt_binary1(f, x[k * sa], y[k * sb], F64);
      }
    } else {
      const float *x = (const float *)a->p, *y = (const float *)b->p; float *z = (float *)res->p;
      switch (f) {
      case B_ADD: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] + y[k * sb]; break;
      case B_SUB: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] - y[k * sb]; break;
      case B_MUL: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] * y[k * sb]; break;
      case B_DIV: for (int64_t k = 0; k < res->n; k++) z[k] = x[k * sa] / y[k * sb]; break;
      default: for (int64_t k = 0; k < res->n; k++) z[k] = (float)gt_binary1(f, x[k * sa], y[k * sb], F32);
      }
    }
    return res;
  }
  /* Row broadcast (a bias): one operand is the full result, the other its trailing dims. */
  if (!cmp && (a->dt == F64 || a->dt == F32) && res->n > 0) {
    const T *full = a->n == res->n ? a : b, *row = full == a ? b : a;
    int tail = row->rank <= r && full->n == res->n && row->n > 0 && res->n % row->n == 0;
    for (int i = 0; tail && i < row->rank; i++) if (row->shape[i] != out[r - row->rank + i]) tail = 0;
    if (tail) {
      int64_t m = row->n;
      int rowfirst = row == a;
#define GT_ROW_LOOP(TY, DT) { \
        const TY *fp = (const TY *)full->p, *rp = (const TY *)row->p; TY *z = (TY *)res->p; \
        for (int64_t base = 0; base < res->n; base += m) { \
          const TY *fx = fp + base; TY *zz = z + base; \
          switch (f) { \
          case B_ADD: for (int64_t j = 0; j < m; j++) zz[j] = fx[j] + rp[j]; break; \
          case B_MUL: for (int64_t j = 0; j < m; j++) zz[j] = fx[j] * rp[j]; break; \
          case B_SUB: if (rowfirst) for (int64_t j = 0; j < m; j++) zz[j] = rp[j] - fx[j]; else for (int64_t j = 0; j < m; j++) zz[j] = fx[j] - rp[j]; break; \
          case B_DIV: if (rowfirst) for (int64_t j = 0; j < m; j++) zz[j] = rp[j] / fx[j]; else for (int64_t j = 0; j < m; j++) zz[j] = fx[j] / rp[j]; break; \
          default: for (int64_t j = 0; j < m; j++) zz[j] = (TY)(rowfirst ? gt_binary1(f, rp[j], fx[j], DT) : gt_binary1(f, fx[j], rp[j], DT)); \
          } } }
      if (a->dt == F64) GT_ROW_LOOP(double, F64) else GT_ROW_LOOP(float, F32)
#undef GT_ROW_LOOP
      return res;
    }
  }
  /* Any other broadcast: typed loops along the walk's runs (float arithmetic done in the
     element type, which is what rounding the double result to it gives for + - * /). */
  int64_t st[3][8];
  gt_bstrides(a, r, out, st[0]); gt_bstrides(b, r, out, st[1]);
  gt_walk w; gt_walk_init(&w, r, out, st, 2);
  for (int64_t k = 0; k < res->n; k += w.inner, gt_walk_next(&w)) {
    const int64_t n = w.inner, sa = w.in[0], sb = w.in[1];
#define GT_BROADCAST_RUN(TY, DT) { \
      const TY *x = (const TY *)a->p + w.off[0], *y = (const TY *)b->p + w.off[1]; TY *z = (TY *)res->p + k; \
      switch (f) { \
      case B_ADD: for (int64_t j = 0; j < n; j++) z[j] = x[j * sa] + y[j * sb]; break; \
      case B_SUB: for (int64_t j = 0; j < n; j++) z[j] = x[j * sa] - y[j * sb]; break; \
      case B_MUL: for (int64_t j = 0; j < n; j++) z[j] = x[j * sa] * y[j * sb]; break; \
      case B_DIV: for (int64_t j = 0; j < n; j++) z[j] = x[j * sa] / y[j * sb]; break; \
      default: for (int64_t j = 0; j < n; j++) z[j] = (TY)gt_binary1(f, x[j * sa], y[j * sb], DT); \
      } }
    if (!cmp && a->dt == F64) GT_BROADCAST_RUN(double, F64)
    else if (!cmp && a->dt == F32) GT_BROADCAST_RUN(float, F32)
    else if (!cmp && a->dt == I32) {
      const int32_t *x = (const int32_t *)a->p + w.off[0], *y = (const int32_t *)b->p + w.off[1];
      int32_t *z = (int32_t *)res->p + k;
      for (int64_t j = 0; j < n; j++) z[j] = gt_binary_i32(f, x[j * sa], y[j * sb]);
    } else {
      for (int64_t j = 0; j < n; j++) gt_set(res, k + j, gt_binary1(f, gt_get(a, w.off[0] + j * sa), gt_get(b, w.off[1] + j * sb), a->dt));
    }
#undef GT_BROADCAST_RUN
  }
  return res;
}
/* A binary op the runtime has no loop of its own for (BinarySpec.runtime is nil): the program's
   element functions, made from the op table, over float tensors broadcast together. */
typedef double (*gt_binary_f64)(double, double);
typedef float (*gt_binary_f32)(float, float);
GT_FN T *gt_binary_fn(const T *a, const T *b, gt_binary_f64 fd, gt_binary_f32 ff) {
  int64_t out[8] = {0};
  int r = gt_bshape(a->rank, a->shape, b->rank, b->shape, out);
  if (r < 0) gt_shape_error("shapes", a, b);
  T *res = gt_new_raw(a->dt, r, out);
  int64_t st[3][8];
  gt_bstrides(a, r, out, st[0]); gt_bstrides(b, r, out, st[1]);
  gt_walk w; gt_walk_init(&w, r, out, st, 2);
  for (int64_t k = 0; k < res->n; k += w.inner, gt_walk_next(&w)) {
    const int64_t n = w.inner, sa = w.in[0], sb = w.in[1];
    if (a->dt == F32) {
      const float *x = (const float *)a->p + w.off[0], *y = (const float *)b->p + w.off[1]; float *z = (float *)res->p + k;
      for (int64_t j = 0; j < n; j++) z[j] = ff(x[j * sa], y[j * sb]);
    } else {
      const double *x = (const double *)a->p + w.off[0], *y = (const double *)b->p + w.off[1]; double *z = (double *)res->p + k;
      for (int64_t j = 0; j < n; j++) z[j] = fd(x[j * sa], y[j * sb]);
    }
  }
  return res;
}
GT_FN T *gt_select(const T *c, const T *a, const T *b) {
  int64_t ab[8], out[8] = {0};
  int r1 = gt_bshape(a->rank, a->shape, b->rank, b->shape, ab);
  int r = r1 < 0 ? -1 : gt_bshape(c->rank, c->shape, r1, ab, out);
  if (r < 0) gt_shape_error("where of shapes", a, b);
  T *res = gt_new_raw(a->dt, r, out);
  int64_t st[3][8];
  gt_bstrides(c, r, out, st[0]); gt_bstrides(a, r, out, st[1]); gt_bstrides(b, r, out, st[2]);
  gt_walk w; gt_walk_init(&w, r, out, st, 3);
  for (int64_t k = 0; k < res->n; k += w.inner, gt_walk_next(&w)) {
    const uint8_t *m = (const uint8_t *)c->p + w.off[0];
    const int64_t n = w.inner, sc = w.in[0], sa = w.in[1], sb = w.in[2];
#define GT_SELECT_RUN(TY) { \
      const TY *x = (const TY *)a->p + w.off[1], *y = (const TY *)b->p + w.off[2]; TY *z = (TY *)res->p + k; \
      for (int64_t j = 0; j < n; j++) z[j] = m[j * sc] ? x[j * sa] : y[j * sb]; }
    switch (gt_size(a->dt)) {
    case 8: GT_SELECT_RUN(uint64_t) break;
    case 4: GT_SELECT_RUN(uint32_t) break;
    default: GT_SELECT_RUN(uint8_t)
    }
#undef GT_SELECT_RUN
  }
  return res;
}
static inline T *gt_convert(const T *a, int dt) {
  T *r = gt_new_raw(dt, a->rank, a->shape);
  for (int64_t i = 0; i < a->n; i++) gt_set(r, i, gt_get(a, i));
  return r;
}
static inline T *gt_copy(const T *a) { T *r = gt_new_raw(a->dt, a->rank, a->shape); memcpy(r->p, a->p, (size_t)a->n * gt_size(a->dt)); return r; }

/* ---- reductions (accumulate in double, as GradTensor) ---- */
enum { R_SUM, R_MEAN, R_MAX, R_MIN, R_PROD, R_LSE };
/* max or min along an axis of no elements: an error, worded as the VM words it. */
static inline void gt_empty_reduction(int max, int rank, const int64_t *shape) {
  char s[200], m[300];
  gt_shape_text(s, sizeof s, rank, shape);
  snprintf(m, sizeof m, "%s of an empty tensor (shape %s)", max ? "max" : "min", s);
  gt_fail(m);
}
GT_FN T *gt_reduce(int k, const T *a, int has_axis, int axis, int keep) {
  if (a->dt == BOOL) gt_fail("reduction of a bool tensor");
  int64_t outer = 1, len = a->n, inner = 1, shape[8] = {0};
  int rank = 0;
  if (has_axis) {
    if (axis < 0) axis += a->rank;
    if (axis < 0 || axis >= a->rank) gt_fail("axis out of range");
    outer = 1; for (int i = 0; i < axis; i++) outer *= a->shape[i];
    len = a->shape[axis];
    inner = 1; for (int i = axis + 1; i < a->rank; i++) inner *= a->shape[i];
    for (int i = 0; i < a->rank; i++) { if (i == axis) { if (keep) shape[rank++] = 1; } else shape[rank++] = a->shape[i]; }
  } else if (keep) {
    for (int i = 0; i < a->rank; i++) shape[rank++] = 1;
  }
  if (len == 0 && (k == R_MAX || k == R_MIN)) gt_empty_reduction(k == R_MAX, a->rank, a->shape);
  int dt = a->dt == I32 && k == R_MEAN ? F64 : a->dt;
  T *r = gt_new_raw(dt, rank, shape);
  double *xs = (double *)gt_alloc(sizeof(double) * (size_t)(a->n ? a->n : 1));
  if (a->dt == F64) memcpy(xs, a->p, sizeof(double) * (size_t)a->n);
  else if (a->dt == F32) { const float *x = (const float *)a->p; for (int64_t i = 0; i < a->n; i++) xs[i] = x[i]; }
  else for (int64_t i = 0; i < a->n; i++) xs[i] = gt_get(a, i);
#define GT_X(i) xs[i]
  if (k == R_LSE && inner > 1) {
    /* Across the axis a row at a time, so the exp loop runs over contiguous elements (the
       vectorized exp: GT_MVEC1), each position's max and sum taken in the same order as below. */
    double *mx = (double *)gt_alloc(sizeof(double) * (size_t)inner * 2), *sm = mx + inner;
    for (int64_t o = 0; o < outer; o++) {
      const double *x0 = xs + o * len * inner;
      for (int64_t i = 0; i < inner; i++) { mx[i] = -INFINITY; sm[i] = 0; }
      for (int64_t j = 0; j < len; j++) { const double *row = x0 + j * inner; for (int64_t i = 0; i < inner; i++) { double v = row[i]; if (v != v) sm[i] = NAN; if (v > mx[i]) mx[i] = v; } }
      for (int64_t i = 0; i < inner; i++) if (sm[i] != sm[i]) mx[i] = NAN;   /* a NaN in the line: NaN */
      for (int64_t j = 0; j < len; j++) { const double *row = x0 + j * inner; for (int64_t i = 0; i < inner; i++) sm[i] += exp(row[i] - mx[i]); }
      for (int64_t i = 0; i < inner; i++) gt_set(r, o * inner + i, (mx[i] != mx[i] || isinf(mx[i])) ? mx[i] : mx[i] + log(sm[i]));   /* ±inf: itself */
    }
    gt_dealloc(mx); gt_dealloc(xs);
    return r;
  }
  for (int64_t o = 0; o < outer; o++) for (int64_t i = 0; i < inner; i++) {
    int64_t base = o * len * inner + i;
    double acc;
    if (k == R_SUM || k == R_MEAN) {
      if (inner == 1) acc = gt_lane_sum_f64(xs + base, len);   /* as the VM sums a line */
      else { acc = 0; for (int64_t j = 0; j < len; j++) acc += GT_X(base + j * inner); }
      if (k == R_MEAN) acc /= (double)len;
    }
    else if (k == R_PROD) { acc = 1; for (int64_t j = 0; j < len; j++) acc *= GT_X(base + j * inner); }
    else if (k == R_MAX || k == R_MIN) {
      acc = GT_X(base);
      for (int64_t j = 0; j < len; j++) { double v = GT_X(base + j * inner); if (v != v) { acc = v; break; } if (k == R_MAX ? v > acc : v < acc) acc = v; }
    } else {
      double m = -INFINITY; int nan = 0;
      for (int64_t j = 0; j < len; j++) { double v = GT_X(base + j * inner); if (v != v) nan = 1; if (v > m) m = v; }
      if (nan) acc = NAN;
      else if (isinf(m)) acc = m;
      else { double s = 0; for (int64_t j = 0; j < len; j++) s += exp(GT_X(base + j * inner) - m); acc = m + log(s); }
    }
    gt_set(r, o * inner + i, acc);
  }
#undef GT_X
  gt_dealloc(xs);
  return r;
}

/* The index of the largest element along an axis (i32): the first of equal ones, the first NaN. */
GT_FN T *gt_argmax(const T *a, int axis) {
  if (a->dt == BOOL) gt_fail("argmax of a bool tensor");
  if (axis < 0) axis += a->rank;
  if (axis < 0 || axis >= a->rank) gt_fail("axis out of range");
  int64_t outer = 1, len = a->shape[axis], inner = 1, shape[8] = {0};
  int rank = 0;
  for (int i = 0; i < axis; i++) outer *= a->shape[i];
  for (int i = axis + 1; i < a->rank; i++) inner *= a->shape[i];
  for (int i = 0; i < a->rank; i++) if (i != axis) shape[rank++] = a->shape[i];
  if (len == 0) gt_fail("argmax of an empty axis");
  T *r = gt_new(I32, rank, shape);
  int32_t *out = (int32_t *)r->p;
  for (int64_t o = 0; o < outer; o++) for (int64_t i = 0; i < inner; i++) {
    int64_t base = o * len * inner + i, best = 0;
    double m = gt_get(a, base);
    if (m == m) for (int64_t j = 1; j < len; j++) {
      double v = gt_get(a, base + j * inner);
      if (v != v) { best = j; break; }
      if (v > m) { m = v; best = j; }
    }
    out[o * inner + i] = (int32_t)best;
  }
  return r;
}

