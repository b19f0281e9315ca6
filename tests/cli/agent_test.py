#!/usr/bin/env python3
"""flowscope-cli agent: usage errors are one sentence with exit 2. As root, inside a private
network namespace (loopback only), with Debian's nfcapd as the collector: the agent captures
lo, records into a history database and exports, while `flowscope-cli flows` captures the
same traffic; UDP datagrams and TCP connections of known sizes, one TCP connection still open
when the agent gets SIGTERM. The active timeout (60 s) is never reached, so every record the
collector has was sent by the flush on SIGTERM. Checked: exit 0 with the summary; per flow and
direction, nfcapd's packets and IP bytes equal what `flows` counted (nothing lost); the history
database's totals equal the exported totals (wire bytes = IP bytes + 14 per frame). Also
as the system unit runs it: user nobody with only the capture capabilities (ambient).
Usage: agent_test.py FLOWSCOPE_CLI"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from collectors import Nfcapd, check, failures, flow_sums, run_in_namespace

CLI = sys.argv[1]
def usage_errors():
    cases = [
        (["agent"], "Give the adapter to watch with --interface NAME"),
        (["agent", "--interface", "lo", "--no-history"], "nothing left to do"),
        (["agent", "--interface", "lo", "--ipfix", "127.0.0.1:0"], "not a port number"),
        (["agent", "--interface", "lo", "--transport", "tcp"], "give it with --ipfix"),
        (["agent", "--interface", "lo", "extra"], "Unexpected argument 'extra'"),
        (["agent", "--interface", "lo", "--jsonl", ""], "--jsonl needs a file name"),
    ]
    for args, phrase in cases:
        r = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)
        check(r.returncode == 2, f"{args}: exit {r.returncode}, wanted 2 ({r.stderr.strip()})")
        check(phrase in r.stderr, f"{args}: {r.stderr.strip()!r} lacks {phrase!r}")
        check(r.stderr.count("\n") == 1, f"{args}: not one line: {r.stderr!r}")


def traffic():
    """Known traffic on 127.0.0.1: 30 UDP datagrams in two flows, a closed TCP exchange and a
    TCP connection left open (returned, so that it is open at SIGTERM)."""
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    for size, count in ((100, 20), (700, 10)):
        sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for _ in range(count):
            sender.sendto(b"u" * size, receiver.getsockname())
            time.sleep(0.005)
        sender.close()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    closed = socket.create_connection(server.getsockname())
    peer, _ = server.accept()
    closed.sendall(b"q" * 3000)
    peer.recv(65536)
    peer.sendall(b"a" * 50000)
    got = 0
    while got < 50000:
        got += len(closed.recv(65536))
    closed.close()
    peer.close()
    still_open = socket.create_connection(server.getsockname())
    open_peer, _ = server.accept()
    still_open.sendall(b"o" * 1234)
    open_peer.recv(65536)
    return [receiver, server, still_open, open_peer]


def history_totals(database):
    r = subprocess.run([CLI, "report", "--database", database, "--since", "1d", "--format",
                        "json"], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, f"report: exit {r.returncode} ({r.stderr.strip()})")
    totals = json.loads(r.stdout)["totals"] if r.returncode == 0 else {}
    return totals.get("packets", 0), totals.get("bytes", 0)


def live_inner():
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    work = tempfile.mkdtemp(prefix="flowscope-agent-")
    collector = Nfcapd(work)
    database = os.path.join(work, "history.sqlite")
    not_ipfix = f"not udp port {collector.port}"
    # The reference: the same traffic counted by `flows`, started first and stopped last.
    reference = subprocess.Popen([CLI, "flows", "--interface", "lo", "--filter", not_ipfix,
                                  "--format", "json"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    agent = subprocess.Popen([CLI, "agent", "--interface", "lo", "--ipfix",
                              f"127.0.0.1:{collector.port}", "--database", database, "--filter",
                              not_ipfix], stderr=subprocess.PIPE, text=True)
    ready = agent.stderr.readline()  # printed once the adapter is open
    check("agent on lo" in ready and "exporting to" in ready, f"agent did not start: {ready!r}")
    time.sleep(0.5)
    sockets = traffic()
    time.sleep(1.5)  # both captures have taken every frame
    check(agent.poll() is None, "the agent ended before SIGTERM")
    agent.send_signal(signal.SIGTERM)
    summary = agent.communicate(timeout=60)[1]
    reference.send_signal(signal.SIGTERM)
    counted = reference.communicate(timeout=60)[0]
    open_port = sockets[2].getsockname()[1]
    for s in sockets:
        s.close()
    check(agent.returncode == 0, f"agent after SIGTERM: exit {agent.returncode} ({summary.strip()})")
    check("flow records in" in summary and "recorded" in summary and "warning" not in summary,
          f"agent summary: {summary!r}")
    print("agent:", summary.strip().replace("\n", " | "))
    time.sleep(0.5)
    collected = collector.stop()
    expected = flow_sums(counted)
    check(len(expected) >= 6, f"only {len(expected)} flow directions counted: {expected}")
    check(collected == expected,
          f"nfcapd has {len(collected)} flow directions, flows counted {len(expected)}; "
          f"differences: {[(k, collected.get(k), v) for k, v in expected.items() if collected.get(k) != v][:5]}")
    open_flow = [v for k, v in collected.items() if k[2] == open_port]
    check(open_flow and open_flow[0][0] > 0,
          f"the connection open at SIGTERM is not at the collector: {collected}")
    packets = sum(v[0] for v in collected.values())
    ip_bytes = sum(v[1] for v in collected.values())
    recorded = history_totals(database)
    check(recorded == (packets, ip_bytes + 14 * packets),
          f"history has {recorded} (packets, wire bytes), the collector {packets} packets, "
          f"{ip_bytes} IP bytes")
    print(f"live: {len(collected)} flow directions, {packets} packets, {ip_bytes} IP bytes at "
          f"nfcapd, as flows counted; history {recorded}")
    shutil.rmtree(work)


def as_unit_user():
    """As flowscope-agent.service runs it: an unprivileged user holding only CAP_NET_RAW and
    CAP_NET_ADMIN as ambient capabilities, no new privileges, capturing directly."""
    if not shutil.which("setpriv"):
        print("unit-user part skipped: setpriv (util-linux) is missing")
        return
    work = tempfile.mkdtemp(prefix="flowscope-agent-user-")
    os.chmod(work, 0o777)
    caps = "-all,+net_raw,+net_admin"
    agent = subprocess.Popen(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--no-new-privs",
         "--inh-caps=" + caps, "--ambient-caps=" + caps, "--bounding-set=" + caps,
         CLI, "agent", "--interface", "lo", "--database", os.path.join(work, "h.sqlite"),
         "--jsonl", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, FLOWSCOPE_CAPTURE="direct"))
    ready = agent.stderr.readline()
    check("agent on lo" in ready, f"the agent as an unprivileged user did not start: {ready!r}")
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    for _ in range(4):
        receiver.sendto(b"c" * 10, receiver.getsockname())
    time.sleep(1.5)
    agent.send_signal(signal.SIGTERM)
    out, err = agent.communicate(timeout=60)
    port = receiver.getsockname()[1]
    receiver.close()
    got = [json.loads(line) for line in out.splitlines() if f'"source_port":{port},' in line]
    check(agent.returncode == 0 and [r["packets"] for r in got] == [4],
          f"as an unprivileged user with the unit's capabilities: exit {agent.returncode}, "
          f"records {got} ({err.strip()})")
    print("unit user: captured, exported and recorded with CAP_NET_RAW and CAP_NET_ADMIN only")
    shutil.rmtree(work)


if len(sys.argv) > 2 and sys.argv[2] == "--live-inner":
    live_inner()
    as_unit_user()
    sys.exit(1 if failures else 0)

usage_errors()
if shutil.which("nfcapd") and shutil.which("nfdump") and os.geteuid() == 0 and \
        shutil.which("unshare"):
    run_in_namespace(__file__, [CLI])
else:
    print("live part skipped (needs root, unshare, nfcapd and nfdump)")
    print("FAILED" if failures else "SKIPPED")
    sys.exit(1 if failures else 77)
print("FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
