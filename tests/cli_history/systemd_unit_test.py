#!/usr/bin/env python3
"""The systemd user unit that runs `flowscope-cli record` (packaging/systemd), checked by
`systemd-analyze verify --user` with ExecStart pointing at the built binary: no warning, no
error. A deliberately broken copy must make verify complain, so that a verify that checks
nothing cannot pass the test.

Usage: systemd_unit_test.py UNIT_TEMPLATE.in FLOWSCOPE_CLI. Exits 77 (skipped) without
systemd-analyze (tools/packages/test-history-cli.list installs it).
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def verify(tmp, name, text):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write(text)
    runtime = os.path.join(tmp, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    # A user manager needs a runtime folder; a container or CI runner may have none.
    env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
    r = subprocess.run(["systemd-analyze", "verify", "--user", path], capture_output=True,
                       text=True, env=env, timeout=60)
    return r.returncode, (r.stdout + r.stderr).strip()


def main(template, cli):
    if shutil.which("systemd-analyze") is None:
        print("SKIPPED: systemd-analyze is not installed (tools/packages/test-history-cli.list)")
        return SKIP
    cli = os.path.abspath(cli)
    with open(template) as f:
        text = f.read().replace("@FLOWSCOPE_CLI_PATH@", cli)
    for line in ("Restart=on-failure", "ExecStart=%s record --interface %%I" % cli,
                 "WantedBy=default.target"):
        if line not in text.splitlines():
            print("FAIL: the unit has no line %r" % line)
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        code, said = verify(tmp, "flowscope-record@lo.service", text)
        if code != 0 or said:
            print("FAIL: systemd-analyze verify (exit %d): %s" % (code, said))
            return 1
        print("ok  systemd-analyze verify --user flowscope-record@lo.service: clean")
        code, said = verify(tmp, "broken-record@lo.service",
                            text.replace("Type=notify", "Type=bogus"))
        if not said:
            print("FAIL: verify did not notice Type=bogus; it checks nothing here")
            return 1
        print("ok  a broken copy is reported: %s" % said.splitlines()[0])
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
