/* The runtime's ZIP code (Sources/GradC/runtime/45-zip.h) on its own, as GradArchive compiles
   it; BackendTests builds this under AddressSanitizer and UBSan:
     cc -std=c11 -fsanitize=address,undefined -I . zip.c -o zip && ./zip MODEL.npz COMPRESSED.npz DIR
   Checks: every member of NumPy's archives (stored and deflated) reads back with the right
   size; an archive written here reads back byte for byte; then 10,000 archives with bytes
   changed at random (seeded) are read, each member either returned whole or refused with a
   message, never a crash, an overrun or a hang. */
#include "45-zip.h"

static int failures = 0;
#define CHECK(c, ...) do { if (!(c)) { fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); failures++; } } while (0)

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "cannot read %s\n", path); exit(2); }
  fseek(f, 0, SEEK_END); *n = (size_t)ftell(f); fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc(*n);
  if (fread(b, 1, *n, f) != *n) exit(2);
  fclose(f);
  return b;
}
static void spill(const char *path, const unsigned char *b, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(b, 1, n, f) != n || fclose(f) != 0) { fprintf(stderr, "cannot write %s\n", path); exit(2); }
}

int main(int argc, char **argv) {
  if (argc != 4) { fprintf(stderr, "usage: zip MODEL.npz COMPRESSED.npz DIR\n"); return 2; }
  char err[2000], path[512];
  size_t len;
  /* NumPy's archives: np.savez (stored, ZIP64 extras in the local headers) and
     np.savez_compressed (deflated). An .npy of n f64 elements is 128 + 8n bytes here. */
  static const char *model[] = {"first/W", "first/b", "scale", "labels", "mask"};
  static const size_t model_len[] = {152, 140, 136, 140, 130};
  for (int i = 0; i < 5; i++) {
    unsigned char *m = gz_npz_member(argv[1], model[i], &len, err, sizeof err);
    CHECK(m && len == model_len[i] && !memcmp(m, "\x93NUMPY", 6), "%s: %s", model[i], m ? "wrong member" : err);
    free(m);
  }
  static const char *comp[] = {"x", "y", "z"};
  static const size_t comp_len[] = {128 + 8 * 300, 128 + 4 * 200, 128};
  for (int i = 0; i < 3; i++) {
    unsigned char *m = gz_npz_member(argv[2], comp[i], &len, err, sizeof err);
    CHECK(m && len == comp_len[i] && !memcmp(m, "\x93NUMPY", 6), "%s: %s", comp[i], m ? "wrong member" : err);
    free(m);
  }
  CHECK(!gz_npz_member(argv[1], "nope", &len, err, sizeof err) && strstr(err, "has no array 'nope' (its arrays: first/W, first/b, scale, labels, mask)"), "%s", err);

  /* A round trip through the writer, every byte value in a member. */
  unsigned char bytes[1000];
  for (int i = 0; i < 1000; i++) bytes[i] = (unsigned char)(i * 7 + i / 256);
  const char *names[] = {"a.npy", "b/c.npy", "empty.npy"};
  const unsigned char *data[] = {bytes, bytes + 10, bytes};
  size_t lens[] = {1000, 500, 0};
  snprintf(path, sizeof path, "%s/round.npz", argv[3]);
  CHECK(gz_write(path, 3, names, data, lens, err, sizeof err) == 0, "write: %s", err);
  static const char *arrays[] = {"a", "b/c", "empty"};
  for (int i = 0; i < 3; i++) {
    unsigned char *m = gz_npz_member(path, arrays[i], &len, err, sizeof err);
    CHECK(m && len == lens[i] && !memcmp(m, data[i], len), "round trip %s: %s", arrays[i], m ? "different bytes" : err);
    free(m);
  }

  /* Changed bytes: 1 to 4 of them, anywhere, in both archives. */
  uint64_t s = 12345;
  int accepted = 0, refused = 0;
  snprintf(path, sizeof path, "%s/fuzz.npz", argv[3]);
  for (int round = 0; round < 10000; round++) {
    const char *src = argv[1 + round % 2];
    size_t n;
    unsigned char *b = slurp(src, &n);
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    int k = 1 + (int)(s >> 62);
    for (int j = 0; j < k; j++) {
      s = s * 6364136223846793005ULL + 1442695040888963407ULL;
      b[(s >> 33) % n] = (unsigned char)(s >> 20);
    }
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    size_t keep = (s >> 40) % 8 == 0 ? (size_t)((s >> 20) % n) : n;   /* sometimes truncated too */
    spill(path, b, keep);
    free(b);
    const char **list = round % 2 ? comp : model;
    for (int i = 0; i < (round % 2 ? 3 : 5); i++) {
      unsigned char *m = gz_npz_member(path, list[i], &len, err, sizeof err);
      if (m) accepted++; else { refused++; CHECK(strstr(err, "fuzz.npz"), "a refusal not naming the file: %s", err); }
      free(m);
    }
  }
  CHECK(accepted > 1000 && refused > 1000, "fuzzing: %d members accepted, %d refused", accepted, refused);
  if (failures) return 1;
  printf("zip unit tests passed\n");
  return 0;
}
