#!/usr/bin/env python3
"""flowscope-cli export: usage errors are one sentence with exit 2; a capture file exported
to real collectors on 127.0.0.1 (nfcapd from Debian's nfdump, nfacctd from pmacct) reads
back, per flow and direction, the packets and bytes that `flowscope-cli flows --format json`
counts for the same file (wire bytes minus the 14-byte Ethernet header per frame, as
docs/export.md says). As root, also a live capture of loopback inside a private network
namespace, exported to nfcapd, with traffic of known sizes.
Usage: export_test.py FLOWSCOPE_CLI TEST_DATA_DIR"""
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

from collectors import Nfcapd, check, failures, flow_sums, free_port, run_in_namespace, wait_for_port

CLI, DATA = sys.argv[1], sys.argv[2]
CAPTURE = os.path.join(DATA, "pcap", "ndpi-zoom.pcap")  # Ethernet
def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def usage_errors():
    cases = [
        (["export", "--read", CAPTURE], "--ipfix HOST[:PORT]"),
        (["export", "--ipfix", "127.0.0.1"], "either --read FILE or --interface NAME"),
        (["export", "--read", CAPTURE, "--ipfix", "127.0.0.1:99999"], "not a port number"),
        (["export", "--read", CAPTURE, "--ipfix", "[::1"], "closing ']'"),
        (["export", "--read", CAPTURE, "--ipfix", "127.0.0.1", "--transport", "sctp"],
         "is not supported"),
        (["export", "--read", CAPTURE, "--ipfix", "127.0.0.1", "--active-timeout", "-1"],
         "--active-timeout"),
        (["export", "--read", CAPTURE, "--ipfix", "no-such-collector.invalid"],
         "could not be resolved"),
    ]
    for args, phrase in cases:
        r = run(*args)
        check(r.returncode == 2, f"{args}: exit {r.returncode}, wanted 2 ({r.stderr.strip()})")
        check(phrase in r.stderr, f"{args}: {r.stderr.strip()!r} lacks {phrase!r}")
        check(r.stderr.count("\n") == 1, f"{args}: not one line: {r.stderr!r}")
    r = run("export", "--read", os.path.join(DATA, "no-such.pcap"), "--ipfix", "127.0.0.1")
    check(r.returncode == 3, f"missing file: exit {r.returncode}, wanted 3 ({r.stderr.strip()})")


def expected_sums():
    r = run("flows", "--read", CAPTURE, "--format", "json")
    assert r.returncode == 0, r.stderr
    return flow_sums(r.stdout)


def with_nfcapd():
    work = tempfile.mkdtemp(prefix="flowscope-export-")
    collector = Nfcapd(work)
    try:
        export_to(collector.port, "nfcapd")
        time.sleep(0.5)
    finally:
        collected = collector.stop()  # nfcapd writes its file on the way out
    compare("nfcapd", collected)
    compare_flags(collector.flags)
    shutil.rmtree(work)


