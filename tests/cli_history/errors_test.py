#!/usr/bin/env python3
"""`flowscope-cli record` and `report` on databases that cannot be used, one line per case:

    (exit code, what happens, command line, needs, sentence pattern)

{CLI}, {PEER} are the binaries, {T} a temporary folder holding the files made below, {DB} a good
history database (filled through HistoryWriter). `needs`: "" runs anywhere; "root" needs root
(setpriv to nobody, a private network or mount namespace) and is skipped otherwise.

Checked for each line: the exit code; a failure says so in exactly one sentence on stderr
("flowscope-cli: ..." matching the pattern; a recording that had started also printed the line
saying where it records, and nothing else), so a recorder's error reaches the user once; no
report on stdout. Damaged files and other programs' databases are not written to: their bytes
are the same afterwards and no -wal or -shm file is left beside them.

Usage: errors_test.py FLOWSCOPE_CLI HISTORY_FILL PACED_PEER
"""
import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

CLI = FILL = PEER = None
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
          "--bounding-set=-all"]
NETNS = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]
# Records on a 1 MiB tmpfs; once recording, a filler takes the rest of the space and a paced
# TCP stream on lo gives the recorder something to write: the next tick finds the disk full.
# The disk is filled only once the recorder says it is recording (its database open): a
# fixed sleep was too short under ASan, where the disk filled before the database was made.
DISK_FULL = ["unshare", "-n", "-m", "sh", "-c", """
ip link set lo up && mount -t tmpfs -o size=1m tmpfs "$1" || exit 99
"$0" record --interface lo --database "$1/history.sqlite" --duration 20 2>"$1.err" & rec=$!
n=0
until grep -q " recording lo into " "$1.err" || [ $n -ge 300 ]; do sleep 0.1; n=$((n+1)); done
dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null
"$2" server 127.0.0.1 7401 >/dev/null & srv=$!
sleep 0.3
"$2" client 127.0.0.1 7401 4000 60 50 >/dev/null
wait $rec; code=$?; kill $srv 2>/dev/null; cat "$1.err" >&2; exit $code""", "{CLI}",
             "{T}/small-disk", "{PEER}"]

