/* gradc's C runtime, part 9 of 12: ZIP archives, for NumPy's .npz files, its one
   implementation. Executables call it through gt_load_npz and gt_save_npz (55-npy.h); gradc's
   VM through the GradArchive target, which compiles this file, so both backends read the same
   members and write byte-identical archives. Plain C on malloc, no tensors: every function
   returns its result or an error message, never exits.

   Read: the central directory (ZIP64 sizes, offsets and end records included), members stored
   (np.savez) or deflated (np.savez_compressed, RFC 1951, decoded here), each checked against
   its CRC-32. Written: members stored, no compression, a fixed 1980-01-01 date so that the
   same arrays give the same bytes, atomically (gz_write_file, which .npy files use too). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* fseeko, fileno, fsync under -std=c11 (10-tensor.h defines it first) */
#endif
#include <errno.h>
#include <stdint.h>
#include <sys/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif
#ifndef GT_FN
#define GT_FN static inline /* compiled on its own, as GradArchive does (see 10-tensor.h) */
#endif

static inline uint32_t gz_crc32(uint32_t crc, const unsigned char *p, size_t n) {
  static const uint32_t nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c};
  crc = ~crc;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    crc = nibble[crc & 15] ^ (crc >> 4);
    crc = nibble[crc & 15] ^ (crc >> 4);
  }
  return ~crc;
}
static inline uint32_t gz_u16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static inline uint32_t gz_u32(const unsigned char *p) { return gz_u16(p) | gz_u16(p + 2) << 16; }
static inline uint64_t gz_u64(const unsigned char *p) { return (uint64_t)gz_u32(p) | (uint64_t)gz_u32(p + 4) << 32; }

/* ---- inflate (RFC 1951) ---- */
typedef struct {
  const unsigned char *in; size_t inlen, inpos;
  uint32_t bits; int nbits, bad;
  unsigned char *out; size_t outlen, outpos;
} gz_inflate_state;
typedef struct { short count[16], symbol[288]; } gz_huffman;

static inline int gz_bits(gz_inflate_state *s, int n) {
  uint32_t v = s->bits;
  while (s->nbits < n) {
    if (s->inpos == s->inlen) { s->bad = 1; return 0; }
    v |= (uint32_t)s->in[s->inpos++] << s->nbits;
    s->nbits += 8;
  }
  s->bits = v >> n;
  s->nbits -= n;
  return (int)(v & ((1u << n) - 1));
}
/* Canonical codes from code lengths; -1 when a length is over-subscribed. */
static inline int gz_build(gz_huffman *h, const short *length, int n) {
  short offs[16];
  memset(h->count, 0, sizeof h->count);
  for (int i = 0; i < n; i++) h->count[length[i]]++;
  if (h->count[0] == n) return 0;
  int left = 1;
  for (int len = 1; len < 16; len++) { left <<= 1; left -= h->count[len]; if (left < 0) return -1; }
  offs[1] = 0;
  for (int len = 1; len < 15; len++) offs[len + 1] = (short)(offs[len] + h->count[len]);
  for (int i = 0; i < n; i++) if (length[i]) h->symbol[offs[length[i]]++] = (short)i;
  return left;
}
static inline int gz_decode(gz_inflate_state *s, const gz_huffman *h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len < 16; len++) {
    code |= gz_bits(s, 1);
    if (s->bad) return -1;
    int count = h->count[len];
    if (code - count < first) return h->symbol[index + (code - first)];
    index += count; first += count; first <<= 1; code <<= 1;
  }
  return -1;
}
static inline int gz_codes(gz_inflate_state *s, const gz_huffman *lit, const gz_huffman *dist) {
  static const short lbase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  static const short lextra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  static const short dbase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  static const short dextra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
  for (;;) {
    int sym = gz_decode(s, lit);
    if (sym < 0) return -1;
    if (sym < 256) {
      if (s->outpos == s->outlen) return -1;
      s->out[s->outpos++] = (unsigned char)sym;
    } else if (sym == 256) {
      return 0;
    } else {
      sym -= 257;
      if (sym >= 29) return -1;
      size_t len = (size_t)(lbase[sym] + gz_bits(s, lextra[sym]));
      int d = gz_decode(s, dist);
      if (d < 0 || d >= 30) return -1;
      size_t back = (size_t)(dbase[d] + gz_bits(s, dextra[d]));
      if (s->bad || back > s->outpos || len > s->outlen - s->outpos) return -1;
      for (size_t i = 0; i < len; i++, s->outpos++) s->out[s->outpos] = s->out[s->outpos - back];
    }
  }
}
/* Inflates in[0..inlen) into exactly outlen bytes; 0, or -1 when the data is not deflate data
   of that size. */
