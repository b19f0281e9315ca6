// Icon themes (Icon Theme Specification 0.13) on the fixture trees of tests/data/icons/themes
// (made by tests/data/icons/make_fixtures.py): index.theme, the size rules, the lookup order
// over themes and base folders, the fallback folders, refresh, and how the theme is chosen.
#include <gtest/gtest.h>

#include <map>

#include "core/icons/freedesktop/icon_finder.h"
#include "core/icons/freedesktop/icon_theme.h"
#include "core/icons/freedesktop/theme_settings.h"
#include "tests/icons/temp_tree.h"

using namespace flowscope::freedesktop;
using flowscope::test::TempTree;
using Type = ThemeDirectory::Type;

namespace {

const std::string kThemes = std::string(FLOWSCOPE_TEST_DATA) + "/icons/themes";

std::vector<std::string> fixtureBases() {
    return {kThemes + "/base1", kThemes + "/base2", kThemes + "/pixmaps"};
}

// The found file relative to the fixture root, "" when nothing was found.
std::string find(IconFinder& finder, const std::string& name, int size, int scale = 1) {
    auto f = finder.find(name, size, scale);
    if (!f) {
        return "";
    }
    return f->path.substr(kThemes.size() + 1);
}

ThemeDirectory dir(Type type, int size, int min, int max, int threshold, int scale = 1) {
    ThemeDirectory d;
    d.type = type;
    d.size = size;
    d.minSize = min;
    d.maxSize = max;
    d.threshold = threshold;
    d.scale = scale;
    return d;
}

}  // namespace

TEST(IconThemeIndex, ParsesDirectoriesAndSkipsUndescribedOnes) {
    const IconThemeIndex t = parseIconThemeIndex(
        "[Icon Theme]\nName=Test\nInherits=breeze, hicolor\n"
        "Directories=16x16/apps,missing/section,nosize/apps,scalable/apps\n"
        "ScaledDirectories=16x16@2/apps\n"
        "[16x16/apps]\nSize=16\n"
        "[nosize/apps]\nType=Fixed\n"
        "[scalable/apps]\nSize=64\nMinSize=8\nMaxSize=512\nType=Scalable\n"
        "[16x16@2/apps]\nSize=16\nScale=2\nType=Fixed\n",
        "test");
    EXPECT_EQ(t.displayName, "Test");
    EXPECT_EQ(t.inherits, (std::vector<std::string>{"breeze", "hicolor"}));
    ASSERT_EQ(t.directories.size(), 3u);
    EXPECT_EQ(t.directories[0].path, "16x16/apps");
    EXPECT_EQ(t.directories[0].type, Type::Threshold);  // the default
    EXPECT_EQ(t.directories[0].threshold, 2);
    EXPECT_EQ(t.directories[0].minSize, 16);
    EXPECT_EQ(t.directories[1].type, Type::Scalable);
    EXPECT_EQ(t.directories[1].minSize, 8);
    EXPECT_EQ(t.directories[1].maxSize, 512);
    EXPECT_EQ(t.directories[2].path, "16x16@2/apps");
    EXPECT_EQ(t.directories[2].scale, 2);
    EXPECT_TRUE(parseIconThemeIndex("not a theme", "x").directories.empty());
}

