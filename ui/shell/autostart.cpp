#include "ui/shell/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace flowscope::ui {

namespace {

const QString kMinimized = QString::fromLatin1(Autostart::kMinimizedArgument);

// Reserved characters of the Exec key: an argument holding one of them must be quoted.
bool needsQuoting(const QString& argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#`()");
    if (argument.isEmpty()) {
        return true;
    }
    for (const QChar c : argument) {
        if (reserved.contains(c)) {
            return true;
        }
    }
    return false;
}

// The escapes of a desktop entry's string values (applied after quoting, undone before it).
QString escapeStringValue(const QString& value) {
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            case '\n':
                out += QStringLiteral("\\n");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            default:
                out += c;
        }
    }
    return out;
}

#if !defined(Q_OS_WIN) && !defined(Q_OS_DARWIN)
// Hidden=true or X-GNOME-Autostart-enabled=false in the [Desktop Entry] group: the user (or a
// desktop's settings tool) switched the entry off without deleting it.
bool switchedOff(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return true;
    }
    QTextStream in(&file);
    bool inMainGroup = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        if (!inMainGroup) {
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if ((key == QLatin1String("Hidden") && value == QLatin1String("true")) ||
            (key == QLatin1String("X-GNOME-Autostart-enabled") &&
             value == QLatin1String("false"))) {
            return true;
        }
    }
    return false;
}
#endif

#if defined(Q_OS_WIN)
// The Run key is the operating system's, not a Flowscope setting: opened here on purpose.
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunName = QStringLiteral("Flowscope");
#else
// Writes `text` to `path` atomically, creating its folder; "" or the sentence.
QString writeEntry(const QString& path, const QString& text) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Autostart::tr(
                   "Flowscope could not create the folder %1, so it will not start "
                   "on login; check that you may write there and try again.")
            .arg(QDir::toNativeSeparators(folder));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Autostart::tr(
                   "Flowscope could not write %1 (%2), so it will not start on login; "
                   "check that you may write to %3 and try again.")
            .arg(QDir::toNativeSeparators(path), file.errorString(),
                 QDir::toNativeSeparators(folder));
    }
    return {};
}

QString removeEntry(const QString& path) {
    QFile file(path);
    if (!file.exists() || file.remove()) {
        return {};
    }
    return Autostart::tr(
               "Flowscope could not remove %1 (%2), so it will still start on login; "
               "check that you may write to %3 and try again.")
        .arg(QDir::toNativeSeparators(path), file.errorString(),
             QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}
#endif

}  // namespace

QString Autostart::quoteExecArgument(const QString& argument) {
    QString quoted = argument;
    if (needsQuoting(argument)) {
        quoted.clear();
        quoted += QLatin1Char('"');
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\')) {
                quoted += QLatin1Char('\\');
            }
            quoted += c;
        }
        quoted += QLatin1Char('"');
    }
    // A literal percent sign is "%%" (a single one starts a field code).
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return quoted;
}

QString Autostart::desktopEntry(const QString& program) {
    const QString exec = escapeStringValue(quoteExecArgument(program) + QLatin1Char(' ') +
                                           quoteExecArgument(kMinimized));
    return QStringLiteral(
               "[Desktop Entry]\n"
               "Type=Application\n"
               "Version=1.4\n"
               "Name=Flowscope\n"
               "Comment=Keep an eye on this machine's network traffic from the tray\n"
               "Exec=%1\n"
               "Icon=%2\n"
               "Terminal=false\n"
               "X-GNOME-Autostart-enabled=true\n")
        .arg(exec, QString::fromLatin1(kAppId));
}

QString Autostart::launchAgentPlist(const QString& program) {
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
               "<plist version=\"1.0\">\n"
               "<dict>\n"
               "\t<key>Label</key>\n"
               "\t<string>%1</string>\n"
               "\t<key>ProgramArguments</key>\n"
               "\t<array>\n"
               "\t\t<string>%2</string>\n"
               "\t\t<string>%3</string>\n"
               "\t</array>\n"
               "\t<key>RunAtLoad</key>\n"
               "\t<true/>\n"
               "</dict>\n"
               "</plist>\n")
        .arg(QString::fromLatin1(kAppId), program.toHtmlEscaped(), kMinimized);
}

QString Autostart::runValue(const QString& program) {
    QString path = program;
    path.replace(QLatin1Char('/'), QLatin1Char('\\'));  // Qt's paths use '/', Windows '\'
    return QLatin1Char('"') + path + QStringLiteral("\" ") + kMinimized;
}

#if defined(Q_OS_WIN)

QString Autostart::location() {
    return kRunKey + QLatin1Char('\\') + kRunName;
}

bool Autostart::isEnabled() {
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunName);
}

QString Autostart::enable(const QString& program) {
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.setValue(kRunName, runValue(program));
    run.sync();
    if (run.status() != QSettings::NoError) {
        return tr("Flowscope could not write the registry value %1, so it will not start on "
                  "login; check that your account may change it and try again.")
            .arg(location());
    }
    return {};
}

QString Autostart::disable() {
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.remove(kRunName);
    run.sync();
    if (run.status() != QSettings::NoError) {
        return tr("Flowscope could not remove the registry value %1, so it will still start on "
                  "login; check that your account may change it and try again.")
            .arg(location());
    }
    return {};
}

#elif defined(Q_OS_DARWIN)

QString Autostart::location() {
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") +
           QString::fromLatin1(kAppId) + QStringLiteral(".plist");
}

bool Autostart::isEnabled() {
    return QFileInfo::exists(location());
}

QString Autostart::enable(const QString& program) {
    return writeEntry(location(), launchAgentPlist(program));
}

QString Autostart::disable() {
    return removeEntry(location());
}

#else  // XDG desktops

QString Autostart::location() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + QString::fromLatin1(kAppId) + QStringLiteral(".desktop");
}

bool Autostart::isEnabled() {
    const QString path = location();
    return QFileInfo(path).isFile() && !switchedOff(path);
}

QString Autostart::enable(const QString& program) {
    return writeEntry(location(), desktopEntry(program));
}

QString Autostart::disable() {
    return removeEntry(location());
}

#endif

}  // namespace flowscope::ui