static inline int gz_inflate(const unsigned char *in, size_t inlen, unsigned char *out, size_t outlen) {
  gz_inflate_state s = {in, inlen, 0, 0, 0, 0, out, outlen, 0};
  gz_huffman lit, dist;
  short length[320];
  int last;
  do {
    last = gz_bits(&s, 1);
    int type = gz_bits(&s, 2);
    if (s.bad) return -1;
    if (type == 0) {
      s.bits = 0; s.nbits = 0;
      if (s.inlen - s.inpos < 4) return -1;
      size_t len = gz_u16(s.in + s.inpos), nlen = gz_u16(s.in + s.inpos + 2);
      s.inpos += 4;
      if (len != (~nlen & 0xffff) || len > s.inlen - s.inpos || len > s.outlen - s.outpos) return -1;
      memcpy(s.out + s.outpos, s.in + s.inpos, len);
      s.inpos += len; s.outpos += len;
      continue;
    }
    if (type == 1) {
      int i = 0;
      for (; i < 144; i++) length[i] = 8;
      for (; i < 256; i++) length[i] = 9;
      for (; i < 280; i++) length[i] = 7;
      for (; i < 288; i++) length[i] = 8;
      gz_build(&lit, length, 288);
      for (i = 0; i < 30; i++) length[i] = 5;
      gz_build(&dist, length, 30);
    } else if (type == 2) {
      static const short order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
      int nlen = gz_bits(&s, 5) + 257, ndist = gz_bits(&s, 5) + 1, ncode = gz_bits(&s, 4) + 4;
      if (s.bad || nlen > 286 || ndist > 30) return -1;
      int i = 0;
      for (; i < ncode; i++) length[order[i]] = (short)gz_bits(&s, 3);
      for (; i < 19; i++) length[order[i]] = 0;
      if (s.bad || gz_build(&lit, length, 19) != 0) return -1;
      for (i = 0; i < nlen + ndist;) {
        int sym = gz_decode(&s, &lit);
        if (sym < 0) return -1;
        if (sym < 16) { length[i++] = (short)sym; continue; }
        short v = 0; int rep;
        if (sym == 16) { if (i == 0) return -1; v = length[i - 1]; rep = 3 + gz_bits(&s, 2); }
        else if (sym == 17) rep = 3 + gz_bits(&s, 3);
        else rep = 11 + gz_bits(&s, 7);
        if (s.bad || i + rep > nlen + ndist) return -1;
        while (rep--) length[i++] = v;
      }
      if (length[256] == 0) return -1;
      int l = gz_build(&lit, length, nlen);
      if (l < 0 || (l > 0 && nlen - lit.count[0] != 1)) return -1;
      int d = gz_build(&dist, length + nlen, ndist);
      if (d < 0 || (d > 0 && ndist - dist.count[0] != 1)) return -1;
    } else {
      return -1;
    }
    if (gz_codes(&s, &lit, &dist) != 0 || s.bad) return -1;
  } while (!last);
  return s.outpos == s.outlen ? 0 : -1;
}

/* ---- reading ---- */
/* The file's bytes [at, at + n) into buf; 0 or -1. */
static inline int gz_pread(FILE *f, uint64_t at, void *buf, size_t n) {
  if (at > (uint64_t)INT64_MAX || fseeko(f, (off_t)at, SEEK_SET) != 0) return -1;
  return fread(buf, 1, n, f) == n ? 0 : -1;
}
/* Member `array`.npy of the .npz archive at path: its bytes, malloc'd, with *len set; or NULL
   with a message in err (no such file, not an archive, no such array — naming the arrays it
   has —, a damaged or unsupported member). */
