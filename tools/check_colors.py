#!/usr/bin/env python3
"""Are the in/out chart colours told apart with a colour vision deficiency?

Reads the series colours from ui/theme.cpp (the lines marked `// series: NAME`), simulates
protanopia, deuteranopia and tritanopia with the matrices of Machado, Oliveira and Fernandes
(2009, severity 1.0, applied to linear RGB), and requires a CIEDE2000 difference of at least
MIN_DELTA_E between incoming and outgoing in normal vision and in each simulation, against
each other and against the chart backgrounds (light and dark). No libraries: the colour math
is written out below.

    tools/check_colors.py ui/theme.cpp
Exit 0 when every pair is far enough apart, 1 otherwise (the table says which).
"""
import math
import re
import sys

MIN_DELTA_E = 20.0

# Machado et al. 2009, "A Physiologically-based Model for Simulation of Color Vision
# Deficiency", severity 1.0 (dichromacy), for linear sRGB.
MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def to_linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def to_srgb(c):
    c = min(1.0, max(0.0, c))
    c = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
    return c * 255.0


def simulate(rgb, kind):
    if kind == "normal":
        return rgb
    lin = [to_linear(c) for c in rgb]
    m = MACHADO[kind]
    return tuple(to_srgb(sum(m[r][k] * lin[k] for k in range(3))) for r in range(3))


def to_lab(rgb):
    r, g, b = (to_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / 1.0
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1, lab2):
    """Sharma, Wu and Dalal (2005), the reference formulation."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dlp = l2 - l1
    dcp = c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    elif h2p - h1p > 180:
        dhp = h2p - h1p - 360
    else:
        dhp = h2p - h1p + 360
    dHp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hp_mean = (h1p + h2p + 360) / 2
    else:
        hp_mean = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_mean - 30))
         + 0.24 * math.cos(math.radians(2 * hp_mean))
         + 0.32 * math.cos(math.radians(3 * hp_mean + 6))
         - 0.20 * math.cos(math.radians(4 * hp_mean - 63)))
    d_theta = 30 * math.exp(-(((hp_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lp_mean - 50) ** 2 / math.sqrt(20 + (lp_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dHp / sh) ** 2
                     + rt * (dcp / sc) * (dHp / sh))


def self_test():
    # Sharma et al.'s published test pairs (their table 1).
    pairs = [((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
             ((50.0, -1.3802, -84.2814), (50.0, 0.0, -82.7485), 1.0000),
             ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
             ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)]
    for lab1, lab2, expected in pairs:
        got = ciede2000(lab1, lab2)
        if abs(got - expected) > 1e-4:
            sys.exit(f"ciede2000{lab1, lab2} = {got:.4f}, expected {expected}")


def read_colors(path):
    """`QColor(0x2a, 0x82, 0xda)  // series: incoming` lines of theme.cpp."""
    pattern = re.compile(r"QColor\((0x[0-9a-fA-F]+),\s*(0x[0-9a-fA-F]+),\s*(0x[0-9a-fA-F]+)\)"
                         r".*//\s*series:\s*([\w ]+)")
    colors = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            match = pattern.search(line)
            if match:
                colors[match.group(4).strip()] = tuple(int(v, 16) for v in match.groups()[:3])
    return colors


def check_set(colors, incoming, outgoing, backgrounds):
    """One theme's series against each other and its chart backgrounds; True when all pass."""
    failed = False
    header = " ".join(f"{'in/' + b.split()[0]:>9} {'out/' + b.split()[0]:>9}" for b in backgrounds)
    print(f"{incoming} / {outgoing}")
    print(f"  {'vision':14} {'in vs out':>10} {header}   (CIEDE2000, at least {MIN_DELTA_E:g})")
    for kind in ("normal", "protanopia", "deuteranopia", "tritanopia"):
        lab = {name: to_lab(simulate(rgb, kind)) for name, rgb in colors.items()}
        values = [ciede2000(lab[incoming], lab[outgoing])]
        for background in backgrounds:
            values += [ciede2000(lab[incoming], lab[background]),
                       ciede2000(lab[outgoing], lab[background])]
        marks = ["" if v >= MIN_DELTA_E else "!" for v in values]
        failed |= any(marks)
        print(f"  {kind:14} " + " ".join(f"{v:>8.1f}{m:1}" for v, m in zip(values, marks)))
    return not failed


def main():
    self_test()
    path = sys.argv[1] if len(sys.argv) > 1 else "ui/theme.cpp"
    colors = read_colors(path)
    # The light and dark themes share their series colours; the high-contrast theme has its own.
    sets = [("incoming", "outgoing", ("light background", "dark background")),
            ("high contrast incoming", "high contrast outgoing", ("high contrast background",))]
    ok = True
    for incoming, outgoing, backgrounds in sets:
        for needed in (incoming, outgoing) + backgrounds:
            if needed not in colors:
                sys.exit(f"no `// series: {needed}` colour in {path}: mark the QColor line")
        ok &= check_set(colors, incoming, outgoing, backgrounds)
    if not ok:
        print("FAIL: a pair marked ! is too close; choose other series colours in ui/theme.cpp")
        return 1
    print("PASS: incoming and outgoing stay apart in every simulation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
