// FileReader: opening, format detection by magic number, buffered input and the messages
// shared by the pcap and pcapng parsers (pcap_format.cpp, pcapng_format.cpp).
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstring>
#include <limits>

#include "core/base/system_reason.h"
#include "core/capture/file_reader_impl.h"
#include "core/packet/link_type.h"

namespace flowscope {

namespace {

constexpr size_t kInitialBuffer = 1u << 20;
constexpr uint32_t kPcapngMagic = 0x0A0D0D0A;

std::string hex32(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08" PRIx32, v);
    return buf;
}

}  // namespace

// ---- ByteInput ----

ByteInput::~ByteInput() = default;

void ByteInput::openMemory(const uint8_t* data, size_t size) {
    m_file = nullptr;
    m_base = data;
    m_pos = 0;
    m_end = data ? size : 0;
    m_baseOffset = 0;
    m_totalSize = m_end;
}

void ByteInput::openFile(std::FILE* file, uint64_t fileSize) {
    m_file = file;
    m_capacity = kInitialBuffer;
    m_buffer = std::make_unique<uint8_t[]>(m_capacity);
    m_base = m_buffer.get();
    m_pos = m_end = 0;
    m_baseOffset = 0;
    m_totalSize = fileSize;
}

bool ByteInput::refill(size_t n) {
    if (!m_file || m_readError != 0) {
        return false;
    }
    // Never grow the buffer for bytes the file does not have (a damaged length field).
    const uint64_t unread = remaining() > available() ? remaining() - available() : 0;
    if (n - available() > unread) {
        return false;
    }
    const size_t keep = m_end - m_pos;
    if (n > m_capacity) {
        const size_t capacity = std::max(n, m_capacity * 2);
        auto bigger = std::make_unique<uint8_t[]>(capacity);
        std::memcpy(bigger.get(), m_base + m_pos, keep);
        m_buffer = std::move(bigger);
        m_capacity = capacity;
    } else if (m_pos > 0) {
        std::memmove(m_buffer.get(), m_base + m_pos, keep);
    }
    m_base = m_buffer.get();
    m_baseOffset += m_pos;
    m_pos = 0;
    m_end = keep;
    while (m_end < n) {
        const size_t got = std::fread(m_buffer.get() + m_end, 1, m_capacity - m_end, m_file);
        if (got == 0) {
            if (std::ferror(m_file)) {
                m_readError = errno != 0 ? errno : EIO;
            }
            return false;
        }
        m_end += got;
    }
    return true;
}

// ---- arithmetic ----

int64_t saturatingAdd(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        return b > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
    }
    return r;
}

int64_t saturatingMulAdd(int64_t a, int64_t b, int64_t c) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        return (a < 0) != (b < 0) ? std::numeric_limits<int64_t>::min()
                                  : std::numeric_limits<int64_t>::max();
    }
    return saturatingAdd(r, c);
}

// ---- Impl ----

FileReader::Impl::~Impl() {
    if (file) {
        std::fclose(file);
    }
}

ReadStatus FileReader::Impl::fail(ErrorCode code, Phrase sentence) {
    reader.m_error = makeError(code, std::move(sentence));
    finished = true;
    failed = true;
    return ReadStatus::Error;
}

ReadStatus FileReader::Impl::truncated(Phrase what) {
    const uint64_t complete = reader.m_counters.received;
    //: %2 is "packet N" or "block N"; %4 is the count of complete packets.
    reader.m_warning =
        plural(FS_PHRASE_N("Core",
                           "%1 ends in the middle of %2 (byte offset %3): "
                           "the file was cut short, and the %4 complete "
                           "packet(s) before it was/were read."),
               complete,
               {verbatim(reader.m_name), std::move(what), number(in.offset()), number(complete)});
    finished = true;
    return ReadStatus::End;
}

ReadStatus FileReader::Impl::readFailure() {
    return fail(
        ErrorCode::Io,
        phrase(FS_PHRASE("Core",
                         "Reading %1 failed at byte offset %2 (%3); check the "
                         "disk or copy the file to a local drive."),
               {verbatim(reader.m_name), number(in.offset()), systemReason(in.readError())}));
}

// ---- FileReader ----

