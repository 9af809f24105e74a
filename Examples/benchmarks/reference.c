/* Hand-written C + OpenBLAS references for the benchmarks W1-W4: the same work as the Grad
   programs beside this file, written as a person would (sgemm with transpose flags, fused
   loops). Usage: ./reference W1|W2|W3|W4 [runs]; prints "NAME primal_ms gradient_ms" (medians).
   Build: cc -O3 -march=native reference.c -lopenblas -lm -o reference
   Inputs are uniform in [-1, 1], as `gradc bench` makes them, and flush-to-zero is on, as in
   gradc's code: both sides do the same arithmetic on the same kind of numbers. */
#include <xmmintrin.h>
#include <cblas.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
static float *randf(size_t n, unsigned s) { float *p = malloc(n * sizeof *p); for (size_t i = 0; i < n; i++) { s = s * 1664525u + 1013904223u; p[i] = (float)((s >> 8) / 16777216.0 * 2 - 1); } return p; }
static double *randd(size_t n, unsigned s) { double *p = malloc(n * sizeof *p); for (size_t i = 0; i < n; i++) { s = s * 1664525u + 1013904223u; p[i] = (s >> 8) / 16777216.0 * 2 - 1; } return p; }
#define N CblasNoTrans
#define TR CblasTrans
#define RM CblasRowMajor

/* ---- W1 ---- */
enum { NB = 128, NI = 784, NH = 256, NO = 10 };
static float *W1, *b1, *W2, *b2, *W3, *b3, *X, *z1, *h1, *z2, *h2, *lg, *d3, *dh2, *dh1, *gW1, *gb1, *gW2, *gb2, *gW3, *gb3;
static int32_t Y[NB];
static void dense(const float *in, const float *W, const float *b, float *out, int m, int k, int n) {
  for (int i = 0; i < m; i++) memcpy(out + (size_t)i * n, b, n * sizeof(float));
  cblas_sgemm(RM, N, N, m, n, k, 1, in, k, W, n, 1, out, n);
}
static float w1_forward(void) {
  dense(X, W1, b1, z1, NB, NI, NH); for (int i = 0; i < NB * NH; i++) h1[i] = z1[i] > 0 ? z1[i] : 0;
  dense(h1, W2, b2, z2, NB, NH, NH); for (int i = 0; i < NB * NH; i++) h2[i] = z2[i] > 0 ? z2[i] : 0;
  dense(h2, W3, b3, lg, NB, NH, NO);
  double loss = 0;
  for (int i = 0; i < NB; i++) {
    float *r = lg + i * NO, m = r[0]; for (int j = 1; j < NO; j++) if (r[j] > m) m = r[j];
    double s = 0; for (int j = 0; j < NO; j++) s += exp(r[j] - m);
    loss += m + log(s) - r[Y[i]];
  }
  return (float)(loss / NB);
}
static float w1_gradient(void) {
  float loss = w1_forward();
  for (int i = 0; i < NB; i++) {
    float *r = lg + i * NO, m = r[0]; for (int j = 1; j < NO; j++) if (r[j] > m) m = r[j];
    double s = 0; for (int j = 0; j < NO; j++) s += exp(r[j] - m);
    for (int j = 0; j < NO; j++) d3[i * NO + j] = (float)((exp(r[j] - m) / s - (j == Y[i])) / NB);
  }
  cblas_sgemm(RM, TR, N, NH, NO, NB, 1, h2, NH, d3, NO, 0, gW3, NO);
  for (int j = 0; j < NO; j++) { float s = 0; for (int i = 0; i < NB; i++) s += d3[i * NO + j]; gb3[j] = s; }
  cblas_sgemm(RM, N, TR, NB, NH, NO, 1, d3, NO, W3, NO, 0, dh2, NH);
  for (int i = 0; i < NB * NH; i++) if (z2[i] <= 0) dh2[i] = 0;
  cblas_sgemm(RM, TR, N, NH, NH, NB, 1, h1, NH, dh2, NH, 0, gW2, NH);
  for (int j = 0; j < NH; j++) { float s = 0; for (int i = 0; i < NB; i++) s += dh2[i * NH + j]; gb2[j] = s; }
  cblas_sgemm(RM, N, TR, NB, NH, NH, 1, dh2, NH, W2, NH, 0, dh1, NH);
  for (int i = 0; i < NB * NH; i++) if (z1[i] <= 0) dh1[i] = 0;
  cblas_sgemm(RM, TR, N, NI, NH, NB, 1, X, NI, dh1, NH, 0, gW1, NH);
  for (int j = 0; j < NH; j++) { float s = 0; for (int i = 0; i < NB; i++) s += dh1[i * NH + j]; gb1[j] = s; }
  return loss;
}
static void w1_setup(void) {
  W1 = randf(NI * NH, 1); b1 = randf(NH, 2); W2 = randf(NH * NH, 3); b2 = randf(NH, 4); W3 = randf(NH * NO, 5); b3 = randf(NO, 6); X = randf(NB * NI, 7);
  for (int i = 0; i < NB; i++) Y[i] = i % NO;
  z1 = malloc(NB * NH * 4); h1 = malloc(NB * NH * 4); z2 = malloc(NB * NH * 4); h2 = malloc(NB * NH * 4); lg = malloc(NB * NO * 4);
  d3 = malloc(NB * NO * 4); dh2 = malloc(NB * NH * 4); dh1 = malloc(NB * NH * 4);
  gW1 = malloc(NI * NH * 4); gb1 = malloc(NH * 4); gW2 = malloc(NH * NH * 4); gb2 = malloc(NH * 4); gW3 = malloc(NH * NO * 4); gb3 = malloc(NO * 4);
}

