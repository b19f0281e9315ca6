// Light and dark palettes on the Fusion style. "System" follows the desktop: Qt 6.4 has no
// QStyleHints::colorScheme() (6.5+), so dark is detected from the lightness of the platform's
// default window colour. The choice is kept in settings::theme.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace flowscope::ui {

enum class Theme { System, Light, Dark };

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
    // Sets the Fusion style (once) and the palette for `theme` on the application.
    static void apply(Theme theme);
    static Theme current() { return s_current; }
    // Whether the effective palette is dark (System resolved).
    static bool isDark();

    static bool systemIsDark();
    static QPalette lightPalette();
    static QPalette darkPalette();
    // Status colours for the effective theme (System resolved), in one place for every page.
    static StatusColors statusColors(StatusLevel level);
    static QColor statusColor(StatusLevel level) { return statusColors(level).text; }

    // One colour per direction in both themes, told apart with protanopia, deuteranopia and
    // tritanopia (tools/check_colors.py, ctest a11y_chart_colors); never the only cue: the
    // legends and the compact window's arrows name the direction.
    static QColor seriesColor(Series series);

    static QString name(Theme theme);  // "system", "light", "dark"
    static Theme fromName(const QString& name);

private:
    static Theme s_current;
};

}  // namespace flowscope::ui
