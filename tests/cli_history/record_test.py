#!/usr/bin/env python3
"""`flowscope-cli record --interface lo` in a private network namespace, while a real program
(flowscope-test-paced-peer, client and server) sends a steady TCP stream on loopback for a few
seconds. An independent oracle counts the connection's frames: a packet socket of this script
on lo, each frame stamped by the kernel (SO_TIMESTAMPNS) and counted once (loopback hands a
packet socket every frame twice, outgoing and incoming; the outgoing copy is skipped, as libpcap
does). `report --by application --format json` afterwards must give, for the peer program:

* clean: SIGTERM 0.1 s after the stream ended (its last frames in the tick still open), exit
  0: exactly the oracle's frames and wire bytes, each direction;
* crash: after `kill -9` in the middle of the stream: every tick but possibly the last. The
  recorder writes each 1 s tick in one transaction once the tick has ended, so a frame on the
  wire by KILL - 2.5 s lies in a tick that ended by KILL - 1.5 s, whose transaction had at
  least a second to commit before the tick being written at the kill (the one that may be
  lost). Lower bound: the oracle's frames stamped by KILL - 2.5 s; upper bound: its frames
  stamped by KILL + 0.5 s (nothing later can have been captured). The database must open. A
  report run while the recorder writes must work too (WAL).

Usage: record_test.py clean|crash FLOWSCOPE_CLI PACED_PEER. Exits 77 (skipped) where a network
namespace cannot be made.
"""
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "live"))
import capture_ready  # noqa: E402

SKIP = 77
PORT = 7301
ETH_P_ALL = 0x0003
SO_TIMESTAMPNS = 35
PACKET_OUTGOING = 4


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