TEST(IconThemeIndex, SizeMatchAndDistanceAsTheSpecDefinesThem) {
    const auto fixed = dir(Type::Fixed, 32, 32, 32, 2);
    EXPECT_TRUE(directoryMatchesSize(fixed, 32, 1));
    EXPECT_FALSE(directoryMatchesSize(fixed, 33, 1));
    EXPECT_EQ(directorySizeDistance(fixed, 20, 1), 12);
    const auto scalable = dir(Type::Scalable, 64, 8, 512, 2);
    EXPECT_TRUE(directoryMatchesSize(scalable, 8, 1));
    EXPECT_TRUE(directoryMatchesSize(scalable, 512, 1));
    EXPECT_FALSE(directoryMatchesSize(scalable, 513, 1));
    EXPECT_EQ(directorySizeDistance(scalable, 4, 1), 4);
    EXPECT_EQ(directorySizeDistance(scalable, 600, 1), 88);
    EXPECT_EQ(directorySizeDistance(scalable, 100, 1), 0);
    const auto threshold = dir(Type::Threshold, 24, 24, 24, 8);
    EXPECT_TRUE(directoryMatchesSize(threshold, 16, 1));
    EXPECT_TRUE(directoryMatchesSize(threshold, 32, 1));
    EXPECT_FALSE(directoryMatchesSize(threshold, 33, 1));
    EXPECT_EQ(directorySizeDistance(threshold, 33, 1), 9);  // to MaxSize (= Size), per spec
    EXPECT_EQ(directorySizeDistance(threshold, 10, 1), 14);
    const auto scaled = dir(Type::Fixed, 16, 16, 16, 2, 2);
    EXPECT_FALSE(directoryMatchesSize(scaled, 32, 1));  // other scale: never a match
    EXPECT_TRUE(directoryMatchesSize(scaled, 16, 2));
    EXPECT_EQ(directorySizeDistance(scaled, 32, 1), 0);  // but 32 pixels all the same
}

TEST(IconFinder, FixedThresholdScalableAndClosestSize) {
    IconFinder finder(fixtureBases(), "hicolor");
    EXPECT_EQ(find(finder, "sizes", 16), "base1/hicolor/16x16/apps/sizes.png");
    EXPECT_EQ(find(finder, "sizes", 22), "base1/hicolor/22x22/apps/sizes.png");
    EXPECT_EQ(find(finder, "sizes", 32), "base1/hicolor/32x32/apps/sizes.png");
    EXPECT_EQ(find(finder, "sizes", 48), "base1/hicolor/48x48/apps/sizes.png");
    EXPECT_EQ(find(finder, "sizes", 256), "base1/hicolor/scalable/apps/sizes.svg");
    EXPECT_EQ(find(finder, "sizes", 20), "base1/hicolor/scalable/apps/sizes.svg");
    EXPECT_EQ(find(finder, "sizes", 600), "base1/hicolor/scalable/apps/sizes.svg");
    EXPECT_EQ(find(finder, "sizes", 4), "base1/hicolor/scalable/apps/sizes.svg");
    // No scalable file: the closest folder.
    EXPECT_EQ(find(finder, "fixedonly", 17), "base1/hicolor/16x16/apps/fixedonly.png");
    EXPECT_EQ(find(finder, "fixedonly", 20), "base1/hicolor/22x22/apps/fixedonly.png");
    EXPECT_EQ(find(finder, "fixedonly", 40), "base1/hicolor/48x48/apps/fixedonly.png");
    EXPECT_EQ(find(finder, "fixedonly", 1000), "base1/hicolor/48x48/apps/fixedonly.png");
    // Threshold=8 around 24 covers 16..32; 33 is closer to 24 than to 48's band.
    EXPECT_EQ(find(finder, "thresh", 32), "base1/hicolor/24x24/apps/thresh.png");
    EXPECT_EQ(find(finder, "thresh", 33), "base1/hicolor/24x24/apps/thresh.png");
    EXPECT_EQ(find(finder, "thresh", 40), "base1/hicolor/48x48/apps/thresh.png");
    EXPECT_EQ(find(finder, "thresh", 46), "base1/hicolor/48x48/apps/thresh.png");
    // Scale=2 folders.
    EXPECT_EQ(find(finder, "scaled", 32), "base1/hicolor/16x16@2/apps/scaled.png");
    EXPECT_EQ(find(finder, "scaled", 16, 2), "base1/hicolor/16x16@2/apps/scaled.png");
    auto s = finder.find("scaled", 32);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->nominalSize, 32);
    auto svg = finder.find("sizes", 256);
    ASSERT_TRUE(svg);
    EXPECT_EQ(svg->format, "svg");
    EXPECT_EQ(svg->nominalSize, 0);
    EXPECT_EQ(svg->how, "hicolor scalable/apps (Scalable, size 64)");
}