GT_FN unsigned char *gz_npz_member(const char *path, const char *array, size_t *len, char *err, size_t errlen) {
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) { snprintf(err, errlen, "cannot read '%s': not a regular file", path); return NULL; }
  FILE *f = fopen(path, "rb");
  if (!f) { snprintf(err, errlen, "cannot read '%s': no such file or not readable", path); return NULL; }
  unsigned char *dir = NULL, *data = NULL, *out = NULL;
  char names[400] = "";
  uint64_t size = fstat(fileno(f), &st) == 0 ? (uint64_t)st.st_size : 0;
  /* The end record: in the last 22 + 65535 bytes (a comment may follow it). */
  size_t tail = size < 22 + 65535 ? (size_t)size : 22 + 65535;
  unsigned char *end = (unsigned char *)malloc(tail ? tail : 1);
  const char *why = "not a ZIP archive (no end of central directory record)";
  if (!end || gz_pread(f, size - tail, end, tail) != 0) goto bad;
  long e = -1;
  for (long i = (long)tail - 22; i >= 0; i--) if (gz_u32(end + i) == 0x06054b50) { e = i; break; }
  if (e < 0) goto bad;
  uint64_t entries = gz_u16(end + e + 10), dsize = gz_u32(end + e + 12), doff = gz_u32(end + e + 16);
  if ((entries == 0xffff || dsize == 0xffffffff || doff == 0xffffffff) && e >= 20 && gz_u32(end + e - 20) == 0x07064b50) {
    unsigned char z[56];
    why = "a damaged ZIP64 end record";
    if (gz_pread(f, gz_u64(end + e - 20 + 8), z, 56) != 0 || gz_u32(z) != 0x06064b50) goto bad;
    entries = gz_u64(z + 32); dsize = gz_u64(z + 40); doff = gz_u64(z + 48);
  }
  why = "a damaged central directory";
  if (doff > size || dsize > size - doff || dsize > ((uint64_t)1 << 32)) goto bad;
  dir = (unsigned char *)malloc(dsize ? (size_t)dsize : 1);
  if (!dir || gz_pread(f, doff, dir, (size_t)dsize) != 0) goto bad;
  size_t want = strlen(array) + 4, at = 0;
  for (uint64_t k = 0; k < entries; k++) {
    if (dsize - at < 46 || gz_u32(dir + at) != 0x02014b50) goto bad;
    const unsigned char *c = dir + at;
    uint32_t flags = gz_u16(c + 8), method = gz_u16(c + 10), crc = gz_u32(c + 16);
    uint64_t csize = gz_u32(c + 20), usize = gz_u32(c + 24), local = gz_u32(c + 42);
    size_t nlen = gz_u16(c + 28), xlen = gz_u16(c + 30), clen = gz_u16(c + 32);
    if (dsize - at - 46 < nlen + xlen + clen) goto bad;
    const char *name = (const char *)c + 46;
    if (nlen != want || memcmp(name, array, want - 4) != 0 || memcmp(name + want - 4, ".npy", 4) != 0) {
      size_t k0 = strlen(names), shown = nlen >= 4 && !memcmp(name + nlen - 4, ".npy", 4) ? nlen - 4 : nlen;
      if (k0 + shown + 8 < sizeof names) snprintf(names + k0, sizeof names - k0, "%s%.*s", k0 ? ", " : "", (int)shown, name);
      else if (k0 + 8 < sizeof names && !strstr(names, ", ...")) snprintf(names + k0, sizeof names - k0, ", ...");
      at += 46 + nlen + xlen + clen;
      continue;
    }
    /* ZIP64 extra field: the 8-byte values present are those whose 4-byte fields are full. */
    for (size_t x = 0; x + 4 <= xlen;) {
      const unsigned char *xf = c + 46 + nlen + x;
      size_t id = gz_u16(xf), n = gz_u16(xf + 2), p = 4;
      if (x + 4 + n > xlen) goto bad;
      if (id == 1) {
        if (usize == 0xffffffff) { if (p + 8 > 4 + n) goto bad; usize = gz_u64(xf + p); p += 8; }
        if (csize == 0xffffffff) { if (p + 8 > 4 + n) goto bad; csize = gz_u64(xf + p); p += 8; }
        if (local == 0xffffffff) { if (p + 8 > 4 + n) goto bad; local = gz_u64(xf + p); }
      }
      x += 4 + n;
    }
    unsigned char lh[30];
    why = "a damaged member";
    if (gz_pread(f, local, lh, 30) != 0 || gz_u32(lh) != 0x04034b50) goto bad;
    uint64_t start = local + 30 + gz_u16(lh + 26) + gz_u16(lh + 28);
    if (start > size || csize > size - start) { why = "a truncated member"; goto bad; }
    if (flags & 1) { why = "an encrypted member"; goto bad; }
    if (method != 0 && method != 8) { why = "a member compressed other than by deflate"; goto bad; }
    /* At most deflate's largest ratio (258 bytes from 1 bit, about 1032:1): a lying size is
       refused before it is allocated. */
    if (usize > ((uint64_t)1 << 43) || (method == 0 ? usize != csize : usize / 1032 > csize + 1)) { why = "a member whose sizes do not agree"; goto bad; }
    data = (unsigned char *)malloc(csize ? (size_t)csize : 1);
    if (!data) { why = "a member too large for memory"; goto bad; }
    if (gz_pread(f, start, data, (size_t)csize) != 0) { why = "a truncated member"; goto bad; }
    if (method == 0) { out = data; data = NULL; }
    else {
      out = (unsigned char *)malloc(usize ? (size_t)usize : 1);
      if (!out) { why = "a member too large for memory"; goto bad; }
      if (gz_inflate(data, (size_t)csize, out, (size_t)usize) != 0) { why = "a damaged compressed member"; goto bad; }
    }
    if (gz_crc32(0, out, (size_t)usize) != crc) { why = "a member that fails its CRC-32 check"; goto bad; }
    free(data); free(dir); free(end); fclose(f);
    *len = (size_t)usize;
    return out;
  }
  snprintf(err, errlen, "'%s' has no array '%s' (its arrays: %s)", path, array, names[0] ? names : "none");
  free(dir); free(end); fclose(f);
  return NULL;
