// Core's sentences in the window's language (ui/core_text): errors and warnings that core
// words for both twins reach the desktop app as Phrases. In English the app shows exactly
// core's words; in another language each template and each clause comes from the catalogue,
// with paths, names and numbers filled in (right to left: isolated paths, Arabic digits). The
// last cases go through the whole window: a missing file on the Start page and a file cut
// short in the banner, in German.
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include "core/base/system_reason.h"
#include "core/capture/file_reader.h"
#include "core/capture/helper_capture.h"
#include "core/enrich/geo_resolver.h"
#include "core/store/sqlite_db.h"
#include "ui/core_text.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pages/start_page.h"
#include "ui/settings/settings.h"
#include "ui/shell/language.h"

using namespace flowscope;
using namespace flowscope::ui;

namespace {

const QString kExample2 = QStringLiteral(FLOWSCOPE_TEST_DATA "/pcap/pcapplusplus-example2.pcap");

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(bytes);
    }
    return path;
}

// A pcapng section header, then a block whose length (13) is not a multiple of 4.
QByteArray damagedPcapng() {
    const unsigned char bytes[] = {0x0A, 0x0D, 0x0D, 0x0A, 28, 0, 0,    0,    0x4D, 0x3C,
                                   0x2B, 0x1A, 1,    0,    0,  0, 0xFF, 0xFF, 0xFF, 0xFF,
                                   0xFF, 0xFF, 0xFF, 0xFF, 28, 0, 0,    0,    1,    0,
                                   0,    0,    13,   0,    0,  0, 0,    0,    0,    0};
    return {reinterpret_cast<const char*>(bytes), sizeof bytes};
}

QByteArray cutShortPcap() {
    QFile source(kExample2);
    return source.open(QIODevice::ReadOnly) ? source.readAll().left(5000) : QByteArray();
}

Error openError(const QString& path) {
    auto reader = FileReader::open(path.toStdString());
    return reader ? Error{} : reader.error();
}

// The error of reading the file to its end, or its warning when it ends without one.
Phrase readToEnd(const QString& path) {
    auto reader = FileReader::open(path.toStdString());
    if (!reader) {
        return reader.error().phrase;
    }
    RawPacket packet;
    ReadStatus status = ReadStatus::Packet;
    while (status == ReadStatus::Packet || status == ReadStatus::Timeout) {
        status = reader.value()->next(packet);
    }
    return status == ReadStatus::Error ? reader.value()->error().phrase
                                       : reader.value()->warningPhrase();
}

QString core(const char* text) {
    return QCoreApplication::translate("Core", text);
}

}  // namespace

class CoreTextTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SettingsStore::setLocation(m_dir.filePath("flowscope.conf"));
        installLanguage(*qApp, QStringLiteral("en"));  // English: its plural catalogue
    }

    // English: exactly the sentence core wrote, for each kind of phrase core builds.
    void englishIsCoresSentence() {
        const QList<Phrase> phrases = {
            openError(m_dir.filePath("missing.pcap")).phrase,
            openError(write(m_dir, "empty.pcap", {})).phrase,
            openError(m_dir.path()).phrase,
            readToEnd(write(m_dir, "damaged.pcapng", damagedPcapng())),
            readToEnd(write(m_dir, "cut.pcap", cutShortPcap())),
            history::databaseError(11, "/var/lib/h.sqlite", "").phrase,
            history::databaseError(14, "/var/lib/h.sqlite", "unable to open").phrase,
        };
        for (const Phrase& p : phrases) {
            QVERIFY2(!p.empty(), "core gave no phrase");
            QCOMPARE(localized(p), QString::fromStdString(english(p)));
        }
        QVERIFY(english(phrases[3]).find("which is not a multiple of 4") != std::string::npos);
        // An error core wrote as plain text is shown as it is.
        QCOMPARE(localized(makeError(ErrorCode::Io, "Plain words.")),
                 QStringLiteral("Plain words."));
    }

    // German: every template and clause from the catalogue, the path and numbers filled in.
    void german() {
        installLanguage(*qApp, QStringLiteral("de"));
        const QString missing = m_dir.filePath("missing.pcap");
        QCOMPARE(localized(openError(missing)),
                 core("%1 does not exist; check the file name and folder.").arg(missing));
        const Phrase damaged = readToEnd(write(m_dir, "damaged.pcapng", damagedPcapng()));
        const QString text = localized(damaged);
        const QString where = core("block %1 at byte offset %2").arg(2).arg(28);
        const QString what = core("has a length of %1 bytes, which is not a multiple of 4").arg(13);
        const QString after =
            core("so no packet could be read from it (pcapfix may repair the file).");
        for (const QString& part : {where, what, after}) {
            QVERIFY2(text.contains(part), qPrintable(text + " / " + part));
        }
        QVERIFY2(!text.contains(QStringLiteral("byte offset")), qPrintable(text));
        // A template the catalogue does not know stays English.
        QCOMPARE(localized(phrase("No catalogue has %1.", {verbatim("this")})),
                 QStringLiteral("No catalogue has this."));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // Settings → Databases: an AS database chosen as the country database, in German: the
    // sentence and its three clauses from the catalogue, the file's type as it is.
    void databaseChoiceInGerman() {
        installLanguage(*qApp, QStringLiteral("de"));
        const QString asn =
            QStringLiteral(FLOWSCOPE_TEST_DATA "/mmdb/maxmind-test-data/GeoLite2-ASN-Test.mmdb");
        const auto opened = GeoResolver::openFor(GeoRole::Country, asn.toStdString());
        QVERIFY(!opened);
        const QString expected =
            core("The file '%1' (%2) holds %3; choose %4.")
                .arg(asn, QStringLiteral("GeoLite2-ASN"), core("AS numbers but no countries"),
                     core("a country database (GeoLite2 or GeoIP2 Country or City, DB-IP, "
                          "IPinfo)"));
        QCOMPARE(localized(opened.error()), expected);
        QVERIFY2(expected != QString::fromStdString(opened.error().message), qPrintable(expected));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // The country database falls back to the built-in one, in German: the user's file's error
    // is the first clause, without its full stop, of the fallback sentence; both translated.
    void databaseFallbackInGerman() {
        installLanguage(*qApp, QStringLiteral("de"));
        const QString asn =
            QStringLiteral(FLOWSCOPE_TEST_DATA "/mmdb/maxmind-test-data/GeoLite2-ASN-Test.mmdb");
        GeoResolverOptions options;
        options.countryDb = asn.toStdString();
        options.recheckInterval = std::chrono::milliseconds(0);
        const GeoResolver resolver(options);
        const GeoDatabaseInfo info = resolver.info(GeoRole::Country);
        QVERIFY(info.embedded);
        QString clause =
            core("The file '%1' (%2) holds %3; choose %4.")
                .arg(asn, QStringLiteral("GeoLite2-ASN"), core("AS numbers but no countries"),
                     core("a country database (GeoLite2 or GeoIP2 Country or City, "
                          "DB-IP, IPinfo)"));
        QVERIFY(clause.endsWith(QLatin1Char('.')));
        clause.chop(1);
        const QString expected =
            core("%1; Flowscope uses its built-in country database instead.").arg(clause);
        QCOMPARE(localized(info.error), expected);
        QVERIFY2(expected != QString::fromStdString(english(info.error)), qPrintable(expected));
        // The system's reason inside a sentence is translated too.
        QCOMPARE(localized(systemReason(ENOSPC)), core("No space left on device"));
        QVERIFY(core("No space left on device") != QStringLiteral("No space left on device"));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // The capture helper's sentences: one it cannot start with, in German, the system's
    // reason translated inside it.
    void helperInGerman() {
        installLanguage(*qApp, QStringLiteral("de"));
        LiveOptions options;
        options.interface = "lo";
        const std::string missing = m_dir.filePath("no-such-helper").toStdString();
        auto capture = HelperCapture::open(options, missing);
        QVERIFY(!capture);
        const QString expected =
            core(
                "Flowscope could not start its capture helper %1 (%2); reinstall Flowscope or "
                "set FLOWSCOPE_CAPTURE=direct.")
                .arg(QString::fromStdString(missing), core("No such file or directory"));
        QCOMPARE(localized(capture.error()), expected);
        QVERIFY2(!expected.contains(QStringLiteral("reinstall")), qPrintable(expected));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // Japanese ends a sentence with "。": as a clause it is dropped all the same.
    void clauseInJapanese() {
        installLanguage(*qApp, QStringLiteral("ja"));
        const Phrase missing = openError(m_dir.filePath("missing.pcap")).phrase;
        const QString sentence = localized(missing);
        QVERIFY2(sentence.endsWith(QChar(0x3002)), qPrintable(sentence));
        QCOMPARE(localized(clause(missing)), sentence.chopped(1));
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // Arabic, right to left: Arabic-Indic digits, the path an isolate inside the sentence.
    void arabic() {
        installLanguage(*qApp, QStringLiteral("ar"));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString path = m_dir.filePath("cut.pcap");
        const QString text = localized(readToEnd(write(m_dir, "cut.pcap", cutShortPcap())));
        QVERIFY2(text.contains(QChar(0x2068) + path + QChar(0x2069)), qPrintable(text));
        QVERIFY2(text.contains(QChar(0x0665)), qPrintable(text));  // ٥ of the byte offset 5000
        QVERIFY2(!text.contains(QStringLiteral("cut short")), qPrintable(text));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        installLanguage(*qApp, QStringLiteral("en"));
    }

    // The whole window in German: the Start page's error and the banner's warning.
    void windowInGerman() {
        installLanguage(*qApp, QStringLiteral("de"));
        const QString cut = write(m_dir, "cut.pcap", cutShortPcap());
        EngineBridge bridge;
        MainWindow window(&bridge);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString missing = m_dir.filePath("missing.pcap");
        window.openFile(missing);
        QCOMPARE(window.startPage()->errorText(),
                 core("%1 does not exist; check the file name and folder.").arg(missing));
        window.showPage(MainWindow::PageOverview);
        window.openFile(cut);
        QTRY_VERIFY_WITH_TIMEOUT(bridge.state() == EngineState::Finished, 30000);
        QTRY_VERIFY(!window.bannerText().isEmpty());
        const QString banner = window.bannerText();
        QVERIFY2(banner.contains(cut) && !banner.contains(QStringLiteral("cut short")),
                 qPrintable(banner));
        QVERIFY2(banner.contains(localized(readToEnd(cut))), qPrintable(banner));
        installLanguage(*qApp, QStringLiteral("en"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(CoreTextTest)
#include "core_text_test.moc"
