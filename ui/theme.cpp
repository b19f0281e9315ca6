#include "ui/theme.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <optional>

#include "ui/app_style.h"
#include "ui/settings/settings.h"
#include "ui/theme_files.h"

namespace flowscope::ui {

namespace {

std::optional<QPalette>& platformPalette() {
    static std::optional<QPalette> palette;
    return palette;
}

}  // namespace

Theme ThemeManager::s_current = Theme::System;
QString ThemeManager::s_userFile;
std::optional<ThemeFile> ThemeManager::s_user;

namespace {

const QString kFilePrefix = QStringLiteral("file:");

QColor toColor(const Rgb& c) {
    return QColor(c.r, c.g, c.b);
}

}  // namespace

void ThemeManager::init() {
    if (!platformPalette()) {
        platformPalette() = QApplication::palette();
    }
}

Theme ThemeManager::saved() {
    return fromName(settings::theme.value());
}

void ThemeManager::save(Theme theme) {
    settings::theme.setValue(name(theme));
}

bool ThemeManager::systemIsDark() {
    init();
    const QColor window = platformPalette()->color(QPalette::Window);
    const QColor text = platformPalette()->color(QPalette::WindowText);
    return window.lightness() < 128 && text.lightness() > window.lightness();
}

bool ThemeManager::isDark() {
    switch (s_current) {
        case Theme::Light:
            return false;
        case Theme::Dark:
        case Theme::HighContrast:
            return true;
        case Theme::User:
            return s_user && s_user->dark;
        case Theme::System:
            break;
    }
    return systemIsDark();
}

std::optional<QColor> ThemeManager::userColor(ThemeRole role) {
    if (s_current != Theme::User || !s_user || !s_user->color(role)) {
        return std::nullopt;
    }
    return toColor(*s_user->color(role));
}

namespace {

// The colours of one theme; buildPalette() sets the same roles for both themes.
struct PaletteColors {
    QColor window, base, alternateBase, text, highlight, disabled;
    QColor toolTipBase, button, brightText;
    QColor light, midlight, mid, dark, shadow;
    QColor link, linkVisited;
};

QPalette buildPalette(const PaletteColors& c) {
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.disabled);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.disabled);
    }
    return p;
}

}  // namespace

QColor ThemeManager::seriesColor(Series series) {
    const bool in = series == Series::Incoming;
    if (auto c = userColor(in ? ThemeRole::SeriesIncoming : ThemeRole::SeriesOutgoing)) {
        return *c;
    }
    // The lines marked "series:" are read by tools/check_colors.py.
    if (s_current == Theme::HighContrast) {
        return in ? QColor(0x1a, 0xeb, 0xff)   // series: high contrast incoming
                  : QColor(0xff, 0xb0, 0x00);  // series: high contrast outgoing
    }
    return in ? QColor(0x2a, 0x82, 0xda)   // series: incoming
              : QColor(0xe6, 0x7e, 0x22);  // series: outgoing
}

QPalette ThemeManager::lightPalette() {
    const QColor highlight(0x25, 0x63, 0xeb);
    return buildPalette({
        .window = QColor(0xf3, 0xf4, 0xf6),
        .base = QColor(0xff, 0xff, 0xff),  // series: light background
        .alternateBase = QColor(0xf6, 0xf8, 0xfa),
        .text = QColor(0x1f, 0x23, 0x28),
        .highlight = highlight,
        .disabled = QColor(0x9a, 0xa0, 0xa6),
        .toolTipBase = QColor(0xff, 0xff, 0xe8),
        .button = QColor(0xe9, 0xeb, 0xee),
        .brightText = QColor(Qt::red),
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xe2, 0xe4, 0xe8),
        .mid = QColor(0xb8, 0xbc, 0xc2),
        .dark = QColor(0x9a, 0x9f, 0xa6),
        .shadow = QColor(0x60, 0x64, 0x6a),
        .link = highlight,
        .linkVisited = QColor(0x6f, 0x42, 0xc1),
    });
}

