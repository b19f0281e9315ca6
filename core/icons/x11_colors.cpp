#include "core/icons/x11_colors.h"

#include <cmath>
#include <string>

namespace flowscope {

namespace {

struct Named {
    const char* name;
    uint8_t r, g, b;
};

// Values from X11's rgb.txt (xorg-rgb). Lower case, no spaces.
constexpr Named kColors[] = {
    {"black", 0, 0, 0},
    {"white", 255, 255, 255},
    {"red", 255, 0, 0},
    {"green", 0, 255, 0},
    {"blue", 0, 0, 255},
    {"yellow", 255, 255, 0},
    {"cyan", 0, 255, 255},
    {"magenta", 255, 0, 255},
    {"gray", 190, 190, 190},
    {"grey", 190, 190, 190},
    {"darkgray", 169, 169, 169},
    {"darkgrey", 169, 169, 169},
    {"lightgray", 211, 211, 211},
    {"lightgrey", 211, 211, 211},
    {"dimgray", 105, 105, 105},
    {"dimgrey", 105, 105, 105},
    {"slategray", 112, 128, 144},
    {"slategrey", 112, 128, 144},
    {"lightslategray", 119, 136, 153},
    {"lightslategrey", 119, 136, 153},
    {"darkslategray", 47, 79, 79},
    {"darkslategrey", 47, 79, 79},
    {"gainsboro", 220, 220, 220},
    {"whitesmoke", 245, 245, 245},
    {"orange", 255, 165, 0},
    {"darkorange", 255, 140, 0},
    {"brown", 165, 42, 42},
    {"pink", 255, 192, 203},
    {"lightpink", 255, 182, 193},
    {"hotpink", 255, 105, 180},
    {"deeppink", 255, 20, 147},
    {"purple", 160, 32, 240},
    {"navy", 0, 0, 128},
    {"navyblue", 0, 0, 128},
    {"maroon", 176, 48, 96},
    {"gold", 255, 215, 0},
    {"goldenrod", 218, 165, 32},
    {"darkgoldenrod", 184, 134, 11},
    {"darkgreen", 0, 100, 0},
    {"darkred", 139, 0, 0},
    {"darkblue", 0, 0, 139},
    {"darkcyan", 0, 139, 139},
    {"darkmagenta", 139, 0, 139},
    {"steelblue", 70, 130, 180},
    {"skyblue", 135, 206, 235},
    {"deepskyblue", 0, 191, 255},
    {"lightblue", 173, 216, 230},
    {"dodgerblue", 30, 144, 255},
    {"cornflowerblue", 100, 149, 237},
    {"royalblue", 65, 105, 225},
    {"mediumblue", 0, 0, 205},
    {"midnightblue", 25, 25, 112},
    {"slateblue", 106, 90, 205},
    {"cadetblue", 95, 158, 160},
    {"powderblue", 176, 224, 230},
    {"turquoise", 64, 224, 208},
    {"aquamarine", 127, 255, 212},
    {"beige", 245, 245, 220},
    {"tan", 210, 180, 140},
    {"khaki", 240, 230, 140},
    {"darkkhaki", 189, 183, 107},
    {"wheat", 245, 222, 179},
    {"violet", 238, 130, 238},
    {"darkviolet", 148, 0, 211},
    {"blueviolet", 138, 43, 226},
    {"violetred", 208, 32, 144},
    {"orchid", 218, 112, 214},
    {"darkorchid", 153, 50, 204},
    {"mediumorchid", 186, 85, 211},
    {"mediumpurple", 147, 112, 219},
    {"plum", 221, 160, 221},
    {"thistle", 216, 191, 216},
    {"salmon", 250, 128, 114},
    {"coral", 255, 127, 80},
    {"tomato", 255, 99, 71},
    {"firebrick", 178, 34, 34},
    {"indianred", 205, 92, 92},
    {"chocolate", 210, 105, 30},
    {"sienna", 160, 82, 45},
    {"saddlebrown", 139, 69, 19},
    {"sandybrown", 244, 164, 96},
    {"peru", 205, 133, 63},
    {"burlywood", 222, 184, 135},
    {"rosybrown", 188, 143, 143},
    {"forestgreen", 34, 139, 34},
    {"seagreen", 46, 139, 87},
    {"limegreen", 50, 205, 50},
    {"lawngreen", 124, 252, 0},
    {"chartreuse", 127, 255, 0},
    {"springgreen", 0, 255, 127},
    {"yellowgreen", 154, 205, 50},
    {"olivedrab", 107, 142, 35},
    {"darkolivegreen", 85, 107, 47},
    {"lightyellow", 255, 255, 224},
    {"ivory", 255, 255, 240},
    {"snow", 255, 250, 250},
    {"linen", 250, 240, 230},
    {"lavender", 230, 230, 250},
    {"honeydew", 240, 255, 240},
    {"mintcream", 245, 255, 250},
    {"azure", 240, 255, 255},
    {"aliceblue", 240, 248, 255},
    {"ghostwhite", 248, 248, 255},
    {"seashell", 255, 245, 238},
    {"oldlace", 253, 245, 230},
    {"floralwhite", 255, 250, 240},
    {"antiquewhite", 250, 235, 215},
    {"papayawhip", 255, 239, 213},
    {"blanchedalmond", 255, 235, 205},
    {"bisque", 255, 228, 196},
    {"peachpuff", 255, 218, 185},
    {"navajowhite", 255, 222, 173},
    {"moccasin", 255, 228, 181},
    {"cornsilk", 255, 248, 220},
    {"lemonchiffon", 255, 250, 205},
    {"mistyrose", 255, 228, 225},
    {"lavenderblush", 255, 240, 245},
    {"palevioletred", 219, 112, 147},
    {"mediumvioletred", 199, 21, 133},
};

}  // namespace

std::optional<Rgb> x11Color(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    for (char c : name) {
        if (c == ' ' || c == '\t') {
            continue;
        }
        key.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    for (const Named& n : kColors) {
        if (key == n.name) {
            return Rgb{n.r, n.g, n.b};
        }
    }
    // grayN / greyN, N = 0..100: the level is N percent of 255, rounded as rgb.txt has it.
    if (key.size() > 4 && (key.compare(0, 4, "gray") == 0 || key.compare(0, 4, "grey") == 0) &&
        key.size() <= 7) {
        int level = 0;
        for (size_t i = 4; i < key.size(); ++i) {
            if (key[i] < '0' || key[i] > '9') {
                return std::nullopt;
            }
            level = level * 10 + (key[i] - '0');
        }
        if (level > 100) {
            return std::nullopt;
        }
        const auto v = uint8_t(std::lround(level * 2.55));
        return Rgb{v, v, v};
    }
    return std::nullopt;
}

}  // namespace flowscope
