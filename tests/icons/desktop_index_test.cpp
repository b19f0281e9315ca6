// The desktop entry index over XDG applications folders built in a temporary folder:
// precedence, Hidden, subfolder IDs, broken entries, matching (same file over basename,
// wrappers, StartupWMClass, snap/flatpak folders) and refresh on folder changes.
#include "core/icons/freedesktop/desktop_index.h"

#include <gtest/gtest.h>

#include <thread>

#include "tests/icons/temp_tree.h"

using namespace flowscope::freedesktop;
using flowscope::test::TempTree;
using Level = EntryMatch::Level;

namespace {

std::string entry(const std::string& exec, const std::string& extra = "") {
    return "[Desktop Entry]\nType=Application\nName=Test\nExec=" + exec + "\n" + extra;
}

struct Fixture {
    TempTree tree;
    std::string home = tree.dir("home/applications");
    std::string system = tree.dir("system/applications");
    std::string bin = tree.dir("bin");

    DesktopIndex index() const { return DesktopIndex({{home, system}, {bin}}); }
};

}  // namespace

TEST(DesktopIndex, FolderPrecedenceHiddenTypesAndSubfolderIds) {
    Fixture f;
    const std::string prog = f.tree.program("bin/editor");
    f.tree.write("system/applications/editor.desktop", entry(prog, "Icon=system-icon\n"));
    f.tree.write("home/applications/editor.desktop", entry(prog, "Icon=user-icon\n"));
    f.tree.write("system/applications/gone.desktop", entry(f.tree.program("bin/gone")));
    f.tree.write("home/applications/gone.desktop", "[Desktop Entry]\nHidden=true\n");
    f.tree.write("system/applications/link.desktop",
                 "[Desktop Entry]\nType=Link\nURL=https://example.org\nExec=" + prog + "\n");
    f.tree.write("system/applications/kde4/konsole.desktop", entry(f.tree.program("bin/konsole")));
    f.tree.write("system/applications/readme.txt", "not an entry");
    DesktopIndex index = f.index();
    index.build();
    ASSERT_EQ(index.entries().size(), 2u);
    auto m = index.match(prog);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->entry.path, f.home + "/editor.desktop");
    EXPECT_EQ(m->entry.icon, "user-icon");
    EXPECT_FALSE(index.match(f.bin + "/gone"));
    auto k = index.match(f.bin + "/konsole");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->entry.id, "kde4-konsole.desktop");
}

TEST(DesktopIndex, BrokenEntriesAreListedAndDoNotHideValidOnes) {
    Fixture f;
    const std::string prog = f.tree.program("bin/tool");
    f.tree.write("home/applications/tool.desktop", "[Desktop Entry]\nExec=\"unterminated\n");
    f.tree.write("home/applications/nogroup.desktop", "Exec=tool\n");
    f.tree.write("home/applications/binary.desktop", std::string("\x7f"
                                                                 "ELF\0\0\0",
                                                                 7));
    f.tree.write("system/applications/tool.desktop", entry(prog, "Icon=tool\n"));
    DesktopIndex index = f.index();
    index.build();
    EXPECT_EQ(index.problems().size(), 3u);
    for (const std::string& p : index.problems()) {
        EXPECT_EQ(p.rfind(f.home, 0), 0u) << p;  // names the file
    }
    auto m = index.match(prog);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->entry.path, f.system + "/tool.desktop");
}

TEST(DesktopIndex, SameFileThroughSymlinksBeatsBasename) {
    Fixture f;
    // /opt/other/tool has the same file name but is another program.
    const std::string other = f.tree.program("opt/other/tool");
    const std::string real = f.tree.program("real/tool");
    f.tree.symlink(real, "bin/launcher");
    f.tree.write("system/applications/a-other.desktop", entry(other, "Icon=other\n"));
    f.tree.write("system/applications/z-real.desktop", entry("launcher %U", "Icon=real\n"));
    DesktopIndex index = f.index();
    index.build();
    auto m = index.match(real);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->entry.icon, "real");
    EXPECT_EQ(m->level, Level::SameFile);
    EXPECT_NE(m->reason.find("-> " + real), std::string::npos) << m->reason;
    // The symlink itself resolves to the same file too.
    EXPECT_EQ(index.match(f.bin + "/launcher")->entry.icon, "real");
    // A copy elsewhere only matches by name: the entry with that file name.
    const std::string copy = f.tree.program("elsewhere/tool");
    auto b = index.match(copy);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->level, Level::Basename);
    EXPECT_EQ(b->entry.icon, "other");
    // The kernel's suffix for a deleted executable is ignored.
    EXPECT_EQ(index.match(real + " (deleted)")->entry.icon, "real");
}

TEST(DesktopIndex, TryExecAndPathLookup) {
    Fixture f;
    const std::string prog = f.tree.program("bin/viewer");
    f.tree.write("system/applications/viewer.desktop",
                 entry("sh -c \"exec viewer-wrapper\"", "TryExec=viewer\nIcon=viewer\n"));
    DesktopIndex index = f.index();
    index.build();
    auto m = index.match(prog);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->level, Level::SameFile);
    EXPECT_NE(m->reason.find("TryExec 'viewer'"), std::string::npos) << m->reason;
}

