#!/usr/bin/env python3
"""JSON lines of flow records (`flows --format jsonl`, `export --jsonl FILE|-`): every line is
one JSON object; for a capture file, the per-flow-direction sums of packets and bytes equal
what `flows --format json` counts (one record per direction: a small file is read before
any timeout is checked). As root, inside a private network namespace
(loopback only): live, a flow's line arrives while the command still runs (flushed per line:
a pipe reader and a reader following the file as `tail -f` does both get it), a lasting
flow is reported every --active-timeout with records that add up to what was sent, and
SIGTERM writes the rest and exits 0.
Usage: jsonl_test.py FLOWSCOPE_CLI TEST_DATA_DIR"""
import json
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

from collectors import check, failures, flow_sums, run_in_namespace

CLI, DATA = sys.argv[1], sys.argv[2]
CAPTURE = os.path.join(DATA, "pcap", "ndpi-zoom.pcap")  # Ethernet: 14 bytes of header
def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def parse_lines(text, what):
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            check(False, f"{what}: line {n} is not JSON ({e}): {line!r}")
    return records


def record_sums(records):
    sums = defaultdict(lambda: [0, 0])
    for r in records:
        key = (r["source"], r["destination"], r["source_port"], r["destination_port"],
               r["protocol"])
        sums[key][0] += r["packets"]
        sums[key][1] += r["ip_bytes"]
        check(r["bytes"] - r["ip_bytes"] == 14 * r["packets"],
              f"bytes and ip_bytes differ by other than the Ethernet headers: {r}")
    return dict(sums)


def compare(what, records, expected):
    got = record_sums(records)
    check(got == expected,
          f"{what}: {len(got)} flow directions, flows counted {len(expected)}; differences: "
          f"{[(k, got.get(k), v) for k, v in expected.items() if got.get(k) != v][:5]}")
    print(f"{what}: {len(records)} lines, {len(got)} flow directions as flows counted")


def from_file():
    r = run("flows", "--read", CAPTURE, "--format", "json")
    check(r.returncode == 0, f"flows --format json: exit {r.returncode}")
    expected = flow_sums(r.stdout)
    check(len(expected) > 10, f"only {len(expected)} flow directions in {CAPTURE}")

    r = run("flows", "--read", CAPTURE, "--format", "jsonl")
    check(r.returncode == 0, f"flows --format jsonl: exit {r.returncode} ({r.stderr.strip()})")
    records = parse_lines(r.stdout, "flows --format jsonl")
    compare("flows --format jsonl", records, expected)
    check(len(records) == len(expected), "a file's flows need one record per direction")
    # The timeouts run in the file's own time: a 1 s active timeout splits its longer flows.
    r = run("flows", "--read", CAPTURE, "--format", "jsonl", "--active-timeout", "1")
    records = parse_lines(r.stdout, "flows --format jsonl --active-timeout 1")
    compare("flows --format jsonl --active-timeout 1", records, expected)
    check(len(records) > len(expected), "--active-timeout 1 split no flow of the file")

    work = tempfile.mkdtemp(prefix="flowscope-jsonl-")
    out = os.path.join(work, "records.jsonl")
    r = run("export", "--read", CAPTURE, "--jsonl", out)
    check(r.returncode == 0, f"export --jsonl: exit {r.returncode} ({r.stderr.strip()})")
    check("as JSON lines to " + out in r.stderr, f"export --jsonl summary: {r.stderr!r}")
    with open(out) as f:
        records = parse_lines(f.read(), "export --jsonl")
    compare("export --jsonl", records, expected)
    check(all(r["start_ms"] <= r["end_ms"] for r in records), "a record ends before it starts")
    shutil.rmtree(work)

    for args, phrase in ((["flows", "--read", CAPTURE, "--idle-timeout", "1"],
                          "apply to --format jsonl only"),
                         (["export", "--read", CAPTURE, "--jsonl", "/no/such/dir/x.jsonl"],
                          "Cannot create /no/such/dir/x.jsonl")):
        r = run(*args)
        check(r.returncode != 0 and phrase in r.stderr and r.stderr.count("\n") == 1,
              f"{args}: exit {r.returncode}, {r.stderr!r} lacks {phrase!r}")


def send_udp(count, size):
    """`count` datagrams of `size` bytes from a new socket; returns the sender's port."""
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.bind(("127.0.0.1", 0))
    for _ in range(count):
        sender.sendto(b"j" * size, receiver.getsockname())
    port = sender.getsockname()[1]
    sender.close()
    receiver.close()
    return port


