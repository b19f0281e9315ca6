#!/usr/bin/python3
"""Accessibility of the desktop app through the real AT-SPI stack.

Inside a private session bus (dbus-run-session; the bus activates Debian's at-spi2-core
registry) and Xvfb, the real `flowscope` runs with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1.
Debian's pyatspi reads its accessible tree, xdotool types on the X keyboard:

1. Keyboard only: Ctrl+O, the path typed into the File → Open dialog, Return; Ctrl+2 (Inspect),
   Ctrl+F (the search field), Tab to the "Port" field, a port typed; Tab to the connection
   table, Down twice: the table's rows (AT-SPI Table) all carry that port and the details
   pane shows the chosen row.
2. Every page (Ctrl+0 … Ctrl+5), the menus and every tab of the Settings dialog (Ctrl+,,
   then Ctrl+Tab from tab to tab):
   fails on any push button, tool button, combo box, editable text, check box, radio
   button, spin box, slider, table, tree, list, page tab or menu item without a name, and
   on any table column without a header. Prints the path of each.

Exits 77 (skipped) with the reason when a tool is missing, 1 on a failure.
    a11y_test.py --app build/app/gui/flowscope --capture tests/data/pcap/FILE
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from a11y_display import start_xvfb

SKIP = 77


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


try:
    import pyatspi  # Debian's python3-pyatspi
except ImportError:
    pyatspi = None

# Roles a user operates; each needs a name a screen reader can speak.
NAMED_ROLES = {}
if pyatspi:
    NAMED_ROLES = {
        pyatspi.ROLE_PUSH_BUTTON: "push button",
        pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
        pyatspi.ROLE_COMBO_BOX: "combo box",
        pyatspi.ROLE_TEXT: "text",
        pyatspi.ROLE_ENTRY: "entry",
        pyatspi.ROLE_PASSWORD_TEXT: "password text",
        pyatspi.ROLE_CHECK_BOX: "check box",
        pyatspi.ROLE_RADIO_BUTTON: "radio button",
        pyatspi.ROLE_SPIN_BUTTON: "spin box",
        pyatspi.ROLE_SLIDER: "slider",
        pyatspi.ROLE_TABLE: "table",
        pyatspi.ROLE_TREE: "tree",
        pyatspi.ROLE_TREE_TABLE: "tree table",
        pyatspi.ROLE_LIST: "list",
        pyatspi.ROLE_PAGE_TAB: "page tab",
        pyatspi.ROLE_MENU_ITEM: "menu item",
        pyatspi.ROLE_CHECK_MENU_ITEM: "check menu item",
        pyatspi.ROLE_RADIO_MENU_ITEM: "radio menu item",
        pyatspi.ROLE_MENU: "menu",
    }
    # Their children are items or cells (thousands in a capture): not walked one by one.
    LEAF_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
                       pyatspi.ROLE_LIST}


def need_tools():
    if pyatspi is None:
        skip("python3-pyatspi is not installed (tools/deps.sh test installs it)")
    for tool in ("dbus-run-session", "Xvfb", "xdotool", "xdpyinfo"):
        if not shutil.which(tool):
            skip(f"{tool} is not installed (tools/deps.sh test installs it)")
    if not os.path.exists("/usr/share/dbus-1/services/org.a11y.Bus.service"):
        skip("at-spi2-core is not installed (tools/deps.sh test installs it)")


# --- the accessible tree ----------------------------------------------------------------

def safe(call, default=None):
    try:
        return call()
    except Exception:  # an object that went away while we looked (pyatspi raises several)
        return default


def label(acc):
    name = safe(lambda: acc.name, "") or ""
    return f"{acc.getRoleName()}[{name}]" if name else acc.getRoleName()


def path_of(acc):
    parts = []
    while acc is not None and safe(lambda: acc.getRole()) not in (None, pyatspi.ROLE_APPLICATION):
        states = safe(lambda: acc.getState())
        shown = "" if states and states.contains(pyatspi.STATE_SHOWING) else "(hidden)"
        parts.append(label(acc) + shown)
        acc = safe(lambda: acc.parent)
    return " > ".join(reversed(parts))


def showing(acc):
    states = safe(lambda: acc.getState())
    return bool(states) and states.contains(pyatspi.STATE_SHOWING)


def children(acc):
    count = safe(lambda: acc.childCount, 0) or 0
    for i in range(count):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def check_table_headers(acc, path, problems):
    table = safe(lambda: acc.queryTable())
    if table is None:
        return
    for column in range(safe(lambda: table.nColumns, 0) or 0):
        header = safe(lambda: table.getColumnDescription(column), "") or ""
        if not header.strip():
            problems.add(f"{path}: column {column} has no header")


CHECKED = {}  # role → objects checked, for the summary


def walk(acc, path, problems, only_showing=True, in_menu=False, index=None):
    """Adds to `problems` every operable object under `acc` without a name. `path` names
    where it is: the page, then role[name]#index-in-parent down from the window."""
    role = safe(lambda: acc.getRole())
    if role is None:
        return
    step = label(acc) + (f"#{index}" if index is not None else "")
    here = f"{path} > {step}" if path else step
    menu_role = role in (pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
                         pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU_BAR)
    # Menus are not showing while closed; their items are checked all the same.
    if only_showing and not (in_menu or menu_role) and not showing(acc):
        return
    if role in NAMED_ROLES:
        CHECKED[NAMED_ROLES[role]] = CHECKED.get(NAMED_ROLES[role], 0) + 1
        name = (safe(lambda: acc.name, "") or "").strip()
        parent_role = safe(lambda: acc.parent.getRole())
        # A combo box's own popup list is named by the combo box.
        popup_list = role == pyatspi.ROLE_LIST and parent_role == pyatspi.ROLE_COMBO_BOX
        # The text field inside an editable combo box is named by the combo box too.
        combo_text = role == pyatspi.ROLE_TEXT and parent_role == pyatspi.ROLE_COMBO_BOX
        if not name and not popup_list and not combo_text:
            problems.add(f"{here}: {NAMED_ROLES[role]} without a name")
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
        check_table_headers(acc, here, problems)
    if role in LEAF_CONTAINERS:
        return
    for i, child in enumerate(children(acc)):
        walk(child, here, problems, only_showing, in_menu or menu_role, i)


