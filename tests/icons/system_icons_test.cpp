// Real desktop entries and icon themes from Debian packages (tools/packages/test-icons.list:
// vim, htop, xterm, wireshark-common, adwaita-icon-theme; python3.11 comes with python3).
// The environment is pinned so that the user's own files and settings do not interfere.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "core/icons/freedesktop/freedesktop_backend.h"
#include "tests/icons/temp_tree.h"

using namespace flowscope;
using namespace flowscope::freedesktop;
using flowscope::test::TempTree;

namespace {

const std::string kApps = "/usr/share/applications/";
const std::string kHicolor = "/usr/share/icons/hicolor/";

void requireFiles(std::initializer_list<std::string> paths) {
    for (const std::string& p : paths) {
        ASSERT_TRUE(std::filesystem::exists(p))
            << p << " is missing: install the test packages with 'tools/deps.sh test'";
    }
}

struct System {
    TempTree home;
    std::unique_ptr<FreedesktopIconBackend> backend;

    explicit System(const std::string& theme = "hicolor") {
        const std::map<std::string, std::string> vars = {{"HOME", home.path()},
                                                         {"XDG_DATA_HOME", home.path("share")},
                                                         {"XDG_DATA_DIRS", "/usr/share"},
                                                         {"PATH", "/usr/bin:/bin"},
                                                         {"FLOWSCOPE_ICON_THEME", theme}};
        const EnvLookup env = [vars](const std::string& name) -> std::optional<std::string> {
            auto it = vars.find(name);
            return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
        };
        backend = std::make_unique<FreedesktopIconBackend>(FreedesktopConfig::fromEnvironment(env));
    }

    // "entry -> file" for one size.
    std::string resolve(const std::string& exe, int size) {
        const IconLookup r = backend->lookup(exe, size);
        auto m = backend->findEntry(exe);
        return (m ? m->entry.path : std::string("(no entry)")) + " -> " +
               (r.image.kind == IconImage::Kind::File ? r.image.filePath : "(generic)");
    }
};

}  // namespace

TEST(SystemIcons, VimThroughTheAlternativesSymlink) {
    requireFiles({"/usr/bin/vim.basic", kApps + "vim.desktop", kHicolor + "48x48/apps/gvim.png"});
    System s;
    // /proc/PID/exe of a running vim is /usr/bin/vim.basic; vim.desktop says Exec=vim, and
    // /usr/bin/vim -> /etc/alternatives/vim -> /usr/bin/vim.basic.
    const std::string entry = kApps + "vim.desktop -> ";
    EXPECT_EQ(s.resolve("/usr/bin/vim.basic", 16), entry + kHicolor + "scalable/apps/gvim.svg");
    EXPECT_EQ(s.resolve("/usr/bin/vim.basic", 32), entry + kHicolor + "scalable/apps/gvim.svg");
    EXPECT_EQ(s.resolve("/usr/bin/vim.basic", 48), entry + kHicolor + "48x48/apps/gvim.png");
    EXPECT_EQ(s.resolve("/usr/bin/vim.basic", 256), entry + kHicolor + "scalable/apps/gvim.svg");
    EXPECT_EQ(s.resolve("/usr/bin/vim", 48), entry + kHicolor + "48x48/apps/gvim.png");
    auto m = s.backend->findEntry("/usr/bin/vim.basic");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->level, EntryMatch::Level::SameFile);
    const IconLookup r = s.backend->lookup("/usr/bin/vim.basic", 48);
    EXPECT_EQ(r.image.width, 48);
    EXPECT_EQ(r.image.format, "png");
}

