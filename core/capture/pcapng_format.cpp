// pcapng files: a sequence of blocks (type, total length, body, total length). Sections start
// with a Section Header Block that sets the byte order and resets the interface list.
// Packets come in Enhanced, Simple and (obsolete) Packet Blocks; everything else is skipped.
#include <algorithm>
#include <limits>
#include <optional>

#include "core/capture/file_reader_impl.h"

namespace flowscope {

namespace {

constexpr uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr uint32_t kInterfaceDescription = 1;
constexpr uint32_t kPacketBlock = 2;  // obsolete
constexpr uint32_t kSimplePacket = 3;
constexpr uint32_t kEnhancedPacket = 6;
constexpr uint32_t kByteOrderMagic = 0x1A2B3C4D;

constexpr uint16_t kOptEnd = 0;
constexpr uint16_t kOptIfName = 2;
constexpr uint16_t kOptIfTsresol = 9;
constexpr uint16_t kOptIfTsoffset = 14;

__extension__ typedef unsigned __int128 Uint128;

bool isPacketBlock(uint32_t type) {
    return type == kEnhancedPacket || type == kSimplePacket || type == kPacketBlock;
}

// Walks the options in [p, p + size): calls f(code, value, length) for each. Returns -1, or the
// length of the first option that runs beyond the end.
template <class F>
int forEachOption(const uint8_t* p, size_t size, bool swapped, F&& f) {
    while (size >= 4) {
        const uint16_t code = load16(p, swapped);
        const uint16_t length = load16(p + 2, swapped);
        if (code == kOptEnd) {
            return -1;
        }
        const size_t padded = (size_t{length} + 3) & ~size_t{3};
        if (padded > size - 4) {
            return length;
        }
        f(code, p + 4, length);
        p += 4 + padded;
        size -= 4 + padded;
    }
    return -1;
}

}  // namespace

Phrase FileReader::Impl::where() const {
    //: Where a damaged part of a pcapng file is; shown as %2 of "%1 is damaged: %2 %3, %4".
    return phrase(FS_PHRASE("Core", "block %1 at byte offset %2"),
                  {number(blockNumber), number(in.offset())});
}

namespace {

Phrase cutShortInSectionHeader(const std::string& name) {
    return phrase(FS_PHRASE("Core",
                            "%1 is cut short: it ends inside its pcapng section header, "
                            "so it was probably not completely written or copied."),
                  {verbatim(name)});
}

}  // namespace

Status FileReader::Impl::openPcapng() {
    if (!in.ensure(12)) {
        if (in.readFailed()) {
            readFailure();
            return reader.m_error;
        }
        return makeError(ErrorCode::Corrupt, cutShortInSectionHeader(reader.m_name));
    }
    return primePcapng();
}

Status FileReader::Impl::primePcapng() {
    RawPacket unused;
    for (;;) {
        switch (pcapngBlock(unused, false)) {
            case Block::Other:
                break;
            case Block::BeforePacket:
            case Block::Packet:
                return {};
            case Block::End:
                if (!sawSection) {
                    return makeError(ErrorCode::Corrupt, cutShortInSectionHeader(reader.m_name));
                }
                return {};
            case Block::Error:
                return reader.m_error;
        }
    }
}

Status FileReader::Impl::parseSectionHeader(const uint8_t* block, uint32_t length, bool swapped) {
    if (length < 28) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "%1 is damaged: the section header %2 is only "
                                          "%3 bytes long (at least 28 are needed), %4"),
                                {verbatim(reader.m_name), where(), number(length),
                                 stoppedAfter(reader.m_counters.received)}));
    }
    const uint16_t major = load16(block + 12, swapped);
    const uint16_t minor = load16(block + 14, swapped);
    if (major != 1) {
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "%1 uses pcapng version %2.%3, which Flowscope "
                                          "cannot read; re-save it with Wireshark."),
                                {verbatim(reader.m_name), verbatim(std::to_string(major)),
                                 verbatim(std::to_string(minor))}));
    }
    const int bad =
        forEachOption(block + 24, length - 28, swapped, [](uint16_t, const uint8_t*, uint16_t) {});
    if (bad >= 0) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "%1 is damaged: an option of the section header "
                                          "%2 claims %3 bytes, more than its block "
                                          "holds, so no packet can be read from it "
                                          "(pcapfix may repair the file)."),
                                {verbatim(reader.m_name), where(), number(bad)}));
    }
    return {};
}