class Oracle(threading.Thread):
    """(kernel time, wire length, direction) of every frame of the TCP connection to PORT."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        self.sock.bind(("lo", 0))
        self.sock.settimeout(0.2)
        self.frames = []
        self.stopping = False

    def run(self):
        while not self.stopping:
            try:
                data, anc, flags, addr = self.sock.recvmsg(65536, 64, socket.MSG_TRUNC)
            except socket.timeout:
                continue
            if addr[2] == PACKET_OUTGOING:
                continue
            stamp = time.time()
            for level, kind, value in anc:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
                    sec, nsec = struct.unpack("qq", value[:16])
                    stamp = sec + nsec / 1e9
            direction = self.direction(data)
            if direction:
                # MSG_TRUNC: recvmsg's data is cut at 65536, the frame may be longer.
                self.frames.append((stamp, self.length(data), direction))

    @staticmethod
    def length(frame):
        # IPv4 total length + the 14-byte Ethernet header (a truncated copy keeps its header).
        return 14 + struct.unpack_from("!H", frame, 16)[0]

    @staticmethod
    def direction(frame):
        if len(frame) < 38 or struct.unpack_from("!H", frame, 12)[0] != 0x0800 or frame[23] != 6:
            return None
        ihl = (frame[14] & 0x0F) * 4
        sport, dport = struct.unpack_from("!HH", frame, 14 + ihl)
        return "out" if dport == PORT else "in" if sport == PORT else None

    def totals(self, until=float("inf")):
        t = {"bytes_out": 0, "bytes_in": 0, "packets_out": 0, "packets_in": 0}
        for stamp, length, d in self.frames:
            if stamp <= until:
                t["bytes_" + d] += length
                t["packets_" + d] += 1
        return t

    def stop(self):
        time.sleep(0.3)
        self.stopping = True
        self.join()


def outside(mode, cli, peer):
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIPPED: cannot create a private network namespace (unshare -n: %s); "
              "run as root or with user namespaces enabled." % probe.stderr.strip())
        sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    r = subprocess.run(["unshare", "-n", "--", sys.executable, __file__, mode, cli, peer],
                       env=env)
    sys.exit(r.returncode)


def peer_row(cli, db, peer):
    """What the report says, as one row: the peer program's traffic plus any the recorder wrote
    before the connection's owner was known (a tick that ended before the process resolver
    answered, on a loaded machine, is written without the program: attribution's speed is
    live_process_attribution's to test, not this one's). Nothing else runs in the namespace,
    so every row is the peer's stream; the peer's own row must hold traffic too."""
    r = subprocess.run([cli, "report", "--database", db, "--since", "1h", "--by", "application",
                        "--format", "json"], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        fail("report after recording exited %d: %s" % (r.returncode, r.stderr))
    rows = json.loads(r.stdout)["rows"]
    own = [row for row in rows if row["path"] == peer]
    if len(own) != 1 or own[0]["bytes"] <= 0:
        fail("expected one row with traffic for %s, got: %s" % (peer, r.stdout))
    others = [row for row in rows if row["path"] != peer]
    if any(row["path"] or row["application"] for row in others):
        fail("another program's row in a namespace where only the peer runs: %s" % r.stdout)
    total = dict(own[0])
    for k in ("bytes", "bytes_in", "bytes_out", "packets", "packets_in", "packets_out"):
        total[k] = sum(row[k] for row in rows)
    total["unattributed bytes"] = total["bytes"] - own[0]["bytes"]
    return total


def start_peers(peer, chunks):
    server = subprocess.Popen([peer, "server", "127.0.0.1", str(PORT)], stdout=subprocess.PIPE,
                              text=True)
    if server.stdout.readline().strip() != "listening":
        fail("the server did not start")
    client = subprocess.Popen([peer, "client", "127.0.0.1", str(PORT), "4000", str(chunks),
                               "50"], stdout=subprocess.PIPE, text=True)
    return server, client


def finish_peers(server, client):
    for p in (client, server):
        out, _ = p.communicate(timeout=30)
        if p.returncode != 0 or not out.startswith("ok "):
            fail("a peer failed: %r" % out)


def inside(mode, cli, peer):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    peer = os.path.realpath(peer)
    tmp = tempfile.mkdtemp(prefix="flowscope-record-")
    db = os.path.join(tmp, "history.sqlite")
    rec = subprocess.Popen([cli, "record", "--interface", "lo", "--database", db],
                           stderr=subprocess.PIPE, text=True)
    capture_ready.wait_for_capture(rec, fail)
    oracle = Oracle()
    oracle.start()
    if mode == "clean":
        server, client = start_peers(peer, 30)  # 1.5 s
        finish_peers(server, client)
        # Soon after the last frame, so that (9 times in 10 with 1 s ticks) it lies in the
        # tick still open: only a clean stop, which publishes and writes that tick, has it.
        time.sleep(0.1)
        rec.send_signal(signal.SIGTERM)
        _, err = rec.communicate(timeout=20)
        oracle.stop()
        if rec.returncode != 0:
            fail("record exited %d after SIGTERM: %s" % (rec.returncode, err))
        if "recording lo into " + db not in err.splitlines()[0]:
            fail("the first line on stderr does not say where it records: %r" % err)
        want, got = oracle.totals(), peer_row(cli, db, peer)
        for k in want:
            if got[k] != want[k]:
                fail("%s: recorded %d, the wire carried %d (%s)" % (k, got[k], want[k], got))
        print("ok  SIGTERM: %d/%d packets, %d/%d bytes out/in, as on the wire (%d of the bytes "
              "before the owner was known)" % (got["packets_out"], got["packets_in"],
                                               got["bytes_out"], got["bytes_in"],
                                               got["unattributed bytes"]))
        return
    server, client = start_peers(peer, 120)  # 6 s
    time.sleep(2.0)
    # A report while the recorder writes (WAL: the reader neither waits nor blocks it).
    during = peer_row(cli, db, peer)
    time.sleep(2.0)
    kill = time.time()
    rec.send_signal(signal.SIGKILL)
    rec.communicate(timeout=20)
    finish_peers(server, client)
    oracle.stop()
    low, high, got = oracle.totals(kill - 2.5), oracle.totals(kill + 0.5), peer_row(cli, db, peer)
    for k in ("bytes", "packets"):
        recorded = got[k + "_out"] + got[k + "_in"]
        lo = low[k + "_out"] + low[k + "_in"]
        hi = high[k + "_out"] + high[k + "_in"]
        print("    %s: %d <= recorded %d <= %d (sent in all: %d)" % (
            k, lo, recorded, hi, sum(oracle.totals()[k + d] for d in ("_out", "_in"))))
        if not lo <= recorded <= hi:
            fail("%s recorded before kill -9: %d, expected between %d and %d" % (
                k, recorded, lo, hi))
        if lo < hi // 4:
            fail("the lower bound %d is too weak to test anything (upper %d)" % (lo, hi))
    if not 0 < during["bytes"] <= got["bytes"]:
        fail("a report during the recording gave %d bytes, after it %d" % (during["bytes"],
                                                                          got["bytes"]))
    print("ok  a report during the recording: %d bytes so far" % during["bytes"])
    print("ok  kill -9: every tick but the last is in the database")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("clean", "crash"):
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(*sys.argv[1:])
    else:
        outside(*sys.argv[1:])
