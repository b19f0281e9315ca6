#!/usr/bin/env python3
"""Live ingest through the capture helper against direct capture, in the same run.

Inside a private network namespace (unshare -n), a veth pair fsb0/fsb1: bench_veth_flood sends
UDP datagrams out of fsb1 (to a neighbour address whose MAC is fsb0's, so they cross the pair)
at a fixed rate, while `flowscope-cli flows --interface fsb0` captures them, with
FLOWSCOPE_CAPTURE=direct and with FLOWSCOPE_CAPTURE=helper, one after the other at each rate.
A run is loss-free when the engine took in (received minus queue drops) at least 99.9 % of
what the sender sent (kernel drops and frames never delivered both count as lost). The rate
steps up until both paths lose; each path's figure is the highest loss-free rate, the
"packets per second before drops", and the ratio is helper / direct (goal >= 0.9).

When the sender cannot reach a rate (it shares the CPUs with the capture, and the kernel's
delivery into the capture's ring runs on the sender's CPU), the search ends there and the
figures are lower bounds. The CPU time per packet of flowscope-cli plus its helper (wait4)
then estimates the ratio the two paths would have where the capture side is the limit.

Usage: capture_helper_bench.py FLOWSCOPE_CLI BENCH_VETH_FLOOD [--seconds S] [--start PPS]
       [--step PPS] [--max PPS] [--payload BYTES]. Needs root (unshare -n, ip link).
"""
import argparse
import json
import os
import subprocess
import sys
import time

LOSS_FREE = 0.999


def outside(argv):
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        print("SKIPPED: cannot create a private network namespace (run as root).")
        sys.exit(77)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    sys.exit(subprocess.run(["unshare", "-n", "--", sys.executable, os.path.abspath(__file__)]
                            + argv, env=env).returncode)


def sh(*cmd):
    subprocess.run(cmd, check=True)


def setup_veth():
    sh("ip", "link", "add", "fsb0", "type", "veth", "peer", "name", "fsb1")
    sh("ip", "link", "set", "fsb0", "up")
    sh("ip", "link", "set", "fsb1", "up")
    sh("ip", "addr", "add", "10.99.0.1/24", "dev", "fsb1")
    link = subprocess.run(["ip", "-j", "link", "show", "fsb0"], check=True, capture_output=True,
                          text=True)
    mac = json.loads(link.stdout)[0]["address"]  # /sys shows the outer namespace's adapters
    sh("ip", "neigh", "add", "10.99.0.2", "lladdr", mac, "dev", "fsb1")


def packet_sockets():
    with open("/proc/net/packet") as f:
        return len(f.read().splitlines()) - 1


def measure(args, mode, rate):
    env = dict(os.environ, FLOWSCOPE_CAPTURE=mode)
    pin = ["taskset", "-c", "0"] if args.pin else []
    cli = subprocess.Popen(pin + [args.cli, "flows", "--interface", "fsb0", "--duration",
                            str(args.seconds + 1.5), "--format", "json"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while packet_sockets() == 0:  # the capture (direct or in the helper) has opened fsb0
        if cli.poll() is not None or time.monotonic() > deadline:
            sys.exit("flowscope-cli (%s) did not start capturing: %s" % (mode, cli.stderr.read()))
        time.sleep(0.01)
    time.sleep(0.3)  # the socket exists before libpcap has bound it (as tests/live/capture_ready)
    flood = subprocess.run((["taskset", "-c", "1"] if args.pin else []) + [args.flood, "10.99.0.2", "40000", str(args.seconds),
                            str(args.payload), str(rate)], check=True, capture_output=True,
                           text=True)
    sent = int(flood.stdout)
    out = cli.stdout.read()
    err = cli.stderr.read()
    # wait4: the CPU time of flowscope-cli and of the helper it reaped, not the sender's.
    _, status, usage = os.wait4(cli.pid, 0)
    cli.returncode = os.waitstatus_to_exitcode(status)
    if cli.returncode != 0:
        sys.exit("flowscope-cli (%s) exited %d: %s" % (mode, cli.returncode, err))
    c = json.loads(out)["capture"]
    took = c["received"] - c["dropped_by_queue"]
    return {"sent_pps": sent / args.seconds, "took": took, "sent": sent,
            "delivered": min(took, sent) / sent if sent else 0.0,
            "cpu_us": 1e6 * (usage.ru_utime + usage.ru_stime) / took if took else 0.0}


def inside(args):
    setup_veth()
    best = {"direct": 0.0, "helper": 0.0}
    cpu = {"direct": 0.0, "helper": 0.0}  # at each path's best loss-free rate
    losing = set()
    rate = args.start
    sender_limited = False
    while rate <= args.max and len(losing) < 2 and not sender_limited:
        for mode in ("direct", "helper"):
            if mode in losing:
                continue
            m = measure(args, mode, rate)
            if m["sent_pps"] < 0.97 * rate:
                sender_limited = True
            ok = m["delivered"] >= LOSS_FREE
            print("%7d pkt/s %-6s  sent %9.0f pkt/s  delivered %6.2f %%  CPU %5.2f us/pkt  %s"
                  % (rate, mode, m["sent_pps"], 100 * m["delivered"], m["cpu_us"],
                     "loss-free" if ok else "LOSES"), flush=True)
            if ok and m["sent_pps"] > best[mode]:
                best[mode] = m["sent_pps"]
                cpu[mode] = m["cpu_us"]
            else:
                losing.add(mode)
        rate += args.step
    for mode in ("direct", "helper"):
        bound = "" if mode in losing else " (at least: %s)" % (
            "the sender's limit" if sender_limited else "the largest rate tried")
        print("%-6s loss-free up to %9.0f pkt/s%s" % (mode, best[mode], bound))
    if best["direct"] > 0:
        print("ratio helper / direct: %.2f" % (best["helper"] / best["direct"]))
    if cpu["helper"] > 0:
        # With the capture confined to one CPU, its loss-free rate is about 1 / (CPU per packet).
        print("CPU per packet: direct %.2f us, helper %.2f us (both processes); one-CPU capacity "
              "ratio helper / direct: %.2f" % (cpu["direct"], cpu["helper"],
                                               cpu["direct"] / cpu["helper"]))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("cli")
    p.add_argument("flood")
    p.add_argument("--seconds", type=float, default=3)
    p.add_argument("--start", type=int, default=25000)
    p.add_argument("--step", type=int, default=25000)
    p.add_argument("--max", type=int, default=1000000)
    p.add_argument("--payload", type=int, default=64)
    p.add_argument("--pin", action="store_true",
                   help="capture (flowscope-cli and its helper) on CPU 0, the sender on CPU 1")
    args = p.parse_args()
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(args)
    else:
        outside(sys.argv[1:])


if __name__ == "__main__":
    main()
