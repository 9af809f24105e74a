/* gradc's C runtime, part 7 of 12: the checkpointing planner, its one implementation.
   Executables call it through gt_checkpoint_plan (40-shape.h); gradc itself (`gradc emit
   plan`, the VM's checkpoint_plan op) through the GradPlanner target, which compiles this
   file. Plain C on malloc, no tensors. What a plan means is in GradTensor/Checkpoint.swift.
   The plan is an i32 vector: [slots, trips, actions, slot of each trip..., (code, slot, trip)
   per action], codes 0 restore, 1 store, 2 advance, 3 adjoint. An adjoint's slot is where
   the state after its trip is kept at that point (-2: the loop's result, -1: nowhere), so
   it reads its trip's outputs rather than recomputing them. Schedules: 0 store-all, 1 sqrt,
   2 binomial (param = snapshots), 3 budget (param = bytes), 4 auto (param = bytes, 0 for the
   default: a quarter of physical memory). Budgets and auto are resolved first. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif
#ifndef GT_FN
#define GT_FN static inline /* compiled on its own, as GradPlanner does (see 10-tensor.h) */
#endif

typedef struct { int32_t *a; int64_t n, cap; int failed; } gp_ivec;
GT_FN void gp_push(gp_ivec *v, int32_t x) {
  if (v->failed) return;
  if (v->n == v->cap) {
    int64_t cap = v->cap ? 2 * v->cap : 64;
    int32_t *a = (int32_t *)realloc(v->a, sizeof(int32_t) * (size_t)cap);
    if (!a) { v->failed = 1; return; }
    v->a = a; v->cap = cap;
  }
  v->a[v->n++] = x;
}
static inline void gp_act(gp_ivec *v, int32_t code, int64_t slot, int64_t trip) { gp_push(v, code); gp_push(v, (int32_t)slot); gp_push(v, (int32_t)trip); }

/* C(n, k), saturating at INT64_MAX / 4 (the planner only compares binomials with trip counts). */
GT_FN int64_t gp_choose(int64_t n, int64_t k) {
  const int64_t cap = INT64_MAX / 4;
  if (k < 0 || n < k) return 0;
  if (n - k < k) k = n - k;
  int64_t r = 1;
  for (int64_t i = 0; i < k; i++) {
    __int128 m = (__int128)r * (n - k + i + 1);
    if (m / (i + 1) > cap) return cap;
    r = (int64_t)(m / (i + 1));
  }
  return r;
}
/* β(s, r) = C(s + r, s): the most steps s snapshots reverse with r repetitions. */
static inline int64_t gp_beta(int64_t s, int64_t r) { return r < 0 ? 0 : gp_choose(s + r, s); }
/* The least r with β(s, r) >= l. */
static inline int64_t gp_repetitions(int64_t l, int64_t s) { int64_t r = 0; while (gp_beta(s, r) < l) r++; return r; }
/* Revolve's count: the fewest forward steps that reverse l steps with s snapshots (the initial
   state's included), counting the first sweep to state l-1: r·l − C(s+r, s+1). */
static inline int64_t gp_revolve_steps(int64_t l, int64_t s) {
  if (l <= 1) return 0;
  if (s == 1) return l * (l - 1) / 2;
  int64_t r = gp_repetitions(l, s);
  return r * l - gp_beta(s + 1, r - 1);
}
/* The first checkpoint's distance m from the start when reversing n steps with s snapshots:
   one that minimizes m + cost(n - m, s - 1) + cost(m, s). Costs are convex and piecewise
   linear with slope r on (β(s, r-1), β(s, r)], so the optimum puts m where cost(·, s) has
   slope r-1 and n - m where cost(·, s-1) has slope r. */
GT_FN int64_t gp_split(int64_t n, int64_t s) {
  int64_t r = gp_repetitions(n, s);
  int64_t lo = gp_beta(s, r - 2), b = n - gp_beta(s - 1, r);
  if (b > lo) lo = b;
  if (lo < 1) lo = 1;
  int64_t hi = gp_beta(s, r - 1); b = n - gp_beta(s - 1, r - 1);
  if (b < hi) hi = b;
  if (n - 1 < hi) hi = n - 1;
  int64_t m = lo < hi ? lo : hi;
  return m < 1 ? 1 : m;
}
/* ⌈√L⌉, the sqrt schedule's segment length. */
static inline int64_t gp_sqrt_segment(int64_t l) {
  int64_t s = (int64_t)sqrt((double)l);
  while (s * s < l) s++;
  while (s > 1 && (s - 1) * (s - 1) >= l) s--;
  return s < 1 ? 1 : s;
}

/* A budget resolved: store-all when every state fits, else Revolve with as many snapshots as
   fit (the fewest recomputations for a number of stored states, never worse than sqrt at the
   same memory). Returns 0, or -1 with a message naming the smallest budget that would do when
   not even two states fit. Other schedules are returned as they are. */
