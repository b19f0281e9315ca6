#!/usr/bin/env python3
"""Converts the IP-range → AS CSV files of the npm package @ip-location-db/asn into one MaxMind
DB (MMDB) file in the GeoLite2-ASN layout, written per the MaxMind DB File Format Spec 2.0
(https://maxmind.github.io/MaxMind-DB/) with the Python standard library only.

Input rows (no header): ip_range_start,ip_range_end,autonomous_system_number,
autonomous_system_organization — the range is inclusive, IPv4 rows in one file, IPv6 rows in
the other. Output records in the GeoLite2-ASN layout, {"autonomous_system_number": uint32,
"autonomous_system_organization": utf8_string}, or with --layout ipinfo in IPinfo's flat
layout, {"asn": "AS15169", "as_name": utf8_string}; one IPv6 search tree (ip_version 6) with
IPv4 at ::/96 and aliases at ::ffff:0:0/96 and 2002::/16 (6to4), as MaxMind's own databases have.

Where rows overlap (the package has a few), the narrower range wins for the addresses it
covers. Adjacent ranges with the same AS are merged. The output is deterministic: the same
input and --build-epoch give the same bytes.

Usage:
  tools/mmdb_from_asn_csv.py --ipv4 asn-ipv4.csv --ipv6 asn-ipv6.csv --out resources/asn.mmdb \
      --build-epoch 1781722800 --description "..." [--check 20000]
tools/update_asn_db.sh fetches the package with npm and runs this script.
"""
import argparse
import bisect
import csv
import ipaddress
import random
import struct
import sys

EMPTY = -1  # record value meaning "no data"; data records are encoded as -2 - index


def read_rows(path, version):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for line, r in enumerate(csv.reader(f), 1):
            if not r:
                continue
            if len(r) != 4:
                sys.exit("%s:%d: expected 4 columns, found %d" % (path, line, len(r)))
            start, end = ipaddress.ip_address(r[0]), ipaddress.ip_address(r[1])
            if start.version != version or end.version != version or end < start:
                sys.exit("%s:%d: bad range %s-%s" % (path, line, r[0], r[1]))
            asn = int(r[2])
            if not 0 < asn < 2**32:
                sys.exit("%s:%d: bad AS number %s" % (path, line, r[2]))
            # IPv4 addresses as integers are already their ::a.b.c.d position in the v6 tree.
            rows.append((int(start), int(end), asn, r[3]))
    return rows


def resolve_overlaps(rows):
    """Sorted, non-overlapping (start, end, asn, org) segments; the narrower row wins."""
    rows.sort(key=lambda r: (r[0], r[1]))
    out, overlaps, i = [], 0, 0
    while i < len(rows):
        # A cluster: rows chained by overlap.
        j, end = i + 1, rows[i][1]
        while j < len(rows) and rows[j][0] <= end:
            end = max(end, rows[j][1])
            j += 1
        cluster = rows[i:j]
        if len(cluster) == 1:
            out.append(cluster[0])
        else:
            overlaps += len(cluster) - 1
            cuts = sorted({r[0] for r in cluster} | {r[1] + 1 for r in cluster})
            for lo, hi in zip(cuts, cuts[1:]):
                covering = [r for r in cluster if r[0] <= lo and hi - 1 <= r[1]]
                if covering:
                    best = min(covering, key=lambda r: r[1] - r[0])
                    out.append((lo, hi - 1, best[2], best[3]))
        i = j
    merged = []
    for s in out:
        if merged and merged[-1][1] + 1 == s[0] and merged[-1][2:] == s[2:]:
            merged[-1] = (merged[-1][0], s[1], s[2], s[3])
        else:
            merged.append(s)
    return merged, overlaps


