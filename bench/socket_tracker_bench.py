#!/usr/bin/env python3
"""The eBPF socket tracker's cost against the snapshot path, at the same load, in one run.

Inside a private network namespace (unshare -n), `flowscope-cli flows --interface lo` runs with
`--process-source snapshot`, with `--process-source ebpf` (tracker loaded in the command) and
with `--process-source ebpf` through the capture helper (FLOWSCOPE_CAPTURE=helper: the helper
loads the tracker and streams its events with the frames), one after the other (rotating over
--runs), while the same load is made: flowscope-test-sockets opens --connections TCP
connections on loopback (connect, close; a Python server accepts and closes each). For each
mode it measures:

* the whole command's CPU time (user + system, from /proc/PID/stat, its child processes
  such as the capture helper included) during the load and while idle for --idle seconds
  before it;
* the tracker's in-kernel cost: the run time and run count of its BPF programs, as the
  kernel counts them with kernel.bpf_stats_enabled=1 (the programs run in the context of the
  processes that make the sockets, so this is not in the command's own CPU time);
* how many of the load's connections were attributed to the load's process;
* the memory of the tracker's maps and ring (bytes_memlock, as bpftool shows it).

Figures per 10,000 socket events (tracepoint hits) and per 10,000 connections; the ratios are
each eBPF mode / snapshot of the command's CPU plus the in-kernel time.

Usage: socket_tracker_bench.py FLOWSCOPE_CLI TEST_SOCKETS [--connections N] [--idle S]
       [--runs R]. Needs root (unshare -n, BPF).
"""
import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

