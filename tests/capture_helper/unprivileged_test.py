#!/usr/bin/env python3
"""Live capture as user nobody through the capture helper, in a private network namespace.

The capability (cap_net_raw,cap_net_admin) is set on a copy of flowscope-capture in a temporary
folder that nobody can read (the build tree may not be), pointed to by FLOWSCOPE_CAPTURE_HELPER;
flowscope-cli and flowscope run as nobody and hold none. Checked:

* `flowscope-cli interfaces` as nobody lists the adapters (no privileges, no helper);
* `flowscope-cli flows --interface lo` as nobody counts the datagrams sent, exactly;
* the same without the capability fails with the permission sentence naming the helper;
* killing flowscope-cli mid-capture ends the helper too (no process stays behind);
* the Start page's permission probe as nobody finds capturing permitted (through the helper),
  and without the capability answers the same sentence;
* the desktop app as nobody (`flowscope --screenshot-dir DIR --interface lo`, offscreen)
  captures through the helper and saves its screenshots;
* socket events through the helper (where this kernel can load the eBPF tracker at all):
  `--process-source ebpf` as nobody fails with the sentence naming CAP_BPF and CAP_PERFMON
  while the helper has only the capture's capabilities, and with them the helper loads the
  tracker, says so, and the datagrams' sender (root's process, whose /proc nobody cannot
  read) is named by its pid.

Usage: unprivileged_test.py --cli FLOWSCOPE_CLI --helper FLOWSCOPE_CAPTURE [--probe
flowscope-test-permission-probe] [--gui FLOWSCOPE]. Exits 77 (skipped)
with a printed reason where a namespace, setcap or setpriv is not available.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "live"))
import capture_ready  # noqa: E402

SKIP = 77
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
COUNT = 25
PAYLOAD = 120


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def skip(msg):
    print("SKIPPED: " + msg)
    sys.exit(SKIP)


def outside(args):
    if os.geteuid() != 0:
        skip("needs root to set a capability on the helper and to become user nobody.")
    for tool in ("unshare", "setpriv", "setcap"):
        if shutil.which(tool) is None:
            skip("%s is not installed (util-linux, libcap2-bin)." % tool)
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        skip("cannot create a private network namespace (unshare -n: %s)." % probe.stderr.strip())
    env = dict(os.environ, FLOWSCOPE_IN_NETNS="1")
    r = subprocess.run(["unshare", "-n", "--", sys.executable, os.path.abspath(__file__)] + args,
                       env=env)
    sys.exit(r.returncode)


def helper_processes(path):
    """Pids of live (not zombie) processes running `path`."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.readlink("/proc/%s/exe" % entry) != path:
                continue
            with open("/proc/%s/stat" % entry) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            pids.append(int(entry))
    return pids