/* ---- W2 ---- */
enum { RB = 32, RH = 256, RT = 256 };
static float *Wx, *Wh, *rb, *h0, *xs, *hs, *dh, *dz, *gWx, *gWh, *grb, *tmp;
static float w2_forward(void) {
  memcpy(hs, h0, RB * RH * 4);
  for (int t = 0; t < RT; t++) {
    float *h = hs + (size_t)t * RB * RH, *hn = h + RB * RH;
    for (int i = 0; i < RB; i++) memcpy(hn + i * RH, rb, RH * 4);
    cblas_sgemm(RM, N, N, RB, RH, RH, 1, xs + (size_t)t * RB * RH, RH, Wx, RH, 1, hn, RH);
    cblas_sgemm(RM, N, N, RB, RH, RH, 1, h, RH, Wh, RH, 1, hn, RH);
    for (int i = 0; i < RB * RH; i++) hn[i] = tanhf(hn[i]);
  }
  float *hT = hs + (size_t)RT * RB * RH; double s = 0;
  for (int i = 0; i < RB * RH; i++) s += hT[i] * hT[i];
  return (float)s;
}
static float w2_gradient(void) {
  float v = w2_forward();
  float *hT = hs + (size_t)RT * RB * RH;
  for (int i = 0; i < RB * RH; i++) dh[i] = 2 * hT[i];
  memset(gWx, 0, RH * RH * 4); memset(gWh, 0, RH * RH * 4); memset(grb, 0, RH * 4);
  for (int t = RT - 1; t >= 0; t--) {
    float *h = hs + (size_t)t * RB * RH, *hn = h + RB * RH;
    for (int i = 0; i < RB * RH; i++) dz[i] = dh[i] * (1 - hn[i] * hn[i]);
    cblas_sgemm(RM, TR, N, RH, RH, RB, 1, xs + (size_t)t * RB * RH, RH, dz, RH, 1, gWx, RH);
    cblas_sgemm(RM, TR, N, RH, RH, RB, 1, h, RH, dz, RH, 1, gWh, RH);
    for (int i = 0; i < RB; i++) for (int j = 0; j < RH; j++) grb[j] += dz[i * RH + j];
    cblas_sgemm(RM, N, TR, RB, RH, RH, 1, dz, RH, Wh, RH, 0, tmp, RH);
    memcpy(dh, tmp, RB * RH * 4);
  }
  return v;
}
static void w2_setup(void) {
  Wx = randf(RH * RH, 1); Wh = randf(RH * RH, 2); rb = randf(RH, 3); h0 = randf(RB * RH, 4); xs = randf((size_t)RT * RB * RH, 5);
  hs = malloc((size_t)(RT + 1) * RB * RH * 4); dh = malloc(RB * RH * 4); dz = malloc(RB * RH * 4); tmp = malloc(RB * RH * 4);
  gWx = malloc(RH * RH * 4); gWh = malloc(RH * RH * 4); grb = malloc(RH * 4);
}

