// Which language the desktop app speaks: the translations built into the app
// (translations/flowscope_<code>.ts → :/i18n/flowscope_<code>.qm), Qt's own for its dialogs,
// the locale that formats numbers, dates and units, and the layout direction (right to left
// for Arabic, Hebrew, Persian). Chosen once at start: Settings → Language applies on the next
// start. The command-line tool stays in English (its output is for scripts).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace flowscope::ui {

struct LanguageChoice {
    QString code;       // the translation loaded ("" = English, the source language)
    QLocale locale;     // formats numbers and dates
    bool qtTranslated;  // Qt's own strings (dialog buttons) found for it
};

// Codes of the translations built into the app, sorted. Not "en": English is the sources'
// language (its catalogue holds only the plural forms, loaded whenever English is spoken).
QStringList builtInLanguages();

// The language for `wanted` ("" = the system's languages in order of preference, as BCP 47
// tags): the first of `available` that matches (language and territory, else language), else
// English (""). An English tag before any match means English.
QString resolveLanguage(const QString& wanted, const QStringList& systemLanguages,
                        const QStringList& available);
inline QString resolveLanguage(const QString& wanted, const QStringList& systemLanguages) {
    return resolveLanguage(wanted, systemLanguages, builtInLanguages());
}

// Loads the translations for settings::language (or `overrideCode` when not empty, e.g. the
// --language option), sets the default locale and the layout direction. Call once, after the
// QApplication exists and before any window is made.
LanguageChoice installLanguage(QCoreApplication& app, const QString& overrideCode = {});

// "Deutsch", "العربية", … : how a language names itself, for the language menu.
QString nativeLanguageName(const QString& code);

}  // namespace flowscope::ui