QPalette ThemeManager::darkPalette() {
    return buildPalette({
        .window = QColor(0x25, 0x27, 0x2b),
        .base = QColor(0x1b, 0x1d, 0x20),  // series: dark background
        .alternateBase = QColor(0x23, 0x26, 0x2a),
        .text = QColor(0xe6, 0xe8, 0xeb),
        // White selected text needs 4.5:1 (WCAG); #3b82f6 gave 3.7:1 (theme_test checks).
        .highlight = QColor(0x2b, 0x6a, 0xd8),
        .disabled = QColor(0x7a, 0x7f, 0x87),
        .toolTipBase = QColor(0x32, 0x35, 0x3a),
        .button = QColor(0x32, 0x35, 0x3a),
        .brightText = QColor(0xff, 0x6b, 0x6b),
        .light = QColor(0x44, 0x48, 0x4e),
        .midlight = QColor(0x3a, 0x3d, 0x42),
        .mid = QColor(0x2c, 0x2f, 0x33),
        .dark = QColor(0x17, 0x18, 0x1b),
        .shadow = QColor(0x0c, 0x0c, 0x0e),
        .link = QColor(0x6c, 0xa8, 0xff),
        .linkVisited = QColor(0xb3, 0x92, 0xf0),
    });
}

// White on black, as the high-contrast themes of Windows and GNOME: text 21:1 on its
// background, secondary text 12.6:1, the selection cyan with black text, links yellow,
// borders white.
QPalette ThemeManager::highContrastPalette() {
    const QColor black(0x00, 0x00, 0x00), white(0xff, 0xff, 0xff);
    QPalette p = buildPalette({
        .window = black,
        .base = QColor(0x00, 0x00, 0x00),  // series: high contrast background
        .alternateBase = QColor(0x1c, 0x1c, 0x1c),
        .text = white,
        .highlight = QColor(0x1a, 0xeb, 0xff),
        .disabled = QColor(0xc0, 0xc0, 0xc0),
        .toolTipBase = black,
        .button = black,
        .brightText = QColor(0xff, 0xff, 0x00),
        .light = white,
        .midlight = white,
        .mid = white,
        .dark = white,
        .shadow = white,
        .link = QColor(0xff, 0xff, 0x00),
        .linkVisited = QColor(0xff, 0xff, 0x00),
    });
    p.setColor(QPalette::HighlightedText, black);
    return p;
}

QPalette ThemeManager::paletteOf(const ThemeFile& theme) {
    QPalette p = theme.dark ? darkPalette() : lightPalette();
    const std::pair<ThemeRole, QPalette::ColorRole> roles[] = {
        {ThemeRole::Window, QPalette::Window},
        {ThemeRole::WindowText, QPalette::WindowText},
        {ThemeRole::Base, QPalette::Base},
        {ThemeRole::AlternateBase, QPalette::AlternateBase},
        {ThemeRole::Text, QPalette::Text},
        {ThemeRole::Button, QPalette::Button},
        {ThemeRole::ButtonText, QPalette::ButtonText},
        {ThemeRole::Highlight, QPalette::Highlight},
        {ThemeRole::HighlightedText, QPalette::HighlightedText},
        {ThemeRole::Link, QPalette::Link},
        {ThemeRole::ToolTipBase, QPalette::ToolTipBase},
        {ThemeRole::ToolTipText, QPalette::ToolTipText},
        {ThemeRole::Border, QPalette::Mid},
    };
    for (const auto& [role, qt] : roles) {
        if (const auto& c = theme.color(role)) {
            p.setColor(qt, toColor(*c));
        }
    }
    if (const auto& c = theme.color(ThemeRole::DisabledText)) {
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            p.setColor(QPalette::Disabled, role, toColor(*c));
        }
        p.setColor(QPalette::PlaceholderText, toColor(*c));
    }
    return p;
}

