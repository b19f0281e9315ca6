// Finds out whether this process may capture, off the GUI thread: it opens an adapter the
// way a capture would (libpcap may take a while to activate one, longer for some adapter
// kinds) and closes it at once. The answer arrives as a queued signal on the GUI thread.
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace flowscope::ui {

class PermissionProbe : public QObject {
    Q_OBJECT
public:
    explicit PermissionProbe(QObject* parent = nullptr);
    // Waits briefly for a probe still running (it only opens and closes an adapter).
    ~PermissionProbe() override;

    // Starts a probe on `adapter`; finished() follows from the event loop, never from here.
    void start(const QString& adapter);
    bool isRunning() const { return m_thread != nullptr; }

    // The probe itself (blocking): the capture's sentence (LiveCapture's, or the capture
    // helper's where a live capture would use it) when capturing is not permitted,
    // "" when it is (or the adapter failed for another reason, which a capture will report).
    static QString deniedMessage(const QString& adapter);

signals:
    void finished(const QString& deniedMessage);

private:
    QThread* m_thread = nullptr;
};

}  // namespace flowscope::ui
