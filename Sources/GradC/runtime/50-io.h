/* gradc's C runtime, part 10 of 12: seeded random numbers, gathers by index, checks of declared
   types, progress lines, NumPy-style printing. */
/* ---- random: SplitMix64, uniform = top 53 bits / 2^53, normals by Box-Muller ---- */
static inline uint64_t gt_mix(uint64_t z);
static inline uint64_t gt_splitmix(uint64_t *s) { return gt_mix(*s += 0x9E3779B97F4A7C15ull); }
static inline double gt_uniform(uint64_t *s) { return (double)(gt_splitmix(s) >> 11) * 0x1.0p-53; }
/* Keys (GradTensor/Random.swift): an i32[2] holds a 64-bit seed, high word first; a random op
   draws with an i32 seed as it is or with a key's seed. fold_in derives a key per datum. */
static inline uint64_t gt_mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull; z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
static inline int64_t gt_seed(const T *t) {
  if (t->rank != 1 || t->n != 2) return gt_int(t);
  const int32_t *w = (const int32_t *)t->p;
  return (int64_t)((uint64_t)(uint32_t)w[0] << 32 | (uint32_t)w[1]);
}
GT_FN T *gt_fold_in(const T *key, const T *data) {
  if (key->dt != I32 || key->rank != 1 || key->n != 2) gt_fail("fold_in needs an i32[2] key");
  int64_t shape[8];
  if (data->rank >= 8) gt_fail("fold_in of data of rank 8 or more");
  for (int i = 0; i < data->rank; i++) shape[i] = data->shape[i];
  shape[data->rank] = 2;
  T *r = gt_new(I32, data->rank + 1, shape);
  uint64_t base = gt_mix((uint64_t)gt_seed(key));
  for (int64_t i = 0; i < data->n; i++) {
    uint64_t z = gt_mix(base + ((uint64_t)(uint32_t)((const int32_t *)data->p)[i] + 1) * 0x9E3779B97F4A7C15ull);
    ((int32_t *)r->p)[2 * i] = (int32_t)(uint32_t)(z >> 32);
    ((int32_t *)r->p)[2 * i + 1] = (int32_t)(uint32_t)z;
  }
  return r;
}
GT_FN T *gt_random(int normal, int dt, int64_t seed, int rank, const int64_t *shape) {
  T *r = gt_new(dt, rank, shape);
  uint64_t s = (uint64_t)seed;
  for (int64_t i = 0; i < r->n; i += normal ? 2 : 1) {
    if (!normal) { gt_set(r, i, gt_uniform(&s)); continue; }
    double u1 = gt_uniform(&s), u2 = gt_uniform(&s), rad = sqrt(-2 * log(1 - u1)), th = 2 * 3.14159265358979323846 * u2;
    gt_set(r, i, rad * cos(th));
    if (i + 1 < r->n) gt_set(r, i + 1, rad * sin(th));
  }
  return r;
}

/* Rows by index: take(x, idx), its adjoint scatter_rows(v, like, idx), and a seeded permutation
   (Fisher-Yates over SplitMix64, as the VM draws it). */
static inline int64_t gt_row(const T *idx, int64_t k, int64_t rows) {
  int64_t r = (int64_t)((const int32_t *)idx->p)[k];
  int64_t i = r < 0 ? r + rows : r;
  if (i < 0 || i >= rows) { char m[160]; snprintf(m, sizeof m, "row index %lld is out of range for %lld rows", (long long)r, (long long)rows); gt_fail(m); }
  return i;
}
GT_FN T *gt_take(const T *x, const T *idx) {
  if (x->rank < 1) gt_fail("take needs a tensor of rank 1 or more, got a scalar");
  if (idx->dt != I32 || idx->rank != 1) gt_fail("row indices must be an i32 vector");
  int64_t shape[8];
  shape[0] = idx->n;
  for (int i = 1; i < x->rank; i++) shape[i] = x->shape[i];
  T *r = gt_new(x->dt, x->rank, shape);
  int64_t width = x->shape[0] ? x->n / x->shape[0] : 0, sz = gt_size(x->dt);
  for (int64_t k = 0; k < idx->n; k++) {
    int64_t row = gt_row(idx, k, x->shape[0]);
    memcpy((char *)r->p + k * width * sz, (const char *)x->p + row * width * sz, (size_t)(width * sz));
  }
  return r;
}
GT_FN T *gt_scatter_rows(const T *v, const T *like, const T *idx) {
  if (like->rank < 1) gt_fail("scatter_rows needs a target of rank 1 or more");
  if (idx->dt != I32 || idx->rank != 1) gt_fail("row indices must be an i32 vector");
  T *r = gt_new(like->dt, like->rank, like->shape);
  int64_t width = like->shape[0] ? like->n / like->shape[0] : 0;
  if (v->n != idx->n * width) gt_fail("scatter_rows: the rows do not match the indices");
  /* Typed rows for the float types (a float sum rounded from double is the float sum). */
#define GT_SCATTER_ROWS(TY) { \
    TY *z = (TY *)r->p; const TY *x = (const TY *)v->p; \
    for (int64_t k = 0; k < idx->n; k++) { \
      TY *zr = z + gt_row(idx, k, like->shape[0]) * width; const TY *xr = x + k * width; \
      for (int64_t j = 0; j < width; j++) zr[j] += xr[j]; \
    } }
  if (v->dt == like->dt && like->dt == F64) GT_SCATTER_ROWS(double)
  else if (v->dt == like->dt && like->dt == F32) GT_SCATTER_ROWS(float)
  else
    for (int64_t k = 0; k < idx->n; k++) {
      int64_t row = gt_row(idx, k, like->shape[0]);
      for (int64_t j = 0; j < width; j++) gt_set(r, row * width + j, gt_get(r, row * width + j) + gt_get(v, k * width + j));
    }
