#!/usr/bin/env python3
"""Lost packets are counted once each, in a private network namespace (loopback only).

A real flood: `flowscope-cli flows --interface lo` is stopped (SIGSTOP) while this script
sends N UDP datagrams over lo, so the kernel's capture buffer overflows for certain; then the
capture goes on (SIGCONT), drains the buffer and is ended with Ctrl+C. Nothing else uses the
namespace's lo, so every datagram was either counted or lost:

    totals.packets + totals.dropped == N   (and dropped > 0)

Before, on lo each lost datagram was counted twice (its outgoing and its incoming copy both
overflowed the buffer): dropped was about 2 x (N - packets). stderr must say that packets
were lost.

Usage: drops_test.py FLOWSCOPE_CLI. Exits 77 (skipped) with a reason where a network
namespace cannot be made.
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time

import capture_ready

SKIP = 77
FLOOD = 100000


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def outside(cli):
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIPPED: cannot create a private network namespace (unshare -n: %s); "
              "run as root." % probe.stderr.strip())
        sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    sys.exit(subprocess.run(["unshare", "-n", "--", sys.executable, __file__, cli],
                            env=env).returncode)


def inside(cli):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    capture = subprocess.Popen([cli, "flows", "--interface", "lo", "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    capture_ready.wait_for_capture(capture, fail)
    capture.send_signal(signal.SIGSTOP)
    rx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    rx.bind(("127.0.0.1", 9000))
    rx.setblocking(False)
    tx = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for _ in range(FLOOD):
        tx.sendto(b"flood" * 12, ("127.0.0.1", 9000))
        try:
            while True:
                rx.recv(100)  # keep the receiver's buffer empty: no ICMP, no socket drops
        except BlockingIOError:
            pass
    capture.send_signal(signal.SIGCONT)
    time.sleep(2.0)  # the capture drains the kernel's buffer
    capture.send_signal(signal.SIGINT)
    out, err = capture.communicate(timeout=60)
    if capture.returncode != 0:
        fail("flowscope-cli exited with %d: %s" % (capture.returncode, err))
    doc = json.loads(out)
    counted, dropped = doc["totals"]["packets"], doc["totals"]["dropped"]
    print("sent %d, counted %d, dropped %d (%s), real shortfall %d" % (
        FLOOD, counted, dropped, doc["capture"], FLOOD - counted))
    if dropped == 0:
        fail("the flood did not overflow the capture buffer; nothing was tested")
    if counted + dropped != FLOOD:
        fail("counted + dropped = %d, but %d datagrams were sent" % (counted + dropped, FLOOD))
    c = doc["capture"]
    if c["dropped_by_kernel"] + c["dropped_by_interface"] + c["dropped_by_queue"] != dropped:
        fail("the parts of dropped do not add up: %s" % c)
    if "%d packets were lost" % dropped not in err:
        fail("stderr does not say that packets were lost: %r" % err)
    if "were lost" not in (doc["source"]["warning"] or ""):
        fail("JSON source.warning does not say that packets were lost")
    print("1 passed, 0 failed")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(sys.argv[1])
    else:
        outside(sys.argv[1])
