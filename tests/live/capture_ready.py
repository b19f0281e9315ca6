"""Waits until a capture process in this private network namespace has its packet socket open.

A fixed sleep was enough on an idle machine (activation takes ~10 ms) but not on a loaded 2-core
runner under ASan, where the peers then talked before the capture listened. /proc/net/packet
lists the packet sockets of the reader's own network namespace; in the test's namespace only the
capture opens one.
"""
import time


def packet_sockets():
    with open("/proc/net/packet") as f:
        return len(f.read().splitlines()) - 1  # first line: the column names


def wait_for_capture(proc, fail, timeout=60.0):
    """Returns once a packet socket exists (plus a short settle for the bind and filter); calls
    fail(sentence) if the process ends first or nothing opens within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while packet_sockets() == 0:
        if proc.poll() is not None:
            fail("flowscope-cli ended early: " + proc.stderr.read())
        if time.monotonic() > deadline:
            fail("flowscope-cli opened no packet socket within %.0f s" % timeout)
        time.sleep(0.02)
    time.sleep(0.2)
