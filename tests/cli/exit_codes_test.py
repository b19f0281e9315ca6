#!/usr/bin/env python3
"""Every row of flowscope-cli's exit-code table (app/cli/exit_codes.h, README.md, --help), one
test line per cause, run against the real binary:

    (code, what happens, command line, needs)

{D} is the test data's pcap folder, {T} a temporary folder holding the files made below,
{CLI} the binary. `needs`: "" runs anywhere; "root" needs root (setpriv, live capture in a
private network namespace, a tmpfs in a private mount namespace) and is skipped otherwise.

Checked for each line: the exit code; a non-zero code comes with one sentence on stderr
("flowscope-cli: ..."); codes 2-5 and 7 at the start print nothing on stdout; 6 prints the
flows read before the stop. The README's table and --help list exactly the codes tested.

Usage: exit_codes_test.py FLOWSCOPE_CLI TEST_DATA_DIR
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcap_stream  # noqa: E402

CLI = DATA = README = None
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
          "--bounding-set=-all"]
# A user of its own for the process-limit row: RLIMIT_NPROC counts every process of the user,
# and other tests running as nobody at the same time would make even the exec fail (EAGAIN).
LONER = ["setpriv", "--reuid={U}", "--regid={U}", "--clear-groups", "--inh-caps=-all",
         "--bounding-set=-all"]
NETNS = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"]
MOUNTNS = ["unshare", "-m", "sh", "-c",
           'mount -t tmpfs -o size=1m tmpfs "$0" && exec "$@"', "{T}/small-disk"]

TABLE = [
    (0, "a whole file is read", ["{CLI}", "flows", "--read", "{D}/pcapplusplus-example2.pcap"], ""),
    (0, "a file cut short: a warning only",
     ["{CLI}", "flows", "--read", "{D}/suricata-verify-http-mime-truncated.pcap"], ""),
    (0, "a live capture runs until --duration",
     NETNS + ["{CLI}", "flows", "--interface", "lo", "--duration", "1"], "root"),
    # 50 MB of address space: enough to load the program and its libraries (from ~20 MB),
    # too little for what reading allocates next (std::bad_alloc up to ~80 MB). Not more: from
    # ~90 MB the limit is met later, where a thread's stack or the databases are mapped.
    (1, "out of memory (an unexpected failure)",
     ["prlimit", "--as=50000000", "{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap",
      "--write", "{T}/oom.pcap"], ""),
    # The capture and engine threads cannot start: the process limit of a user of its own (one
    # process) is reached at once.
    (1, "no thread can be started (an unexpected failure)",
     ["prlimit", "--nproc=1:1"] + LONER + ["{CLI}", "flows", "--read",
                                            "{D}/pcapplusplus-sll.pcap"], "root"),
    (2, "an unknown command", ["{CLI}", "frobnicate"], ""),
    (2, "an unknown option", ["{CLI}", "flows", "--bogus"], ""),
    (2, "neither --read nor --interface", ["{CLI}", "flows"], ""),
    (2, "an unknown format",
     ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--format", "xml"], ""),
    (2, "--duration with --read",
     ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--duration", "1"], ""),
    (3, "the file does not exist", ["{CLI}", "flows", "--read", "{T}/missing.pcap"], ""),
    (3, "the file is a folder", ["{CLI}", "flows", "--read", "{T}"], ""),
    (3, "the file is empty", ["{CLI}", "flows", "--read", "{T}/empty.pcap"], ""),
    (3, "the file has 2 bytes", ["{CLI}", "flows", "--read", "{T}/2-bytes.pcap"], ""),
    (3, "the file has 10 bytes (a cut pcap header)",
     ["{CLI}", "flows", "--read", "{T}/10-bytes.pcap"], ""),
    (3, "the file has 23 bytes (a cut pcap header)",
     ["{CLI}", "flows", "--read", "{T}/23-bytes.pcap"], ""),
    (3, "a pcap header of version 3.0", ["{CLI}", "flows", "--read", "{T}/version3.pcap"], ""),
    (3, "a damaged pcapng section header",
     ["{CLI}", "flows", "--read", "{D}/libpcap-shb-option-too-long.pcapng"], ""),
    (3, "a pcapng file cut inside its section header",
     ["{CLI}", "flows", "--read", "{T}/cut-shb.pcapng"], ""),
    (3, "not a capture file", ["{CLI}", "flows", "--read", "{T}/notes.txt"], ""),
    (3, "the user may not read the file",
     NOBODY + ["{CLI}", "flows", "--read", "{T}/private.pcap"], "root"),
    (3, "no such adapter",
     NETNS + ["{CLI}", "flows", "--interface", "flowscope-no-such0", "--duration", "1"], "root"),
    (4, "no permission to capture",
     NOBODY + ["{T}/bin/flowscope-cli", "flows", "--interface", "lo", "--duration", "1"],
     "root"),
    (5, "a filter that does not compile (file)",
     ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--filter", "tcp port banana"],
     ""),
    (5, "a filter that does not compile (live)",
     NETNS + ["{CLI}", "flows", "--interface", "lo", "--filter", "tcp port banana"], "root"),
    (6, "a damaged record after 18 packets",
     ["{CLI}", "flows", "--read", "{D}/suricata-verify-smtp-to-comma.pcap", "--format",
      "json"], ""),
    (6, "SIGTERM while a file is read", ["{CLI}", "flows", "--read", "{T}/pipe.pcap",
                                         "--format", "json"], "signal"),
    (7, "the --write folder does not exist",
     ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--write", "{T}/no/x.pcap"], ""),
    (7, "--write into a folder that takes no files",
     ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--write", "/proc/x.pcap"], ""),
    (7, "--write where the user may not write",
     NOBODY + ["{CLI}", "flows", "--read", "{D}/pcapplusplus-sll.pcap", "--write",
               "{T}/locked/x.pcap"], "root"),
    (7, "icon --out into a folder that does not exist",
     ["{CLI}", "icon", "--exe", "/usr/bin/env", "--out", "{T}/no/icon.png"], ""),
    (7, "the disk fills up during --write",
     MOUNTNS + ["{CLI}", "flows", "--read", "{D}/pcapplusplus-example2.pcap", "--format",
                "json", "--write", "{T}/small-disk/x.pcap"], "root"),
]


def make_files(tmp):
    def put(name, data):
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    put("empty.pcap", b"")
    put("2-bytes.pcap", b"\xd4\xc3")
    put("10-bytes.pcap", pcap_stream.HEADER[:10])
    put("23-bytes.pcap", pcap_stream.HEADER[:23])
    put("version3.pcap", pcap_stream.HEADER[:4] + b"\x03\x00\x00\x00" + pcap_stream.HEADER[8:]
        + pcap_stream.records(0, 3))
    with open(os.path.join(DATA, "pcap", "pcapplusplus-pcapng-example.pcapng"), "rb") as f:
        put("cut-shb.pcapng", f.read(20))
    put("notes.txt", b"These are notes, not packets.\n" * 10)
    put("private.pcap", pcap_stream.HEADER + pcap_stream.records(0, 3))
    os.chmod(os.path.join(tmp, "private.pcap"), 0o600)
    os.mkdir(os.path.join(tmp, "locked"), 0o755)  # root's; nobody may not write in it
    os.mkdir(os.path.join(tmp, "small-disk"))
    os.mkdir(os.path.join(tmp, "bin"))
    exe = os.path.join(tmp, "bin", "flowscope-cli")
    with open(CLI, "rb") as src, open(exe, "wb") as dst:  # a copy without file capabilities
        dst.write(src.read())
    os.chmod(exe, 0o755)
    os.mkfifo(os.path.join(tmp, "pipe.pcap"))
    os.chmod(tmp, 0o755)


def unused_uid():
    """A uid that no account names and no process runs as."""
    taken = set()
    with open("/etc/passwd") as f:
        taken.update(int(line.split(":")[2]) for line in f if line.count(":") >= 3)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            taken.add(os.stat("/proc/" + pid).st_uid)
        except OSError:
            pass
    return next(uid for uid in range(61234, 65534) if uid not in taken)


def run_case(cmd, needs, tmp):
    if needs != "signal":
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    pump = pcap_stream.Pump(os.path.join(tmp, "pipe.pcap"))
    pump.start()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    pump.join(timeout=10)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


class ExitCodeTable(unittest.TestCase):
    def test_every_row(self):
        root = os.geteuid() == 0
        with tempfile.TemporaryDirectory() as tmp:
            make_files(tmp)
            loner = str(unused_uid()) if root else ""
            for code, what, cmd, needs in TABLE:
                with self.subTest(code=code, case=what):
                    if needs == "root" and not root:
                        self.skipTest("needs root: " + what)
                    if cmd[0] == "prlimit" and pcap_stream.sanitized(CLI):
                        why = ("AddressSanitizer reserves terabytes of address space, so an "
                               "address-space limit stops it before main"
                               if cmd[1].startswith("--as=") else
                               "LeakSanitizer starts a thread at exit, which the process limit "
                               "refuses, and aborts")
                        print("  skipped: %s (%s)" % (what, why))
                        continue
                    cmd = [a.replace("{CLI}", CLI).replace("{D}", os.path.join(DATA, "pcap"))
                           .replace("{T}", tmp).replace("{U}", loner) for a in cmd]
                    r = run_case(cmd, needs, tmp)
                    print("  %d  %-45s -> %d" % (code, what, r.returncode))
                    self.assertEqual(r.returncode, code, r.stderr)
                    if code == 0:
                        self.assertTrue(r.stdout)
                        continue
                    lines = r.stderr.strip().splitlines()
                    self.assertEqual(len(lines), 1, r.stderr)
                    self.assertRegex(lines[0], r"^flowscope-cli: .{20,}")
                    if code == 1:  # what ran out, and what to do
                        self.assertRegex(lines[0], r"Out of memory: close other programs|"
                                                   r"Cannot start a thread .* close other")
                    if code == 6:
                        self.assertGreater(json.loads(r.stdout)["totals"]["packets"], 0)
                    elif code != 7 or "disk fills" not in what:
                        self.assertEqual(r.stdout, "", "nothing is printed on a failed start")

    def test_readme_and_help_list_the_tested_codes(self):
        tested = sorted({row[0] for row in TABLE})
        with open(README) as f:
            readme = f.read()
        section = readme[readme.index("Exit codes ("):]
        section = section[:section.index("\n## ")]
        listed = [int(c) for c in re.findall(r"^\| (\d+) \|", section, re.M)]
        self.assertEqual(listed, tested)
        helped = subprocess.run([CLI, "--help"], capture_output=True, text=True).stdout
        self.assertEqual([int(c) for c in re.findall(r"^  (\d)  ", helped, re.M)], tested)


if __name__ == "__main__":
    CLI, DATA = sys.argv[1], sys.argv[2]
    README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "README.md")
    unittest.main(argv=[sys.argv[0], "-v"])
