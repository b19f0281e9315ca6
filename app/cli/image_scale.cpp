#include "app/cli/image_scale.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace flowscope::cli {

namespace {

struct Tap {
    int index;
    float weight;
};

// For every destination pixel along one axis, the source pixels and weights that make it.
std::vector<std::vector<Tap>> axisWeights(int src, int dst) {
    std::vector<std::vector<Tap>> out(static_cast<size_t>(dst));
    const double ratio = double(src) / double(dst);
    for (int i = 0; i < dst; ++i) {
        auto& taps = out[size_t(i)];
        if (dst < src) {
            // Box filter: the share of each source pixel inside [i, i+1) * ratio.
            const double begin = i * ratio;
            const double end = (i + 1) * ratio;
            for (int s = int(std::floor(begin)); s < int(std::ceil(end)) && s < src; ++s) {
                const double overlap = std::min(end, double(s + 1)) - std::max(begin, double(s));
                if (overlap > 0) {
                    taps.push_back({s, float(overlap / ratio)});
                }
            }
        } else {
            // Bilinear between the two nearest source pixel centres.
            const double centre = (i + 0.5) * ratio - 0.5;
            const int s0 = int(std::floor(centre));
            const double t = centre - s0;
            const int a = std::clamp(s0, 0, src - 1);
            const int b = std::clamp(s0 + 1, 0, src - 1);
            taps.push_back({a, float(1 - t)});
            taps.push_back({b, float(t)});
        }
    }
    return out;
}

}  // namespace

RgbaImage resizeImage(const RgbaImage& source, int width, int height) {
    if (source.width == width && source.height == height) {
        return source;
    }
    const int sw = source.width;
    const int sh = source.height;
    // Premultiplied floats.
    std::vector<float> pre(size_t(sw) * size_t(sh) * 4);
    for (size_t i = 0; i < size_t(sw) * size_t(sh); ++i) {
        const float a = source.rgba[i * 4 + 3] / 255.0f;
        pre[i * 4 + 0] = source.rgba[i * 4 + 0] * a;
        pre[i * 4 + 1] = source.rgba[i * 4 + 1] * a;
        pre[i * 4 + 2] = source.rgba[i * 4 + 2] * a;
        pre[i * 4 + 3] = source.rgba[i * 4 + 3];
    }
    const auto wx = axisWeights(sw, width);
    const auto wy = axisWeights(sh, height);
    std::vector<float> rows(size_t(width) * size_t(sh) * 4, 0.0f);  // horizontal pass
    for (int y = 0; y < sh; ++y) {
        for (int x = 0; x < width; ++x) {
            float* o = &rows[(size_t(y) * size_t(width) + size_t(x)) * 4];
            for (const Tap& t : wx[size_t(x)]) {
                const float* s = &pre[(size_t(y) * size_t(sw) + size_t(t.index)) * 4];
                for (int c = 0; c < 4; ++c) {
                    o[c] += s[c] * t.weight;
                }
            }
        }
    }
    RgbaImage out;
    out.width = width;
    out.height = height;
    out.rgba.resize(size_t(width) * size_t(height) * 4);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            float acc[4] = {0, 0, 0, 0};
            for (const Tap& t : wy[size_t(y)]) {
                const float* s = &rows[(size_t(t.index) * size_t(width) + size_t(x)) * 4];
                for (int c = 0; c < 4; ++c) {
                    acc[c] += s[c] * t.weight;
                }
            }
            uint8_t* o = &out.rgba[(size_t(y) * size_t(width) + size_t(x)) * 4];
            const float a = std::clamp(acc[3], 0.0f, 255.0f);
            o[3] = uint8_t(std::lround(a));
            for (int c = 0; c < 3; ++c) {
                const float straight = a > 0.0f ? acc[c] / (a / 255.0f) : 0.0f;
                o[c] = uint8_t(std::lround(std::clamp(straight, 0.0f, 255.0f)));
            }
        }
    }
    return out;
}

RgbaImage fitToSquare(const RgbaImage& source, int size) {
    if (source.width == size && source.height == size) {
        return source;
    }
    const double scale = double(size) / double(std::max(source.width, source.height));
    const int w = std::clamp(int(std::lround(source.width * scale)), 1, size);
    const int h = std::clamp(int(std::lround(source.height * scale)), 1, size);
    const RgbaImage scaled = resizeImage(source, w, h);
    if (w == size && h == size) {
        return scaled;
    }
    RgbaImage out;
    out.width = size;
    out.height = size;
    out.rgba.assign(size_t(size) * size_t(size) * 4, 0);
    const int ox = (size - w) / 2;
    const int oy = (size - h) / 2;
    for (int y = 0; y < h; ++y) {
        std::copy_n(&scaled.rgba[size_t(y) * size_t(w) * 4], size_t(w) * 4,
                    &out.rgba[(size_t(y + oy) * size_t(size) + size_t(ox)) * 4]);
    }
    return out;
}

}  // namespace flowscope::cli