def find(acc, predicate, only_showing=True, depth=0):
    if depth > 40:
        return None
    if predicate(acc):
        return acc
    role = safe(lambda: acc.getRole())
    if role in LEAF_CONTAINERS:
        return None
    for child in children(acc):
        if only_showing and not showing(child):
            continue
        found = find(child, predicate, only_showing, depth + 1)
        if found is not None:
            return found
    return None


def find_all(acc, predicate, out, depth=0):
    if depth > 40:
        return out
    if predicate(acc):
        out.append(acc)
    if safe(lambda: acc.getRole()) in LEAF_CONTAINERS:
        return out
    for child in children(acc):
        if showing(child):
            find_all(child, predicate, out, depth + 1)
    return out


def wait_for(what, probe, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.2)
    fail(f"timed out waiting for {what} (focus: {FOCUS_HINT[0]()})")


FOCUS_HINT = [lambda: "?"]
SCREENSHOT = [None]  # --screenshot PATH


def application(process):
    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if safe(lambda: app.get_process_id()) == process.pid:
                return app
        return None
    return wait_for("flowscope on the accessibility bus", probe, 20)


def window_named(app, prefix):
    def probe():
        for window in children(app):
            if (safe(lambda: window.name, "") or "").startswith(prefix) and showing(window):
                return window
        return None
    return wait_for(f"a window called {prefix!r}", probe)


def focused(app):
    """The focused object of the active window (an inactive window keeps its focus widget)."""
    def focus_probe(acc):
        states = safe(lambda: acc.getState())
        return bool(states) and states.contains(pyatspi.STATE_FOCUSED)
    for window in children(app):
        states = safe(lambda: window.getState())
        if states and states.contains(pyatspi.STATE_ACTIVE) and showing(window):
            return find(window, focus_probe)
    return None


# --- the keyboard -----------------------------------------------------------------------

class Keyboard:
    def __init__(self, display):
        self.env = dict(os.environ, DISPLAY=display)

    def key(self, *keys):
        for k in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", k], env=self.env, check=True)
            time.sleep(0.15)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "20", text], env=self.env, check=True)
        time.sleep(0.2)

    def screenshot(self, title, path):
        """The window as PNG (xwd, then ImageMagick's convert), for docs/screenshots."""
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                env=self.env, capture_output=True, text=True).stdout.split()
        if not window or not shutil.which("xwd") or not shutil.which("convert"):
            print(f"screenshot: skipped (window {title!r}, xwd or convert missing)")
            return
        dump = subprocess.run(["xwd", "-silent", "-id", window[0]], env=self.env,
                              capture_output=True, check=True).stdout
        subprocess.run(["convert", "xwd:-", f"png:{path}"], input=dump, check=True)
        print(f"screenshot: {path}")

    def focus_window(self, title):
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", title,
                        "windowfocus", "--sync"], env=self.env, check=True, timeout=20,
                       stdout=subprocess.DEVNULL)


