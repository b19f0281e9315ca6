// Start on login. The XDG entry is written for real into a temporary XDG_CONFIG_HOME, checked
// with desktop-file-validate and started with `gio launch` (GLib's own Exec parser); the
// Windows Run value and the macOS launch agent are checked as the exact text they would be.
// A read-only folder is a read-only bind mount in a private mount namespace when run as root
// (root writes through file modes), else a folder without write permission.
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "ui/settings/settings.h"
#include "ui/settings/startup_settings.h"
#include "ui/settings_dialog.h"
#include "ui/shell/autostart.h"
#include "ui/shell/startup_settings_group.h"

using namespace flowscope::ui;

namespace {

// The arguments of an Exec value as the Desktop Entry spec reads them: string escapes first,
// then quoting, then %% (no field codes are used). Independent of the code under test.
QStringList parseExec(const QString& value) {
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            unescaped += next == 's'   ? QChar(' ')
                         : next == 'n' ? QChar('\n')
                         : next == 't' ? QChar('\t')
                         : next == 'r' ? QChar('\r')
                                       : next;
            continue;
        }
        unescaped += value[i];
    }
    QStringList args;
    QString current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (quoted) {
            if (c == '\\' && i + 1 < unescaped.size()) {
                current += unescaped[++i];
            } else if (c == '"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == ' ') {
            if (any) {
                args << current;
            }
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any) {
        args << current;
    }
    for (QString& arg : args) {
        arg.replace(QStringLiteral("%%"), QStringLiteral("%"));
    }
    return args;
}

QString keyValue(const QString& text, const QString& key) {
    for (const QString& line : text.split('\n')) {
        if (line.startsWith(key + '=')) {
            return line.mid(key.size() + 1);
        }
    }
    return {};
}

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// desktop-file-validate's verdict: "" when it accepts the file, else what it printed.
QString validate(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("desktop-file-validate"), {path});
    if (!p.waitForFinished(10000)) {
        return QStringLiteral("desktop-file-validate did not run: ") + p.errorString();
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode() == 0 && !out.contains(QLatin1String("error")) ? QString() : out;
}

// Makes `folder` read-only for this process, even for root; false if that is not possible.
bool makeReadOnly(const QString& folder) {
    if (geteuid() != 0) {
        return QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    }
    const QByteArray path = QFile::encodeName(folder);
    return unshare(CLONE_NEWNS) == 0 &&
           mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
           mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0 &&
           mount(path.constData(), path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY,
                 nullptr) == 0;
}

}  // namespace

class AutostartTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void enableWritesAValidEntryStartingThisProgramMinimized();
    void gioLaunchesAProgramWhosePathNeedsQuoting();
    void disableRemovesTheEntry();
    void switchedOffEntryIsNotEnabled();
    void execQuoting();
    void launchAgentPlistText();
    void runValueText();
    void settingsGroupWritesAndRemovesAtOnce();
    void settingsGroupSavesResumeOnAccept();
    void readOnlyFolderGivesOneSentence();  // last: it may leave a private mount namespace

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void AutostartTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath("config")));
    SettingsStore::setLocation(m_dir->filePath("flowscope.conf"));
}

void AutostartTest::cleanup() {
    SettingsStore::setLocation({});
    m_dir.reset();
}

void AutostartTest::enableWritesAValidEntryStartingThisProgramMinimized() {
    const QString path = m_dir->filePath("config/autostart/io.github.flowscope.Flowscope.desktop");
    QCOMPARE(Autostart::location(), path);
    QVERIFY(!Autostart::isEnabled());
    const QString program = QCoreApplication::applicationFilePath();
    QCOMPARE(Autostart::enable(program), QString());
    QVERIFY(QFile::exists(path));
    QVERIFY(Autostart::isEnabled());
    const QString verdict = validate(path);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    const QString text = readAll(path);
    QVERIFY2(text.startsWith("[Desktop Entry]\n"), qPrintable(text));
    QCOMPARE(keyValue(text, "Type"), QStringLiteral("Application"));
    QCOMPARE(keyValue(text, "Name"), QStringLiteral("Flowscope"));
    QCOMPARE(keyValue(text, "Icon"), QStringLiteral("io.github.flowscope.Flowscope"));
    QCOMPARE(keyValue(text, "Terminal"), QStringLiteral("false"));
    QCOMPARE(keyValue(text, "X-GNOME-Autostart-enabled"), QStringLiteral("true"));
    QCOMPARE(parseExec(keyValue(text, "Exec")), (QStringList{program, "--minimized"}));
}