TEST(IconFinder, ExtensionsBaseFoldersAndUndescribedFolders) {
    IconFinder finder(fixtureBases(), "hicolor");
    EXPECT_EQ(find(finder, "exts", 32), "base1/hicolor/32x32/apps/exts.png");
    EXPECT_EQ(find(finder, "svgxpm", 32), "base1/hicolor/32x32/apps/svgxpm.svg");
    EXPECT_EQ(find(finder, "split", 48), "base2/hicolor/48x48/apps/split.png");
    EXPECT_EQ(find(finder, "nosection", 32), "");
    EXPECT_EQ(find(finder, "nosize", 32), "");
    EXPECT_EQ(find(finder, "absent", 32), "");
    EXPECT_EQ(find(finder, "../base1/hicolor/32x32/apps/exts", 32), "");
    // Not in any theme: the base folders themselves, like /usr/share/pixmaps.
    EXPECT_EQ(find(finder, "legacy", 48), "pixmaps/legacy.xpm");
    auto legacy = finder.find("legacy", 48);
    ASSERT_TRUE(legacy);
    EXPECT_EQ(legacy->nominalSize, 24);
    EXPECT_EQ(legacy->format, "xpm");
    EXPECT_EQ(finder.find("legacy-png", 48)->nominalSize, 40);
}

TEST(IconFinder, InheritanceCyclesAndMissingThemes) {
    IconFinder child(fixtureBases(), "Child");
    EXPECT_EQ(find(child, "both", 32), "base1/Child/32x32/apps/both.png");
    // The parent's 32 px file beats hicolor's exact 48: themes are searched one after the
    // other, each with its closest size.
    EXPECT_EQ(find(child, "parentonly", 48), "base1/Parent/32x32/apps/parentonly.png");
    EXPECT_EQ(find(child, "hicoloronly", 32), "base1/hicolor/32x32/apps/hicoloronly.png");
    EXPECT_EQ(child.themeChain(), (std::vector<std::string>{"Child", "Parent", "hicolor"}));

    IconFinder orphan(fixtureBases(), "Orphan");
    EXPECT_EQ(find(orphan, "both", 32), "base1/Parent/32x32/apps/both.png");
    EXPECT_EQ(orphan.themeChain(), (std::vector<std::string>{"Orphan", "Parent", "hicolor"}));

    IconFinder loop(fixtureBases(), "LoopA");
    EXPECT_EQ(find(loop, "hicoloronly", 32), "base1/hicolor/32x32/apps/hicoloronly.png");
    EXPECT_EQ(loop.themeChain(), (std::vector<std::string>{"LoopA", "LoopB", "hicolor"}));

    IconFinder missing(fixtureBases(), "NoSuchTheme");
    EXPECT_FALSE(missing.isInstalled("NoSuchTheme"));
    EXPECT_EQ(find(missing, "both", 32), "base1/hicolor/32x32/apps/both.png");
    EXPECT_EQ(missing.themeChain(), std::vector<std::string>{"hicolor"});

    IconFinder nothing({kThemes + "/nonexistent"}, "hicolor");
    EXPECT_EQ(find(nothing, "both", 32), "");
    EXPECT_TRUE(nothing.themeChain().empty());
}

