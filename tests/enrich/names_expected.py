#!/usr/bin/env python3
"""Computes, with tshark, what NameLearner must learn from a capture file.

Usage: python3 tests/enrich/names_expected.py tests/data/pcap/FILE > tests/data/expected/names/FILE.tsv
       python3 tests/enrich/names_expected.py --check tests/data
         (recomputes every tests/data/expected/names/*.tsv and fails if one differs; exit 77,
         "skipped", without tshark)

The rules are the ones core/enrich/name_learner.h documents, applied here to tshark's own
dissection (tshark reassembles TCP, so a ClientHello spread over segments is reported at the
frame that completes it, as NameLearner does):
  - DNS: each response (UDP/TCP source port 53, UDP 5353) with opcode 0 and RCODE 0 names each
    class-IN A/AAAA answer after the start of its CNAME chain, which must be a question name
    when the message has questions; class-IN PTR answers of reverse names are "ptr" names.
  - TCP: the first TLS ClientHello or HTTP/1.x request of each connection (direction
    client -> server, reset by a SYN) names the connection (SNI, else Host without port).
    NameLearner reads a message spread over several segments as they come, and names the
    connection at the segment that completes the name (the SNI bytes; the Host line with its
    line feed), where tshark reports the segment that completes the message: for those the
    frame is the segment of tshark's reassembly (tcp.segment) holding that last byte.
  - The final address table: dns answers replace anything; sni/http replace sni/http/ptr;
    ptr replaces only ptr.
Output lines (tab-separated):
  conn FRAME SOURCE CLIENT CLIENT_PORT SERVER SERVER_PORT NAME
  addr ADDRESS SOURCE NAME
"""
import glob
import ipaddress
import os
import shutil
import subprocess
import sys

FIELDS = [
    "frame.number", "ip.src", "ipv6.src", "ip.dst", "ipv6.dst", "udp.srcport", "tcp.srcport",
    "tcp.dstport", "tcp.flags.syn", "tcp.flags.ack", "dns.flags.response", "dns.flags.opcode",
    "dns.flags.rcode", "dns.count.answers", "dns.qry.name", "dns.resp.name", "dns.resp.type",
    "dns.resp.class", "dns.a", "dns.aaaa", "dns.cname", "dns.ptr.domain_name",
    "tls.handshake.type", "tls.handshake.extensions_server_name", "http.request",
    "http.request.method", "http.request.uri", "http.host", "_ws.malformed", "tcp.payload",
    "tcp.segment",
]
PRIORITY = {"dns": 3, "sni": 2, "http": 2, "ptr": 1}


def split(value):
    return value.split("|") if value else []


def address_from_reverse(name):
    name = name.lower().rstrip(".")
    if name.endswith(".in-addr.arpa"):
        parts = name[: -len(".in-addr.arpa")].split(".")
        if len(parts) == 4 and all(p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts):
            return str(ipaddress.ip_address(".".join(reversed(parts))))
    if name.endswith(".ip6.arpa"):
        parts = name[: -len(".ip6.arpa")].split(".")
        if len(parts) == 32 and all(len(p) == 1 and p in "0123456789abcdef" for p in parts):
            hexdigits = "".join(reversed(parts))
            return str(ipaddress.ip_address(int(hexdigits, 16)))
    return None


def dns_learnings(f):
    """(address, source, name) of one DNS response row."""
    if f["dns.flags.response"] not in ("1", "True") or f["_ws.malformed"]:
        return []
    if int(f["dns.flags.opcode"] or 0) != 0 or int(f["dns.flags.rcode"] or 0) != 0:
        return []
    questions = [q.lower() for q in split(f["dns.qry.name"])]
    names = [n.lower() for n in split(f["dns.resp.name"])]
    types = [int(t) for t in split(f["dns.resp.type"])]
    classes = [int(c, 16) & 0x7FFF for c in split(f["dns.resp.class"])]
    data = {1: split(f["dns.a"]), 28: split(f["dns.aaaa"]), 5: split(f["dns.cname"]),
            12: split(f["dns.ptr.domain_name"])}
    records = []
    for owner, rtype, rclass in zip(names, types, classes):
        value = data[rtype].pop(0).lower() if data.get(rtype) else None
        records.append((owner, rtype, rclass, value))
    answers = records[: int(f["dns.count.answers"] or 0)]
    out = []
    for owner, rtype, rclass, value in answers:
        if rclass != 1:
            continue
        if rtype == 12:
            address = address_from_reverse(owner)
            if address and value:
                out.append((address, "ptr", value))
            continue
        if rtype not in (1, 28):
            continue
        start = owner
        for _ in range(len(answers)):
            if questions and start in questions:
                break
            alias = next((a for a in answers if a[1] == 5 and a[2] == 1 and a[3] == start), None)
            if alias is None or alias[0] == start:
                break
            start = alias[0]
        if questions and start not in questions:
            continue
        out.append((str(ipaddress.ip_address(value)), "dns", start))
    return out


