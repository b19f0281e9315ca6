#include "ui/theme_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace flowscope::ui {

namespace {

QString refused(const QString& fileName, const QString& why) {
    //: %1 is a file name, %2 the reason (in English, e.g. "line 3: unknown key").
    return QCoreApplication::translate("flowscope::ui::Themes",
                                       "The theme file %1 was not used: %2 Correct it, then choose "
                                       "it again in View → Theme.")
        .arg(fileName, why);
}

}  // namespace

QString themesFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/flowscope/themes");
}

ThemeFileEntry loadThemeFile(const QString& fileName) {
    ThemeFileEntry entry{fileName, std::nullopt, {}};
    QFile file(QDir(themesFolder()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        entry.error = refused(fileName, file.errorString() + QLatin1Char('.'));
        return entry;
    }
    // One byte more than allowed: the parser then says the file is too large.
    const QByteArray bytes = file.read(qint64(kThemeFileMaxBytes) + 1);
    auto parsed = parseThemeFile(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!parsed) {
        entry.error = refused(fileName, QString::fromStdString(parsed.error().message));
        return entry;
    }
    entry.theme = std::move(parsed.value());
    return entry;
}

std::vector<ThemeFileEntry> listThemeFiles() {
    std::vector<ThemeFileEntry> out;
    const QDir dir(themesFolder());
    const QStringList names = dir.entryList({QStringLiteral("*.theme")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        out.push_back(loadThemeFile(name));
    }
    return out;
}

}  // namespace flowscope::ui
