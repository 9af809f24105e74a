"""Prints the colour of pixels of a PNG (8-bit RGB or RGBA, not interlaced, as rsvg-convert
writes), one "x,y #rrggbb" line each: PlotTests reads a rendered `gradc plot` picture with it.
Usage: python3 pixels.py FILE.png X,Y [X,Y ...]"""
import struct
import sys
import zlib


def read(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG %r" % (header,)
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev, k = [], bytearray(stride), 0
    for _ in range(height):
        f, line = raw[k], bytearray(raw[k + 1:k + 1 + stride])
        k += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


if __name__ == "__main__":
    w, h, bpp, rows = read(sys.argv[1])
    print("size %d %d" % (w, h))
    for arg in sys.argv[2:]:
        x, y = (int(v) for v in arg.split(","))
        r, g, b = rows[y][x * bpp:x * bpp + 3]
        print("%d,%d #%02x%02x%02x" % (x, y, r, g, b))
