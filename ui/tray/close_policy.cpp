#include "ui/tray/close_policy.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include "ui/settings/tray_settings.h"

namespace flowscope::ui {

namespace {

// The close question's texts, in the translation context "ClosePolicy".
struct ClosePolicy {
    Q_DECLARE_TR_FUNCTIONS(ClosePolicy)
};

}  // namespace

CloseAction closeActionFrom(const QString& name) {
    if (name == QLatin1String("tray")) {
        return CloseAction::Tray;
    }
    if (name == QLatin1String("quit")) {
        return CloseAction::Quit;
    }
    return CloseAction::Ask;
}

QString closeActionName(CloseAction action) {
    switch (action) {
        case CloseAction::Tray:
            return QStringLiteral("tray");
        case CloseAction::Quit:
            return QStringLiteral("quit");
        case CloseAction::Ask:
            break;
    }
    return QStringLiteral("ask");
}

CloseAction storedCloseAction() {
    return closeActionFrom(settings::closeAction.value());
}

void storeCloseAction(CloseAction action) {
    settings::closeAction.setValue(closeActionName(action));
}

CloseOutcome closeOutcome(CloseAction stored, bool trayAvailable) {
    if (!trayAvailable) {
        return CloseOutcome::Quit;  // nothing would be left to bring the window back
    }
    switch (stored) {
        case CloseAction::Tray:
            return CloseOutcome::HideToTray;
        case CloseAction::Quit:
            return CloseOutcome::Quit;
        case CloseAction::Ask:
            break;
    }
    return CloseOutcome::AskUser;
}

CloseAnswer askCloseAction(QWidget* parent) {
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("closeActionBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(ClosePolicy::tr("Close Flowscope"));
    box.setText(ClosePolicy::tr("Keep monitoring in the system tray?"));
    box.setInformativeText(ClosePolicy::tr(
        "Flowscope can keep capturing and notifying you with the window closed; its tray "
        "icon brings the window back. Or quit and stop monitoring."));
    QPushButton* keep = box.addButton(ClosePolicy::tr("Keep in Tray"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepInTrayButton"));
    QPushButton* quit = box.addButton(ClosePolicy::tr("Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(cancel);
    auto* remember =
        new QCheckBox(ClosePolicy::tr("Do not ask again (change it in Settings)"), &box);
    remember->setObjectName(QStringLiteral("rememberCheck"));
    remember->setChecked(true);
    box.setCheckBox(remember);
    box.exec();

    CloseAnswer answer;
    answer.remember = remember->isChecked();
    if (box.clickedButton() == keep) {
        answer.action = CloseAction::Tray;
    } else if (box.clickedButton() == quit) {
        answer.action = CloseAction::Quit;
    }
    return answer;
}

}  // namespace flowscope::ui
