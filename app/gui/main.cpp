// flowscope: the desktop app.
//   flowscope [FILE]                 open a capture file
//   flowscope --interface NAME       capture on an adapter at once
//   flowscope --screenshot-dir DIR FILE   save a PNG of each page once FILE is read, then quit
//   flowscope --minimized            start in the system tray without showing the window
//   flowscope --language CODE        speak CODE (de, ar, ja, …) this time, whatever Settings say
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <cstring>

#include "app/gui/screenshots.h"
#include "ui/alerts/alert_center.h"
#include "ui/compact/compact_window.h"
#include "ui/engine_bridge.h"
#include "ui/history/recording_ui.h"
#include "ui/main_window.h"
#include "ui/settings/notification_settings.h"
#include "ui/shell/app_identity.h"
#include "ui/shell/language.h"
#include "ui/shell/resume_capture.h"
#include "ui/theme.h"
#include "ui/theme_files.h"
#include "ui/tray/tray_controller.h"
#include "ui/widgets/accessible_names.h"

#ifndef FLOWSCOPE_VERSION
#define FLOWSCOPE_VERSION "0.0.0"
#endif

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitCannotRead = 3;

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Flowscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Flowscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));
}

void describe(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        QStringLiteral("Flowscope: see who this machine talks to, live or from a capture file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A capture file (pcap or pcapng) to open."),
                                 QStringLiteral("[file]"));
    parser.addOption({QStringLiteral("interface"),
                      QStringLiteral("Start capturing on the adapter <name> at once."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("screenshot-dir"),
                      QStringLiteral("Once <file> has been read (or after a few seconds of "
                                     "--interface), save a PNG of each page in <dir> and quit."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"),
                      QStringLiteral("Use the translation <code> (de, ar, ja, ...; en for "
                                     "English) this time instead of Settings → Language."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("theme"),
                      QStringLiteral("Use this theme for this run: system, light, dark, "
                                     "high-contrast, or the file name of a theme in the themes "
                                     "folder (docs/themes.md)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("minimized"),
                      QStringLiteral("Start in the system tray without showing the window (the "
                                     "window shows where the desktop has no tray).")});
}

bool wantsHelpOrVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                return true;
            }
        }
    }
    return false;
}

int usageError(const QString& sentence) {
    std::fprintf(stderr, "flowscope: %s Try 'flowscope --help'.\n", qPrintable(sentence));
    return kExitUsage;
}

// Parses the command line; "" when it can be used, else the one sentence saying why not.
QString argumentError(QCommandLineParser& parser) {
    if (!parser.parse(QCoreApplication::arguments())) {
        QString sentence = parser.errorText();
        if (!sentence.endsWith(QLatin1Char('.'))) {
            sentence += QLatin1Char('.');
        }
        return sentence;
    }
    const QStringList files = parser.positionalArguments();
    const QString interface = parser.value(QStringLiteral("interface"));
    if (files.size() > 1) {
        return QStringLiteral("Give at most one capture file.");
    }
    if (!files.isEmpty() && parser.isSet(QStringLiteral("interface"))) {
        return QStringLiteral("Give either a capture file or --interface, not both.");
    }
    if (parser.isSet(QStringLiteral("interface")) && interface.isEmpty()) {
        return QStringLiteral("--interface needs an adapter name.");
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("theme")) && !theme.endsWith(QStringLiteral(".theme")) &&
        !QStringList{"system", "light", "dark", "high-contrast"}.contains(theme)) {
        return QStringLiteral(
                   "--theme takes system, light, dark, high-contrast or the file "
                   "name of a theme (NAME.theme) in ") +
               flowscope::ui::themesFolder() + QLatin1Char('.');
    }
    if (parser.isSet(QStringLiteral("screenshot-dir")) &&
        ((files.isEmpty() && interface.isEmpty()) ||
         parser.value(QStringLiteral("screenshot-dir")).isEmpty())) {
        return QStringLiteral("--screenshot-dir needs a directory and a capture file or adapter.");
    }
    return {};
}

