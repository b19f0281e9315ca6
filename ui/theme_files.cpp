#include "ui/theme_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace flowscope::ui {

namespace {

// What is wrong with the file, in the app's language (the parser says it in English).
QString problemText(const ThemeFileProblem& p) {
    const QString text = QString::fromStdString(p.text);
    using Kind = ThemeFileProblem::Kind;
    switch (p.kind) {
        case Kind::TooLarge:
            return QCoreApplication::translate("flowscope::ui::Themes",
                                               "the file is larger than 64 KB; a theme is a list "
                                               "of a few colours (see docs/themes.md).");
        case Kind::NoName:
            return QCoreApplication::translate(
                "flowscope::ui::Themes",
                "the file has no \"name = …\" line; add one with the name to show.");
        case Kind::ExpectedKeyValue:
            //: %1: a line number of the theme file.
            return QCoreApplication::translate("flowscope::ui::Themes",
                                               "line %1: expected \"key = value\".")
                .arg(p.line);
        case Kind::GivenTwice:
            //: %1: a line number; %2: a key of the theme file, as written (not translated).
            return QCoreApplication::translate("flowscope::ui::Themes",
                                               "line %1: \"%2\" is given twice; keep one.")
                .arg(p.line)
                .arg(text);
        case Kind::BadName:
            return QCoreApplication::translate(
                       "flowscope::ui::Themes",
                       "line %1: the name must be 1 to 80 characters of UTF-8 text.")
                .arg(p.line);
        case Kind::BadBasedOn:
            //: "based-on", "light" and "dark" are written in the file as they are.
            return QCoreApplication::translate("flowscope::ui::Themes",
                                               "line %1: based-on must be \"light\" or \"dark\".")
                .arg(p.line);
        case Kind::UnknownKey:
            return QCoreApplication::translate("flowscope::ui::Themes",
                                               "line %1: unknown key \"%2\"; docs/themes.md "
                                               "lists the keys a theme may set.")
                .arg(p.line)
                .arg(text);
        case Kind::BadColor:
            //: %2: a value from the file; "#rrggbb" is the notation, written as it is.
            return QCoreApplication::translate(
                       "flowscope::ui::Themes",
                       "line %1: \"%2\" is not a colour; write it as #rrggbb.")
                .arg(p.line)
                .arg(text);
    }
    return QString::fromStdString(themeProblemText(p));
}

QString refused(const QString& fileName, const QString& why) {
    //: %1 is a file name, %2 the reason (e.g. "line 3: unknown key …").
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
    ThemeFileProblem problem;
    auto parsed =
        parseThemeFile(std::string_view(bytes.constData(), size_t(bytes.size())), &problem);
    if (!parsed) {
        entry.error = refused(fileName, problemText(problem));
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
