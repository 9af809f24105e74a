// ZIP archives and atomic writes for gradc itself: the C runtime's (Sources/GradC/runtime/
// 45-zip.h, which executables carry), compiled into gradc so that the VM and executables read
// the same .npz members and write the same bytes, failing the same way.
#ifndef GRAD_ARCHIVE_H
#define GRAD_ARCHIVE_H
#include <stddef.h>

/// Member `array`.npy of the .npz archive at `path`, malloc'd (free with grad_archive_free),
/// with `*len` set; or NULL with a message in `err`.
unsigned char *grad_npz_member(const char *path, const char *array, size_t *len, char *err, size_t errlen);
/// Writes `n` stored members atomically; 0, or -1 with a message in `err`.
int grad_zip_write(const char *path, int n, const char *const *names, const unsigned char *const *data,
                   const size_t *lens, char *err, size_t errlen);
/// Writes `n` parts one after another to `path` atomically (every .npy and .npz gradc writes);
/// 0, or -1 with a message in `err`.
int grad_write_file(const char *path, int n, const unsigned char *const *parts, const size_t *lens, char *err, size_t errlen);
void grad_archive_free(void *p);
#endif