def http_host(f):
    uri = f["http.request.uri"].split("|")[0]
    if f["http.request.method"].split("|")[0] == "CONNECT":
        authority = uri
    elif "://" in uri and not uri.startswith("/"):
        authority = uri.split("://", 1)[1].split("/")[0].split("?")[0].split("#")[0]
    else:
        authority = f["http.host"].split("|")[0]
    authority = authority.rsplit("@", 1)[-1].strip()
    if authority.startswith("["):
        host = authority[1 : authority.index("]")]
    else:
        host = authority.split(":")[0]
    return host.lower() or None


def naming_frame(f, source, name, payloads):
    """The frame, among the segments tshark joined, whose bytes complete the name."""
    segments = [int(x) for x in split(f["tcp.segment"].replace(",", "|"))]
    if len(segments) < 2:
        return f["frame.number"]
    joined = b""
    ends = []
    for frame in segments:
        joined += payloads.get(frame, b"")
        ends.append((len(joined), frame))
    if source == "sni":
        at = joined.lower().find(name.encode())
        last = at + len(name) - 1 if at >= 0 else len(joined) - 1
    else:
        at = joined.lower().find(b"\nhost:")
        last = joined.find(b"\n", at + 1) if at >= 0 else len(joined) - 1
    for end, frame in ends:
        if last < end:
            return str(frame)
    return f["frame.number"]


def expected_lines(path):
    """The expectation lines for one capture (without the comment lines)."""
    # tshark exits with 2 for a file cut short in a packet, after printing every whole packet.
    cmd = ["tshark", "-r", path, "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a",
           "-E", "aggregator=|"]
    for name in FIELDS:
        cmd += ["-e", name]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode not in (0, 2) or not run.stdout:
        sys.exit(f"tshark failed on {path}: {run.stderr}")
    return compute(run.stdout.splitlines())


def check(data_dir):
    if shutil.which("tshark") is None:
        print("tshark not installed; skipped")
        return 77
    folder = os.path.join(data_dir, "expected", "names")
    failed = 0
    for tsv in sorted(glob.glob(os.path.join(folder, "*.tsv"))):
        capture = os.path.join(data_dir, "pcap", os.path.basename(tsv)[: -len(".tsv")])
        with open(tsv) as f:
            committed = [line.rstrip("\n") for line in f if not line.startswith("#")]
        if expected_lines(capture) != committed:
            print(f"{tsv} differs from what tshark says now: regenerate it (see its first line)")
            failed += 1
        else:
            print(f"{os.path.basename(tsv)}: ok")
    return 1 if failed else 0


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    path = sys.argv[1]
    print(f"# {' '.join(['python3', 'tests/enrich/names_expected.py', path])}")
    print("# " + subprocess.run(["tshark", "--version"], capture_output=True,
                                text=True).stdout.splitlines()[0])
    for line in expected_lines(path):
        print(line)


def compute(rows):
    out = []
    table = {}
    named = set()
    payloads = {}
    conns = []

    def learn(address, source, name):
        old = table.get(address)
        if old is None or PRIORITY[source] >= PRIORITY[old[0]]:
            table.pop(address, None)
            table[address] = (source, name)

    for row in rows:
        values = row.split("\t")
        f = dict(zip(FIELDS, values + [""] * (len(FIELDS) - len(values))))
        if f["tcp.payload"]:
            payloads[int(f["frame.number"])] = bytes.fromhex(f["tcp.payload"].split("|")[0])
        src = f["ip.src"] or f["ipv6.src"]
        dst = f["ip.dst"] or f["ipv6.dst"]
        src = src.split("|")[-1]
        dst = dst.split("|")[-1]
        if f["udp.srcport"] in ("53", "5353") or f["tcp.srcport"] == "53":
            for address, source, name in dns_learnings(f):
                learn(address, source, name)
            continue
        if not f["tcp.srcport"]:
            continue
        key = (src, f["tcp.srcport"], dst, f["tcp.dstport"])
        if f["tcp.flags.syn"] in ("1", "True") and f["tcp.flags.ack"] not in ("1", "True"):
            named.discard(key)
        source = name = None
        if "1" in split(f["tls.handshake.type"]):
            source, name = "sni", (split(f["tls.handshake.extensions_server_name"]) or [None])[0]
        elif f["http.request"] in ("1", "True"):
            source, name = "http", http_host(f)
        if source is None or key in named:
            continue
        named.add(key)
        if name:
            name = name.lower()
            frame = naming_frame(f, source, name, payloads)
            conns.append((int(frame), "\t".join(["conn", frame, source, src, key[1], dst, key[3],
                                                  name])))
            learn(dst, source, name)
    for _, line in sorted(conns):
        out.append(line)
    for address, (source, name) in sorted(table.items()):
        out.append("\t".join(["addr", address, source, name]))
    return out


if __name__ == "__main__":
    main()
