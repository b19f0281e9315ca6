// Reads pcap (µs and ns, either byte order) and pcapng (any number of interfaces with
// different link types and time resolutions) files with our own bounds-checked parser.
// The format is detected from the magic number, never from the file name.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/capture/packet_source.h"

namespace flowscope {

enum class FileFormat { Pcap, PcapNano, Pcapng };

struct FileInterface {
    uint32_t linkType = 0;
    uint32_t snaplen = 0;
    std::string name;  // pcapng if_name, if present
};

class FileReader final : public PacketSource {
public:
    // Opens and validates the file header (pcap header or pcapng Section Header Block).
    // Errors: NotFound, PermissionDenied, BadFormat ("not a pcap or pcapng file"), Corrupt.
    static Result<std::unique_ptr<FileReader>> open(const std::string& path);
    // Same, over bytes in memory (for tests and fuzzing); the bytes must outlive the reader.
    static Result<std::unique_ptr<FileReader>> openMemory(const uint8_t* data, size_t size,
                                                          std::string name = "memory");
    ~FileReader() override;

    // Behaviour at the end of data:
    // - the file ends inside a record (truncated): every complete packet is returned, then
    //   End, and warning() says the file was cut short;
    // - a record that cannot be right (length beyond the snaplen/limits, bad block size):
    //   Error with a message naming the record number and byte offset; packets read before
    //   it were returned.
    ReadStatus next(RawPacket& out) override;
    const Error& error() const override { return m_error; }
    Phrase warningPhrase() const override;
    Phrase linkTypeWarningPhrase() const override;
    CaptureCounters counters() const override { return m_counters; }
    void interrupt() override;
    bool isLive() const override { return false; }
    uint32_t linkType() const override;
    uint32_t snaplen() const override;
    std::string description() const override { return "file " + m_name; }

    FileFormat format() const { return m_format; }
    bool bigEndian() const { return m_swapped; }
    const std::vector<FileInterface>& interfaces() const { return m_interfaces; }
    const std::string& path() const { return m_name; }

    struct Impl;  // parsing state, in file_reader.cpp

private:
    FileReader() = default;

    std::unique_ptr<Impl> m_impl;
    std::string m_name;
    FileFormat m_format = FileFormat::Pcap;
    bool m_swapped = false;
    std::vector<FileInterface> m_interfaces;
    Error m_error;
    Phrase m_warning;
    CaptureCounters m_counters;
};

}  // namespace flowscope
