// Settings → Language: which translation a system or a choice gets, the list the user picks
// from, saving the choice, and what installing a language does to the locale and the layout
// direction.
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QtTest>

#include "ui/settings/language_settings.h"
#include "ui/shell/language.h"
#include "ui/shell/language_settings_group.h"

using namespace flowscope::ui;

class LanguageTest : public QObject {
    Q_OBJECT
private slots:
    void init() { settings::language.reset(); }

    void resolvesSystemTagsToTheClosestCatalogue_data() {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("language and territory") << "" << QStringList{"de-AT", "de"} << "de";
        QTest::newRow("script picks Taiwan") << "" << QStringList{"zh-Hant-TW"} << "zh_TW";
        QTest::newRow("script picks China") << "" << QStringList{"zh-Hans"} << "zh_CN";
        QTest::newRow("other territory") << "" << QStringList{"pt-PT"} << "pt_BR";
        QTest::newRow("second preference") << "" << QStringList{"sv-SE", "fr-CA"} << "fr";
        QTest::newRow("English first") << "" << QStringList{"en-GB", "de-DE"} << "";
        QTest::newRow("nothing fits") << "" << QStringList{"sv-SE", "fi"} << "";
        QTest::newRow("no system list") << "" << none << "";
        QTest::newRow("chosen wins") << "ar" << QStringList{"de-DE"} << "ar";
        QTest::newRow("chosen English") << "en" << QStringList{"de-DE"} << "";
        QTest::newRow("chosen unknown") << "xx" << QStringList{"de-DE"} << "";
    }
    void resolvesSystemTagsToTheClosestCatalogue() {
        QFETCH(QString, wanted);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        const QStringList available{"ar", "de", "fr", "pt_BR", "zh_CN", "zh_TW"};
        QCOMPARE(resolveLanguage(wanted, system, available), expected);
    }

    void languagesNameThemselves() {
        QCOMPARE(nativeLanguageName("en"), QStringLiteral("English"));
        QCOMPARE(nativeLanguageName("de"), QStringLiteral("Deutsch"));
        QCOMPARE(nativeLanguageName("fr"), QStringLiteral("Français"));
        QCOMPARE(nativeLanguageName("pt_BR"), QStringLiteral("Português (Brasil)"));
        QCOMPARE(nativeLanguageName("ar"), QStringLiteral("العربية"));
    }

    void theGroupListsEveryCatalogueAndSavesOnOk() {
        QDialog dialog;
        auto* group = new LanguageSettingsGroup(&dialog);
        QComboBox* combo = group->combo();
        QCOMPARE(combo->count(), 2 + builtInLanguages().size());  // system, English, catalogues
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("en"));
        QCOMPARE(combo->currentIndex(), 0);  // nothing saved: the system's
        combo->setCurrentIndex(1);
        QVERIFY(!settings::language.isSet());  // only on OK
        dialog.accept();
        QCOMPARE(settings::language.value(), QStringLiteral("en"));
        QDialog again;
        QCOMPARE((new LanguageSettingsGroup(&again))->combo()->currentIndex(), 1);
        combo->setCurrentIndex(0);
        group->apply();
        QVERIFY(!settings::language.isSet());  // the system's again: nothing stored
    }

    void englishChosenKeepsLeftToRightAndEnglishNumbers() {
        const LanguageChoice choice = installLanguage(*QCoreApplication::instance(), "en");
        QCOMPARE(choice.code, QString());
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        // English plural forms come from its own catalogue.
        const char* context = "flowscope::ui::MainWindow";
        QCOMPARE(QCoreApplication::translate(context, "%1 packet(s)", nullptr, 1),
                 QStringLiteral("%1 packet"));
        QCOMPARE(QCoreApplication::translate(context, "%1 packet(s)", nullptr, 2),
                 QStringLiteral("%1 packets"));
        QCOMPARE(QCoreApplication::translate("QObject", "%Ln day(s)", nullptr, 1200),
                 QStringLiteral("1,200 days"));
    }

    // Each catalogue built into the app loads, translates, and sets the locale and direction.
    void everyBuiltInCatalogueApplies() {
        const QStringList codes = builtInLanguages();
        if (codes.isEmpty()) {
            QSKIP("no catalogue in translations/ yet");
        }
        for (const QString& code : codes) {
            const LanguageChoice choice = installLanguage(*QCoreApplication::instance(), code);
            QCOMPARE(choice.code, code);
            const QString title =
                QCoreApplication::translate("flowscope::ui::LanguageSettingsGroup", "Language");
            QVERIFY2(title != QLatin1String("Language") && !title.isEmpty(), qPrintable(code));
            QCOMPARE(QLocale().language(), QLocale(code).language());
            QCOMPARE(QGuiApplication::layoutDirection(), QLocale(code).textDirection());
        }
    }
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