def tab_to(app, keyboard, predicate, what, presses=30):
    for _ in range(presses):
        current = focused(app)
        if current is not None and predicate(current):
            return current
        keyboard.key("Tab")
        time.sleep(0.1)
    fail(f"Tab never reached {what}; focus stayed on {label(focused(app)) if focused(app) else 'nothing'}")


def named(role, name):
    return lambda acc: safe(lambda: acc.getRole()) == role and (safe(lambda: acc.name, "") == name)


def table_cells(table, column):
    t = table.queryTable()
    return [safe(lambda: t.getAccessibleAt(r, column).name, "") or "" for r in range(t.nRows)]


def keyboard_task(app, keyboard, capture):
    main = window_named(app, "Flowscope")
    keyboard.focus_window("Flowscope")
    keyboard.key("ctrl+o")
    dialog = wait_for("the Open dialog", lambda: next(
        (w for w in children(app) if safe(lambda: w.getRole()) == pyatspi.ROLE_DIALOG
         and showing(w)), None))
    print(f"keyboard: Ctrl+O opened {label(dialog)}")
    keyboard.focus_window(safe(lambda: dialog.name, ""))
    keyboard.type(os.path.abspath(capture))
    keyboard.key("Return")
    wait_for("the Open dialog to close", lambda: not showing(dialog))
    keyboard.focus_window("^Flowscope")  # the X focus went with the dialog
    wait_for(f"the title to name {os.path.basename(capture)}",
             lambda: os.path.basename(capture) in (safe(lambda: main.name, "") or ""))
    print(f"keyboard: the main window is now {label(main)}")
    keyboard.key("ctrl+2")
    table = wait_for("the connection table", lambda: find(
        main, named(pyatspi.ROLE_TABLE, "Connections")))
    wait_for("connections in the table", lambda: table.queryTable().nRows > 0)
    time.sleep(1.5)  # the file is read in ticks; let it finish
    t = table.queryTable()
    headers = [t.getColumnDescription(c) for c in range(t.nColumns)]
    remote = headers.index("Remote")
    rows_before = t.nRows
    remotes = table_cells(table, remote)
    port = next((r.rsplit(":", 1)[1] for r in remotes if ":" in r and r.rsplit(":", 1)[1].isdigit()),
                None)
    if port is None:
        fail(f"no remote port in the table's Remote column: {remotes[:5]}")
    print(f"keyboard: Inspect shows {rows_before} connections; filtering by port {port}")

    # A flag says which country it shows: the cell's description (the code is its text).
    country = headers.index("Country")

    def flags():
        cells = [safe(lambda: t.getAccessibleAt(r, country)) for r in range(t.nRows)]
        return [(safe(lambda: c.name, "") or "", safe(lambda: c.description, "") or "")
                for c in cells if c is not None and (safe(lambda: c.name, "") or "")]
    described = wait_for("a row with a country", lambda: flags() or None)
    for code, description in described:
        if not description or description == code:
            fail(f"the flag of {code} has no description for a screen reader ({description!r})")
    print(f"keyboard: {len(described)} flags described, e.g. {described[0][0]}: {described[0][1]}")
    keyboard.key("ctrl+f")
    wait_for("Ctrl+F to focus the search field", lambda: (f := focused(app)) is not None
             and safe(lambda: f.name) == "Search connections", 5)
    tab_to(app, keyboard, named(pyatspi.ROLE_TEXT, "Port"), "the Port field")
    keyboard.type(port)
    time.sleep(0.8)
    rows_after = t.nRows
    if rows_after == 0 or rows_after > rows_before:
        fail(f"filtering by port {port} left {rows_after} of {rows_before} rows")
    local = headers.index("Local")
    for r, (l_cell, r_cell) in enumerate(zip(table_cells(table, local), table_cells(table, remote))):
        if not (l_cell.endswith(":" + port) or r_cell.endswith(":" + port)):
            fail(f"row {r} after filtering by port {port}: {l_cell} ↔ {r_cell}")
    print(f"keyboard: port {port} leaves {rows_after} rows, each with that port")
    if SCREENSHOT[0]:
        keyboard.screenshot("^Flowscope", SCREENSHOT[0])

    tab_to(app, keyboard, lambda a: safe(lambda: a.getRole()) == pyatspi.ROLE_TABLE
           or safe(lambda: a.parent.getRole()) == pyatspi.ROLE_TABLE, "the connection table")
    details = wait_for("the details pane", lambda: find(
        main, lambda a: safe(lambda: a.name, "") == "Connection details"))

    def details_text():
        texts = find_all(details, lambda a: safe(lambda: a.getRole()) == pyatspi.ROLE_LABEL, [])
        return " | ".join(safe(lambda: a.name, "") or "" for a in texts)
    shown_before = details_text()
    # Two rows down: whatever the pane showed before, it must now show the selected row.
    keyboard.key("Down", "Down")
    selected = wait_for("a selected row", lambda: list(t.getSelectedRows()) or None)
    local_text = table_cells(table, local)[selected[0]]
    if f"| {local_text} |" in shown_before:
        fail(f"the details pane showed {local_text} before the row was chosen")
    text = wait_for(f"the details of row {selected[0]} ({local_text})",
                    lambda: (s := details_text()) and f"| {local_text} |" in s and s)
    print(f"keyboard: details pane: {text[:160]}…")