class Encoder:
    """MMDB data section encoder (spec section "Output Data Section")."""

    def __init__(self):
        self.data = bytearray()
        self.key_offsets = {}

    @staticmethod
    def control(type_, size):
        ext = b""
        if type_ > 7:
            ext, type_ = bytes([type_ - 7]), 0
        if size < 29:
            return bytes([(type_ << 5) | size]) + ext
        if size < 29 + 256:
            return bytes([(type_ << 5) | 29]) + ext + bytes([size - 29])
        if size < 285 + 65536:
            return bytes([(type_ << 5) | 30]) + ext + struct.pack(">H", size - 285)
        return bytes([(type_ << 5) | 31]) + ext + struct.pack(">I", size - 65821)[1:]

    @staticmethod
    def pointer(offset):
        if offset < 2048:
            return bytes([0x20 | (offset >> 8), offset & 0xFF])
        if offset < 2048 + 524288:
            v = offset - 2048
            return bytes([0x28 | (v >> 16), (v >> 8) & 0xFF, v & 0xFF])
        if offset < 526336 + 134217728:
            v = offset - 526336
            return bytes([0x30 | (v >> 24)]) + struct.pack(">I", v)[1:]
        return bytes([0x38]) + struct.pack(">I", offset)

    @classmethod
    def string(cls, text):
        raw = text.encode("utf-8")
        return cls.control(2, len(raw)) + raw

    @classmethod
    def uint(cls, type_, value):
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big") if value else b""
        return cls.control(type_, len(raw)) + raw

    def key(self, name):
        """A map key: written once, then referenced by pointer."""
        if name in self.key_offsets:
            return self.pointer(self.key_offsets[name])
        self.key_offsets[name] = len(self.data) + 0  # caller appends right away
        return self.string(name)

    def asn_record(self, asn, org, layout):
        offset = len(self.data)
        self.data += self.control(7, 2)
        if layout == "ipinfo":
            fields = (("asn", self.string("AS%d" % asn)), ("as_name", self.string(org)))
        else:
            fields = (("autonomous_system_number", self.uint(6, asn)),
                      ("autonomous_system_organization", self.string(org)))
        for name, value in fields:
            self.data += self.key(name)
            self.data += value
        return offset


def metadata_map(fields):
    """Encodes the metadata map (values: int with type, str, list of str, dict str->str)."""
    e = Encoder
    out = bytearray(e.control(7, len(fields)))
    for name, value in fields:
        out += e.string(name)
        if isinstance(value, tuple):  # (type, int)
            out += e.uint(value[0], value[1])
        elif isinstance(value, str):
            out += e.string(value)
        elif isinstance(value, list):
            out += e.control(11, len(value)) + b"".join(e.string(v) for v in value)
        elif isinstance(value, dict):
            out += e.control(7, len(value))
            for k, v in sorted(value.items()):
                out += e.string(k) + e.string(v)
    return bytes(out)


class Tree:
    def __init__(self):
        self.left, self.right = [], []

    def new_node(self):
        self.left.append(EMPTY)
        self.right.append(EMPTY)
        return len(self.left) - 1

    def build(self, segs, starts, recs):
        """Builds the tree over the 128-bit space from sorted, non-overlapping segments."""
        sys.setrecursionlimit(10000)

        def record(lo, hi, i, j):
            # segs[i:j] intersect [lo, hi]
            if i >= j:
                return EMPTY
            if j - i == 1 and segs[i][0] <= lo and segs[i][1] >= hi:
                return -2 - recs[i]
            node = self.new_node()
            mid = lo + (hi - lo + 1) // 2
            k = bisect.bisect_left(starts, mid, i, j)
            right_i = k - 1 if k > i and segs[k - 1][1] >= mid else k
            self.left[node] = record(lo, mid - 1, i, k)
            self.right[node] = record(mid, hi, right_i, j)
            return node

        root = self.new_node()
        mid = 1 << 127
        k = bisect.bisect_left(starts, mid)
        self.left[root] = record(0, mid - 1, 0, k)
        self.right[root] = record(mid, (1 << 128) - 1, k - 1 if k and segs[k - 1][1] >= mid else k,
                                  len(segs))
        return root

    def child(self, node, bit):
        return self.right[node] if bit else self.left[node]

    def walk(self, value, bits):
        """Record reached after `bits` leading bits of the 128-bit `value` (or a leaf earlier)."""
        rec = 0
        for depth in range(bits):
            if rec < 0:
                return rec
            rec = self.child(rec, (value >> (127 - depth)) & 1)
        return rec

    def alias(self, prefix, bits, target):
        """Points prefix/bits at node `target` if that part of the tree holds no data."""
        node = 0
        for depth in range(bits - 1):
            bit = (prefix >> (127 - depth)) & 1
            rec = self.child(node, bit)
            if rec == EMPTY:
                rec = self.new_node()
                (self.right if bit else self.left)[node] = rec
            elif rec < 0:
                return False
            node = rec
        bit = (prefix >> (127 - (bits - 1))) & 1
        if self.child(node, bit) != EMPTY:
            return False
        (self.right if bit else self.left)[node] = target
        return True

    def lookup(self, address):
        rec = 0
        for depth in range(128):
            rec = self.child(rec, (address >> (127 - depth)) & 1)
            if rec < 0:
                return rec
        return rec


