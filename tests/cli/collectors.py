"""Helpers shared by the export, agent and JSON-lines tests: failures collected by check(),
the live part run again inside a private network namespace, free loopback ports, Debian's
nfcapd started on one and read back with nfdump, ipfixDump's data records, and the
per-flow-direction sums that `flowscope-cli flows --format json` counts, keyed as the
collectors key them."""
import ipaddress
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections import defaultdict

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run_in_namespace(script, args):
    """Runs `script args --live-inner` under `unshare -n` (root: live capture of its own
    loopback only), prints its output and checks that it passed."""
    r = subprocess.run(["unshare", "-n", sys.executable, script, *args, "--live-inner"],
                       capture_output=True, text=True, timeout=120)
    print(r.stdout, end="")
    check(r.returncode == 0, f"live part failed: {r.stdout}{r.stderr}")


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def port_taken(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind(("127.0.0.1", port))
        return False
    except OSError:
        return True
    finally:
        s.close()


def wait_for_port(port):
    for _ in range(100):
        if port_taken(port):
            return
        time.sleep(0.05)


def ipfix_dump(path):
    """ipfixDump --rfc5610 (libfixbuf) on a file of IPFIX messages: its exit status, every data
    record as a dict of field name -> text plus 'tid' (its template id), and the count of
    record templates. --rfc5610 names Flowscope's own elements from the element type records
    the exporter sends."""
    out = subprocess.run(["ipfixDump", "--rfc5610", "-i", path], capture_output=True,
                         text=True, timeout=120)
    records, current = [], None
    for line in out.stdout.splitlines():
        if line.startswith("--- data record"):
            current = {}
            records.append(current)
        elif line.startswith("---"):
            current = None
        elif current is not None:
            tid = re.search(r"\btid:\s+(\d+)", line)
            m = re.match(r"\s*\(\d+(?:/\d+)?\)(?:\s+\(S\))?\s+(\w+)\s*:\s*(.*)$", line)
            if tid:
                current["tid"] = int(tid.group(1))
            elif m:
                current[m.group(1)] = m.group(2).strip()
    return out.returncode, records, out.stdout.count("--- template record ---")


def flow_sums(flows_json, link_header=14):
    """(source, destination, source port, destination port, protocol) -> [packets, IP bytes]
    from the output of `flows --format json`: wire bytes minus the link-layer header."""
    sums = defaultdict(lambda: [0, 0])
    for f in json.loads(flows_json)["flows"]:
        loc, rem, proto = f["local"], f["remote"], f["ip_protocol"]
        for src, dst, packets, octets in (
                (loc, rem, f["packets_out"], f["bytes_out"]),
                (rem, loc, f["packets_in"], f["bytes_in"])):
            if packets:
                key = (src["ip"], dst["ip"], src.get("port") or 0, dst.get("port") or 0, proto)
                sums[key][0] += packets
                sums[key][1] += octets - link_header * packets
    return dict(sums)


def _port(text):
    """nfdump shows ICMP's destination port as TYPE.CODE."""
    if "." in text:
        icmp_type, code = text.split(".")
        return int(icmp_type) * 256 + int(code)
    return int(text)


def nfdump_read(flows_dir):
    """What nfcapd wrote into flows_dir, read with one nfdump call: the same keys and sums as
    flow_sums(), and per TCP flow direction (source, destination, ports; addresses
    normalised) the OR of the tcpControlBits of its records. nfdump shows those as
    "CEUAPRSF", a dot for a flag not set."""
    out = subprocess.run(["nfdump", "-R", flows_dir, "-q", "-N", "-6", "-o",
                          "fmt:%sa|%da|%sp|%dp|%pr|%pkt|%byt|%flg"],
                         capture_output=True, text=True, timeout=60)
    names = {"TCP": 6, "UDP": 17, "ICMP": 1, "ICMP6": 58}
    sums = defaultdict(lambda: [0, 0])
    flags = defaultdict(int)
    for line in out.stdout.splitlines():
        if line.count("|") != 7:  # "No matching flows" and the like
            continue
        sa, da, sp, dp, pr, pkt, byt, flg = (p.strip() for p in line.split("|"))
        key = (sa, da, _port(sp), _port(dp), names.get(pr) or int(pr))
        sums[key][0] += int(pkt)
        sums[key][1] += int(byt)
        if key[4] == 6:
            bits = sum(1 << (7 - i) for i, c in enumerate(flg) if c != ".")
            flags[(str(ipaddress.ip_address(sa)), str(ipaddress.ip_address(da)), key[2],
                   key[3])] |= bits
    return dict(sums), dict(flags)


class Nfcapd:
    """nfcapd on 127.0.0.1:port writing into work/flows; stop() makes it write its file."""

    def __init__(self, work):
        self.flows_dir = os.path.join(work, "flows")
        os.makedirs(self.flows_dir, exist_ok=True)
        self.port = free_port()
        self.log = open(os.path.join(work, "nfcapd.log"), "w")
        self.process = subprocess.Popen(
            ["nfcapd", "-b", "127.0.0.1", "-p", str(self.port), "-w", self.flows_dir,
             "-t", "3600"], stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_port(self.port)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        self.log.close()
        sums, self.flags = nfdump_read(self.flows_dir)
        return sums
