#!/usr/bin/env python3
"""Real delivery of Flowscope's notifications, driven through tests/notify/notify_probe.

  notify_test.py desktop  --probe P [--screenshots DIR]
      Inside a private session bus (dbus-run-session) and Xvfb, Debian's dunst is the
      notification server. dbus-monitor must see the Notify call with app name "Flowscope",
      the summary, the body and the actions; "Show" (chosen in dunst's context menu, whose
      dmenu is a script here), the default action (dunstctl action 0) and "Mute this rule"
      must reach the probe. With --screenshots, the notification as dunst draws it is saved
      as desktop-notification.png.
  notify_test.py fallback --probe P
      No notification server on the bus (a private bus with no service files), and no bus at
      all: the fallback hook is called.
  notify_test.py webhook  --probe P
      A local HTTP server on 127.0.0.1 (random port) receives the exact JSON body; a server
      answering 500 then 200 shows the retry; an unreachable address, a server that never
      answers and one that answers 404 are each reported in exactly one sentence; a webhook
      that works again is reported again when it fails anew.

Exits 77 (skipped) with the reason when a tool is missing, 1 on a failure.
"""
import argparse
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

SKIP = 77


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def need(*tools):
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        skip(f"{', '.join(missing)} not installed (tools/packages/test-notify.list)")


class Probe:
    """notify_probe running in the background; its stdout lines are collected."""

    def __init__(self, argv, env, seconds=20):
        env = dict(env)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["FLOWSCOPE_PROBE_SECONDS"] = str(seconds)
        self.lines = []
        self.cond = threading.Condition()
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            with self.cond:
                self.lines.append(line.rstrip("\n"))
                self.cond.notify_all()
        with self.cond:
            self.lines.append("EXIT")
            self.cond.notify_all()

    def wait_for(self, prefix, timeout=10.0, count=1):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                hits = [l for l in self.lines if l.startswith(prefix)]
                if len(hits) >= count:
                    return hits[count - 1]
                left = deadline - time.monotonic()
                if left <= 0 or "EXIT" in self.lines:
                    fail(f"no '{prefix}' from notify_probe (#{count}); it said: {self.lines}; "
                         f"stderr: {self.proc.stderr.read() if 'EXIT' in self.lines else ''}")
                self.cond.wait(left)

    def finish(self, timeout=30):
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("notify_probe did not end")
        time.sleep(0.1)
        return list(self.lines)


def probe_env(tmp):
    env = dict(os.environ)
    env["FLOWSCOPE_PROBE_SETTINGS"] = os.path.join(tmp, "settings.ini")
    env["XDG_RUNTIME_DIR"] = tmp
    return env


# --- desktop: dunst on a private bus -------------------------------------------------------

DMENU = """#!/bin/sh
# dunst's context menu: choose the action named in the file 'choose' (its key).
tee -a "{tmp}/dmenu-input.txt" | grep -m1 ",$(cat "{tmp}/choose")]"
"""

DUNSTRC = """[global]
    dmenu = {tmp}/dmenu.sh
    font = DejaVu Sans 11
    width = 440
    origin = top-right
    offset = 16x16
    frame_width = 2
    frame_color = "#3465a4"
    padding = 10
    horizontal_padding = 12
[urgency_normal]
    background = "#f6f5f4"
    foreground = "#202020"
    timeout = 0
"""


def desktop(args):
    need("dbus-run-session", "dbus-monitor", "Xvfb", "xdpyinfo", "dunst", "dunstctl")
    if os.environ.get("NOTIFY_TEST_INNER") != "1":
        # Again, inside a session bus of its own.
        env = dict(os.environ, NOTIFY_TEST_INNER="1")
        sys.exit(subprocess.call(["dbus-run-session", "--", sys.executable] + sys.argv,
                                 env=env))
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o700)
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 "1024x600x24", "-nolisten", "tcp"], pass_fds=[write_fd],
                                stderr=subprocess.DEVNULL)
        os.close(write_fd)
        display = os.read(read_fd, 16).decode().strip()
        # Xvfb writes its number when it listens; give it a moment to accept clients.
        deadline = time.monotonic() + 5
        while subprocess.run(["xdpyinfo", "-display", f":{display}"], capture_output=True).returncode:
            if time.monotonic() > deadline:
                fail(f"Xvfb :{display} accepts no clients")
            time.sleep(0.1)
        os.close(read_fd)
        if not display:
            fail("Xvfb did not start")
        env = probe_env(tmp)
        env["DISPLAY"] = f":{display}"
        with open(os.path.join(tmp, "dmenu.sh"), "w") as f:
            f.write(DMENU.format(tmp=tmp))
        os.chmod(os.path.join(tmp, "dmenu.sh"), 0o755)
        with open(os.path.join(tmp, "dunstrc"), "w") as f:
            f.write(DUNSTRC.format(tmp=tmp))
        monitor_log = open(os.path.join(tmp, "monitor.txt"), "w")
        monitor = subprocess.Popen(["dbus-monitor", "type='method_call',interface="
                                    "'org.freedesktop.Notifications',member='Notify'"],
                                   stdout=monitor_log, stderr=subprocess.DEVNULL)
        dunst_log = open(os.path.join(tmp, "dunst.log"), "w")
        dunst = subprocess.Popen(["dunst", "-config", os.path.join(tmp, "dunstrc")], env=env,
                                 stdout=dunst_log, stderr=subprocess.STDOUT)
        try:
            run_desktop(args, tmp, env)
        finally:
            for p in (dunst, monitor, xvfb):
                p.terminate()
                p.wait()
            monitor_log.close()
            dunst_log.close()


