// See GradPlanner.h: the runtime's planner, compiled as it is emitted.
#include "GradPlanner.h"
#include "../GradC/runtime/35-planner.h"

int32_t *grad_plan(int64_t trips, int *kind, double *param, double state_bytes, int64_t *count, char *err, size_t errlen) {
  return gp_plan(trips, kind, param, state_bytes, count, err, errlen);
}
int grad_plan_resolve(int64_t trips, int *kind, double *param, double state_bytes, char *err, size_t errlen) {
  return gp_resolve(trips, kind, param, state_bytes, err, errlen);
}
int64_t grad_plan_revolve_steps(int64_t trips, int64_t snapshots) { return gp_revolve_steps(trips, snapshots); }
int64_t grad_plan_sqrt_segment(int64_t trips) { return gp_sqrt_segment(trips); }
void grad_plan_free(int32_t *plan) { free(plan); }
