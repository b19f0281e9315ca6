#!/usr/bin/env python3
"""The desktop app's command line: each misuse ends with exit 2 and one sentence on stderr.

  usage_test.py FLOWSCOPE
"""
import os
import subprocess
import sys

CASES = [  # (arguments, the sentence stderr must hold)
    (["a.pcap", "b.pcap"], "Give at most one capture file."),
    (["a.pcap", "--interface", "lo"], "Give either a capture file or --interface, not both."),
    (["--interface", ""], "--interface needs an adapter name."),
    (["--screenshot-dir", "/tmp"], "--screenshot-dir needs a directory and a capture file or "
                                   "adapter."),
    (["--no-such-option"], "Unknown option 'no-such-option'."),
]


def main():
    app = sys.argv[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    failed = 0
    for args, sentence in CASES:
        r = subprocess.run([app] + args, capture_output=True, text=True, env=env, timeout=60)
        ok = r.returncode == 2 and sentence in r.stderr and "Try 'flowscope --help'." in r.stderr
        print(("ok   " if ok else "FAIL ") + " ".join(args) + " -> exit %d: %s" % (
            r.returncode, r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""))
        failed += 0 if ok else 1
    print("%d passed, %d failed" % (len(CASES) - failed, failed))
    return 1 if failed else 0


sys.exit(main())
