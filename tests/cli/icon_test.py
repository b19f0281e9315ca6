#!/usr/bin/env python3
"""flowscope-cli icon as a user or a script sees it: the PNG written (size from IHDR, pixels
decoded with zlib), --explain, the generic icon, and errors.

Usage: icon_test.py FLOWSCOPE_CLI TEST_DATA_DIR
Real entries and themes come from Debian packages (tools/packages/test-icons.list); the
environment is pinned to /usr/share and the hicolor theme so that user settings do not matter.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

CLI = None
DATA = None


def read_png(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGBA, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc, "bad CRC in " + kind.decode()
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = ihdr
    assert (depth, colour, interlace) == (8, 6, 0), ihdr
    raw = zlib.decompress(idat)
    stride = width * 4
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b = prev[i]
            c = prev[i - 4] if i >= 4 else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def opaque_pixels(rows):
    return sum(1 for r in rows for i in range(3, len(r), 4) if r[i] > 0)


class IconTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="flowscope-cli-icon-")
        self.env = dict(os.environ)
        self.env.update({"HOME": self.tmp, "XDG_DATA_HOME": os.path.join(self.tmp, "share"),
                         "XDG_DATA_DIRS": "/usr/share", "FLOWSCOPE_ICON_THEME": "hicolor",
                         "PATH": "/usr/bin:/bin"})

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_cli(self, *args):
        return subprocess.run([CLI, "icon"] + list(args), capture_output=True, text=True,
                              timeout=120, env=self.env)

    def out(self, name="out.png"):
        return os.path.join(self.tmp, name)

    def require(self, *paths):
        for p in paths:
            self.assertTrue(os.path.exists(p),
                            p + " is missing: install the test packages with tools/deps.sh test")

    def assertOneSentence(self, r):
        lines = r.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertTrue(lines[0].startswith("flowscope-cli: "), r.stderr)
        self.assertGreater(len(lines[0]), len("flowscope-cli: ") + 20, r.stderr)

    def entry(self, name, icon):
        """A desktop entry in XDG_DATA_HOME for a new program `name` with Icon=`icon`."""
        exe = os.path.join(self.tmp, "bin", name)
        os.makedirs(os.path.dirname(exe), exist_ok=True)
        with open(exe, "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(exe, 0o755)
        apps = os.path.join(self.tmp, "share", "applications")
        os.makedirs(apps, exist_ok=True)
        with open(os.path.join(apps, name + ".desktop"), "w") as f:
            f.write("[Desktop Entry]\nType=Application\nName=%s\nExec=%s %%U\nIcon=%s\n"
                    % (name, exe, icon))
        return exe

    def test_help(self):
        r = self.run_cli("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--exe PATH", r.stdout)
        self.assertIn("--explain", r.stdout)
        self.assertIn("Exit codes", r.stdout)
        top = subprocess.run([CLI, "--help"], capture_output=True, text=True)
        self.assertIn("icon", top.stdout)

    def test_requested_sizes_from_svg_png_and_xpm(self):
        self.require("/usr/bin/vim.basic", "/usr/bin/python3.11", "/usr/bin/htop")
        # gvim: SVG at 16/32/256, PNG at 48 (and PNG scaled to 24 and 100); python3.11: XPM.
        for exe, size in (("/usr/bin/vim.basic", 16), ("/usr/bin/vim.basic", 48),
                          ("/usr/bin/vim.basic", 256), ("/usr/bin/python3.11", 32),
                          ("/usr/bin/python3.11", 100), ("/usr/bin/htop", 64)):
            with self.subTest(exe=exe, size=size):
                out = self.out("%s-%d.png" % (os.path.basename(exe), size))
                r = self.run_cli("--exe", exe, "--size", str(size), "--out", out)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stderr, "")
                w, h, rows = read_png(out)
                self.assertEqual((w, h), (size, size))
                # A real drawing: a good share of opaque pixels, not a blank square.
                self.assertGreater(opaque_pixels(rows), size * size // 4)

    def test_running_process_through_proc(self):
        self.require("/usr/bin/python3.11", "/usr/share/applications/python3.11.desktop")
        proc = subprocess.Popen(["/usr/bin/python3.11", "-c", "import time; time.sleep(60)"])
        try:
            exe = "/proc/%d/exe" % proc.pid
            r = self.run_cli("--exe", exe, "--explain")
        finally:
            proc.kill()
            proc.wait()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("executable: " + exe, r.stdout)
        self.assertIn("desktop entry: /usr/share/applications/python3.11.desktop (Exec "
                      "'/usr/bin/python3.11' resolves to the same file", r.stdout)
        self.assertIn("file: /usr/share/pixmaps/python3.11.xpm", r.stdout)

    def test_default_size_is_48(self):
        self.require("/usr/bin/htop")
        r = self.run_cli("--exe", "/usr/bin/htop", "--out", self.out())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(read_png(self.out())[:2], (48, 48))

    def test_explain(self):
        self.require("/usr/bin/vim.basic", "/usr/share/applications/vim.desktop")
        r = self.run_cli("--exe", "/usr/bin/vim.basic", "--size", "48", "--out", self.out(),
                         "--explain")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0], "backend: freedesktop")
        self.assertEqual(lines[1], "executable: /usr/bin/vim.basic")
        self.assertIn("icon theme: hicolor (from FLOWSCOPE_ICON_THEME); searched: hicolor",
                      r.stdout)
        self.assertIn("desktop entry: /usr/share/applications/vim.desktop (Exec 'vim' resolves "
                      "to the same file (/usr/bin/vim -> /usr/bin/vim.basic))", lines)
        self.assertIn("icon: gvim", lines)
        self.assertIn("file: /usr/share/icons/hicolor/48x48/apps/gvim.png (hicolor 48x48/apps "
                      "(Threshold, size 48))", lines)
        self.assertEqual(lines[-1], "output: %s (48x48 PNG)" % self.out())
        # --explain alone writes nothing.
        r = self.run_cli("--exe", "/usr/bin/vim.basic", "--size", "256", "--explain")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("file: /usr/share/icons/hicolor/scalable/apps/gvim.svg", r.stdout)
        self.assertNotIn("output:", r.stdout)

    def test_absolute_icon_paths_and_aspect_ratio(self):
        # A 20x10 PNG fitted into 32x32: centred, transparent bands above and below.
        exe = self.entry("wideapp", os.path.join(DATA, "icons", "pixmaps", "wide.png"))
        r = self.run_cli("--exe", exe, "--size", "32", "--out", self.out(), "--explain")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("(absolute path in Icon=)", r.stdout)
        w, h, rows = read_png(self.out())
        self.assertEqual((w, h), (32, 32))
        self.assertEqual(opaque_pixels(rows[:8]) + opaque_pixels(rows[24:]), 0)
        self.assertEqual(opaque_pixels(rows[8:24]), 32 * 16)
        self.assertEqual(tuple(rows[16][64:68]), (20, 160, 60, 255))  # the fixture's colour
        # An absolute XPM with transparent pixels, 16 -> 48.
        exe = self.entry("xpmapp", os.path.join(DATA, "icons", "pixmaps", "absolute.xpm"))
        r = self.run_cli("--exe", exe, "--size", "48", "--out", self.out("x.png"))
        self.assertEqual(r.returncode, 0, r.stderr)
        w, h, rows = read_png(self.out("x.png"))
        self.assertEqual((w, h), (48, 48))
        self.assertGreater(opaque_pixels(rows), 48 * 48 // 2)
        self.assertLess(opaque_pixels(rows), 48 * 48)

    def test_generic_icon_when_nothing_is_found(self):
        exe = os.path.join(self.tmp, "flowscope-test-program-without-icon")
        with open(exe, "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(exe, 0o755)
        r = self.run_cli("--exe", exe, "--size", "40", "--out", self.out(), "--explain")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertOneSentence(r)
        self.assertIn("generic program icon", r.stderr)
        self.assertIn("no icon found: the generic program icon applies", r.stdout)
        self.assertIn("generic program icon)", r.stdout.splitlines()[-1])
        w, h, rows = read_png(self.out())
        self.assertEqual((w, h), (40, 40))
        self.assertGreater(opaque_pixels(rows), 40 * 40 // 2)

    def test_damaged_icon_file_falls_back_to_generic(self):
        exe = self.entry("brokenapp", os.path.join(DATA, "icons", "pixmaps", "broken.png"))
        r = self.run_cli("--exe", exe, "--size", "24", "--out", self.out())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertOneSentence(r)
        self.assertEqual(r.stderr.count("."), r.stderr.count(".png") + 1, r.stderr)
        self.assertIn("broken.png", r.stderr)
        self.assertIn("generic program icon is written instead", r.stderr)
        self.assertEqual(read_png(self.out())[:2], (24, 24))

    def test_other_commands_start_and_png_icons_draw_without_librsvg(self):
        # librsvg and cairo are loaded only when an SVG is drawn: with librsvg made unloadable
        # (an empty file bound over it in a private mount namespace), every other command
        # still starts, PNG icons are still written, and an SVG one fails with one sentence.
        if os.geteuid() != 0 or not shutil.which("unshare"):
            self.skipTest("needs root and unshare for a private mount namespace")
        self.require("/usr/bin/vim.basic")
        found = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
        lib = next((line.split(" => ")[1] for line in found.splitlines()
                    if "librsvg-2.so.2 " in line and " => " in line), None)
        self.assertIsNotNone(lib, "librsvg-2.so.2 is not installed: tools/deps.sh test")
        script = ('mount --bind /dev/null "$1" || exit 99; shift; "$@"; echo "rc=$?" >&2; '
                  '"$0" icon --exe /usr/bin/vim.basic --size 48 --out "$OUT_PNG"; '
                  'echo "rc=$?" >&2; '
                  '"$0" icon --exe /usr/bin/vim.basic --size 16 --out "$OUT_SVG"; '
                  'echo "rc=$?" >&2')
        env = dict(self.env, OUT_PNG=self.out("png.png"), OUT_SVG=self.out("svg.png"))
        r = subprocess.run(["unshare", "-m", "sh", "-c", script, CLI, lib, CLI, "--version"],
                           capture_output=True, text=True, timeout=120, env=env)
        if r.returncode == 99:
            self.skipTest("cannot bind-mount over %s: %s" % (lib, r.stderr.strip()))
        lines = r.stderr.strip().splitlines()
        self.assertEqual(lines[0], "rc=0", r.stderr)  # --version: started without librsvg
        self.assertIn("flowscope-cli ", r.stdout)
        self.assertEqual(lines[1], "rc=0", r.stderr)  # gvim's 48 px icon is a PNG
        self.assertEqual(read_png(self.out("png.png"))[:2], (48, 48))
        self.assertEqual(len(lines), 4, r.stderr)  # its 16 px one is an SVG: one sentence
        self.assertTrue(lines[2].startswith("flowscope-cli: Cannot draw SVG icons: "), r.stderr)
        self.assertIn("librsvg-2.so.2", lines[2])
        self.assertIn("Install librsvg and cairo", lines[2])
        self.assertEqual(lines[3], "rc=1", r.stderr)
        self.assertFalse(os.path.exists(self.out("svg.png")))

    def test_errors(self):
        r = self.run_cli("--exe", "/nonexistent/program", "--out", self.out())
        self.assertEqual(r.returncode, 3)
        self.assertOneSentence(r)
        self.assertIn("/nonexistent/program", r.stderr)
        self.assertFalse(os.path.exists(self.out()))
        r = self.run_cli("--exe", "/usr/bin", "--out", self.out())
        self.assertEqual(r.returncode, 3)
        self.assertOneSentence(r)
        self.assertIn("folder", r.stderr)
        r = self.run_cli("--exe", "/usr/bin/env", "--out", "/nonexistent-dir/x.png")
        self.assertEqual(r.returncode, 7)
        self.assertOneSentence(r)
        self.assertIn("/nonexistent-dir/x.png", r.stderr)
        for args in (["--out", self.out()],                                # no --exe
                     ["--exe", "/usr/bin/env"],                            # no --out
                     ["--exe", "/usr/bin/env", "--out", self.out(), "--size", "0"],
                     ["--exe", "/usr/bin/env", "--out", self.out(), "--size", "2000"],
                     ["--exe", "/usr/bin/env", "--out", self.out(), "--size", "4x"],
                     ["--exe", "/usr/bin/env", "--out", self.out(), "--bogus"],
                     ["--exe", "/usr/bin/env", "extra"],
                     ["--exe"]):
            with self.subTest(args=args):
                r = self.run_cli(*args)
                self.assertEqual(r.returncode, 2)
                self.assertOneSentence(r)


if __name__ == "__main__":
    CLI, DATA = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0], "-v"])