TEST(SystemIcons, HtopAndXterm) {
    requireFiles({"/usr/bin/htop", kApps + "htop.desktop", "/usr/bin/xterm", "/usr/bin/uxterm",
                  kApps + "debian-xterm.desktop", kApps + "debian-uxterm.desktop"});
    System s;
    for (int size : {16, 32, 48, 256}) {
        SCOPED_TRACE(size);
        // htop also ships /usr/share/pixmaps/htop.png: the theme comes first.
        EXPECT_EQ(s.resolve("/usr/bin/htop", size),
                  kApps + "htop.desktop -> " + kHicolor + "scalable/apps/htop.svg");
        // Icon=mini.xterm exists only as SVG in hicolor (the XPMs in pixmaps carry a size in
        // their names).
        EXPECT_EQ(s.resolve("/usr/bin/xterm", size),
                  kApps + "debian-xterm.desktop -> " + kHicolor + "scalable/apps/mini.xterm.svg");
        EXPECT_EQ(s.resolve("/usr/bin/uxterm", size),
                  kApps + "debian-uxterm.desktop -> " + kHicolor + "scalable/apps/mini.xterm.svg");
    }
}

TEST(SystemIcons, PythonEntryWithAnAbsoluteXpm) {
    requireFiles(
        {"/usr/bin/python3.11", kApps + "python3.11.desktop", "/usr/share/pixmaps/python3.11.xpm"});
    System s;
    for (int size : {16, 32, 48, 256}) {
        EXPECT_EQ(s.resolve("/usr/bin/python3.11", size),
                  kApps + "python3.11.desktop -> /usr/share/pixmaps/python3.11.xpm");
    }
    // /usr/bin/python3 is a symlink to python3.11.
    EXPECT_EQ(s.resolve("/usr/bin/python3", 48),
              kApps + "python3.11.desktop -> /usr/share/pixmaps/python3.11.xpm");
    EXPECT_EQ(s.backend->lookup("/usr/bin/python3.11", 48).image.width, 32);
}

TEST(SystemIcons, NoEntryMeansTheGenericIcon) {
    requireFiles({"/usr/bin/ls"});
    System s;
    EXPECT_EQ(s.resolve("/usr/bin/ls", 48), "(no entry) -> (generic)");
}

TEST(SystemIcons, ClosestSizeAmongWiresharksHicolorFolders) {
    const std::string w = kHicolor + "%/apps/org.wireshark.Wireshark.png";
    auto at = [&](const std::string& dir) {
        std::string p = w;
        return p.replace(p.find('%'), 1, dir);
    };
    requireFiles({at("16x16"), at("32x32"), at("48x48"), at("256x256")});
    IconFinder finder({"/usr/share/icons", "/usr/share/pixmaps"}, "hicolor");
    const std::string name = "org.wireshark.Wireshark";
    EXPECT_EQ(finder.find(name, 16)->path, at("16x16"));
    EXPECT_EQ(finder.find(name, 32)->path, at("32x32"));
    EXPECT_EQ(finder.find(name, 48)->path, at("48x48"));
    EXPECT_EQ(finder.find(name, 256)->path, at("256x256"));
    EXPECT_EQ(finder.find(name, 256)->nominalSize, 256);
    EXPECT_EQ(finder.find(name, 18)->path, at("16x16"));  // within hicolor's threshold of 2
    // 40 matches no fixed folder; hicolor's scalable/apps covers 1..256.
    EXPECT_EQ(finder.find(name, 40)->path, kHicolor + "scalable/apps/org.wireshark.Wireshark.svg");
    // hicolor declares 256x256/apps Scalable with MinSize=64, listed before scalable/apps.
    EXPECT_EQ(finder.find(name, 100)->path, at("256x256"));
    // 600 matches nothing: 256x256 and scalable (both MaxSize 256) are equally close, and the
    // folder listed first in index.theme wins.
    EXPECT_EQ(finder.find(name, 600)->path, at("256x256"));
}

TEST(SystemIcons, AdwaitaInheritsHicolor) {
    requireFiles({"/usr/share/icons/Adwaita/index.theme"});
    System s("Adwaita");
    EXPECT_EQ(s.resolve("/usr/bin/vim.basic", 48),
              kApps + "vim.desktop -> " + kHicolor + "48x48/apps/gvim.png");
    const IconLookup r = s.backend->lookup("/usr/bin/vim.basic", 48);
    EXPECT_NE(r.explanation[1].find("Adwaita (from FLOWSCOPE_ICON_THEME); searched: Adwaita -> "
                                    "hicolor"),
              std::string::npos)
        << r.explanation[1];
}