PORT = 7301
PROGRAMS = ("on_state", "on_send", "on_recv")
MAPS = ("events", "stats", "connecting", "sent", "described")
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """The process's CPU and its live children's (the capture helper), user + system."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    total = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
    children = set()
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/children" % (pid, task)) as f:
                children.update(int(c) for c in f.read().split())
        except OSError:
            pass
    return total + sum(cpu_seconds(c) for c in children)


def bpftool(*args):
    out = subprocess.run(["bpftool", "--json"] + list(args), capture_output=True, text=True)
    return json.loads(out.stdout) if out.returncode == 0 and out.stdout.strip() else []


def program_totals():
    ns = runs = 0
    for p in bpftool("prog", "show"):
        if p.get("name") in PROGRAMS:
            ns += p.get("run_time_ns", 0)
            runs += p.get("run_cnt", 0)
    return ns, runs


def map_bytes():
    return sum(m.get("bytes_memlock", 0) for m in bpftool("map", "show")
               if m.get("name") in MAPS)


def serve(listener, stop):
    listener.settimeout(0.2)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
            conn.close()
        except socket.timeout:
            continue


def wait_for_capture(proc):
    deadline = time.monotonic() + 60
    while True:
        with open("/proc/net/packet") as f:
            if len(f.read().splitlines()) > 1:
                break
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("flowscope-cli did not start: " + proc.stderr.read())
        time.sleep(0.02)
    time.sleep(0.3)


MODES = ("snapshot", "ebpf", "ebpf-helper")


def one_run(cli, sockets, mode, connections, idle):
    out = tempfile.NamedTemporaryFile(prefix="flowscope-bench-", suffix=".json", delete=False)
    source = "snapshot" if mode == "snapshot" else "ebpf"
    cmd = [cli, "flows", "--interface", "lo", "--format", "json", "--duration", "3600",
           "--process-source", source]
    env = dict(os.environ)
    env.pop("FLOWSCOPE_CAPTURE", None)
    if mode == "ebpf-helper":
        env["FLOWSCOPE_CAPTURE"] = "helper"
    capture = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, text=True, env=env)
    wait_for_capture(capture)
    time.sleep(1.0)  # the first whole-table read and the tracker's load are done
    c0 = cpu_seconds(capture.pid)
    time.sleep(idle)
    c1 = cpu_seconds(capture.pid)
    ns0, runs0 = program_totals()
    memory = map_bytes() if source == "ebpf" else 0
    t0 = time.monotonic()
    load = subprocess.run([sockets, "short", "tcp", "127.0.0.1", str(PORT), str(connections),
                           "0", "0"], capture_output=True, text=True, check=True)
    wall = time.monotonic() - t0
    time.sleep(1.0)  # the last lookups and retries
    c2 = cpu_seconds(capture.pid)
    ns1, runs1 = program_totals()
    capture.send_signal(signal.SIGINT)
    capture.communicate(timeout=120)
    pid = int(load.stdout.split()[1])  # "pid PID" comes first
    doc = json.load(open(out.name))
    os.unlink(out.name)
    mine = [f for f in doc["flows"] if f["protocol"] == "tcp" and f["remote"]["port"] == PORT]
    right = sum(1 for f in mine if f.get("process") and f["process"]["pid"] == pid)
    return {"idle_cpu": (c1 - c0) / idle, "load_cpu": c2 - c1, "wall": wall,
            "bpf_ns": ns1 - ns0, "bpf_runs": runs1 - runs0, "flows": len(mine),
            "attributed": right, "memory": memory}


def inside(args):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", PORT))
    listener.listen(4096)
    stop = threading.Event()
    server = threading.Thread(target=serve, args=(listener, stop), daemon=True)
    server.start()
    results = {mode: [] for mode in MODES}
    for r in range(args.runs):
        for i in range(len(MODES)):  # rotated, so that no mode always runs first
            mode = MODES[(r + i) % len(MODES)]
            results[mode].append(one_run(args.cli, args.sockets, mode, args.connections,
                                         args.idle))
    stop.set()
    report(results, args)


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def report(results, args):
    n = args.connections
    print("%d connections x %d runs (medians); per 10,000 connections unless said" % (
        n, args.runs))
    total = {}
    for source in MODES:
        rs = results[source]
        load_cpu = median([r["load_cpu"] for r in rs]) * 10000 / n
        bpf = median([r["bpf_ns"] for r in rs]) / 1e9 * 10000 / n
        runs = median([r["bpf_runs"] for r in rs])
        idle = median([r["idle_cpu"] for r in rs])
        attributed = median([100.0 * r["attributed"] / max(1, r["flows"]) for r in rs])
        total[source] = load_cpu + bpf
        print("%-11s command CPU %.3f s, in-kernel BPF %.4f s (%d program runs per run), "
              "idle %.2f%% of a core, attributed %.1f%%, load took %.2f s" % (
                  source, load_cpu, bpf, runs, 100 * idle, attributed,
                  median([r["wall"] for r in rs])))
        if source != "snapshot" and runs:
            per = median([r["bpf_ns"] / max(1, r["bpf_runs"]) for r in rs]) * 10000 / 1e9
            print("            in-kernel BPF per 10,000 socket events (tracepoint hits): %.4f s; "
                  "maps and ring: %d KiB" % (per, median([r["memory"] for r in rs]) // 1024))
    if total["snapshot"] > 0:
        for mode in MODES[1:]:
            print("ratio %s / snapshot (command CPU + in-kernel BPF): %.2f" % (
                mode, total[mode] / total["snapshot"]))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("cli")
    p.add_argument("sockets")
    p.add_argument("--connections", type=int, default=10000)
    p.add_argument("--idle", type=float, default=5.0)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    args.cli, args.sockets = os.path.abspath(args.cli), os.path.abspath(args.sockets)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(args)
        return
    if os.geteuid() != 0:
        sys.exit("needs root (unshare -n, BPF)")
    with open("/proc/sys/kernel/bpf_stats_enabled") as f:
        before = f.read().strip()
    subprocess.run(["sysctl", "-q", "-w", "kernel.bpf_stats_enabled=1"], check=True)
    try:
        env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
        r = subprocess.run(["unshare", "-n", "--", sys.executable, __file__] + sys.argv[1:],
                           env=env)
    finally:
        subprocess.run(["sysctl", "-q", "-w", "kernel.bpf_stats_enabled=" + before])
    sys.exit(r.returncode)


if __name__ == "__main__":
    main()