/* The auto schedule's default budget: a quarter of physical memory (1 GiB where unknown). */
static inline double gp_auto_budget(void) {
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
  long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
  if (pages > 0 && size > 0) return (double)pages * (double)size / 4;
#endif
  return 1073741824.0;
}
/* Auto: store-all when every state fits the budget, else sqrt (param keeps the budget). */
GT_FN int gp_resolve(int64_t l, int *kind, double *param, double state_bytes, char *err, size_t errlen) {
  if (*kind == 4) {
    double budget = *param > 0 ? *param : gp_auto_budget();
    *kind = (double)l * (state_bytes > 1 ? state_bytes : 1) <= budget ? 0 : 1;
    *param = budget;
    return 0;
  }
  if (*kind != 3) return 0;
  int64_t budget = (int64_t)*param, bytes = (int64_t)state_bytes, b = bytes > 1 ? bytes : 1;
  if (l * b <= budget) { *kind = 0; return 0; }
  if (budget / b >= 2) { *kind = 2; *param = (double)(budget / b - 1); return 0; }
  snprintf(err, errlen, "checkpoint budget of %lld bytes is too small for a loop of %lld trips whose state takes %lld bytes: it needs at least %lld bytes (two states)",
           (long long)budget, (long long)l, (long long)bytes, (long long)(2 * bytes));
  return -1;
}

/* Griewank and Walther's binomial schedule (Revolve): reverses trips start..<end with the
   working state at `start`, kept in `slot`, and s snapshots (that one included); deeper
   snapshots use the slots after it. */
typedef struct { gp_ivec seq; int64_t pos; } gp_revolve;
static inline void gp_revolve_advance(gp_revolve *v, int64_t t) { while (v->pos < t) { gp_act(&v->seq, 2, -1, v->pos); v->pos++; } }
GT_FN void gp_revolve_reverse(gp_revolve *v, int64_t start, int64_t end, int64_t s, int64_t slot) {
  int64_t n = end - start;
  if (n == 1) { gp_act(&v->seq, 3, -1, start); v->pos = -1; return; }
  if (s == 1) {
    for (int64_t t = end - 1; t >= start; t--) {
      if (v->pos != start) { gp_act(&v->seq, 0, slot, -1); v->pos = start; }
      gp_revolve_advance(v, t);
      gp_act(&v->seq, 3, -1, t); v->pos = -1;
    }
    return;
  }
  int64_t m = gp_split(n, s);
  gp_revolve_advance(v, start + m);
  gp_act(&v->seq, 1, slot + 1, -1);
  gp_revolve_reverse(v, start + m, end, s - 1, slot + 1);
  gp_act(&v->seq, 0, slot, -1); v->pos = start;
  gp_revolve_reverse(v, start, start + m, s, slot);
}

/* The plan of a loop of l trips (malloc'd, *count elements; the caller frees it), or NULL
   with a message in err (a budget too small, or no memory). A budget is resolved first;
   *kind and *param say to what. */
