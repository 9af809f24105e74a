// Denormal floats make some reverse sweeps (tanh recurrences) several times slower; like XLA,
// gradc runs with flush-to-zero and denormals-are-zero unless GRADC_DENORMALS=1.
#include "GradFloatEnv.h"
#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
int grad_enable_flush_to_zero(void) { _mm_setcsr(_mm_getcsr() | 0x8040); return 1; }
#elif defined(__aarch64__)
int grad_enable_flush_to_zero(void) {
  unsigned long fpcr;
  __asm__ volatile("mrs %0, fpcr" : "=r"(fpcr));
  __asm__ volatile("msr fpcr, %0" : : "r"(fpcr | (1ul << 24)));
  return 1;
}
#else
int grad_enable_flush_to_zero(void) { return 0; }
#endif
