#!/usr/bin/env python3
"""A flood of new flows at the flow cap, live, in a private network namespace (loopback only).

flowscope-test-tick-probe captures on lo with the engine as flowscope-cli does, but a cap of
CAP flows, printing every tick as it is published. A sender makes FLOWS new UDP flows (one
datagram to each of FLOWS loopback addresses 127.x.y.z, port 9999, where one unread socket
bound to 0.0.0.0 takes them, so the kernel answers with no ICMP), paced over about SEND
seconds; past the first CAP every new flow evicts one. Checks:

* the engine's tick stays on time: every tick is published at most LATE seconds after the
  previous one (the tick is 1 s), and the engine stops within STOP seconds of being asked;
* every datagram lo carried (its receive counter in /proc/net/dev) reached the flow table as
  a new flow or was counted as dropped, at most DROPS of them dropped; the table is at CAP
  and every flow beyond it was evicted.

When each eviction walked every live flow (an O(cap) index erase), the engine fell so far
behind that it had not stopped a minute after being asked.

Usage: flow_cap_flood_test.py TICK_PROBE. Exits 77 (skipped) with a printed reason where a
network namespace cannot be made.
"""
import json
import os
import socket
import subprocess
import sys
import time

SKIP = 77
CAP = 100_000
FLOWS = 250_000
SEND = 8.0
# Generous on purpose: the regression this guards (an O(cap) eviction) left ticks minutes
# late; a 2-core machine with another test running showed a 2.3 s gap (the test also runs
# alone now, RUN_SERIAL), so a tighter limit only measures the machine.
LATE = 3.0
STOP = 5.0
DROPS = 0.10  # frames lost in the kernel when the machine is busy (other tests, builds)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def outside(probe):
    r = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if r.returncode != 0:
        print("SKIPPED: cannot create a private network namespace (unshare -n: %s); "
              "run as root or with user namespaces enabled." % r.stderr.strip())
        sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    sys.exit(subprocess.run(["unshare", "-n", "--", sys.executable, __file__, probe],
                            env=env).returncode)


def flood():
    sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sink.bind(("0.0.0.0", 9999))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.bind(("127.0.0.1", 0))
    start = time.monotonic()
    chunk = 1000
    for base in range(0, FLOWS, chunk):
        for i in range(base, base + chunk):
            sender.sendto(b"x", ("127.%d.%d.%d" % (1 + (i >> 16), (i >> 8) & 255, i & 255), 9999))
        ahead = start + SEND * (base + chunk) / FLOWS - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
    took = time.monotonic() - start
    sender.close()
    sink.close()
    return took


def lo_packets():
    # What lo really carried: a burst can overflow the kernel's input backlog before any
    # capture sees it, and that is not Flowscope's loss.
    # (/proc/net/dev is this namespace's; /sys/class/net may still show the outer one's.)
    with open("/proc/net/dev") as f:
        for line in f:
            name, _, counters = line.partition(":")
            if name.strip() == "lo":
                return int(counters.split()[1])
    fail("no lo in /proc/net/dev")


def sanitized(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def timing_failures(gaps, stopped, dropped):
    failures = []
    if max(gaps) > LATE * 1000:
        failures.append("a tick came %.0f ms after the previous one (tick 1000 ms, limit %.0f)"
                        % (max(gaps), LATE * 1000))
    if stopped > STOP:
        failures.append("the engine took %.1f s to stop (limit %.1f s)" % (stopped, STOP))
    if dropped > FLOWS * DROPS:
        failures.append("%d packets dropped (limit %d)" % (dropped, FLOWS * DROPS))
    return failures


def inside(probe):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    p = subprocess.Popen([probe, "lo", str(CAP)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    if p.stdout.readline().strip() != "ready":
        fail("the probe did not start: " + p.stderr.read())
    time.sleep(1.0)
    before = lo_packets()
    took = flood()
    seen = lo_packets() - before
    print("sent %d new flows in %.2f s; the kernel's loopback counter saw %d" % (FLOWS, took,
                                                                                 seen))
    time.sleep(1.5)  # at least one more tick
    asked = time.monotonic()
    try:
        out, err = p.communicate(input="", timeout=STOP + 60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, _ = p.communicate()
        ticks = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        gaps = [b["ms"] - a["ms"] for a, b in zip(ticks, ticks[1:])]
        fail("the engine did not stop within %.0f s of being asked (%d ticks, the longest gap "
             "%.0f ms, %d flows created)" % (STOP + 60, len(ticks), max(gaps, default=0),
                                            ticks[-1]["flows"] if ticks else 0))
    stopped = time.monotonic() - asked
    if p.returncode != 0:
        fail("the probe exited with %d: %s" % (p.returncode, err))
    ticks = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if len(ticks) < 3 or not ticks[-1].get("final"):
        fail("expected a tick a second and a final snapshot, got: %s" % out)
    gaps = [b["ms"] - a["ms"] for a, b in zip(ticks, ticks[1:-1])]
    for t in ticks:
        print("tick %(sequence)2d at %(ms)8.1f ms: %(flows_now)6d in table, %(flows)6d created, "
              "%(evicted)6d evicted, %(dropped)d dropped" % t)
    last = ticks[-1]
    failures = []
    if sanitized(probe):
        print("AddressSanitizer build (several times slower a packet): the counts are checked, "
              "the tick, stop and drop limits of a release build are not")
    else:
        failures += timing_failures(gaps, stopped, last["dropped"])
    if (last["packets"] + last["dropped"] < seen or last["flows"] != last["packets"] or
            last["flows_now"] != CAP or last["evicted"] != last["flows"] - CAP):
        failures.append("%d packets counted and %d dropped (the kernel saw %d), %d flows created, "
                        "%d evicted, %d in the table (want %d)" % (
                            last["packets"], last["dropped"], seen, last["flows"],
                            last["evicted"], last["flows_now"], CAP))
    print("longest tick gap %.0f ms, stopped %.2f s after asked" % (max(gaps), stopped))
    if failures:
        fail("; ".join(failures))
    print("ok  %d ticks on time, %d flows created, %d evicted, %d dropped"
          % (len(ticks), last["flows"], last["evicted"], last["dropped"]))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(sys.argv[1])
    else:
        outside(sys.argv[1])