def encode_tree(tree, data_offsets, data_size):
    n = len(tree.left)
    biggest = n + 16 + data_size
    record_size = next(s for s in (24, 28, 32) if biggest < 2**s)

    def value(rec):
        if rec >= 0:
            return rec
        if rec == EMPTY:
            return n
        return n + 16 + data_offsets[-2 - rec]

    out = bytearray()
    for left, right in zip(tree.left, tree.right):
        lv, rv = value(left), value(right)
        if record_size == 24:
            out += lv.to_bytes(3, "big") + rv.to_bytes(3, "big")
        elif record_size == 28:
            out += (lv & 0xFFFFFF).to_bytes(3, "big")
            out.append(((lv >> 24) << 4) | (rv >> 24))
            out += (rv & 0xFFFFFF).to_bytes(3, "big")
        else:
            out += lv.to_bytes(4, "big") + rv.to_bytes(4, "big")
    return bytes(out), record_size


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ipv4", required=True)
    ap.add_argument("--ipv6", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--build-epoch", type=int, required=True)
    ap.add_argument("--description", default="IP address to autonomous system")
    ap.add_argument("--database-type", default="Flowscope-ASN")
    ap.add_argument("--layout", choices=("geolite2", "ipinfo"), default="geolite2")
    ap.add_argument("--check", type=int, default=20000,
                    help="look up this many random input addresses in the built tree")
    args = ap.parse_args()

    rows4 = read_rows(args.ipv4, 4)
    rows6 = read_rows(args.ipv6, 6)
    for r in rows6:
        if r[0] < 2**32:
            sys.exit("an IPv6 row lies in ::/96, where IPv4 lives: %s" % ipaddress.ip_address(r[0]))
    segs, overlaps = resolve_overlaps(rows4 + rows6)
    print("rows: %d IPv4, %d IPv6; %d overlapping rows resolved; %d segments after merging"
          % (len(rows4), len(rows6), overlaps, len(segs)))

    enc = Encoder()
    record_index, offsets, recs = {}, [], []
    for s in segs:
        key = (s[2], s[3])
        if key not in record_index:
            record_index[key] = len(offsets)
            offsets.append(enc.asn_record(s[2], s[3], args.layout))
        recs.append(record_index[key])
    tree = Tree()
    tree.build(segs, [s[0] for s in segs], recs)
    ipv4_root = tree.walk(0, 96)
    aliases = []
    if ipv4_root >= 0:
        for net in ("::ffff:0:0/96", "2002::/16"):
            n = ipaddress.ip_network(net)
            if tree.alias(int(n.network_address), n.prefixlen, ipv4_root):
                aliases.append(net)
    print("records: %d distinct; nodes: %d; IPv4 aliases: %s"
          % (len(offsets), len(tree.left), ", ".join(aliases) or "none"))

    # Self-check: random input rows, their first, last and a middle address.
    rng = random.Random(1)
    starts = [s[0] for s in segs]
    by_offset = {i: k for k, i in record_index.items()}
    for _ in range(args.check):
        s = segs[rng.randrange(len(segs))]
        for a in (s[0], s[1], rng.randint(s[0], s[1])):
            for probe in ([a] if a >= 2**32 else [a, a | (0xFFFF << 32)]):
                got = tree.lookup(probe)
                i = bisect.bisect_right(starts, a) - 1
                want = record_index[(segs[i][2], segs[i][3])]
                if got != -2 - want:
                    sys.exit("self-check failed at %s: got %r, want %r"
                             % (ipaddress.ip_address(probe), by_offset.get(-2 - got), segs[i][2:]))
    for gap in (0x0A000001, 0xC0A80101, int(ipaddress.ip_address("fe80::1"))):
        if tree.lookup(gap) != EMPTY:
            sys.exit("self-check failed: %s should have no data" % ipaddress.ip_address(gap))
    print("self-check: %d random segments found, private addresses empty" % args.check)

    tree_bytes, record_size = encode_tree(tree, offsets, len(enc.data))
    meta = metadata_map([
        ("binary_format_major_version", (5, 2)),
        ("binary_format_minor_version", (5, 0)),
        ("build_epoch", (9, args.build_epoch)),
        ("database_type", args.database_type),
        ("description", {"en": args.description}),
        ("ip_version", (5, 6)),
        ("languages", ["en"]),
        ("node_count", (6, len(tree.left))),
        ("record_size", (5, record_size)),
    ])
    with open(args.out, "wb") as f:
        f.write(tree_bytes)
        f.write(bytes(16))
        f.write(enc.data)
        f.write(b"\xab\xcd\xefMaxMind.com")
        f.write(meta)
    size = len(tree_bytes) + 16 + len(enc.data) + 14 + len(meta)
    print("wrote %s: %d bytes (tree %d, data %d), record size %d"
          % (args.out, size, len(tree_bytes), len(enc.data), record_size))


if __name__ == "__main__":
    main()