def wait_until(what, condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            fail("timed out waiting until " + what)
        time.sleep(0.02)


def send_datagrams():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for _ in range(COUNT):
        s.sendto(b"x" * PAYLOAD, ("127.0.0.1", 9999))
    s.close()


def nobody_env(helper, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWSCOPE_CAPTURE")}
    env.update(FLOWSCOPE_CAPTURE_HELPER=helper, HOME=home, XDG_RUNTIME_DIR=home,
               XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"))
    return env


def start_cli(cli, helper, home, duration, extra=()):
    return subprocess.Popen(NOBODY + [cli, "flows", "--interface", "lo", "--duration",
                                      str(duration), "--format", "json", "--filter",
                                      "udp port 9999"] + list(extra),
                            env=nobody_env(helper, home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def cli_counts_the_traffic(cli, helper, home):
    dump = os.path.join(home, "capture.pcap")
    p = start_cli(cli, helper, home, 120, ["--write", dump])
    capture_ready.wait_for_capture(p, fail)
    if not helper_processes(helper):
        fail("flowscope-cli captures, but not through the helper %s" % helper)
    send_datagrams()
    # Every frame has come through the helper once the capture thread has written it.
    size = 24 + COUNT * (16 + 14 + 20 + 8 + PAYLOAD)
    wait_until("the capture file holds every datagram",
               lambda: os.path.exists(dump) and os.path.getsize(dump) >= size)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    if p.returncode != 0:
        fail("flowscope-cli as nobody exited %d: %s" % (p.returncode, err))
    flows = json.loads(out)
    flows = flows["flows"] if isinstance(flows, dict) else flows
    udp = [f for f in flows if f["protocol"] == "udp"]
    want = (COUNT, COUNT * (14 + 20 + 8 + PAYLOAD))
    if len(udp) != 1 or (udp[0]["packets_out"], udp[0]["bytes_out"]) != want:
        fail("expected one UDP flow of %d packets / %d bytes, got %s" % (want + (udp,)))
    wait_until("the helper has ended", lambda: not helper_processes(helper))
    print("ok: flowscope-cli as nobody counted %d datagrams through the helper" % COUNT)


def permission_sentence(helper):
    return ("Flowscope has no permission to capture on lo. Run it with administrator "
            "privileges, or grant the capability once: sudo setcap "
            "cap_net_raw,cap_net_admin=eip " + helper)


def probe_answer(probe, helper, home):
    r = subprocess.run(NOBODY + [probe, "lo"], env=nobody_env(helper, home), capture_output=True,
                       text=True, timeout=60)
    if r.returncode != 0:
        fail("the permission probe exited %d: %s" % (r.returncode, r.stderr))
    return r.stdout.strip()


def without_capability(cli, probe, helper, home):
    subprocess.run(["setcap", "-r", helper], check=True)
    try:
        p = start_cli(cli, helper, home, 5)
        out, err = p.communicate(timeout=60)
        denied = probe_answer(probe, helper, home) if probe else None
    finally:
        subprocess.run(["setcap", "cap_net_raw,cap_net_admin=eip", helper], check=True)
    if p.returncode != 4 or permission_sentence(helper) not in err:
        fail("without the capability: exit %d, stderr %r" % (p.returncode, err))
    print("ok: without the capability the sentence names the helper")
    if probe:
        if denied != permission_sentence(helper):
            fail("without the capability the Start page's probe says %r" % denied)
        allowed = probe_answer(probe, helper, home)
        if allowed:
            fail("with a capable helper the Start page's probe still says %r" % allowed)
        print("ok: the Start page's probe follows the helper's capability")


def parent_killed_ends_helper(cli, helper, home):
    p = start_cli(cli, helper, home, 120)
    capture_ready.wait_for_capture(p, fail)
    wait_until("the helper runs", lambda: helper_processes(helper))
    p.kill()
    p.wait(timeout=30)
    wait_until("the helper has followed its killed parent", lambda: not helper_processes(helper))
    print("ok: the helper ended with its killed parent")


def gui_captures(gui, helper, home):
    shots = tempfile.mkdtemp(prefix="flowscope-shots-")
    os.chmod(shots, 0o777)
    env = dict(nobody_env(helper, home), QT_QPA_PLATFORM="offscreen",
               FLOWSCOPE_SCREENSHOT_SECONDS="3")
    p = subprocess.Popen(NOBODY + [gui, "--screenshot-dir", shots, "--interface", "lo"], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    capture_ready.wait_for_capture(p, fail)
    if not helper_processes(helper):
        fail("the desktop app captures, but not through the helper %s" % helper)
    send_datagrams()
    out, err = p.communicate(timeout=120)
    pngs = [f for f in os.listdir(shots) if f.endswith(".png")]
    shutil.rmtree(shots, ignore_errors=True)
    if p.returncode != 0 or not pngs:
        fail("flowscope as nobody exited %d with %d screenshots: %s" % (p.returncode, len(pngs),
                                                                         err))
    wait_until("the helper has ended", lambda: not helper_processes(helper))
    print("ok: the desktop app as nobody captured through the helper (%d screenshots)" % len(pngs))


def socket_events_through_helper(cli, helper, home):
    probe = subprocess.run([cli, "processes", "--source", "ebpf"], capture_output=True,
                           text=True)
    if probe.returncode != 0:
        print("note: socket events not checked: %s" % probe.stderr.strip())
        return
    p = start_cli(cli, helper, home, 1, ["--process-source", "ebpf"])
    _, err = p.communicate(timeout=60)
    if p.returncode != 1 or "needs root or the CAP_BPF and CAP_PERFMON" not in err:
        fail("--process-source ebpf with a helper lacking CAP_BPF: exit %d, %r"
             % (p.returncode, err))
    print("ok: without CAP_BPF on the helper, --process-source ebpf says why: %s"
          % err.strip())
    subprocess.run(["setcap", "cap_net_raw,cap_net_admin,cap_bpf,cap_perfmon=eip", helper],
                   check=True)
    try:
        p = start_cli(cli, helper, home, 120, ["--process-source", "ebpf"])
        capture_ready.wait_for_capture(p, fail)
        send_datagrams()
        time.sleep(0.5)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)
    finally:
        subprocess.run(["setcap", "cap_net_raw,cap_net_admin=eip", helper], check=True)
    if p.returncode != 0 or "The capture helper loads them." not in err:
        fail("flowscope-cli with socket events from the helper: exit %d, %r"
             % (p.returncode, err))
    flows = json.loads(out)
    flows = flows["flows"] if isinstance(flows, dict) else flows
    udp = [f for f in flows if f["protocol"] == "udp"]
    if len(udp) != 1 or not udp[0].get("process") or udp[0]["process"]["pid"] != os.getpid():
        fail("the sender (pid %d) was not named through the helper's socket events: %s"
             % (os.getpid(), udp))
    wait_until("the helper has ended", lambda: not helper_processes(helper))
    print("ok: the helper loaded the socket tracker for nobody; the sender was pid %d"
          % os.getpid())


def inside(cli, helper_built, probe, gui):
    if subprocess.run(["ip", "link", "set", "lo", "up"]).returncode != 0:
        fail("cannot bring lo up")
    tmp = tempfile.mkdtemp(prefix="flowscope-helper-")
    home = os.path.join(tmp, "home")
    try:
        os.chmod(tmp, 0o755)
        os.mkdir(home)
        os.chown(home, 65534, 65534)
        helper = os.path.join(tmp, "flowscope-capture")
        shutil.copy(helper_built, helper)
        os.chmod(helper, 0o755)
        r = subprocess.run(["setcap", "cap_net_raw,cap_net_admin=eip", helper],
                           capture_output=True, text=True)
        if r.returncode != 0:
            skip("setcap on %s failed (%s); the file system may not keep capabilities."
                 % (helper, r.stderr.strip()))
        version = subprocess.run(NOBODY + [cli, "--version"], capture_output=True, text=True)
        if version.returncode != 0:
            skip("user nobody cannot run %s (%s); build in a folder nobody can read."
                 % (cli, version.stderr.strip()))
        listed = subprocess.run(NOBODY + [cli, "interfaces", "--format", "json"],
                                capture_output=True, text=True, timeout=60)
        if listed.returncode != 0 or '"lo"' not in listed.stdout:
            fail("flowscope-cli interfaces as nobody: exit %d, %r %r"
                 % (listed.returncode, listed.stdout, listed.stderr))
        print("ok: flowscope-cli interfaces as nobody lists the adapters")
        cli_counts_the_traffic(cli, helper, home)
        without_capability(cli, probe, helper, home)
        parent_killed_ends_helper(cli, helper, home)
        socket_events_through_helper(cli, helper, home)
        if gui:
            gui_captures(gui, helper, home)
        else:
            print("note: the desktop app is not built here; its check was not run")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def parse(argv):
    named = {"--cli": "", "--helper": "", "--probe": "", "--gui": ""}
    for flag, value in zip(argv[::2], argv[1::2]):
        if flag not in named:
            fail("unknown argument %s" % flag)
        named[flag] = value
    if not named["--cli"] or not named["--helper"] or len(argv) % 2:
        fail("usage: unprivileged_test.py --cli CLI --helper HELPER [--probe PROBE] [--gui GUI]")
    return named


if __name__ == "__main__":
    args = parse(sys.argv[1:])
    if os.environ.get("FLOWSCOPE_IN_NETNS") == "1":
        inside(args["--cli"], args["--helper"], args["--probe"], args["--gui"])
    else:
        outside(sys.argv[1:])