def dunstctl(env, *words):
    return subprocess.run(["dunstctl", *words], env=env, capture_output=True, text=True,
                          timeout=10).stdout


def choose(tmp, env, action):
    with open(os.path.join(tmp, "choose"), "w") as f:
        f.write(action)
    dunstctl(env, "context")


def run_desktop(args, tmp, env):
    deadline = time.monotonic() + 10
    while "org.freedesktop.Notifications" not in subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
            capture_output=True, text=True).stdout:
        if time.monotonic() > deadline:
            fail("dunst did not take the name org.freedesktop.Notifications: " +
                 open(os.path.join(tmp, "dunst.log")).read())
        time.sleep(0.1)

    probe = Probe([args.probe, "desktop", "--sound"], env)
    probe.wait_for("SHOWN")
    # The Notify call as the server received it.
    time.sleep(0.3)
    call = open(os.path.join(tmp, "monitor.txt")).read()
    for expected in ['string "Flowscope"', 'string "curl used the network for the first time"',
                     'string "/usr/bin/curl made its first connection (user alice)."',
                     'string "show"', 'string "Show"', 'string "mute"',
                     'string "Mute this rule"', 'string "sound-name"',
                     'string "message-new-instant"']:
        if expected not in call:
            fail(f"the Notify call lacks {expected}:\n{call}")
    if dunstctl(env, "count", "displayed").strip() != "1":
        fail("dunst does not display the notification")
    if args.screenshots:
        screenshot(env, os.path.join(args.screenshots, "desktop-notification.png"))

    choose(tmp, env, "show")  # "Show" from the notification's menu
    if probe.wait_for("SHOW ") != "SHOW 192.0.2.7":
        fail(f"Show opened the wrong target: {probe.lines}")
    probe.wait_for("SHOWN", count=2)  # the probe sends a second alert
    dunstctl(env, "action", "0")  # a click: the default action, which shows it too
    probe.wait_for("SHOW ", count=2)
    choose(tmp, env, "mute")  # "Mute this rule"
    if probe.wait_for("MUTED") != "MUTED new-program saved":
        fail(f"Mute this rule did not mute the rule: {probe.lines}")
    lines = probe.finish()
    if any(l.startswith("FALLBACK") for l in lines):
        fail(f"the fallback was used although dunst is there: {lines}")
    print("desktop notifications through dunst: ok", lines)


def screenshot(env, path):
    if shutil.which("xwd") is None or shutil.which("convert") is None:
        print("no screenshot: xwd or convert (imagemagick) missing")
        return
    time.sleep(0.5)  # dunst draws on its own schedule
    xwd = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, check=True)
    subprocess.run(["convert", "xwd:-", "-crop", "480x96+528+0", "+repage", path],
                   input=xwd.stdout, check=True)
    print("saved", path)


# --- fallback: nobody owns org.freedesktop.Notifications --------------------------------------

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{tmp}/no-services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def fallback(args):
    need("dbus-run-session")
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "no-services"))
        config = os.path.join(tmp, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_CONFIG.format(tmp=tmp))
        env = probe_env(tmp)
        # 1. A session bus where no notification server runs nor can be started.
        probe = Probe(["dbus-run-session", f"--config-file={config}", "--", args.probe,
                       "fallback"], env)
        line = probe.wait_for("FALLBACK")
        expected = ("FALLBACK curl used the network for the first time | "
                    "/usr/bin/curl made its first connection (user alice).")
        if line != expected:
            fail(f"fallback called with {line!r}")
        lines = probe.finish()
        if any(l.startswith("SHOWN") for l in lines):
            fail(f"a notification was shown on a bus without a server: {lines}")
        # 2. No session bus at all.
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp}/no-bus"
        probe = Probe([args.probe, "fallback"], env)
        if probe.wait_for("FALLBACK") != expected:
            fail(f"fallback without a bus: {probe.lines}")
        probe.finish()
    print("fallback: ok")