bad:
  snprintf(err, errlen, "'%s' is not a valid .npz file: %s", path, why);
  free(out); free(data); free(dir); free(end); fclose(f);
  return NULL;
}

/* ---- writing ---- */
static inline void gz_put16(unsigned char *p, uint32_t v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }
static inline void gz_put32(unsigned char *p, uint32_t v) { gz_put16(p, v & 0xffff); gz_put16(p + 2, v >> 16); }
/* Writes the parts one after another to path so that a failure never leaves a broken file
   nor loses the old one: into a temporary file beside it, every write, the flush, the fsync
   and the close checked, then renamed over it. A path that is not a regular file (a device, a
   FIFO) is written in place, with the same checks, since renaming over it would replace it.
   0, or -1 with "cannot write 'PATH': why" in err. Every .npy and .npz gradc writes goes
   through here, on both backends. */
GT_FN int gz_write_file(const char *path, int nparts, const unsigned char *const *parts, const size_t *lens, char *err, size_t errlen) {
  struct stat st;
  int in_place = stat(path, &st) == 0 && !S_ISREG(st.st_mode);
  size_t tmplen = strlen(path) + 32;
  char *tmp = (char *)malloc(tmplen);
  if (!tmp) { snprintf(err, errlen, "cannot write '%s': out of memory", path); return -1; }
  snprintf(tmp, tmplen, "%s.gradc-%d", path, (int)getpid());
  FILE *f = fopen(in_place ? path : tmp, "wb");
  if (!f) { snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno)); free(tmp); return -1; }
  int ok = 1;
  for (int i = 0; ok && i < nparts; i++) ok = fwrite(parts[i], 1, lens[i], f) == lens[i];
  ok = ok && fflush(f) == 0 && (in_place || fsync(fileno(f)) == 0);
  int why = ok ? 0 : errno;
  if (fclose(f) != 0 && ok) { ok = 0; why = errno; }
  if (ok && !in_place && rename(tmp, path) != 0) { ok = 0; why = errno; }
  if (!ok && !in_place) unlink(tmp);
  free(tmp);
  if (!ok) { snprintf(err, errlen, "cannot write '%s': %s", path, strerror(why ? why : EIO)); return -1; }
  return 0;
}
/* Writes an archive of n stored members (names[i] with bytes data[i][0..lens[i])) to path
   through gz_write_file. 0, or -1 with a message in err. Archives of 4 GiB or more (ZIP64)
   are refused. */