def tshark_tcp_flags():
    """The oracle for tcpControlBits: per TCP direction, the OR of the flags byte of every
    packet, as tshark decodes the capture."""
    r = subprocess.run(["tshark", "-r", CAPTURE, "-Y", "tcp", "-T", "fields", "-E",
                        "separator=|", "-e", "ip.src", "-e", "ipv6.src", "-e", "ip.dst",
                        "-e", "ipv6.dst", "-e", "tcp.srcport", "-e", "tcp.dstport",
                        "-e", "tcp.flags"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    flags = defaultdict(int)
    for line in r.stdout.splitlines():
        s4, s6, d4, d6, sp, dp, bits = line.split("|")
        key = (str(ipaddress.ip_address(s4 or s6)), str(ipaddress.ip_address(d4 or d6)),
               int(sp), int(dp))
        flags[key] |= int(bits, 16) & 0xff
    return dict(flags)


def compare_flags(collected):
    if not shutil.which("tshark"):
        print("nfcapd: per-direction TCP flags not compared (tshark is not installed)")
        return
    expected = tshark_tcp_flags()
    one_sided = sum(1 for (s, d, sp, dp), f in expected.items()
                    if expected.get((d, s, dp, sp), f) != f)
    check(one_sided > 0, "the capture has no TCP flow whose directions differ in flags")
    check(collected == expected,
          f"nfcapd read back TCP flags of {len(collected)} directions, tshark has "
          f"{len(expected)}; differences: "
          f"{[(k, collected.get(k), v) for k, v in expected.items() if collected.get(k) != v][:5]}")
    print(f"nfcapd: tcpControlBits of {len(collected)} TCP flow directions equal tshark's "
          f"per-direction OR ({one_sided} directions differ from their reverse)")


def export_to(port, name):
    wait_for_port(port)
    r = run("export", "--read", CAPTURE, "--ipfix", f"127.0.0.1:{port}", "--active-timeout", "1")
    check(r.returncode == 0, f"export to {name}: exit {r.returncode} ({r.stderr.strip()})")
    check("flow records in" in r.stderr, f"export summary missing: {r.stderr!r}")


def compare(name, collected):
    expected = expected_sums()
    check(len(expected) > 10, f"only {len(expected)} flow directions")
    check(collected == expected,
          f"{name} read back {len(collected)} flow directions, flows counted {len(expected)}; "
          f"differences: {[(k, collected.get(k), v) for k, v in expected.items() if collected.get(k) != v][:5]}")
    print(f"{name}: {len(collected)} flow directions read back, {len(expected)} counted")


def with_nfacctd():
    """pmacct's print plugin, aggregated by 5-tuple, appending a CSV every second."""
    work = tempfile.mkdtemp(prefix="flowscope-nfacctd-")
    port = free_port()
    out = os.path.join(work, "out.csv")
    conf = os.path.join(work, "nfacctd.conf")
    with open(conf, "w") as f:
        f.write(f"""daemonize: false
nfacctd_ip: 127.0.0.1
nfacctd_port: {port}
plugins: print[out]
aggregate[out]: src_host, dst_host, src_port, dst_port, proto
print_output[out]: csv
print_output_file[out]: {out}
print_output_file_append[out]: true
print_refresh_time[out]: 1
""")
    log = open(os.path.join(work, "nfacctd.log"), "w")
    collector = subprocess.Popen(["nfacctd", "-f", conf], stdout=log, stderr=subprocess.STDOUT)
    try:
        export_to(port, "nfacctd")
        time.sleep(2.5)  # one more refresh writes what arrived
    finally:
        collector.send_signal(signal.SIGINT)
        collector.wait(timeout=30)
        log.close()
    names = {"tcp": 6, "udp": 17, "icmp": 1, "ipv6-icmp": 58}
    sums = defaultdict(lambda: [0, 0])
    with open(out) as f:
        for line in f:
            if line.startswith("SRC_IP") or not line.strip():
                continue
            sa, da, sp, dp, pr, pkt, byt = line.strip().split(",")
            key = (sa, da, int(sp), int(dp), names.get(pr) or int(pr))
            sums[key][0] += int(pkt)
            sums[key][1] += int(byt)
    compare("nfacctd", dict(sums))
    shutil.rmtree(work)


def live_inner():
    """Inside a private network namespace (loopback only): capture lo live, send 20 UDP
    datagrams of 100 bytes and a TCP exchange of known sizes, and read them back from nfcapd:
    the IP bytes are known without asking Flowscope (UDP: 20 + 8 + 100 = 128 per packet)."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    work = tempfile.mkdtemp(prefix="flowscope-export-live-")
    collector = Nfcapd(work)
    port = collector.port
    export = subprocess.Popen([CLI, "export", "--interface", "lo", "--ipfix", f"127.0.0.1:{port}",
                               "--filter", f"not udp port {port}", "--duration", "3"],
                              stderr=subprocess.PIPE, text=True)
    ready = export.stderr.readline()  # printed once the adapter is open
    check("exporting lo" in ready, f"export did not start: {ready!r}")
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.bind(("127.0.0.1", 0))
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    for _ in range(20):
        sender.sendto(b"x" * 100, receiver.getsockname())
    rest = export.communicate(timeout=60)[1]
    check(export.returncode == 0, f"live export: exit {export.returncode} ({rest.strip()})")
    collected = collector.stop()
    key = ("127.0.0.1", "127.0.0.1", sender.getsockname()[1], receiver.getsockname()[1], 17)
    check(collected.get(key) == [20, 20 * 128],
          f"live UDP flow read back as {collected.get(key)}, sent [20, 2560]; all: {collected}")
    print(f"live: {collected.get(key)} packets and IP bytes read back from nfcapd")
    shutil.rmtree(work)


if len(sys.argv) > 3 and sys.argv[3] == "--live-inner":
    live_inner()
    sys.exit(1 if failures else 0)

usage_errors()
ran = False
if shutil.which("nfcapd") and shutil.which("nfdump"):
    with_nfcapd()
    ran = True
if shutil.which("nfacctd"):
    with_nfacctd()
    ran = True
if shutil.which("nfcapd") and os.geteuid() == 0 and shutil.which("unshare"):
    # Live capture needs root; a private network namespace keeps it to its own loopback.
    run_in_namespace(__file__, [CLI, DATA])
else:
    print("live part skipped (needs root, unshare and nfcapd)")
if not ran:
    print("neither nfcapd nor nfacctd is installed: collector part skipped")
    sys.exit(1 if failures else 77)
print("FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
