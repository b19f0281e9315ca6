#include "ui/theme_contrast.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

#include "core/base/theme_file.h"

namespace flowscope::ui {

namespace {

double channel(double c) {  // sRGB to linear
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct Pair {
    QPalette::ColorRole text;
    QPalette::ColorRole background;
    ThemeRole textKey;
    ThemeRole backgroundKey;
};

// The text a theme colours, on the background it is drawn on.
constexpr Pair kPairs[] = {
    {QPalette::WindowText, QPalette::Window, ThemeRole::WindowText, ThemeRole::Window},
    {QPalette::Text, QPalette::Base, ThemeRole::Text, ThemeRole::Base},
    {QPalette::Text, QPalette::AlternateBase, ThemeRole::Text, ThemeRole::AlternateBase},
    {QPalette::ButtonText, QPalette::Button, ThemeRole::ButtonText, ThemeRole::Button},
    {QPalette::HighlightedText, QPalette::Highlight, ThemeRole::HighlightedText,
     ThemeRole::Highlight},
    {QPalette::ToolTipText, QPalette::ToolTipBase, ThemeRole::ToolTipText, ThemeRole::ToolTipBase},
};

}  // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString contrastWarning(const QString& fileName, const QPalette& palette) {
    const Pair* worst = nullptr;
    double lowest = kMinTextContrast;
    for (const Pair& p : kPairs) {
        const double ratio = contrastRatio(palette.color(QPalette::Active, p.text),
                                           palette.color(QPalette::Active, p.background));
        if (ratio < lowest) {
            lowest = ratio;
            worst = &p;
        }
    }
    if (!worst) {
        return {};
    }
    auto key = [](ThemeRole role) { return QString::fromLatin1(themeRoleKey(role)); };
    //: %1: a theme file's name; %2 and %3: its keys, as written in the file (e.g.
    //: "window-text" on "window"); %4: a number such as 2.1.
    return QCoreApplication::translate("flowscope::ui::Themes",
                                       "The theme file %1 is hard to read: %2 on %3 has a "
                                       "contrast of only %4:1, under the 4.5:1 text needs. "
                                       "Make these colours further apart in the file.")
        .arg(fileName, key(worst->textKey), key(worst->backgroundKey),
             QLocale().toString(std::floor(lowest * 10) / 10, 'f', 1));
}

}  // namespace flowscope::ui
