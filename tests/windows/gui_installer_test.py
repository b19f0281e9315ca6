#!/usr/bin/env python3
"""packaging/windows/flowscope.nsi (the desktop app's installer) under wine.

The Qt app is built on a Windows runner only (.github/workflows/windows.yml), so the script is
checked here with flowscope-cli.exe staged in place of bin\\flowscope.exe: it compiles with
makensis -WX; a silent install with /AUTOSTART=1 writes the uninstall entry, the Start-menu
shortcut, the .pcap/.pcapng associations opening `flowscope.exe "%1"` and the HKCU Run value
"Flowscope" (the one ui/shell/autostart.cpp uses) with --minimized; the uninstaller removes
the files, the associations, the Run value and the entry.

Usage: gui_installer_test.py STAGED_CLI_INSTALL_TREE WORK_DIR VERSION  (WINEPREFIX set)
"""
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Flowscope"
failures = 0


def check(ok, what):
    global failures
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures += 1


def wine(*args, timeout=120):
    return subprocess.run(["wine", *args], capture_output=True, text=True, timeout=timeout,
                          encoding="utf-8", errors="replace")


def reg_value(key, name=None):
    args = ["reg", "query", key] + (["/v", name] if name else ["/ve"])
    r = wine(*args)
    return r.stdout if r.returncode == 0 else None


def wait_until(done, seconds):
    # The NSIS uninstaller copies itself to %TEMP% and returns at once; the copy does the work.
    # (Not `wineserver -w`: tools/cross_windows.sh keeps a persistent wineserver.)
    deadline = time.time() + seconds
    while not done() and time.time() < deadline:
        time.sleep(0.5)
    return done()


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    cli_stage, work, version = sys.argv[1:]
    stage = os.path.join(work, "gui-stage")
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(os.path.join(cli_stage, "share"), os.path.join(stage, "share"))
    os.makedirs(os.path.join(stage, "bin"))
    shutil.copy(os.path.join(cli_stage, "bin", "flowscope-cli.exe"),
                os.path.join(stage, "bin", "flowscope.exe"))
    setup = os.path.join(work, "flowscope-gui-check-setup.exe")
    # zlib instead of the script's solid LZMA: the same installer, compressed faster.
    r = subprocess.run(["makensis", "-V2", "-WX", "-DCOMPRESSOR=zlib",
                        "-DVERSION=" + version, "-DSTAGE=" + stage,
                        "-DOUTFILE=" + setup,
                        os.path.join(ROOT, "packaging", "windows", "flowscope.nsi")],
                       capture_output=True, text=True)
    check(r.returncode == 0, "flowscope.nsi compiles with makensis -WX %s" % r.stderr.strip())
    if r.returncode != 0:
        sys.exit(1)

    folder = os.path.join(os.environ["WINEPREFIX"], "drive_c", "Program Files", "Flowscope")
    r = wine("Z:" + setup.replace("/", "\\"), "/S", "/AUTOSTART=1", timeout=300)
    check(r.returncode == 0 and os.path.isfile(os.path.join(folder, "bin", "flowscope.exe")),
          "silent install puts bin\\flowscope.exe into C:\\Program Files\\Flowscope")
    check(reg_value(UNINSTALL_KEY, "UninstallString") is not None, "uninstall entry written")
    start_menu = os.path.join(os.environ["WINEPREFIX"], "drive_c", "ProgramData", "Microsoft",
                              "Windows", "Start Menu", "Programs", "Flowscope.lnk")
    check(os.path.isfile(start_menu), "Start-menu shortcut Flowscope.lnk")
    command = reg_value(r"HKLM\Software\Classes\Flowscope.Capture\shell\open\command") or ""
    check('flowscope.exe" "%1"' in command, "Flowscope.Capture opens flowscope.exe \"%%1\": %r"
          % command.strip().splitlines()[-1:])
    for ext in (".pcap", ".pcapng"):
        default = reg_value(r"HKLM\Software\Classes" + "\\" + ext) or ""
        check("Flowscope.Capture" in default, "%s opens with Flowscope" % ext)
    run = reg_value(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run", "Flowscope") or ""
    check('flowscope.exe" --minimized' in run, "/AUTOSTART=1 writes the Run value Flowscope")
    r = wine(r"C:\Program Files\Flowscope\bin\flowscope.exe", "--version")
    check(r.returncode == 0, "the installed program runs")

    wine(r"C:\Program Files\Flowscope\uninstall.exe", "/S")
    # The entry is deleted last.
    wait_until(lambda: reg_value(UNINSTALL_KEY, "UninstallString") is None, 90)
    check(not os.path.exists(folder), "the uninstaller removes the folder")
    check(reg_value(r"HKLM\Software\Classes\Flowscope.Capture") is None
          and "Flowscope.Capture" not in (reg_value(r"HKLM\Software\Classes\.pcap") or ""),
          "the associations are gone")
    check(reg_value(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run", "Flowscope") is None,
          "the Run value is gone")
    check(reg_value(UNINSTALL_KEY, "UninstallString") is None, "the uninstall entry is gone")
    check(not os.path.exists(start_menu), "the Start-menu shortcut is gone")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
