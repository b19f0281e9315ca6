// Start on login: the entry that makes the desktop start `flowscope --minimized` when the user
// logs in.
//   Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/<kAppId>.desktop (~/.config when
//     XDG_CONFIG_HOME is unset), per the XDG Autostart and Desktop Entry specifications.
//   Windows: the value "Flowscope" of the key
//     HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run (the path as text).
//   macOS: ~/Library/LaunchAgents/<kAppId>.plist, a launchd agent with RunAtLoad.
// The entry itself is the state: nothing else remembers whether it is on. The text builders
// are pure functions, compiled on every platform so that each format is tested everywhere.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace flowscope::ui {

class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    // The reverse-DNS application id: the desktop entry's and the launch agent's name.
    static constexpr const char* kAppId = "io.github.flowscope.Flowscope";
    // The argument the login entry adds: start in the tray without showing the window.
    static constexpr const char* kMinimizedArgument = "--minimized";

    // Whether the login entry exists (and, on XDG desktops, is not switched off with
    // Hidden=true or X-GNOME-Autostart-enabled=false).
    static bool isEnabled();
    // Writes the entry starting `program` (an absolute path) with --minimized. Each returns ""
    // on success or one sentence saying what failed and what to do.
    static QString enable(const QString& program);
    static QString disable();
    // Where the entry lives on this platform (a file path, or the registry value's path).
    static QString location();

    // The text of the XDG desktop entry starting `program --minimized`.
    static QString desktopEntry(const QString& program);
    // One argument of a desktop entry's Exec key, quoted when it holds a reserved character
    // (Desktop Entry spec, "The Exec key"), with % doubled; string escapes not yet applied.
    static QString quoteExecArgument(const QString& argument);
    // The launchd property list of the macOS launch agent.
    static QString launchAgentPlist(const QString& program);
    // The Windows Run value: "\"C:\\path\\flowscope.exe\" --minimized".
    static QString runValue(const QString& program);
};

}  // namespace flowscope::ui
