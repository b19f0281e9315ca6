#!/usr/bin/env python3
"""The whole `flowscope-cli flows --read FILE` command, output included, against a bare
libpcap loop and tshark, timed as processes in the same run.

Usage: bench/flows_command_bench.py [--build DIR] [--reps N] [--tshark-reps N]
                                    [--before CLI] [--files 500k,1m,1m-uniform]

Generates (bench_gen_capture) a 500,000-packet / 50,000-flow capture like the one of issue 17
and the two 1M-packet / 100,000-flow files of bench/run.sh (trains and uniform), then times,
interleaved, N times each (files in the page cache, output to /dev/null):
  pcap_next_ex   bench_pcap_loop FILE (a bare `while (pcap_next_ex(...) == 1)` loop)
  json/csv/table flowscope-cli flows --read FILE --format F
  tshark         tshark -q -z conv,ip -r FILE
  before-*       the same with --before CLI (an older flowscope-cli), when given
tshark runs within the rounds (--tshark-reps of them, spread evenly), so that a slow spell of
the machine falls on both sides of a ratio. Prints the median wall time and CPU time (user +
system, all threads) of each and the ratios of the wall times: bare loop time / command time
(the goal is >= 0.3x) and tshark time / command time (the goal is >= 30x), the latter both
from the medians and paired (each tshark run against the same round's run of the variant:
median, min and max of those ratios).
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

FILES = {
    "500k": (500000, 50000, "trains"),
    "1m": (1000000, 100000, "trains"),
    "1m-uniform": (1000000, 100000, "uniform"),
}


CPU = {}  # variant -> CPU seconds (user + system) of each run


def cpu_seconds():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def timed(cmd, variant=None):
    start, cpu = time.perf_counter(), cpu_seconds()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (r.returncode, " ".join(cmd), r.stderr.decode()))
    if variant:
        CPU.setdefault(variant, []).append(cpu_seconds() - cpu)
    return elapsed


def copied(binary, folder):
    os.mkdir(folder)
    target = os.path.join(folder, "flowscope-cli")
    shutil.copy2(binary, target)
    return target


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--tshark-reps", type=int, default=3)
    ap.add_argument("--before", help="an older flowscope-cli, timed in the same run")
    ap.add_argument("--files", default="500k,1m,1m-uniform")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app", "cli", "flowscope-cli")
    loop = os.path.join(args.build, "bench", "bench_pcap_loop")
    gen = os.path.join(args.build, "bench", "bench_gen_capture")
    tshark = shutil.which("tshark")
    print("flowscope-cli: %s; %d runs each (tshark %d), median wall seconds; %d cores; "
          "load before: %s" % (cli, args.reps, args.tshark_reps, os.cpu_count(),
                               " ".join("%.2f" % l for l in os.getloadavg())))
    with tempfile.TemporaryDirectory(prefix="flowscope-bench-") as tmp:
        # Both CLIs run as copies side by side: the same binary ran 10-15 % slower (JSON) from
        # /tmp than from the build folder here, so timing each where it was built biased
        # before/after comparisons.
        cli = copied(cli, os.path.join(tmp, "after"))
        before = copied(args.before, os.path.join(tmp, "before")) if args.before else None
        variants = [("pcap_next_ex", lambda f: [loop, f])]
        for fmt in ("json", "csv", "table"):
            variants.append((fmt, lambda f, fmt=fmt: [cli, "flows", "--read", f, "--format",
                                                      fmt]))
        if before:
            for fmt in ("json", "csv", "table"):
                variants.append(("before-" + fmt, lambda f, fmt=fmt: [before, "flows", "--read",
                                                                      f, "--format", fmt]))
        for name in args.files.split(","):
            packets, flows, layout = FILES[name]
            path = os.path.join(tmp, "%s.pcap" % name)
            subprocess.run([gen, path, str(packets), str(flows), layout], check=True,
                           stdout=subprocess.DEVNULL)
            times = {v: [] for v, _ in variants}
            for v, cmd in variants:  # warm-up: page cache, dynamic loader
                timed(cmd(path))
            # tshark runs inside the rounds, spread evenly over them, so that a slow spell of
            # the machine weighs on both sides of a ratio; each tshark run is also paired with
            # the runs of its own round.
            tshark_rounds = tshark_round_numbers(args.reps, args.tshark_reps) if tshark else []
            paired = {v: [] for v, _ in variants}
            for round_number in range(args.reps):
                for v, cmd in variants:
                    times[v].append(timed(cmd(path), (name, v)))
                if round_number in tshark_rounds:
                    t = timed([tshark, "-q", "-z", "conv,ip", "-r", path], (name, "tshark"))
                    times.setdefault("tshark", []).append(t)
                    for v in paired:
                        paired[v].append(t / times[v][-1])
            print_table(name, packets, flows, layout, times, paired)


def tshark_round_numbers(reps, tshark_reps):
    """Round numbers (0-based) after which tshark runs: tshark_reps of them, evenly spread."""
    count = min(reps, tshark_reps)
    return {int((i + 0.5) * reps / count) for i in range(count)}


def print_table(name, packets, flows, layout, times, paired):
    med = {v: statistics.median(t) for v, t in times.items()}
    bare = med["pcap_next_ex"]
    print("\n== %s: %d packets, %d flows (%s)" % (name, packets, flows, layout))
    print("%-14s %9s %9s %9s %11s %20s" % ("variant", "median s", "cpu s", "vs bare",
                                           "vs tshark", "paired (min-max)"))
    for v, m in med.items():
        vs_tshark = "%10.1fx" % (med["tshark"] / m) if "tshark" in med else "-"
        pairs = paired.get(v, [])
        pair_text = ("%6.1fx (%.1f-%.1f)" % (statistics.median(pairs), min(pairs), max(pairs))
                     if pairs else "-")
        cpu = statistics.median(CPU[(name, v)])
        print("%-14s %9.3f %9.3f %8.2fx %11s %20s" % (v, m, cpu, bare / m, vs_tshark,
                                                      pair_text))


if __name__ == "__main__":
    main()
