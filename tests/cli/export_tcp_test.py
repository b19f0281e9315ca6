#!/usr/bin/env python3
"""flowscope-cli export --transport tcp against a real TCP listener and an independent IPFIX
decoder: socat accepts the connection on loopback and writes the byte stream to a file, and
ipfixDump (CERT's libfixbuf, Debian's libfixbuf-tools) decodes it. IPFIX over TCP is a plain
stream of messages (RFC 7011 section 10.4), so that file is exactly what a TCP collector reads.

1. Capture files (IPv4 and IPv6 flows): every record ipfixDump decodes, summed per flow and
   direction, equals `flowscope-cli flows --format json` for the same file.
2. As root, live inside a private network namespace: the collector is stopped mid-run and
   started again on the same port. Traffic sent before, during and after the outage: what was
   sent before arrives on the first connection, the second connection starts with the
   templates, the traffic of the outage and after it arrives on the second (the bounded
   backlog kept it), and the records decoded equal what the exporter says it sent.
3. As root, in private network and mount namespaces where the collector's name resolves to
   ::1 first and 127.0.0.1 second (a hosts file bound over /etc/hosts) and only 127.0.0.1
   listens: the exporter falls back to the second address and every record arrives.
Usage: export_tcp_test.py FLOWSCOPE_CLI TEST_DATA_DIR"""
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

from collectors import check, failures, flow_sums, ipfix_dump, run_in_namespace

