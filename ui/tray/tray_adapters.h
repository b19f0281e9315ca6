// The tray's "Switch adapter" list: the system's adapters with the ones that carried traffic
// lately first (busiest first, libpcap's "any" after them), then the others in the system's
// order. The traffic comes
// from the operating system's counters (core/capture/adapter_stats.h), read every few
// seconds into an AdapterModel, so it is known without capturing and with the window hidden.
#pragma once

#include <QObject>
#include <QString>
#include <vector>

class QTimer;

namespace flowscope::ui {

class AdapterModel;

struct AdapterChoice {
    QString name;
    QString label;              // "eth0" or "eth0 — its description"
    double bytesPerSecond = 0;  // over the recent readings; 0 without traffic or counters
};

// The model's adapters in menu order; `intervalMs` is the time between two readings and
// `recent` how many of the newest readings count.
std::vector<AdapterChoice> adapterChoices(const AdapterModel& model, int intervalMs, int recent);

class AdapterActivity : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 3000;
    static constexpr int kRecentReadings = 5;  // the last 15 seconds

    explicit AdapterActivity(QObject* parent = nullptr);

    // Lists the adapters again (the history starts again only when the list changed) and
    // starts reading their counters every kIntervalMs.
    void start();
    void readCounters();
    AdapterModel* model() const { return m_model; }
    std::vector<AdapterChoice> choices() const;
    // Why the list is empty ("" when it is not, or when nothing went wrong).
    QString error() const { return m_error; }

private:
    AdapterModel* m_model;
    QTimer* m_timer;
    QString m_error;
};

}  // namespace flowscope::ui