#undef GT_SCATTER_ROWS
  return r;
}
GT_FN T *gt_permutation(int64_t seed, int64_t n) {
  if (n < 0) gt_fail("permutation of a negative number of elements");
  int64_t shape[1] = {n};
  T *r = gt_new(I32, 1, shape);
  int32_t *p = (int32_t *)r->p;
  for (int64_t i = 0; i < n; i++) p[i] = (int32_t)i;
  uint64_t s = (uint64_t)seed;
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)(gt_splitmix(&s) % (uint64_t)(i + 1));
    int32_t t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return r;
}


/* ---- checks of declared types ----
   Each dimension of a declared type is a constant (sym = -1, value c), a size name bound on
   first sight (sym = index into sz), or an expression in size names already evaluated by the
   caller (sym = -2; c < 0 when some name is not bound yet, and then it is not checked). */
/* A dim of a declared type: sym >= 0, the size a * sz[sym] + c (a size name alone: a = 1,
   c = 0), which gives sz[sym] when it is not known yet; sym -1, the number c; sym -2, an
   expression's value c (-1 while a name it reads is not known). */
typedef struct { int sym; int64_t c, a; } gt_dim;
GT_FN void gt_bind(const T *t, int dt, int rank, const gt_dim *dims, int64_t *sz, const char *const *names,
                           const int *used, int nused, const char *what, const char *type) {
  int ok = t->dt == dt && t->rank == rank;
  for (int i = 0; ok && i < rank; i++) {
    if (dims[i].sym >= 0) {
      int64_t a = dims[i].a, r = t->shape[i] - dims[i].c;
      if (sz[dims[i].sym] < 0) { if (r % a != 0 || r / a < 0) { ok = 0; break; } sz[dims[i].sym] = r / a; }
      ok = a * sz[dims[i].sym] + dims[i].c == t->shape[i];
    }
    else if (dims[i].sym == -1 || dims[i].c >= 0) ok = dims[i].c == t->shape[i];
  }
  if (ok) return;
  char note[300] = "", s[200], m[800]; size_t k = 0; int first = 1;
  for (int i = 0; i < nused; i++) if (sz[used[i]] >= 0) {
    k += (size_t)snprintf(note + k, sizeof note - k, "%s%s = %lld", first ? " (" : ", ", names[used[i]], (long long)sz[used[i]]);
    first = 0;
  }
  if (!first) snprintf(note + k, sizeof note - k, ")");
  gt_shape_text(s, sizeof s, t->rank, t->shape);
  snprintf(m, sizeof m, "%s has type %s%s, expected %s%s", what, gt_dtname(t->dt), s, type, note);
  gt_fail(m);
}
static inline void gt_check(const T *t, int dt, int rank, const int64_t *want, const char *what, const char *type) {
  int ok = t->dt == dt && t->rank == rank;
  for (int i = 0; ok && i < rank; i++) if (want[i] >= 0 && want[i] != t->shape[i]) ok = 0;
  if (!ok) {
    char s[200], m[600]; gt_shape_text(s, sizeof s, t->rank, t->shape);
    snprintf(m, sizeof m, "%s has type %s%s, expected %s", what, gt_dtname(t->dt), s, type); gt_fail(m);
  }
}

