#!/usr/bin/env python3
"""flowscope-cli flows with a --country-db file that another process changes during the run.

Usage: geo_reload_test.py FLOWSCOPE_CLI TEST_DATA_DIR RESOURCES_DIR

A generated capture of 70,000 UDP flows to distinct public addresses is read with
`--format csv`; its rows are looked up while they are printed. The test reads the output
slowly through a pipe, and meanwhile truncates the database file to 4,096 bytes (as
`truncate -s 4096` does), overwrites it with random bytes, then copies another valid database
over it (in place, as `cp` does). Expected: exit 0, no signal, every row printed, exactly one
sentence on stderr when the file became unusable, countries from the built-in database while
it was unusable and from the new database once it was copied.
"""
import csv
import ipaddress
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import unittest

CLI = DATA = RESOURCES = None
FLOWS = 70000
RATE = 2500  # rows read per second while the file is being changed


def write_capture(path, addresses):
    """A classic pcap: one UDP datagram from 192.168.1.10:40000 to each address, port 443."""
    local = bytes([192, 168, 1, 10])
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i, address in enumerate(addresses):
            payload = b"x" * 8
            udp = struct.pack("!HHHH", 40000, 443, 8 + len(payload), 0) + payload
            total = 20 + len(udp)
            ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, i & 0xFFFF, 0, 64, 17, 0, local,
                             address.packed)
            frame = b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x00" + ip + udp
            f.write(struct.pack("<IIII", 1700000000 + i // 1000, (i % 1000) * 1000, len(frame),
                                len(frame)))
            f.write(frame)


def public_addresses(n, seed):
    rng = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast and a not in seen:
            seen.add(a)
            out.append(a)
    return out


def overwrite_random(target, size):
    with open(target, "r+b") as f:
        f.write(random.Random(9).randbytes(size))


def copy_in_place(source, target):
    with open(source, "rb") as src, open(target, "r+b") as dst:
        dst.truncate(0)
        shutil.copyfileobj(src, dst)


class ReplacedWhileInUse(unittest.TestCase):
    def test_truncated_random_then_valid_database_during_a_read(self):
        with tempfile.TemporaryDirectory() as tmp:
            capture = os.path.join(tmp, "many.pcap")
            write_capture(capture, public_addresses(FLOWS, 5))
            db = os.path.join(tmp, "country.mmdb")
            shutil.copyfile(os.path.join(RESOURCES, "dbip-country.mmdb"), db)
            other = os.path.join(DATA, "mmdb", "maxmind-test-data", "GeoLite2-City-Test.mmdb")
            with open(os.path.join(tmp, "stderr"), "w+") as err:
                proc = subprocess.Popen([CLI, "flows", "--read", capture, "--format", "csv",
                                         "--country-db", db], stdout=subprocess.PIPE,
                                        stderr=err, text=True, bufsize=1 << 16)
                with proc.stdout:
                    rows, marks = self.read_while_changing(proc, db, other)
                code = proc.wait(timeout=120)
                err.seek(0)
                stderr = err.read()
            self.assertEqual(code, 0, stderr)
            self.assertEqual(len(rows), FLOWS, "every flow printed")
            lines = [l for l in stderr.splitlines() if l.strip()]
            self.assertEqual(len(lines), 1, stderr)
            self.assertTrue(lines[0].startswith("flowscope-cli: warning: "), lines[0])
            self.assertIn("country database", lines[0])
            self.assertIn(db, lines[0])
            self.assertIn("built-in country database", lines[0])
            self.assertTrue(lines[0].endswith("."), lines[0])
            # Every row read before the valid database was copied (so printed before it) has a
            # country: from the file's private copy, then from the built-in database.
            before = rows[:marks["valid"]]
            with_country = sum(1 for r in before if r["country"])
            self.assertGreater(with_country, len(before) * 0.99)
            # The last rows come from the new database, which knows almost none of them.
            last = rows[-3000:]
            expected = self.countries_in(other, [r["remote_ip"] for r in last])
            self.assertEqual([r["country"] for r in last], expected)

    def read_while_changing(self, proc, db, other):
        reader = csv.DictReader(proc.stdout)
        rows, marks = [], {}
        steps = [(0.5, "truncated", lambda: os.truncate(db, 4096)),
                 (6.0, "random", lambda: overwrite_random(db, 1 << 20)),
                 (12.0, "valid", lambda: copy_in_place(other, db)),
                 (17.0, "fast", lambda: None)]
        start = None
        for row in reader:
            rows.append(row)
            if start is None:
                start = time.monotonic()
            if "fast" in marks:
                continue
            elapsed = time.monotonic() - start
            if steps and elapsed >= steps[0][0]:
                at, name, action = steps.pop(0)
                action()
                marks[name] = len(rows)
            if len(rows) % 250 == 0:
                ahead = len(rows) / RATE - elapsed
                if ahead > 0:
                    time.sleep(ahead)
        if set(marks) != {"truncated", "random", "valid", "fast"}:
            self.fail("the output ended after %d rows, before the file was changed (%s); exit "
                      "status %d" % (len(rows), ", ".join(marks), proc.wait(timeout=60)))
        return rows, marks

    @staticmethod
    def countries_in(db, addresses):
        out = subprocess.run([CLI, "lookup", "--no-dns", "--format", "json", "--country-db", db]
                             + addresses, capture_output=True, text=True, timeout=120, check=True)
        return [(e["country"] or {}).get("iso_code", "") for e in json.loads(out.stdout)]


if __name__ == "__main__":
    CLI, DATA, RESOURCES = sys.argv[1], sys.argv[2], sys.argv[3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
