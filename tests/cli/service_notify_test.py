#!/usr/bin/env python3
"""The long-running commands tell a service manager when they capture (sd_notify, the protocol
of the packaged units' Type=notify): datagrams to the socket $NOTIFY_SOCKET names, here bound
by this test as systemd binds its own. As root, inside a private network namespace:
- `record` on lo sends READY=1 with its start sentence as STATUS once the adapter is open; a
  datagram sent the moment READY=1 arrives is in the history it writes (nothing between READY
  and the capture is lost), with its program though SIGTERM follows at once, five times in a
  row; on SIGTERM it sends STOPPING=1 and exits 0.
  The same through the capture helper (FLOWSCOPE_CAPTURE=helper) when it is built.
- `export` with an abstract socket name ('@…', as systemd's user managers may use).
- A capture that cannot start (no such adapter) exits 3 and never says READY=1.
Usage: service_notify_test.py FLOWSCOPE_CLI [FLOWSCOPE_CAPTURE]"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile

from collectors import check, failures, free_port, run_in_namespace

CLI = sys.argv[1]
HELPER = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "--live-inner" else ""
WIRE = 14 + 20 + 8  # Ethernet (lo), IPv4 and UDP headers around each datagram's payload


class Manager:
    """The service manager's side: a datagram socket that the command is told of."""

    def __init__(self, name):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + name[1:] if name.startswith("@") else name)
        self.name = name

    def next(self, seconds):
        self.sock.settimeout(seconds)
        try:
            return self.sock.recv(4096).decode()
        except socket.timeout:
            return None

    def env(self, extra=None):
        return {**os.environ, "NOTIFY_SOCKET": self.name, **(extra or {})}


def start(args, manager, extra_env=None):
    return subprocess.Popen([CLI, *args], env=manager.env(extra_env), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def stop(proc, manager, what):
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    said = manager.next(0.5)  # sent before the exit: waiting in the socket by now
    check(said is not None and said.startswith("STOPPING=1\n"),
          f"{what}: after SIGTERM the manager got {said!r}, wanted STOPPING=1")
    check(proc.returncode == 0, f"{what}: exit {proc.returncode} ({err.strip()})")
    return err


def record_once(work, manager, run, extra_env):
    what = f"record run {run} ({extra_env['FLOWSCOPE_CAPTURE']})"
    database = os.path.join(work, f"history-{extra_env['FLOWSCOPE_CAPTURE']}-{run}.sqlite")
    proc = start(["record", "--interface", "lo", "--database", database,
                  "--filter", "udp port 9"], manager, extra_env)
    said = manager.next(20)
    if said is None:
        proc.kill()
        _, err = proc.communicate(timeout=60)
        check(False, f"{what}: no READY=1 within 20 s ({err.strip()})")
        return False
    # The datagram goes out the moment READY=1 is read: READY must mean "capturing".
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 9))
    receiver.sendto(b"r" * 77, ("127.0.0.1", 9))
    wanted = f"READY=1\nSTATUS=recording lo into {database}; Ctrl+C or SIGTERM stops."
    check(said == wanted, f"{what}: the manager got {said!r}, wanted {wanted!r}")
    err = stop(proc, manager, what)
    receiver.close()
    report = subprocess.run([CLI, "report", "--database", database, "--format", "json"],
                            capture_output=True, text=True, timeout=60)
    data = json.loads(report.stdout) if report.returncode == 0 else {}
    totals = data.get("totals", {})
    got = (totals.get("packets"), totals.get("bytes"))
    check(got == (1, WIRE + 77), f"{what}: the history holds {got} packets and bytes, wanted "
          f"(1, {WIRE + 77}); record said: {err.strip()}")
    # SIGTERM came right after the datagram: the last look at the stop still names its
    # program (this interpreter), though no socket event had been waited for.
    paths = [r.get("path") for r in data.get("rows", [])]
    check(paths == [os.path.realpath(sys.executable)],
          f"{what}: the datagram's program is {paths}, wanted [{os.path.realpath(sys.executable)}]")
    return True


def record_runs(work, extra_env, label):
    before = len(failures)
    manager = Manager(os.path.join(work, "notify"))
    for run in range(5):
        if not record_once(work, manager, run, extra_env):
            break  # the others would wait for it just as long
    manager.sock.close()
    os.unlink(os.path.join(work, "notify"))
    if len(failures) == before:
        print(f"ok  record{label}: READY=1 once capturing (a datagram sent at READY is recorded, "
              "5 of 5, with its program), STOPPING=1 on SIGTERM, exit 0")


def export_abstract():
    before = len(failures)
    manager = Manager(f"@flowscope-notify-test-{os.getpid()}")
    port = free_port()
    proc = start(["export", "--interface", "lo", "--ipfix", f"127.0.0.1:{port}"], manager)
    said = manager.next(20)
    wanted = f"READY=1\nSTATUS=exporting lo to 127.0.0.1:{port}; Ctrl+C or SIGTERM stops."
    check(said == wanted, f"export: the manager got {said!r}, wanted {wanted!r}")
    stop(proc, manager, "export")
    if len(failures) == before:
        print("ok  export to an abstract socket name: READY=1, STOPPING=1, exit 0")


def no_adapter(work):
    manager = Manager(os.path.join(work, "notify-bad"))
    r = subprocess.run([CLI, "record", "--interface", "flowscope-no-such-adapter",
                        "--database", os.path.join(work, "bad.sqlite")],
                       env=manager.env(), capture_output=True, text=True, timeout=60)
    said = manager.next(0.2)
    check(r.returncode == 3 and said is None,
          f"no such adapter: exit {r.returncode}, the manager got {said!r}; wanted exit 3 and "
          f"nothing ({r.stderr.strip()})")
    if r.returncode == 3 and said is None:
        print(f"ok  no such adapter: exit 3, no READY=1 ({r.stderr.strip()})")


def live_inner():
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    work = tempfile.mkdtemp(prefix="flowscope-notify-")
    os.chmod(work, 0o755)
    record_runs(work, {"FLOWSCOPE_CAPTURE": "direct"}, "")
    if HELPER:
        record_runs(work, {"FLOWSCOPE_CAPTURE": "helper", "FLOWSCOPE_CAPTURE_HELPER": HELPER},
                    " through the capture helper")
    export_abstract()
    no_adapter(work)
    shutil.rmtree(work)


if sys.argv[-1] == "--live-inner":
    live_inner()
    sys.exit(1 if failures else 0)

if os.geteuid() != 0 or not shutil.which("unshare"):
    print("SKIPPED: the live part needs root and unshare (a private network namespace).")
    sys.exit(77)
run_in_namespace(__file__, sys.argv[1:])
print("FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
