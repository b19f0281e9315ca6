#include "ui/tray/tray_settings_group.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSystemTrayIcon>

#include "ui/tray/close_policy.h"
#include "ui/tray/tray_controller.h"

namespace flowscope::ui {

TraySettingsGroup::TraySettingsGroup(QDialog* dialog)
    : TraySettingsGroup(dialog, QSystemTrayIcon::isSystemTrayAvailable()) {}

TraySettingsGroup::TraySettingsGroup(QDialog* dialog, bool trayAvailable)
    : QGroupBox(tr("Tray"), dialog),
      m_closeAction(new QComboBox(this)),
      m_unavailable(new QLabel(TrayController::unavailableReason(), this)) {
    setObjectName(QStringLiteral("traySettingsGroup"));
    m_closeAction->setObjectName(QStringLiteral("closeActionCombo"));
    m_closeAction->addItem(tr("Ask"), int(CloseAction::Ask));
    m_closeAction->addItem(tr("Keep monitoring in the tray"), int(CloseAction::Tray));
    m_closeAction->addItem(tr("Quit"), int(CloseAction::Quit));
    m_closeAction->setCurrentIndex(m_closeAction->findData(int(storedCloseAction())));
    m_closeAction->setEnabled(trayAvailable);
    m_unavailable->setObjectName(QStringLiteral("trayUnavailableLabel"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setVisible(!trayAvailable);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Closing the window:"), m_closeAction);
    form->addRow(m_unavailable);
    connect(dialog, &QDialog::accepted, this, &TraySettingsGroup::save);
}

void TraySettingsGroup::save() {
    if (m_closeAction->isEnabled()) {
        storeCloseAction(CloseAction(m_closeAction->currentData().toInt()));
    }
}

}  // namespace flowscope::ui
