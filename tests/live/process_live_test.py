#!/usr/bin/env python3
"""Process attribution end to end: `flowscope-cli flows --interface lo --format json` in a
private network namespace while real programs open connections, and every flow's "process"
checked against the pid that made it.

* flowscope-test-sockets (a name longer than Linux's 15-character comm) listens on TCP and UDP,
  IPv4 and IPv6; another instance keeps one connection of each kind open for seconds
  (long-lived: 100% must be attributed); a third opens 200 connections of 50 ms each and a
  fourth 200 of 2 ms each to a server of their own (at least 95% and 25% must be); a python3
  client is a second program, identified by its own path.
* The client side (ephemeral port) is the flow's local side on loopback, so every flow's
  process is the client's pid.

With FLOWSCOPE_PROCESS_SOURCE=ebpf the capture must take owners from the eBPF socket
tracker (`--process-source ebpf`), and the brief part is the issue's: 500 connections of 1 ms
plus 50 processes that each live about 5 ms, at least 99% of each attributed. With
FLOWSCOPE_TEST_BUSY=1, busy loops keep both cores (all of them) busy meanwhile.

Usage: process_live_test.py FLOWSCOPE_CLI TEST_SOCKETS. Exits 77 (skipped) with a printed
reason where a network namespace cannot be made, or eBPF is asked for and cannot be loaded.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import capture_ready

SKIP = 77
PORTS = {"tcp4": 7101, "tcp6": 7102, "udp4": 7103, "udp6": 7104}
# The 2 ms connections go to a server of their own, so that an ephemeral port reused by both
# clients still gives two different flows.
BRIEF_PORTS = {"tcp4": 7111, "tcp6": 7112, "udp4": 7113}
SOURCE = os.environ.get("FLOWSCOPE_PROCESS_SOURCE", "")
EBPF = SOURCE == "ebpf"
BUSY = os.environ.get("FLOWSCOPE_TEST_BUSY") == "1"


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def outside(cli, helper):
    if os.geteuid() != 0:
        print("SKIPPED: needs root to capture on loopback in a private network namespace.")
        sys.exit(SKIP)
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        print("SKIPPED: cannot create a private network namespace (unshare -n: %s)."
              % probe.stderr.strip())
        sys.exit(SKIP)
    if EBPF:
        ebpf = subprocess.run([cli, "processes", "--source", "ebpf"], capture_output=True,
                              text=True)
        if ebpf.returncode != 0:
            print("SKIPPED: the eBPF socket tracker cannot be loaded here: %s"
                  % ebpf.stderr.strip())
            sys.exit(SKIP)
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    r = subprocess.run(["unshare", "-n", "--", sys.executable, __file__, cli, helper], env=env)
    sys.exit(r.returncode)


class Helper:
    def __init__(self, helper, args):
        self.p = subprocess.Popen([helper] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True)
        first = self.p.stdout.readline().split()
        if len(first) != 2 or first[0] != "pid":
            fail("%s did not start: %r" % (args, first))
        self.pid = int(first[1])

    def lines(self, prefix, n):
        out = []
        while len(out) < n:
            line = self.p.stdout.readline()
            if not line:
                fail("helper %d ended early" % self.pid)
            if line.startswith(prefix):
                out.append(line.split())
        return out

    def finish(self):
        self.p.stdin.close()
        self.p.wait(timeout=30)


def client_key(words):
    # "connect tcp LADDR LPORT RADDR RPORT" -> (protocol, local port, remote port)
    return (words[1], int(words[3]), int(words[5]))


def inside(cli, helper):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    out_path = os.path.join(tempfile.mkdtemp(prefix="flowscope-process-live-"), "flows.json")
    expected = {}  # (protocol, client port) -> (pid, kind)
    reused = set()  # tuples two processes used one after the other
    with open(out_path, "w") as out:
        source = ["--process-source", SOURCE] if SOURCE else []
        capture = subprocess.Popen([cli, "flows", "--interface", "lo", "--format", "json",
                                    "--duration", "120"] + source, stdout=out,
                                   stderr=subprocess.PIPE, text=True)
        capture_ready.wait_for_capture(capture, fail)
        server = Helper(helper, ["listen", "tcp", "127.0.0.1", str(PORTS["tcp4"]),
                                 "listen", "tcp", "::1", str(PORTS["tcp6"]),
                                 "listen", "udp", "127.0.0.1", str(PORTS["udp4"]),
                                 "listen", "udp", "::1", str(PORTS["udp6"]), "wait"])
        server.lines("listen", 4)
        steady = Helper(helper, ["connect", "tcp", "127.0.0.1", str(PORTS["tcp4"]),
                                 "connect", "tcp", "::1", str(PORTS["tcp6"]),
                                 "connect", "udp", "127.0.0.1", str(PORTS["udp4"]),
                                 "connect", "udp", "::1", str(PORTS["udp6"]), "wait"])
        for w in steady.lines("connect", 4):
            expected[client_key(w)] = (steady.pid, "long")
        py = subprocess.Popen([sys.executable, "-c",
                               "import socket,sys,time\n"
                               "s=socket.create_connection(('127.0.0.1',%d))\n"
                               "print(s.getsockname()[1],flush=True)\n"
                               "sys.stdin.read()\n" % PORTS["tcp4"]],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        expected[("tcp", int(py.stdout.readline()), PORTS["tcp4"])] = (py.pid, "long-python")
        short = Helper(helper, ["short", "tcp", "127.0.0.1", str(PORTS["tcp4"]), "100", "50", "20",
                                "short", "tcp", "::1", str(PORTS["tcp6"]), "50", "50", "20",
                                "short", "udp", "127.0.0.1", str(PORTS["udp4"]), "50", "50", "20"])
        for w in short.lines("connect", 200):
            expected[client_key(w)] = (short.pid, "short")
        short.lines("done", 1)
        short.finish()
        # Connections of 2 ms: shorter than a whole-table refresh interval; looked up one by
        # one as their first packet is seen.
        brief_server = Helper(helper, ["listen", "tcp", "127.0.0.1", str(BRIEF_PORTS["tcp4"]),
                                       "listen", "tcp", "::1", str(BRIEF_PORTS["tcp6"]),
                                       "listen", "udp", "127.0.0.1", str(BRIEF_PORTS["udp4"]),
                                       "wait"])
        brief_server.lines("listen", 3)
        busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(os.cpu_count() or 2)] if BUSY else []
        # eBPF: 500 of 1 ms; snapshots: 200 of 2 ms.
        n, hold = (("250", "125", "125"), "1") if EBPF else (("100", "50", "50"), "2")
        brief = Helper(helper, ["short", "tcp", "127.0.0.1", str(BRIEF_PORTS["tcp4"]), n[0], hold,
                                "5", "short", "tcp", "::1", str(BRIEF_PORTS["tcp6"]), n[1], hold,
                                "5", "short", "udp", "127.0.0.1", str(BRIEF_PORTS["udp4"]), n[2],
                                hold, "5"])
        for w in brief.lines("connect", sum(int(x) for x in n)):
            expected[client_key(w)] = (brief.pid, "short-2ms")
        brief.lines("done", 1)
        brief.finish()
        if EBPF:
            # 50 processes of about 5 ms (start, one connection of 1 ms, exit): gone before
            # any snapshot could read their /proc.
            for k in range(50):
                proto = ("tcp", "udp")[k % 2]
                port = BRIEF_PORTS["tcp4" if proto == "tcp" else "udp4"]
                brief_process = Helper(helper, ["short", proto, "127.0.0.1", str(port), "1", "1",
                                                "0"])
                w = brief_process.lines("connect", 1)[0]
                key = client_key(w)
                if key in expected:
                    # The same tuple as an earlier connection (an ephemeral port reused
                    # within the flow timeout): one flow for both, whose owner is the first.
                    reused.add(key)
                expected[key] = (brief_process.pid, "short-process")
                brief_process.lines("done", 1)
                brief_process.finish()
        for b in busy:
            b.kill()
            b.wait()
        time.sleep(1.0)  # the steady connections live on during and after the short ones
        capture.send_signal(signal.SIGINT)
        _, err = capture.communicate(timeout=60)
        steady.finish()
        py.stdin.close()
        py.wait(timeout=30)
        server.finish()
        brief_server.finish()
        if capture.returncode != 0:
            fail("flowscope-cli exited with %d: %s" % (capture.returncode, err))
    doc = json.load(open(out_path))
    flows = {(f["protocol"], f["local"]["port"], f["remote"]["port"]): f for f in doc["flows"]
             if f["protocol"] in ("tcp", "udp")}
    python_path = os.path.realpath(sys.executable)
    helper_path = os.path.realpath(helper)
    counts = {}
    misses = []
    if reused:
        print("note: %d connections reused an earlier connection's tuple; not checked"
              % len(reused))
    for key, (pid, kind) in sorted(expected.items()):
        if key in reused:
            continue
        right, total = counts.get(kind, (0, 0))
        f = flows.get(key)
        if f is None:
            fail("no flow for %s port %d to %d" % key)
        if "process" not in f:
            fail("a live flow has no \"process\" key: %s" % f)
        p = f["process"]
        ok = p is not None and p["pid"] == pid and pid in p["pids"]
        if ok:
            for k in ("pid", "pids", "name", "path", "user"):
                if k not in p:
                    fail("process object without %r: %s" % (k, p))
            want_name, want_path = (("python3", python_path) if kind == "long-python" else
                                    ("flowscope-test-sockets", helper_path))
            if not p["name"].startswith(want_name) or p["path"] != want_path or \
                    p["user"] != "root":
                fail("%s port %d to %d: wrong program %s (expected %s at %s)" % (
                    key[0], key[1], key[2], p, want_name, want_path))
        elif kind.startswith("short"):
            misses.append("miss %s port %d to %d (%s of pid %d): %s" % (key + (kind, pid, p)))
        elif not kind.startswith("short"):
            fail("%s port %d to %d (%s connection of pid %d): process is %s" % (
                key[0], key[1], key[2], kind, pid, p))
        counts[kind] = (right + (1 if ok else 0), total + 1)
    for kind, (right, total) in sorted(counts.items()):
        print("ok  %-11s %3d of %3d connections attributed to the right process (%.1f%%)" % (
            kind, right, total, 100.0 * right / total))
    # 50 ms: the bound. 2 ms: 100% on a quiet machine, 56-74% with the two cores
    # oversubscribed 4x by busy loops (three threads must run within the 2 ms); the bound
    # leaves room for such machines, while whole-table reads alone get under 5%.
    bounds = (("short", "50 ms", 95), ("short-2ms", "2 ms", 25))
    if EBPF:  # the kernel tells: every socket, however short, and every process
        bounds = (("short", "50 ms", 99), ("short-2ms", "1 ms", 99),
                  ("short-process", "5 ms process", 99))
    for kind, what, bound in bounds:
        right, total = counts[kind]
        if 100 * right < bound * total:
            print("\n".join(misses))
            fail("only %.1f%% of %s connections were attributed (at least %d%% needed)"
                 % (100.0 * right / total, what, bound))
    # Flows of programs that were not ours (none in this namespace) would be null; every
    # flow has the key.
    if any("process" not in f for f in doc["flows"]):
        fail("some live flows have no \"process\" key")
    if os.environ.get("FLOWSCOPE_DEBUG"):
        print("\n".join(misses))
    print("%d flows checked, 0 failed" % len(expected))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(sys.argv[1], sys.argv[2])
    else:
        outside(sys.argv[1], sys.argv[2])