/* ---- the run log: with GRADC_LOG=FILE, one JSON line per progress(...) and print_norms(...)
   call, what `gradc plot` draws; the VM writes the same lines (GradVM/Progress.swift). A
   library's calls are not logged. Numbers are %.17g, NaN and infinities null:
     {"event": "progress", "i": 3, "epoch": 0, "step": 3, "total": 100, "loss": 0.53}
     {"event": "norms", "i": 1, "progress": 3, "norms": {"W1": 0.81, "b1": 0.04}}
   i counts the calls of each kind; "progress" is how many progress calls came before. ---- */
GT_VAR FILE *gt_log_file = 0;
GT_VAR int gt_log_state = 0;
GT_VAR long long gt_log_progress_n = 0;
GT_VAR long long gt_log_norms_n = 0;
GT_FN FILE *gt_log(void) {
#ifdef GRADC_LIB
  return 0;
#else
  if (gt_log_state == 0) {
    const char *path = getenv("GRADC_LOG");
    gt_log_state = -1;
    if (path && *path && gt_this_rank == 0) {
      gt_log_file = fopen(path, "w");
      if (!gt_log_file) { char m[600]; snprintf(m, sizeof m, "cannot write the log '%s': %s", path, strerror(errno)); gt_fail(m); }
      setvbuf(gt_log_file, 0, _IOLBF, 0);
      gt_log_state = 1;
    }
  }
  return gt_log_state == 1 ? gt_log_file : 0;
#endif
}
GT_FN void gt_log_number(FILE *f, double x) {
  if (x != x || isinf(x)) fputs("null", f); else fprintf(f, "%.17g", x);
}
GT_FN void gt_log_norms(int n, const char *const *names, T *const *values) {
  FILE *f = gt_log();
  if (!f) return;
  gt_log_norms_n++;
  fprintf(f, "{\"event\": \"norms\", \"i\": %lld, \"progress\": %lld, \"norms\": {", gt_log_norms_n, gt_log_progress_n);
  for (int k = 0; k < n; k++) {
    fprintf(f, "%s\"%s\": ", k ? ", " : "", names[k]);
    gt_log_number(f, gt_get(values[k], 0));
  }
  fputs("}}\n", f);
}

/* progress(epoch, step, total, loss): one line redrawn in place on a terminal, else a plain line
   at every tenth of the run and at the last step; the rate counts steps since the first call of
   this run of steps (a step lower than the last one starts a new run).
   Every call is logged (above); with print 0 (progress(..., print: false)) it only is. */
GT_FN void gt_progress(const T *epoch, const T *step, const T *total, const T *loss, int print) {
  static GT_TLS int tty = -1, have_start = 0;
  static GT_TLS long long start_step = 0, last_step = 0;
  static GT_TLS double start_s = 0;
#ifdef GRADC_MPI
  if (tty < 0) tty = 0;   /* mpirun forwards rank 0's output: plain lines, no redrawing */
#else
  if (tty < 0) tty = isatty(1);
#endif
  long long e = (long long)gt_get(epoch, 0), s = (long long)gt_get(step, 0), n = (long long)gt_get(total, 0);
  struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
  double now = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
  if (!have_start || s < last_step) { have_start = 1; start_step = s; start_s = now; }
  last_step = s;
  char rate[64];
  if (now > start_s && s > start_step) snprintf(rate, sizeof rate, "%.1f steps/s", (double)(s - start_step) / (now - start_s));
  else snprintf(rate, sizeof rate, "first step");
  long long every = n / 10 > 1 ? n / 10 : 1;
  if (print && tty) {
    printf("\r\033[Kepoch %lld step %lld/%lld loss %.4g (%s)%s", e, s, n, gt_get(loss, 0), rate, s >= n ? "\n" : "");
    fflush(stdout);
  } else if (print && (s % every == 0 || s >= n)) {
    printf("epoch %lld step %lld/%lld loss %.4g (%s)\n", e, s, n, gt_get(loss, 0), rate);
  }
  FILE *f = gt_log();
  if (f) {
    gt_log_progress_n++;
    fprintf(f, "{\"event\": \"progress\", \"i\": %lld, \"epoch\": %lld, \"step\": %lld, \"total\": %lld, \"loss\": ", gt_log_progress_n, e, s, n);
    gt_log_number(f, gt_get(loss, 0));
    fputs("}\n", f);
  }
}

