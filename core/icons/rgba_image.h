// Decoded pixels: width * height * 4 bytes, RGBA, straight alpha, rows top down.
#pragma once

#include <cstdint>
#include <vector>

namespace flowscope {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;

    bool empty() const { return width <= 0 || height <= 0; }
};

}  // namespace flowscope
