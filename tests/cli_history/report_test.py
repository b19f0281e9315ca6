#!/usr/bin/env python3
"""`flowscope-cli report` over a history database filled with known values (through core/store's
HistoryWriter, flowscope-test-history-fill): the totals per application, host, service,
country, AS, local day and local hour must be exactly the sums of the records, in JSON, CSV and
the table; --since/--until cut at minutes; --limit keeps the largest groups (the latest days)
and the totals of all. The TIME arguments are checked case by case from time_arguments.txt.

Local days and hours are Europe/Berlin's (TZ is set for the CLI, zoneinfo for the expected
values).

Usage: report_test.py FLOWSCOPE_CLI HISTORY_FILL
"""
import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest
import zoneinfo

CLI = FILL = None
TZ = "Europe/Berlin"
ZONE = zoneinfo.ZoneInfo(TZ)
ENV = dict(os.environ, TZ=TZ)
HERE = os.path.dirname(os.path.abspath(__file__))
USAGE = ("bytes_in", "bytes_out", "bytes", "packets_in", "packets_out", "packets")

FIREFOX = ("firefox", "/usr/lib/firefox/firefox", "alice")
CURL = ("curl", "/usr/bin/curl", "bob")
UNKNOWN = ("", "", "")
ORG = ("example.org", "DE", 3320, "Deutsche Telekom AG", "https")
ADDR = ("192.0.2.7", "", 0, "", "dns")
MIRROR = ("mirror.example.net", "US", 15169, "Google LLC", "http")


def local_midnight_days_ago(days):
    today = datetime.datetime.now(ZONE).date() - datetime.timedelta(days=days)
    return int(datetime.datetime(today.year, today.month, today.day, tzinfo=ZONE).timestamp())


def records(base):
    """(minute, app, remote, bytes_in, bytes_out, packets_in, packets_out): minutes around
    local midnights and inside hours, distinct values so that a wrong sum cannot match."""
    h, d = 3600, 86400
    rows = [
        (10 * h, FIREFOX, ORG, 100003, 20011, 101, 31),
        (10 * h, CURL, MIRROR, 5000011, 3001, 3407, 59),
        (10 * h + 60, FIREFOX, ORG, 7013, 1009, 11, 7),
        (23 * h + 59 * 60, FIREFOX, ADDR, 313, 211, 3, 2),
        (d, FIREFOX, ADDR, 419, 307, 4, 3),
        (d, UNKNOWN, ADDR, 1531, 977, 17, 13),
        (d + 13 * h + 37 * 60, CURL, ORG, 60013, 4019, 47, 29),
        (d + 13 * h + 37 * 60, FIREFOX, MIRROR, 900001, 80021, 653, 211),
        (2 * d + 5 * 60, UNKNOWN, MIRROR, 2029, 1039, 19, 11),
        (2 * d + 12 * h, CURL, ADDR, 809, 401, 8, 5),
        (2 * d + 12 * h, FIREFOX, ORG, 33013, 9001, 29, 17),
    ]
    return [(base + m, app, remote, bi, bo, pi, po) for m, app, remote, bi, bo, pi, po in rows]


def fill(db, recs):
    lines = []
    for minute, app, remote, bi, bo, pi, po in recs:
        host, country, asn, org, service = remote
        fields = [minute, app[0], app[1], app[2], host, country, asn or "", org, service, bi, bo,
                  pi, po]
        lines.append("\t".join(str(f) if f != "" else "-" for f in fields))
    subprocess.run([FILL, db], input="\n".join(lines) + "\n", text=True, check=True, env=ENV)


def usage(bi, bo, pi, po):
    return {"bytes_in": bi, "bytes_out": bo, "bytes": bi + bo, "packets_in": pi,
            "packets_out": po, "packets": pi + po}


def add(total, rec):
    _, _, _, bi, bo, pi, po = rec
    u = usage(bi, bo, pi, po)
    for k in USAGE:
        total[k] = total.get(k, 0) + u[k]


