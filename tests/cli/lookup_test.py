#!/usr/bin/env python3
"""flowscope-cli lookup as a user or a script sees it.

Usage: lookup_test.py FLOWSCOPE_CLI TEST_DATA_DIR RESOURCES_DIR

Expected answers come from MaxMind's source JSON (tests/data/mmdb/maxmind-source-data, the data
the test databases were built from) and from `mmdblookup` (libmaxminddb's own reader, package
mmdb-bin) run on the same files as the CLI.
"""
import ipaddress
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = DATA = RESOURCES = None
KEYS = {"address", "country", "asn", "hostname", "address_kind"}


def run(*args):
    # No reverse DNS unless a test asks for it: answers would depend on the machine's network.
    dns = [] if any(a.startswith("--dns") or a == "--no-dns" for a in args) else ["--no-dns"]
    return subprocess.run([CLI, "lookup"] + dns + list(args), capture_output=True, text=True,
                          timeout=300)


class FakeDnsServer:
    """A DNS server on 127.0.0.1 that answers PTR queries from `names` and ignores the rest."""

    def __init__(self, names):
        import socket
        import threading
        self.names = names
        self.queries = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @staticmethod
    def encode(name):
        out = b""
        for label in name.split("."):
            out += bytes([len(label)]) + label.encode()
        return out + b"\0"

    def serve(self):
        import socket
        import struct
        while self.running:
            try:
                data, peer = self.sock.recvfrom(512)
            except socket.timeout:
                continue
            # Header (12 bytes), one question: QNAME, QTYPE, QCLASS.
            labels, i = [], 12
            while data[i] != 0:
                labels.append(data[i + 1:i + 1 + data[i]].decode())
                i += 1 + data[i]
            qname = ".".join(labels)
            question = data[12:i + 5]
            self.queries.append(qname)
            name = self.names.get(qname)
            if name is None:
                continue  # never answered
            flags = 0x8180  # response, recursion desired + available, NOERROR
            header = struct.pack("!HHHHHH", struct.unpack("!H", data[:2])[0], flags, 1, 1, 0, 0)
            rdata = self.encode(name)
            answer = b"\xc0\x0c" + struct.pack("!HHIH", 12, 1, 300, len(rdata)) + rdata
            self.sock.sendto(header + question + answer, peer)

    def stop(self):
        self.running = False
        self.thread.join()
        self.sock.close()


def mmdb(*parts):
    return os.path.join(DATA, "mmdb", *parts)


def lookup_json(addresses, *options):
    r = run(*(list(addresses) + ["--format", "json"] + list(options)))
    if r.returncode != 0:
        raise AssertionError("exit %d: %s" % (r.returncode, r.stderr))
    return json.loads(r.stdout), r.stderr


def network_of(key):
    """A source-data key ("::81.2.69.142/127" is IPv4 81.2.69.142/31) as an ip_network."""
    addr, _, length = key.partition("/")
    length = int(length)
    if addr.startswith("::") and "." in addr:
        return ipaddress.ip_network("%s/%d" % (addr[2:], length - 96), strict=False)
    return ipaddress.ip_network(key, strict=False)


def load_source(name):
    with open(mmdb("maxmind-source-data", name), encoding="utf-8") as f:
        return [(network_of(k), v) for entry in json.load(f) for k, v in entry.items()]


def most_specific(networks, address):
    best = None
    for net, value in networks:
        if net.version == address.version and address in net and (
                best is None or net.prefixlen > best[0].prefixlen):
            best = (net, value)
    return best[1] if best else None


