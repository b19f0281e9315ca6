// The Windows icon backend end to end (core/icons/windows), run under wine by
// tools/cross_windows.sh: a packaged app's logo file, the icon resource of this test program
// (known pixels, see make_windows_test_icons.py) and of notepad.exe as RGBA pixels, icons
// without alpha (AND mask) and monochrome icons.
#include <gtest/gtest.h>

#include "core/icons/windows/hicon_pixels.h"

#include <memory>
#include <string>

#include "core/icons/icon_backend.h"
#include "core/icons/windows/utf8_path.h"
#include "tests/icons/appx_fixture.h"

namespace flowscope {
namespace {

std::string selfPath() {
    std::wstring buffer(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
    buffer.resize(n);
    return winicons::pathToUtf8(std::filesystem::path(buffer));
}

const uint8_t* pixel(const IconImage& image, int x, int y) {
    return &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
}

TEST(WindowsIconBackend, IsTheSystemBackend) {
    EXPECT_STREQ(createSystemIconBackend()->name(), "windows");
}

TEST(WindowsIconBackend, OwnIconResourceAsExactPixels) {
    IconLookup found = createSystemIconBackend()->lookup(selfPath(), 32);
    ASSERT_EQ(found.image.kind, IconImage::Kind::Pixels)
        << (found.explanation.empty() ? "" : found.explanation.back());
    ASSERT_EQ(found.image.width, 32);
    ASSERT_EQ(found.image.height, 32);
    ASSERT_EQ(found.image.rgba.size(), 32u * 32u * 4u);
    // Same formulas as make_windows_test_icons.py (alpha.ico): straight alpha, RGBA, top down.
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            const uint8_t* p = pixel(found.image, x, y);
            if (y == 0) {
                ASSERT_EQ(p[3], 0) << x << "," << y;
                continue;
            }
            ASSERT_EQ(p[0], 8 * x) << x << "," << y;
            ASSERT_EQ(p[1], 8 * y) << x << "," << y;
            ASSERT_EQ(p[2], 0x40) << x << "," << y;
            ASSERT_EQ(p[3], x < 16 ? 255 : 128) << x << "," << y;
        }
    }
    ASSERT_FALSE(found.explanation.empty());
    EXPECT_NE(found.explanation.back().find("icon resource #0"), std::string::npos);
}

TEST(WindowsIconBackend, ScalesToTheRequestedSize) {
    IconLookup found = createSystemIconBackend()->lookup(selfPath(), 48);
    ASSERT_EQ(found.image.kind, IconImage::Kind::Pixels);
    EXPECT_EQ(found.image.width, 48);
    EXPECT_EQ(found.image.height, 48);
}

TEST(WindowsIconBackend, NotepadGivesPixels) {
    wchar_t windows[MAX_PATH] = {};
    ASSERT_GT(GetWindowsDirectoryW(windows, MAX_PATH), 0u);
    const std::filesystem::path notepad = std::filesystem::path(windows) / L"notepad.exe";
    if (!std::filesystem::exists(notepad)) {
        GTEST_SKIP() << "no " << winicons::pathToUtf8(notepad) << " on this system";
    }
    IconLookup found = createSystemIconBackend()->lookup(winicons::pathToUtf8(notepad), 32);
    ASSERT_EQ(found.image.kind, IconImage::Kind::Pixels)
        << (found.explanation.empty() ? "" : found.explanation.back());
    EXPECT_EQ(found.image.width, 32);
    EXPECT_EQ(found.image.height, 32);
    ASSERT_EQ(found.image.rgba.size(), size_t(found.image.width * found.image.height * 4));
    int opaque = 0;
    int transparent = 0;
    for (size_t i = 3; i < found.image.rgba.size(); i += 4) {
        opaque += found.image.rgba[i] == 255;
        transparent += found.image.rgba[i] == 0;
    }
    EXPECT_GT(opaque, 32 * 32 / 8) << "an icon is mostly not transparent";
    EXPECT_GT(transparent, 0) << "an application icon has a transparent outline";
}

TEST(WindowsIconBackend, PackagedAppGivesItsLogoFile) {
    const testing_png::AppxFixture fixture = testing_png::AppxFixture::create();
    IconLookup found = createSystemIconBackend()->lookup(winicons::pathToUtf8(fixture.viewer), 48);
    fixture.remove();
    ASSERT_EQ(found.image.kind, IconImage::Kind::File);
    EXPECT_EQ(found.image.format, "png");
    EXPECT_EQ(found.image.width, 48);
    EXPECT_EQ(found.image.height, 48);
    const std::filesystem::path file = winicons::pathFromUtf8(found.image.filePath);
    EXPECT_EQ(file.filename(), "Square44x44Logo.targetsize-48_altform-unplated.png");
    EXPECT_EQ(file.parent_path().parent_path(), fixture.package);
}

TEST(WindowsIconBackend, UnicodePackagePath) {
    testing_png::AppxFixture fixture = testing_png::AppxFixture::create();
    const std::filesystem::path moved =
        fixture.base / L"\u00dcbersicht-\u6d4b\u8bd5" / fixture.package.filename();
    std::filesystem::create_directories(moved.parent_path());
    std::filesystem::rename(fixture.package, moved);
    const std::string program = winicons::pathToUtf8(moved / "App" / "Viewer.exe");
    IconLookup found = createSystemIconBackend()->lookup(program, 88);
    fixture.remove();
    ASSERT_EQ(found.image.kind, IconImage::Kind::File);
    EXPECT_EQ(found.image.filePath,
              winicons::pathToUtf8(moved / "Assets" / "Square44x44Logo.scale-200.png"));
}

TEST(WindowsIconBackend, MissingProgramGivesNothing) {
    IconLookup found = createSystemIconBackend()->lookup("C:\\no\\such\\program.exe", 32);
    EXPECT_EQ(found.image.kind, IconImage::Kind::None);
    ASSERT_EQ(found.explanation.size(), 1u);
    EXPECT_NE(found.explanation[0].find("program not found"), std::string::npos);
}

TEST(HiconPixels, IconWithoutAlphaTakesTransparencyFromTheMask) {
    HICON icon = static_cast<HICON>(
        LoadImageW(GetModuleHandleW(nullptr), MAKEINTRESOURCEW(2), IMAGE_ICON, 32, 32, 0));
    ASSERT_NE(icon, nullptr);
    std::optional<winicons::RgbaPixels> pixels = winicons::pixelsFromIcon(icon);
    DestroyIcon(icon);
    ASSERT_TRUE(pixels.has_value());
    ASSERT_EQ(pixels->width, 32);
    ASSERT_EQ(pixels->height, 32);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            const uint8_t* p = &pixels->rgba[size_t(y * 32 + x) * 4];
            if (x < 8) {
                ASSERT_EQ(p[3], 0) << x << "," << y;
            } else {
                ASSERT_EQ(p[3], 255) << x << "," << y;
                ASSERT_EQ(p[0], 200);
                ASSERT_EQ(p[1], 100);
                ASSERT_EQ(p[2], 50);
            }
        }
    }
}