void AutostartTest::gioLaunchesAProgramWhosePathNeedsQuoting() {
    if (QStandardPaths::findExecutable("gio").isEmpty()) {
        QSKIP("gio (libglib2.0-bin) is not installed");
    }
    // Spaces, quotes, a dollar sign, a backslash and parentheses in the folder's name. (Not a
    // percent sign: GLib looks for the program before it turns "%%" back into "%".)
    const QString folder = m_dir->filePath("Flow scope's \"$HOME\" a\\b (x)");
    QVERIFY(QDir().mkpath(folder));
    const QString program = folder + "/flowscope";
    const QString record = m_dir->filePath("started.txt");
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > \"$FS_RECORD.tmp\"\n"
        "mv \"$FS_RECORD.tmp\" \"$FS_RECORD\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QCOMPARE(Autostart::enable(program), QString());
    const QString verdict = validate(Autostart::location());
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    QProcess gio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FS_RECORD", record);
    gio.setProcessEnvironment(env);
    gio.start("gio", {"launch", Autostart::location()});
    QVERIFY(gio.waitForFinished(10000));
    QVERIFY2(gio.exitCode() == 0, gio.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 10000);
    QCOMPARE(readAll(record), program + "\n--minimized\n");
}

void AutostartTest::disableRemovesTheEntry() {
    QCOMPARE(Autostart::disable(), QString());  // nothing to remove is fine
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    QVERIFY(Autostart::isEnabled());
    QCOMPARE(Autostart::disable(), QString());
    QVERIFY(!QFile::exists(Autostart::location()));
    QVERIFY(!Autostart::isEnabled());
}

void AutostartTest::switchedOffEntryIsNotEnabled() {
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    const QString original = readAll(Autostart::location());
    for (const char* off : {"Hidden=true\n", "X-GNOME-Autostart-enabled=false\n"}) {
        QString text = original;
        text.replace("X-GNOME-Autostart-enabled=true\n", QString::fromLatin1(off));
        QFile file(Autostart::location());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QVERIFY2(!Autostart::isEnabled(), off);
    }
    // Enabling again writes a fresh entry that is on.
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    QVERIFY(Autostart::isEnabled());
}

void AutostartTest::execQuoting() {
    QCOMPARE(Autostart::quoteExecArgument("/usr/bin/flowscope"),
             QStringLiteral("/usr/bin/flowscope"));
    QCOMPARE(Autostart::quoteExecArgument("/opt/my apps/flowscope"),
             QStringLiteral("\"/opt/my apps/flowscope\""));
    QCOMPARE(Autostart::quoteExecArgument("/a/$b\"c`d\\e"),
             QStringLiteral("\"/a/\\$b\\\"c\\`d\\\\e\""));
    QCOMPARE(Autostart::quoteExecArgument("/opt/100%/flowscope"),
             QStringLiteral("/opt/100%%/flowscope"));
    // In the file the string escapes follow: a literal backslash in a quoted argument is four.
    QCOMPARE(keyValue(Autostart::desktopEntry("/opt/a b\\c/flowscope"), "Exec"),
             QStringLiteral("\"/opt/a b\\\\\\\\c/flowscope\" --minimized"));
    QCOMPARE(keyValue(Autostart::desktopEntry("/usr/bin/flowscope"), "Exec"),
             QStringLiteral("/usr/bin/flowscope --minimized"));
}

void AutostartTest::launchAgentPlistText() {
    const QString expected = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
        "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n"
        "<dict>\n"
        "\t<key>Label</key>\n"
        "\t<string>io.github.flowscope.Flowscope</string>\n"
        "\t<key>ProgramArguments</key>\n"
        "\t<array>\n"
        "\t\t<string>/Applications/Flowscope.app/Contents/MacOS/flowscope</string>\n"
        "\t\t<string>--minimized</string>\n"
        "\t</array>\n"
        "\t<key>RunAtLoad</key>\n"
        "\t<true/>\n"
        "</dict>\n"
        "</plist>\n");
    QCOMPARE(Autostart::launchAgentPlist("/Applications/Flowscope.app/Contents/MacOS/flowscope"),
             expected);
    // XML's special characters in a path stay well-formed and read back as the path.
    const QString odd = "/Users/a&b/<Flowscope>.app/flowscope";
    QXmlStreamReader xml(Autostart::launchAgentPlist(odd));
    QStringList strings;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("string")) {
            strings << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(strings, (QStringList{"io.github.flowscope.Flowscope", odd, "--minimized"}));
}

