#!/usr/bin/env python3
"""Writes the icon resources of icons_windows_test: two .ico files with known pixels and the
.rc script that embeds them (compiled by windres). Usage: make_windows_test_icons.py OUTDIR

alpha.ico: 32x32, 32 bits with an alpha channel. Row 0 is fully transparent; elsewhere
  R = 8x, G = 8y, B = 0x40, A = 255 in the left half and 128 in the right half.
mask.ico:  32x32, 24 bits without alpha: R,G,B = 200,100,50 everywhere; the AND mask makes
  the columns x < 8 transparent.
The same formulas are in windows_icon_test.cpp."""
import os
import struct
import sys

SIZE = 32


def alpha_pixel(x, y):
    if y == 0:
        return (0, 0, 0, 0)
    return (8 * x, 8 * y, 0x40, 255 if x < 16 else 128)


def ico(bits, pixel_rows, and_rows):
    header = struct.pack("<IiiHHIIiiII", 40, SIZE, 2 * SIZE, 1, bits, 0, 0, 0, 0, 0, 0)
    image = header + b"".join(pixel_rows) + b"".join(and_rows)
    entry = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, bits, len(image), 6 + 16)
    return struct.pack("<HHH", 0, 1, 1) + entry + image


def and_row(transparent):
    # 1 bit per pixel, MSB first, rows padded to 32 bits (32 pixels = 4 bytes).
    value = 0
    for x in range(SIZE):
        if transparent(x):
            value |= 1 << (SIZE - 1 - x)
    return struct.pack(">I", value)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # DIB rows are stored bottom up.
    rows = range(SIZE - 1, -1, -1)
    alpha_pixels = []
    alpha_mask = []
    for y in rows:
        row = b""
        for x in range(SIZE):
            r, g, b, a = alpha_pixel(x, y)
            row += bytes((b, g, r, a))
        alpha_pixels.append(row)
        alpha_mask.append(and_row(lambda x, y=y: alpha_pixel(x, y)[3] == 0))
    mask_pixels = [bytes((50, 100, 200)) * SIZE for _ in rows]
    mask_mask = [and_row(lambda x: x < 8) for _ in rows]
    with open(os.path.join(out, "alpha.ico"), "wb") as f:
        f.write(ico(32, alpha_pixels, alpha_mask))
    with open(os.path.join(out, "mask.ico"), "wb") as f:
        f.write(ico(24, mask_pixels, mask_mask))
    with open(os.path.join(out, "test_icons.rc"), "w") as f:
        f.write('1 ICON "alpha.ico"\n2 ICON "mask.ico"\n')


if __name__ == "__main__":
    main()
