// The XPM reader: colours (hex, names, None), visual keys, multi-character pixels, XPM2, and
// damaged files refused with one sentence.
#include "core/icons/xpm_image.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/icons/image_probe.h"
#include "core/icons/x11_colors.h"

using namespace flowscope;

namespace {

std::array<int, 4> pixel(const RgbaImage& img, int x, int y) {
    const uint8_t* p = &img.rgba[(size_t(y) * size_t(img.width) + size_t(x)) * 4];
    return {p[0], p[1], p[2], p[3]};
}

const std::string kData = std::string(FLOWSCOPE_TEST_DATA) + "/icons";

}  // namespace

TEST(Xpm, ColoursAndTransparency) {
    auto img = parseXpm(R"(/* XPM */
static char * icon_xpm[] = {
/* width height ncolors cpp */
"4 2 5 1 0 0",
/* colours */
"  c None",
". c #FF8000 m black",
"# s border c light slate grey",
"x c #fff",
"o m white c #111122223333",
"  .#",
"xo  "};
)");
    ASSERT_TRUE(img.ok()) << img.error().message;
    EXPECT_EQ(img->width, 4);
    EXPECT_EQ(img->height, 2);
    EXPECT_EQ(pixel(*img, 0, 0), (std::array<int, 4>{0, 0, 0, 0}));
    EXPECT_EQ(pixel(*img, 2, 0), (std::array<int, 4>{255, 128, 0, 255}));
    EXPECT_EQ(pixel(*img, 3, 0), (std::array<int, 4>{119, 136, 153, 255}));
    EXPECT_EQ(pixel(*img, 0, 1), (std::array<int, 4>{255, 255, 255, 255}));
    EXPECT_EQ(pixel(*img, 1, 1), (std::array<int, 4>{0x11, 0x22, 0x33, 255}));
}

TEST(Xpm, TwoCharactersPerPixelAndXpm2) {
    auto img = parseXpm(
        "/* XPM */\nstatic const char *x[] = {\"2 1 2 2\",\"a. c red\","
        "\"b. c gray50\",\"b.a.\"};");
    ASSERT_TRUE(img.ok()) << img.error().message;
    EXPECT_EQ(pixel(*img, 0, 0), (std::array<int, 4>{127, 127, 127, 255}));
    EXPECT_EQ(pixel(*img, 1, 0), (std::array<int, 4>{255, 0, 0, 255}));
    auto two = parseXpm("! XPM2\n2 2 2 1\n# c #000000\n. c None\n#.\n.#\n");
    ASSERT_TRUE(two.ok()) << two.error().message;
    EXPECT_EQ(pixel(*two, 0, 0)[3], 255);
    EXPECT_EQ(pixel(*two, 1, 0)[3], 0);
}

TEST(Xpm, X11ColourNames) {
    EXPECT_EQ(x11Color("Navy Blue")->b, 128);
    EXPECT_EQ(x11Color("grey100")->r, 255);
    EXPECT_EQ(x11Color("gray0")->r, 0);
    EXPECT_FALSE(x11Color("gray101"));
    EXPECT_FALSE(x11Color("no such colour"));
}

TEST(Xpm, DamagedFilesAreRefused) {
    const char* bad[] = {
        "/* XPM */ {\"2 2 1 1\", \"a c red\", \"aa\"};",  // a row missing
        "/* XPM */ {\"2 1 1 1\", \"a c red\", \"a\"};",   // a row too short
        "/* XPM */ {\"1 1 1 1\", \"a c red\", \"b\"};",   // undefined colour key
        "/* XPM */ {\"0 1 1 1\", \"a c red\", \"\"};",    // zero width
        "/* XPM */ {\"5000 5000 1 1\", \"a c red\"};",    // too large
        "/* XPM */ {\"1 1 1 9\", \"a c red\", \"a\"};",   // too many chars per pixel
        "/* XPM */ {\"1 1 1 1\", \"a c red\", \"a",       // string not closed
        "/* XPM */ /* comment not closed",                //
        "/* XPM */ {\"x y z w\"};",                       // values not numbers
        "just some text",                                 // not an XPM
    };
    for (const char* text : bad) {
        auto img = parseXpm(text);
        ASSERT_FALSE(img.ok()) << text;
        const std::string& m = img.error().message;
        EXPECT_EQ(std::count(m.begin(), m.end(), '.'), 1) << m;
    }
}

TEST(Xpm, FixtureFileAndProbe) {
    const std::string path = kData + "/pixmaps/absolute.xpm";
    auto img = loadXpmFile(path);
    ASSERT_TRUE(img.ok()) << img.error().message;
    EXPECT_EQ(img->width, 16);
    EXPECT_EQ(img->height, 16);
    EXPECT_EQ(pixel(*img, 0, 0), (std::array<int, 4>{255, 128, 0, 255}));
    EXPECT_EQ(pixel(*img, 1, 0), (std::array<int, 4>{0, 0, 128, 255}));  // navy
    EXPECT_EQ(pixel(*img, 15, 0), (std::array<int, 4>{0, 0, 0, 0}));     // None
    EXPECT_EQ(probeImageFile(path, "xpm").width, 16);
    EXPECT_EQ(probeImageFile(kData + "/pixmaps/wide.png", "png").width, 20);
    EXPECT_EQ(probeImageFile(kData + "/pixmaps/wide.png", "png").height, 10);
    EXPECT_EQ(probeImageFile(kData + "/pixmaps/broken.png", "png").width, 0);
    EXPECT_EQ(imageFormatOf("/a/b.PNG"), "png");
    EXPECT_EQ(imageFormatOf("/a/b"), "");
    EXPECT_FALSE(loadXpmFile(kData + "/nonexistent.xpm").ok());
}
