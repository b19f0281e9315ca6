// A source of captured frames: a live adapter (libpcap) or a capture file.
#pragma once

#include <string>

#include "core/base/result.h"
#include "core/capture/raw_packet.h"
#include "core/packet/link_type.h"

namespace flowscope {

enum class ReadStatus {
    Packet,   // `out` holds a frame
    Timeout,  // live: no frame within the poll interval, or none buffered any more; call again
    End,      // file finished, or interrupt() was called (a live source: and what it held read)
    Error,    // reading stopped; error() says why. What was read before stays valid.
};

class PacketSource {
public:
    virtual ~PacketSource() = default;

    // Reads the next frame. Called from one thread (the capture thread) only.
    virtual ReadStatus next(RawPacket& out) = 0;
    // Why the last next() returned Error.
    virtual const Error& error() const = 0;
    // A non-fatal problem seen so far (e.g. "the file ends in the middle of a packet"), or
    // empty. Includes linkTypeWarningPhrase(). warning() is its English.
    virtual Phrase warningPhrase() const = 0;
    std::string warning() const { return english(warningPhrase()); }
    // One sentence per link type of this source that Flowscope does not decode, naming the
    // type and its number (unsupportedLinkType() in core/packet), or empty. Known from open()
    // for pcap files and live adapters; a pcapng file adds the interfaces read so far. Call it
    // from the thread that calls next(), or before that thread starts. The default suits a
    // source with one link type. linkTypeWarning() is its English.
    virtual Phrase linkTypeWarningPhrase() const { return unsupportedLinkType(linkType()); }
    std::string linkTypeWarning() const { return english(linkTypeWarningPhrase()); }
    virtual CaptureCounters counters() const = 0;
    // Thread-safe: makes a blocked or future next() return End promptly. A live source first
    // hands out, without waiting, the frames it already held at the stop (at most about a
    // second's worth): they were collected before it. A file ends at once.
    virtual void interrupt() = 0;
    virtual bool isLive() const = 0;
    // Link type of the first interface (the one a pcap dump of this source is written as).
    virtual uint32_t linkType() const = 0;
    virtual uint32_t snaplen() const = 0;
    // "file /path/x.pcap" or "interface eth0".
    virtual std::string description() const = 0;
};

}  // namespace flowscope
