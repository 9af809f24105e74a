/* gradc's C runtime, part 8 of 12: shape ops, indexing, views, scatters, concatenation. */
/* ---- shape ops ---- */
static inline T *gt_gather(const T *a, int rank, const int64_t *shape, const int64_t *src) {
  T *r = gt_new(a->dt, rank, shape);
  size_t sz = gt_size(a->dt);
  for (int64_t i = 0; i < r->n; i++) memcpy((char *)r->p + i * (int64_t)sz, (char *)a->p + src[i] * (int64_t)sz, sz);
  return r;
}
GT_FN T *gt_broadcast_to(const T *a, int rank, const int64_t *shape) {
  int64_t out[8];
  if (gt_bshape(a->rank, a->shape, rank, shape, out) != rank || memcmp(out, shape, sizeof(int64_t) * (size_t)rank) != 0) {
    char x[200], y[200], m[500];
    gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, rank, shape);
    snprintf(m, sizeof m, "cannot broadcast shape %s to %s", x, y); gt_fail(m);
  }
  /* Tensors are never written after they are made, so an identity broadcast shares. */
  if (a->rank == rank && memcmp(a->shape, shape, sizeof(int64_t) * (size_t)rank) == 0) return gt_retain((T *)a);
  T *r = gt_new_raw(a->dt, rank, shape);
  int64_t st[3][8];
  gt_bstrides(a, rank, shape, st[0]);
  gt_copy_strided(r, a, st);
  return r;
}
GT_FN T *gt_reshape(const T *a, int rank, const int64_t *shape0) {
  int64_t shape[8]; int64_t known = 1; int hole = -1;
  for (int i = 0; i < rank; i++) { shape[i] = shape0[i]; if (shape[i] == -1) hole = i; else known *= shape[i]; }
  if (hole >= 0) shape[hole] = known > 0 && a->n % known == 0 ? a->n / known : -2;
  int64_t total = 1; for (int i = 0; i < rank; i++) { if (shape[i] < 0) total = -1; else total *= shape[i]; }
  if (total != a->n) {
    char x[200], y[200], m[500];
    gt_shape_text(x, sizeof x, a->rank, a->shape); gt_shape_text(y, sizeof y, rank, shape0);
    snprintf(m, sizeof m, "cannot reshape %s to %s", x, y); gt_fail(m);
  }
  T *r = gt_copy(a); r->rank = rank; memcpy(r->shape, shape, sizeof(int64_t) * (size_t)rank);
  return r;
}
GT_FN T *gt_transpose(const T *a, int has_perm, const int *perm0) {
  if (a->rank == 2 && (!has_perm || perm0[0] == 1) && (a->dt == F32 || a->dt == F64)) {
    int64_t m = a->shape[0], n = a->shape[1], shape[2] = {n, m};
    T *r = gt_new(a->dt, 2, shape);
    if (a->dt == F64) { const double *x = (const double *)a->p; double *z = (double *)r->p; for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) z[j * m + i] = x[i * n + j]; }
    else { const float *x = (const float *)a->p; float *z = (float *)r->p; for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) z[j * m + i] = x[i * n + j]; }
    return r;
  }
  /* The result in row-major order, the source read at its permuted strides. */
  int64_t shape[8], st[3][8], src[8], acc = 1;
  for (int i = a->rank - 1; i >= 0; i--) { src[i] = acc; acc *= a->shape[i]; }
  for (int i = 0; i < a->rank; i++) {
    int p = has_perm ? perm0[i] : a->rank - 1 - i;
    shape[i] = a->shape[p]; st[0][i] = src[p];
  }
  T *r = gt_new_raw(a->dt, a->rank, shape);
  gt_copy_strided(r, a, st);
  return r;
}
static inline T *gt_expand_dims(const T *a, int axis) {
  if (axis < 0) axis += a->rank + 1;
  T *r = gt_copy(a); r->rank = a->rank + 1;
  for (int i = 0, j = 0; i < r->rank; i++) r->shape[i] = i == axis ? 1 : a->shape[j++];
  return r;
}
static inline T *gt_squeeze(const T *a, int has_axis, int axis) {
  T *r = gt_copy(a); int k = 0;
  if (has_axis && axis < 0) axis += a->rank;
  if (has_axis && (axis < 0 || axis >= a->rank || a->shape[axis] != 1)) gt_fail("cannot squeeze an axis whose size is not 1");
  for (int i = 0; i < a->rank; i++) if (has_axis ? i != axis : a->shape[i] != 1) r->shape[k++] = a->shape[i];
  r->rank = k;
  return r;
}
GT_FN T *gt_concat(int count, T *const *parts, int axis) {
  const T *f = parts[0];
  if (axis < 0) axis += f->rank;
  int64_t shape[8]; memcpy(shape, f->shape, sizeof shape); shape[axis] = 0;
  for (int i = 0; i < count; i++) {
    if (parts[i]->rank != f->rank) gt_fail("concat of tensors of different ranks");
    for (int d = 0; d < f->rank; d++) if (d != axis && parts[i]->shape[d] != f->shape[d]) gt_fail("concat of tensors whose other dimensions differ");
    shape[axis] += parts[i]->shape[axis];
  }
  T *r = gt_new(f->dt, f->rank, shape);
  int64_t outer = 1, inner = 1; for (int d = 0; d < axis; d++) outer *= f->shape[d]; for (int d = axis + 1; d < f->rank; d++) inner *= f->shape[d];
  size_t sz = gt_size(f->dt); int64_t k = 0;
  for (int64_t o = 0; o < outer; o++) for (int i = 0; i < count; i++) {
    int64_t len = parts[i]->shape[axis] * inner;
    memcpy((char *)r->p + k * (int64_t)sz, (char *)parts[i]->p + o * len * (int64_t)sz, (size_t)len * sz); k += len;
  }
  return r;
}
/* Index specs: kind 0 = at(i); 1 = range(start?, stop?, step). */
typedef struct { int kind, has_start, has_stop; int64_t start, stop, step; } gt_spec;
GT_FN void gt_slice_bounds(const gt_spec *s, int64_t n, int64_t *start, int64_t *count) {
  int64_t a, b;
  if (s->step > 0) {
    a = !s->has_start ? 0 : (s->start < 0 ? (s->start + n < 0 ? 0 : s->start + n) : (s->start > n ? n : s->start));
    b = !s->has_stop ? n : (s->stop < 0 ? (s->stop + n < 0 ? 0 : s->stop + n) : (s->stop > n ? n : s->stop));
    *start = a; *count = b > a ? (b - a + s->step - 1) / s->step : 0;
  } else {
    a = !s->has_start ? n - 1 : (s->start < 0 ? (s->start + n < -1 ? -1 : s->start + n) : (s->start > n - 1 ? n - 1 : s->start));
    b = !s->has_stop ? -1 : (s->stop < 0 ? (s->stop + n < -1 ? -1 : s->stop + n) : (s->stop > n - 1 ? n - 1 : s->stop));
    *start = a; *count = a > b ? (a - b - s->step - 1) / (-s->step) : 0;
  }
}
/* The flat source index of every element of x[specs], and the result shape. */
GT_FN int64_t *gt_index_map(const T *a, int nspec, const gt_spec *specs, int *rank, int64_t *shape) {
  int64_t st[8], acc = 1, starts[8], steps[8], lens[8];
  for (int i = a->rank - 1; i >= 0; i--) { st[i] = acc; acc *= a->shape[i]; }
  if (nspec > a->rank) gt_fail("too many indices");
  *rank = 0;
  for (int d = 0; d < a->rank; d++) {
    gt_spec s = d < nspec ? specs[d] : (gt_spec){1, 0, 0, 0, 0, 1};
    if (s.kind == 0) {
      int64_t i = s.start < 0 ? s.start + a->shape[d] : s.start;
      if (i < 0 || i >= a->shape[d]) {
        char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis %d of size %lld", (long long)s.start, d, (long long)a->shape[d]); gt_fail(m);
      }
      starts[d] = i; steps[d] = 1; lens[d] = 1;
    } else {
      if (s.step == 0) gt_fail("slice step cannot be zero");
      gt_slice_bounds(&s, a->shape[d], &starts[d], &lens[d]); steps[d] = s.step; shape[(*rank)++] = lens[d];
    }
  }
  int64_t n = 1; for (int d = 0; d < a->rank; d++) n *= lens[d];
  int64_t *src = (int64_t *)gt_alloc(sizeof(int64_t) * (size_t)(n ? n : 1));
  int64_t idx[8] = {0};
  for (int64_t k = 0; k < n; k++) {
    int64_t off = 0; for (int d = 0; d < a->rank; d++) off += (starts[d] + idx[d] * steps[d]) * st[d];
    src[k] = off;
    for (int d = a->rank - 1; d >= 0; d--) { if (++idx[d] < lens[d]) break; idx[d] = 0; }
  }
  return src;
}
/* A 1-D slice with step 1: the first element and the length, or -1 when that is not the case. */
static inline int64_t gt_contiguous_1d(const T *a, int nspec, const gt_spec *specs, int64_t *start) {
  if (a->rank != 1 || nspec != 1 || specs[0].kind != 1 || specs[0].step != 1) return -1;
  int64_t count; gt_slice_bounds(&specs[0], a->shape[0], start, &count);
  return count;
}
GT_FN T *gt_index(const T *a, int nspec, const gt_spec *specs) {
  /* x[i, j, ...] with single indices only: one contiguous block, no index map. */
  int ats = 0; while (ats < nspec && specs[ats].kind == 0) ats++;
  if (ats == nspec && nspec <= a->rank) {
    int64_t off = 0, inner = 1;
    for (int d = 0; d < a->rank; d++) {
      if (d < nspec) {
        int64_t i = specs[d].start < 0 ? specs[d].start + a->shape[d] : specs[d].start;
        if (i < 0 || i >= a->shape[d]) {
          char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis %d of size %lld", (long long)specs[d].start, d, (long long)a->shape[d]); gt_fail(m);
        }
        off = off * a->shape[d] + i;
      } else { off *= a->shape[d]; inner *= a->shape[d]; }
    }
    T *r = gt_new_raw(a->dt, a->rank - nspec, a->shape + nspec);
    memcpy(r->p, (char *)a->p + off * (int64_t)gt_size(a->dt), (size_t)inner * gt_size(a->dt));
    return r;
  }
  int64_t start, count = gt_contiguous_1d(a, nspec, specs, &start);
  if (count >= 0) {
    T *r = gt_new(a->dt, 1, &count);
    memcpy(r->p, (char *)a->p + start * (int64_t)gt_size(a->dt), (size_t)count * gt_size(a->dt));
    return r;
  }
  int rank; int64_t shape[8] = {0};
  int64_t *src = gt_index_map(a, nspec, specs, &rank, shape);
  T *r = gt_gather(a, rank, shape, src); gt_dealloc(src);
  return r;
}
/* A view of src's elements [off, off + cnt) as a tensor of the given shape, in a header h on
   the caller's stack (never freed; its count never reaches 1, so nothing writes through it).
   Only matrix products read it, while src is still held. */
