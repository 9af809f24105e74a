/* Calls the library gradc builds from Tests/Lib/model.grad (LibraryTests.swift builds both,
   also under ThreadSanitizer and AddressSanitizer):
     threads [THREADS CALLS FAILING]
   - every thread calls the gradient and a function that fails on a bad index, interleaved;
     each result must be bit-identical to the single-threaded one for the same input, each
     failure must report its own index (not another thread's);
   - NULL pointers and absurd sizes return an error with a message, never a signal;
   - FAILING failing calls in a row must not grow the resident memory by more than 8 MB.
   Prints "ok" and exits 0, or says what differed and exits 1. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "model.h"

enum { H = 8, T = 16, INPUTS = 32 };
static double W[INPUTS][H * H], X[INPUTS][T * H];
static double refW[INPUTS][H * H], refX[INPUTS][T * H], refValue[INPUTS];
static int calls = 200, failures = 0;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void fail(const char *what) {
  pthread_mutex_lock(&lock);
  if (failures++ < 10) fprintf(stderr, "threads: %s\n", what);
  pthread_mutex_unlock(&lock);
}

static void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  double gw[H * H], gx[T * H], value, res[4] = {1, 2, 3, 4}, null[4] = {0}, scale = 2;
  char want[64];
  for (int k = 0; k < calls; k++) {
    int i = (id * 7 + k) % INPUTS;
    double out = 1.5;
    if (gradc_drnn(W[i], X[i], &out, H, T, gw, gx) != 0) { fail(gradc_last_error()); continue; }
    if (memcmp(gw, refW[i], sizeof gw) || memcmp(gx, refX[i], sizeof gx)) fail("a gradient differs from the single-threaded one");
    if (gradc_rnn(W[i], X[i], &out, H, T, &value) != 0 || memcmp(&value, &refValue[i], sizeof value)) fail("a value differs");
    /* A failing call, its index this thread's own. */
    int32_t bad = 100 + id * 1000 + k;
    if (gradc_pick(res, &bad, &scale, null, 4, &value) == 0) { fail("an index out of range did not fail"); continue; }
    snprintf(want, sizeof want, "index %d is out of range", bad);
    if (!strstr(gradc_last_error(), want)) fail("an error message is another call's");
  }
  return 0;
}

static long resident_kb(void) {
  long pages = 0, rss = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f) return 0;
  if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
  fclose(f);
  return rss * (sysconf(_SC_PAGESIZE) / 1024);
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 8, failing = argc > 3 ? atoi(argv[3]) : 100000;
  if (argc > 2) calls = atoi(argv[2]);
  uint64_t s = 42;
  for (int i = 0; i < INPUTS; i++) {
    for (int j = 0; j < H * H; j++) { s = s * 6364136223846793005ULL + 1442695040888963407ULL; W[i][j] = ((double)(s >> 11) / 9007199254740992.0 - 0.5) * 0.6; }
    for (int j = 0; j < T * H; j++) { s = s * 6364136223846793005ULL + 1442695040888963407ULL; X[i][j] = (double)(s >> 11) / 9007199254740992.0 - 0.5; }
    double out = 1.5;
    if (gradc_drnn(W[i], X[i], &out, H, T, refW[i], refX[i]) != 0 || gradc_rnn(W[i], X[i], &out, H, T, &refValue[i]) != 0) {
      fprintf(stderr, "threads: %s\n", gradc_last_error());
      return 1;
    }
  }

  /* Bad arguments: an error code and a message, never a signal. */
  double value, out = 1.5, res[4] = {1, 2, 3, 4}, scale = 2;
  int32_t one = 1;
#define EXPECT_ERROR(call, want) do { \
    int rc_ = (call); \
    if (rc_ == 0 || !strstr(gradc_last_error(), want)) { \
      fprintf(stderr, "threads: %s returned %d, message '%s', expected '%s'\n", #call, rc_, gradc_last_error(), want); \
      return 1; \
    } \
  } while (0)
  EXPECT_ERROR(gradc_rnn(0, X[0], &out, H, T, &value), "argument 1 (W) is a NULL pointer");
  EXPECT_ERROR(gradc_rnn(W[0], X[0], &out, H, T, 0), "the output out is a NULL pointer");
  EXPECT_ERROR(gradc_pick(res, 0, &scale, res, 4, &value), "argument 2 (int_) is a NULL pointer");
  EXPECT_ERROR(gradc_rnn(W[0], X[0], &out, -3, T, &value), "size argument H = -3 is negative");
  EXPECT_ERROR(gradc_rnn(W[0], X[0], &out, H, INT64_MAX, &value), "size argument T_ = 9223372036854775807 is too large");
  EXPECT_ERROR(gradc_rnn(W[0], X[0], &out, (int64_t)1 << 40, (int64_t)1 << 40, &value), "out of memory");
  if (gradc_pick(res, &one, &scale, res, 4, &value) != 0 || value != 2 * 2 + 10) { fprintf(stderr, "threads: pick is wrong after errors\n"); return 1; }

  pthread_t ts[64];
  if (threads > 64) threads = 64;
  for (int t = 0; t < threads; t++) pthread_create(&ts[t], 0, worker, (void *)(intptr_t)t);
  for (int t = 0; t < threads; t++) pthread_join(ts[t], 0);
  if (failures) { fprintf(stderr, "threads: %d failures\n", failures); return 1; }

  /* Failing calls free what they allocated. */
  int32_t bad = 7;
  for (int k = 0; k < 1000; k++) gradc_pick(res, &bad, &scale, res, 4, &value);
  long before = resident_kb();
  for (int k = 0; k < failing; k++) {
    if (gradc_rnn(W[k % INPUTS], X[k % INPUTS], &out, H, -1, &value) == 0) { fprintf(stderr, "threads: a negative size did not fail\n"); return 1; }
    if (gradc_pick(res, &bad, &scale, res, 4, &value) == 0) { fprintf(stderr, "threads: a bad index did not fail\n"); return 1; }
  }
  long grown = resident_kb() - before;
  if (grown > 8 * 1024) { fprintf(stderr, "threads: %d failing calls grew the resident memory by %ld kB\n", 2 * failing, grown); return 1; }
  printf("ok: %d threads x %d calls, %d failing calls (resident memory grew %ld kB)\n", threads, calls, 2 * failing, grown);
  return 0;
}