// The background parts around the window: the tray shows the capture and the unread alerts,
// toggles the compact window, opens the Notifications page and mutes; alerts show as tray
// messages where no desktop notification server answers.
void wireBackground(flowscope::ui::TrayController& tray, flowscope::ui::MainWindow& window,
                    flowscope::ui::AlertCenter* alerts, flowscope::ui::CompactWindow* compact) {
    using namespace flowscope::ui;
    QObject::connect(&tray, &TrayController::compactToggled, compact, &CompactWindow::toggle);
    attachHistoryRecording(&tray, window.bridge()->recording());  // "Pause Recording"
    alerts->setFallback(
        [&tray](const QString& title, const QString& body) { tray.showMessage(title, body); });
    QObject::connect(alerts, &AlertCenter::unreadChanged, &tray, &TrayController::setUnreadAlerts);
    QObject::connect(&tray, &TrayController::notificationsRequested, &window,
                     &MainWindow::showNotifications);
    QObject::connect(&tray, &TrayController::muteForRequested,
                     [](int seconds) { notifications::muteFor(seconds); });
    QObject::connect(&tray, &TrayController::muteUntilTomorrowRequested,
                     [] { notifications::muteUntilTomorrow(); });
    QObject::connect(&tray, &TrayController::unmuteRequested, [] {
        notifications::unmute();
        settings::mutedRules.reset();
    });
}

// The theme of this run: --theme, else the light one for screenshots, else the saved choice.
// Returns a sentence when the theme cannot be used (the system theme is used instead).
QString applyTheme(const QString& option, bool screenshots) {
    using namespace flowscope::ui;
    if (option.isEmpty()) {
        if (screenshots) {
            ThemeManager::apply(Theme::Light);
            return {};
        }
        return ThemeManager::applySaved();
    }
    if (!option.endsWith(QStringLiteral(".theme"))) {
        ThemeManager::apply(ThemeManager::fromName(option));
        return {};
    }
    return ThemeManager::applyFile(option);
}

}  // namespace

int main(int argc, char** argv) {
    if (wantsHelpOrVersion(argc, argv)) {
        // No display needed to print help or the version.
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app);  // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    flowscope::ui::applyAppIdentity();  // window icon, desktop file name
    QCommandLineParser parser;
    describe(parser);
    if (const QString error = argumentError(parser); !error.isEmpty()) {
        return usageError(error);
    }
    const QStringList files = parser.positionalArguments();
    const QString interface = parser.value(QStringLiteral("interface"));
    const QString screenshotDir = parser.value(QStringLiteral("screenshot-dir"));

    using namespace flowscope::ui;
    installLanguage(app, parser.value(QStringLiteral("language")));  // before any window
    ThemeManager::init();
    AccessibleNames::install(&app);  // names for Qt's own unnamed buttons
    const QString themeError =
        applyTheme(parser.value(QStringLiteral("theme")), !screenshotDir.isEmpty());
    if (!themeError.isEmpty()) {
        std::fprintf(stderr, "flowscope: %s\n", qPrintable(themeError));
    }

    EngineBridge bridge;
    MainWindow window(&bridge);
    CompactWindow* compact = CompactWindow::attach(&window);  // View → Compact window
    if (!screenshotDir.isEmpty() && files.isEmpty()) {
        // A live capture: applications.png and overview-applications.png after a few seconds.
        window.resize(1280, 800);
        window.show();
        if (!flowscope::app::scheduleLiveScreenshots(window, interface, screenshotDir)) {
            return kExitCannotRead;
        }
        return QApplication::exec();
    }
    if (!screenshotDir.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        if (!flowscope::app::scheduleScreenshots(window, files.first(), screenshotDir)) {
            return kExitCannotRead;
        }
        return QApplication::exec();
    }
    // The tray icon and the window's life in the background: closing may hide the window to
    // the tray (ui/tray/close_policy.h); --minimized starts there.
    TrayController tray(&bridge, &window);
    wireBackground(tray, window, bridge.alerts(), compact);
    if (parser.isSet(QStringLiteral("minimized"))) {
        tray.startMinimized(
            [](const QString& why) { std::fprintf(stderr, "flowscope: %s\n", qPrintable(why)); });
    } else {
        tray.start();
        window.show();
    }
    if (!themeError.isEmpty()) {
        window.showError(themeError);
    }
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (!interface.isEmpty()) {
        const QString error = bridge.startLive(interface);
        if (!error.isEmpty()) {
            window.showError(error);
        }
    } else {
        resumeLastCapture(window);  // if the user chose it in Settings → Startup
    }
    return QApplication::exec();
}
