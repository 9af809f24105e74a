/* gradc's C runtime, part 6 of 12: matrix products (cblas, 25-gemm-small.h's loops, or a
   cache-blocked loop). */
/* ---- matmul ---- */
#ifdef GRADC_BLAS
void cblas_dgemm(int, int, int, int, int, int, double, const double *, int, const double *, int, double, double *, int);
void cblas_sgemm(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
#endif
GT_FN void gt_gemm(int dt, int64_t m, int64_t n, int64_t k, const void *a, const void *b, void *c) {
  if (m * n * k <= GT_SMALL_GEMM) { gt_gemm_small(dt == F64, m, n, k, a, k, 1, b, n, 1, c, 0); return; }
#ifdef GRADC_BLAS
  if (m > 0 && n > 0 && k > 0) {
    if (dt == F64) cblas_dgemm(101, 111, 111, (int)m, (int)n, (int)k, 1, (const double *)a, (int)k, (const double *)b, (int)n, 0, (double *)c, (int)n);
    else cblas_sgemm(101, 111, 111, (int)m, (int)n, (int)k, 1, (const float *)a, (int)k, (const float *)b, (int)n, 0, (float *)c, (int)n);
    return;
  }
#endif
  for (int64_t i = 0; i < m; i++) for (int64_t p = 0; p < k; p++) {
    if (dt == F64) { double av = ((const double *)a)[i * k + p]; if (av == 0) continue; for (int64_t j = 0; j < n; j++) ((double *)c)[i * n + j] += av * ((const double *)b)[p * n + j]; }
    else { float av = ((const float *)a)[i * k + p]; if (av == 0) continue; for (int64_t j = 0; j < n; j++) ((float *)c)[i * n + j] += av * ((const float *)b)[p * n + j]; }
  }
}
GT_FN T *gt_broadcast_to(const T *a, int rank, const int64_t *shape);
static inline T *gt_matmul2(const T *a, int ta, const T *b, int tb);
GT_FN T *gt_matmul(const T *a, const T *b) {
  if (a->rank == 0 || b->rank == 0) gt_fail("@ needs operands of rank 1 or more");
  T *fast = gt_matmul2(a, 0, b, 0);
  if (fast) return fast;
  int64_t sa[8], sb[8]; int ra = a->rank, rb = b->rank;
  if (ra == 1) { sa[0] = 1; sa[1] = a->shape[0]; ra = 2; } else memcpy(sa, a->shape, sizeof(int64_t) * (size_t)ra);
  if (rb == 1) { sb[0] = b->shape[0]; sb[1] = 1; rb = 2; } else memcpy(sb, b->shape, sizeof(int64_t) * (size_t)rb);
  int64_t m = sa[ra - 2], k = sa[ra - 1], n = sb[rb - 1];
  if (k != sb[rb - 2]) { gt_shape_error("@ of shapes", a, b); }
  int64_t batch[8];
  int br = gt_bshape(ra - 2, sa, rb - 2, sb, batch);
  if (br < 0) gt_shape_error("@ of shapes", a, b);
  int64_t fa[8], fb[8];
  memcpy(fa, batch, sizeof(int64_t) * (size_t)br); fa[br] = m; fa[br + 1] = k;
  memcpy(fb, batch, sizeof(int64_t) * (size_t)br); fb[br] = k; fb[br + 1] = n;
  T av = *a, bv = *b; av.rank = ra; memcpy(av.shape, sa, sizeof sa); bv.rank = rb; memcpy(bv.shape, sb, sizeof sb);
  T *ea = gt_broadcast_to(&av, br + 2, fa), *eb = gt_broadcast_to(&bv, br + 2, fb);
  int64_t out[8], nb = 1; int ro = 0;
  for (int i = 0; i < br; i++) { out[ro++] = batch[i]; nb *= batch[i]; }
  if (a->rank > 1) out[ro++] = m;
  if (b->rank > 1) out[ro++] = n;
  T *r = gt_new(a->dt, ro, out);
  size_t sz = gt_size(a->dt);
  if (a->dt == I32) {
    for (int64_t q = 0; q < nb; q++) for (int64_t i = 0; i < m; i++) for (int64_t j = 0; j < n; j++) {
      double s = 0; for (int64_t p = 0; p < k; p++) s += gt_get(ea, q * m * k + i * k + p) * gt_get(eb, q * k * n + p * n + j);
      gt_set(r, q * m * n + i * n + j, s);
    }
  } else {
    for (int64_t q = 0; q < nb; q++) gt_gemm(a->dt, m, n, k, (char *)ea->p + q * m * k * (int64_t)sz, (char *)eb->p + q * k * n * (int64_t)sz, (char *)r->p + q * m * n * (int64_t)sz);
  }
  gt_release(ea); gt_release(eb);
  return r;
}

/* A product of matrices and vectors (rank 1 or 2) whose operands may be read transposed (ta,
   tb: the rank-2 operand is the stored matrix's transpose), so a transpose feeding @ is a GEMM
   flag, not a copy. NULL when that is not the case (batches, integers, a shape mismatch: the
   general path reports it). */
GT_FN T *gt_matmul2_into(T *acc, const T *a, int ta, const T *b, int tb) {
  if (!((a->dt == F32 || a->dt == F64) && a->rank >= 1 && a->rank <= 2 && b->rank >= 1 && b->rank <= 2 && (!ta || a->rank == 2) && (!tb || b->rank == 2))) return 0;
  int64_t m = a->rank == 1 ? 1 : (ta ? a->shape[1] : a->shape[0]), k = a->rank == 1 ? a->shape[0] : (ta ? a->shape[0] : a->shape[1]);
  int64_t kb = b->rank == 1 ? b->shape[0] : (tb ? b->shape[1] : b->shape[0]), n = b->rank == 1 ? 1 : (tb ? b->shape[0] : b->shape[1]);
  if (k != kb) return 0;
  int small = m * n * k <= GT_SMALL_GEMM, blas = 0;
#ifdef GRADC_BLAS
  blas = 1;
#else
  small = small || !tb;   /* without BLAS: plain loops unless B is read across its rows */
#endif
  if (!small && !blas) return 0;
  int64_t out[2]; int ro = 0;
  if (a->rank > 1) out[ro++] = m;
  if (b->rank > 1) out[ro++] = n;
  if (acc && (acc->dt != a->dt || acc->rank != ro || (ro > 0 && acc->shape[0] != out[0]) || (ro > 1 && acc->shape[1] != out[1]))) return 0;
  T *r = acc ? acc : gt_new_raw(a->dt, ro, out);
  int64_t lda = a->rank == 1 ? k : a->shape[1], ldb = b->rank == 1 ? 1 : b->shape[1];
  if (m == 0 || n == 0) return r;
  if (small || k == 0) {
    gt_gemm_small(a->dt == F64, m, n, k, a->p, ta ? 1 : lda, ta ? lda : 1, b->p, tb ? 1 : ldb, tb ? ldb : 1, r->p, acc != 0);
    return r;
  }
#ifdef GRADC_BLAS
  if (a->dt == F64) cblas_dgemm(101, ta ? 112 : 111, tb ? 112 : 111, (int)m, (int)n, (int)k, 1, (const double *)a->p, (int)lda, (const double *)b->p, (int)ldb, acc ? 1 : 0, (double *)r->p, (int)n);
  else cblas_sgemm(101, ta ? 112 : 111, tb ? 112 : 111, (int)m, (int)n, (int)k, 1, (const float *)a->p, (int)lda, (const float *)b->p, (int)ldb, acc ? 1 : 0, (float *)r->p, (int)n);
#endif
  return r;
}
static inline T *gt_matmul2(const T *a, int ta, const T *b, int tb) { return gt_matmul2_into(0, a, ta, b, tb); }
GT_FN T *gt_transpose(const T *a, int has_perm, const int *perm0);
static inline T *gt_matmul_t(const T *a, int ta, const T *b, int tb) {
  T *r = gt_matmul2(a, ta, b, tb);
  if (r) return r;
  T *x = ta ? gt_transpose(a, 0, 0) : gt_retain((T *)a), *y = tb ? gt_transpose(b, 0, 0) : gt_retain((T *)b);
  r = gt_matmul(x, y);
  gt_release(x); gt_release(y);
  return r;
}
GT_FN T *gt_binary(int f, const T *a, const T *b);
/* r[off : off + cnt] += a @ b, the slice read as a tensor of the product's shape (rank, shape). */
GT_FN void gt_matmul_acc_at(T *r, int64_t off, int64_t cnt, int rank, const int64_t *shape, const T *a, int ta, const T *b, int tb) {
  T v = *r;
  v.p = (char *)r->p + off * (int64_t)gt_size(r->dt); v.rank = rank; v.n = 1;
  for (int i = 0; i < rank; i++) { v.shape[i] = shape[i]; v.n *= shape[i]; }
  if (v.n == cnt && gt_matmul2_into(&v, a, ta, b, tb)) return;
  T *p = gt_matmul_t(a, ta, b, tb);
  if (p->n != cnt || p->dt != r->dt) gt_fail("internal: a product does not fit its slice");
  if (r->dt == F64) for (int64_t i = 0; i < cnt; i++) ((double *)r->p)[off + i] += ((double *)p->p)[i];
  else for (int64_t i = 0; i < cnt; i++) ((float *)r->p)[off + i] += ((float *)p->p)[i];
  gt_release(p);
}
/* acc + a @ b with the product added into acc's buffer (GEMM's beta = 1): in place when own
   is set (acc's last reader) and no one else holds it, into a copy otherwise. */
static inline T *gt_matmul_acc(T *acc, int own, const T *a, int ta, const T *b, int tb) {
  T *r = own && acc->rc == 1 ? gt_retain(acc) : gt_copy(acc);
  if (gt_matmul2_into(r, a, ta, b, tb)) return r;
  gt_release(r);
  T *p = gt_matmul_t(a, ta, b, tb);
  r = gt_binary(B_ADD, acc, p);
  gt_release(p);
  return r;
}

