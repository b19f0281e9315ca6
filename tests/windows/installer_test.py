#!/usr/bin/env python3
"""The flowscope-cli installer and flowscope-cli.exe under wine.

Installs the NSIS installer silently (/S) into wine's C:\\Program Files\\Flowscope, then from
the installed folder: `--version`; `flows --read` on real captures gives tshark's connections
(tests/data/flows/*.streams.tsv) and capinfos' totals (tests/data/expected/*.totals.tsv);
`flows --format jsonl` and `export` over UDP and TCP (windows_export.py); `processes` (wine's socket tables: what wine cannot do is printed and skipped); without
wpcap.dll (WINEDLLOVERRIDES=wpcap=d) adapter listing, live capture and a BPF filter fail with
the one Npcap sentence while capture files still open; the uninstall registry entry; the
uninstaller (/S) removes every installed file and the entry.

Usage: installer_test.py INSTALLER TEST_DATA_DIR VERSION   (WINEPREFIX set by the caller)
"""
import collections
import json
import os
import socket
import subprocess
import sys
import time

import windows_export  # noqa: E402 (next to this file)

NPCAP = ("Npcap is not installed; live capture needs it: https://npcap.com/#download "
         "\u2014 capture files still open.")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = r"C:\Program Files\Flowscope\bin"
ENV_KEY = r"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
START_MENU_LINK = os.path.join(os.environ.get("WINEPREFIX", ""), "drive_c", "ProgramData",
                               "Microsoft", "Windows", "Start Menu", "Programs", "Flowscope",
                               "Flowscope command line.lnk")
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\FlowscopeCli"
failures = 0


def check(ok, what):
    global failures
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures += 1


def wine(*args, env_extra=None, timeout=120):
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(["wine", *args], capture_output=True, text=True, timeout=timeout,
                          env=env, encoding="utf-8", errors="replace")


def dos(path):
    return "Z:" + path.replace("/", "\\")


def program_files():
    prefix = os.environ["WINEPREFIX"]
    return os.path.join(prefix, "drive_c", "Program Files", "Flowscope")


def machine_path():
    r = wine("reg", "query", ENV_KEY, "/v", "Path")
    return r.stdout if r.returncode == 0 else ""


def entry_exists():
    return wine("reg", "query", UNINSTALL_KEY).returncode == 0


def uninstalled(folder, seconds):
    # The NSIS uninstaller copies itself to %TEMP% and returns at once; the copy does the work
    # and deletes the registry entry last. (Not `wineserver -w`: tools/cross_windows.sh keeps a
    # persistent wineserver.)
    deadline = time.time() + seconds
    while (os.path.exists(folder) or entry_exists()) and time.time() < deadline:
        time.sleep(0.5)
    return not os.path.exists(folder)


def install(installer, folder):
    if os.path.exists(os.path.join(folder, "uninstall-cli.exe")):
        wine(os.path.join(folder, "uninstall-cli.exe"), "/S")
        uninstalled(folder, 90)
    r = wine(installer, "/S", "/PATH=1", timeout=300)  # returns when the install is done
    exe = os.path.join(folder, "bin", "flowscope-cli.exe")
    check(r.returncode == 0 and os.path.isfile(exe),
          "silent install (exit %d) puts bin\\flowscope-cli.exe into C:\\Program Files\\Flowscope"
          % r.returncode)
    check(os.path.isfile(os.path.join(folder, "share", "flowscope", "services.tsv")),
          "the databases are in share\\flowscope (found as <exe dir>\\..\\share\\flowscope)")
    reg = wine("reg", "query", UNINSTALL_KEY, "/v", "UninstallString")
    check(reg.returncode == 0 and "uninstall-cli.exe" in reg.stdout,
          "the uninstall entry names the uninstaller")
    check(os.path.isfile(START_MENU_LINK), "Start-menu shortcut: a console in the program's folder")
    check(BIN in machine_path(), "/PATH=1 adds %s to the machine's PATH" % BIN)
    return r"C:\Program Files\Flowscope\bin\flowscope-cli.exe"


def streams(path):
    expected = []
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                _, client, server, packets, size = (int(c) for c in line.split("\t"))
                expected.append((min(client, server), max(client, server), packets, size))
    return sorted(expected)


def totals(path):
    values = {}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                key, value = line.rstrip("\n").split("\t")
                if value.isdigit():
                    values[key] = int(value)
    return values


