// What closing the main window does when a tray icon can keep Flowscope running: ask once,
// hide the window to the tray, or quit. The choice is settings::closeAction
// (ui/settings/tray_settings.h); without a tray, closing always quits.
#pragma once

#include <QString>

class QWidget;

namespace flowscope::ui {

enum class CloseAction { Ask, Tray, Quit };

// "ask", "tray", "quit"; an unknown or empty value is Ask.
CloseAction closeActionFrom(const QString& name);
QString closeActionName(CloseAction action);
CloseAction storedCloseAction();
void storeCloseAction(CloseAction action);

// What one close request of the window leads to.
enum class CloseOutcome { HideToTray, Quit, AskUser };
CloseOutcome closeOutcome(CloseAction stored, bool trayAvailable);

// The user's answer to the first close: Tray or Quit, or Ask when the question was
// cancelled (the window stays open). `remember` is the dialog's "Do not ask again" box.
struct CloseAnswer {
    CloseAction action = CloseAction::Ask;
    bool remember = true;
};

// Asks (modal, over `parent`) whether to keep monitoring in the tray or to quit. Its buttons
// are named "keepInTrayButton", "quitButton" and "cancelButton", its box "rememberCheck".
CloseAnswer askCloseAction(QWidget* parent);

}  // namespace flowscope::ui
