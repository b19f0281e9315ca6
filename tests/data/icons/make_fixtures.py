#!/usr/bin/env python3
"""Writes the icon-theme fixture trees used by tests/icons (run from anywhere; idempotent).

Every file here is made for Flowscope's tests: solid-colour PNGs of the size their folder
announces, minimal SVGs, small XPMs, and index.theme files that exercise the Icon Theme
Specification's edge cases (inheritance, cycles, Fixed / Scalable / Threshold, Threshold=,
Scale=, ScaledDirectories, directories without a section or without Size=, a theme spread over
two base folders, the base-folder fallback).
"""
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))


def png(path, w, h, rgba=(200, 40, 40, 255)):
    raw = b"".join(b"\x00" + bytes(rgba) * w for _ in range(h))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    write(path, data)


def svg(path):
    write(path, b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" '
                b'viewBox="0 0 16 16"><rect x="2" y="2" width="12" height="12" '
                b'fill="#3060c0"/></svg>\n')


def xpm(path, w, h):
    rows = []
    for y in range(h):
        rows.append("".join("." if (x + y) % 2 == 0 else ("#" if x < w // 2 else " ")
                            for x in range(w)))
    text = "/* XPM */\nstatic char *icon[] = {\n/* columns rows colors chars-per-pixel */\n"
    text += '"%d %d 3 1 ",\n"  c None",\n". c #FF8000",\n"# c navy",\n' % (w, h)
    text += ",\n".join('"%s"' % r for r in rows) + "\n};\n"
    write(path, text.encode())


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def text(path, body):
    write(path, body.lstrip("\n").encode())


def main():
    t = "themes"
    text(t + "/base1/hicolor/index.theme", """
[Icon Theme]
Name=Hicolor (Flowscope test fixture)
Comment=Fallback theme of the fixture tree
Directories=16x16/apps,22x22/apps,24x24/apps,32x32/apps,48x48/apps,scalable/apps,notasection/apps,nosize/apps
ScaledDirectories=16x16@2/apps

[16x16/apps]
Size=16
Type=Threshold

[22x22/apps]
Size=22
Type=Fixed

# Threshold type is the default; a wide threshold.
[24x24/apps]
Size=24
Threshold=8

[32x32/apps]
Size=32
Type=Fixed

[48x48/apps]
Size=48
Type=Threshold

[scalable/apps]
Size=64
MinSize=8
MaxSize=512
Type=Scalable

# No Size=: the spec requires it, so this directory is ignored.
[nosize/apps]
Type=Fixed

[16x16@2/apps]
Size=16
Scale=2
Type=Fixed
""")
    h = t + "/base1/hicolor/"
    # "sizes": every fixed size plus a scalable SVG.
    for d, s in (("16x16", 16), ("22x22", 22), ("32x32", 32), ("48x48", 48)):
        png(h + d + "/apps/sizes.png", s, s)
    svg(h + "scalable/apps/sizes.svg")
    # "fixedonly": no SVG, so sizes between the folders pick the closest folder.
    for d, s in (("16x16", 16), ("22x22", 22), ("48x48", 48)):
        png(h + d + "/apps/fixedonly.png", s, s)
    # "thresh": the 24x24 folder with Threshold=8 covers 16..32.
    png(h + "24x24/apps/thresh.png", 24, 24)
    png(h + "48x48/apps/thresh.png", 48, 48)
    # "scaled": only in a Scale=2 folder.
    png(h + "16x16@2/apps/scaled.png", 32, 32)
    # Extension order png, svg, xpm inside one folder.
    png(h + "32x32/apps/exts.png", 32, 32)
    svg(h + "32x32/apps/exts.svg")
    xpm(h + "32x32/apps/exts.xpm", 32, 32)
    svg(h + "32x32/apps/svgxpm.svg")
    xpm(h + "32x32/apps/svgxpm.xpm", 32, 32)
    # Folders the theme does not describe properly: never searched.
    png(h + "notasection/apps/nosection.png", 32, 32)
    png(h + "nosize/apps/nosize.png", 32, 32)
    # Inheritance.
    png(h + "32x32/apps/hicoloronly.png", 32, 32)
    png(h + "32x32/apps/both.png", 32, 32)
    png(h + "48x48/apps/parentonly.png", 48, 48)
    # The same theme continued in a second base folder (no index.theme there).
    png(t + "/base2/hicolor/48x48/apps/split.png", 48, 48)

    text(t + "/base1/Child/index.theme", """
[Icon Theme]
Name=Child
Inherits=Parent
Directories=32x32/apps

[32x32/apps]
Size=32
Type=Fixed
""")
    png(t + "/base1/Child/32x32/apps/both.png", 32, 32)
    text(t + "/base1/Parent/index.theme", """
[Icon Theme]
Name=Parent
Inherits=hicolor
Directories=32x32/apps

[32x32/apps]
Size=32
Type=Fixed
""")
    png(t + "/base1/Parent/32x32/apps/both.png", 32, 32)
    png(t + "/base1/Parent/32x32/apps/parentonly.png", 32, 32)
    # A parent that is not installed, then a real one.
    text(t + "/base1/Orphan/index.theme", """
[Icon Theme]
Name=Orphan
Inherits=NotInstalled,Parent
Directories=
""")
    # An Inherits cycle.
    text(t + "/base1/LoopA/index.theme", "[Icon Theme]\nName=LoopA\nInherits=LoopB\n")
    text(t + "/base1/LoopB/index.theme", "[Icon Theme]\nName=LoopB\nInherits=LoopA\n")
    # The base-folder fallback (like /usr/share/pixmaps).
    xpm(t + "/pixmaps/legacy.xpm", 24, 24)
    png(t + "/pixmaps/legacy-png.png", 40, 40)
    # Icon= as an absolute path to an XPM, and a non-square PNG.
    xpm("pixmaps/absolute.xpm", 16, 16)
    png("pixmaps/wide.png", 20, 10, (20, 160, 60, 255))
    write("pixmaps/broken.png", b"\x89PNG\r\n\x1a\nthis is not a png")


if __name__ == "__main__":
    main()