TEST(HiconPixels, MonochromeIcon) {
    // 16x16, 1 bit: AND mask (1 = transparent) and XOR mask, rows of 2 bytes.
    // Rows 0-7: AND 1, XOR 0 -> transparent; rows 8-15: AND 0, XOR = left half 1 (white),
    // right half 0 (black).
    uint8_t andBits[32];
    uint8_t xorBits[32];
    for (int y = 0; y < 16; ++y) {
        andBits[y * 2] = andBits[y * 2 + 1] = y < 8 ? 0xFF : 0x00;
        xorBits[y * 2] = y < 8 ? 0x00 : 0xFF;
        xorBits[y * 2 + 1] = 0x00;
    }
    HICON icon = CreateIcon(GetModuleHandleW(nullptr), 16, 16, 1, 1, andBits, xorBits);
    ASSERT_NE(icon, nullptr);
    std::optional<winicons::RgbaPixels> pixels = winicons::pixelsFromIcon(icon);
    DestroyIcon(icon);
    ASSERT_TRUE(pixels.has_value());
    ASSERT_EQ(pixels->width, 16);
    ASSERT_EQ(pixels->height, 16);
    auto at = [&](int x, int y) { return &pixels->rgba[size_t(y * 16 + x) * 4]; };
    EXPECT_EQ(at(3, 2)[3], 0);
    EXPECT_EQ(at(3, 12)[3], 255);
    EXPECT_EQ(at(3, 12)[0], 255);  // white
    EXPECT_EQ(at(12, 12)[3], 255);
    EXPECT_EQ(at(12, 12)[0], 0);  // black
}

TEST(HiconPixels, RejectsANullHandle) {
    EXPECT_FALSE(winicons::pixelsFromIcon(nullptr).has_value());
}

}  // namespace
}  // namespace flowscope
