// The checkpointing planner for gradc itself: the C runtime's planner (Sources/GradC/runtime/
// 35-planner.h, which executables carry), compiled into gradc so that the VM, `gradc emit
// plan` and the executables follow plans made by one implementation.
#ifndef GRAD_PLANNER_H
#define GRAD_PLANNER_H
#include <stddef.h>
#include <stdint.h>

/// The encoded plan of a loop of `trips` trips (see GradTensor/Checkpoint.swift), malloc'd
/// with `*count` elements, or NULL with a message in `err`. Schedules: 0 store-all, 1 sqrt,
/// 2 binomial (`*param` snapshots), 3 budget (`*param` bytes), 4 auto (`*param` bytes, 0 for
/// a quarter of physical memory); a budget or auto is resolved first and `*kind`, `*param`
/// say to what.
int32_t *grad_plan(int64_t trips, int *kind, double *param, double state_bytes, int64_t *count, char *err, size_t errlen);
/// Resolves a budget (kind 3) to store-all or binomial, auto (4) to store-all or sqrt, as
/// grad_plan does; -1 with a message.
int grad_plan_resolve(int64_t trips, int *kind, double *param, double state_bytes, char *err, size_t errlen);
/// Revolve's fewest forward steps to reverse `trips` steps with `snapshots` snapshots.
int64_t grad_plan_revolve_steps(int64_t trips, int64_t snapshots);
/// The sqrt schedule's segment length, ⌈√L⌉.
int64_t grad_plan_sqrt_segment(int64_t trips);
/// Frees a plan.
void grad_plan_free(int32_t *plan);
#endif
