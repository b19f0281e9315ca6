#!/usr/bin/env python3
"""flowscope-cli as a user or a script sees it: output formats, exit codes, error sentences.

Usage: cli_test.py FLOWSCOPE_CLI TEST_DATA_DIR
Expected numbers come from capinfos/tshark 4.0.17 (command next to each).
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = None
DATA = None
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def run(*args, user=None):
    cmd = [CLI] + list(args)
    if user is not None:
        cmd = ["setpriv", "--reuid=%d" % user, "--regid=%d" % user, "--clear-groups",
               "--inh-caps=-all", "--bounding-set=-all"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def pcap(name):
    return os.path.join(DATA, "pcap", name)


class CliTest(unittest.TestCase):
    def assertOneSentence(self, r):
        lines = r.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertTrue(lines[0].startswith("flowscope-cli: "), r.stderr)
        self.assertGreater(len(lines[0]), len("flowscope-cli: ") + 20, r.stderr)

    def test_version_and_help(self):
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^flowscope-cli \d+\.\d+\.\d+")
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Exit codes", r.stdout)
        r = run("flows", "--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--write FILE.pcap", r.stdout)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run().returncode, 2)
        for args in (["frobnicate"], ["flows"], ["flows", "--read"],
                     ["flows", "--read", "x", "--interface", "lo"],
                     ["flows", "--read", pcap("pcapplusplus-sll.pcap"), "--format", "xml"],
                     ["flows", "--interface", "lo", "--duration", "-1"],
                     ["flows", "--bogus"]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertOneSentence(r)

    def test_json_schema_and_golden_totals(self):
        r = run("flows", "--read", pcap("pcapplusplus-example2.pcap"), "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["source"]["type"], "file")
        self.assertEqual(doc["source"]["format"], "pcap")
        self.assertEqual(doc["source"]["link_types"], ["ethernet"])
        t = doc["totals"]
        # capinfos -M -c -d pcapplusplus-example2.pcap
        self.assertEqual((t["packets"], t["bytes"]), (4709, 2856009))
        # tshark -r pcapplusplus-example2.pcap -Y "not ip and not ipv6" | wc -l -> 10
        # (4 ARP, 6 CDP)
        self.assertEqual(t["non_ip_packets"], 10)
        self.assertEqual(t["malformed_packets"], 0)
        self.assertEqual(t["dropped"], 0)
        self.assertEqual(doc["capture"], {"received": 4709, "dropped_by_kernel": 0,
                                          "dropped_by_interface": 0, "dropped_by_queue": 0})
        self.assertEqual(t["flows"], len(doc["flows"]))
        self.assertEqual(sum(f["packets_out"] + f["packets_in"] for f in doc["flows"]),
                         4709 - 10)
        keys = {"protocol", "ip_protocol", "local", "remote", "packets_out", "packets_in",
                "bytes_out", "bytes_in", "first_seen", "last_seen", "service", "hostname",
                "hostname_source", "country", "asn", "address_kind"}
        # The other end (expected names: tests/data/expected/names, from tshark): the TLS SNI
        # of 10.0.0.1:55194 -> 173.194.78.104:443, frame 58; DB-IP / ASN answers.
        google = [f for f in doc["flows"] if f["local"]["port"] == 55194]
        self.assertEqual(len(google), 1)
        self.assertEqual(google[0]["hostname"], "www.google.com")
        self.assertEqual(google[0]["hostname_source"], "sni")
        self.assertEqual(google[0]["service"], "https")
        self.assertEqual(google[0]["country"]["iso_code"], "US")
        self.assertEqual(google[0]["asn"]["number"], 15169)
        self.assertEqual(google[0]["address_kind"], "public")
        self.assertTrue(any(f["hostname_source"] == "dns" for f in doc["flows"]))
        for f in doc["flows"]:
            self.assertEqual(set(f), keys)
            self.assertIn(f["protocol"], ("tcp", "udp", "icmp", "icmpv6", "other"))
            self.assertRegex(f["first_seen"], RFC3339)
            self.assertRegex(f["last_seen"], RFC3339)
            self.assertLessEqual(f["first_seen"], f["last_seen"])
            if f["protocol"] in ("tcp", "udp"):
                self.assertIsInstance(f["local"]["port"], int)
            else:
                self.assertIsNone(f["local"]["port"])
                self.assertIsNone(f["remote"]["port"])
        # The DNS answer for www.google.com points at 173.194.78.104, then fetched over HTTP
        # and HTTPS from 10.0.0.1 (tshark -Y "ip.addr == 173.194.78.104" -z conv,tcp: 3).
        google = [f for f in doc["flows"] if f["remote"]["ip"] == "173.194.78.104"]
        self.assertEqual(sorted(f["remote"]["port"] for f in google), [80, 80, 443])
        self.assertTrue(all(f["local"]["ip"] == "10.0.0.1" for f in google))

    def test_csv_and_table_agree_with_json(self):
        f = pcap("pcapplusplus-sll.pcap")
        j = json.loads(run("flows", "--read", f, "--format", "json").stdout)
        r = run("flows", "--read", f, "--format", "csv")
        self.assertEqual(r.returncode, 0)
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        self.assertEqual(len(rows), len(j["flows"]))
        self.assertEqual(sum(int(x["bytes_in"]) + int(x["bytes_out"]) for x in rows),
                         sum(x["bytes_in"] + x["bytes_out"] for x in j["flows"]))
        r = run("flows", "--read", f)
        self.assertEqual(r.returncode, 0)
        self.assertTrue(r.stdout.startswith("PROTO"))
        # capinfos -c pcapplusplus-sll.pcap -> 518 packets
        self.assertIn("%d flows, 518 packets" % len(rows), r.stdout)

    def test_every_capture_in_every_format(self):
        # Every capture of tests/data/pcap as JSON, CSV and table: printed (exit 0), or a
        # damaged file said in one sentence (exit 6: what was read is still printed; exit 3:
        # nothing could be read); never a signal or a sanitizer report (this test also runs in
        # the ASan + UBSan build).
        folder = os.path.join(DATA, "pcap")
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not os.path.isfile(path):
                continue
            for fmt in ("json", "csv", "table"):
                with self.subTest(capture=name, format=fmt):
                    r = run("flows", "--read", path, "--format", fmt)
                    self.assertNotIn("Sanitizer", r.stderr)
                    self.assertNotIn("runtime error", r.stderr)
                    self.assertIn(r.returncode, (0, 3, 6), r.stderr)
                    self.assertEqual(bool(r.stdout), r.returncode != 3, r.stderr)
                    if r.returncode != 0:
                        self.assertOneSentence(r)

    def test_bad_inputs_one_sentence_each(self):
        r = run("flows", "--read", "/nonexistent/x.pcap")
        self.assertEqual(r.returncode, 3)
        self.assertOneSentence(r)
        self.assertIn("/nonexistent/x.pcap", r.stderr)
        r = run("flows", "--read", os.path.join(DATA, "SOURCES.md"))
        self.assertEqual(r.returncode, 3)
        self.assertOneSentence(r)
        self.assertIn("not a pcap or pcapng", r.stderr)
        r = run("flows", "--read", pcap("libpcap-shb-option-too-long.pcapng"))
        self.assertIn(r.returncode, (3, 6))
        self.assertOneSentence(r)
        r = run("flows", "--read", pcap("pcapplusplus-sll.pcap"), "--filter", "tcp port banana")
        self.assertEqual(r.returncode, 5)
        self.assertOneSentence(r)
        self.assertIn("banana", r.stderr)
        r = run("flows", "--interface", "flowscope-no-such0", "--duration", "1")
        self.assertEqual(r.returncode, 3)
        self.assertOneSentence(r)

    def test_corrupt_record_keeps_what_was_read(self):
        r = run("flows", "--read", pcap("suricata-verify-smtp-to-comma.pcap"), "--format",
                "json")
        self.assertEqual(r.returncode, 6)
        self.assertOneSentence(r)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["totals"]["packets"], 18)  # capinfos -c: 18 readable
        self.assertTrue(doc["source"]["error"])
        self.assertEqual(len(doc["flows"]), 1)

    def test_truncated_file_warns_and_succeeds(self):
        r = run("flows", "--read", pcap("suricata-verify-http-mime-truncated.pcap"), "--format",
                "json")
        self.assertEqual(r.returncode, 0)
        self.assertIn("warning", r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["totals"]["packets"], 2696)  # capinfos -c
        self.assertTrue(doc["source"]["warning"])

    def test_interfaces(self):
        r = run("interfaces", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        adapters = json.loads(r.stdout)
        lo = [a for a in adapters if a["name"] == "lo"]
        self.assertEqual(len(lo), 1)
        self.assertTrue(lo[0]["loopback"])
        r = run("interfaces")
        self.assertEqual(r.returncode, 0)
        self.assertIn("lo", r.stdout)

    def test_no_permission_names_the_fix(self):
        if os.geteuid() != 0 or shutil.which("setpriv") is None:
            self.skipTest("needs root and setpriv to drop privileges")
        tmp = tempfile.mkdtemp()
        exe = os.path.join(tmp, "flowscope-cli")
        shutil.copy(CLI, exe)  # a copy without file capabilities
        os.chmod(tmp, 0o755)
        r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                            "--inh-caps=-all", "--bounding-set=-all", exe, "flows",
                            "--interface", "lo", "--duration", "1"],
                           capture_output=True, text=True, timeout=60)
        shutil.rmtree(tmp)
        self.assertEqual(r.returncode, 4, r.stderr)
        self.assertOneSentence(r)
        self.assertIn("setcap cap_net_raw,cap_net_admin=eip", r.stderr)


if __name__ == "__main__":
    CLI, DATA = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0], "-v"])
