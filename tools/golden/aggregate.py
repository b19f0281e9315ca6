#!/usr/bin/env python3
"""Aggregates `tshark -T fields` output into per-flow and total expectations.

Reads, on stdin, the tab-separated fields written by make_expected.sh (see FIELDS below, in
that order) and writes <out>.flows.tsv; prints "frames bytes non_ip ip_frames ip_bytes" on stdout.

Attribution rules (they mirror what Flowscope's decoder + flow table must produce):
  * The OUTER IP header decides: the first "ip" or "ipv6" layer in frame.protocols. Fields
    that occur several times (ICMP errors quoting an inner header, IP-in-IP, 6in4) are
    comma-separated by tshark in dissection order, so the first value is the outer one.
  * IPv4: protocol = first ip.proto (a tunnel gives 4 or 41, a fragment its own ip.proto:
    tshark runs with ip.defragment:FALSE so every fragment is attributed by its own header).
  * IPv6: protocol = the Next Header that ends the outer extension-header chain. The chain is
    read from frame.protocols (layers "ipv6.hopopts", "ipv6.routing", "ipv6.fraghdr",
    "ipv6.dstopts" right after the outer "ipv6"); the protocol is the k-th value of the last
    such header's *.nxt field (k = how many headers of that type the outer chain has), or
    the first ipv6.nxt if there is no extension header.
  * Frames with no IP layer at all are counted as non_ip (ARP, CDP, LLC, unknown
    ethertypes, ...).
"""
import ipaddress
import sys

FIELDS = [
    "frame.number", "frame.len", "frame.protocols",
    "ip.src", "ip.dst", "ip.proto",
    "ipv6.src", "ipv6.dst", "ipv6.nxt",
    "ipv6.hopopts.nxt", "ipv6.routing.nxt", "ipv6.fraghdr.nxt", "ipv6.dstopts.nxt",
]
EXT_LAYERS = {
    "ipv6.hopopts": "ipv6.hopopts.nxt",
    "ipv6.routing": "ipv6.routing.nxt",
    "ipv6.fraghdr": "ipv6.fraghdr.nxt",
    "ipv6.dstopts": "ipv6.dstopts.nxt",
}


def first(value):
    return value.split(",")[0] if value else ""


def outer_ipv6_protocol(layers, start, row):
    counts = {}
    last = None
    for layer in layers[start + 1:]:
        if layer not in EXT_LAYERS:
            break
        counts[layer] = counts.get(layer, 0) + 1
        last = layer
    if last is None:
        return int(first(row["ipv6.nxt"]))
    values = row[EXT_LAYERS[last]].split(",")
    return int(values[counts[last] - 1])


def sort_key(text):
    a = ipaddress.ip_address(text)
    return (a.version, a.packed)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: aggregate.py OUT_PREFIX < tshark-fields.tsv")
    prefix = sys.argv[1]
    flows = {}
    frames = total_bytes = non_ip = ip_frames = ip_bytes = 0
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        cols = line.split("\t")
        cols += [""] * (len(FIELDS) - len(cols))
        row = dict(zip(FIELDS, cols))
        length = int(row["frame.len"])
        frames += 1
        total_bytes += length
        layers = row["frame.protocols"].split(":")
        outer = next((i for i, l in enumerate(layers) if l in ("ip", "ipv6")), None)
        if outer is None:
            non_ip += 1
            continue
        if layers[outer] == "ip":
            src, dst = first(row["ip.src"]), first(row["ip.dst"])
            proto = int(first(row["ip.proto"]))
        else:
            src, dst = first(row["ipv6.src"]), first(row["ipv6.dst"])
            proto = outer_ipv6_protocol(layers, outer, row)
        if not src or not dst:
            sys.exit(f"frame {row['frame.number']}: IP layer without addresses: {line}")
        a, b = sorted((src, dst), key=sort_key)
        entry = flows.setdefault((proto, a, b), [0, 0])
        entry[0] += 1
        entry[1] += length
        ip_frames += 1
        ip_bytes += length

    with open(prefix + ".flows.tsv", "w") as out:
        out.write("# protocol\taddress_a\taddress_b\tpackets\tbytes\n")
        for (proto, a, b) in sorted(flows, key=lambda k: (k[0], sort_key(k[1]), sort_key(k[2]))):
            packets, size = flows[(proto, a, b)]
            out.write(f"{proto}\t{a}\t{b}\t{packets}\t{size}\n")
    # Totals of the same tshark pass, on stdout; make_expected.sh checks them against capinfos.
    print(f"{frames}\t{total_bytes}\t{non_ip}\t{ip_frames}\t{ip_bytes}")


if __name__ == "__main__":
    main()