TEST(DesktopIndex, WrappersInterpretersAndWindowClasses) {
    Fixture f;
    const std::string app = f.tree.program("opt/app/bin/app");
    const std::string script = f.tree.write("share/tool/tool.py", "print(1)\n");
    const std::string game = f.tree.program("games/game-bin");
    f.tree.write("system/applications/app.desktop",
                 entry("env GDK_BACKEND=x11 " + app + " %U", "Icon=app\n"));
    f.tree.write("system/applications/tool.desktop",
                 entry("python3 " + script + " --gui", "Icon=tool\n"));
    f.tree.write("system/applications/game.desktop",
                 entry("sh -c \"cd " + f.tree.path("games") + " && ./game-bin\"", "Icon=game\n"));
    f.tree.write("system/applications/org.example.Viewer.desktop",
                 entry("/usr/lib/viewer/launch", "Icon=viewer\nStartupWMClass=ImageViewer\n"));
    f.tree.write("system/applications/org.example.Calc.desktop",
                 entry("flatpak run org.example.Calc", "Icon=org.example.Calc\n"));
    f.tree.write("system/applications/firefox_firefox.desktop",
                 entry("env BAMF_DESKTOP_FILE_HINT=/x /snap/bin/firefox %u", "Icon=ff\n"));
    DesktopIndex index = f.index();
    index.build();
    auto a = index.match(app);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->entry.icon, "app");
    EXPECT_EQ(a->level, Level::SameFile);
    EXPECT_NE(a->reason.find("via env"), std::string::npos) << a->reason;
    // The script's path matches; python3 itself is not claimed by that entry.
    EXPECT_EQ(index.match(script)->entry.icon, "tool");
    EXPECT_FALSE(index.match("/usr/bin/python3"));
    EXPECT_EQ(index.match(game)->entry.icon, "game");
    EXPECT_EQ(index.match(game)->level, Level::Basename);
    auto v = index.match("/somewhere/imageviewer");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->entry.icon, "viewer");
    EXPECT_EQ(v->level, Level::WmClass);
    // Inside the flatpak sandbox the program is /app/bin/calc; from the host its install
    // folder names the app.
    EXPECT_EQ(index.match("/app/bin/calc")->entry.icon, "org.example.Calc");
    auto c = index.match("/var/lib/flatpak/app/org.example.Calc/x86_64/stable/abc/files/bin/c");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->level, Level::InstallFolder);
    auto s = index.match("/snap/firefox/4136/usr/lib/firefox/firefox");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->entry.icon, "ff");
    // Same file name and the desktop file named after the program: both match by name;
    // nothing matches an unrelated program.
    EXPECT_FALSE(index.match("/usr/bin/unrelated-program"));
}

TEST(DesktopIndex, TiesPreferTheEntryNamedAfterTheProgram) {
    Fixture f;
    const std::string prog = f.tree.program("bin/term");
    f.tree.write("system/applications/a-term-wrapper.desktop", entry("term -e top", "Icon=a\n"));
    f.tree.write("system/applications/term.desktop", entry("term", "Icon=b\n"));
    f.tree.write("system/applications/b-hidden.desktop", entry("term", "Icon=c\nNoDisplay=true\n"));
    DesktopIndex index = f.index();
    index.build();
    EXPECT_EQ(index.match(prog)->entry.icon, "b");
}

TEST(DesktopIndex, RefreshesWhenAnApplicationsFolderChanges) {
    Fixture f;
    const std::string prog = f.tree.program("bin/late");
    DesktopIndex index = f.index();
    EXPECT_TRUE(index.refreshIfChanged());  // first use builds
    EXPECT_FALSE(index.refreshIfChanged());
    EXPECT_EQ(index.builds(), 1);
    EXPECT_FALSE(index.match(prog));
    f.tree.write("system/applications/late.desktop", entry(prog, "Icon=late\n"));
    EXPECT_TRUE(index.refreshIfChanged());
    EXPECT_EQ(index.builds(), 2);
    ASSERT_TRUE(index.match(prog));
    // A new subfolder, then an entry inside it.
    f.tree.dir("system/applications/vendor");
    EXPECT_TRUE(index.refreshIfChanged());
    f.tree.write("system/applications/vendor/late.desktop", entry(prog, "Icon=vendor\n"));
    EXPECT_TRUE(index.refreshIfChanged());
    EXPECT_EQ(index.builds(), 4);
    // A folder that did not exist (XDG_DATA_HOME/applications on a fresh account).
    TempTree other;
    DesktopIndex lazy({{other.path("applications"), f.system}, {f.bin}});
    lazy.refreshIfChanged();
    EXPECT_EQ(lazy.match(prog)->entry.icon, "late");
    other.write("applications/late.desktop", entry(prog, "Icon=mine\n"));
    EXPECT_TRUE(lazy.refreshIfChanged());
    EXPECT_EQ(lazy.match(prog)->entry.icon, "mine");
}

TEST(DesktopIndex, EntryProgramsResolveThroughPath) {
    Fixture f;
    const std::string prog = f.tree.program("bin/one");
    f.tree.write("system/applications/one.desktop", entry("one --x"));
    f.tree.write("system/applications/two.desktop", entry("not-installed"));
    DesktopIndex index = f.index();
    index.build();
    EXPECT_EQ(index.entryPrograms(), (std::vector<std::string>{prog, "not-installed"}));
}
