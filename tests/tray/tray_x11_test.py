#!/usr/bin/python3
"""The real tray: Xvfb with Debian's trayer (an XEmbed system tray) and the built app.

  tray_x11_test.py FLOWSCOPE [--screenshot PNG]

1. `flowscope --minimized` embeds its icon in trayer's panel and maps no main window.
2. A right click on the icon opens the menu (a new mapped window by the icon); "Show Window"
   maps the main window.
3. Closing the window (WM_DELETE_WINDOW, as a window manager sends it) asks once; "Keep in
   Tray" hides it and stores window/closeAction=tray; a left click on the icon shows it again;
   the next close hides it without asking; the menu's Quit ends the app.
4. Capturing on lo (as root): the icon is blue; the menu's Pause turns it amber, Stop grey,
   all without showing the window.
5. closeAction=tray: File → Quit (Ctrl+Q) ends the app; closeAction=quit: closing the window
   ends the app.
6. Without a tray, `flowscope --minimized` shows its window after the second look and says
   why on stderr.

Runs with Debian's python3 (python3-xlib). Exit 77 only when a tool is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from xvfb import start_xvfb

TOOLS = ["Xvfb", "trayer", "xdotool", "import", "convert"]


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(77)


missing = [t for t in TOOLS if not shutil.which(t)]
if missing:
    skip("missing " + ", ".join(missing) + " (tools/packages/test-tray.list)")
try:
    from Xlib import X, Xatom, display, protocol  # noqa: E402
except ImportError:
    skip("missing python3-xlib (tools/packages/test-tray.list)")

FLOWSCOPE = os.path.abspath(sys.argv[1])
SCREENSHOT = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def wait_for(predicate, timeout=10.0, step=0.1):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


class Screen:
    def __init__(self, name):
        self.d = display.Display(name)
        self.root = self.d.screen().root

    def tray_owner(self):
        atom = self.d.intern_atom("_NET_SYSTEM_TRAY_S0")
        return self.d.get_selection_owner(atom) != X.NONE

    def windows(self, parent=None, depth=0):
        """(window, depth) of every window under parent, depth-first."""
        parent = parent or self.root
        try:
            children = parent.query_tree().children
        except Exception:
            return []
        found = []
        for child in children:
            found.append((child, depth))
            found.extend(self.windows(child, depth + 1))
        return found

    @staticmethod
    def wm_class(window):
        try:
            return window.get_wm_class() or ()
        except Exception:
            return ()

    @staticmethod
    def viewable(window):
        try:
            return window.get_attributes().map_state == X.IsViewable
        except Exception:
            return False

    def geometry(self, window):
        g = window.get_geometry()
        origin = window.translate_coords(self.root, 0, 0)
        return -origin.x, -origin.y, g.width, g.height

    def panel(self):
        for window, _ in self.windows():
            if self.wm_class(window) == ("panel", "trayer"):
                return window
        return None

    def tray_icon(self):
        """The flowscope window embedded (at any depth) in trayer's panel."""
        panel = self.panel()
        if not panel:
            return None
        for window, _ in self.windows(panel):
            if "flowscope" in self.wm_class(window) and self.viewable(window):
                return window
        return None

    def top_levels(self, min_size=0):
        """Mapped top-level flowscope windows (children of the root)."""
        tops = []
        for window in self.root.query_tree().children:
            if "flowscope" in self.wm_class(window) and self.viewable(window):
                x, y, w, h = self.geometry(window)
                if w >= min_size and h >= min_size:
                    tops.append(window)
        return tops

    def named(self, title):
        for window in self.top_levels():
            try:
                if window.get_wm_name() == title:
                    return window
            except Exception:
                pass
        return None

    def main_window(self):
        return self.named("Flowscope") if any(
            self.geometry(w)[2] >= 400 for w in self.top_levels()) else None

    def close(self, window):
        """What a window manager sends when the user clicks the close button."""
        protocols = self.d.intern_atom("WM_PROTOCOLS")
        delete = self.d.intern_atom("WM_DELETE_WINDOW")
        event = protocol.event.ClientMessage(window=window, client_type=protocols,
                                             data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        window.send_event(event, event_mask=0)
        self.d.flush()


def xdotool(env, *args):
    subprocess.run(["xdotool", *args], env=env, check=True)


def click(env, x, y, button):
    xdotool(env, "mousemove", "--sync", str(x), str(y), "click", str(button))


def settings_file(config):
    return os.path.join(config, "flowscope", "flowscope.conf")


def write_close_action(config, value):
    os.makedirs(os.path.dirname(settings_file(config)), exist_ok=True)
    with open(settings_file(config), "w") as f:
        if value:
            f.write("[window]\ncloseAction=%s\n" % value)


def start_app(env, *args):
    return subprocess.Popen([FLOWSCOPE, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def menu_windows(screen, before):
    return [w for w in screen.top_levels() if w.id not in before]


def open_menu(screen, env, icon, low=False):
    before = {w.id for w in screen.top_levels()}
    x, y, w, h = screen.geometry(icon)
    # The menu opens at the pointer; low: at the icon's bottom, so the menu leaves it visible.
    click(env, x + w // 2, y + h - 1 if low else y + h // 2, 3)
    menus = wait_for(lambda: menu_windows(screen, before), 5)
    return menus[0] if menus else None


def tray_session(screen, env, config):
    app = start_app(env, "--minimized")
    try:
        icon = wait_for(screen.tray_icon, 15)
        check(icon is not None, "the icon is embedded in trayer's panel (XEmbed)")
        if not icon:
            return
        x, y, w, h = screen.geometry(icon)
        check(16 <= w <= 32 and 16 <= h <= 32, "the icon is tray-sized (%dx%d)" % (w, h))
        time.sleep(0.5)
        check(screen.main_window() is None, "--minimized maps no main window")

        menu = open_menu(screen, env, icon)
        check(menu is not None, "a right click on the icon opens the menu")
        if not menu:
            return
        mx, my, mw, mh = screen.geometry(menu)
        check(mh > 200 and abs(mx + mw - (x + w)) < 60,
              "the menu (%dx%d at %d,%d) is the tray menu, by the icon" % (mw, mh, mx, my))
        click(env, mx + 40, my + 11, 1)  # the first entry: "Show Window"
        window = wait_for(screen.main_window, 5)
        check(window is not None, "the menu's Show Window maps the main window")
        if not window:
            return

        screen.close(window)
        question = wait_for(lambda: screen.named("Close Flowscope"), 5)
        check(question is not None, "the first close asks whether to keep monitoring in the tray")
        if not question:
            return
        xdotool(env, "windowfocus", "--sync", str(question.id), "key", "Return")
        check(wait_for(lambda: screen.main_window() is None, 5),
              "Keep in Tray (the default button) hides the window")
        check(app.poll() is None, "the app keeps running in the tray")
        balloon = wait_for(lambda: [w for w in screen.top_levels(min_size=40)
                                    if w.id != question.id], 5)
        if balloon:
            bx, by, bw, bh = screen.geometry(balloon[0])
            balloon = by < 100 and bx + bw > 600
        check(bool(balloon), "a balloon by the icon says where the window went")
        with open(settings_file(config)) as f:
            check("closeAction=tray" in f.read(), "the answer is remembered (closeAction=tray)")

        click(env, x + w // 2, y + h // 2, 1)
        window = wait_for(screen.main_window, 5)
        check(window is not None, "a left click on the icon (the balloon still over it) shows the window again")
        if window:
            screen.close(window)
            check(wait_for(lambda: screen.main_window() is None, 5),
                  "the next close hides the window")
            time.sleep(0.5)
            check(screen.named("Close Flowscope") is None, "... without asking again")

        menu = open_menu(screen, env, icon)
        check(menu is not None, "the menu opens again")
        if menu:
            mx, my, mw, mh = screen.geometry(menu)
            click(env, mx + 40, my + mh - 12, 1)  # the last entry: "Quit"
            try:
                code = app.wait(10)
            except subprocess.TimeoutExpired:
                code = None
            check(code == 0, "the menu's Quit ends the app (exit code %s)" % code)
    finally:
        if app.poll() is None:
            app.kill()
        out, err = app.communicate()
        if err.strip():
            print("app stderr:\n" + err)


def screenshot_session(screen, env, config):
    """The menu with its "Switch Adapter" list open, capturing on lo with some traffic."""
    screen.root.change_attributes(background_pixel=0x3B4A5A)  # a desktop, not Xvfb's black
    screen.root.clear_area()
    screen.d.flush()
    # About 300 kB/s of UDP to the discard port on loopback.
    sender = ("import socket, time\n"
              "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
              "while True:\n"
              "    s.sendto(b'x' * 1200, ('127.0.0.1', 9))\n"
              "    time.sleep(0.004)\n")
    traffic = subprocess.Popen([sys.executable, "-c", sender], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    app = start_app(env, "--minimized", "--interface", "lo")
    try:
        icon = wait_for(screen.tray_icon, 15)
        if not check(icon is not None, "screenshot: the icon is embedded"):
            return
        time.sleep(7)  # two adapter readings, the activity bars and the tooltip's rates
        menu = open_menu(screen, env, icon, low=True)
        if not check(menu is not None, "screenshot: the menu opens"):
            return
        mx, my, mw, mh = screen.geometry(menu)
        before = {w.id for w in screen.top_levels()}
        xdotool(env, "mousemove", "--sync", str(mx + 40), str(my + 78))  # "Switch Adapter"
        sub = wait_for(lambda: menu_windows(screen, before), 5)
        right, bottom = mx + mw, my + mh
        if sub:
            sx, sy, sw, sh = screen.geometry(sub[0])
            right, bottom = max(right, sx + sw), max(bottom, sy + sh)
            left = min(mx, sx)
        else:
            left = mx
        time.sleep(0.5)
        shot = SCREENSHOT + ".full.png"
        subprocess.run(["import", "-window", "root", shot], env=env, check=True)
        left = max(0, left - 30)
        crop = "%dx%d+%d+0" % (800 - left, min(600, bottom + 30), left)
        subprocess.run(["convert", shot, "-crop", crop, "+repage", SCREENSHOT], check=True)
        os.remove(shot)
        print("screenshot: " + SCREENSHOT)
    finally:
        traffic.kill()
        traffic.wait()
        app.kill()
        app.communicate()


def icon_colour(env, icon_geometry):
    """The icon's colour left of its bars (x = 2/16 of its width), as (r, g, b)."""
    x, y, w, h = icon_geometry
    out = subprocess.run(["import", "-window", "root", "-crop",
                          "1x1+%d+%d" % (x + w * 2 // 16, y + h // 2), "-depth", "8", "txt:-"],
                         env=env, capture_output=True, text=True, check=True).stdout
    # "0,0: (30,120,210)  #1E78D2  srgb(30,120,210)"
    rgb = out.splitlines()[-1].split("(")[1].split(")")[0].split(",")
    return tuple(int(float(v)) for v in rgb[:3])


def is_blue(c):
    return c[2] > c[0] + 80


def is_amber(c):
    return c[0] > c[1] > c[2] + 80


def is_grey(c):
    return max(c) - min(c) < 12


def choose(screen, env, icon, downs):
    """Opens the menu and picks its entry number `downs` (1 = the first) with the keyboard."""
    menu = open_menu(screen, env, icon)
    if menu:
        xdotool(env, "key", *(["Down"] * downs), "Return")
    return menu is not None


def capture_session(screen, env, config):
    """A live capture on lo: the icon turns blue, amber when paused, grey when stopped."""
    if os.geteuid() != 0:
        print("skipped: the live part needs root (capture privileges)")
        return
    write_close_action(config, None)
    app = start_app(env, "--minimized", "--interface", "lo")
    try:
        icon = wait_for(screen.tray_icon, 15)
        if not check(icon is not None, "capturing: the icon is embedded"):
            return
        geometry = screen.geometry(icon)
        colour = wait_for(lambda: (lambda c: c if is_blue(c) else None)(
            icon_colour(env, geometry)), 10)
        check(colour is not None, "capturing: the icon is blue")
        check(choose(screen, env, icon, 2), "capturing: the menu opens")  # Pause
        colour = wait_for(lambda: (lambda c: c if is_amber(c) else None)(
            icon_colour(env, geometry)), 10)
        check(colour is not None, "the menu's Pause turns the icon amber")
        check(choose(screen, env, icon, 3), "paused: the menu opens")  # Stop
        colour = wait_for(lambda: (lambda c: c if is_grey(c) else None)(
            icon_colour(env, geometry)), 10)
        check(colour is not None, "the menu's Stop turns the icon grey")
        check(screen.main_window() is None, "... all without showing the window")
    finally:
        app.kill()
        app.communicate()


def file_quit_session(screen, env, config):
    write_close_action(config, "tray")
    app = start_app(env)
    try:
        window = wait_for(screen.main_window, 15)
        check(window is not None, "closeAction=tray: the window shows")
        if window:
            xdotool(env, "windowfocus", "--sync", str(window.id), "key", "ctrl+q")
            try:
                code = app.wait(10)
            except subprocess.TimeoutExpired:
                code = None
            check(code == 0, "closeAction=tray: File → Quit (Ctrl+Q) still ends the app")
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()


def quit_session(screen, env, config):
    write_close_action(config, "quit")
    app = start_app(env)
    try:
        window = wait_for(screen.main_window, 15)
        check(window is not None, "closeAction=quit: the window shows")
        if window:
            screen.close(window)
            try:
                code = app.wait(10)
            except subprocess.TimeoutExpired:
                code = None
            check(code == 0, "closeAction=quit: closing the window ends the app")
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate()


def no_tray_session(screen, env, config):
    write_close_action(config, None)
    started = time.monotonic()
    app = start_app(env, "--minimized")
    try:
        window = wait_for(screen.main_window, 15)
        check(window is not None, "without a tray, --minimized shows the window")
        check(time.monotonic() - started > 2.5,
              "... after waiting for a panel that starts late")
        if window:
            screen.close(window)
            try:
                code = app.wait(10)
            except subprocess.TimeoutExpired:
                code = None
            check(code == 0, "without a tray, closing the window quits without asking")
    finally:
        if app.poll() is None:
            app.kill()
        out, err = app.communicate()
    check("no system tray" in err and "AppIndicator" in err and err.count("\n") == 1,
          "... and says why in one sentence on stderr: " + err.strip())


def main():
    xvfb, name = start_xvfb()
    trayer = None
    home = tempfile.mkdtemp(prefix="flowscope-tray-")
    try:
        config = os.path.join(home, "config")
        env = {k: v for k, v in os.environ.items()
               if k not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        # No session bus: Qt uses the XEmbed tray (StatusNotifierItem needs a D-Bus watcher).
        env.update(DISPLAY=name, HOME=home, XDG_CONFIG_HOME=config, QT_QPA_PLATFORM="xcb",
                   XDG_RUNTIME_DIR=home, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        screen = Screen(name)
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                                   "pixel", "--width", "120", "--height", "24",
                                   "--transparent", "false", "--tint", "0xd8d8d8"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not check(wait_for(screen.tray_owner, 10), "trayer owns the system tray selection"):
            return 1
        write_close_action(config, None)
        if SCREENSHOT:
            screenshot_session(screen, env, config)
            return 1 if failures else 0
        tray_session(screen, env, config)
        capture_session(screen, env, config)
        file_quit_session(screen, env, config)
        quit_session(screen, env, config)
        trayer.terminate()
        trayer.wait(5)
        trayer = None
        wait_for(lambda: not screen.tray_owner(), 5)
        no_tray_session(screen, env, config)
    finally:
        if trayer:
            trayer.kill()
        xvfb.terminate()
        xvfb.wait(5)
        shutil.rmtree(home, ignore_errors=True)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


sys.exit(main())
