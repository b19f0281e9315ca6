#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "ui/settings/language_settings.h"

namespace flowscope::ui {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("flowscope_");

QString languagePart(const QString& code) {
    return code.section(QLatin1Char('_'), 0, 0);
}

// The built-in translation for one BCP 47 tag ("de-AT", "zh-Hant-TW", "pt"): the exact
// language and territory, else the language alone, else the language in another territory.
// Empty when none fits; "en" when the tag asks for English.
QString matchTag(const QString& tag, const QStringList& builtIn) {
    const QLocale locale(tag);
    if (locale.language() == QLocale::C) {
        return {};
    }
    const QString name = locale.name();  // "de_AT", "zh_TW", "pt_BR"
    const QString language = languagePart(name);
    if (language == QLatin1String("en")) {
        return QStringLiteral("en");
    }
    if (builtIn.contains(name)) {
        return name;
    }
    if (builtIn.contains(language)) {
        return language;
    }
    for (const QString& code : builtIn) {
        if (languagePart(code) == language) {
            return code;
        }
    }
    return {};
}

}  // namespace

QStringList builtInLanguages() {
    QStringList codes;
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        codes << file.mid(kPrefix.size()).chopped(3);
    }
    codes.removeAll(QStringLiteral("en"));  // the sources' language; its catalogue: plurals
    codes.sort();
    return codes;
}

QString resolveLanguage(const QString& wanted, const QStringList& systemLanguages,
                        const QStringList& builtIn) {
    const QStringList tags = wanted.isEmpty() ? systemLanguages : QStringList{wanted};
    for (const QString& tag : tags) {
        const QString match = matchTag(tag, builtIn);
        if (match == QLatin1String("en")) {
            return {};
        }
        if (!match.isEmpty()) {
            return match;
        }
    }
    return {};
}

LanguageChoice installLanguage(QCoreApplication& app, const QString& overrideCode) {
    const QString wanted = overrideCode.isEmpty() ? settings::language.value() : overrideCode;
    LanguageChoice choice;
    choice.code = resolveLanguage(wanted, QLocale::system().uiLanguages());
    choice.qtTranslated = false;
    // Numbers and dates: the system's formats unless a language was chosen.
    choice.locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    // A language installed before goes first (tests, or a second call): else its catalogue
    // would still answer every message the new one does not hold.
    for (QTranslator* old : app.findChildren<QTranslator*>(QStringLiteral("flowscopeLanguage"),
                                                           Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // English too: its catalogue holds the plural forms ("%1 packet(s)" → "1 packet").
    auto* own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("flowscopeLanguage"));
    if (own->load(kPrefix + (choice.code.isEmpty() ? QStringLiteral("en") : choice.code),
                  kResourceDir)) {
        QCoreApplication::installTranslator(own);
    }
    if (!choice.code.isEmpty()) {
        auto* qt = new QTranslator(&app);
        qt->setObjectName(QStringLiteral("flowscopeLanguage"));
        if (qt->load(QLocale(choice.code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            choice.qtTranslated = true;
        }
        if (wanted.isEmpty() && languagePart(choice.locale.name()) != languagePart(choice.code)) {
            choice.locale = QLocale(choice.code);  // an English system asking for German text
        }
    }
    QLocale::setDefault(choice.locale);
    // The whole window mirrors for a right-to-left translation (not for an RTL locale whose
    // text is shown in English).
    const QLocale textLocale =
        choice.code.isEmpty() ? QLocale(QLocale::English) : QLocale(choice.code);
    QGuiApplication::setLayoutDirection(textLocale.textDirection());
    return choice;
}

QString nativeLanguageName(const QString& code) {
    if (code == QLatin1String("en")) {
        return QStringLiteral("English");  // Qt says "American English" for the bare code
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_'))) {  // pt_BR, zh_CN, zh_TW: say which
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
    }
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();  // "español" → "Español" in a list
    }
    return name;
}

}  // namespace flowscope::ui