/* ---- printing, as NumPy ---- */
GT_FN void gt_repr(char *out, size_t cap, double x, int f32) {
  if (x != x) { snprintf(out, cap, "nan"); return; }
  if (isinf(x)) { snprintf(out, cap, x < 0 ? "-inf" : "inf"); return; }
  char buf[64]; int p;
  for (p = 1; p <= 17; p++) { snprintf(buf, sizeof buf, "%.*e", p - 1, x); if (f32 ? (float)strtod(buf, 0) == (float)x : strtod(buf, 0) == x) break; }
  /* buf = d.ddde[+-]XX with p significant digits: reformat as Swift's description */
  char digits[32]; int nd = 0, neg = buf[0] == '-';
  for (char *c = buf + neg; *c && *c != 'e'; c++) if (*c != '.') digits[nd++] = *c;
  digits[nd] = 0;
  while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
  int e = atoi(strchr(buf, 'e') + 1);
  size_t k = 0;
  if (neg) out[k++] = '-';
  if (e < -4 || e >= 16) {
    out[k++] = digits[0];
    if (nd > 1) { out[k++] = '.'; for (int i = 1; i < nd; i++) out[k++] = digits[i]; }
    snprintf(out + k, cap - k, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return;
  }
  if (e < 0) { out[k++] = '0'; out[k++] = '.'; for (int i = 0; i < -e - 1; i++) out[k++] = '0'; for (int i = 0; i < nd; i++) out[k++] = digits[i]; }
  else {
    for (int i = 0; i <= e; i++) out[k++] = i < nd ? digits[i] : '0';
    out[k++] = '.';
    if (nd > e + 1) for (int i = e + 1; i < nd; i++) out[k++] = digits[i]; else out[k++] = '0';
  }
  out[k] = 0;
}
/* fewest fractional digits (at most 8) that read back as x, in style 'f' or 'e' */
static inline void gt_unique(char *out, size_t cap, double x, char style, int f32) {
  for (int p = 0; p < 8; p++) {
    if (style == 'f') snprintf(out, cap, "%.*f", p, x); else snprintf(out, cap, "%.*e", p, x);
    double back = strtod(out, 0);
    if (f32 ? (float)back == (float)x : back == x) return;
  }
  if (style == 'f') snprintf(out, cap, "%.8f", x); else snprintf(out, cap, "%.8e", x);
}
typedef struct { char w[48]; } gt_word;
GT_FN gt_word *gt_words(const T *t) {
  gt_word *w = (gt_word *)calloc((size_t)(t->n ? t->n : 1), sizeof(gt_word));
  if (t->dt == BOOL) { for (int64_t i = 0; i < t->n; i++) strcpy(w[i].w, ((uint8_t *)t->p)[i] ? " True" : "False"); return w; }
  if (t->dt == I32) {
    size_t mx = 0;
    for (int64_t i = 0; i < t->n; i++) { snprintf(w[i].w, 48, "%d", ((int32_t *)t->p)[i]); if (strlen(w[i].w) > mx) mx = strlen(w[i].w); }
    for (int64_t i = 0; i < t->n; i++) { char tmp[48]; snprintf(tmp, 48, "%*s", (int)mx, w[i].w); strcpy(w[i].w, tmp); }
    return w;
  }
  double maxv = 0, minv = 0; int any = 0;
  for (int64_t i = 0; i < t->n; i++) { double v = fabs(gt_get(t, i)); if (!isfinite(v)) continue; if (v > maxv) maxv = v; if (v != 0 && (!any || v < minv)) { minv = v; any = 1; } }
  int sci = maxv >= 1e8 || (any && (minv < 1e-4 || maxv / minv > 1e3));
  char (*ip)[40] = calloc((size_t)(t->n ? t->n : 1), 40), (*fp)[40] = calloc((size_t)(t->n ? t->n : 1), 40), (*ex)[16] = calloc((size_t)(t->n ? t->n : 1), 16);
  int *special = (int *)calloc((size_t)(t->n ? t->n : 1), sizeof(int));
  size_t wi = 0, wf = 0;
  for (int64_t i = 0; i < t->n; i++) {
    double x = gt_get(t, i);
    if (!isfinite(x)) { special[i] = 1; strcpy(ip[i], x != x ? "nan" : x < 0 ? "-inf" : "inf"); continue; }
    char s[64]; gt_unique(s, sizeof s, x, sci ? 'e' : 'f', t->dt == F32);
    char *e = sci ? strchr(s, 'e') : 0;
    if (e) {
      int ev = atoi(e + 1); *e = 0;
      snprintf(ex[i], 16, "e%c%02d", ev < 0 ? '-' : '+', ev < 0 ? -ev : ev);
    }
    char *dot = strchr(s, '.');
    if (dot) { *dot = 0; strcpy(fp[i], dot + 1); size_t L = strlen(fp[i]); while (L && fp[i][L - 1] == '0') fp[i][--L] = 0; }
    strcpy(ip[i], s);
    if (strlen(ip[i]) > wi) wi = strlen(ip[i]);
    if (strlen(fp[i]) > wf) wf = strlen(fp[i]);
  }
  size_t width = 0;
  for (int64_t i = 0; i < t->n; i++) {
    if (special[i]) strcpy(w[i].w, ip[i]);
    else {
      char pad[48]; size_t L = strlen(fp[i]);
      snprintf(w[i].w, 48, "%*s.%s", (int)wi, ip[i], fp[i]);
      for (size_t j = L; j < wf; j++) { pad[0] = sci ? '0' : ' '; pad[1] = 0; strcat(w[i].w, pad); }
      if (sci) {
        /* exponent goes after the zero padding */
        size_t L0 = strlen(w[i].w); memcpy(w[i].w + L0, ex[i], strlen(ex[i]) + 1);
      }
    }
    if (strlen(w[i].w) > width) width = strlen(w[i].w);
  }
  for (int64_t i = 0; i < t->n; i++) { char tmp[48]; snprintf(tmp, 48, "%*s", (int)width, w[i].w); strcpy(w[i].w, tmp); }
  free(ip); free(fp); free(ex); free(special);
  return w;
}
typedef struct { char *s; size_t n, cap; } gt_buf;
static inline void gt_put(gt_buf *b, const char *s) {
  size_t L = strlen(s);
  if (b->n + L + 1 > b->cap) { b->cap = (b->n + L + 1) * 2; char *q = (char *)realloc(b->s, b->cap); if (!q) gt_fail("out of memory"); b->s = q; }
  memcpy(b->s + b->n, s, L + 1); b->n += L;
}
GT_FN void gt_fmt_axis(gt_buf *b, const T *t, const gt_word *w, int axis, int64_t off, const int64_t *st, int summarize, int indent) {
  int64_t n = t->shape[axis], idx[8], cnt = 0, *all = 0;
  int cut = summarize && n > 6;
  if (cut) { idx[0] = 0; idx[1] = 1; idx[2] = 2; idx[3] = -1; idx[4] = n - 3; idx[5] = n - 2; idx[6] = n - 1; cnt = 7; }
  else { all = (int64_t *)malloc(sizeof(int64_t) * (size_t)(n ? n : 1)); for (int64_t i = 0; i < n; i++) all[i] = i; cnt = n; }
  const int64_t *list = cut ? idx : all;
  gt_put(b, "[");
  if (axis == t->rank - 1) {
    int line = indent;
    for (int64_t k = 0; k < cnt; k++) {
      const char *word = list[k] < 0 ? "..." : w[off + list[k] * st[axis]].w;
      if (k > 0) {
        if (line + 1 + (int)strlen(word) + (k == cnt - 1 ? 1 : 0) > 75) { gt_put(b, "\n"); for (int s = 0; s < indent; s++) gt_put(b, " "); line = indent; }
        else { gt_put(b, " "); line++; }
      }
      gt_put(b, word); line += (int)strlen(word);
    }
  } else {
    for (int64_t k = 0; k < cnt; k++) {
      if (k > 0) { for (int s = 0; s < t->rank - axis - 1; s++) gt_put(b, "\n"); for (int s = 0; s < indent; s++) gt_put(b, " "); }
      if (list[k] < 0) gt_put(b, "...");
      else gt_fmt_axis(b, t, w, axis + 1, off + list[k] * st[axis], st, summarize, indent + 1);
    }
  }
  gt_put(b, "]");
  free(all);
}
GT_FN char *gt_format(const T *t) {
  gt_buf b = {0, 0, 0};
  if (t->rank == 0) {
    char s[64];
    if (t->dt == BOOL) strcpy(s, ((uint8_t *)t->p)[0] ? "True" : "False");
    else if (t->dt == I32) snprintf(s, sizeof s, "%d", ((int32_t *)t->p)[0]);
    else gt_repr(s, sizeof s, gt_get(t, 0), t->dt == F32);
    gt_put(&b, s);
    return b.s;
  }
  gt_word *w = gt_words(t);
  int64_t st[8], acc = 1; for (int i = t->rank - 1; i >= 0; i--) { st[i] = acc; acc *= t->shape[i]; }
  gt_fmt_axis(&b, t, w, 0, 0, st, t->n > 1000, 1);
  free(w);
  return b.s;
}
static inline void gt_print_tensor(const T *t, int first) { char *s = gt_format(t); if (!first) fputc(' ', stdout); fputs(s, stdout); free(s); }
static inline void gt_print_text(const char *s, int first) { if (!first) fputc(' ', stdout); fputs(s, stdout); }