Status FileReader::Impl::parseInterface(const uint8_t* block, uint32_t length) {
    const bool sw = sectionSwapped;
    if (length < 20) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "%1 is damaged: the interface description %2 "
                                          "is too short."),
                                {verbatim(reader.m_name), where()}));
    }
    PcapngInterface iface;
    iface.linkType = load16(block + 8, sw);
    iface.snaplen = load32(block + 12, sw);
    std::string name;
    const int bad = forEachOption(
        block + 16, length - 20, sw, [&](uint16_t code, const uint8_t* value, uint16_t size) {
            if (code == kOptIfName) {
                const auto* text = reinterpret_cast<const char*>(value);
                name.assign(text, strnlen(text, size));
            } else if (code == kOptIfTsresol && size >= 1) {
                iface.resolutionPow2 = (value[0] & 0x80) != 0;
                iface.resolutionExp = value[0] & 0x7F;
            } else if (code == kOptIfTsoffset && size >= 8) {
                iface.offsetSeconds = static_cast<int64_t>(load64(value, sw));
            }
        });
    if (bad >= 0) {
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "%1 is damaged: an option of the interface "
                                          "description %2 claims %3 bytes, more than its "
                                          "block holds, %4"),
                                {verbatim(reader.m_name), where(), number(bad),
                                 stoppedAfter(reader.m_counters.received)}));
    }
    iface.globalId = static_cast<uint32_t>(reader.m_interfaces.size());
    reader.m_interfaces.push_back(FileInterface{iface.linkType, iface.snaplen, std::move(name)});
    sectionInterfaces.push_back(iface);
    return {};
}

int64_t FileReader::Impl::pcapngTimestamp(const PcapngInterface& iface, uint64_t units) const {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    static constexpr uint64_t kPow10[] = {1,
                                          10,
                                          100,
                                          1000,
                                          10000,
                                          100000,
                                          1000000,
                                          10000000,
                                          100000000,
                                          1000000000,
                                          10000000000,
                                          100000000000,
                                          1000000000000,
                                          10000000000000,
                                          100000000000000,
                                          1000000000000000,
                                          10000000000000000,
                                          100000000000000000,
                                          1000000000000000000,
                                          10000000000000000000u};
    int64_t ns = 0;
    const unsigned exp = iface.resolutionExp;
    if (iface.resolutionPow2) {
        if (exp < 128) {
            const Uint128 scaled = (Uint128{units} * 1000000000u) >> exp;
            ns = scaled > Uint128{kMax} ? kMax : static_cast<int64_t>(scaled);
        }
    } else if (exp <= 9) {
        const uint64_t mul = kPow10[9 - exp];
        ns = units > static_cast<uint64_t>(kMax) / mul ? kMax : static_cast<int64_t>(units * mul);
    } else if (exp - 9 <= 19) {
        ns = static_cast<int64_t>(units / kPow10[exp - 9]);  // < 2^64 / 10 < 2^63
    }
    if (iface.offsetSeconds != 0) {
        ns = saturatingMulAdd(iface.offsetSeconds, 1000000000, ns);
    }
    return ns;
}

FileReader::Impl::Block FileReader::Impl::pcapngBlock(RawPacket& out, bool wantPackets) {
    uint32_t type = 0;
    bool sw = sectionSwapped;
    if (const std::optional<Block> early = pcapngBlockType(type, sw, wantPackets)) {
        return *early;
    }
    ++blockNumber;
    uint32_t length = 0;
    if (const std::optional<Block> early = pcapngBlockFrame(type, sw, length)) {
        return *early;
    }
    const uint8_t* p = in.data();
    Block result = Block::Other;
    switch (type) {
        case kSectionHeader:
            sawSection = true;
            sectionSwapped = sw;
            reader.m_swapped = sw;
            sectionInterfaces.clear();
            break;
        case kInterfaceDescription:
            if (Status st = parseInterface(p, length); !st) {
                fail(st.error().code, st.error().phrase);
                return Block::Error;
            }
            break;
        case kEnhancedPacket:
        case kPacketBlock:
            result = pcapngPacket(out, type == kPacketBlock, p + 8, length - 12, sw);
            break;
        case kSimplePacket:
            result = pcapngSimplePacket(out, p + 8, length - 12, sw);
            break;
        default:
            break;  // name resolution, statistics, secrets, custom and unknown blocks
    }
    if (result != Block::Error) {
        in.skip(length);
    }
    return result;
}

std::optional<FileReader::Impl::Block> FileReader::Impl::pcapngBlockType(uint32_t& type, bool& sw,
                                                                         bool wantPackets) {
    if (!in.ensure(12)) {
        if (in.readFailed()) {
            readFailure();
            return Block::Error;
        }
        if (in.available() == 0) {
            finished = true;
            return Block::End;
        }
        truncated(phrase(FS_PHRASE("Core", "block %1"), {number(blockNumber + 1)}));
        return Block::End;
    }
    const uint8_t* p = in.data();
    type = load32(p, sw);
    if (type == kSectionHeader) {
        const uint32_t magic = load32(p + 8, false);
        if (magic == kByteOrderMagic || magic == bswap32(kByteOrderMagic)) {
            sw = magic != kByteOrderMagic;
        } else {
            ++blockNumber;
            fail(ErrorCode::Corrupt,
                 phrase(FS_PHRASE("Core",
                                  "%1 is damaged: the section header %2 has an invalid "
                                  "byte-order magic."),
                        {verbatim(reader.m_name), where()}));
            return Block::Error;
        }
    }
    if (isPacketBlock(type) && !wantPackets) {
        return Block::BeforePacket;
    }
    return std::nullopt;
}

