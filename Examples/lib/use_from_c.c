/* Calls the library that `gradc build --lib` makes from rosenbrock.grad:
     gradc build --lib Examples/lib/rosenbrock.grad -o librosenbrock.so
     cc -I. use_from_c.c -L. -lrosenbrock -Wl,-rpath,. -o use_from_c && ./use_from_c */
#include <stdio.h>
#include "rosenbrock.h"

int main(void) {
  double x[3] = {-1.2, 1.0, 0.5}, value, grad[3];
  if (gradc_rosenbrock(x, 3, &value) != 0 || gradc_drosenbrock(x, 3, grad) != 0) {
    fprintf(stderr, "error: %s\n", gradc_last_error());
    return 1;
  }
  printf("value %.6f gradient %.6f %.6f %.6f\n", value, grad[0], grad[1], grad[2]);
  return 0;
}