Status FileReader::Impl::detect() {
    const std::string& name = reader.m_name;
    if (!in.ensure(4)) {
        if (in.readFailed()) {
            readFailure();
            return reader.m_error;
        }
        if (in.available() == 0) {
            return makeError(ErrorCode::BadFormat,
                             phrase(FS_PHRASE("Core",
                                              "%1 is empty (0 bytes), so it holds no "
                                              "packets; choose a capture file saved by "
                                              "Wireshark, tcpdump or Flowscope."),
                                    {verbatim(name)}));
        }
        return makeError(ErrorCode::BadFormat,
                         plural(FS_PHRASE_N("Core",
                                            "%1 is only %2 byte(s) long, too short to "
                                            "be a pcap or pcapng capture file."),
                                in.available(), {verbatim(name), number(in.available())}));
    }
    const uint8_t* p = in.data();
    const uint32_t magic =
        (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
    switch (magic) {
        case 0xA1B2C3D4:
        case 0xD4C3B2A1:
            reader.m_format = FileFormat::Pcap;
            reader.m_swapped = magic == 0xA1B2C3D4;
            return openPcap();
        case 0xA1B23C4D:
        case 0x4D3CB2A1:
            reader.m_format = FileFormat::PcapNano;
            reader.m_swapped = magic == 0xA1B23C4D;
            return openPcap();
        case kPcapngMagic:
            reader.m_format = FileFormat::Pcapng;
            return openPcapng();
        default:
            return makeError(ErrorCode::BadFormat,
                             phrase(FS_PHRASE("Core",
                                              "%1 is not a pcap or pcapng capture file "
                                              "(unknown magic number %2)."),
                                    {verbatim(name), verbatim(hex32(magic))}));
    }
}

Result<std::unique_ptr<FileReader>> FileReader::open(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR) {
            return makeError(ErrorCode::NotFound,
                             phrase(FS_PHRASE("Core",
                                              "%1 does not exist; check the file name "
                                              "and folder."),
                                    {verbatim(path)}));
        }
        if (err == EACCES || err == EPERM) {
            return makeError(ErrorCode::PermissionDenied,
                             phrase(FS_PHRASE("Core",
                                              "Flowscope is not allowed to read %1; give "
                                              "your user read permission on it or copy "
                                              "it elsewhere."),
                                    {verbatim(path)}));
        }
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "%1 cannot be opened (%2); check that the file "
                                          "is accessible."),
                                {verbatim(path), systemReason(err)}));
    }
    struct stat st {};
    if (fstat(fileno(file), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::fclose(file);
        return makeError(ErrorCode::BadFormat,
                         phrase(FS_PHRASE("Core",
                                          "%1 is a folder, not a capture file; choose a "
                                          ".pcap or .pcapng file inside it."),
                                {verbatim(path)}));
    }
    std::setvbuf(file, nullptr, _IONBF, 0);  // we read in large chunks into our own buffer
    const uint64_t size = S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size)
                                              : std::numeric_limits<uint64_t>::max();

    std::unique_ptr<FileReader> reader(new FileReader());
    reader->m_name = path;
    reader->m_impl = std::make_unique<Impl>(*reader);
    reader->m_impl->file = file;
    reader->m_impl->in.openFile(file, size);
    if (Status status = reader->m_impl->detect(); !status) {
        return status.error();
    }
    return reader;
}

Result<std::unique_ptr<FileReader>> FileReader::openMemory(const uint8_t* data, size_t size,
                                                           std::string name) {
    std::unique_ptr<FileReader> reader(new FileReader());
    reader->m_name = std::move(name);
    reader->m_impl = std::make_unique<Impl>(*reader);
    reader->m_impl->in.openMemory(data, size);
    if (Status status = reader->m_impl->detect(); !status) {
        return status.error();
    }
    return reader;
}

FileReader::~FileReader() = default;

ReadStatus FileReader::next(RawPacket& out) {
    Impl& s = *m_impl;
    if (s.finished) {
        return s.failed ? ReadStatus::Error : ReadStatus::End;
    }
    if (s.interrupted.load(std::memory_order_relaxed)) {
        return ReadStatus::End;
    }
    const ReadStatus status = m_format == FileFormat::Pcapng ? s.nextPcapng(out) : s.nextPcap(out);
    if (status == ReadStatus::Packet) {
        ++m_counters.received;
    }
    return status;
}

void FileReader::interrupt() {
    m_impl->interrupted.store(true, std::memory_order_relaxed);
}

Phrase FileReader::linkTypeWarningPhrase() const {
    std::vector<Phrase> sentences;
    std::vector<uint32_t> named;
    for (const FileInterface& iface : m_interfaces) {
        if (std::find(named.begin(), named.end(), iface.linkType) != named.end()) {
            continue;
        }
        named.push_back(iface.linkType);
        sentences.push_back(unsupportedLinkType(iface.linkType));
    }
    return joined(std::move(sentences));
}

Phrase FileReader::warningPhrase() const {
    return joined({m_warning, linkTypeWarningPhrase()});
}

uint32_t FileReader::linkType() const {
    return m_interfaces.empty() ? 0 : m_interfaces.front().linkType;
}

uint32_t FileReader::snaplen() const {
    return m_interfaces.empty() ? 0 : m_interfaces.front().snaplen;
}

}  // namespace flowscope
