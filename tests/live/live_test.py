#!/usr/bin/env python3
"""Live capture, end to end, in a private network namespace (loopback only).

Real client and server processes (flowscope-test-peer) exchange a known number of bytes over
TCP and UDP, on IPv4 and IPv6, while `flowscope-cli flows --interface lo` captures. The flows
it prints must match what the peers did, exactly:

* UDP: N datagrams of S bytes each way -> packets N/N, bytes N * (14 + IP + 8 + S) each way
  (loopback frames carry a 14-byte Ethernet header; IP is 20 for IPv4, 40 for IPv6).
* TCP: the client sends C bytes and the server replies R bytes; every segment but the SYN
  and SYN-ACK carries a 32-byte TCP header (timestamps, Linux's default); those two carry
  40. So bytes_out = C + packets_out * (14 + IP + 32) + 8, and likewise for bytes_in.
* With FLOWSCOPE_LIVE_LOSSY=1, every third TCP data segment is dropped after the capture saw it
  leave; TCP retransmits, and the counts are checked against the written capture as read by an
  independent parser (pcap_oracle.py): the peers' payload exactly once, plus the resent bytes.
* The same capture, written with --write and read back with --read, gives the same flows.

Usage: live_test.py FLOWSCOPE_CLI TEST_PEER. Exits 77 (skipped) with a printed reason where
a network namespace cannot be made.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import capture_ready
import pcap_oracle

SKIP = 77
# FLOWSCOPE_LIVE_LOSSY=1: TCP segments are dropped on purpose and must be retransmitted.
LOSSY = os.environ.get("FLOWSCOPE_LIVE_LOSSY") == "1"
RETRANSMITTED = []


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def outside(cli, peer):
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIPPED: cannot create a private network namespace (unshare -n: %s); "
              "run as root or with user namespaces enabled." % probe.stderr.strip())
        sys.exit(SKIP)
    if LOSSY and shutil.which("iptables") is None:
        print("SKIPPED: lossy mode needs iptables to drop segments (tools/deps.sh test "
              "installs it).")
        sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    r = subprocess.run(["unshare", "-n", "--", sys.executable, __file__, cli, peer], env=env)
    sys.exit(r.returncode)


def start_server(peer, args):
    p = subprocess.Popen([peer] + args, stdout=subprocess.PIPE, text=True)
    line = p.stdout.readline().strip()
    if line != "listening":
        fail("server %s did not start: %r" % (args, line))
    return p


def finish(p, what):
    out, _ = p.communicate(timeout=30)
    if p.returncode != 0:
        fail("%s exited with %d" % (what, p.returncode))
    return out


def find_flow(flows, proto, remote_port):
    hits = [f for f in flows if f["protocol"] == proto and
            remote_port in (f["remote"]["port"], f["local"]["port"])]
    if len(hits) != 1:
        fail("expected one %s flow with port %d, found %d: %s" % (proto, remote_port, len(hits),
                                                                 json.dumps(hits)))
    return hits[0]


def expect(flow, key, value):
    if flow[key] != value:
        fail("%s:%s -> %s:%s %s: got %s, expected %s" % (
            flow["local"]["ip"], flow["local"]["port"], flow["remote"]["ip"],
            flow["remote"]["port"], key, flow[key], value))


def check_tcp(flow, dump, port, sent, replied, hdr):
    """The client sent `sent` bytes and the server `replied`. Without retransmissions the
    header arithmetic of the docstring gives the wire bytes exactly; with them (a loaded
    loopback drops segments), the written capture, read by an independent parser, must show
    exactly the peers' payload once plus what TCP sent again, and Flowscope must count every
    frame of it."""
    wire = pcap_oracle.tcp_directions(dump, port)
    for d, payload in (("out", sent), ("in", replied)):
        if wire[d]["payload"] != payload:
            fail("port %d %s: the capture holds %d bytes of new payload, the peer sent %d" % (
                port, d, wire[d]["payload"], payload))
        expect(flow, "packets_" + d, wire[d]["frames"])
        if wire[d]["retransmitted"] == 0:
            expect(flow, "bytes_" + d, payload + flow["packets_" + d] * hdr + 8)
        else:
            RETRANSMITTED.append(wire[d]["retransmitted"])
            print("note: port %d %s: TCP retransmitted %d bytes; checked against the capture" % (
                port, d, wire[d]["retransmitted"]))
            expect(flow, "bytes_" + d, wire[d]["bytes"])


def drop_segments(ports):
    """Lossy mode: drop every third TCP data segment to and from the servers (INPUT, i.e. after
    the capture saw it leave), so that TCP retransmits and the capture holds some payload
    twice."""
    for tool in ("iptables", "ip6tables"):
        for port in ports:
            for match in ("--dport", "--sport"):
                subprocess.run([tool, "-A", "INPUT", "-p", "tcp", match, str(port), "-m",
                                "length", "--length", "200:65535", "-m", "statistic", "--mode",
                                "nth", "--every", "3", "--packet", "0", "-j",
                                "DROP"], check=True)


def inside(cli, peer):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    if LOSSY:
        drop_segments([7001, 7011])
    tmp = tempfile.mkdtemp(prefix="flowscope-live-")
    dump = os.path.join(tmp, "capture.pcap")
    out_path = os.path.join(tmp, "flows.json")
    with open(out_path, "w") as out:
        capture = subprocess.Popen([cli, "flows", "--interface", "lo", "--format", "json",
                                    "--write", dump, "--duration", "60"], stdout=out,
                                   stderr=subprocess.PIPE, text=True)
        capture_ready.wait_for_capture(capture, fail)

        plan = []  # (proto, family, port, client_bytes, reply_bytes | count, size)
        for family, addr, base in (("v4", "127.0.0.1", 7001), ("v6", "::1", 7011)):
            s = start_server(peer, ["tcp-server", addr, str(base), "50000"])
            c = subprocess.Popen([peer, "tcp-client", addr, str(base), "100000"],
                                 stdout=subprocess.PIPE, text=True)
            finish(c, "tcp client")
            finish(s, "tcp server")
            plan.append(("tcp", family, base, 100000, 50000))
            s = start_server(peer, ["udp-server", addr, str(base + 1), "20"])
            c = subprocess.Popen([peer, "udp-client", addr, str(base + 1), "20", "1000"],
                                 stdout=subprocess.PIPE, text=True)
            finish(c, "udp client")
            finish(s, "udp server")
            plan.append(("udp", family, base + 1, 20, 1000))
        time.sleep(0.5)
        capture.send_signal(signal.SIGINT)
        _, err = capture.communicate(timeout=30)
        if capture.returncode != 0:
            fail("flowscope-cli exited with %d: %s" % (capture.returncode, err))
    live = json.load(open(out_path))
    if live["source"]["type"] != "live" or live["source"]["interface"] != "lo":
        fail("bad source object: %s" % live["source"])

    for proto, family, port, a, b in plan:
        flow = find_flow(live["flows"], proto, port)
        ip_header = 20 if family == "v4" else 40
        # Both ends are this machine's addresses; the client (ephemeral port) is local.
        if flow["remote"]["port"] != port:
            fail("%s flow on port %d: the server side should be remote: %s" % (proto, port, flow))
        if proto == "udp":
            per = 14 + ip_header + 8 + b
            for k, v in (("packets_out", a), ("packets_in", a), ("bytes_out", a * per),
                         ("bytes_in", a * per)):
                expect(flow, k, v)
        else:
            check_tcp(flow, dump, port, a, b, 14 + ip_header + 32)
        print("ok  %-4s %s port %d: %d/%d packets, %d/%d bytes" % (
            proto, family, port, flow["packets_out"], flow["packets_in"], flow["bytes_out"],
            flow["bytes_in"]))

    if LOSSY and not RETRANSMITTED:
        fail("lossy mode: segments were dropped, yet the capture shows no retransmission")

    # Read back what --write saved: the same flows, byte for byte.
    r = subprocess.run([cli, "flows", "--read", dump, "--format", "json"], capture_output=True,
                       text=True)
    if r.returncode != 0:
        fail("reading the written capture failed: " + r.stderr)
    offline = json.loads(r.stdout)
    if offline["totals"]["packets"] != live["totals"]["packets"]:
        fail("written file has %d packets, live saw %d" % (offline["totals"]["packets"],
                                                          live["totals"]["packets"]))
    for proto, _, port, _, _ in plan:
        l, o = find_flow(live["flows"], proto, port), find_flow(offline["flows"], proto, port)
        for k in ("packets_out", "packets_in", "bytes_out", "bytes_in", "first_seen",
                  "last_seen"):
            expect(o, k, l[k])
    print("ok  --write file read back: %d packets, same flows" % offline["totals"]["packets"])
    print("4 passed, 0 failed")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(sys.argv[1], sys.argv[2])
    else:
        outside(sys.argv[1], sys.argv[2])
