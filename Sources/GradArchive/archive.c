// See GradArchive.h: the runtime's ZIP code, compiled as it is emitted.
#include "GradArchive.h"
#include "../GradC/runtime/45-zip.h"

unsigned char *grad_npz_member(const char *path, const char *array, size_t *len, char *err, size_t errlen) {
  return gz_npz_member(path, array, len, err, errlen);
}
int grad_zip_write(const char *path, int n, const char *const *names, const unsigned char *const *data,
                   const size_t *lens, char *err, size_t errlen) {
  return gz_write(path, n, names, data, lens, err, errlen);
}
int grad_write_file(const char *path, int n, const unsigned char *const *parts, const size_t *lens, char *err, size_t errlen) {
  return gz_write_file(path, n, parts, lens, err, errlen);
}
void grad_archive_free(void *p) { free(p); }