CLI, DATA = sys.argv[1], sys.argv[2]
CAPTURES = ["ndpi-zoom.pcap", "pcapplusplus-tls2.pcap"]  # Ethernet; the second has IPv6
def free_tcp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def listening(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


class Listener:
    """socat accepting one TCP connection on 127.0.0.1:port, writing its bytes to `path`."""

    def __init__(self, port, path):
        self.path = path
        self.process = subprocess.Popen(
            ["socat", "-u", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr",
             f"OPEN:{path},creat,trunc"], stderr=subprocess.DEVNULL)
        # No probing connection (socat accepts only one): wait for the socket to appear.
        for _ in range(200):
            if f":{port:04X} " in open("/proc/net/tcp").read():
                return
            time.sleep(0.025)
        raise RuntimeError(f"socat did not listen on {port}")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def decoded(path, options=None):
    """ipfixDump's flow records (templates 256 and 257) and the count of record templates.
    `options`, when a list, gets the other data records (statistics, element types)."""
    status, every, templates = ipfix_dump(path)
    check(status == 0, f"ipfixDump {path}: exit {status}")
    records = [r for r in every if r.get("tid") in (256, 257)]
    if options is not None:
        options.extend(r for r in every if r.get("tid") not in (256, 257))
    return records, templates


def canonical(address):
    return str(ipaddress.ip_address(address))


def record_sums(records):
    sums = defaultdict(lambda: [0, 0])
    for r in records:
        src = r.get("sourceIPv4Address") or r.get("sourceIPv6Address")
        dst = r.get("destinationIPv4Address") or r.get("destinationIPv6Address")
        key = (canonical(src), canonical(dst), int(r["sourceTransportPort"]),
               int(r["destinationTransportPort"]), int(r["protocolIdentifier"]))
        sums[key][0] += int(r["packetDeltaCount"])
        sums[key][1] += int(r["octetDeltaCount"])
    return dict(sums)


def canonical_sums(capture):
    r = subprocess.run([CLI, "flows", "--read", capture, "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return {(canonical(k[0]), canonical(k[1]), *k[2:]): v for k, v in flow_sums(r.stdout).items()}


def sent_records(stderr):
    m = re.search(r"sent (\d+) flow records", stderr)
    return int(m.group(1)) if m else -1


def files_part(work):
    for name in CAPTURES:
        capture = os.path.join(DATA, "pcap", name)
        port = free_tcp_port()
        stream = os.path.join(work, name + ".ipfix")
        listener = Listener(port, stream)
        r = subprocess.run([CLI, "export", "--read", capture, "--ipfix", f"127.0.0.1:{port}",
                            "--transport", "tcp", "--active-timeout", "1"],
                           capture_output=True, text=True, timeout=120)
        check(r.returncode == 0, f"{name}: export exit {r.returncode} ({r.stderr.strip()})")
        listener.process.wait(timeout=30)  # socat ends when the exporter closes
        options = []
        records, templates = decoded(stream, options)
        check(templates == 2, f"{name}: {templates} templates on the connection, wanted 2")
        check(len(records) == sent_records(r.stderr),
              f"{name}: ipfixDump decoded {len(records)} records; export said {r.stderr!r}")
        # RFC 5610: ipfixDump learnt the names and types of Flowscope's own elements.
        check(all({"processId", "executablePath", "remoteHostName"} <= set(x) for x in records),
              f"{name}: ipfixDump did not name the enterprise elements: {sorted(records[0])}")
        # RFC 7011 4.1 and 4.3: the last statistics count every flow record, none lost.
        stats = [o for o in options if "exportedFlowRecordTotalCount" in o]
        lost = [o for o in options if "notSentFlowTotalCount" in o]
        check(bool(stats) and int(stats[-1]["exportedFlowRecordTotalCount"]) == len(records)
              and bool(lost) and int(lost[-1]["notSentFlowTotalCount"]) == 0,
              f"{name}: final statistics {stats[-1:]} {lost[-1:]}, {len(records)} records")
        got, want = record_sums(records), canonical_sums(capture)
        check(got == want, f"{name}: decoded per-flow sums differ from `flows`: "
                           f"{sum(got.get(k) != want.get(k) for k in set(got) | set(want))} differ")
        # The timeouts run in capture time: zoom's longest flow (1.44 s) is reported twice.
        check(len(records) > len(got), f"{name}: one record per flow direction despite "
                                       "--active-timeout 1")
        if name.endswith("tls2.pcap"):
            check(any(":" in k[0] for k in got), f"{name}: no IPv6 record decoded")
        print(f"{name}: {len(records)} records over TCP decoded by ipfixDump, "
              f"{len(got)} flow directions equal to `flows`")


def wait_for_records(path, count, deadline):
    while time.time() < deadline:
        if os.path.exists(path) and len(decoded(path)[0]) >= count:
            return True
        time.sleep(0.2)
    return False


def burst(count):
    """`count` UDP datagrams of 100 bytes between two fresh sockets; returns the flow key."""
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.bind(("127.0.0.1", 0))
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    for _ in range(count):
        sender.sendto(b"x" * 100, receiver.getsockname())
    return ("127.0.0.1", "127.0.0.1", sender.getsockname()[1], receiver.getsockname()[1], 17)


def live_inner():
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    work = tempfile.mkdtemp(prefix="flowscope-export-tcp-live-")
    port = free_tcp_port()
    first, second = os.path.join(work, "first.ipfix"), os.path.join(work, "second.ipfix")
    listener = Listener(port, first)
    export = subprocess.Popen(
        [CLI, "export", "--interface", "lo", "--ipfix", f"127.0.0.1:{port}", "--transport",
         "tcp", "--active-timeout", "1", "--idle-timeout", "1", "--filter",
         f"not tcp port {port}", "--duration", "30"], stderr=subprocess.PIPE, text=True)
    ready = export.stderr.readline()  # printed once the adapter is open
    check("exporting lo" in ready, f"export did not start: {ready!r}")
    before = burst(20)
    check(wait_for_records(first, 1, time.time() + 20), "nothing arrived before the restart")
    listener.stop()  # the collector goes away...
    during = burst(30)
    time.sleep(2.5)  # ...for longer than the flow's idle timeout: its record waits
    listener = Listener(port, second)  # ...and comes back on the same port
    after = burst(10)
    check(wait_for_records(second, 2, time.time() + 20), "nothing arrived after the restart")
    export.send_signal(signal.SIGINT)
    rest = export.communicate(timeout=60)[1]
    check(export.returncode == 0, f"live export: exit {export.returncode} ({rest.strip()})")
    listener.process.wait(timeout=30)
    records_first, _ = decoded(first)
    records_second, templates_second = decoded(second)
    check(templates_second == 2, f"second connection began with {templates_second} templates")
    got_first, got_second = record_sums(records_first), record_sums(records_second)
    check(got_first.get(before) == [20, 20 * 128], f"before the outage: {got_first}")
    check(got_second.get(during) == [30, 30 * 128], f"during the outage: {got_second}")
    check(got_second.get(after) == [10, 10 * 128], f"after the outage: {got_second}")
    total = len(records_first) + len(records_second)
    check(total == sent_records(rest), f"decoded {total} records; export said {rest!r}")
    print(f"live: {len(records_first)} records before the restart, {len(records_second)} "
          f"after it (the outage's traffic included), as the exporter counted")
    shutil.rmtree(work)


def fallback_inner():
    """Inside `unshare -n -m`: a name with two addresses, the first refusing."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    work = tempfile.mkdtemp(prefix="flowscope-export-tcp-fallback-")
    hosts = os.path.join(work, "hosts")
    with open(hosts, "w") as f:
        f.write("127.0.0.1 localhost\n::1 flowscope-collector\n127.0.0.1 flowscope-collector\n")
    subprocess.run(["mount", "--bind", hosts, "/etc/hosts"], check=True)
    port = free_tcp_port()
    order = [a[4][0] for a in socket.getaddrinfo("flowscope-collector", port,
                                                 type=socket.SOCK_STREAM)]
    check(order[:2] == ["::1", "127.0.0.1"], f"the name resolves to {order}, wanted ::1 first")
    stream = os.path.join(work, "fallback.ipfix")
    listener = Listener(port, stream)  # 127.0.0.1 only: ::1 refuses
    capture = os.path.join(DATA, "pcap", CAPTURES[0])
    r = subprocess.run([CLI, "export", "--read", capture, "--ipfix",
                        f"flowscope-collector:{port}", "--transport", "tcp"],
                       capture_output=True, text=True, timeout=120)
    check(r.returncode == 0, f"fallback: export exit {r.returncode} ({r.stderr.strip()})")
    try:
        listener.process.wait(timeout=10)  # socat ends when the exporter closes
    except subprocess.TimeoutExpired:
        listener.stop()  # the exporter never connected
    arrived = os.path.exists(stream) and os.path.getsize(stream) > 0
    records, templates = decoded(stream) if arrived else ([], 0)
    check(templates == 2 and len(records) == sent_records(r.stderr) > 0,
          f"fallback: {len(records)} records and {templates} templates arrived; {r.stderr!r}")
    if records:
        print(f"fallback: ::1 refused, 127.0.0.1 took {len(records)} records")
    shutil.rmtree(work)


if len(sys.argv) > 3 and sys.argv[3] == "--fallback-inner":
    fallback_inner()
    sys.exit(1 if failures else 0)

if len(sys.argv) > 3 and sys.argv[3] == "--live-inner":
    live_inner()
    sys.exit(1 if failures else 0)

if not shutil.which("socat") or not shutil.which("ipfixDump"):
    print("socat or ipfixDump (libfixbuf-tools) is not installed: test skipped")
    sys.exit(77)
work = tempfile.mkdtemp(prefix="flowscope-export-tcp-")
files_part(work)
shutil.rmtree(work)
if os.geteuid() == 0 and shutil.which("unshare"):
    # Live capture needs root; a private network namespace keeps it to its own loopback.
    run_in_namespace(__file__, [CLI, DATA])
    r = subprocess.run(["unshare", "-n", "-m", sys.executable, __file__, CLI, DATA,
                        "--fallback-inner"], capture_output=True, text=True, timeout=120)
    print(r.stdout, end="")
    check(r.returncode == 0, f"fallback part failed: {r.stdout}{r.stderr}")
else:
    print("live part skipped (needs root and unshare)")
print("FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
