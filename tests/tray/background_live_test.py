#!/usr/bin/python3
"""Flowscope in the background, end to end: a new program's first connection reaches the
desktop as a notification while the app sits in the tray with no window.

  background_live_test.py FLOWSCOPE

In a private network namespace (unshare -n) and a private D-Bus session (dbus-run-session):
Xvfb, Debian's trayer (an XEmbed tray) and dunst (a real notification server). `flowscope
--minimized --interface lo` starts with fresh settings and data folders, so every program is
new to it. A copy of python3 under a name of its own then connects to a local server; within 5
seconds a Notify call naming that copy must reach the server (seen by dbus-monitor), the icon
must sit in trayer's panel, and no Flowscope window may have been mapped at any time.

Runs with Debian's python3 (python3-xlib). Exit 77 only when a tool or the namespace is
missing, with the reason printed.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from xvfb import start_xvfb

TOOLS = ["unshare", "dbus-run-session", "dbus-monitor", "dbus-send", "Xvfb", "trayer", "dunst", "ip"]
DEADLINE_S = 5.0


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(77)


def fail(reason):
    print("FAIL: " + reason, flush=True)
    sys.exit(1)


def wait_for(predicate, timeout, step=0.05):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


def outside(flowscope):
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        skip("missing " + ", ".join(missing) + " (tools/packages/test-tray.list, test-notify.list)")
    try:
        import Xlib  # noqa: F401
    except ImportError:
        skip("missing python3-xlib (tools/packages/test-tray.list)")
    probe = subprocess.run(["unshare", "-n", "-m", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        skip("cannot create private network and mount namespaces (unshare -n -m: %s); run as root."
             % probe.stderr.strip())
    env = dict(os.environ, FLOWSCOPE_BACKGROUND_INNER="1")
    for key in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DISPLAY"):
        env.pop(key, None)
    # Xvfb -displayfd takes no lock file: in a new network namespace it picks :0 again and
    # replaces the shared /tmp/.X11-unix/X0, stealing clients of another test's Xvfb. A private
    # tmpfs on /tmp/.X11-unix (mount namespace) keeps this test's X server its own.
    private_x = 'mkdir -p /tmp/.X11-unix && mount -t tmpfs -o mode=1777 tmpfs /tmp/.X11-unix && exec "$@"'
    sys.exit(subprocess.call(["unshare", "-n", "-m", "--", "sh", "-c", private_x, "sh",
                              "dbus-run-session", "--", sys.executable,
                              os.path.abspath(__file__), flowscope], env=env))


class Screen:
    def __init__(self, name):
        from Xlib import X, display
        self.X = X
        self.d = display.Display(name)
        self.root = self.d.screen().root

    def tray_owner(self):
        return self.d.get_selection_owner(self.d.intern_atom("_NET_SYSTEM_TRAY_S0")) != \
            self.X.NONE

    def _viewable(self, window):
        try:
            return window.get_attributes().map_state == self.X.IsViewable
        except Exception:
            return False

    def _is_flowscope(self, window):
        try:
            return "flowscope" in (window.get_wm_class() or ())
        except Exception:
            return False

    def mapped_top_levels(self):
        """Flowscope windows mapped directly on the root (a window, a dialog, a balloon)."""
        return [w for w in self.root.query_tree().children
                if self._is_flowscope(w) and self._viewable(w)]

    def icons_in_panel(self):
        """Ids of the Flowscope windows docked in trayer's panel (the tray icon)."""
        found = set()

        def walk(window):
            for child in window.query_tree().children:
                if self._is_flowscope(child) and self._viewable(child):
                    found.add(child.id)
                walk(child)
        for window in self.root.query_tree().children:
            try:
                if window.get_wm_class() == ("panel", "trayer"):
                    walk(window)
            except Exception:
                pass
        return found

    def icon_in_panel(self):
        return bool(self.icons_in_panel())


