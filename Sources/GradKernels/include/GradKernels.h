// Block kernels of the VM's fused elementwise kernels: one arithmetic op over a block of a
// few hundred elements, compiled for the CPU the VM runs on (AVX-512, AVX2 or baseline,
// chosen at load time), so the loops run at the vector width the C backend's code gets.
// Every loop computes one IEEE operation per element, as the unfused ops do: results are
// bit-for-bit those of GradTensor's Swift loops.
#ifndef GRAD_KERNELS_H
#define GRAD_KERNELS_H
#include <stddef.h>

/// The ops, numbered as the Swift side's GKBinary / GKUnary.
enum { GK_ADD = 0, GK_SUB = 1, GK_MUL = 2, GK_DIV = 3 };
enum { GK_NEG = 0, GK_SQUARE = 1, GK_ABS = 2, GK_RELU = 3, GK_SQRT = 4 };

/// y[j] = a[j] op b[j]; a NULL operand is the value given after it at every element.
void gk_binary_f64(int op, const double *a, double av, const double *b, double bv, double *y, ptrdiff_t n);
void gk_binary_f32(int op, const float *a, float av, const float *b, float bv, float *y, ptrdiff_t n);
/// Two steps in one pass: t = f(a[j], b[j]), then y[j] = g(t, c[j]). f is GK_ADD..GK_DIV or
/// GK_PAIR_NEG (t = -a[j]); g is one of GK_PAIR_ADD..GK_PAIR_SQUARE (RSUB: c - t, RDIV: c / t,
/// SQUARE: t * t, c unused). A NULL operand is the value given after it at every element (not
/// all of a, b, c). t is rounded to T as the two loops would round it: the result is theirs
/// bit for bit.
enum { GK_PAIR_NEG = 4 };
enum { GK_PAIR_ADD = 0, GK_PAIR_SUB, GK_PAIR_RSUB, GK_PAIR_MUL, GK_PAIR_DIV, GK_PAIR_RDIV, GK_PAIR_SQUARE };
void gk_pair_f64(int f, int g, const double *a, double av, const double *b, double bv, const double *c, double cv,
                 double *y, ptrdiff_t n);
void gk_pair_f32(int f, int g, const float *a, float av, const float *b, float bv, const float *c, float cv,
                 float *y, ptrdiff_t n);
/// y[j] = op(x[j]).
void gk_unary_f64(int op, const double *x, double *y, ptrdiff_t n);
void gk_unary_f32(int op, const float *x, float *y, ptrdiff_t n);
/// The math functions (math.c): y[j] = op(x[j]) in glibc's libmvec where it has them (the
/// functions executables' fused loops call: within 4 ulp), else libm. Returns 0 for an op it
/// does not have.
enum { GK_EXP = 16, GK_EXPM1, GK_LOG, GK_LOG1P, GK_SIN, GK_COS, GK_TANH, GK_SINH, GK_COSH,
       GK_ASIN, GK_ACOS, GK_ATAN, GK_ERF, GK_ERFC, GK_TAN };
int gk_math_f64(int op, const double *x, double *y, ptrdiff_t n);
int gk_math_f32(int op, const float *x, float *y, ptrdiff_t n);
/// The runtime's special functions (runtime/17-special.h), one implementation for both backends.
double gk_digamma(double x);
double gk_trigamma(double x);

/// The C runtime's lane sum (GradC/runtime/15-vector.h): acc[j % GK_LANES] += x[j] in double,
/// then gk_sum_lanes adds the lanes in a fixed tree. Blocks whose starts are multiples of
/// GK_LANES sum to what the whole line does; every CPU and clone gives the same bits.
enum { GK_LANES = 32 };   /* = GT_LANES */
void gk_sum_f64(const double *x, ptrdiff_t n, double *acc);
void gk_sum_f32(const float *x, ptrdiff_t n, double *acc);
double gk_sum_lanes(const double *acc);
/// A whole line's lane sum (gk_sum_f64 into zeroed lanes, then gk_sum_lanes).
double gk_sum_line_f64(const double *x, ptrdiff_t n);
/// The runtime's small matrix products (GradC/runtime/25-gemm-small.h), for products of at
/// most GK_SMALL_GEMM multiply-adds (= GT_SMALL_GEMM): c (m x n, row-major) = [c +] A @ B with
/// A(i, p) = a[i * sai + p * sap], B(p, j) = b[p * sbp + j * sbj], in double when f64 else float.
enum { GK_SMALL_GEMM = 8192 };
void gk_gemm_small(int f64, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, const void *a, ptrdiff_t sai, ptrdiff_t sap,
                   const void *b, ptrdiff_t sbp, ptrdiff_t sbj, void *c, int accumulate);
/// y[j] = y[j] + x[j] (a row accumulated into a gradient in place).
void gk_add_into_f64(double *y, const double *x, ptrdiff_t n);
void gk_add_into_f32(float *y, const float *x, ptrdiff_t n);
#endif