def local_label(t, by):
    """The bucket's local start: "2026-12-01" or "2026-12-01 13:00"."""
    return datetime.datetime.fromtimestamp(t, ZONE).strftime(
        "%Y-%m-%d" if by == "day" else "%Y-%m-%d %H:00")


def bucket_start(t, by):
    dt = datetime.datetime.fromtimestamp(t, ZONE)
    dt = dt.replace(minute=0, second=0) if by == "hour" else datetime.datetime(
        dt.year, dt.month, dt.day, tzinfo=ZONE)
    return datetime.datetime.fromtimestamp(dt.timestamp(), datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def naming(rec, by):
    """The naming columns of a record's row, as the JSON gives them (None for unknown)."""
    minute, app, remote = rec[0], rec[1], rec[2]
    host, country, asn, org, service = remote
    n = lambda s: s or None  # noqa: E731
    if by == "application":
        return (("application", n(app[0])), ("path", n(app[1])),
                ("user", n(app[2])))
    if by == "host":
        return (("host", host),)
    if by == "service":
        return (("service", service),)
    if by == "country":
        return (("country", n(country)),)
    if by == "as":
        return (("as", "AS%d" % asn if asn else None), ("organization", n(org)))
    return ((by, local_label(minute, by)), ("start", bucket_start(minute, by)))


def expected(recs, by, since, until):
    groups = {}
    for rec in recs:
        if since <= rec[0] < until:
            add(groups.setdefault(naming(rec, by), {}), rec)
    rows = [dict(list(k) + list(v.items())) for k, v in groups.items()]
    if by in ("day", "hour"):
        return sorted(rows, key=lambda r: r["start"])
    return sorted(rows, key=lambda r: -r["bytes"])


def run(*args):
    return subprocess.run([CLI, "report"] + list(args), capture_output=True, text=True,
                          env=ENV, timeout=60)


def rfc3339(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


class Report(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "history.sqlite")
        cls.base = local_midnight_days_ago(3)
        cls.recs = records(cls.base)
        fill(cls.db, cls.recs)
        cls.since = rfc3339(cls.base)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def report(self, *args):
        r = run("--database", self.db, *args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def check_json(self, by, since, until, *extra):
        doc = json.loads(self.report("--since", rfc3339(since), "--until", rfc3339(until),
                                     "--by", by, "--format", "json", *extra))
        want = expected(self.recs, by, since, until)
        got = doc["rows"]
        self.assertEqual(got, want, "--by %s" % by)
        self.assertEqual(doc["by"], by)
        self.assertEqual((doc["since"], doc["until"]), (rfc3339(since), rfc3339(until)))
        self.assertEqual(doc["database"], self.db)
        self.assertEqual(doc["groups"], len(want))
        total = {}
        for rec in self.recs:
            if since <= rec[0] < until:
                add(total, rec)
        self.assertEqual(doc["totals"], total)
        for row in doc["rows"]:
            for k in USAGE:
                self.assertIsInstance(row[k], int)
        return doc

    def test_json_every_dimension(self):
        until = int(time.time()) + 60
        for by in ("application", "host", "service", "country", "as", "day", "hour"):
            with self.subTest(by=by):
                doc = self.check_json(by, self.base, until)
                print("  ok  json --by %-11s %d rows" % (by, len(doc["rows"])))

    def test_range_cuts_at_minutes(self):
        # Minutes inside the range only: from the second local midnight to 13:38 that day.
        day = 86400
        since, until = self.base + day, self.base + day + 13 * 3600 + 38 * 60
        for by in ("application", "host", "day", "hour"):
            self.check_json(by, since, until)
        # The same range given with an offset and as a local time.
        local = datetime.datetime.fromtimestamp(since, ZONE).isoformat()
        r = json.loads(self.report("--since", local, "--until",
                                   datetime.datetime.fromtimestamp(until, ZONE).strftime(
                                       "%Y-%m-%dT%H:%M"), "--format", "json"))
        self.assertEqual(r["since"], rfc3339(since))
        self.assertEqual(r["rows"],
                         expected(self.recs, "application", since, until))

    def test_limit(self):
        until = int(time.time()) + 60
        doc = json.loads(self.report("--since", self.since, "--until", rfc3339(until), "--format",
                                     "json", "--limit", "1"))
        want = expected(self.recs, "application", self.base, until)
        self.assertEqual(doc["rows"], want[:1])
        self.assertEqual((doc["groups"], doc["limit"]), (len(want), 1))
        self.assertEqual(doc["totals"]["bytes"], sum(r["bytes"] for r in want))
        days = json.loads(self.report("--since", self.since, "--until", rfc3339(until),
                                      "--by", "day", "--format", "json", "--limit", "2"))
        self.assertEqual(days["rows"], expected(self.recs, "day", self.base, until)[-2:])

    def test_csv(self):
        until = int(time.time()) + 60
        for by in ("application", "host", "day"):
            out = self.report("--since", self.since, "--until", rfc3339(until), "--by", by,
                              "--format", "csv")
            want = expected(self.recs, by, self.base, until)
            rows = list(csv.DictReader(io.StringIO(out)))
            self.assertEqual(out.splitlines()[0], ",".join(list(want[0].keys())))
            got = [{k: (int(v) if k in USAGE else (v or None)) for k, v in r.items()}
                   for r in rows]
            self.assertEqual(got, want, "csv --by %s" % by)
            print("  ok  csv  --by %-11s %d rows" % (by, len(rows)))

    def test_table(self):
        until = int(time.time()) + 60
        for by in ("application", "host", "day"):
            out = self.report("--since", self.since, "--until", rfc3339(until), "--by", by)
            want = expected(self.recs, by, self.base, until)
            lines = out.splitlines()
            header, body = lines[0], lines[1:1 + len(want)]
            self.assertTrue(header.startswith(by.upper()), header)
            self.assertEqual(lines[1 + len(want)], "")
            total = sum(r["bytes"] for r in want)
            self.assertRegex(lines[2 + len(want)], r"^%d \w+.*, %d bytes \(" % (len(want), total))
            # Numbers right-aligned under their headers: every line ends at the same column.
            self.assertEqual({len(line) for line in [header] + body}, {len(header)}, out)
            for line, row in zip(body, want):
                numbers = [int(n) for n in line.split()[-6:]]
                self.assertEqual(numbers, [row[k] for k in USAGE], line)
                first = list(row.values())[0]
                if first is not None:
                    self.assertTrue(line.startswith(first), line)
            print("  ok  table --by %-11s %d rows" % (by, len(body)))

    def test_time_arguments(self):
        with open(os.path.join(HERE, "time_arguments.txt")) as f:
            cases = [line.rstrip("\n").split("\t") for line in f
                     if line.strip() and not line.startswith("#")]
        for option, text, want in cases:
            with self.subTest(option=option, text=text):
                other = (["--until", "2100-01-01T00:00:00Z"] if option == "--since"
                         else ["--since", "1970-01-01T00:00:00Z"])
                before = int(time.time())
                r = run("--database", self.db, option, text, *other, "--format", "json")
                after = int(time.time())
                if want == "error":
                    self.assertEqual(r.returncode, 2, r.stdout)
                    self.assertEqual(r.stdout, "")
                    lines = r.stderr.strip().splitlines()
                    self.assertEqual(len(lines), 1, r.stderr)
                    self.assertRegex(lines[0], r"^flowscope-cli: %s '.*' is not a time; " % option)
                    continue
                self.assertEqual(r.returncode, 0, r.stderr)
                got = json.loads(r.stdout)[option[2:]]
                if want.startswith("now"):
                    ago = -int(want[3:])
                    self.assertIn(got, {rfc3339(t - ago) for t in range(before, after + 1)})
                else:
                    self.assertEqual(got, want)
        print("  ok  %d TIME cases" % len(cases))

    def test_since_not_before_until(self):
        r = run("--database", self.db, "--since", "2026-12-02", "--until", "2026-12-01T12:00Z")
        self.assertEqual(r.returncode, 2)
        self.assertRegex(r.stderr, r"^flowscope-cli: --since 2026-12-02 .* is not before --until")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    CLI, FILL = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0], "-v"])
