#if defined(_WIN32)

#include "core/icons/windows/hicon_pixels.h"

namespace flowscope::winicons {

namespace {

// 32-bit BGRA rows, top down, of `rows` scanlines of a bitmap `width` pixels wide.
std::vector<uint8_t> readBgra(HDC dc, HBITMAP bitmap, int width, int rows) {
    BITMAPINFO info{};
    info.bmiHeader.biSize = sizeof(BITMAPINFOHEADER);
    info.bmiHeader.biWidth = width;
    info.bmiHeader.biHeight = -rows;  // negative: top-down rows
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    info.bmiHeader.biCompression = BI_RGB;
    std::vector<uint8_t> bits(size_t(width) * size_t(rows) * 4);
    if (GetDIBits(dc, bitmap, 0, UINT(rows), bits.data(), &info, DIB_RGB_COLORS) != rows) {
        return {};
    }
    return bits;
}

bool isWhite(const uint8_t* bgra) {
    return bgra[0] > 127 && bgra[1] > 127 && bgra[2] > 127;
}

}  // namespace

std::optional<RgbaPixels> pixelsFromIcon(HICON icon) {
    ICONINFO info{};
    if (!icon || !GetIconInfo(icon, &info)) {
        return std::nullopt;
    }
    struct Bitmaps {  // GetIconInfo hands us copies we must delete
        ICONINFO& info;
        ~Bitmaps() {
            if (info.hbmColor) {
                DeleteObject(info.hbmColor);
            }
            if (info.hbmMask) {
                DeleteObject(info.hbmMask);
            }
        }
    } owned{info};
    BITMAP bitmap{};
    HBITMAP measured = info.hbmColor ? info.hbmColor : info.hbmMask;
    if (!measured || GetObjectW(measured, sizeof bitmap, &bitmap) == 0) {
        return std::nullopt;
    }
    const int width = bitmap.bmWidth;
    // A monochrome icon's mask holds the AND mask above the XOR mask: twice the height.
    const int height = info.hbmColor ? bitmap.bmHeight : bitmap.bmHeight / 2;
    if (width <= 0 || height <= 0 || width > 4096 || height > 4096) {
        return std::nullopt;
    }
    HDC dc = CreateCompatibleDC(nullptr);
    if (!dc) {
        return std::nullopt;
    }
    RgbaPixels out;
    out.width = width;
    out.height = height;
    out.rgba.resize(size_t(width) * size_t(height) * 4);
    const size_t count = size_t(width) * size_t(height);
    bool ok = true;
    if (info.hbmColor) {
        const std::vector<uint8_t> color = readBgra(dc, info.hbmColor, width, height);
        ok = !color.empty();
        bool hasAlpha = false;
        for (size_t i = 0; ok && i < count && !hasAlpha; ++i) {
            hasAlpha = color[i * 4 + 3] != 0;
        }
        std::vector<uint8_t> mask;
        if (ok && !hasAlpha) {
            mask =
                info.hbmMask ? readBgra(dc, info.hbmMask, width, height) : std::vector<uint8_t>();
        }
        for (size_t i = 0; ok && i < count; ++i) {
            uint8_t* px = &out.rgba[i * 4];
            px[0] = color[i * 4 + 2];
            px[1] = color[i * 4 + 1];
            px[2] = color[i * 4 + 0];
            if (hasAlpha) {
                px[3] = color[i * 4 + 3];
            } else {
                // AND mask: 1 (white) = transparent; no mask at all: opaque.
                px[3] = (!mask.empty() && isWhite(&mask[i * 4])) ? 0 : 255;
            }
        }
    } else {
        const std::vector<uint8_t> masks = readBgra(dc, info.hbmMask, width, height * 2);
        ok = !masks.empty();
        for (size_t i = 0; ok && i < count; ++i) {
            const bool andBit = isWhite(&masks[i * 4]);
            const bool xorBit = isWhite(&masks[(count + i) * 4]);
            uint8_t* px = &out.rgba[i * 4];
            // AND 1 + XOR 0: transparent; AND 1 + XOR 1 ("invert screen"): shown black.
            const uint8_t value = (!andBit && xorBit) ? 255 : 0;
            px[0] = px[1] = px[2] = value;
            px[3] = (andBit && !xorBit) ? 0 : 255;
        }
    }
    DeleteDC(dc);
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

}  // namespace flowscope::winicons

#endif  // _WIN32
