#include "ui/tray/tray_adapters.h"

#include <QStringList>
#include <QTimer>
#include <algorithm>

#include "core/capture/adapter_stats.h"
#include "core/capture/adapters.h"
#include "ui/core_text.h"
#include "ui/models/adapter_model.h"

namespace flowscope::ui {

std::vector<AdapterChoice> adapterChoices(const AdapterModel& model, int intervalMs, int recent) {
    std::vector<AdapterChoice> choices;
    for (int row = 0; row < model.rowCount(); ++row) {
        AdapterChoice choice;
        choice.name = model.name(row);
        choice.label =
            model.data(model.index(row, AdapterModel::ColAdapter), Qt::ToolTipRole).toString();
        const QList<double> history = model.history(choice.name);
        const int count = std::min<int>(recent, int(history.size()));
        double bytes = 0;
        for (int i = int(history.size()) - count; i < int(history.size()); ++i) {
            bytes += history[i];
        }
        if (count > 0 && intervalMs > 0) {
            choice.bytesPerSecond = bytes / (count * intervalMs / 1000.0);
        }
        choices.push_back(std::move(choice));
    }
    // Stable: adapters without traffic keep the system's order. libpcap's "any" carries the sum
    // of all, so it follows the real adapters with traffic rather than leading them.
    auto rank = [](const AdapterChoice& c) {
        return c.bytesPerSecond <= 0 ? 2 : c.name == QLatin1String("any") ? 1 : 0;
    };
    std::stable_sort(
        choices.begin(), choices.end(), [&rank](const AdapterChoice& a, const AdapterChoice& b) {
            return rank(a) != rank(b) ? rank(a) < rank(b) : a.bytesPerSecond > b.bytesPerSecond;
        });
    return choices;
}

AdapterActivity::AdapterActivity(QObject* parent)
    : QObject(parent), m_model(new AdapterModel(this)), m_timer(new QTimer(this)) {
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AdapterActivity::readCounters);
}

void AdapterActivity::start() {
    auto adapters = listAdapters();
    if (!adapters) {
        m_error = localized(adapters.error());
        return;
    }
    m_error.clear();
    QStringList names;
    for (const AdapterInfo& info : *adapters) {
        names << QString::fromStdString(info.name);
    }
    QStringList known;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        known << m_model->name(row);
    }
    if (names != known) {
        m_model->setAdapters(*adapters, QString::fromStdString(defaultAdapterName(*adapters)));
        readCounters();  // the baseline
    }
    if (!m_timer->isActive()) {
        m_timer->start();
    }
}

void AdapterActivity::readCounters() {
    auto counters = readAdapterCounters();
    if (counters) {
        m_model->addReading(std::move(*counters));
    }
}

std::vector<AdapterChoice> AdapterActivity::choices() const {
    return adapterChoices(*m_model, kIntervalMs, kRecentReadings);
}

}  // namespace flowscope::ui