static inline T *gt_view(T *h, const T *src, int64_t off, int64_t cnt, int rank, const int64_t *shape) {
  *h = *src;
  h->rc = 1 << 30; h->cls = -1; h->rank = rank; h->n = cnt; h->prev = h->next = 0;
  for (int i = 0; i < rank; i++) h->shape[i] = shape[i];
  h->p = (char *)src->p + off * (int64_t)gt_size(src->dt);
  return h;
}
/* A fused loop's view of the first axis (of length len, rows of inner elements): its first
   element and its element count, checked as gt_index checks them. */
static inline void gt_view_at(int64_t i0, int64_t len, int64_t inner, int64_t *off, int64_t *cnt) {
  int64_t i = i0 < 0 ? i0 + len : i0;
  if (i < 0 || i >= len) {
    char m[200]; snprintf(m, sizeof m, "index %lld is out of range for axis 0 of size %lld", (long long)i0, (long long)len); gt_fail(m);
  }
  *off = i * inner; *cnt = inner;
}
static inline void gt_view_range(int has_start, int64_t start, int has_stop, int64_t stop, int64_t len, int64_t inner, int64_t *off, int64_t *cnt) {
  gt_spec s = {1, has_start, has_stop, start, stop, 1};
  int64_t a, n; gt_slice_bounds(&s, len, &a, &n);
  *off = a * inner; *cnt = n * inner;
}
GT_FN T *gt_scatter_add(const T *v, const T *like, int nspec, const gt_spec *specs) {
  int64_t start, count = gt_contiguous_1d(like, nspec, specs, &start);
  if (count >= 0 && count == v->n && (v->dt == F64 || v->dt == F32)) {
    T *r = gt_new(v->dt, like->rank, like->shape);   /* zeros; the slice gets v */
    memcpy((char *)r->p + start * (int64_t)gt_size(v->dt), v->p, (size_t)count * gt_size(v->dt));
    return r;
  }
  int rank; int64_t shape[8] = {0};
  int64_t *dst = gt_index_map(like, nspec, specs, &rank, shape);
  T *r = gt_new(v->dt, like->rank, like->shape);
  for (int64_t k = 0; k < v->n; k++) gt_set(r, dst[k], gt_get(r, dst[k]) + gt_get(v, k));
  gt_dealloc(dst);
  return r;
}
static inline T *gt_set_index(const T *buf, int64_t i, const T *v) {
  if (buf->rank < 1 || i < 0 || i >= buf->shape[0] || v->n * buf->shape[0] != buf->n) gt_fail("set_index out of range");
  T *r = gt_copy(buf);
  memcpy((char *)r->p + i * v->n * (int64_t)gt_size(v->dt), v->p, (size_t)v->n * gt_size(v->dt));
  return r;
}
/* set_index consuming the caller's reference to buf: in place when that reference is the
   only one (the tape of a loop), otherwise a copy. */