/* ---- W3 ---- */
enum { RN = 1000000 };
static double *rx, *rg;
static double w3_value(void) {
  double s = 0;
  for (int i = 0; i < RN - 1; i++) { double a = rx[i + 1] - rx[i] * rx[i], c = 1 - rx[i]; s += 100 * a * a + c * c; }
  return s;
}
static double w3_gradient(void) {
  double s = 0; rg[RN - 1] = 0; memset(rg, 0, RN * sizeof(double));
  for (int i = 0; i < RN - 1; i++) {
    double a = rx[i + 1] - rx[i] * rx[i], c = 1 - rx[i];
    s += 100 * a * a + c * c;
    rg[i] += -400 * rx[i] * a - 2 * c;
    rg[i + 1] += 200 * a;
  }
  return s;
}
static void w3_setup(void) { rx = randd(RN, 1); rg = malloc(RN * sizeof(double)); }

/* ---- W4 ---- */
enum { L = 10, Wd = 16 };
static float *DW, *Db, *Dx, *Dh, *Dg, *DgW, *Dgb;
static float w4_forward(void) {
  memcpy(Dh, Dx, Wd * 4);
  for (int l = 0; l < L; l++) {
    float *h = Dh + l * Wd, *hn = h + Wd;
    for (int j = 0; j < Wd; j++) { float s = Db[l * Wd + j]; for (int k = 0; k < Wd; k++) s += h[k] * DW[(l * Wd + k) * Wd + j]; hn[j] = tanhf(s); }
  }
  float s = 0; for (int j = 0; j < Wd; j++) s += Dh[L * Wd + j];
  return s;
}
static float w4_gradient(void) {
  float v = w4_forward();
  float g[Wd], gz[Wd];
  for (int j = 0; j < Wd; j++) g[j] = 1;
  for (int l = L - 1; l >= 0; l--) {
    float *h = Dh + l * Wd, *hn = h + Wd;
    for (int j = 0; j < Wd; j++) { gz[j] = g[j] * (1 - hn[j] * hn[j]); Dgb[l * Wd + j] = gz[j]; }
    for (int k = 0; k < Wd; k++) { float s = 0; for (int j = 0; j < Wd; j++) { DgW[(l * Wd + k) * Wd + j] = h[k] * gz[j]; s += DW[(l * Wd + k) * Wd + j] * gz[j]; } g[k] = s; }
  }
  return v;
}
static void w4_setup(void) { DW = randf(L * Wd * Wd, 1); Db = randf(L * Wd, 2); Dx = randf(Wd, 3); Dh = malloc((L + 1) * Wd * 4); Dg = malloc(Wd * 4); DgW = malloc(L * Wd * Wd * 4); Dgb = malloc(L * Wd * 4); }

/* The median time a call over `runs` runs, each as many calls as fill about 5 ms (timed once
   after a warm-up call), as gradc bench and jax_bench.py time theirs. */
static double median(double (*f)(void), int runs) {
  double *t = malloc(runs * sizeof *t); f();
  double once = now_ms(); f(); once = now_ms() - once;
  int calls = once <= 0 ? 5000 : (int)(5.0 / once); if (calls < 1) calls = 1; if (calls > 5000) calls = 5000;
  for (int r = 0; r < runs; r++) { double t0 = now_ms(); for (int q = 0; q < calls; q++) f(); t[r] = (now_ms() - t0) / calls; }
  qsort(t, runs, sizeof *t, cmp); double m = t[runs / 2]; free(t); return m;
}
static volatile double sink;
static double p1(void) { sink = w1_forward(); return 0; } static double g1(void) { sink = w1_gradient(); return 0; }
static double p2(void) { sink = w2_forward(); return 0; } static double g2(void) { sink = w2_gradient(); return 0; }
static double p3(void) { sink = w3_value(); return 0; } static double g3(void) { sink = w3_gradient(); return 0; }
static double p4(void) { sink = w4_forward(); return 0; } static double g4(void) { sink = w4_gradient(); return 0; }

int main(int argc, char **argv) {
  _mm_setcsr(_mm_getcsr() | 0x8040);   /* flush-to-zero, denormals-are-zero */
  const char *w = argc > 1 ? argv[1] : "W1";
  int runs = argc > 2 ? atoi(argv[2]) : 5;
  double (*p)(void), (*g)(void);
  if (!strcmp(w, "W1")) { w1_setup(); p = p1; g = g1; }
  else if (!strcmp(w, "W2")) { w2_setup(); p = p2; g = g2; }
  else if (!strcmp(w, "W3")) { w3_setup(); p = p3; g = g3; }
  else { w4_setup(); p = p4; g = g4; }
  double tp = median(p, runs), tg = median(g, runs);
  printf("%s %.6f %.6f\n", w, tp, tg);
  return 0;
}
