#include "ui/theme.h"

#include <QApplication>
#include <QColor>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <optional>

namespace flowscope::ui {

namespace {

const char* const kThemeKey = "ui/theme";

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
    QSettings settings(QStringLiteral("Flowscope"), QStringLiteral("Flowscope"));
    return fromName(settings.value(kThemeKey, QStringLiteral("system")).toString());
}

void ThemeManager::save(Theme theme) {
    QSettings settings(QStringLiteral("Flowscope"), QStringLiteral("Flowscope"));
    settings.setValue(kThemeKey, name(theme));
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

QPalette ThemeManager::lightPalette() {
    QPalette p;
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor highlight(0x25, 0x63, 0xeb);
    const QColor disabled(0x9a, 0xa0, 0xa6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xe2, 0xe4, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbc, 0xc2));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa6));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x64, 0x6a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

QPalette ThemeManager::darkPalette() {
    QPalette p;
    const QColor window(0x25, 0x27, 0x2b);
    const QColor base(0x1b, 0x1d, 0x20);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor highlight(0x3b, 0x82, 0xf6);
    const QColor disabled(0x7a, 0x7f, 0x87);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x35, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x44, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x33));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
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
