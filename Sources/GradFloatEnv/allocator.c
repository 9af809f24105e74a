// The VM mallocs and frees large tensors every few instructions. glibc's defaults hand freed
// memory back to the system each time, so a fresh 8 MB array costs 2,000 page faults; keeping
// blocks up to 32 MB on the heap and up to 256 MB of free heap lets them reuse memory, as the
// C runtime's buffer pool does.
#include "GradFloatEnv.h"
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

int grad_tune_allocator(void) {
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
  return mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 256 << 20) == 1;
#else
  return 0;
#endif
}
