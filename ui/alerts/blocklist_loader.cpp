#include "ui/alerts/blocklist_loader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMetaObject>
#include <vector>

#include "core/alerts/blocklists.h"
#include "ui/settings/rule_settings.h"

namespace flowscope::ui {

BlocklistLoader::BlocklistLoader(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

BlocklistLoader::~BlocklistLoader() {
    m_pool.waitForDone();
}

QStringList BlocklistLoader::keyOf(const QStringList& paths) {
    QStringList key;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        key << path << QString::number(info.exists() ? info.size() : -1)
            << QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    return key;
}

bool BlocklistLoader::request(const QStringList& paths) {
    const QStringList key = keyOf(paths);
    if (key == m_currentKey && !(m_pending && m_pendingKey != key)) {
        return true;
    }
    if (m_pending && m_pendingKey == key) {
        return false;
    }
    if (paths.isEmpty()) {  // nothing to read: no thread needed
        finish(key, nullptr, {});
        return true;
    }
    m_pending = true;
    m_pendingKey = key;
    m_pool.start([this, paths, key] {
        std::vector<BlocklistFileReport> reports;
        std::shared_ptr<const Blocklists> lists = loadBlocklists(paths, &reports);
        QStringList problems;
        for (const auto& report : reports) {
            problems.append(report.problems);
        }
        // Queued to the GUI thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, key, lists, problems] { finish(key, lists, problems); },
            Qt::QueuedConnection);
    });
    return false;
}

void BlocklistLoader::finish(const QStringList& key, std::shared_ptr<const Blocklists> lists,
                             const QStringList& problems) {
    if (m_pending && key != m_pendingKey) {
        return;  // an older load; the one asked for last is still under way
    }
    m_pending = false;
    m_currentKey = key;
    m_current = std::move(lists);
    m_problems = problems;
    ++m_loads;
    emit loaded();
}

}  // namespace flowscope::ui
