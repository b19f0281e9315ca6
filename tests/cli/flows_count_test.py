#!/usr/bin/env python3
"""What `flowscope-cli flows` counts.

* tests/data/flows/tcp-port-reuse.pcap (60 real sequential TCP connections on 4 reused
  5-tuples) and tests/data/pcap/pathspider-real.pcap (5,959 connections, some on reused
  tuples): each connection must be its own flow, with the packets and bytes of Wireshark's
  tcp.stream (expectations in tests/data/flows/*.streams.tsv, made by
  tools/golden/make_tcp_reuse_capture.py).
* A generated capture of 5,000 distinct UDP flows, then the first one again, read with
  --max-flows 1000: 4,001 evictions (the first flow was evicted and counts again when it
  comes back: "flows" counts flows created), JSON says so in totals, the table in its summary,
  CSV and table with a note on stderr; nothing is said without evictions.

Usage: flows_count_test.py FLOWSCOPE_CLI TEST_DATA_DIR
"""
import json
import os
import struct
import subprocess
import sys
import tempfile

failures = 0


def check(ok, what):
    global failures
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures += 1


def run(cli, *args):
    r = subprocess.run([cli, "flows", *args], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        print("FAIL  flowscope-cli flows %s exited %d: %s" % (" ".join(args), r.returncode,
                                                             r.stderr))
        sys.exit(1)
    return r


def tcp_streams(cli, capture, expectations):
    expected = []
    with open(expectations) as f:
        for line in f:
            if line.startswith("#"):
                continue
            _, client, server, packets, size = (int(c) for c in line.split("\t"))
            expected.append((min(client, server), max(client, server), packets, size))
    flows = json.loads(run(cli, "--read", capture, "--format", "json").stdout)["flows"]
    got = []
    for f in flows:
        if f["protocol"] == "tcp":
            a, b = f["local"]["port"], f["remote"]["port"]
            got.append((min(a, b), max(a, b), f["packets_out"] + f["packets_in"],
                        f["bytes_out"] + f["bytes_in"]))
    got.sort()
    name = os.path.basename(capture)
    check(len(got) == len(expected),
          "%s: %d TCP flows, tshark %d tcp.streams" % (name, len(got), len(expected)))
    check(got == sorted(expected), "%s: each connection has tshark's packets and bytes" % name)


def reused_tuples(cli, data):
    # Recorded for this test: 60 connections on 4 tuples.
    tcp_streams(cli, os.path.join(data, "flows", "tcp-port-reuse.pcap"),
                os.path.join(data, "flows", "tcp-port-reuse.pcap.streams.tsv"))
    # A third party's real capture where 84 ports were reused.
    tcp_streams(cli, os.path.join(data, "pcap", "pathspider-real.pcap"),
                os.path.join(data, "flows", "pathspider-real.pcap.streams.tsv"))


def udp_frame(flow):
    src = bytes([10, 0, (flow >> 8) & 0xFF, flow & 0xFF])
    dst = bytes([192, 0, 2, 1])
    payload = b"x" * 10
    udp = struct.pack("!HHHH", 40000, 53, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0, src, dst) + udp
    return b"\x02" * 6 + b"\x04" * 6 + b"\x08\x00" + ip


def evictions(cli, tmp):
    path = os.path.join(tmp, "distinct-flows.pcap")
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i, flow in enumerate(list(range(5000)) + [0]):
            frame = udp_frame(flow)
            f.write(struct.pack("<IIII", 1700000000 + i // 1000, i % 1000, len(frame),
                                len(frame)) + frame)
    j = run(cli, "--read", path, "--format", "json", "--max-flows", "1000")
    d = json.loads(j.stdout)
    t = d["totals"]
    check((t["flows"], t["evicted_flows"], t["listed_flows"], len(d["flows"])) ==
          (5001, 4001, 1000, 1000),
          "JSON totals: flows %d (created), evicted_flows %d, listed_flows %d, %d listed" % (
              t["flows"], t["evicted_flows"], t["listed_flows"], len(d["flows"])))
    check(t["packets"] == 5001, "every packet is in the totals")
    note = "4001 flows were evicted to stay within --max-flows"
    c = run(cli, "--read", path, "--format", "csv", "--max-flows", "1000")
    check(note in c.stderr and len(c.stdout.splitlines()) == 1001,
          "CSV: 1000 rows and a note on stderr: %r" % c.stderr.strip())
    tb = run(cli, "--read", path, "--max-flows", "1000")
    check(note in tb.stderr and "4001 flows evicted at --max-flows" in tb.stdout,
          "table: the summary line and the note say how many were evicted")
    free = run(cli, "--read", path, "--format", "csv")
    check(free.stderr == "" and len(free.stdout.splitlines()) == 5001,
          "without evictions: 5000 rows, nothing on stderr")
    d = json.loads(run(cli, "--read", path, "--format", "json").stdout)
    check((d["totals"]["flows"], d["totals"]["evicted_flows"]) == (5000, 0),
          "uncapped JSON: 5000 flows, 0 evicted")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    cli, data = sys.argv[1], sys.argv[2]
    reused_tuples(cli, data)
    with tempfile.TemporaryDirectory(prefix="flowscope-count-") as tmp:
        evictions(cli, tmp)
    print("%d failed" % failures)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
