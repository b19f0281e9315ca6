// Loads the user's blocklist files off the GUI thread and keeps the result until the files
// change. A 1,000,000-entry list takes about a second to parse and index (docs/benchmarks.md);
// the notifier's rules are rebuilt at every capture start, Settings → OK and star, so loading
// there would freeze the window each time. The rules run without (or with the previous) lists
// until loaded() says the new ones are ready.
#pragma once

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <memory>

namespace flowscope {
class Blocklists;
}

namespace flowscope::ui {

class BlocklistLoader : public QObject {
    Q_OBJECT
public:
    explicit BlocklistLoader(QObject* parent = nullptr);
    ~BlocklistLoader() override;  // waits for a load under way

    // True when current() holds exactly these files as they are on disk now (same paths,
    // sizes and modification times); otherwise starts loading them (unless that load is
    // already under way) and returns false.
    bool request(const QStringList& paths);
    // The lists last loaded (null when none is usable), and their problems, one sentence each.
    std::shared_ptr<const Blocklists> current() const { return m_current; }
    QStringList problems() const { return m_problems; }
    int loads() const { return m_loads; }  // finished loads (tests)

signals:
    // current() and problems() now hold the files last requested.
    void loaded();

private:
    static QStringList keyOf(const QStringList& paths);
    void finish(const QStringList& key, std::shared_ptr<const Blocklists> lists,
                const QStringList& problems);

    QStringList m_currentKey;
    QStringList m_pendingKey;
    bool m_pending = false;
    std::shared_ptr<const Blocklists> m_current;
    QStringList m_problems;
    int m_loads = 0;
    QThreadPool m_pool;  // last: destroyed (and waited for) first
};

}  // namespace flowscope::ui