GT_FN int32_t *gp_plan(int64_t l, int *kind, double *param, double state_bytes, int64_t *count, char *err, size_t errlen) {
  if (l < 0) l = 0;
  if (gp_resolve(l, kind, param, state_bytes, err, errlen) != 0) return NULL;
  int64_t slots = 0;
  int32_t *slot_of = (int32_t *)malloc(sizeof(int32_t) * (size_t)(l > 0 ? l : 1));
  gp_ivec acts = {0, 0, 0, 0};
  int failed = slot_of == NULL;
  for (int64_t t = 0; t < l && !failed; t++) slot_of[t] = -1;
  if (!failed && l > 0 && *kind == 0) {
    /* Store-all: every state stored; the adjoint sweep restores each in turn. */
    slots = l;
    for (int64_t t = 0; t < l; t++) slot_of[t] = (int32_t)t;
    for (int64_t t = l - 1; t >= 0; t--) { gp_act(&acts, 0, t, -1); gp_act(&acts, 3, -1, t); }
  } else if (!failed && l > 0 && *kind == 1) {
    /* Chen et al.: a checkpoint every ⌈√L⌉ trips; the adjoint sweep recomputes one segment at
       a time into segment slots and reverses it. */
    int64_t seg = gp_sqrt_segment(l), segments = (l + seg - 1) / seg;
    slots = segments + seg - 1;
    for (int64_t g = 0; g < segments; g++) slot_of[g * seg] = (int32_t)g;
    for (int64_t g = segments - 1; g >= 0; g--) {
      int64_t a = g * seg, e = a + seg < l ? a + seg : l;
      gp_act(&acts, 0, g, -1);
      for (int64_t t = a; t < e - 1; t++) {
        if (t > a) gp_act(&acts, 1, segments + (t - a - 1), -1);
        gp_act(&acts, 2, -1, t);
      }
      /* The segment's last state too, which trip e-2's adjoint reads as its output. */
      if (e - 1 > a) gp_act(&acts, 1, segments + (e - a - 2), -1);
      gp_act(&acts, 3, -1, e - 1);
      for (int64_t t = e - 2; t >= a; t--) { gp_act(&acts, 0, t == a ? g : segments + (t - a - 1), -1); gp_act(&acts, 3, -1, t); }
    }
  } else if (!failed && l > 0) {
    /* Revolve: the whole sequence is generated from state 0; its first sweep (advances and
       stores up to the first adjoint) is what the primal sweep does, so its stores become
       the slots of trips and the state it ends on (L-1) gets one more slot. */
    gp_revolve v = {{0, 0, 0, 0}, 0};
    gp_act(&v.seq, 1, 0, -1);
    gp_revolve_reverse(&v, 0, l, *param >= 1 ? (int64_t)*param : 1, 0);
    if (v.seq.failed) failed = 1;
    else {
      int64_t first = 0;
      while (v.seq.a[3 * first] != 3) first++;
      int64_t t = 0, max_slot = -1;
      for (int64_t k = 0; k < v.seq.n / 3; k++) {
        int32_t code = v.seq.a[3 * k], s = v.seq.a[3 * k + 1];
        if (code == 1) { if (k < first) slot_of[t] = s; if (s > max_slot) max_slot = s; }
        if (code == 2 && k < first) t++;
      }
      int64_t last = slot_of[l - 1];
      if (last < 0) { last = max_slot + 1; slot_of[l - 1] = (int32_t)last; }
      slots = (max_slot > last ? max_slot : last) + 1;
      gp_act(&acts, 0, last, -1);
      for (int64_t k = 3 * first; k < v.seq.n; k++) gp_push(&acts, v.seq.a[k]);
    }
    free(v.seq.a);
  }
  /* Where the state after each adjoint's trip is at that point: the slots' contents followed
     through the actions (the primal sweep leaves each slot with the last state stored in
     it; the working state starts as the loop's result, state l). Store-all and sqrt keep
     every such state; a binomial schedule may not (-1: the adjoint recomputes it). */
  int64_t *held = failed || acts.failed ? NULL : (int64_t *)malloc(sizeof(int64_t) * (size_t)(slots > 0 ? slots : 1));
  int64_t *where = held ? (int64_t *)malloc(sizeof(int64_t) * (size_t)(l + 1)) : NULL;
  if (!where) failed = 1;
  else {
    for (int64_t k = 0; k < slots; k++) held[k] = -1;
    for (int64_t t = 0; t <= l; t++) where[t] = -1;
    for (int64_t t = 0; t < l; t++) if (slot_of[t] >= 0) { if (held[slot_of[t]] >= 0) where[held[slot_of[t]]] = -1; held[slot_of[t]] = t; where[t] = slot_of[t]; }
    int64_t cur = l;
    for (int64_t k = 0; k < acts.n / 3; k++) {
      int32_t *a = acts.a + 3 * k;
      if (a[0] == 0) cur = held[a[1]];
      else if (a[0] == 1) {
        if (held[a[1]] >= 0 && where[held[a[1]]] == a[1]) where[held[a[1]]] = -1;
        held[a[1]] = cur;
        if (cur >= 0) where[cur] = a[1];
      } else if (a[0] == 2) cur = a[2] + 1;
      else {
        a[1] = a[2] + 1 == l ? -2 : (int32_t)where[a[2] + 1];
        if (a[1] == -1 && (*kind == 0 || *kind == 1)) {
          snprintf(err, errlen, "internal: the %s plan of %lld trips lost the state after trip %d", *kind ? "sqrt" : "store-all", (long long)l, a[2]);
          failed = 2;
          break;
        }
      }
    }
  }
  free(held); free(where);
  int64_t n = 3 + l + acts.n;
  int32_t *p = failed || acts.failed ? NULL : (int32_t *)malloc(sizeof(int32_t) * (size_t)n);
  if (p) {
    p[0] = (int32_t)slots; p[1] = (int32_t)l; p[2] = (int32_t)(acts.n / 3);
    if (l > 0) memcpy(p + 3, slot_of, sizeof(int32_t) * (size_t)l);
    if (acts.n) memcpy(p + 3 + l, acts.a, sizeof(int32_t) * (size_t)acts.n);
    *count = n;
  } else if (failed != 2) {
    snprintf(err, errlen, "out of memory planning the checkpoints of a loop of %lld trips", (long long)l);
  }
  free(slot_of); free(acts.a);
  return p;
}
