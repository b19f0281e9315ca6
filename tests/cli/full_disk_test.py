#!/usr/bin/env python3
"""A disk that fills up during `flowscope-cli flows --write`, for real: a 1 MiB tmpfs mounted
in a private mount namespace (unshare -m; nothing leaks), with a private network namespace
(unshare -n) for the live case.

* --read of a 4,709-packet file (2.9 MB) written to the 1 MiB tmpfs: exit 7, one sentence on
  stderr naming the file, that the disk is full and how many frames it holds; every packet is
  still counted (JSON totals) and the sentence is in JSON source.warning;
* the file left behind is readable: Flowscope's reader, capinfos and tshark read exactly the
  frames the sentence names, with no "cut short" warning (no partial last record);
* live on lo: the sentence is on stderr while the capture still runs, capturing goes on (all
  datagrams counted after the disk filled), exit 7 once stopped, file readable.

Usage: full_disk_test.py FLOWSCOPE_CLI TEST_DATA_DIR. Exits 77 (skipped) with a reason where
the namespaces or the mount are not allowed (needs root).
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

SKIP = 77
CLI = DATA = None
SENTENCE = re.compile(r"Writing (\S+) stopped after (\d+) frames because the disk is full")


def outside():
    probe = subprocess.run(["unshare", "-m", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIPPED: cannot create private mount and network namespaces (%s); run as root."
              % probe.stderr.strip())
        sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NS="1")
    r = subprocess.run(["unshare", "-m", "-n", "--propagation", "private", "--",
                        sys.executable, __file__, CLI, DATA], env=env)
    sys.exit(r.returncode)


class FullDiskTest(unittest.TestCase):
    def setUp(self):
        self.mnt = tempfile.mkdtemp(prefix="flowscope-tmpfs-")
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", self.mnt], check=True)
        self.out = os.path.join(self.mnt, "x.pcap")

    def tearDown(self):
        subprocess.run(["umount", self.mnt], check=False)
        shutil.rmtree(self.mnt, ignore_errors=True)

    def assert_readable(self, frames):
        """The file holds exactly `frames` complete records, by three readers."""
        r = subprocess.run([CLI, "flows", "--read", self.out, "--format", "json"],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")  # no "the file was cut short"
        self.assertEqual(json.loads(r.stdout)["totals"]["packets"], frames)
        if shutil.which("capinfos"):
            c = subprocess.run(["capinfos", "-c", "-M", self.out], capture_output=True,
                               text=True)
            self.assertEqual(c.returncode, 0, c.stderr)
            self.assertNotIn("cut short", c.stderr)
            self.assertRegex(c.stdout, r"Number of packets:\s+%d\b" % frames)
        if shutil.which("tshark"):
            t = subprocess.run(["tshark", "-r", self.out, "-T", "fields", "-e", "frame.number"],
                               capture_output=True, text=True)
            self.assertEqual(t.returncode, 0, t.stderr)
            # tshark's only remark is the one about running as root.
            noise = [l for l in t.stderr.splitlines() if l and "could be dangerous" not in l]
            self.assertEqual(noise, [])
            self.assertEqual(len(t.stdout.split()), frames)

    def test_read_onto_a_full_disk(self):
        src = os.path.join(DATA, "pcap", "pcapplusplus-example2.pcap")
        r = subprocess.run([CLI, "flows", "--read", src, "--write", self.out, "--format",
                            "json"], capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 7, r.stderr)
        lines = r.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        m = SENTENCE.search(lines[0])
        self.assertTrue(m, r.stderr)
        self.assertEqual(m.group(1), self.out)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["totals"]["packets"], 4709)  # capinfos -c: all counted
        self.assertIn(m.group(0), doc["source"]["warning"])
        frames = int(m.group(2))
        self.assertGreater(frames, 1000)
        self.assertLess(frames, 4709)
        print("  read: exit %d, %d of 4709 frames saved, file %d bytes" % (
            r.returncode, frames, os.path.getsize(self.out)))
        self.assert_readable(frames)

    def test_live_onto_a_full_disk(self):
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        err_path = os.path.join(tempfile.gettempdir(), "flowscope-full-disk-%d.err" % os.getpid())
        with open(err_path, "w") as err:
            proc = subprocess.Popen([CLI, "flows", "--interface", "lo", "--write", self.out,
                                     "--format", "json"], stdout=subprocess.PIPE, stderr=err,
                                    text=True)
        time.sleep(1.0)
        rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        rx.bind(("127.0.0.1", 9999))
        tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        payload = b"x" * 1000
        sent = 0
        for _ in range(1500):  # 1.6 MB of frames: fills the 1 MiB disk half-way through
            tx.sendto(payload, ("127.0.0.1", 9999))
            rx.recv(2048)
            sent += 1
            if sent % 100 == 0:
                time.sleep(0.01)  # a pace the capture keeps up with: nothing dropped
        time.sleep(2.0)
        with open(err_path) as f:
            early = f.read()
        self.assertIsNone(proc.poll(), early)
        self.assertRegex(early, SENTENCE, "the full disk was not reported during the capture")
        for _ in range(500):  # the capture goes on after the disk filled
            tx.sendto(payload, ("127.0.0.1", 9999))
            rx.recv(2048)
            sent += 1
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
        rx.close()
        tx.close()
        with open(err_path) as f:
            stderr = f.read()
        os.unlink(err_path)
        self.assertEqual(proc.returncode, 7, stderr)
        doc = json.loads(out)
        self.assertEqual(doc["totals"]["dropped"], 0)
        udp = [f for f in doc["flows"] if f["protocol"] == "udp" and
               9999 in (f["local"]["port"], f["remote"]["port"])]
        self.assertEqual(len(udp), 1, udp)
        self.assertEqual(udp[0]["packets_out"] + udp[0]["packets_in"], sent)
        frames = int(SENTENCE.search(stderr).group(2))
        print("  live: exit %d, %d datagrams counted, %d frames saved" % (
            proc.returncode, sent, frames))
        self.assert_readable(frames)


if __name__ == "__main__":
    CLI, DATA = sys.argv[1], sys.argv[2]
    if os.environ.get("FLOWSCOPE_IN_NS") != "1":
        outside()
    unittest.main(argv=[sys.argv[0], "-v"])
