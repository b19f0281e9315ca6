"""A private Xvfb display for a11y_test.py."""
import os
import subprocess
import sys
import time


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def free_display():
    # Not -displayfd: it starts at :0 and checks only lock files, and another test's server
    # may hold :0's abstract socket (in another mount namespace). -noreset: the server resets when
    # xdpyinfo (its last client) leaves, and a client connecting meanwhile is refused.
    with open("/proc/net/unix") as table:
        sockets = table.read()
    first = 100 + os.getpid() % 400
    for number in range(first, first + 100):
        if not os.path.exists(f"/tmp/.X{number}-lock") and \
                f"/tmp/.X11-unix/X{number}\n" not in sockets:
            return number
    fail("no free X display number")


def start_xvfb():
    number = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-noreset", "-nolisten",
                             "tcp"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while subprocess.run(["xdpyinfo", "-display", f":{number}"],
                         capture_output=True).returncode:
        if time.monotonic() > deadline or xvfb.poll() is not None:
            fail(f"Xvfb :{number} did not start")
        time.sleep(0.1)
    return xvfb, f":{number}"
