/* gradc's C runtime, part 11 of 12: .npy files and .npz archives (45-zip.h's ZIP code): loading
   with the VM's checks and messages (GradTensor/NPY.swift), saving atomically. */
/* ---- .npy and .npz ---- */
/* An .npy file's bytes as a tensor, the VM's checks and messages (GradTensor/NPY.swift); `what`
   names the bytes in errors: "'a.npy'", "array 'W' of 'm.npz'". */
GT_FN T *gt_npy_decode(const unsigned char *b, size_t len, const char *what) {
  char m[1400];
  if (len < 10 || memcmp(b, "\x93NUMPY", 6) != 0) { snprintf(m, sizeof m, "%s is not a valid .npy file: missing the \\x93NUMPY magic", what); gt_fail(m); }
  size_t hl, at;
  if (b[6] == 1) { hl = b[8] | (size_t)b[9] << 8; at = 10; }
  else if (b[6] == 2 || b[6] == 3) {
    if (len < 12) { snprintf(m, sizeof m, "%s is not a valid .npy file: truncated header", what); gt_fail(m); }
    hl = b[8] | (size_t)b[9] << 8 | (size_t)b[10] << 16 | (size_t)b[11] << 24; at = 12;
  } else { snprintf(m, sizeof m, "%s is not a valid .npy file: unsupported format version %d", what, b[6]); gt_fail(m); }
  if (hl > len - at) { snprintf(m, sizeof m, "%s is not a valid .npy file: truncated header (%zu bytes declared)", what, hl); gt_fail(m); }
  char *h = (char *)gt_calloc(hl + 1, 1);
  memcpy(h, b + at, hl);
  at += hl;
  char *d = strstr(h, "'descr'"), *fo = strstr(h, "'fortran_order'"), *sh = strstr(h, "'shape'");
  if (!d || !fo || !sh) { snprintf(m, sizeof m, "%s is not a valid .npy file: malformed header", what); gt_fail(m); }
  d = strchr(d + 7, '\''); char descr[16] = {0};
  if (!d) { snprintf(m, sizeof m, "%s is not a valid .npy file: malformed header", what); gt_fail(m); }
  sscanf(d + 1, "%15[^']", descr);
  int fortran = strstr(fo, "True") && strstr(fo, "True") < strchr(fo, ',');
  int64_t shape[8]; int rank = 0; char *q = strchr(sh, '(');
  if (!q) { snprintf(m, sizeof m, "%s is not a valid .npy file: shape is not a tuple", what); gt_fail(m); }
  q++;
  while (*q && *q != ')') {
    while (*q == ' ' || *q == ',') q++;
    if (*q == ')') break;
    if (rank == 8) { snprintf(m, sizeof m, "%s is not a valid .npy file: rank above 8", what); gt_fail(m); }
    shape[rank++] = strtoll(q, &q, 10);
  }
  const char *kind = descr + 1; int dt, sz;
  if (descr[0] == '>') { snprintf(m, sizeof m, "%s is not a valid .npy file: element type '%s' is big-endian; only little-endian data is supported", what, descr); gt_fail(m); }
  if (!strcmp(kind, "f4")) { dt = F32; sz = 4; } else if (!strcmp(kind, "f8")) { dt = F64; sz = 8; }
  else if (!strcmp(kind, "i4")) { dt = I32; sz = 4; } else if (!strcmp(kind, "i8")) { dt = I32; sz = 8; }
  else if (!strcmp(kind, "b1")) { dt = BOOL; sz = 1; } else if (!strcmp(kind, "u1")) { dt = I32; sz = 1; }
  else { snprintf(m, sizeof m, "%s is not a valid .npy file: unsupported element type '%s' (expected f4, f8, i4, i8, b1 or u1)", what, descr); gt_fail(m); }
  gt_dealloc(h);
  /* The element count, checked as the VM checks it, and the data's size against the bytes
     there are, before anything is allocated. */
  int64_t count = 1;
  for (int i = 0; i < rank; i++) {
    if (shape[i] < 0 || (shape[i] && count > ((int64_t)1 << 40) / shape[i])) {
      char st2[200]; gt_shape_text(st2, sizeof st2, rank, shape);
      snprintf(m, sizeof m, "%s is not a valid .npy file: shape %s is too large", what, st2); gt_fail(m);
    }
    count *= shape[i];
  }
  if ((int64_t)(len - at) < count * sz) {
    char st2[200]; gt_shape_text(st2, sizeof st2, rank, shape);
    snprintf(m, sizeof m, "%s is not a valid .npy file: data is truncated: %s of '%s' needs %lld bytes, the file has %lld", what, st2, descr, (long long)(count * sz), (long long)(len - at));
    gt_fail(m);
  }
  int64_t fs[8]; for (int i = 0; i < rank; i++) fs[i] = fortran ? shape[rank - 1 - i] : shape[i];
  T *t = gt_new(dt, rank, fs);
  const unsigned char *raw = b + at;
  if (!strcmp(kind, "i8")) {
    for (int64_t i = 0; i < t->n; i++) {
      int64_t v; memcpy(&v, raw + i * 8, 8);
      if (v < INT32_MIN || v > INT32_MAX) { snprintf(m, sizeof m, "%s: i8 value %lld at element %lld does not fit in i32", what, (long long)v, (long long)i); gt_fail(m); }
      ((int32_t *)t->p)[i] = (int32_t)v;
    }
  } else if (!strcmp(kind, "u1")) {
    for (int64_t i = 0; i < t->n; i++) ((int32_t *)t->p)[i] = raw[i];
  } else {
    memcpy(t->p, raw, (size_t)(t->n * sz));
  }
  if (fortran && rank > 1) { T *u = gt_transpose(t, 0, 0); gt_release(t); t = u; }
  return t;
}
GT_FN T *gt_load(const char *path) {
  char m[700], what[600];
  struct stat st;
  /* Only a regular file: a FIFO or a device would block or never end. */
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) { snprintf(m, sizeof m, "cannot read '%s': not a regular file", path); gt_fail(m); }
  FILE *f = gt_open(path, "rb");
  if (!f) { snprintf(m, sizeof m, "cannot read '%s': no such file or not readable", path); gt_fail(m); }
  size_t size = fstat(fileno(f), &st) == 0 ? (size_t)st.st_size : 0;
  unsigned char *b = (unsigned char *)gt_alloc(size);
  size_t got = fread(b, 1, size, f);
  gt_close(f);
  snprintf(what, sizeof what, "'%s'", path);
  T *t = gt_npy_decode(b, got, what);
  gt_dealloc(b);
  return t;
}
/* Array `array` (member `array`.npy) of the .npz archive at path. */
GT_FN T *gt_load_npz(const char *path, const char *array) {
  char m[900], what[700];
  size_t len = 0;
  unsigned char *b = gz_npz_member(path, array, &len, m, sizeof m);
  if (!b) gt_fail(m);
  gt_adopt(b);
  snprintf(what, sizeof what, "array '%s' of '%s'", array, path);
  T *t = gt_npy_decode(b, len, what);
  gt_dealloc(b);
  return t;
}
/* An .npy file's header for t (version 1, padded so the data is 64-byte aligned); its length. */
static inline size_t gt_npy_header(const T *t, char *h, size_t cap) {
  char shape[300] = "("; size_t k = 1;
  for (int i = 0; i < t->rank; i++) k += (size_t)snprintf(shape + k, sizeof shape - k, i ? ", %lld" : "%lld", (long long)t->shape[i]);
  snprintf(shape + k, sizeof shape - k, t->rank == 1 ? ",)" : ")");
  const char *descr = t->dt == F32 ? "<f4" : t->dt == F64 ? "<f8" : t->dt == I32 ? "<i4" : "|b1";
  int n = snprintf(h + 10, cap - 10, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape);
  int total = 10 + n + 1, pad = (64 - total % 64) % 64, hl = n + pad + 1;
  memcpy(h, "\x93NUMPY\x01\x00", 8);
  h[8] = (char)(hl & 255); h[9] = (char)(hl >> 8);
  memset(h + 10 + n, ' ', (size_t)pad);
  h[10 + n + pad] = '\n';
  return (size_t)(10 + hl);
}
/* The folder a record is saved into, and its parents (mkdir -p). */
GT_FN void gt_mkdir(const char *path) {
  if (gt_this_rank != 0) return;   /* in a data-parallel run, rank 0 saves */
  char p[1024];
  snprintf(p, sizeof p, "%s", path);
  for (char *c = p + 1; ; c++) {
    if (*c == '/' || *c == 0) {
      char end = *c;
      *c = 0;
      if (mkdir(p, 0777) != 0 && errno != EEXIST) { char m[1200]; snprintf(m, sizeof m, "cannot make the folder '%s' to save into", path); gt_fail(m); }
      *c = end;
      if (!end) break;
    }
  }
}
/* Writes t to path as an .npy file, atomically (gz_write_file, 45-zip.h). */
GT_FN void gt_save(const char *path, const T *t) {
  if (gt_this_rank != 0) return;
  char h[512], m[1300];
  size_t hl = gt_npy_header(t, h, sizeof h);
  const unsigned char *parts[2] = {(const unsigned char *)h, (const unsigned char *)t->p};
  size_t lens[2] = {hl, (size_t)t->n * gt_size(t->dt)};
  if (gz_write_file(path, 2, parts, lens, m, sizeof m)) gt_fail(m);
}
/* Writes the n tensors as the arrays names[i] of an .npz archive (stored, as np.savez), so that
   a failure never leaves a broken file nor loses the old one (45-zip.h). */
