// The freedesktop backend end to end on fixture trees: desktop entries written into a
// temporary XDG data folder, icon themes from tests/data/icons.
#include "core/icons/freedesktop/freedesktop_backend.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

#include "core/icons/icon_service.h"
#include "tests/icons/temp_tree.h"

using namespace flowscope;
using namespace flowscope::freedesktop;
using flowscope::test::TempTree;

namespace {

const std::string kData = std::string(FLOWSCOPE_TEST_DATA) + "/icons";

struct Scene {
    TempTree tree;
    FreedesktopConfig config;

    explicit Scene(const std::string& theme = "Child") {
        config.applicationDirs = {tree.dir("share/applications")};
        config.iconBaseDirs = {kData + "/themes/base1", kData + "/themes/base2",
                               kData + "/themes/pixmaps"};
        config.searchPath = {tree.dir("bin")};
        config.theme = theme;
        config.themeSource = "test";
        config.recheck = std::chrono::milliseconds(0);
    }
    std::string program(const std::string& name, const std::string& icon) {
        const std::string exe = tree.program("bin/" + name);
        if (!icon.empty()) {
            tree.write("share/applications/" + name + ".desktop",
                       "[Desktop Entry]\nType=Application\nName=" + name + "\nExec=" + name +
                           " %F\n" + (icon == "-" ? std::string() : "Icon=" + icon + "\n"));
        }
        return exe;
    }
};

bool hasLine(const IconLookup& r, const std::string& text) {
    return std::any_of(r.explanation.begin(), r.explanation.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

std::string joined(const IconLookup& r) {
    std::string s;
    for (const auto& l : r.explanation) {
        s += l + "\n";
    }
    return s;
}

}  // namespace

TEST(FreedesktopBackend, EntryIconInTheThemeChain) {
    Scene s;
    const std::string exe = s.program("editor", "both");
    FreedesktopIconBackend backend(s.config);
    EXPECT_STREQ(backend.name(), "freedesktop");
    const IconLookup r = backend.lookup(exe, 32);
    ASSERT_EQ(r.image.kind, IconImage::Kind::File) << joined(r);
    EXPECT_EQ(r.image.filePath, kData + "/themes/base1/Child/32x32/apps/both.png");
    EXPECT_EQ(r.image.format, "png");
    EXPECT_EQ(r.image.width, 32);
    EXPECT_EQ(r.image.height, 32);
    EXPECT_EQ(r.explanation.front(), "executable: " + exe);
    EXPECT_TRUE(hasLine(r, "icon theme: Child (from test); searched: Child -> Parent -> hicolor"))
        << joined(r);
    EXPECT_TRUE(hasLine(r, "desktop entry: " + s.tree.path("share/applications/editor.desktop") +
                               " (Exec 'editor' resolves to the same file"))
        << joined(r);
    EXPECT_TRUE(hasLine(r, "icon: both"));
    EXPECT_TRUE(hasLine(r, "file: " + r.image.filePath + " (Child 32x32/apps (Fixed, size 32))"))
        << joined(r);
}

TEST(FreedesktopBackend, IconIsAnAbsolutePathToAnXpm) {
    Scene s;
    const std::string xpm = kData + "/pixmaps/absolute.xpm";
    const std::string exe = s.program("legacyapp", xpm);
    FreedesktopIconBackend backend(s.config);
    for (int size : {16, 48, 256}) {
        const IconLookup r = backend.lookup(exe, size);
        ASSERT_EQ(r.image.kind, IconImage::Kind::File) << joined(r);
        EXPECT_EQ(r.image.filePath, xpm);
        EXPECT_EQ(r.image.format, "xpm");
        EXPECT_EQ(r.image.width, 16);  // from the XPM's values line
        EXPECT_TRUE(hasLine(r, "absolute path in Icon="));
    }
}

TEST(FreedesktopBackend, MissingAbsolutePathAndNameWithExtensionFallBackToTheName) {
    Scene s;
    const std::string a = s.program("moved", "/nonexistent/icons/both.png");
    const std::string b = s.program("withext", "hicoloronly.png");
    FreedesktopIconBackend backend(s.config);
    const IconLookup ra = backend.lookup(a, 32);
    EXPECT_EQ(ra.image.filePath, kData + "/themes/base1/Child/32x32/apps/both.png") << joined(ra);
    EXPECT_TRUE(hasLine(ra, "does not exist; looking up the name 'both'"));
    const IconLookup rb = backend.lookup(b, 32);
    EXPECT_EQ(rb.image.filePath, kData + "/themes/base1/hicolor/32x32/apps/hicoloronly.png")
        << joined(rb);
}

TEST(FreedesktopBackend, WithoutAnEntryAnIconNamedLikeTheExecutable) {
    Scene s;
    const std::string noIcon = s.program("legacy", "-");  // an entry without Icon=
    const std::string noEntry = s.program("hicoloronly", "");
    const std::string upper = s.program("Sizes", "");
    FreedesktopIconBackend backend(s.config);
    const IconLookup r1 = backend.lookup(noIcon, 48);
    EXPECT_EQ(r1.image.filePath, kData + "/themes/pixmaps/legacy.xpm") << joined(r1);
    EXPECT_TRUE(hasLine(r1, "the desktop entry has no Icon= key"));
    const IconLookup r2 = backend.lookup(noEntry, 32);
    EXPECT_EQ(r2.image.filePath, kData + "/themes/base1/hicolor/32x32/apps/hicoloronly.png");
    EXPECT_TRUE(hasLine(r2, "desktop entry: none matches this program"));
    const IconLookup r3 = backend.lookup(upper, 48);
    EXPECT_EQ(r3.image.filePath, kData + "/themes/base1/hicolor/48x48/apps/sizes.png")
        << joined(r3);
}

TEST(FreedesktopBackend, NothingFoundMeansTheGenericIcon) {
    Scene s("NoSuchTheme");
    const std::string exe = s.program("nothing-like-this", "no-such-icon");
    FreedesktopIconBackend backend(s.config);
    const IconLookup r = backend.lookup(exe, 48);
    EXPECT_EQ(r.image.kind, IconImage::Kind::None);
    EXPECT_EQ(r.explanation.back(), "no icon found: the generic program icon applies");
    EXPECT_TRUE(hasLine(r, "icon theme: NoSuchTheme (from test), not installed; searched: hicolor"))
        << joined(r);
    EXPECT_TRUE(hasLine(r, "no file found for the icon 'no-such-icon'"));
}

TEST(FreedesktopBackend, NewEntriesAreSeenWithoutRestarting) {
    Scene s;
    const std::string exe = s.program("newcomer", "");
    FreedesktopIconBackend backend(s.config);
    EXPECT_EQ(backend.lookup(exe, 32).image.kind, IconImage::Kind::None);
    s.tree.write("share/applications/newcomer.desktop",
                 "[Desktop Entry]\nType=Application\nName=N\nExec=newcomer\nIcon=both\n");
    EXPECT_EQ(backend.lookup(exe, 32).image.kind, IconImage::Kind::File);
}

TEST(FreedesktopBackend, ConcurrentRequestsThroughTheService) {
    Scene s;
    std::vector<std::string> exes;
    for (int i = 0; i < 12; ++i) {
        exes.push_back(s.program("app" + std::to_string(i), i % 2 ? "both" : "sizes"));
    }
    auto backend = std::make_shared<FreedesktopIconBackend>(s.config);
    IconServiceOptions options;
    options.threads = 4;
    IconService service(backend, options);
    std::atomic<int> answers{0};
    std::atomic<int> files{0};
    std::vector<std::thread> askers;
    for (int t = 0; t < 4; ++t) {
        askers.emplace_back([&] {
            for (int round = 0; round < 50; ++round) {
                for (const std::string& exe : exes) {
                    auto cached =
                        service.request(exe, 48, [&](const std::string&, int, IconLookupPtr r) {
                            ++answers;
                            files += r->image.kind == IconImage::Kind::File;
                        });
                    if (cached) {
                        EXPECT_EQ(cached->image.kind, IconImage::Kind::File);
                    }
                }
            }
        });
    }
    for (auto& t : askers) {
        t.join();
    }
    service.waitIdle();
    EXPECT_GE(answers.load(), 12);
    EXPECT_EQ(answers.load(), files.load());
    // Every key was looked up once: later requests were joined or answered from the cache.
    EXPECT_EQ(service.cache().stats().misses, 12u);
    EXPECT_EQ(service.cache().size(), 12u);
}

TEST(FreedesktopBackend, SystemBackendIsFreedesktop) {
    EXPECT_STREQ(createSystemIconBackend()->name(), "freedesktop");
}