def wait_for_line(read_line, process, port, what, reasons=("idle",)):
    """Reads lines until one of the flow from `port` arrives (10 s at most); checks that the
    command was still running then, and that the record ended for one of `reasons`."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        line = read_line()
        if not line:
            time.sleep(0.05)
            continue
        record = json.loads(line)
        if record["source_port"] == port:
            check(process.poll() is None, f"{what}: the command had ended before the line came")
            check(record["packets"] == 5 and record["ip_bytes"] == 5 * (20 + 8 + 300)
                  and record["end_reason"] in reasons, f"{what}: {record}")
            print(f"{what}: the flow's line arrived while the command ran: {line.strip()}")
            return
    check(False, f"{what}: no line for the flow from port {port} within 10 s")


def live_flows():
    proc = subprocess.Popen([CLI, "flows", "--interface", "lo", "--format", "jsonl",
                             "--idle-timeout", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)  # the adapter is open
    port = send_udp(5, 300)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)

    def read_line():
        return proc.stdout.readline() if sel.select(timeout=0.2) else ""

    wait_for_line(read_line, proc, port, "flows --format jsonl")
    proc.send_signal(signal.SIGTERM)
    err = proc.communicate(timeout=60)[1]
    check(proc.returncode == 0, f"flows --format jsonl after SIGTERM: exit {proc.returncode} {err}")


def live_export():
    work = tempfile.mkdtemp(prefix="flowscope-jsonl-live-")
    out = os.path.join(work, "records.jsonl")
    proc = subprocess.Popen([CLI, "export", "--interface", "lo", "--jsonl", out,
                             "--idle-timeout", "1", "--active-timeout", "1"],
                            stderr=subprocess.PIPE, text=True)
    ready = proc.stderr.readline()
    check("exporting lo to " + out in ready, f"export did not start: {ready!r}")
    port = send_udp(5, 300)
    follow = open(out)  # as `tail -f`: read what is there, then what comes
    # Both timeouts are 1 s: a tick can find the burst idle for a hair under 1 s while its
    # first packet is just over 1 s old, which is the active timeout's record, rightly.
    wait_for_line(follow.readline, proc, port, "export --jsonl FILE", ("idle", "active"))
    # A flow that lasts 3 s: reported every --active-timeout (1 s) while it runs.
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    steady = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    steady.bind(("127.0.0.1", 0))
    for _ in range(30):
        steady.sendto(b"s" * 50, receiver.getsockname())
        time.sleep(0.1)
    late = send_udp(3, 10)  # open at SIGTERM: written by the flush
    time.sleep(0.5)
    seen = [json.loads(line) for line in follow.read().splitlines()]
    active = [r for r in seen if r["source_port"] == steady.getsockname()[1]]
    check(any(r["end_reason"] == "active" for r in active) and proc.poll() is None,
          f"no active-timeout record while the flow lasted: {active}")
    proc.send_signal(signal.SIGTERM)
    err = proc.communicate(timeout=60)[1]
    check(proc.returncode == 0, f"export --jsonl after SIGTERM: exit {proc.returncode} {err}")
    rest = seen + [json.loads(line) for line in follow.read().splitlines()]
    check(any(r["source_port"] == late and r["packets"] == 3 and r["end_reason"] == "forced"
              for r in rest), f"the flow open at SIGTERM is missing: {rest}")
    steady_sum = [sum(r[k] for r in rest if r["source_port"] == steady.getsockname()[1])
                  for k in ("packets", "ip_bytes")]
    with open("/sys/class/net/lo/ifindex") as f:  # the kernel's own number for lo
        lo_index = int(f.read())
    check(all(r.get("interface_index") == lo_index for r in rest),
          f"records without lo's interface index {lo_index}: "
          f"{[r for r in rest if r.get('interface_index') != lo_index][:3]}")
    check(steady_sum == [30, 30 * (20 + 8 + 50)],
          f"the 3 s flow's records add up to {steady_sum}, sent [30, {30 * 78}]")
    print(f"export --jsonl FILE: the 3 s flow in {len(active)}+ records adding up to {steady_sum}")
    steady.close()
    receiver.close()
    follow.close()
    shutil.rmtree(work)


if len(sys.argv) > 3 and sys.argv[3] == "--live-inner":
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    live_flows()
    live_export()
    sys.exit(1 if failures else 0)

from_file()
if os.geteuid() == 0 and shutil.which("unshare"):
    run_in_namespace(__file__, [CLI, DATA])
else:
    print("live part skipped (needs root and unshare)")
print("FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
