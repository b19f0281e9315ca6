#include "ui/country_names.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QStringList>

namespace flowscope::ui {

namespace {

// The column of `locale` in the table's header: "pt_BR" or "zh_TW" as they are, else the
// language alone ("de" for de_AT); -1 when the table has none (English).
qsizetype columnOf(const QStringList& header, const QLocale& locale) {
    const QString full = locale.name();
    if (const qsizetype exact = header.indexOf(full); exact > 0) {
        return exact;
    }
    return header.indexOf(full.section(QLatin1Char('_'), 0, 0));
}

// code → name for one locale, read once from the resource (a few hundred lines).
QHash<QString, QString> readNames(const QLocale& locale) {
    QHash<QString, QString> names;
    QFile file(QStringLiteral(":/i18n/country_names.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return names;
    }
    qsizetype column = -1;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(QLatin1Char('\n'))) {
            line.chop(1);
        }
        if (line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.value(0) == QLatin1String("code")) {
            column = columnOf(fields, locale);
            if (column <= 0) {
                return names;
            }
        } else if (column > 0 && column < fields.size() && !fields[column].isEmpty()) {
            names.insert(fields[0], fields[column]);
        }
    }
    return names;
}

}  // namespace

QString countryDisplayName(const QString& code, const QString& english) {
    static QMutex mutex;  // models fill their caches on the GUI thread, but be safe
    static QString loadedFor;
    static QHash<QString, QString> names;
    const QLocale locale;
    QMutexLocker lock(&mutex);
    if (loadedFor != locale.name()) {
        names = readNames(locale);
        loadedFor = locale.name();
    }
    return names.value(code.toUpper(), english);
}

}  // namespace flowscope::ui