StatusColors ThemeManager::statusColors(StatusLevel level) {
    StatusColors colors = builtInStatusColors(level);
    const ThemeRole role = level == StatusLevel::Ok        ? ThemeRole::StatusOk
                           : level == StatusLevel::Warning ? ThemeRole::StatusWarning
                                                           : ThemeRole::StatusError;
    if (auto c = userColor(role)) {
        colors.text = *c;
    }
    if (s_current == Theme::HighContrast) {
        const QColor hc[] = {QColor(0x3f, 0xf2, 0x3f), QColor(0xff, 0xff, 0x00),
                             QColor(0xff, 0x8c, 0x8c)};
        colors.text = hc[int(level)];
    }
    return colors;
}

StatusColors ThemeManager::builtInStatusColors(StatusLevel level) {
    const bool dark = isDark();
    switch (level) {
        case StatusLevel::Ok:
            return {.text = dark ? QColor(0x4a, 0xc2, 0x6b) : QColor(0x1e, 0x8e, 0x3e),
                    .boxText = QColor(0x15, 0x57, 0x24),
                    .boxBackground = QColor(0xd4, 0xed, 0xda),
                    .boxBorder = QColor(0xa3, 0xd3, 0xb0)};
        case StatusLevel::Warning:
            return {.text = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00),
                    .boxText = QColor(0x66, 0x4d, 0x03),
                    .boxBackground = QColor(0xff, 0xf3, 0xcd),
                    .boxBorder = QColor(0xe6, 0xcf, 0x8b)};
        case StatusLevel::Error:
            break;
    }
    return {.text = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x1c),
            .boxText = QColor(0x58, 0x15, 0x1c),
            .boxBackground = QColor(0xf8, 0xd7, 0xda),
            .boxBorder = QColor(0xe0, 0xa0, 0xa6)};
}

namespace {

// Fusion with the app's additions (ui/app_style.h); the high-contrast theme outlines its
// controls. Set again only when that changes.
void useStyle(bool highContrast) {
    const auto* current = qobject_cast<const AppStyle*>(QApplication::style());
    if (!current || current->highContrast() != highContrast) {
        QApplication::setStyle(new AppStyle(highContrast));
    }
}

}  // namespace

void ThemeManager::apply(Theme theme) {
    init();
    useStyle(theme == Theme::HighContrast);
    s_current = theme;
    s_userFile.clear();
    s_user.reset();
    QApplication::setPalette(theme == Theme::HighContrast ? highContrastPalette()
                             : isDark()                   ? darkPalette()
                                                          : lightPalette());
}

void ThemeManager::applyUser(const QString& fileName, const ThemeFile& theme) {
    init();
    useStyle(false);
    s_current = Theme::User;
    s_userFile = fileName;
    s_user = theme;
    QApplication::setPalette(paletteOf(theme));
}

void ThemeManager::saveUser(const QString& fileName) {
    settings::theme.setValue(kFilePrefix + fileName);
}

QString ThemeManager::savedUserFile() {
    const QString value = settings::theme.value();
    return value.startsWith(kFilePrefix) ? value.mid(kFilePrefix.size()) : QString();
}

QString ThemeManager::applySaved() {
    const QString file = savedUserFile();
    if (file.isEmpty()) {
        apply(saved());
        return {};
    }
    return applyFile(file);
}

QString ThemeManager::applyFile(const QString& fileName) {
    const ThemeFileEntry entry = loadThemeFile(fileName);
    if (!entry.theme) {
        apply(Theme::System);
        return entry.error;
    }
    applyUser(fileName, *entry.theme);
    return {};
}

QString ThemeManager::name(Theme theme) {
    switch (theme) {
        case Theme::Light:
            return QStringLiteral("light");
        case Theme::Dark:
            return QStringLiteral("dark");
        case Theme::HighContrast:
            return QStringLiteral("high-contrast");
        case Theme::System:
        case Theme::User:
            break;
    }
    return QStringLiteral("system");
}

Theme ThemeManager::fromName(const QString& name) {
    if (name == QLatin1String("light")) {
        return Theme::Light;
    }
    if (name == QLatin1String("dark")) {
        return Theme::Dark;
    }
    if (name == QLatin1String("high-contrast")) {
        return Theme::HighContrast;
    }
    return Theme::System;
}

}  // namespace flowscope::ui