GT_FN void gt_save_npz(const char *path, int n, const char *const *names, T *const *ts) {
  if (gt_this_rank != 0) return;
  size_t total = 0;
  for (int i = 0; i < n; i++) total += 512 + (size_t)ts[i]->n * gt_size(ts[i]->dt);
  unsigned char *b = (unsigned char *)gt_alloc(total);
  const unsigned char **data = (const unsigned char **)gt_alloc(sizeof(void *) * (size_t)(n ? n : 1));
  size_t *lens = (size_t *)gt_alloc(sizeof(size_t) * (size_t)(n ? n : 1));
  char **members = (char **)gt_calloc((size_t)(n ? n : 1), sizeof(char *));
  char *text = (char *)gt_alloc((size_t)n * 1100 + 1);
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    size_t hl = gt_npy_header(ts[i], (char *)b + at, 512);
    memcpy(b + at + hl, ts[i]->p, (size_t)ts[i]->n * gt_size(ts[i]->dt));
    data[i] = b + at;
    lens[i] = hl + (size_t)ts[i]->n * gt_size(ts[i]->dt);
    at += lens[i];
    members[i] = text + (size_t)i * 1100;
    snprintf(members[i], 1100, "%s.npy", names[i]);
  }
  char m[1300];
  int bad = gz_write(path, n, (const char *const *)members, data, lens, m, sizeof m);
  gt_dealloc(text); gt_dealloc(members); gt_dealloc(lens); gt_dealloc(data); gt_dealloc(b);
  if (bad) gt_fail(m);
}