class LookupTest(unittest.TestCase):
    def assertWarning(self, stderr, *fragments):
        lines = stderr.strip().splitlines()
        self.assertTrue(lines, "no warning")
        for line in lines:
            self.assertTrue(line.startswith("flowscope-cli: warning: "), line)
            self.assertTrue(line.endswith("."), line)
        for fragment in fragments:
            self.assertIn(fragment, stderr)

    def test_usage_errors_exit_2_in_one_sentence(self):
        for args in ([], ["300.1.1.1"], ["8.8.8.8", "--format", "xml"], ["--bogus", "8.8.8.8"],
                     ["8.8.8.8", "--country-db"]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            lines = r.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, r.stderr)
            self.assertTrue(lines[0].startswith("flowscope-cli: "), r.stderr)
        self.assertIn("300.1.1.1", run("300.1.1.1").stderr)
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        self.assertIn("--country-db FILE", r.stdout)
        self.assertIn("IP Geolocation by DB-IP", r.stdout)

    def test_json_schema_and_builtin_answers(self):
        doc, err = lookup_json(["8.8.8.8", "1.1.1.1", "2001:4860:4860:0:0:0:0:8888", "10.0.0.1",
                                "::1", "224.0.0.251", "255.255.255.255", "192.0.2.1",
                                "fe80::1", "100.64.1.1"])
        self.assertEqual(err, "")
        self.assertIsInstance(doc, list)
        self.assertEqual(len(doc), 10)
        for o in doc:
            self.assertEqual(set(o), KEYS)
            self.assertIsNone(o["hostname"])
        by = {o["address"]: o for o in doc}
        self.assertIn("2001:4860:4860::8888", by)  # canonical RFC 5952 form
        self.assertEqual(by["8.8.8.8"]["country"], {"iso_code": "US", "name": "United States"})
        self.assertEqual(by["8.8.8.8"]["asn"], {"number": 15169, "organization": "Google LLC"})
        self.assertEqual(by["1.1.1.1"]["country"]["iso_code"], "AU")
        self.assertEqual(by["1.1.1.1"]["asn"]["number"], 13335)
        self.assertEqual(by["2001:4860:4860::8888"]["asn"]["number"], 15169)
        kinds = {a: o["address_kind"] for a, o in by.items()}
        self.assertEqual(kinds["10.0.0.1"], "private")
        self.assertEqual(kinds["100.64.1.1"], "private")
        self.assertEqual(kinds["::1"], "loopback")
        self.assertEqual(kinds["224.0.0.251"], "multicast")
        self.assertEqual(kinds["255.255.255.255"], "broadcast")
        self.assertEqual(kinds["192.0.2.1"] in ("bogon", "own"), True)  # own on some CI hosts
        self.assertEqual(kinds["fe80::1"], "link-local")
        for a in ("10.0.0.1", "::1", "224.0.0.251", "fe80::1"):
            self.assertIsNone(by[a]["country"], a)
            self.assertIsNone(by[a]["asn"], a)

    def test_table_credits_the_builtin_data(self):
        r = run("8.8.8.8", "10.0.0.1")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertTrue(lines[0].startswith("ADDRESS"))
        self.assertRegex(lines[1], r"^8\.8\.8\.8 +public +US United States +AS15169 +Google LLC +-$")
        self.assertRegex(lines[2], r"^10\.0\.0\.1 +private +- +- +- +-$")
        self.assertIn("IP Geolocation by DB-IP (https://db-ip.com)", r.stdout)
        r = run("8.8.8.8", "--country-db", mmdb("maxmind-test-data", "GeoIP2-Country-Test.mmdb"),
                "--asn-db", mmdb("maxmind-test-data", "GeoLite2-ASN-Test.mmdb"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("DB-IP", r.stdout)

    def test_maxmind_test_databases_match_their_source_data(self):
        countries = load_source("GeoIP2-Country-Test.json")
        asns = load_source("GeoLite2-ASN-Test.json")
        addresses = []
        for net, _ in countries + asns:
            addresses += [net.network_address, net.broadcast_address]
        addresses = sorted(set(addresses), key=lambda a: (a.version, a))
        doc, err = lookup_json([str(a) for a in addresses],
                               "--country-db", mmdb("maxmind-test-data", "GeoIP2-Country-Test.mmdb"),
                               "--asn-db", mmdb("maxmind-test-data", "GeoLite2-ASN-Test.mmdb"))
        self.assertEqual(err, "")
        self.assertEqual(len(doc), len(addresses))
        checked_country = checked_as = 0
        for a, o in zip(addresses, doc):
            self.assertEqual(ipaddress.ip_address(o["address"]), a)
            c = most_specific(countries, a)
            want = None
            if c and "country" in c:
                want = {"iso_code": c["country"]["iso_code"], "name": c["country"]["names"]["en"]}
            self.assertEqual(o["country"], want, str(a))
            checked_country += want is not None
            s = most_specific(asns, a)
            want = None
            if s:
                want = {"number": s["autonomous_system_number"],
                        "organization": s.get("autonomous_system_organization")}
            self.assertEqual(o["asn"], want, str(a))
            checked_as += want is not None
        # Every network of both files was reached, by its first and its last address.
        self.assertGreater(checked_country, 600)
        self.assertGreater(checked_as, 1400)

    def test_every_bad_database_falls_back_with_one_warning_each(self):
        files = [os.path.join(d, f) for d, _, fs in os.walk(mmdb("maxmind-bad-data"))
                 for f in fs if f.endswith(".mmdb")]
        files += [mmdb("maxmind-test-data", f) for f in (
            "MaxMind-DB-test-broken-pointers-24.mmdb", "MaxMind-DB-test-broken-search-tree-24.mmdb",
            "GeoIP2-City-Test-Broken-Double-Format.mmdb", "GeoIP2-City-Test-Invalid-Node-Count.mmdb")]
        self.assertEqual(len(files), 25)
        builtin, _ = lookup_json(["8.8.8.8"])
        for f in sorted(files):
            doc, err = lookup_json(["8.8.8.8"], "--country-db", f, "--asn-db", f)
            self.assertEqual(doc, builtin, f)
            self.assertWarning(err, os.path.basename(f), "built-in country database",
                               "built-in AS database")
            self.assertEqual(len(err.strip().splitlines()), 2, err)

    def test_missing_and_wrong_kind_of_database(self):
        doc, err = lookup_json(["8.8.8.8"], "--country-db", "/nonexistent/GeoLite2-Country.mmdb")
        self.assertWarning(err, "/nonexistent/GeoLite2-Country.mmdb", "does not exist")
        self.assertEqual(doc[0]["country"]["iso_code"], "US")
        doc, err = lookup_json(["1.128.0.1"], "--country-db",
                               mmdb("maxmind-test-data", "GeoLite2-ASN-Test.mmdb"))
        self.assertWarning(err, "AS numbers but no countries")
        doc, err = lookup_json(["1.128.0.1"], "--asn-db",
                               mmdb("maxmind-test-data", "GeoLite2-ASN-Test.mmdb"))
        self.assertEqual(err, "")
        self.assertEqual(doc[0]["asn"], {"number": 1221, "organization": "Telstra Pty Ltd"})

    def test_flat_layouts(self):
        # DB-IP's flat country_code (the built-in database) and IPinfo's asn/as_name.
        doc, err = lookup_json(["1.1.1.1", "2606:4700:1::1"], "--asn-db",
                               mmdb("flowscope", "ipinfo-layout-asn.mmdb"))
        self.assertEqual(err, "")
        self.assertEqual(doc[0]["asn"], {"number": 13335, "organization": "Cloudflare, Inc."})
        self.assertEqual(doc[1]["asn"]["number"], 13335)
        self.assertEqual(doc[0]["country"]["iso_code"], "AU")

    def test_resources_are_found_installed_then_by_environment(self):
        # An installed layout: PREFIX/bin/flowscope-cli and PREFIX/share/flowscope/. Its
        # "built-in" country database is a MaxMind test file here, which has no entry for
        # 8.8.8.8 (the source tree's DB-IP file says US): the installed copy must win.
        with tempfile.TemporaryDirectory() as prefix:
            os.makedirs(os.path.join(prefix, "bin"))
            share = os.path.join(prefix, "share", "flowscope")
            os.makedirs(share)
            exe = os.path.join(prefix, "bin", "flowscope-cli")
            shutil.copy(CLI, exe)
            shutil.copy(mmdb("maxmind-test-data", "GeoIP2-Country-Test.mmdb"),
                        os.path.join(share, "dbip-country.mmdb"))
            env = dict(os.environ)
            env.pop("FLOWSCOPE_RESOURCES", None)
            r = subprocess.run([exe, "lookup", "8.8.8.8", "81.2.69.160", "--format", "json"],
                               capture_output=True, text=True, timeout=120, env=env)
            self.assertEqual(r.returncode, 0, r.stderr)
            doc = json.loads(r.stdout)
            self.assertIsNone(doc[0]["country"])
            self.assertEqual(doc[1]["country"]["iso_code"], "GB")
            self.assertEqual(doc[0]["asn"]["number"], 15169)  # asn.mmdb: from the source tree
            # $FLOWSCOPE_RESOURCES comes before both.
            env["FLOWSCOPE_RESOURCES"] = RESOURCES
            r = subprocess.run([exe, "lookup", "8.8.8.8", "--format", "json"],
                               capture_output=True, text=True, timeout=120, env=env)
            self.assertEqual(json.loads(r.stdout)[0]["country"]["iso_code"], "US")

    def test_builtin_databases_agree_with_mmdblookup(self):
        tool = shutil.which("mmdblookup")
        if tool is None:
            self.skipTest("mmdblookup not installed (tools/packages/test-enrich.list: mmdb-bin)")
        rng = random.Random(7)
        addresses = ["8.8.8.8", "1.1.1.1", "81.2.69.160", "173.194.78.104", "212.199.202.69",
                     "2001:4860:4860::8888", "2a03:2880:f0ff:c:face:b00c:0:3", "2620:1ec:c11::200"]
        while len(addresses) < 150:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global:
                addresses.append(str(a))
        while len(addresses) < 200:
            addresses.append(str(ipaddress.IPv6Address((0x2 << 125) | rng.getrandbits(125))))
        doc, _ = lookup_json(addresses)

        def ask(db, address, *path):
            r = subprocess.run([tool, "-f", os.path.join(RESOURCES, db), "-i", address] +
                               list(path), capture_output=True, text=True, timeout=60)
            m = re.search(r'^\s*(?:"(.*)" <utf8_string>|(\d+) <uint32>)\s*$', r.stdout, re.M)
            if not m:
                return None
            return m.group(1) if m.group(1) is not None else int(m.group(2))

        with_data = 0
        for address, o in zip(addresses, doc):
            code = ask("dbip-country.mmdb", address, "country_code")
            self.assertEqual((o["country"] or {}).get("iso_code"), code, address)
            number = ask("asn.mmdb", address, "autonomous_system_number")
            self.assertEqual((o["asn"] or {}).get("number"), number, address)
            if number is not None:
                org = ask("asn.mmdb", address, "autonomous_system_organization")
                self.assertEqual(o["asn"]["organization"], org, address)
            with_data += code is not None
        self.assertGreater(with_data, 120)


class LookupReverseDnsTest(unittest.TestCase):
    def test_hostnames_from_a_dns_server_and_silence_is_null(self):
        server = FakeDnsServer({"8.8.8.8.in-addr.arpa": "dns.google",
                                "2.0.0.127.in-addr.arpa": "two.example"})
        try:
            r = run("8.8.8.8", "1.1.1.1", "127.0.0.2", "--format", "json",
                    "--dns-server", "127.0.0.1:%d" % server.port, "--dns-timeout", "300")
        finally:
            server.stop()
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = {o["address"]: o for o in json.loads(r.stdout)}
        self.assertEqual(doc["8.8.8.8"]["hostname"], "dns.google")
        self.assertEqual(doc["127.0.0.2"]["hostname"], "two.example")
        self.assertIsNone(doc["1.1.1.1"]["hostname"])  # never answered: timed out
        # The unanswered query was sent twice (one retry), the answered ones once.
        self.assertEqual(server.queries.count("1.1.1.1.in-addr.arpa"), 2)
        self.assertEqual(server.queries.count("8.8.8.8.in-addr.arpa"), 1)

    def test_no_dns_sends_nothing_and_bad_server_is_a_usage_error(self):
        server = FakeDnsServer({"8.8.8.8.in-addr.arpa": "dns.google"})
        try:
            r = run("8.8.8.8", "--format", "json", "--no-dns",
                    "--dns-server", "127.0.0.1:%d" % server.port)
        finally:
            server.stop()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIsNone(json.loads(r.stdout)[0]["hostname"])
        self.assertEqual(server.queries, [])
        r = run("8.8.8.8", "--dns-server", "not-an-address")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--dns-server", r.stderr)


if __name__ == "__main__":
    CLI, DATA, RESOURCES = sys.argv[1], sys.argv[2], sys.argv[3]
    unittest.main(argv=[sys.argv[0], "-v"])
