#!/usr/bin/env python3
"""Records tests/data/flows/tcp-port-reuse.pcap: real sequential TCP connections that reuse
their 5-tuples, and writes its expectations from Wireshark's tcp.stream.

In a private network namespace (loopback only) with the ephemeral port range cut to four
ports (net.ipv4.ip_local_port_range = 40000 40003), a client makes 40 sequential connections
to 127.0.0.1:8080 and 20 to [::1]:8080; each sends a request and reads a reply. Two out of three
are closed by the server first (FIN; the server's side keeps TIME-WAIT, which accepts the next
SYN on the same tuple), every third by the client with a RST (SO_LINGER 0). The kernel picks
the client port, so tuples are reused many times. dumpcap (Wireshark 4.0.17) records the
loopback traffic as pcap.

The expectations come from tshark:
  tshark -n -r F -T fields -E separator=/t -e tcp.stream -e frame.len -e ip.src -e ipv6.src
         -e tcp.srcport -e ip.dst -e ipv6.dst -e tcp.dstport
aggregated per tcp.stream into F.streams.tsv: stream, client port, server port, packets, bytes.

Usage (as root, or where `unshare -n` works):
  tools/golden/make_tcp_reuse_capture.py [OUT.pcap [IPV4_CONNECTIONS]]
(IPV4_CONNECTIONS defaults to 40; half as many IPv6 connections follow.)
The same expectations for an existing capture (no namespace needed):
  tools/golden/make_tcp_reuse_capture.py --expect CAPTURE OUT.streams.tsv
"""
import os
import socket
import struct
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(ROOT, "tests", "data", "flows", "tcp-port-reuse.pcap")


def serve(listener, count):
    for i in range(count):
        conn, _ = listener.accept()
        conn.recv(100)
        conn.sendall(b"reply %d\n" % i)
        if i % 3 == 2:  # the client resets this one
            try:
                conn.recv(100)
            except ConnectionResetError:
                pass
        conn.close()


def connections(family, address, count):
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, 8080))
    listener.listen(8)
    server = threading.Thread(target=serve, args=(listener, count))
    server.start()
    for i in range(count):
        c = socket.socket(family, socket.SOCK_STREAM)
        c.connect((address, 8080))
        c.sendall(b"request %d\n" % i)
        if i % 3 == 2:
            c.recv(100)
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            while c.recv(100):  # until the server's FIN
                pass
        c.close()
        time.sleep(0.01)
    server.join()
    listener.close()


def inside(out, count):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    with open("/proc/sys/net/ipv4/ip_local_port_range", "w") as f:
        f.write("40000 40003")
    dump = subprocess.Popen(["dumpcap", "-q", "-P", "-i", "lo", "-f", "tcp port 8080", "-w", out],
                            stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    connections(socket.AF_INET, "127.0.0.1", count)
    connections(socket.AF_INET6, "::1", count // 2)
    time.sleep(0.5)
    dump.terminate()
    dump.wait()


def expectations(out, tsv):
    fields = subprocess.run(
        ["tshark", "-n", "-r", out, "-T", "fields", "-E", "separator=/t", "-e", "tcp.stream",
         "-e", "frame.len", "-e", "ip.src", "-e", "ipv6.src", "-e", "tcp.srcport", "-e",
         "ip.dst", "-e", "ipv6.dst", "-e", "tcp.dstport"],
        capture_output=True, text=True, check=True).stdout
    streams = {}
    for line in fields.splitlines():
        stream, length, _, _, sport, _, _, dport = (c.split(",")[0] for c in line.split("\t"))
        if not stream:
            continue  # not TCP
        s = streams.setdefault(int(stream), {"packets": 0, "bytes": 0})
        if s["packets"] == 0:  # the first frame seen, normally the client's SYN
            s["client"], s["server"] = int(sport), int(dport)
        s["packets"] += 1
        s["bytes"] += int(length)
    with open(tsv, "w") as f:
        f.write("# tcp.stream\tclient_port\tserver_port\tpackets\tbytes of %s (tshark 4.0.17, "
                "see tools/golden/make_tcp_reuse_capture.py)\n" % os.path.basename(out))
        for n in sorted(streams):
            s = streams[n]
            f.write("%d\t%d\t%d\t%d\t%d\n" % (n, s["client"], s["server"], s["packets"],
                                               s["bytes"]))
    tuples = {(s["client"], s["server"]) for s in streams.values()}
    print("%s: %d tcp.streams on %d port pairs" % (out, len(streams), len(tuples)))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--expect":
        expectations(sys.argv[2], sys.argv[3])
        sys.exit(0)
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(out, count)
        sys.exit(0)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    subprocess.run(["unshare", "-n", "--", sys.executable, __file__, out, str(count)], env=env,
                   check=True)
    expectations(out, out + ".streams.tsv")
