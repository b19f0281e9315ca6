"""flowscope-cli.exe's JSON lines and IPFIX export under wine, for installer_test.py.

`flows --format jsonl` on a real capture adds up, per address pair, to tshark's packets and
bytes (tests/data/expected/*.flows.tsv). `export --read` sends the same capture over UDP and
over TCP to listeners on the host (wine's sockets are the host's); ipfixDump (libfixbuf, an
independent decoder) reads the messages back: per address pair the octets plus the 14 bytes
of Ethernet header per packet give tshark's bytes again, the element type records name
Flowscope's own elements, and the final statistics count every record, none lost.
"""
import collections
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "cli"))
from collectors import ipfix_dump  # noqa: E402 (tests/cli)

CAPTURE = "ndpi-zoom.pcap"  # Ethernet: 14 bytes of link header per frame


def pairs_from_tsv(path):
    """tshark's conversations (tests/data/expected/*.flows.tsv): packets and bytes per
    protocol and address pair."""
    pairs = collections.Counter()
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                protocol, a, b, packets, size = line.rstrip("\n").split("\t")
                a, b = sorted([a, b])
                pairs[(int(protocol), a, b, "packets")] += int(packets)
                pairs[(int(protocol), a, b, "bytes")] += int(size)
    return pairs


def expected_pairs(data):
    return pairs_from_tsv(os.path.join(data, "expected", CAPTURE + ".flows.tsv"))


def add(pairs, protocol, source, destination, packets, wire_bytes):
    a, b = sorted([source, destination])
    pairs[(protocol, a, b, "packets")] += packets
    pairs[(protocol, a, b, "bytes")] += wire_bytes


class Listener:
    """A UDP or TCP listener on 127.0.0.1 that keeps every byte it receives."""

    def __init__(self, kind):
        self.kind = kind
        self.data = bytearray()
        family_type = socket.SOCK_DGRAM if kind == "udp" else socket.SOCK_STREAM
        self.sock = socket.socket(socket.AF_INET, family_type)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        if kind == "tcp":
            self.sock.listen(1)
        self.sock.settimeout(0.5)
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        conn = None
        while not self.done.is_set():
            try:
                if self.kind == "udp":
                    self.data += self.sock.recv(65535)  # one message per datagram
                elif conn is None:
                    conn, _ = self.sock.accept()
                    conn.settimeout(0.5)
                else:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    self.data += chunk
            except socket.timeout:
                continue

    def stop(self):
        self.done.set()
        self.thread.join(timeout=10)
        self.sock.close()
        return bytes(self.data)


def jsonl(wine, check, cli, data, dos):
    r = wine(cli, "flows", "--read", dos(os.path.join(data, "pcap", CAPTURE)), "--format", "jsonl")
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()] if r.returncode == 0 else []
    pairs = collections.Counter()
    for x in lines:
        add(pairs, x["protocol"], x["source"], x["destination"], x["packets"], x["bytes"])
    want = expected_pairs(data)
    check(r.returncode == 0 and pairs == want,
          "flows --format jsonl: %d records add up to tshark's %d address pairs (exit %d %s)"
          % (len(lines), len(want) // 2, r.returncode, r.stderr.strip()[:200]))


def export(wine, check, cli, data, dos, transport):
    listener = Listener(transport)
    r = wine(cli, "export", "--read", dos(os.path.join(data, "pcap", CAPTURE)),
             "--ipfix", "127.0.0.1:%d" % listener.port, "--transport", transport)
    received = listener.stop()
    m = re.search(r"sent (\d+) flow records", r.stderr)
    sent = int(m.group(1)) if m else -1
    work = tempfile.mkdtemp(prefix="flowscope-win-export-")
    path = os.path.join(work, "messages.ipfix")
    with open(path, "wb") as f:
        f.write(received)
    status, records, _ = ipfix_dump(path)
    shutil.rmtree(work)
    flows = [x for x in records if x.get("tid") in (256, 257)]
    pairs = collections.Counter()
    for x in flows:
        packets = int(x["packetDeltaCount"])
        add(pairs, int(x["protocolIdentifier"]),
            x.get("sourceIPv4Address") or x.get("sourceIPv6Address"),
            x.get("destinationIPv4Address") or x.get("destinationIPv6Address"),
            packets, int(x["octetDeltaCount"]) + 14 * packets)
    check(r.returncode == 0 and status == 0 and len(flows) == sent > 0
          and pairs == expected_pairs(data),
          "export --transport %s: ipfixDump reads %d records (%d sent), per address pair "
          "tshark's packets and bytes (exit %d %s)"
          % (transport, len(flows), sent, r.returncode, r.stderr.strip()[:200]))
    stats = [x for x in records if "exportedFlowRecordTotalCount" in x]
    lost = [x for x in records if "notSentFlowTotalCount" in x]
    check(all({"processId", "executablePath", "remoteHostName"} <= set(x) for x in flows)
          and bool(stats) and int(stats[-1]["exportedFlowRecordTotalCount"]) == sent
          and bool(lost) and int(lost[-1]["notSentFlowTotalCount"]) == 0,
          "export --transport %s: element types named by ipfixDump, final statistics %s"
          % (transport, stats[-1:]))


def run_checks(wine, check, cli, data, dos):
    jsonl(wine, check, cli, data, dos)
    if not shutil.which("ipfixDump"):
        print("skip  ipfixDump (libfixbuf-tools) is not installed: export not checked")
        return
    for transport in ("udp", "tcp"):
        export(wine, check, cli, data, dos, transport)
