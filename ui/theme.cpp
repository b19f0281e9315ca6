#include "ui/theme.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>
#include <optional>

#include "ui/settings/settings.h"

namespace flowscope::ui {

namespace {

std::optional<QPalette>& platformPalette() {
    static std::optional<QPalette> palette;
    return palette;
}

}  // namespace

Theme ThemeManager::s_current = Theme::System;

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
            return true;
        case Theme::System:
            break;
    }
    return systemIsDark();
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
    // The lines marked "series:" are read by tools/check_colors.py.
    return series == Series::Incoming ? QColor(0x2a, 0x82, 0xda)   // series: incoming
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
        .highlight = QColor(0x3b, 0x82, 0xf6),
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

StatusColors ThemeManager::statusColors(StatusLevel level) {
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

void ThemeManager::apply(Theme theme) {
    init();
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
            QApplication::setStyle(fusion);
        }
    }
    s_current = theme;
    QApplication::setPalette(isDark() ? darkPalette() : lightPalette());
}

QString ThemeManager::name(Theme theme) {
    switch (theme) {
        case Theme::Light:
            return QStringLiteral("light");
        case Theme::Dark:
            return QStringLiteral("dark");
        case Theme::System:
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
    return Theme::System;
}

}  // namespace flowscope::ui
