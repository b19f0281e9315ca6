// Country names follow the app's language (ui/country_names.*): the table built into the app
// has a column for every catalogue in translations/, and the names come from it, with the
// English name where a language has none of its own.
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>

#include "ui/country_names.h"

using flowscope::ui::countryDisplayName;

class CountryNamesTest : public QObject {
    Q_OBJECT
private slots:
    void everyLanguageHasAColumn() {
        QFile table(QStringLiteral(":/i18n/country_names.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        QStringList header;
        while (!table.atEnd() && header.isEmpty()) {
            const QString line = QString::fromUtf8(table.readLine()).trimmed();
            if (!line.startsWith(QLatin1Char('#'))) {
                header = line.split(QLatin1Char('\t'));
            }
        }
        QCOMPARE(header.value(0), QStringLiteral("code"));
        const QDir catalogues(QStringLiteral(FLOWSCOPE_SOURCE_DIR "/translations"));
        const QStringList files = catalogues.entryList({QStringLiteral("flowscope_*.ts")});
        QVERIFY(files.size() >= 20);
        for (QString code : files) {
            code = code.mid(int(qstrlen("flowscope_"))).chopped(3);
            QVERIFY2(code == QLatin1String("en") || header.contains(code),
                     qPrintable(code + QStringLiteral(" has no country names: rerun "
                                                      "tools/gen_country_translations.py")));
        }
    }

    void namesInTheAppsLanguage_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE"
                                << "DE"
                                << "Deutschland";
        QTest::newRow("Austrian German: the language's column") << "de_AT"
                                                                << "nl"
                                                                << "Niederlande";
        QTest::newRow("Arabic") << "ar"
                                << "DE"
                                << "ألمانيا";
        QTest::newRow("Brazilian Portuguese") << "pt_BR"
                                              << "DE"
                                              << "Alemanha";
        QTest::newRow("Traditional Chinese") << "zh_TW"
                                             << "DE"
                                             << "德國";
        QTest::newRow("Simplified Chinese") << "zh_CN"
                                            << "DE"
                                            << "德国";
        QTest::newRow("Japanese") << "ja_JP"
                                  << "US"
                                  << "米国";
        QTest::newRow("English: as given") << "en_US"
                                           << "DE"
                                           << "Germany";
        QTest::newRow("not in iso-codes: as given") << "de_DE"
                                                    << "XK"
                                                    << "Germany";
    }
    void namesInTheAppsLanguage() {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString name = countryDisplayName(code, QStringLiteral("Germany"));
        QLocale::setDefault(before);
        QCOMPARE(name, expected);
    }
};

QTEST_MAIN(CountryNamesTest)
#include "country_names_test.moc"
