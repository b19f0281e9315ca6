// Private to core/capture: the parsing state of FileReader, shared by file_reader.cpp (input
// and dispatch), pcap_format.cpp and pcapng_format.cpp.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/capture/file_reader.h"

namespace flowscope {

// Records (pcap) or blocks (pcapng) larger than this are never accepted: no real capture has
// them and accepting them would let a damaged length field make us allocate gigabytes.
inline constexpr uint32_t kMaxRecordBytes = 256u << 20;
// libpcap's and Wireshark's per-packet limit for pcap files with a small or zero snaplen.
inline constexpr uint32_t kDefaultMaxPacket = 262144;

// Bounds-checked sequential input over a FILE* (through one reusable buffer) or over bytes in
// memory. Records are handed out as pointers into the buffer, valid until the next ensure().
class ByteInput {
public:
    ByteInput() = default;
    ByteInput(const ByteInput&) = delete;
    ByteInput& operator=(const ByteInput&) = delete;
    ~ByteInput();

    void openMemory(const uint8_t* data, size_t size);
    void openFile(std::FILE* file, uint64_t fileSize);

    // Makes `n` bytes from the current position available at data(). False if the input
    // ends (or a read fails) before that; available() then says how many bytes remain.
    bool ensure(size_t n) {
        if (m_end - m_pos >= n) {
            return true;
        }
        return refill(n);
    }
    const uint8_t* data() const { return m_base + m_pos; }
    size_t available() const { return m_end - m_pos; }
    void skip(size_t n) { m_pos += n; }  // n <= available()
    // Byte offset of the current position from the start of the input.
    uint64_t offset() const { return m_baseOffset + m_pos; }
    // Bytes left in the whole input (file size or memory size minus offset()).
    uint64_t remaining() const { return m_totalSize > offset() ? m_totalSize - offset() : 0; }
    uint64_t totalSize() const { return m_totalSize; }
    bool readFailed() const { return m_readError != 0; }
    int readError() const { return m_readError; }

private:
    bool refill(size_t n);

    std::FILE* m_file = nullptr;
    std::unique_ptr<uint8_t[]> m_buffer;
    size_t m_capacity = 0;
    const uint8_t* m_base = nullptr;
    size_t m_pos = 0;
    size_t m_end = 0;
    uint64_t m_baseOffset = 0;  // file offset of m_base[0]
    uint64_t m_totalSize = 0;
    int m_readError = 0;
};

inline uint16_t bswap16(uint16_t v) {
    return static_cast<uint16_t>((v >> 8) | (v << 8));
}
inline uint32_t bswap32(uint32_t v) {
    return __builtin_bswap32(v);
}
inline uint64_t bswap64(uint64_t v) {
    return __builtin_bswap64(v);
}

inline uint16_t load16(const uint8_t* p, bool swapped) {
    uint16_t v;
    std::memcpy(&v, p, 2);
    return swapped ? bswap16(v) : v;
}
inline uint32_t load32(const uint8_t* p, bool swapped) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return swapped ? bswap32(v) : v;
}
inline uint64_t load64(const uint8_t* p, bool swapped) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return swapped ? bswap64(v) : v;
}

// The end of a "damaged" sentence: what was read before the damage and what to do.
inline Phrase stoppedAfter(uint64_t packets) {
    //: The end of a sentence "… is damaged: …, %4" (after a comma).
    if (packets == 0) {
        return phrase(
            FS_PHRASE("Core", "so no packet could be read from it (pcapfix may repair the file)."));
    }
    return plural(FS_PHRASE_N("Core",
                              "so reading stopped after the %1 packet(s) before it "
                              "(pcapfix may repair the file)."),
                  packets, {number(packets)});
}

// a * b + c, saturating to the int64 range.
int64_t saturatingMulAdd(int64_t a, int64_t b, int64_t c);
int64_t saturatingAdd(int64_t a, int64_t b);

// One pcapng interface as the parser needs it (the public FileInterface has the rest).
struct PcapngInterface {
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    uint32_t globalId = 0;  // index into FileReader::interfaces()
    bool resolutionPow2 = false;
    uint8_t resolutionExp = 6;  // units are 10^-exp (or 2^-exp) seconds; default µs
    int64_t offsetSeconds = 0;  // if_tsoffset
};

struct FileReader::Impl {
    FileReader& reader;
    ByteInput in;
    std::FILE* file = nullptr;
    std::atomic<bool> interrupted{false};
    bool finished = false;      // End or Error was returned; keep returning it
    bool failed = false;        // finished with Error
    uint64_t recordNumber = 0;  // 1-based number of the record being read (packets only)

    // pcap
    uint32_t pcapLinkType = 0;
    uint32_t pcapSnaplen = 0;
    uint32_t pcapMaxPacket = 0;
    int64_t pcapFractionScale = 1000;  // ns per fraction unit: 1000 (µs) or 1 (ns)
    // Order of the record header's two length fields (see openPcap()).
    enum class PcapLengths { CapturedFirst, Swapped, MaybeSwapped };
    PcapLengths pcapLengths = PcapLengths::CapturedFirst;

    // pcapng
    std::vector<PcapngInterface> sectionInterfaces;  // of the current section
    bool sectionSwapped = false;
    bool sawSection = false;
    uint64_t blockNumber = 0;  // 1-based, over the whole file

    explicit Impl(FileReader& r) : reader(r) {}
    ~Impl();

    // Sets the reader's error (code + sentence) and stops reading.
    ReadStatus fail(ErrorCode code, Phrase sentence);
    // The input ended in the middle of `what` ("packet 12", "block 3"): warning, then End.
    ReadStatus truncated(Phrase what);
    // Maps an input read failure (not EOF) to an Io error.
    ReadStatus readFailure();

    // Detects the format from the magic number and reads the file header.
    Status detect();

    // pcap_format.cpp
    Status openPcap();
    ReadStatus nextPcap(RawPacket& out);

    // pcapng_format.cpp
    Status openPcapng();
    ReadStatus nextPcapng(RawPacket& out);
    // Reads non-packet blocks up to the first packet block so that linkType() is known.
    Status primePcapng();
    enum class Block { Packet, Other, BeforePacket, End, Error };
    // Handles one block at the current position. A packet block fills `out` (Packet) if
    // `wantPackets`; otherwise it is left unread (BeforePacket). Other blocks are consumed.
    Block pcapngBlock(RawPacket& out, bool wantPackets);
    // The parts of pcapngBlock: the block type (and a section header's byte order), then the
    // length fields with the whole block read in; each returns the block's outcome when it
    // ends there (end of input, damage, a packet block left unread), nothing otherwise.
    std::optional<Block> pcapngBlockType(uint32_t& type, bool& swapped, bool wantPackets);
    std::optional<Block> pcapngBlockFrame(uint32_t type, bool swapped, uint32_t& length);
    // Enhanced (or obsolete) packet block and simple packet block bodies: fill `out`.
    Block pcapngPacket(RawPacket& out, bool obsolete, const uint8_t* body, uint32_t bodyLength,
                       bool swapped);
    Block pcapngSimplePacket(RawPacket& out, const uint8_t* body, uint32_t bodyLength,
                             bool swapped);
    // Stops reading with "NAME is damaged: block N at byte offset X <what>, ...".
    Block damaged(Phrase what);
    Status parseSectionHeader(const uint8_t* block, uint32_t length, bool swapped);
    Status parseInterface(const uint8_t* block, uint32_t length);
    int64_t pcapngTimestamp(const PcapngInterface& iface, uint64_t units) const;
    Phrase where() const;  // "block N at byte offset X"
};

}  // namespace flowscope
