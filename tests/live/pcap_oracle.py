"""An independent reading of a pcap file for the live tests: per-direction TCP frame counts, wire
bytes and payload, with retransmitted payload told apart from new payload.

Written from the pcap and IP/TCP formats alone (no Flowscope code), so that the live tests can
check Flowscope's counts against the bytes the kernel put on the wire even when TCP had to
retransmit (loopback drops segments when its backlog is full, as on a loaded 2-core runner).
"""
import struct


def _frames(path):
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack_from("<I", data, 0)[0]
    if magic not in (0xA1B2C3D4, 0xA1B23C4D):
        raise ValueError("%s: not a little-endian pcap file (magic %#x)" % (path, magic))
    linktype = struct.unpack_from("<I", data, 20)[0]
    if linktype != 1:
        raise ValueError("%s: link type %d, expected Ethernet (1)" % (path, linktype))
    off = 24
    while off + 16 <= len(data):
        _, _, incl, orig = struct.unpack_from("<IIII", data, off)
        yield data[off + 16:off + 16 + incl], orig
        off += 16 + incl


def _tcp(frame):
    """(src_port, dst_port, seq, payload_len) of an Ethernet/IP/TCP frame, else None."""
    ethertype = struct.unpack_from("!H", frame, 12)[0]
    ip = 14
    if ethertype == 0x0800:
        if frame[ip + 9] != 6:
            return None
        ihl = (frame[ip] & 0x0F) * 4
        ip_end = ip + struct.unpack_from("!H", frame, ip + 2)[0]
        tcp = ip + ihl
    elif ethertype == 0x86DD:
        if frame[ip + 6] != 6:
            return None
        ip_end = ip + 40 + struct.unpack_from("!H", frame, ip + 4)[0]
        tcp = ip + 40
    else:
        return None
    sport, dport, seq = struct.unpack_from("!HHI", frame, tcp)
    data_offset = (frame[tcp + 12] >> 4) * 4
    return sport, dport, seq, ip_end - tcp - data_offset


def tcp_directions(path, server_port):
    """For the TCP connection to server_port: {"out": ..., "in": ...}, each a dict of frames,
    wire bytes (original frame lengths), new payload bytes and retransmitted payload bytes.
    "out" is client to server."""
    result = {d: {"frames": 0, "bytes": 0, "payload": 0, "retransmitted": 0}
              for d in ("out", "in")}
    # Highest sequence number reached so far per direction, relative to the first one seen
    # (initial sequence numbers are random, so absolute ones may wrap past 2^32).
    base, highest = {}, {"out": 0, "in": 0}
    for frame, orig in _frames(path):
        t = _tcp(frame)
        if t is None or server_port not in (t[0], t[1]):
            continue
        sport, dport, seq, length = t
        d = "out" if dport == server_port else "in"
        r = result[d]
        r["frames"] += 1
        r["bytes"] += orig
        start = (seq - base.setdefault(d, seq)) % (1 << 32)
        fresh = max(0, min(length, start + length - highest[d]))
        highest[d] = max(highest[d], start + length)
        r["payload"] += fresh
        r["retransmitted"] += length - fresh
    return result
