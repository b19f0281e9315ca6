// Desktop entry parsing (Desktop Entry Specification 1.5): key file syntax, escapes, Exec
// quoting and field codes, and what an Exec line really starts.
#include "core/icons/freedesktop/desktop_entry.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/icons/freedesktop/exec_command.h"
#include "core/icons/freedesktop/key_file.h"

using namespace flowscope::freedesktop;
using Args = std::vector<std::string>;

TEST(KeyFile, GroupsCommentsLocalesAndEscapes) {
    const KeyFile f = KeyFile::parse(
        "\xEF\xBB\xBF# comment\n"
        "Orphan=before any group\n"
        "[Desktop Entry]\n"
        "Name = Text Editor  \n"
        "Name[de]=Texteditor\n"
        "Name[sr@latin]=Urednik\n"
        "Comment=tab\\there\\sand\\nnewline \\\\ done\n"
        "Keywords=a;b\\;c;;d;\n"
        "NoDisplay=true\n"
        "Name=second value ignored\n"
        "this line is garbage\n"
        "[Desktop Action new]\n"
        "Name=New Window\n"
        "[Desktop Entry]\n"
        "Icon=added later\n");
    EXPECT_EQ(f.string("Desktop Entry", "Name"), "Text Editor");
    EXPECT_EQ(f.string("Desktop Entry", "Comment"), "tab\there and\nnewline \\ done");
    EXPECT_EQ(f.list("Desktop Entry", "Keywords", ';'), (Args{"a", "b;c", "d"}));
    EXPECT_TRUE(f.boolean("Desktop Entry", "NoDisplay"));
    EXPECT_EQ(f.string("Desktop Entry", "Icon"), "added later");
    EXPECT_EQ(f.string("Desktop Action new", "Name"), "New Window");
    EXPECT_EQ(f.raw("Desktop Entry", "Orphan"), nullptr);
    EXPECT_EQ(f.raw("Desktop Entry", "Name[de]"), nullptr);
    EXPECT_EQ(f.badLines(), 1);
    EXPECT_EQ(f.groups(), (Args{"Desktop Entry", "Desktop Action new"}));
    EXPECT_EQ(f.integer("Desktop Entry", "Name", 7), 7);
}

TEST(SplitExec, QuotingRulesOfTheSpec) {
    // Exec="/opt/My App/run" --title "say \"hi\"" \$HOME `x` after string unescaping.
    auto r = splitExec(R"("/opt/My App/run" --title "say \"hi\" \$HOME \`x\` \\" plain)");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), (Args{"/opt/My App/run", "--title", "say \"hi\" $HOME `x` \\", "plain"}));
    EXPECT_EQ(splitExec("  a   b\tc ").value(), (Args{"a", "b", "c"}));
    EXPECT_EQ(splitExec("").value(), Args{});
    EXPECT_EQ(splitExec("\"\"").value(), Args{""});  // an empty quoted argument is kept
}

TEST(SplitExec, FieldCodesAreRemoved) {
    EXPECT_EQ(splitExec("vim %F").value(), Args{"vim"});
    EXPECT_EQ(splitExec("app %u %U %f %i %c %k %d %D %n %N %v %m").value(), Args{"app"});
    EXPECT_EQ(splitExec("app --file=%f --pct=100%%").value(),
              (Args{"app", "--file=", "--pct=100%"}));
    EXPECT_EQ(splitExec("app \"%f\"").value(), (Args{"app", "%f"}));  // quoted: literal
}

TEST(SplitExec, UnterminatedQuoteIsAnError) {
    auto r = splitExec("app \"unterminated");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("quote"), std::string::npos);
}

TEST(DesktopEntry, ParsesTheFieldsThatMatter) {
    auto e = parseDesktopEntry(
        "[Desktop Entry]\nType=Application\nName=Foo\nExec=env FOO=1 /usr/bin/foo --x %U\n"
        "TryExec=foo\nIcon=org.example.Foo\nStartupWMClass=FooWin\nNoDisplay=false\n");
    ASSERT_TRUE(e.ok()) << e.error().message;
    EXPECT_EQ(e->type, "Application");
    EXPECT_EQ(e->name, "Foo");
    EXPECT_EQ(e->execArgs, (Args{"env", "FOO=1", "/usr/bin/foo", "--x"}));
    EXPECT_EQ(e->tryExec, "foo");
    EXPECT_EQ(e->icon, "org.example.Foo");
    EXPECT_EQ(e->startupWMClass, "FooWin");
    EXPECT_FALSE(e->noDisplay);
    EXPECT_FALSE(e->hidden);
}

TEST(DesktopEntry, BrokenFilesAreRefusedInOneSentence) {
    const std::string binary("[Desktop Entry]\0\x01\x02", 18);
    for (const std::string& text :
         {std::string("Name=no group\nExec=foo\n"), std::string("[Desktop Action x]\nExec=foo\n"),
          std::string("[Desktop Entry]\nExec=\"open quote\n"), binary}) {
        auto e = parseDesktopEntry(text);
        ASSERT_FALSE(e.ok()) << text;
        const std::string& m = e.error().message;
        EXPECT_EQ(m.back(), '.');
        EXPECT_EQ(std::count(m.begin(), m.end(), '.'), 1) << m;
    }
}