static inline T *gt_set_index_owned(T *buf, int64_t i, const T *v) {
  if (buf->rc != 1) { T *r = gt_set_index(buf, i, v); gt_release(buf); return r; }
  if (buf->rank < 1 || i < 0 || i >= buf->shape[0] || v->n * buf->shape[0] != buf->n) gt_fail("set_index out of range");
  memcpy((char *)buf->p + i * v->n * (int64_t)gt_size(v->dt), v->p, (size_t)v->n * gt_size(v->dt));
  return buf;
}
static inline T *gt_stack_zeros(int64_t n, const T *like) {
  int64_t shape[8]; shape[0] = n; memcpy(shape + 1, like->shape, sizeof(int64_t) * (size_t)like->rank);
  return gt_new(like->dt, like->rank + 1, shape);
}
/* The checkpointing planner's plan (35-planner.h) as an i32 vector tensor. */
GT_FN T *gt_checkpoint_plan(int64_t l, int kind, double param, double state_bytes) {
  char m[256];
  int64_t n = 0;
  int32_t *plan = gp_plan(l, &kind, &param, state_bytes, &n, m, sizeof m);
  if (!plan) gt_fail(m);
  T *r = gt_new(I32, 1, &n);
  memcpy(r->p, plan, sizeof(int32_t) * (size_t)n);
  free(plan);
  return r;
}
/* --check-nan: stop at the first NaN or infinity an operation produced. */
GT_FN void gt_check_finite(const T *t, const char *op) {
  if (t->dt != F32 && t->dt != F64) return;
  for (int64_t i = 0; i < t->n; i++) {
    double v = gt_get(t, i);
    if (!isfinite(v)) {
      char m[200];
      snprintf(m, sizeof m, "'%s' produced %s (--check-nan)", op, isnan(v) ? "NaN" : v > 0 ? "inf" : "-inf");
      gt_fail(m);
    }
  }
}
static inline T *gt_sum_to(const T *a, const T *like) {
  T *t = gt_retain((T *)a);
  while (t->rank > like->rank) { T *u = gt_reduce(R_SUM, t, 1, 0, 0); gt_release(t); t = u; }
  for (int d = 0; d < like->rank; d++) if (like->shape[d] == 1 && t->shape[d] != 1) { T *u = gt_reduce(R_SUM, t, 1, d, 1); gt_release(t); t = u; }
  return t;
}
GT_FN T *gt_one_hot(const T *y, int64_t k, int dt) {
  int64_t shape[8]; memcpy(shape, y->shape, sizeof(int64_t) * (size_t)y->rank); shape[y->rank] = k;
  T *r = gt_new(dt, y->rank + 1, shape);
  for (int64_t i = 0; i < y->n; i++) {
    int32_t c = ((int32_t *)y->p)[i];
    if (c < 0 || c >= k) { char m[120]; snprintf(m, sizeof m, "label %d is out of range for %lld classes", c, (long long)k); gt_fail(m); }
    gt_set(r, i * k + c, 1);
  }
  return r;
}
static inline T *gt_fill(int dt, double v, int rank, const int64_t *shape) {
  if (v == 0 && !signbit(v)) return gt_new(dt, rank, shape);
  T *r = gt_new_raw(dt, rank, shape);
  if (dt == F32) { float x = (float)v; for (int64_t i = 0; i < r->n; i++) ((float *)r->p)[i] = x; }
  else if (dt == F64) { for (int64_t i = 0; i < r->n; i++) ((double *)r->p)[i] = v; }
  else for (int64_t i = 0; i < r->n; i++) gt_set(r, i, v);
  return r;
}
static inline T *gt_arange(int64_t n) { if (n < 0) n = 0; T *r = gt_new(I32, 1, &n); for (int64_t i = 0; i < n; i++) ((int32_t *)r->p)[i] = (int32_t)i; return r; }
static inline T *gt_shape_of(const T *a) { int64_t r = a->rank; T *t = gt_new(I32, 1, &r); for (int i = 0; i < a->rank; i++) ((int32_t *)t->p)[i] = (int32_t)a->shape[i]; return t; }

