// Classic pcap files: 24-byte file header, then 16-byte record headers each followed by the
// captured bytes. Magic a1b2c3d4 (µs) or a1b23c4d (ns), in the writer's byte order.
#include <algorithm>
#include <utility>

#include "core/capture/file_reader_impl.h"

namespace flowscope {

namespace {

constexpr size_t kFileHeader = 24;
constexpr size_t kRecordHeader = 16;
// The link-type field's low 26 bits; the upper bits may carry FCS information.
constexpr uint32_t kLinkTypeMask = 0x03FFFFFF;

}  // namespace

Status FileReader::Impl::openPcap() {
    const std::string& name = reader.m_name;
    if (!in.ensure(kFileHeader)) {
        if (in.readFailed()) {
            readFailure();
            return reader.m_error;
        }
        return makeError(ErrorCode::Corrupt,
                         phrase(FS_PHRASE("Core",
                                          "%1 is cut short: it has only %2 bytes, less "
                                          "than the 24-byte pcap file header, so it was "
                                          "probably not completely written or copied."),
                                {verbatim(name), number(in.available())}));
    }
    const uint8_t* h = in.data();
    const bool sw = reader.m_swapped;
    const uint16_t major = load16(h + 4, sw);
    const uint16_t minor = load16(h + 6, sw);
    // libpcap's rules (sf-pcap.c): versions 2.0 to 2.4 and DG/UX tcpdump's 543.0 are read.
    // Before 2.3 the record header held the wire length before the captured length, and 2.3
    // files exist in both orders; 543.0 uses the old order. A later 2.x is read like 2.4
    // rather than refused.
    if (major == 2 && minor < 3) {
        pcapLengths = PcapLengths::Swapped;
    } else if (major == 2 && minor == 3) {
        pcapLengths = PcapLengths::MaybeSwapped;
    } else if (major == 543 && minor == 0) {
        pcapLengths = PcapLengths::Swapped;
    } else if (major != 2) {
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "%1 uses pcap format version %2.%3, which "
                                          "Flowscope cannot read; convert it with "
                                          "Wireshark's \"Save As\" to pcapng."),
                                {verbatim(name), verbatim(std::to_string(major)),
                                 verbatim(std::to_string(minor))}));
    }
    pcapSnaplen = load32(h + 16, sw);
    pcapLinkType = load32(h + 20, sw) & kLinkTypeMask;
    pcapMaxPacket = std::min(std::max(pcapSnaplen, kDefaultMaxPacket), kMaxRecordBytes);
    pcapFractionScale = reader.m_format == FileFormat::PcapNano ? 1 : 1000;
    reader.m_interfaces.assign(1, FileInterface{pcapLinkType, pcapSnaplen, {}});
    in.skip(kFileHeader);
    return {};
}

ReadStatus FileReader::Impl::nextPcap(RawPacket& out) {
    ++recordNumber;
    if (!in.ensure(kRecordHeader)) {
        if (in.readFailed()) {
            return readFailure();
        }
        if (in.available() == 0) {
            finished = true;
            return ReadStatus::End;
        }
        return truncated(phrase(FS_PHRASE("Core", "packet %1"), {number(recordNumber)}));
    }
    const uint8_t* h = in.data();
    const bool sw = reader.m_swapped;
    uint32_t captured = load32(h + 8, sw);
    uint32_t wire = load32(h + 12, sw);
    if (pcapLengths == PcapLengths::Swapped ||
        (pcapLengths == PcapLengths::MaybeSwapped && captured > wire)) {
        std::swap(captured, wire);
    }
    if (captured > pcapMaxPacket) {
        return fail(ErrorCode::Corrupt,
                    phrase(FS_PHRASE("Core",
                                     "%1 is damaged: the header of record %2 at byte "
                                     "offset %3 claims %4 captured bytes, more than the "
                                     "limit of %5, %6"),
                           {verbatim(reader.m_name), number(recordNumber), number(in.offset()),
                            number(captured), number(pcapMaxPacket),
                            stoppedAfter(reader.m_counters.received)}));
    }
    if (!in.ensure(kRecordHeader + captured)) {
        if (in.readFailed()) {
            return readFailure();
        }
        return truncated(phrase(FS_PHRASE("Core", "packet %1"), {number(recordNumber)}));
    }
    h = in.data();
    const uint32_t seconds = load32(h, sw);
    const uint32_t fraction = load32(h + 4, sw);
    // Cannot overflow: 2^32 s * 1e9 + 2^32 * 1000 < 2^63.
    out.timestampNs = static_cast<int64_t>(seconds) * 1000000000 +
                      static_cast<int64_t>(fraction) * pcapFractionScale;
    out.capturedLength = captured;
    out.wireLength = wire;
    out.linkType = pcapLinkType;
    out.interfaceId = 0;
    out.data = h + kRecordHeader;
    in.skip(kRecordHeader + captured);
    return ReadStatus::Packet;
}

}  // namespace flowscope
