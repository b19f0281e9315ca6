// A chart's text alternative: its accessible description, the current values in words, for
// screen readers. changed() is called on every data change; the description is rebuilt at
// most once per kIntervalMs (a file delivers ten snapshots a second, and a screen reader
// re-reading the description that often would be noise), the last change always landing.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <functional>

class QTimer;
class QWidget;

namespace flowscope::ui {

class ChartText : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    ChartText(QWidget* chart, std::function<QString()> describe);
    void changed();
    // Rebuilds the description now (tests).
    void updateNow();

private:
    QWidget* m_chart;
    std::function<QString()> m_describe;
    QTimer* m_timer;
    QElapsedTimer m_since;
};

}  // namespace flowscope::ui
