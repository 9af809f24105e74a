// The VM's process environment: flush-to-zero and denormals-are-zero, and malloc's thresholds.
#ifndef GRAD_FLOAT_ENV_H
#define GRAD_FLOAT_ENV_H
/// Turns FTZ and DAZ on (x86 MXCSR bits 15 and 6, AArch64 FPCR.FZ); returns 1 when supported.
int grad_enable_flush_to_zero(void);
/// Makes malloc keep large freed blocks for reuse (glibc); returns 1 when it could.
int grad_tune_allocator(void);
#endif
