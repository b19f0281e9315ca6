// Light, dark and high-contrast palettes on Fusion (ui/app_style.h), and the user's own theme
// files (ui/theme_files.h, docs/themes.md). "System" follows the desktop: Qt 6.4 has no
// QStyleHints::colorScheme() (6.5+), so dark is detected from the lightness of the platform's
// default window colour. The choice is kept in settings::theme.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <optional>

#include "core/base/theme_file.h"

namespace flowscope::ui {

// User: a theme file of the config folder's themes/ (ThemeManager::applyUser).
enum class Theme { System, Light, Dark, HighContrast, User };

// What a message or a field says about its state, shown in the theme's status colours.
enum class StatusLevel { Ok, Warning, Error };

// The two directions of traffic in every chart (Overview, History, compact window).
enum class Series { Incoming, Outgoing };

// The colours of one status level: `text` for a short message on the window's background (a
// status line), and box* for a framed box that carries the status (a banner, a field whose
// content is wrong). The box colours are light in both themes, so box text stays readable.
struct StatusColors {
    QColor text;
    QColor boxText;
    QColor boxBackground;
    QColor boxBorder;
};

class ThemeManager {
public:
    // Remembers the platform's palette; call once after QApplication exists and before any
    // palette is set.
    static void init();

    static Theme saved();  // settings::theme, System when unset
    static void save(Theme theme);
    // Sets the app's style (once) and the palette for a built-in `theme` on the application.
    static void apply(Theme theme);
    // The same for a user theme file (its file name in the themes folder, and its colours).
    static void applyUser(const QString& fileName, const ThemeFile& theme);
    static void saveUser(const QString& fileName);
    // The user theme file named by the settings ("file:NAME"), if that is the saved choice.
    static QString savedUserFile();
    // The saved choice, user theme files included; returns a sentence when a saved theme file
    // cannot be used (then the system theme is applied).
    static QString applySaved();
    // A theme file of the themes folder by name; when it cannot be used, the system theme and
    // the sentence saying why.
    static QString applyFile(const QString& fileName);
    static Theme current() { return s_current; }
    static QString currentUserFile() { return s_userFile; }
    // Whether the effective palette is dark (System resolved).
    static bool isDark();

    static bool systemIsDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();
    // A user theme: its base (light or dark) with the colours the file sets.
    static QPalette paletteOf(const ThemeFile& theme);
    // Status colours for the effective theme (System resolved), in one place for every page.
    static StatusColors statusColors(StatusLevel level);
    static QColor statusColor(StatusLevel level) { return statusColors(level).text; }

    // One colour per direction in both themes, told apart with protanopia, deuteranopia and
    // tritanopia (tools/check_colors.py, ctest a11y_chart_colors); never the only cue: the
    // legends and the compact window's arrows name the direction.
    static QColor seriesColor(Series series);

    static QString name(Theme theme);  // "system", "light", "dark", "high-contrast"
    static Theme fromName(const QString& name);

private:
    static std::optional<QColor> userColor(ThemeRole role);
    static StatusColors builtInStatusColors(StatusLevel level);

    static Theme s_current;
    static QString s_userFile;               // Theme::User: the file's name
    static std::optional<ThemeFile> s_user;  // Theme::User: its colours
};

}  // namespace flowscope::ui