def newcomer(tmp, port):
    """A copy of python3 under its own name (its own executable path), connecting once."""
    program = os.path.join(tmp, "bin", "flowscope-newcomer")
    os.makedirs(os.path.dirname(program))
    shutil.copy2(os.path.realpath("/usr/bin/python3"), program)
    code = ("import socket, time\n"
            "s = socket.create_connection(('127.0.0.1', %d))\n"
            "s.sendall(b'hello from a new program' * 40)\n"
            "time.sleep(1.5)\n"
            "s.close()\n" % port)
    return subprocess.Popen([program, "-c", code])


def inside(flowscope):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    tmp = tempfile.mkdtemp(prefix="flowscope-background-")
    os.chmod(tmp, 0o700)
    procs = []
    try:
        xvfb, name = start_xvfb()
        procs.append(xvfb)
        env = dict(os.environ, DISPLAY=name, HOME=tmp, XDG_RUNTIME_DIR=tmp,
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"), QT_QPA_PLATFORM="xcb",
                   LC_ALL="C.UTF-8", LANG="C.UTF-8")
        screen = Screen(name)
        procs.append(subprocess.Popen(["trayer", "--edge", "top", "--align", "right"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        if not wait_for(screen.tray_owner, 10):
            fail("trayer did not take the system tray selection")
        monitor_path = os.path.join(tmp, "monitor.txt")
        monitor_log = open(monitor_path, "w")
        procs.append(subprocess.Popen(
            ["dbus-monitor", "type='method_call',interface='org.freedesktop.Notifications',"
             "member='Notify'"], stdout=monitor_log, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))

        def bus_has_server():
            names = subprocess.run(["dbus-send", "--session", "--print-reply",
                                    "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                                    "org.freedesktop.DBus.ListNames"], capture_output=True,
                                   text=True).stdout
            return "org.freedesktop.Notifications" in names
        if not wait_for(bus_has_server, 10):
            fail("dunst did not take the name org.freedesktop.Notifications")

        app = subprocess.Popen([flowscope, "--minimized", "--interface", "lo"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(app)
        windows_seen = []

        def ready():
            windows_seen.extend(w.id for w in screen.mapped_top_levels())
            if app.poll() is not None:
                fail("flowscope ended early (exit %d): %s" % (app.returncode, app.stderr.read()))
            with open("/proc/net/packet") as f:
                capturing = len(f.read().splitlines()) > 1
            return capturing and screen.icon_in_panel()
        if not wait_for(ready, 30):
            fail("flowscope --minimized did not put its icon in the tray and capture on lo "
                 "within 30 s")
        print("ok   the icon is in trayer's panel and the capture on lo is open", flush=True)

        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        started = time.monotonic()
        client = newcomer(tmp, server.getsockname()[1])
        procs.append(client)
        conn, _ = server.accept()

        conn.setblocking(False)

        def notified():
            windows_seen.extend(w.id for w in screen.mapped_top_levels())
            try:
                conn.recv(65536)  # drain what the newcomer sends
            except BlockingIOError:
                pass
            text = open(monitor_path).read()
            return 'string "Flowscope"' in text and "flowscope-newcomer" in text
        arrived = wait_for(notified, 15)
        took = time.monotonic() - started
        if not arrived:
            fail("no notification naming flowscope-newcomer within 15 s; the Notify calls:\n" +
                 open(monitor_path).read())
        print("ok   a notification naming flowscope-newcomer arrived %.2f s after it connected"
              % took, flush=True)
        if took > DEADLINE_S:
            fail("the notification took %.2f s (at most %.0f s)" % (took, DEADLINE_S))
        client.wait(10)
        windows_seen.extend(w.id for w in screen.mapped_top_levels())
        # The tray icon's own window can show on the root for an instant before trayer
        # reparents it into its panel: that one is the icon, not a Flowscope window.
        windows_seen = [w for w in windows_seen if w not in screen.icons_in_panel()]
        if windows_seen:
            fail("a Flowscope window was mapped although it started minimized: %s"
                 % sorted(set(windows_seen)))
        print("ok   no Flowscope window was shown", flush=True)
        monitor_log.close()
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("3 passed, 0 failed")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    if os.environ.get("FLOWSCOPE_BACKGROUND_INNER") == "1":
        inside(os.path.abspath(sys.argv[1]))
    else:
        outside(os.path.abspath(sys.argv[1]))
