// Whether a user theme can be read: the contrast of text on its background (WCAG 2's
// contrast ratio, 1:1 to 21:1) for each pair of colours a theme file sets. A theme under
// 4.5:1, WCAG's minimum for normal text, is still applied (it is the user's choice) but the
// window says which pair is too faint.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace flowscope::ui {

// WCAG 2 contrast ratio of two opaque colours: (L1 + 0.05) / (L2 + 0.05), L the relative
// luminance, the lighter one first.
double contrastRatio(const QColor& a, const QColor& b);

inline constexpr double kMinTextContrast = 4.5;

// One sentence naming the faintest text/background pair of `palette` (with the theme file's
// keys, e.g. "window-text on window") when it is under kMinTextContrast; empty otherwise.
QString contrastWarning(const QString& fileName, const QPalette& palette);

}  // namespace flowscope::ui
