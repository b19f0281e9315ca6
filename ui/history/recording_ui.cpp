#include "ui/history/recording_ui.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

#include "ui/engine_bridge.h"
#include "ui/history/history_recording.h"
#include "ui/main_window.h"
#include "ui/theme.h"
#include "ui/tray/tray_controller.h"

namespace flowscope::ui {

RecordingNotice::RecordingNotice(HistoryRecording* recording, QWidget* parent)
    : QFrame(parent),
      m_recording(recording),
      m_text(new QLabel(this)),
      m_moveAside(new QPushButton(tr("Move it aside and start a new one"), this)) {
    setObjectName(QStringLiteral("recordingNotice"));
    const StatusColors colors = ThemeManager::statusColors(StatusLevel::Warning);
    setStyleSheet(
        QStringLiteral("#recordingNotice { background-color: %1; border: 1px solid %2; "
                       "border-radius: 4px; } #recordingNotice QLabel { color: %3; }")
            .arg(colors.boxBackground.name(), colors.boxBorder.name(), colors.boxText.name()));
    m_text->setObjectName(QStringLiteral("recordingNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moveAside->setObjectName(QStringLiteral("moveAsideButton"));
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_moveAside);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_moveAside, &QPushButton::clicked, m_recording,
            &HistoryRecording::moveAsideAndRestart);
    connect(m_recording, &HistoryRecording::problemChanged, this, &RecordingNotice::present);
    present(m_recording->problem(), m_recording->canMoveAside());
}

void RecordingNotice::present(const QString& sentence, bool canMoveAside) {
    m_text->setText(sentence);
    m_moveAside->setVisible(canMoveAside);
    setVisible(!sentence.isEmpty());
}

QAction* createPauseRecordingAction(HistoryRecording* recording, QObject* parent) {
    auto* action = new QAction(HistoryRecording::tr("Pause Recording"), parent);
    action->setCheckable(true);
    action->setChecked(recording->paused());
    action->setVisible(recording->recording());
    action->setToolTip(HistoryRecording::tr(
        "Keep this capture's traffic out of the history until recording is resumed"));
    QObject::connect(action, &QAction::toggled, recording, &HistoryRecording::setPaused);
    QObject::connect(recording, &HistoryRecording::pausedChanged, action, &QAction::setChecked);
    QObject::connect(recording, &HistoryRecording::recordingChanged, action, &QAction::setVisible);
    return action;
}

void insertAfter(QMenu* menu, QAction* action, const QString& afterName) {
    const QList<QAction*> actions = menu->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i]->objectName() == afterName) {
            menu->insertAction(i + 1 < actions.size() ? actions[i + 1] : nullptr, action);
            return;
        }
    }
    menu->addAction(action);
}

void attachHistoryRecording(MainWindow* window) {
    HistoryRecording* recording = window->bridge()->recording();
    window->addNotice(new RecordingNotice(recording, window));
    QObject::connect(
        recording, &HistoryRecording::notice, window,
        [window](const QString& sentence) { window->statusBar()->showMessage(sentence, 15000); });
    if (auto* capture = window->menuBar()->findChild<QMenu*>(QStringLiteral("captureMenu"))) {
        QAction* pause = createPauseRecordingAction(recording, window);
        pause->setObjectName(QStringLiteral("pauseRecordingAction"));
        capture->addSeparator();
        capture->addAction(pause);
    }
}

void attachHistoryRecording(TrayController* tray, HistoryRecording* recording) {
    QAction* pause = createPauseRecordingAction(recording, tray);
    pause->setObjectName(QStringLiteral("trayPauseRecordingAction"));
    insertAfter(tray->menu(), pause, QStringLiteral("trayStopAction"));
}

}  // namespace flowscope::ui
