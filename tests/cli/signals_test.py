#!/usr/bin/env python3
"""Signals sent to a real `flowscope-cli flows` process: Ctrl+C (SIGINT), SIGTERM (kill,
timeout, systemd) and SIGHUP (a closed terminal or SSH session) must each end a capture
promptly and leave complete output of what was collected:

* --read of a capture that is still being written into a pipe (tcpdump -w - | ...): exits 6
  within 2 s of the signal, the JSON is complete and its source.error names the signal;
* live on lo in a private network namespace (needs root, else those cases are skipped):
  exits 0 within 2 s, complete JSON;
* a live capture started with SIGHUP ignored (nohup) keeps running through a hang-up.

Usage: signals_test.py FLOWSCOPE_CLI
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcap_stream  # noqa: E402

CLI = None
PROMPT_S = 2.0


def can_capture_in_netns():
    if os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


class SignalTest(unittest.TestCase):
    def stop_with(self, proc, sig, settle):
        time.sleep(settle)
        if proc.poll() is not None:
            self.fail("flowscope-cli ended before the signal: %s" % proc.stderr.read())
        sent = time.monotonic()
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - sent
        print("  %s: exit %d %.2f s after the signal" % (sig.name if hasattr(sig, "name") else sig,
                                                         proc.returncode, took))
        return out, err, took

    def test_read_from_pipe_stops_on_each_signal(self):
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with self.subTest(signal=sig.name), tempfile.TemporaryDirectory() as tmp:
                fifo = os.path.join(tmp, "live.pcap")
                os.mkfifo(fifo)
                pump = pcap_stream.Pump(fifo)
                pump.start()
                proc = subprocess.Popen([CLI, "flows", "--read", fifo, "--format", "json"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
                out, err, took = self.stop_with(proc, sig, 1.5)
                self.assertEqual(proc.returncode, 6, err)
                self.assertLess(took, PROMPT_S, "took %.2f s to stop" % took)
                doc = json.loads(out)  # complete JSON
                self.assertGreater(doc["totals"]["packets"], 10000)
                self.assertGreater(len(doc["flows"]), 1000)
                self.assertIn(sig.name, doc["source"]["error"])
                self.assertIn("before the end of the file", err)
                pump.join(timeout=10)

    def test_read_of_a_whole_file_is_not_affected(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "small.pcap")
            pcap_stream.write_file(path, 30000)
            r = subprocess.run([CLI, "flows", "--read", path, "--format", "json"],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 0, r.stderr)
            doc = json.loads(r.stdout)
            self.assertEqual(doc["totals"]["packets"], 30000)
            self.assertIsNone(doc["source"]["error"])

    def test_live_stops_on_each_signal(self):
        if not can_capture_in_netns():
            self.skipTest("needs root and unshare -n for a live capture on a private lo")
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with self.subTest(signal=sig.name):
                proc = subprocess.Popen(
                    ["unshare", "-n", "sh", "-c", "ip link set lo up && exec \"$0\" flows "
                     "--interface lo --format json", CLI],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                out, err, took = self.stop_with(proc, sig, 1.5)
                self.assertEqual(proc.returncode, 0, err)
                self.assertLess(took, PROMPT_S, "took %.2f s to stop" % took)
                doc = json.loads(out)
                self.assertEqual(doc["source"]["interface"], "lo")
                self.assertIsNone(doc["source"]["error"])

    def test_live_under_nohup_survives_a_hang_up(self):
        if not can_capture_in_netns():
            self.skipTest("needs root and unshare -n for a live capture on a private lo")
        proc = subprocess.Popen(
            ["unshare", "-n", "sh", "-c", "ip link set lo up && exec nohup \"$0\" flows "
             "--interface lo --format json", CLI],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        proc.send_signal(signal.SIGHUP)
        time.sleep(1.0)
        self.assertIsNone(proc.poll(), "a capture under nohup ended on SIGHUP")
        out, err, took = self.stop_with(proc, signal.SIGTERM, 0)
        self.assertEqual(proc.returncode, 0, err)
        json.loads(out)


if __name__ == "__main__":
    CLI = sys.argv[1]
    if pcap_stream.sanitized(CLI):
        PROMPT_S *= 3  # an AddressSanitizer build spends a second or two in its exit leak check
    unittest.main(argv=[sys.argv[0], "-v"])