TEST(IconFinder, SeesNewAndRemovedFilesAfterTheRecheckInterval) {
    TempTree t;
    t.write("icons/hicolor/index.theme",
            "[Icon Theme]\nDirectories=32x32/apps,64x64/apps\n"
            "[32x32/apps]\nSize=32\nType=Fixed\n[64x64/apps]\nSize=64\nType=Fixed\n");
    t.dir("icons/hicolor/32x32/apps");
    IconFinder finder({t.path("icons")}, "hicolor", std::chrono::milliseconds(0));
    EXPECT_FALSE(finder.find("late", 32));
    const int loads = finder.themeLoads();
    EXPECT_FALSE(finder.find("late", 32));
    EXPECT_EQ(finder.themeLoads(), loads);  // nothing changed: no reload
    t.write("icons/hicolor/32x32/apps/late.png", "png");
    ASSERT_TRUE(finder.find("late", 32));
    // A listed folder that did not exist yet.
    t.write("icons/hicolor/64x64/apps/late.png", "png");
    EXPECT_EQ(finder.find("late", 64)->path, t.path("icons/hicolor/64x64/apps/late.png"));
    std::filesystem::remove(t.path("icons/hicolor/64x64/apps/late.png"));
    std::filesystem::remove(t.path("icons/hicolor/32x32/apps/late.png"));
    EXPECT_FALSE(finder.find("late", 32));
    // With a long interval the cached listing is used (and a removed file is not returned).
    IconFinder slow({t.path("icons")}, "hicolor", std::chrono::hours(1));
    EXPECT_FALSE(slow.find("later", 32));
    t.write("icons/hicolor/32x32/apps/later.png", "png");
    EXPECT_FALSE(slow.find("later", 32));
}

TEST(ThemeSettings, EnvironmentThenGtkThenKdeThenHicolor) {
    TempTree t;
    std::map<std::string, std::string> vars = {{"HOME", t.path()}};
    auto env = [&](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    EXPECT_EQ(detectIconTheme(env).name, "hicolor");
    t.write(".config/kdeglobals", "[General]\nColorScheme=x\n[Icons]\nTheme=breeze-dark\n");
    EXPECT_EQ(detectIconTheme(env).name, "breeze-dark");
    EXPECT_EQ(detectIconTheme(env).source, t.path(".config/kdeglobals"));
    t.write(".config/gtk-3.0/settings.ini",
            "[Settings]\ngtk-theme-name=Adwaita\ngtk-icon-theme-name = \"Papirus\"\n");
    EXPECT_EQ(detectIconTheme(env).name, "Papirus");
    vars["XDG_CURRENT_DESKTOP"] = "KDE";
    EXPECT_EQ(detectIconTheme(env).name, "breeze-dark");
    vars["XDG_CONFIG_HOME"] = t.path("elsewhere");
    EXPECT_EQ(detectIconTheme(env).name, "hicolor");
    vars["FLOWSCOPE_ICON_THEME"] = "Child";
    EXPECT_EQ(detectIconTheme(env).name, "Child");
    EXPECT_EQ(detectIconTheme(env).source, "FLOWSCOPE_ICON_THEME");
}

TEST(XdgDirs, DefaultsAndOverrides) {
    std::map<std::string, std::string> vars = {{"HOME", "/home/u"}};
    auto env = [&](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    EXPECT_EQ(applicationDirs(env), (std::vector<std::string>{"/home/u/.local/share/applications",
                                                              "/usr/local/share/applications",
                                                              "/usr/share/applications"}));
    EXPECT_EQ(iconBaseDirs(env),
              (std::vector<std::string>{"/home/u/.icons", "/home/u/.local/share/icons",
                                        "/usr/local/share/icons", "/usr/share/icons",
                                        "/usr/share/pixmaps"}));
    vars["XDG_DATA_HOME"] = "relative/ignored";
    vars["XDG_DATA_DIRS"] = "/var/lib/flatpak/exports/share/:relative:/usr/share/";
    EXPECT_EQ(applicationDirs(env),
              (std::vector<std::string>{"/home/u/.local/share/applications",
                                        "/var/lib/flatpak/exports/share/applications",
                                        "/usr/share/applications"}));
    EXPECT_EQ(searchPath(env).back(), "/bin");
    vars["PATH"] = "/a::/b";
    EXPECT_EQ(searchPath(env), (std::vector<std::string>{"/a", "/b"}));
}
