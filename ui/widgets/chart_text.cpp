#include "ui/widgets/chart_text.h"

#include <QTimer>
#include <QWidget>
#include <algorithm>

namespace flowscope::ui {

ChartText::ChartText(QWidget* chart, std::function<QString()> describe)
    : QObject(chart), m_chart(chart), m_describe(std::move(describe)), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChartText::updateNow);
}

void ChartText::changed() {
    if (m_timer->isActive()) {
        return;  // the pending update will read the newest values
    }
    if (!m_since.isValid() || m_since.elapsed() >= kIntervalMs) {
        updateNow();
        return;
    }
    m_timer->start(std::max<qint64>(0, kIntervalMs - m_since.elapsed()));
}

void ChartText::updateNow() {
    m_timer->stop();
    m_since.start();
    const QString text = m_describe();
    if (text != m_chart->accessibleDescription()) {
        m_chart->setAccessibleDescription(text);
    }
}

}  // namespace flowscope::ui