std::optional<FileReader::Impl::Block> FileReader::Impl::pcapngBlockFrame(uint32_t type, bool sw,
                                                                          uint32_t& length) {
    length = load32(in.data() + 4, sw);
    if (length < 12 || length % 4 != 0) {
        return damaged(phrase(length < 12 ? FS_PHRASE("Core",
                                                      "has a length of %1 bytes, less "
                                                      "than the 12-byte minimum")
                                          : FS_PHRASE("Core",
                                                      "has a length of %1 bytes, which "
                                                      "is not a multiple of 4"),
                              {number(length)}));
    }
    if (length > kMaxRecordBytes) {
        return damaged(phrase(FS_PHRASE("Core",
                                        "claims a length of %1 bytes, more than any "
                                        "real block"),
                              {number(length)}));
    }
    if (!in.ensure(length)) {
        if (in.readFailed()) {
            readFailure();
            return Block::Error;
        }
        const bool packet = isPacketBlock(type);
        truncated(packet ? phrase(FS_PHRASE("Core", "packet %1"),
                                  {number(reader.m_counters.received + 1)})
                         : phrase(FS_PHRASE("Core", "block %1"), {number(blockNumber)}));
        return Block::End;
    }
    const uint8_t* p = in.data();
    if (type == kSectionHeader) {
        // Checked first so that a damaged section header is reported by its first fault.
        if (Status st = parseSectionHeader(p, length, sw); !st) {
            fail(st.error().code, st.error().phrase);
            return Block::Error;
        }
    }
    if (load32(p + length - 4, sw) != length) {
        return damaged(phrase(FS_PHRASE("Core",
                                        "has a trailing length field that differs from "
                                        "its leading one (%1 instead of %2)"),
                              {number(load32(p + length - 4, sw)), number(length)}));
    }
    return std::nullopt;
}

FileReader::Impl::Block FileReader::Impl::pcapngPacket(RawPacket& out, bool obsolete,
                                                       const uint8_t* body, uint32_t bodyLength,
                                                       bool sw) {
    if (bodyLength < 20) {
        return damaged(phrase(FS_PHRASE("Core", "is a packet block too short for its fields")));
    }
    const uint32_t id = obsolete ? load16(body, sw) : load32(body, sw);
    const uint32_t captured = load32(body + 12, sw);
    if (captured > bodyLength - 20) {
        return damaged(phrase(FS_PHRASE("Core",
                                        "claims %1 captured bytes, more than its block "
                                        "holds"),
                              {number(captured)}));
    }
    if (id >= sectionInterfaces.size()) {
        return damaged(plural(FS_PHRASE_N("Core",
                                          "refers to interface %1, but its section "
                                          "describes only %2 interface(s) before it"),
                              sectionInterfaces.size(),
                              {number(id), number(sectionInterfaces.size())}));
    }
    const PcapngInterface& iface = sectionInterfaces[id];
    const uint64_t units = (uint64_t{load32(body + 4, sw)} << 32) | uint64_t{load32(body + 8, sw)};
    out.timestampNs = pcapngTimestamp(iface, units);
    out.capturedLength = captured;
    out.wireLength = load32(body + 16, sw);
    out.linkType = iface.linkType;
    out.interfaceId = iface.globalId;
    out.data = body + 20;
    return Block::Packet;
}

FileReader::Impl::Block FileReader::Impl::pcapngSimplePacket(RawPacket& out, const uint8_t* body,
                                                             uint32_t bodyLength, bool sw) {
    if (bodyLength < 4) {
        return damaged(
            phrase(FS_PHRASE("Core", "is a simple packet block too short for its fields")));
    }
    if (sectionInterfaces.empty()) {
        return damaged(phrase(
            FS_PHRASE("Core", "is a packet, but its section describes no interface before it")));
    }
    const PcapngInterface& iface = sectionInterfaces[0];
    const uint32_t wire = load32(body, sw);
    uint32_t captured = std::min(wire, bodyLength - 4);
    if (iface.snaplen != 0) {
        captured = std::min(captured, iface.snaplen);
    }
    out.timestampNs = 0;  // simple packet blocks carry no timestamp
    out.capturedLength = captured;
    out.wireLength = wire;
    out.linkType = iface.linkType;
    out.interfaceId = iface.globalId;
    out.data = body + 4;
    return Block::Packet;
}

FileReader::Impl::Block FileReader::Impl::damaged(Phrase what) {
    //: %1 a file, %2 "block N at byte offset X", %3 what is wrong with that block (a predicate
    //: whose subject is %2, e.g. "has a length of 8 bytes, …"), %4 what was read before it
    //: ("so reading stopped after …").
    fail(ErrorCode::Corrupt, phrase(FS_PHRASE("Core", "%1 is damaged: %2 %3, %4"),
                                    {verbatim(reader.m_name), where(), std::move(what),
                                     stoppedAfter(reader.m_counters.received)}));
    return Block::Error;
}

ReadStatus FileReader::Impl::nextPcapng(RawPacket& out) {
    for (;;) {
        switch (pcapngBlock(out, true)) {
            case Block::Packet:
                return ReadStatus::Packet;
            case Block::Other:
            case Block::BeforePacket:
                continue;
            case Block::End:
                return ReadStatus::End;
            case Block::Error:
                return ReadStatus::Error;
        }
    }
}

}  // namespace flowscope
