// The history recorder in the main window and the tray: a notice above the pages when the
// database cannot be used (one sentence; for a damaged file the button "Move it aside and
// start a new one"), the status bar's remark once it was moved, and a checkable "Pause
// recording" in the Capture menu and the tray menu, shown only while a capture is recorded.
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

namespace flowscope::ui {

class HistoryRecording;
class MainWindow;
class TrayController;

class RecordingNotice : public QFrame {
    Q_OBJECT
public:
    RecordingNotice(HistoryRecording* recording, QWidget* parent = nullptr);

    QLabel* textLabel() const { return m_text; }
    QPushButton* moveAsideButton() const { return m_moveAside; }

private:
    void present(const QString& sentence, bool canMoveAside);

    HistoryRecording* m_recording;
    QLabel* m_text;
    QPushButton* m_moveAside;
};

// A checkable "Pause recording" bound to `recording`, visible only while it records.
QAction* createPauseRecordingAction(HistoryRecording* recording, QObject* parent);
// Puts `action` into `menu` right after the action named `afterName` (else at its end).
void insertAfter(QMenu* menu, QAction* action, const QString& afterName);

// The notice, the status bar's remarks and Capture → Pause recording, for the window's bridge.
void attachHistoryRecording(MainWindow* window);
// Pause recording in the tray menu, after its Stop.
void attachHistoryRecording(TrayController* tray, HistoryRecording* recording);

}  // namespace flowscope::ui