DAMAGED = r"is damaged; move it aside and start a new one"
NOT_OURS = r"is a database of another program, not a Flowscope history"
TABLE = [
    (3, "report: no database", ["{CLI}", "report", "--database", "{T}/missing.sqlite"], "",
     r"^No history database at .*missing\.sqlite.*'flowscope-cli record --interface NAME"),
    (3, "report: random bytes", ["{CLI}", "report", "--database", "{T}/random.sqlite"], "",
     DAMAGED),
    (7, "record: random bytes",
     NETNS + ["{CLI}", "record", "--interface", "lo", "--database", "{T}/random.sqlite",
              "--duration", "1"], "root", DAMAGED),
    (3, "report: another program's SQLite database",
     ["{CLI}", "report", "--database", "{T}/other.sqlite"], "", NOT_OURS),
    (7, "record: another program's SQLite database",
     NETNS + ["{CLI}", "record", "--interface", "lo", "--database", "{T}/other.sqlite",
              "--duration", "1"], "root", NOT_OURS),
    (7, "record: a database nobody may write",
     ["unshare", "-n"] + NOBODY + ["{CLI}", "record", "--interface", "lo", "--database",
                                   "{T}/readonly/history.sqlite", "--duration", "1"], "root",
     r"cannot be written \(read-only or no permission\)"),
    (0, "report: a database nobody may write can still be read",
     NOBODY + ["{CLI}", "report", "--database", "{T}/readonly/history.sqlite", "--since", "7d"],
     "root", None),
    # Locked at the start or at the first tick: either way one sentence, and no recording
    # that goes on without writing.
    (7, "record: a database another program keeps locked",
     NETNS + ["{CLI}", "record", "--interface", "lo", "--database", "{T}/locked.sqlite",
              "--duration", "20"], "root", r"is locked by another program; close that program"),
    (7, "record: the disk fills up while recording", DISK_FULL, "root",
     r"^Recording into .* stopped: .*(full|space)"),
    (2, "record: no --interface", ["{CLI}", "record", "--database", "{T}/new.sqlite"], "",
     r"^Give the adapter to record with --interface NAME"),
    (2, "record: --duration not a number",
     ["{CLI}", "record", "--interface", "lo", "--duration", "soon"], "",
     r"^--duration needs a positive number"),
    (3, "record: no such adapter",
     NETNS + ["{CLI}", "record", "--interface", "flowscope-no-such0", "--database",
              "{T}/adapter.sqlite", "--duration", "1"], "root", r"flowscope-no-such0"),
    (4, "record: no permission to capture",
     ["unshare", "-n"] + NOBODY + ["{T}/bin/flowscope-cli", "record", "--interface", "lo",
                                   "--database", "{T}/nobody/history.sqlite", "--duration", "1"],
     "root",
     r"permission|privilege|capab"),
    (5, "record: a filter that does not compile",
     NETNS + ["{CLI}", "record", "--interface", "lo", "--database", "{T}/filter.sqlite",
              "--filter", "tcp port banana"], "root", r"banana|filter"),
    (2, "report: an unknown --by", ["{CLI}", "report", "--database", "{DB}", "--by", "planet"],
     "", r"^Unknown --by 'planet'; use application, host"),
    (2, "report: an unknown --format",
     ["{CLI}", "report", "--database", "{DB}", "--format", "xml"], "", r"^Unknown format 'xml'"),
    (2, "report: a bad --limit", ["{CLI}", "report", "--database", "{DB}", "--limit", "2.5"], "",
     r"^--limit needs a whole number"),
    (2, "report: a bad TIME", ["{CLI}", "report", "--database", "{DB}", "--since", "last week"],
     "", r"^--since 'last week' is not a time; give an RFC 3339 time"),
]
UNCHANGED = ["random.sqlite", "other.sqlite"]


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def make_files(tmp):
    rng = random.Random(15)
    with open(os.path.join(tmp, "random.sqlite"), "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(16384)))
    other = sqlite3.connect(os.path.join(tmp, "other.sqlite"))
    other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    other.execute("INSERT INTO notes (text) VALUES ('not traffic')")
    other.commit()
    other.close()
    minute = int(time.time()) // 60 * 60 - 120
    record = "\t".join(str(x) for x in [minute, "firefox", "/usr/lib/firefox/firefox", "alice",
                                        "example.org", "DE", 3320, "DTAG", "https", 100, 20, 3,
                                        2]) + "\n"
    for name in ("good.sqlite", "readonly/history.sqlite", "locked.sqlite"):
        os.makedirs(os.path.dirname(os.path.join(tmp, name)), exist_ok=True)
        subprocess.run([FILL, os.path.join(tmp, name)], input=record, text=True, check=True)
    os.chmod(os.path.join(tmp, "readonly"), 0o755)  # root's: nobody may not write in it
    os.mkdir(os.path.join(tmp, "small-disk"))
    os.mkdir(os.path.join(tmp, "nobody"))
    os.chown(os.path.join(tmp, "nobody"), 65534, 65534)  # nobody may write here, not capture
    os.mkdir(os.path.join(tmp, "bin"))
    exe = os.path.join(tmp, "bin", "flowscope-cli")
    with open(CLI, "rb") as src, open(exe, "wb") as dst:  # a copy without file capabilities
        dst.write(src.read())
    os.chmod(exe, 0o755)
    os.chmod(tmp, 0o755)


def lock(path):
    """Another program holding the write lock (WAL: readers go on, writers wait)."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE held (x)")
    return holder


class Errors(unittest.TestCase):
    def test_every_row(self):
        root = os.geteuid() == 0
        with tempfile.TemporaryDirectory() as tmp:
            make_files(tmp)
            before = {name: digest(os.path.join(tmp, name)) for name in UNCHANGED}
            holder = lock(os.path.join(tmp, "locked.sqlite"))
            for code, what, cmd, needs, pattern in TABLE:
                with self.subTest(code=code, case=what):
                    if needs == "root" and not root:
                        print("  skipped (needs root): " + what)
                        continue
                    cmd = [a.replace("{CLI}", CLI).replace("{PEER}", PEER)
                           .replace("{DB}", os.path.join(tmp, "good.sqlite"))
                           .replace("{T}", tmp) for a in cmd]
                    start = time.monotonic()
                    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
                    took = time.monotonic() - start
                    print("  %d  %-62s -> %d (%.1f s)" % (code, what, r.returncode, took))
                    self.assertEqual(r.returncode, code, r.stderr)
                    if code == 0:
                        self.assertIn("firefox", r.stdout)
                        continue
                    lines = [line for line in r.stderr.strip().splitlines()
                             if " recording lo into " not in line]
                    self.assertEqual(len(lines), 1, r.stderr)
                    self.assertRegex(lines[0], r"^flowscope-cli: .{20,}")
                    self.assertRegex(lines[0][len("flowscope-cli: "):], pattern)
                    self.assertEqual(r.stdout, "")
                    if "--duration" in cmd and cmd[cmd.index("--duration") + 1] == "20":
                        self.assertLess(took, 15, "the recording went on after it failed")
            holder.close()
            for name in UNCHANGED:
                path = os.path.join(tmp, name)
                self.assertEqual(digest(path), before[name], name + " was written to")
                for suffix in ("-wal", "-shm", "-journal"):
                    self.assertFalse(os.path.exists(path + suffix), name + suffix + " was left")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    CLI, FILL, PEER = sys.argv[1:]
    unittest.main(argv=[sys.argv[0], "-v"])