void AutostartTest::runValueText() {
    QCOMPARE(Autostart::runValue("C:/Program Files/Flowscope/flowscope.exe"),
             QStringLiteral("\"C:\\Program Files\\Flowscope\\flowscope.exe\" --minimized"));
}

void AutostartTest::settingsGroupWritesAndRemovesAtOnce() {
    StartupSettingsGroup group;
    group.setProgram("/usr/bin/flowscope");
    QVERIFY(!group.loginCheck()->isChecked());
    group.loginCheck()->setChecked(true);
    QVERIFY(Autostart::isEnabled());
    QVERIFY(readAll(Autostart::location()).contains("Exec=/usr/bin/flowscope --minimized\n"));
    QCOMPARE(group.errorText(), QString());
    group.loginCheck()->setChecked(false);
    QVERIFY(!QFile::exists(Autostart::location()));
    // A new group shows what is on disk.
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    StartupSettingsGroup again;
    QVERIFY(again.loginCheck()->isChecked());
}

void AutostartTest::settingsGroupSavesResumeOnAccept() {
    QVERIFY(!settings::resumeLastCapture.value());  // off by default
    {
        QDialog dialog;
        auto* group = new StartupSettingsGroup(&dialog);
        QVERIFY(!group->resumeCheck()->isChecked());
        group->resumeCheck()->setChecked(true);
        QVERIFY(!settings::resumeLastCapture.value());  // not before OK
        dialog.reject();
        QVERIFY(!settings::resumeLastCapture.value());
    }
    QDialog dialog;
    auto* group = new StartupSettingsGroup(&dialog);
    group->resumeCheck()->setChecked(true);
    dialog.accept();
    QVERIFY(settings::resumeLastCapture.value());
    StartupSettingsGroup again;
    QVERIFY(again.resumeCheck()->isChecked());
    // The Settings dialog has the group; FLOWSCOPE_SCREENSHOT_DIR set: a picture of it.
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    SettingsDialog settingsDialog(nullptr);
    auto* inDialog = settingsDialog.findChild<StartupSettingsGroup*>("startupGroup");
    QVERIFY(inDialog);
    QVERIFY(inDialog->loginCheck()->isChecked());
    QVERIFY(inDialog->resumeCheck()->isChecked());
    const QString shots = qEnvironmentVariable("FLOWSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        settingsDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settingsDialog));
        QVERIFY(settingsDialog.grab().save(QDir(shots).filePath("settings-startup.png")));
    }
}

void AutostartTest::readOnlyFolderGivesOneSentence() {
    const QString folder = m_dir->filePath("config/autostart");
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(Autostart::enable("/usr/bin/flowscope"), QString());
    if (!makeReadOnly(folder)) {
        QSKIP("cannot make a folder read-only here (no mount namespace for root)");
    }
    const QString removeError = Autostart::disable();
    QVERIFY2(removeError.contains("could not remove") && removeError.contains(folder) &&
                 removeError.endsWith('.') && removeError.count(". ") == 0,
             qPrintable(removeError));
    QVERIFY(Autostart::isEnabled());
    // Writing into the same folder fails with one sentence naming the file.
    const QString writeError = Autostart::enable("/opt/other/flowscope");
    QVERIFY2(writeError.contains("could not write") && writeError.contains(Autostart::location()) &&
                 writeError.contains("will not start on login") && writeError.endsWith('.'),
             qPrintable(writeError));
    // The settings group shows it and its box says what is true.
    StartupSettingsGroup group;
    group.setProgram("/opt/other/flowscope");
    QVERIFY(group.loginCheck()->isChecked());
    group.loginCheck()->setChecked(false);
    QVERIFY2(group.errorText().contains("could not remove"), qPrintable(group.errorText()));
    QVERIFY(group.loginCheck()->isChecked());
    if (geteuid() == 0) {
        QCOMPARE(umount2(QFile::encodeName(folder).constData(), MNT_DETACH), 0);
    } else {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // A folder that cannot be created (a file is in its place).
    QTemporaryDir other;
    QFile blocker(other.filePath("autostart"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(other.path()));
    const QString mkdirError = Autostart::enable("/usr/bin/flowscope");
    QVERIFY2(mkdirError.contains("could not create the folder"), qPrintable(mkdirError));
    QVERIFY(!Autostart::isEnabled());
}

QTEST_MAIN(AutostartTest)
#include "autostart_test.moc"
