#!/usr/bin/env python3
"""flowscope-cli flows --read with a damaged --country-db / --asn-db file of the user's.

Usage: flows_user_db_test.py FLOWSCOPE_CLI TEST_DATA_DIR RESOURCES_DIR

The built-in databases are opened without the full check (they ship with Flowscope and the
enrich tests check them); the user's files are still checked in full. Each damaged copy of a
built-in database (cut in half, cut to 4,096 bytes, its search tree overwritten, empty) given
as the user's file must give exactly one warning sentence naming the file and saying the
built-in database is used instead, exit 0, no signal, and the same rows as without the option.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = DATA = RESOURCES = None
CAPTURE = "pcapplusplus-example.pcap"  # public addresses in several countries


def run(*args):
    return subprocess.run([CLI, "flows", "--read", os.path.join(DATA, "pcap", CAPTURE),
                           "--format", "csv", *args], capture_output=True, text=True, timeout=120)


def damaged_copies(tmp, source):
    size = os.path.getsize(source)
    with open(source, "rb") as f:
        data = f.read()
    copies = {
        "half": data[: size // 2],
        "cut4096": data[:4096],
        "empty": b"",
        # The search tree's first 256 KiB overwritten: records point outside the data section.
        "tree": b"\xff" * (256 * 1024) + data[256 * 1024:],
    }
    out = {}
    for name, content in copies.items():
        path = os.path.join(tmp, name + "-" + os.path.basename(source))
        with open(path, "wb") as f:
            f.write(content)
        out[name] = path
    return out


class DamagedUserDatabase(unittest.TestCase):
    def test_each_damaged_file_gets_one_sentence_and_the_built_in_database(self):
        plain = run()
        self.assertEqual(plain.returncode, 0, plain.stderr)
        self.assertEqual(plain.stderr, "")
        self.assertIn(",US,", plain.stdout)
        with tempfile.TemporaryDirectory() as tmp:
            for option, builtin, word in (("--country-db", "dbip-country.mmdb", "country"),
                                          ("--asn-db", "asn.mmdb", "AS")):
                for kind, path in damaged_copies(tmp, os.path.join(RESOURCES, builtin)).items():
                    with self.subTest(option=option, kind=kind):
                        r = run(option, path)
                        self.assertEqual(r.returncode, 0, r.stderr)  # never a signal
                        lines = [l for l in r.stderr.splitlines() if l.strip()]
                        self.assertEqual(len(lines), 1, r.stderr)
                        line = lines[0]
                        self.assertTrue(line.startswith("flowscope-cli: warning: "), line)
                        self.assertIn(path, line)
                        self.assertIn("built-in " + word + " database instead", line)
                        self.assertTrue(line.endswith("."), line)
                        sentence = line[len("flowscope-cli: warning: "):]
                        self.assertEqual(sentence.count(". "), 0, line)
                        self.assertEqual(r.stdout, plain.stdout)


if __name__ == "__main__":
    CLI, DATA, RESOURCES = sys.argv[1], sys.argv[2], sys.argv[3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
