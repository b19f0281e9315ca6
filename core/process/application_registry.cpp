#include "core/process/application_registry.h"

#include <algorithm>
#include <unordered_set>

namespace flowscope {

uint32_t ApplicationRegistry::intern(const std::string& key, Application app) {
    auto it = m_byKey.find(key);
    if (it != m_byKey.end()) {
        return it->second;
    }
    app.id = uint32_t(m_apps.size() + 1);
    m_apps.push_back(std::move(app));
    m_byKey.emplace(key, m_apps.back().id);
    m_dirty = true;
    return m_apps.back().id;
}

namespace {

// A program is identified by its path (by its name where the path is unreadable), per user:
// the same program run by two users is two applications, each with its user.
std::string keyOf(const std::string& path, const std::string& name, uint32_t uid) {
    return (!path.empty() ? "path:" + path : "name:" + name) + "#" + std::to_string(uid);
}

}  // namespace

std::optional<ProcessInfo> ApplicationRegistry::describe(uint32_t pid) {
    auto info = m_backend.describe(pid);
    if (!m_exited || (info && !info->path.empty())) {
        return info;
    }
    // Gone already, or exiting (a zombie's /proc still has its name but no executable): the
    // socket events saw it alive.
    auto seen = m_exited(pid);
    if (!seen && info && info->exiting && m_eventsExpected) {
        // Exiting, and its socket events (which saw it alive, with its program) not read yet:
        // named now it would stay the 15-letter comm without a path. Unknown until they come.
        return std::nullopt;
    }
    if (!seen || (info && seen->path.empty())) {
        return info;
    }
    if (info && seen->commandLine.empty()) {
        seen->commandLine = info->commandLine;
    }
    return seen;
}

uint32_t ApplicationRegistry::applicationOf(const SocketRecord& record) {
    for (uint32_t pid : record.pids) {
        if (auto it = m_pidApp.find(pid); it != m_pidApp.end()) {
            return it->second;
        }
        // Another process of a program already known (workers, forks): no need to describe it.
        if (auto identity = m_backend.identify(pid); identity && !identity->path.empty()) {
            if (auto it = m_byKey.find(keyOf(identity->path, {}, identity->uid));
                it != m_byKey.end()) {
                m_pidApp[pid] = it->second;
                return it->second;
            }
        }
        auto info = describe(pid);
        if (!info) {
            continue;  // exited meanwhile: try the next holder
        }
        Application app;
        app.path = info->path;
        app.name = info->name;
        app.uid = info->uid;
        app.user = info->user.empty() ? userNameForUid(info->uid) : info->user;
        app.commandLine = info->commandLine;
        app.pids = {pid};
        const uint32_t id = intern(keyOf(info->path, info->name, info->uid), std::move(app));
        m_pidApp[pid] = id;
        return id;
    }
    if (record.pids.empty() && record.ownerHidden) {
        Application app;
        app.uid = record.uid;
        app.user = userNameForUid(record.uid);
        app.ownerHidden = true;
        return intern("hidden:" + std::to_string(record.uid), std::move(app));
    }
    return 0;
}

void ApplicationRegistry::refreshPids(const SocketIndex& index) {
    std::unordered_map<uint32_t, std::vector<uint32_t>> pids;
    std::unordered_set<uint32_t> holding;
    index.forEachOpen([&](uint32_t appId, const std::vector<uint32_t>& p) {
        if (appId == 0 || p.empty()) {
            return;
        }
        auto& v = pids[appId];
        v.insert(v.end(), p.begin(), p.end());
        holding.insert(p.begin(), p.end());
    });
    for (auto& [appId, v] : pids) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        Application& app = m_apps[appId - 1];
        if (!app.ownerHidden && app.pids != v) {
            app.pids = std::move(v);
            m_dirty = true;
        }
    }
    // A pid that holds no socket any more may exit and be reused by another program.
    for (auto it = m_pidApp.begin(); it != m_pidApp.end();) {
        it = holding.count(it->first) ? std::next(it) : m_pidApp.erase(it);
    }
}

void ApplicationRegistry::addPids(uint32_t applicationId, const std::vector<uint32_t>& pids) {
    if (applicationId == 0 || applicationId > m_apps.size()) {
        return;
    }
    Application& app = m_apps[applicationId - 1];
    if (app.ownerHidden ||
        std::includes(app.pids.begin(), app.pids.end(), pids.begin(), pids.end())) {
        return;
    }
    std::vector<uint32_t> merged;
    std::set_union(app.pids.begin(), app.pids.end(), pids.begin(), pids.end(),
                   std::back_inserter(merged));
    app.pids = std::move(merged);
    m_dirty = true;
}

std::shared_ptr<const std::vector<Application>> ApplicationRegistry::publish() {
    if (m_dirty || !m_published) {
        m_published = std::make_shared<const std::vector<Application>>(m_apps);
        m_dirty = false;
    }
    return m_published;
}

}  // namespace flowscope
