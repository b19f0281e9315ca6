// The Settings dialog's "Tray" group: what closing the window does (ask / keep running in the
// tray / quit), saved in settings::closeAction when the dialog is accepted. Where no tray
// exists the choice is disabled and one sentence says why.
#pragma once

#include <QGroupBox>

class QComboBox;
class QDialog;
class QLabel;

namespace flowscope::ui {

class TraySettingsGroup : public QGroupBox {
    Q_OBJECT
public:
    // Saves when `dialog` is accepted; `trayAvailable` as QSystemTrayIcon says by default.
    explicit TraySettingsGroup(QDialog* dialog, bool trayAvailable);
    explicit TraySettingsGroup(QDialog* dialog);

    QComboBox* closeActionCombo() const { return m_closeAction; }
    QLabel* unavailableLabel() const { return m_unavailable; }
    void save();

private:
    QComboBox* m_closeAction;
    QLabel* m_unavailable;
};

}  // namespace flowscope::ui