# --- webhook ---------------------------------------------------------------------------------

class Server:
    """An HTTP server on 127.0.0.1; `statuses` are the answers in turn (then 200); a status
    of None never answers."""

    def __init__(self, statuses=()):
        self.bodies = []
        self.statuses = list(statuses)
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                owner.bodies.append((self.headers.get("Content-Type"), self.rfile.read(length)))
                status = owner.statuses.pop(0) if owner.statuses else 200
                if status is None:
                    time.sleep(3)
                    return
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


EXPECTED_BODY = {
    "rule": "new-program",
    "subject": "/usr/bin/curl",
    "title": "curl used the network for the first time",
    "body": "/usr/bin/curl made its first connection (user alice).",
    "count": 1,
    "time": "2025-12-03T07:00:00.123Z",
    "address": "203.0.113.9",
    "application": "curl",
}


def run_webhook_probe(args, tmp, url, count, seconds, spacing_ms=0):
    env = probe_env(tmp)
    env["FLOWSCOPE_PROBE_SPACING_MS"] = str(spacing_ms)
    probe = Probe([args.probe, "webhook", url, str(count)], env, seconds)
    return probe.finish()


def webhook(args):
    with tempfile.TemporaryDirectory() as tmp:
        # The exact body, once, and no report.
        server = Server()
        lines = run_webhook_probe(args, tmp, server.url, 1, 3)
        server.close()
        if lines.count("DELIVERED") != 1 or len(server.bodies) != 1:
            fail(f"one post expected: {lines}, {server.bodies}")
        content_type, body = server.bodies[0]
        if content_type != "application/json" or json.loads(body) != EXPECTED_BODY:
            fail(f"unexpected body {content_type} {body!r}")
        if any(l.startswith(("PROBLEM", "RETRY")) for l in lines):
            fail(f"a working webhook was reported: {lines}")

        # 500, then 200: one retry, delivered, no report.
        server = Server([500])
        lines = run_webhook_probe(args, tmp, server.url, 1, 3)
        server.close()
        if len(server.bodies) != 2 or "DELIVERED" not in lines:
            fail(f"500 then 200: expected a retry and a delivery: {lines}")
        if not any(l.startswith("RETRY 1 HTTP status 500") for l in lines):
            fail(f"the retry was not after the 500: {lines}")
        if any(l.startswith("PROBLEM") for l in lines):
            fail(f"a webhook that recovered on retry was reported: {lines}")

        # Unreachable (a closed port): three alerts, three tries each, one sentence.
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()
        lines = run_webhook_probe(args, tmp, f"http://127.0.0.1:{port}/hook", 3, 4)
        problems = [l for l in lines if l.startswith("PROBLEM")]
        if len(problems) != 1 or f"127.0.0.1:{port}" not in problems[0]:
            fail(f"an unreachable webhook must be reported exactly once: {lines}")
        if len([l for l in lines if l.startswith("RETRY")]) != 6:
            fail(f"expected two retries for each of three alerts: {lines}")
        print("unreachable:", problems[0])

        # A server that never answers: the 1 s timeout, the retries, one sentence.
        server = Server([None, None, None])
        lines = run_webhook_probe(args, tmp, server.url, 1, 6)
        server.close()
        problems = [l for l in lines if l.startswith("PROBLEM")]
        if len(problems) != 1 or "no answer within 1 s" not in problems[0]:
            fail(f"a silent webhook must be reported once as a timeout: {lines}")
        if len(server.bodies) != 3:
            fail(f"expected three tries of the silent webhook: {server.bodies}")

        # 404: not retried, reported once.
        server = Server([404, 404])
        lines = run_webhook_probe(args, tmp, server.url, 2, 3)
        server.close()
        problems = [l for l in lines if l.startswith("PROBLEM")]
        if len(problems) != 1 or "HTTP status 404" not in problems[0] or len(server.bodies) != 2:
            fail(f"404: one report, no retries expected: {lines} {len(server.bodies)}")
        # Failing, working again, failing again: reported, recovered, reported once more.
        server = Server([500, 500, 500, 200, 500, 500, 500])
        lines = run_webhook_probe(args, tmp, server.url, 3, 6, spacing_ms=1500)
        server.close()
        events = [l.split(" ")[0] for l in lines if not l.startswith("RETRY")]
        if events[:4] != ["PROBLEM", "DELIVERED", "RECOVERED", "PROBLEM"]:
            fail(f"expected a report, a recovery and a second report: {lines}")
    print("webhook: ok")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("part", choices=["desktop", "fallback", "webhook"])
    parser.add_argument("--probe", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    {"desktop": desktop, "fallback": fallback, "webhook": webhook}[args.part](args)


if __name__ == "__main__":
    main()
