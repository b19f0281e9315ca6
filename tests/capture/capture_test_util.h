// Helpers for the capture tests: paths to test data, reading whole files, and a small builder
// of synthetic pcapng files in either byte order.
#pragma once

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace flowscope::test {

inline std::string dataPath(const std::string& file) {
    return std::string(FLOWSCOPE_TEST_DATA) + "/pcap/" + file;
}

inline std::vector<uint8_t> readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

inline void writeAll(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

// Appends integers in little or big endian.
class Bytes {
public:
    explicit Bytes(bool bigEndian = false) : m_big(bigEndian) {}
    Bytes& u8(uint8_t v) {
        m_b.push_back(v);
        return *this;
    }
    Bytes& u16(uint16_t v) { return put(v, 2); }
    Bytes& u32(uint32_t v) { return put(v, 4); }
    Bytes& u64(uint64_t v) { return put(v, 8); }
    Bytes& raw(const std::vector<uint8_t>& v) {
        m_b.insert(m_b.end(), v.begin(), v.end());
        return *this;
    }
    Bytes& pad4() {
        while (m_b.size() % 4 != 0) {
            m_b.push_back(0);
        }
        return *this;
    }
    const std::vector<uint8_t>& data() const { return m_b; }
    bool bigEndian() const { return m_big; }

private:
    Bytes& put(uint64_t v, int n) {
        for (int i = 0; i < n; ++i) {
            const int shift = m_big ? 8 * (n - 1 - i) : 8 * i;
            m_b.push_back(static_cast<uint8_t>(v >> shift));
        }
        return *this;
    }
    std::vector<uint8_t> m_b;
    bool m_big;
};

// Builds pcapng blocks; every block gets correct lengths unless told otherwise.
class PcapngBuilder {
public:
    explicit PcapngBuilder(bool bigEndian = false) : m_big(bigEndian) {}

    PcapngBuilder& block(uint32_t type, const std::vector<uint8_t>& body) {
        Bytes b(m_big);
        const auto length = static_cast<uint32_t>(12 + ((body.size() + 3) & ~size_t{3}));
        b.u32(type).u32(length).raw(body).pad4().u32(length);
        m_out.insert(m_out.end(), b.data().begin(), b.data().end());
        return *this;
    }
    PcapngBuilder& section() {
        Bytes body(m_big);
        body.u32(0x1A2B3C4D).u16(1).u16(0).u64(~uint64_t{0});
        return block(0x0A0D0D0A, body.data());
    }
    // tsresol < 0: no option.
    PcapngBuilder& interface(uint16_t linkType, uint32_t snaplen, int tsresol = -1,
                             int64_t tsoffset = 0, const std::string& name = "") {
        Bytes body(m_big);
        body.u16(linkType).u16(0).u32(snaplen);
        if (!name.empty()) {
            body.u16(2).u16(static_cast<uint16_t>(name.size()));
            body.raw(std::vector<uint8_t>(name.begin(), name.end())).pad4();
        }
        if (tsresol >= 0) {
            body.u16(9).u16(1).u8(static_cast<uint8_t>(tsresol)).pad4();
        }
        if (tsoffset != 0) {
            body.u16(14).u16(8).u64(static_cast<uint64_t>(tsoffset));
        }
        body.u16(0).u16(0);
        return block(1, body.data());
    }
    PcapngBuilder& enhanced(uint32_t iface, uint64_t ts, const std::vector<uint8_t>& data,
                            uint32_t wire = 0) {
        Bytes body(m_big);
        body.u32(iface).u32(static_cast<uint32_t>(ts >> 32)).u32(static_cast<uint32_t>(ts));
        body.u32(static_cast<uint32_t>(data.size()));
        body.u32(wire ? wire : static_cast<uint32_t>(data.size()));
        body.raw(data).pad4();
        return block(6, body.data());
    }
    PcapngBuilder& simple(const std::vector<uint8_t>& data, uint32_t wire = 0) {
        Bytes body(m_big);
        body.u32(wire ? wire : static_cast<uint32_t>(data.size())).raw(data).pad4();
        return block(3, body.data());
    }
    PcapngBuilder& obsolete(uint16_t iface, uint64_t ts, const std::vector<uint8_t>& data) {
        Bytes body(m_big);
        body.u16(iface).u16(0).u32(static_cast<uint32_t>(ts >> 32));
        body.u32(static_cast<uint32_t>(ts)).u32(static_cast<uint32_t>(data.size()));
        body.u32(static_cast<uint32_t>(data.size())).raw(data).pad4();
        return block(2, body.data());
    }
    PcapngBuilder& rawBytes(const std::vector<uint8_t>& bytes) {
        m_out.insert(m_out.end(), bytes.begin(), bytes.end());
        return *this;
    }
    std::vector<uint8_t>& bytes() { return m_out; }

private:
    bool m_big;
    std::vector<uint8_t> m_out;
};

}  // namespace flowscope::test
