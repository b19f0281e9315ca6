#include "core/icons/image_probe.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/icons/xpm_image.h"

namespace flowscope {

namespace {

uint32_t bigEndian32(const unsigned char* p) {
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

}  // namespace

std::string imageFormatOf(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext.empty()) {
        return {};
    }
    ext.erase(0, 1);
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
    }
    return ext;
}

ImageSize probeImageFile(const std::string& path, const std::string& format) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {};
    }
    if (format == "png") {
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
        unsigned char head[24];
        if (!in.read(reinterpret_cast<char*>(head), sizeof head)) {
            return {};
        }
        static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (!std::equal(kSignature, kSignature + 8, head) ||
            std::string(reinterpret_cast<const char*>(head + 12), 4) != "IHDR") {
            return {};
        }
        const uint32_t w = bigEndian32(head + 16);
        const uint32_t h = bigEndian32(head + 20);
        if (w == 0 || h == 0 || w > 0x7fffffffu || h > 0x7fffffffu) {
            return {};
        }
        return {int(w), int(h)};
    }
    if (format == "xpm") {
        std::string text(64 * 1024, '\0');
        in.read(text.data(), std::streamsize(text.size()));
        text.resize(size_t(in.gcount()));
        const XpmSize s = probeXpmSize(text);
        return {s.width, s.height};
    }
    return {};
}

}  // namespace flowscope
