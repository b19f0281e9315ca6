"""Generated pcap data for the fault tests: a stream of small UDP/IPv4 frames over Ethernet
spread over many flows, written to a file or a pipe. Generated (not captured) because the
tests need a capture of a chosen size or one that never ends; the frames are well formed.
"""
import struct
import threading
import time

HEADER = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)  # µs pcap, Ethernet


def frame(i):
    """An Ethernet/IPv4/UDP frame, 10.0.x.y:port -> 192.0.2.1:53, with 18 bytes of payload."""
    payload = b"flowscope-fault-%02d" % (i % 100)
    udp = struct.pack("!HHHH", 1024 + i % 5000, 53, 8 + len(payload), 0) + payload
    total = 20 + len(udp)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, i & 0xFFFF, 0, 64, 17, 0,
                     bytes([10, 0, (i >> 8) & 0xFF, i & 0xFF]), bytes([192, 0, 2, 1]))
    eth = b"\x02\x00\x00\x00\x00\x01" + b"\x02\x00\x00\x00\x00\x02" + b"\x08\x00"
    return eth + ip + udp


def records(first, count, start_s=1_700_000_000):
    """`count` pcap records, one per millisecond of capture time."""
    out = bytearray()
    for i in range(first, first + count):
        data = frame(i)
        t = i  # ms
        out += struct.pack("<IIII", start_s + t // 1000, (t % 1000) * 1000, len(data), len(data))
        out += data
    return bytes(out)


def write_file(path, count):
    with open(path, "wb") as f:
        f.write(HEADER)
        step = 20000
        for first in range(0, count, step):
            f.write(records(first, min(step, count - first)))


class Pump(threading.Thread):
    """Writes an endless capture into a named pipe, about 20 MB/s, until the reader leaves."""

    def __init__(self, fifo):
        super().__init__(daemon=True)
        self.fifo = fifo
        self.chunk = records(0, 12000)  # ~1 MB

    def run(self):
        try:
            with open(self.fifo, "wb", buffering=0) as f:
                f.write(HEADER)
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline:
                    f.write(self.chunk)
                    time.sleep(0.05)
        except (BrokenPipeError, OSError):
            pass


def sanitized(binary):
    """Whether the program was built with AddressSanitizer (tools/sanitize.sh): it starts and
    exits slower (the leak check at exit) and cannot run under an address-space limit."""
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()