# --- the walk ---------------------------------------------------------------------------

PAGES = ["Start", "Overview", "Inspect", "Applications", "Notifications", "History"]


def walk_everything(app, keyboard, problems):
    main = window_named(app, "Flowscope")
    for number, page in enumerate(PAGES):
        keyboard.key(f"ctrl+{number}")
        time.sleep(0.5)
        before = len(problems)
        walk(main, f"[{page}]", problems)
        print(f"walk: page {page}: {len(problems) - before} new problem(s)")
    keyboard.key("ctrl+comma")
    dialog = wait_for("the Settings dialog", lambda: next(
        (w for w in children(app) if safe(lambda: w.getRole()) == pyatspi.ROLE_DIALOG
         and showing(w)), None))
    # Without a window manager nobody gives a new window the X input focus.
    keyboard.focus_window("^Settings$")
    tabs = wait_for("the Settings tabs", lambda: find(
        dialog, lambda a: safe(lambda: a.getRole()) == pyatspi.ROLE_PAGE_TAB_LIST))
    count = safe(lambda: tabs.childCount, 0)

    def shown_names():
        found = find_all(dialog, lambda a: safe(lambda: a.getRole()) in NAMED_ROLES
                         and safe(lambda: a.getRole()) != pyatspi.ROLE_PAGE_TAB, [])
        return tuple(safe(lambda: a.name, "") for a in found)
    # The tab bar's scroll arrows are children of the tab list too.
    names = [safe(lambda: t.name, "") for t in children(tabs)
             if safe(lambda: t.getRole()) == pyatspi.ROLE_PAGE_TAB]
    print(f"walk: Settings opened with the focus on {FOCUS_HINT[0]()}")
    # Ctrl+Tab moves to the next tab (a keyboard user's way through the dialog).
    for index, name in enumerate(names):
        before = len(problems)
        walk(dialog, f"[Settings: {name}]", problems)
        print(f"walk: Settings tab {index + 1} of {len(names)} ({name}): "
              f"{len(problems) - before} new problem(s)")
        if index + 1 < len(names):
            shown = shown_names()
            keyboard.key("ctrl+Tab")
            wait_for(f"Ctrl+Tab to show the Settings tab after {name!r}",
                     lambda: shown_names() != shown, 5)
            time.sleep(0.3)
    keyboard.key("Escape")
    keyboard.focus_window("^Flowscope")


def run(args):
    tmp = tempfile.mkdtemp(prefix="flowscope-a11y-")
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", HOME=tmp,
               XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    os.environ["DISPLAY"] = display
    walk_only = args.only == "walk"
    app_process = subprocess.Popen([args.app] + ([args.capture] if walk_only else []), env=env)
    try:
        app = application(app_process)
        FOCUS_HINT[0] = lambda: path_of(focused(app)) if focused(app) else "nowhere"
        keyboard = Keyboard(display)
        keyboard.focus_window("Flowscope")
        if not walk_only:
            keyboard_task(app, keyboard, args.capture)
        problems = set()
        try:
            walk_everything(app, keyboard, problems)
        finally:
            for p in sorted(problems):
                print(f"  {p}")
        print("checked: " + ", ".join(f"{n} {role}" for role, n in sorted(CHECKED.items())))
        if problems:
            fail(f"{len(problems)} operable object(s) without a name or header")
        print("PASS: every operable object has a name; the keyboard task works")
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--capture", required=True)
    parser.add_argument("--only", choices=["walk"], help="skip the keyboard task (debugging)")
    parser.add_argument("--screenshot", help="PNG of the window with the focus in the Port field")
    args = parser.parse_args()
    need_tools()
    SCREENSHOT[0] = os.path.abspath(args.screenshot) if args.screenshot else None
    if "FLOWSCOPE_A11Y_BUS" not in os.environ:
        # A private session bus: the AT-SPI registry it activates sees only this app.
        env = dict(os.environ, FLOWSCOPE_A11Y_BUS="1")
        sys.exit(subprocess.call(["dbus-run-session", "--", sys.executable] + sys.argv, env=env))
    run(args)


if __name__ == "__main__":
    main()