namespace {

std::vector<std::string> programs(const Args& argv) {
    std::vector<std::string> out;
    for (const ProgramRef& p : programsOf(argv)) {
        out.push_back(p.program + (p.nameOnly ? " [name]" : ""));
    }
    return out;
}

}  // namespace

TEST(ExecCommand, PlainProgramsAndEnvWrappers) {
    EXPECT_EQ(programs({"vim"}), Args{"vim"});
    EXPECT_EQ(programs({"/usr/bin/foo", "--x"}), Args{"/usr/bin/foo"});
    EXPECT_EQ(programs({"env", "GDK_BACKEND=x11", "LANG=C", "/opt/app/bin/app"}),
              Args{"/opt/app/bin/app"});
    EXPECT_EQ(programs({"/usr/bin/env", "-u", "WAYLAND_DISPLAY", "-i", "A=1", "app"}), Args{"app"});
    EXPECT_EQ(programs({"env", "-S", "prog --flag", "more"}), Args{"prog"});
    EXPECT_EQ(programs({"FOO=1", "prog"}), Args{"prog"});
    EXPECT_EQ(programs({"nice", "-n", "10", "ionice", "-c", "3", "prog"}), Args{"prog"});
    EXPECT_EQ(programs({"pkexec", "--user", "root", "/usr/sbin/tool"}), Args{"/usr/sbin/tool"});
    EXPECT_EQ(programs({"env"}), Args{});
    const auto refs = programsOf({"env", "A=1", "nohup", "x"});
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(refs[0].how, "env, nohup");
}

TEST(ExecCommand, FlatpakAndSnap) {
    EXPECT_EQ(programs({"/usr/bin/flatpak", "run", "--branch=stable", "--arch=x86_64",
                        "--command=firefox-bin", "--file-forwarding", "org.mozilla.firefox", "@@u",
                        "@@"}),
              (Args{"firefox-bin [name]", "firefox [name]", "org.mozilla.firefox [name]"}));
    const auto refs = programsOf({"flatpak", "run", "org.gnome.Calculator"});
    ASSERT_EQ(refs.size(), 2u);
    EXPECT_EQ(refs[0].program, "calculator");
    EXPECT_EQ(refs[0].pathMarks, Args{"/flatpak/app/org.gnome.Calculator/"});
    EXPECT_EQ(programs({"flatpak", "install", "x"}), Args{});
    const auto snap = programsOf({"env", "BAMF_DESKTOP_FILE_HINT=/var/lib/snapd/desktop/x",
                                  "/snap/bin/chromium.chromedriver"});
    ASSERT_EQ(snap.size(), 2u);
    EXPECT_EQ(snap[0].program, "chromium.chromedriver");
    EXPECT_EQ(snap[1].program, "chromedriver");
    EXPECT_EQ(snap[0].pathMarks, Args{"/snap/chromium/"});
}

TEST(ExecCommand, InterpretersYieldTheScriptNotTheInterpreter) {
    EXPECT_EQ(programs({"python3", "/usr/share/foo/foo.py", "--x"}), Args{"/usr/share/foo/foo.py"});
    EXPECT_EQ(programs({"/usr/bin/python3.11", "-O", "-W", "ignore", "script.py"}),
              Args{"script.py"});
    EXPECT_EQ(programs({"python3", "-m", "foo.gui"}), Args{"gui [name]"});
    EXPECT_EQ(programs({"python3", "-c", "print(1)"}), Args{});
    EXPECT_EQ(programs({"/usr/bin/python3.11"}), Args{"/usr/bin/python3.11"});
    EXPECT_EQ(programs({"perl", "-w", "/usr/bin/tool.pl"}), Args{"/usr/bin/tool.pl"});
    EXPECT_EQ(programs({"java", "-Xmx1g", "-jar", "/opt/x/app.jar"}), Args{"/opt/x/app.jar"});
    EXPECT_EQ(programs({"bash", "/opt/x/start.sh"}), Args{"/opt/x/start.sh"});
    EXPECT_EQ(withoutVersionSuffix("python3.11"), "python");
    EXPECT_EQ(withoutVersionSuffix("lua5.4"), "lua");
}

TEST(ExecCommand, ShellCommandLines) {
    EXPECT_EQ(programs({"sh", "-c", "cd /opt/game && exec ./game-bin --fullscreen"}),
              Args{"./game-bin"});
    EXPECT_EQ(programs({"bash", "-lc", "FOO='a b' /opt/x/run \"$@\"; echo done"}),
              Args{"/opt/x/run"});
    EXPECT_EQ(programs({"sh", "-c", "env A=1 'prog with space' | tee log"}),
              (Args{"prog with space", "tee"}));
    EXPECT_EQ(splitShellCommands("a 'b c' \"d \\\"e\\\"\" # comment\nf"),
              (std::vector<Args>{{"a", "b c", "d \"e\""}, {"f"}}));
}