GT_FN int gz_write(const char *path, int n, const char *const *names, const unsigned char *const *data, const size_t *lens, char *err, size_t errlen) {
  uint64_t total = 22;
  for (int i = 0; i < n; i++) total += 30 + 46 + 2 * (uint64_t)strlen(names[i]) + lens[i];
  if (total >= 0xffffffffu || n >= 0xffff) { snprintf(err, errlen, "cannot write '%s': an .npz archive of 4 GiB or more is not supported", path); return -1; }
  for (int i = 0; i < n; i++) if (strlen(names[i]) >= 0xffff) { snprintf(err, errlen, "cannot write '%s': a member name is too long", path); return -1; }
  /* meta: each member's local header and name, then the central directory and its end */
  size_t names_len = 0;
  for (int i = 0; i < n; i++) names_len += strlen(names[i]);
  unsigned char *meta = (unsigned char *)calloc(76 * (size_t)n + 2 * names_len + 22, 1);
  const unsigned char **parts = (const unsigned char **)malloc(sizeof(void *) * (2 * (size_t)n + 1));
  size_t *plens = (size_t *)malloc(sizeof(size_t) * (2 * (size_t)n + 1));
  if (!meta || !parts || !plens) {
    free(meta); free(parts); free(plens);
    snprintf(err, errlen, "cannot write '%s': out of memory", path);
    return -1;
  }
  unsigned char *dir = meta + 30 * (size_t)n + names_len, *h = meta;
  uint32_t offset = 0, dlen = 0;
  for (int i = 0; i < n; i++) {
    uint32_t crc = gz_crc32(0, data[i], lens[i]), nl = (uint32_t)strlen(names[i]);
    gz_put32(h, 0x04034b50); gz_put16(h + 4, 20); gz_put16(h + 12, 0x21);
    gz_put32(h + 14, crc); gz_put32(h + 18, (uint32_t)lens[i]); gz_put32(h + 22, (uint32_t)lens[i]); gz_put16(h + 26, nl);
    memcpy(h + 30, names[i], nl);
    parts[2 * i] = h; plens[2 * i] = 30 + nl;
    parts[2 * i + 1] = data[i]; plens[2 * i + 1] = lens[i];
    h += 30 + nl;
    unsigned char *c = dir + dlen;
    gz_put32(c, 0x02014b50); gz_put16(c + 4, 0x0314); gz_put16(c + 6, 20); gz_put16(c + 14, 0x21);
    gz_put32(c + 16, crc); gz_put32(c + 20, (uint32_t)lens[i]); gz_put32(c + 24, (uint32_t)lens[i]); gz_put16(c + 28, nl);
    gz_put32(c + 38, 0644u << 16); gz_put32(c + 42, offset);
    memcpy(c + 46, names[i], nl);
    dlen += 46 + nl;
    offset += 30 + nl + (uint32_t)lens[i];
  }
  unsigned char *e = dir + dlen;
  gz_put32(e, 0x06054b50); gz_put16(e + 8, (uint32_t)n); gz_put16(e + 10, (uint32_t)n);
  gz_put32(e + 12, dlen); gz_put32(e + 16, offset);
  parts[2 * n] = dir; plens[2 * n] = dlen + 22;
  int r = gz_write_file(path, 2 * n + 1, parts, plens, err, errlen);
  free(meta); free(parts); free(plens);
  return r;
}