def pairs_from_json(flows):
    # Per address pair and IP protocol, as tools/golden/make_expected.sh writes them.
    pairs = collections.Counter()
    for f in flows:
        a, b = sorted([f["local"]["ip"], f["remote"]["ip"]])
        pairs[(f["ip_protocol"], a, b, "packets")] += f["packets_out"] + f["packets_in"]
        pairs[(f["ip_protocol"], a, b, "bytes")] += f["bytes_out"] + f["bytes_in"]
    return pairs


def flows_from_files(cli, data):
    for capture, tsv in (("flows/tcp-port-reuse.pcap", "flows/tcp-port-reuse.pcap.streams.tsv"),
                         ("pcap/pathspider-real.pcap", "flows/pathspider-real.pcap.streams.tsv")):
        r = wine(cli, "flows", "--read", dos(os.path.join(data, capture)), "--format", "json")
        if r.returncode != 0:
            check(False, "flows --read %s exited %d: %s" % (capture, r.returncode, r.stderr))
            continue
        got = sorted((min(f["local"]["port"], f["remote"]["port"]),
                      max(f["local"]["port"], f["remote"]["port"]),
                      f["packets_out"] + f["packets_in"], f["bytes_out"] + f["bytes_in"])
                     for f in json.loads(r.stdout)["flows"] if f["protocol"] == "tcp")
        want = streams(os.path.join(data, tsv))
        check(got == want, "%s: %d TCP connections with tshark's packets and bytes (%d expected)"
              % (capture, len(got), len(want)))
    for name in ("ndpi-zoom.pcap", "pcapplusplus-pcapng-example.pcapng"):
        want = totals(os.path.join(data, "expected", name + ".totals.tsv"))
        r = wine(cli, "flows", "--read", dos(os.path.join(data, "pcap", name)), "--format", "json")
        if r.returncode != 0:
            check(False, "flows --read %s exited %d: %s" % (name, r.returncode, r.stderr))
            continue
        d = json.loads(r.stdout)
        t = d["totals"]
        check((t.get("packets"), t.get("bytes")) == (want["packets"], want["bytes"]),
              "%s: %s packets, %s bytes (capinfos: %d, %d)" % (
                  name, t.get("packets"), t.get("bytes"), want["packets"], want["bytes"]))
        got = pairs_from_json(d["flows"])
        expected = windows_export.pairs_from_tsv(os.path.join(data, "expected", name + ".flows.tsv"))
        check(got == expected, "%s: packets and bytes per address pair as tshark's (%d pairs)"
              % (name, len(expected) // 2))
        if name == "ndpi-zoom.pcap":
            # Found only through <exe dir>\..\share\flowscope: the source tree's resources/
            # folder (a Linux path) is out of reach of the installed program.
            zoom = [f for f in d["flows"] if f["remote"]["ip"] == "109.94.160.99"]
            check(bool(zoom) and all((f["country"] or {}).get("iso_code") == "NL" for f in zoom),
                  "the installed country database: 109.94.160.99 is in NL")
            check(any(f["service"] == "netbios-ns" for f in d["flows"]),
                  "the installed service table names port 137 netbios-ns")


def without_npcap(cli, data):
    off = {"WINEDLLOVERRIDES": "wpcap=d"}
    r = wine(cli, "interfaces", env_extra=off)
    check(r.returncode != 0 and r.stderr.strip() == "flowscope-cli: " + NPCAP,
          "without wpcap.dll, interfaces says: %r" % r.stderr.strip())
    r = wine(cli, "flows", "--interface", "eth0", "--duration", "1", env_extra=off)
    check(r.returncode != 0 and r.stderr.strip() == "flowscope-cli: " + NPCAP,
          "without wpcap.dll, live capture says: %r" % r.stderr.strip())
    capture = dos(os.path.join(data, "pcap", "ndpi-zoom.pcap"))
    r = wine(cli, "flows", "--read", capture, "--filter", "tcp", env_extra=off)
    check(r.returncode != 0 and r.stderr.strip() == "flowscope-cli: " + NPCAP,
          "without wpcap.dll, a BPF filter says: %r" % r.stderr.strip())
    r = wine(cli, "flows", "--read", capture, "--format", "csv", env_extra=off)
    check(r.returncode == 0 and len(r.stdout.splitlines()) > 1,
          "without wpcap.dll, capture files still open (%d CSV lines)" % len(r.stdout.splitlines()))


def with_wine_wpcap(cli, data):
    # Wine's own wpcap.dll wraps the host's libpcap: the loader's path with a real DLL.
    r = wine(cli, "interfaces")
    if r.returncode != 0 and NPCAP in r.stderr:
        print("skip  this wine has no wpcap.dll: adapter listing through it not checked")
        return
    names = [line for line in r.stdout.splitlines() if "\\Device\\NPF_" in line]
    check(r.returncode == 0 and len(names) > 0,
          "with wine's wpcap.dll, interfaces lists %d adapters (\\Device\\NPF_...)" % len(names))
    r = wine(cli, "flows", "--read", dos(os.path.join(data, "pcap", "ndpi-zoom.pcap")),
             "--filter", "udp", "--format", "json")
    if "unimplemented function wpcap.dll.pcap_open_dead" in r.stderr:
        # Npcap has it; wine 8 exports it as a stub that aborts.
        print("skip  wine's wpcap.dll does not implement pcap_open_dead: --filter on a file "
              "not checked")
        return
    udp = json.loads(r.stdout)["flows"] if r.returncode == 0 else None
    check(bool(udp) and all(f["protocol"] == "udp" for f in udp),
          "with wine's wpcap.dll, --filter udp keeps only UDP flows (%s)" %
          (len(udp) if udp is not None else r.stderr.strip()))


def reverse_dns(cli):
    # Winsock sockets and WSAPoll (core/enrich/windows/reverse_dns_socket.cpp), against the
    # loopback DNS server of tests/cli/lookup_test.py: answered names, a silent server timing
    # out with one retry.
    sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
    from lookup_test import FakeDnsServer
    server = FakeDnsServer({"8.8.8.8.in-addr.arpa": "dns.google",
                            "2.0.0.127.in-addr.arpa": "two.example"})
    try:
        r = wine(cli, "lookup", "8.8.8.8", "1.1.1.1", "127.0.0.2", "--format", "json",
                 "--dns-server", "127.0.0.1:%d" % server.port, "--dns-timeout", "300")
    finally:
        server.stop()
    names = {o["address"]: o["hostname"] for o in json.loads(r.stdout)} if r.returncode == 0 else {}
    check(names == {"8.8.8.8": "dns.google", "127.0.0.2": "two.example", "1.1.1.1": None},
          "reverse DNS over Winsock: %s %s" % (names, r.stderr.strip()))
    check(server.queries.count("1.1.1.1.in-addr.arpa") == 2
          and server.queries.count("8.8.8.8.in-addr.arpa") == 1,
          "an unanswered query is retried once, an answered one is not: %s" % server.queries)


def processes(cli):
    # Wine's GetExtendedTcpTable reads the host's socket tables: a listener opened here (on
    # loopback) must show up. Wine does not know the host's owners, so PID and program stay
    # "-" there: attribution itself is tested on Windows' API only by process_windows_test.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        r = wine(cli, "processes")
    finally:
        listener.close()
    rows = [line.split() for line in r.stdout.splitlines()]
    mine = [row for row in rows if len(row) > 3 and row[2] == "127.0.0.1:%d" % port]
    check(r.returncode == 0 and bool(mine) and mine[0][:2] == ["tcp", "LISTEN"],
          "processes lists a loopback listener on port %d (exit %d)" % (port, r.returncode))
    print("skip  owners under wine: wine does not map the host's sockets to processes")


def uninstall(folder):
    r = wine(os.path.join(folder, "uninstall-cli.exe"), "/S")
    gone = uninstalled(folder, 90)
    left = []
    for base, _, files in os.walk(folder):
        left += [os.path.join(base, f) for f in files]
    check(r.returncode == 0 and gone, "the uninstaller removes the folder (left: %s)" % left[:5])
    reg = wine("reg", "query", UNINSTALL_KEY)
    check(reg.returncode != 0, "the uninstall entry is gone")
    check(not os.path.exists(START_MENU_LINK), "the Start-menu shortcut is gone")
    path = machine_path()
    check(path != "" and BIN not in path, "the machine's PATH is as before: %r" % path.strip())


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    installer, data, version = sys.argv[1], sys.argv[2], sys.argv[3]
    folder = program_files()
    cli = install(dos(installer), folder)
    r = wine(cli, "--version")
    check(r.returncode == 0 and version in r.stdout,
          "flowscope-cli.exe --version from the installed folder: %r" % r.stdout.strip())
    flows_from_files(cli, data)
    windows_export.run_checks(wine, check, cli, data, dos)
    without_npcap(cli, data)
    with_wine_wpcap(cli, data)
    reverse_dns(cli)
    processes(cli)
    uninstall(folder)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
