// The macOS icon backend on a real system: an application's icon as PNG bytes at the requested
// size, helpers inside a bundle getting the outermost application's icon, and nothing for
// programs outside any bundle. Runs only on macOS.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <initializer_list>
#include <memory>
#include <string>

#include "core/icons/icon_backend.h"

namespace flowscope {
namespace {

bool exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0;
}

// Safari's and Finder's locations moved between macOS versions; take the first that exists.
std::string firstExisting(std::initializer_list<const char*> paths) {
    for (const char* p : paths) {
        if (exists(p)) {
            return p;
        }
    }
    return {};
}

bool isPng(const IconImage& image) {
    return image.bytes.size() > 24 && image.bytes[0] == 0x89 && image.bytes[1] == 'P' &&
           image.bytes[2] == 'N' && image.bytes[3] == 'G';
}

int pngWidth(const IconImage& image) {
    return (image.bytes[16] << 24) | (image.bytes[17] << 16) | (image.bytes[18] << 8) |
           image.bytes[19];
}

TEST(MacIconBackend, ApplicationIconAsPngAtTheRequestedSize) {
    const std::string app =
        firstExisting({"/System/Applications/Calculator.app", "/Applications/Calculator.app"});
    ASSERT_FALSE(app.empty()) << "no Calculator.app on this Mac";
    std::unique_ptr<IconBackend> backend = createSystemIconBackend();
    EXPECT_STREQ(backend->name(), "macos");
    for (int size : {16, 64, 256}) {
        IconLookup found = backend->lookup(app + "/Contents/MacOS/Calculator", size);
        ASSERT_EQ(found.image.kind, IconImage::Kind::Encoded)
            << (found.explanation.empty() ? "" : found.explanation.back());
        EXPECT_EQ(found.image.format, "png");
        ASSERT_TRUE(isPng(found.image));
        EXPECT_EQ(pngWidth(found.image), size);
        EXPECT_EQ(found.image.width, size);
        ASSERT_FALSE(found.explanation.empty());
        EXPECT_EQ(found.explanation.front(), "app bundle: " + app);
    }
}

TEST(MacIconBackend, HelperInsideABundleGetsTheOutermostApplication) {
    const std::string app = firstExisting(
        {"/System/Library/CoreServices/Finder.app", "/System/Applications/Calculator.app"});
    ASSERT_FALSE(app.empty());
    const std::string nested = app + "/Contents/Applications/Helper.app/Contents/MacOS/Helper";
    IconLookup found = createSystemIconBackend()->lookup(nested, 32);
    ASSERT_FALSE(found.explanation.empty());
    EXPECT_EQ(found.explanation.front(), "app bundle: " + app);
    EXPECT_EQ(found.image.kind, IconImage::Kind::Encoded);
}

TEST(MacIconBackend, ProgramOutsideABundleGivesNothing) {
    IconLookup found = createSystemIconBackend()->lookup("/bin/ls", 32);
    EXPECT_EQ(found.image.kind, IconImage::Kind::None);
    ASSERT_EQ(found.explanation.size(), 1u);
    EXPECT_NE(found.explanation[0].find("not inside an .app bundle"), std::string::npos);
}

}  // namespace
}  // namespace flowscope
