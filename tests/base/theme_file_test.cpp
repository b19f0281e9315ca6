// Theme files (core/base/theme_file.h): what a good file gives, and for each kind of mistake
// the line and the sentence that refuses it. Bad cases are data: one row per mistake.
#include <gtest/gtest.h>

#include <string>

#include "core/base/theme_file.h"

namespace flowscope {
namespace {

TEST(ThemeFile, AGoodFileGivesItsNameKindAndColours) {
    const auto t = parseThemeFile(
        "# a comment\n"
        "  name =  Solarized Dark  \r\n"
        "\n"
        "based-on = dark\n"
        "window = #002b36\n"
        "series-incoming=#2AA198\n"
        "status-error = #f00\n");
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_EQ(t->name, "Solarized Dark");
    EXPECT_TRUE(t->dark);
    EXPECT_EQ(t->color(ThemeRole::Window), (Rgb{0x00, 0x2b, 0x36}));
    EXPECT_EQ(t->color(ThemeRole::SeriesIncoming), (Rgb{0x2a, 0xa1, 0x98}));
    EXPECT_EQ(t->color(ThemeRole::StatusError), (Rgb{0xff, 0x00, 0x00}));
    EXPECT_FALSE(t->color(ThemeRole::Text).has_value());  // from the base theme
}

TEST(ThemeFile, EveryRoleHasAKeyThatReadsBack) {
    for (size_t i = 0; i < kThemeRoleCount; ++i) {
        const auto role = ThemeRole(i);
        const std::string text = "name = x\n" + std::string(themeRoleKey(role)) + " = #010203\n";
        const auto t = parseThemeFile(text);
        ASSERT_TRUE(t) << themeRoleKey(role) << ": " << t.error().message;
        EXPECT_EQ(t->color(role), (Rgb{1, 2, 3})) << themeRoleKey(role);
    }
}

TEST(ThemeFile, ANameInAnyScriptIsKept) {
    const auto t = parseThemeFile("name = Контраст 高对比度 ☀\n");
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_EQ(t->name, "Контраст 高对比度 ☀");
    EXPECT_FALSE(t->dark);  // based-on defaults to light
}

struct Bad {
    const char* text;
    const char* message;  // the whole sentence
};

const Bad kBad[] = {
    {"name = x\nwindow #000000\n", "line 2: expected \"key = value\"."},
    {"name = x\n\n# c\nwindow = #00000\n",
     "line 4: \"#00000\" is not a colour; write it as #rrggbb."},
    {"name = x\nwindow = red\n", "line 2: \"red\" is not a colour; write it as #rrggbb."},
    {"name = x\nwindow = #gg0000\n", "line 2: \"#gg0000\" is not a colour; write it as #rrggbb."},
    {"name = x\nwindow =\n", "line 2: \"\" is not a colour; write it as #rrggbb."},
    {"name = x\nwindows = #000000\n",
     "line 2: unknown key \"windows\"; docs/themes.md lists the keys a theme may set."},
    {"name = x\ntext = #000\ntext = #fff\n", "line 3: \"text\" is given twice; keep one."},
    {"name = x\nname = y\n", "line 2: \"name\" is given twice; keep one."},
    {"name = x\nbased-on = grey\n", "line 2: based-on must be \"light\" or \"dark\"."},
    {"name =\n", "line 1: the name must be 1 to 80 characters of UTF-8 text."},
    {"name = a\tb\x01\n", "line 1: the name must be 1 to 80 characters of UTF-8 text."},
    {"name = \xff\xfe\n", "line 1: the name must be 1 to 80 characters of UTF-8 text."},
    {"name = caf\xc3\n", "line 1: the name must be 1 to 80 characters of UTF-8 text."},
    {"window = #000000\n", "the file has no \"name = …\" line; add one with the name to show."},
    {"", "the file has no \"name = …\" line; add one with the name to show."},
};

TEST(ThemeFile, EachMistakeIsRefusedWithItsLine) {
    for (const Bad& b : kBad) {
        ThemeFileProblem problem;
        problem.line = 99;
        const auto t = parseThemeFile(b.text, &problem);
        ASSERT_FALSE(t) << b.text;
        EXPECT_EQ(t.error().message, b.message) << b.text;
        EXPECT_EQ(t.error().code, ErrorCode::BadFormat);
        // The same as data, for the app's translated sentence.
        EXPECT_EQ(themeProblemText(problem), b.message) << b.text;
        const std::string line = "line " + std::to_string(problem.line) + ": ";
        EXPECT_EQ(problem.line > 0, std::string(b.message).rfind(line, 0) == 0) << b.text;
    }
}

TEST(ThemeFile, AFileLargerThan64KBIsRefused) {
    std::string text = "name = x\n";
    text.append(kThemeFileMaxBytes, '#');
    const auto t = parseThemeFile(text);
    ASSERT_FALSE(t);
    EXPECT_NE(t.error().message.find("larger than 64 KB"), std::string::npos);
}

TEST(ThemeFile, ColoursAreReadAsWritten) {
    EXPECT_EQ(parseRgb("#abc"), (Rgb{0xaa, 0xbb, 0xcc}));
    EXPECT_EQ(parseRgb("#A0B1C2"), (Rgb{0xa0, 0xb1, 0xc2}));
    EXPECT_FALSE(parseRgb("abc"));
    EXPECT_FALSE(parseRgb("#abcd"));
    EXPECT_FALSE(parseRgb("#abcdefa"));
    EXPECT_FALSE(parseRgb(""));
}

}  // namespace
}  // namespace flowscope
