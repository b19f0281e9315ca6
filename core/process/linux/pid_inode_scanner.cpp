#include "core/process/linux/pid_inode_scanner.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include "core/process/linux/parallel_for.h"
#include "core/process/linux/socket_link.h"

namespace flowscope::linuxproc {

namespace {

struct LinuxDirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[1];
};

// Calls fn(name) for every entry of an open directory, read with getdents64 in large blocks.
// With `shortReadIsEnd`, a block that left room for several more entries is taken as the end
// without the call that would return 0: true of /proc's pid and fd directories, which fill
// the buffer until the next entry does not fit (a process's descriptors usually come in one
// call instead of two). The kernel also ends a block early when a signal is pending for the
// reading thread; the descriptors missed then show as a descriptor count that differs from
// the kernel's, and the round-robin count check rescans the process within a few refreshes.
template <class Fn>
void forEachEntry(int dirFd, char* buffer, size_t size, bool shortReadIsEnd, Fn fn) {
    while (true) {
        const long got = ::syscall(SYS_getdents64, dirFd, buffer, size);
        if (got <= 0) {
            return;
        }
        for (long off = 0; off < got;) {
            const auto* d = reinterpret_cast<const LinuxDirent64*>(buffer + off);
            off += d->d_reclen;
            if (d->d_name[0] != '.') {
                fn(d->d_name);
            }
        }
        if (shortReadIsEnd && size_t(got) + 1024 <= size) {
            return;
        }
    }
}

// Parses a whole decimal name ("1234"); false for anything else.
bool parseNumber(const char* s, uint32_t& value) {
    uint64_t v = 0;
    if (*s == 0) {
        return false;
    }
    for (; *s; ++s) {
        if (*s < '0' || *s > '9') {
            return false;
        }
        v = v * 10 + uint64_t(*s - '0');
        if (v > UINT32_MAX) {
            return false;
        }
    }
    value = uint32_t(v);
    return true;
}

// Below this many processes to scan, walking their descriptors costs less than the
// iterator's read of every process's (about 5 ms for 14,000 descriptors).
constexpr size_t kIterateFrom = 128;

void insertSorted(std::vector<uint32_t>& v, uint32_t x) {
    auto it = std::lower_bound(v.begin(), v.end(), x);
    if (it == v.end() || *it != x) {
        v.insert(it, x);
    }
}

}  // namespace

PidInodeScanner::PidInodeScanner(std::string procRoot)
    : m_procRoot(std::move(procRoot)),
      m_euid(uint32_t(::geteuid())),
      m_threads(std::max(1u, std::thread::hardware_concurrency())),
      m_dirBuffer(64 * 1024) {
    m_procFd = ::open(m_procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_procFd >= 0) {
        struct stat st {};
        m_countsWork = ::fstatat(m_procFd, "self/fd", &st, 0) == 0 && st.st_size > 0;
    }
}

PidInodeScanner::~PidInodeScanner() {
    if (m_procFd >= 0) {
        ::close(m_procFd);
    }
}

void PidInodeScanner::clear() {
    m_pids.clear();
    m_owners.clear();
    m_orphans.clear();
    m_unreadableUids.clear();
}

int64_t PidInodeScanner::fdCount(uint32_t pid) const {
    char path[32];
    std::snprintf(path, sizeof path, "%u/fd", pid);
    struct stat st {};
    if (::fstatat(m_procFd, path, &st, 0) != 0) {
        return -2;  // exited (or never readable): differs from any count, so it is rescanned
    }
    return int64_t(st.st_size);
}

bool PidInodeScanner::listPids(std::vector<uint32_t>& fresh) {
    if (m_procFd < 0 || ::lseek(m_procFd, 0, SEEK_SET) != 0) {
        return false;
    }
    m_order.clear();
    forEachEntry(m_procFd, m_dirBuffer.data(), m_dirBuffer.size(), false, [&](const char* name) {
        uint32_t pid;
        if (!parseNumber(name, pid)) {
            return;
        }
        ++m_stats.pids;
        m_order.push_back(pid);
        auto [it, inserted] = m_pids.try_emplace(pid);
        PidEntry& e = it->second;
        e.seen = m_generation;
        if (inserted) {
            e.listed = m_generation;  // its uid is read with its descriptors, in parallel
            fresh.push_back(pid);
        }
    });
    return true;
}

void PidInodeScanner::checkSlice(std::vector<uint32_t>& fresh) {
    if (!m_countsWork || m_order.empty()) {
        return;
    }
    // A process that closed one socket and opened another keeps its count and shows up as an
    // unknown inode instead; this catches closed descriptors (e.g. a forked child closing its
    // copy of the listener), within a few refreshes.
    const size_t slice = std::min(m_order.size(), std::max<size_t>(64, m_order.size() / 8));
    for (size_t k = 0; k < slice; ++k) {
        const uint32_t pid = m_order[m_checkCursor++ % m_order.size()];
        PidEntry& e = m_pids[pid];
        if (e.scanned != m_generation && !e.unreadable && e.fdCount >= 0 &&
            fdCount(pid) != e.fdCount) {
            fresh.push_back(pid);
        }
    }
}

void PidInodeScanner::setInodes(uint32_t pid, PidEntry& entry, std::vector<uint64_t>&& inodes) {
    if (inodes == entry.inodes) {
        return;
    }
    // Both ascending: walk them together.
    size_t i = 0, j = 0;
    while (i < entry.inodes.size() || j < inodes.size()) {
        if (j == inodes.size() || (i < entry.inodes.size() && entry.inodes[i] < inodes[j])) {
            auto it = m_owners.find(entry.inodes[i]);
            if (it != m_owners.end()) {
                auto& pids = it->second;
                pids.erase(std::remove(pids.begin(), pids.end(), pid), pids.end());
                if (pids.empty()) {
                    m_owners.erase(it);
                }
            }
            ++i;
        } else if (i == entry.inodes.size() || inodes[j] < entry.inodes[i]) {
            insertSorted(m_owners[inodes[j]], pid);
            m_orphans.erase(inodes[j]);
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
    entry.inodes = std::move(inodes);
    entry.changed = m_generation;
}

void PidInodeScanner::forget(uint32_t pid, PidEntry& entry) {
    setInodes(pid, entry, {});
    if (entry.unreadable) {
        auto it = m_unreadableUids.find(entry.uid);
        if (it != m_unreadableUids.end() && --it->second == 0) {
            m_unreadableUids.erase(it);
        }
    }
}

void PidInodeScanner::readPid(int procFd, ScanResult& r) {
    char path[32];
    if (r.wantUid) {
        std::snprintf(path, sizeof path, "%u", r.pid);
        struct stat st {};
        r.wantUid = ::fstatat(procFd, path, &st, 0) == 0;
        r.uid = uint32_t(st.st_uid);
    }
    std::snprintf(path, sizeof path, "%u/fd", r.pid);
    const int dirFd = ::openat(procFd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        r.denied = errno == EACCES || errno == EPERM;
        r.gone = !r.denied;
        return;
    }
    alignas(8) char buffer[16 * 1024];
    forEachEntry(dirFd, buffer, sizeof buffer, true, [&](const char* name) {
        ++r.fdCount;
        char link[64];
        const ssize_t n = ::readlinkat(dirFd, name, link, sizeof link);
        uint64_t inode;
        if (n > 0 && socketInodeOfLink(link, size_t(n), inode)) {
            r.inodes.push_back(inode);
        }
    });
    ::close(dirFd);
    std::sort(r.inodes.begin(), r.inodes.end());
    r.inodes.erase(std::unique(r.inodes.begin(), r.inodes.end()), r.inodes.end());
}

void PidInodeScanner::scanPids(const std::vector<uint32_t>& pids) {
    std::vector<ScanResult> results(pids.size());
    for (size_t i = 0; i < pids.size(); ++i) {
        results[i].pid = pids[i];
        results[i].wantUid = m_pids[pids[i]].listed == m_generation && m_pids[pids[i]].scanned == 0;
    }
    // Reading descriptor links is most of a cold refresh: from the iterator where it can be
    // loaded (one read, then one link per process that holds a socket), and spread over a
    // few threads.
    std::vector<DescriptorRecord> all;
    const bool iterated = pids.size() >= kIterateFrom && iterateAll(all);
    m_stats.iterated = m_stats.iterated || iterated;
    const size_t threads = pids.size() >= 128 ? std::min<size_t>(m_threads, 4) : 1;
    parallelFor(results.size(), threads, 16, "process-scan", [&](size_t k) {
        ScanResult& r = results[k];
        if (!iterated || !takeIterated(m_procFd, all, m_iterator->euidIsUid(), r)) {
            readPid(m_procFd, r);
        }
    });
    for (ScanResult& r : results) {
        apply(r, m_pids[r.pid]);
    }
}

void PidInodeScanner::apply(ScanResult& r, PidEntry& entry) {
    if (r.wantUid) {
        entry.uid = r.uid;
    }
    entry.scanned = m_generation;
    if (r.denied) {
        if (!entry.unreadable) {
            entry.unreadable = true;
            ++m_unreadableUids[entry.uid];
        }
        return;
    }
    if (!r.gone) {
        ++m_stats.pidsScanned;
        m_stats.fdsRead += size_t(r.fdCount);
    }
    entry.fdCount = r.fdCount;
    entry.euid = r.euid;
    setInodes(r.pid, entry, std::move(r.inodes));
}

void PidInodeScanner::search(std::vector<uint64_t>& unknown,
                             const std::unordered_set<uint32_t>& uids) {
    m_stats.searched = true;
    std::unordered_set<uint64_t> wanted(unknown.begin(), unknown.end());
    // Processes of the sockets' users first, then the most recently active ones.
    std::vector<std::pair<uint32_t, const PidEntry*>> order;
    for (const auto& [pid, e] : m_pids) {
        if (e.scanned != m_generation && !e.unreadable) {
            order.emplace_back(pid, &e);
        }
    }
    std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
        const bool ux = uids.count(x.second->uid) > 0, uy = uids.count(y.second->uid) > 0;
        if (ux != uy) {
            return ux;
        }
        if (x.second->changed != y.second->changed) {
            return x.second->changed > y.second->changed;
        }
        return x.first > y.first;
    });
    auto scan = [&](std::vector<uint32_t>& pids) {
        scanPids(pids);
        for (uint32_t pid : pids) {
            for (uint64_t inode : m_pids[pid].inodes) {
                wanted.erase(inode);
            }
        }
        pids.clear();
    };
    // In growing batches, so a hit among the likeliest pids costs little. After the first
    // batch, the pids whose descriptor count changed (one stat each, where the kernel reports
    // counts) go before the rest: a socket opened by a quiet process is found without reading
    // every other process's descriptors.
    std::vector<uint32_t> pids;
    size_t at = 0, batch = 8;
    bool countsChecked = !m_countsWork;
    while (at < order.size() && !wanted.empty()) {
        if (at > 0 && !countsChecked) {
            countsChecked = true;
            for (size_t k = at; k < order.size(); ++k) {
                const PidEntry& e = *order[k].second;
                if (e.fdCount >= 0 && fdCount(order[k].first) != e.fdCount) {
                    pids.push_back(order[k].first);
                }
            }
            scan(pids);
            continue;
        }
        for (; at < order.size() && pids.size() < batch; ++at) {
            if (order[at].second->scanned != m_generation) {
                pids.push_back(order[at].first);
            }
        }
        batch *= 4;
        scan(pids);
    }
    unknown.assign(wanted.begin(), wanted.end());
}

bool PidInodeScanner::listAndScanNew(bool checkCounts) {
    ++m_generation;
    m_stats = {};
    m_prepared = false;
    std::vector<uint32_t> fresh;
    if (!listPids(fresh)) {
        return false;
    }
    for (auto it = m_pids.begin(); it != m_pids.end();) {
        if (it->second.seen != m_generation) {
            forget(it->first, it->second);
            it = m_pids.erase(it);
        } else {
            ++it;
        }
    }
    if (checkCounts) {
        checkSlice(fresh);
    }
    scanPids(fresh);
    m_prepared = true;
    return true;
}

void PidInodeScanner::prepare(ScanOrder order) {
    listAndScanNew(true);
    m_scanDuringTable = order == ScanOrder::DuringTable;
}

void PidInodeScanner::resolveFew(std::vector<SocketRecord>& sockets) {
    const bool unknown = std::any_of(sockets.begin(), sockets.end(), [&](const SocketRecord& s) {
        return s.inode != 0 && m_owners.count(s.inode) == 0 && m_orphans.count(s.inode) == 0;
    });
    if (unknown || !m_prepared) {
        listAndScanNew(false);  // after the lookup: its sockets existed before the scan
        m_scanDuringTable = false;
    } else {
        m_stats = {};
    }
    resolve(sockets);
}

bool PidInodeScanner::hiddenUid(uint32_t uid) const {
    if (uid == m_euid) {
        return false;
    }
    return m_unreadableUids.count(uid) > 0 || (m_euid != 0 && !m_unreadableUids.empty());
}

void PidInodeScanner::resolve(std::vector<SocketRecord>& sockets) {
    if (!m_prepared) {
        for (auto& s : sockets) {
            s.pids.clear();
        }
        return;
    }
    std::vector<uint64_t> unknown;
    std::vector<size_t> missing;  // records without a known owner
    std::unordered_set<uint32_t> unknownUids;
    for (size_t i = 0; i < sockets.size(); ++i) {
        SocketRecord& s = sockets[i];
        s.ownerHidden = false;
        if (s.inode == 0) {
            s.pids.clear();
            continue;
        }
        if (auto it = m_owners.find(s.inode); it != m_owners.end()) {
            s.pids = it->second;
            continue;
        }
        s.pids.clear();
        missing.push_back(i);
        if (auto o = m_orphans.find(s.inode); o != m_orphans.end()) {
            o->second = m_generation;
        } else if (!hiddenUid(s.uid)) {
            unknown.push_back(s.inode);
            unknownUids.insert(s.uid);
        }
    }
    if (!unknown.empty()) {
        search(unknown, unknownUids);
        // Not found: held by nobody readable, unless a process scanned during the table read
        // opened it after its scan (the search skips processes scanned in this generation).
        for (uint64_t inode : unknown) {
            if (!m_scanDuringTable) {
                m_orphans[inode] = m_generation;
            }
        }
    }
    for (size_t i : missing) {
        SocketRecord& s = sockets[i];
        if (auto it = m_owners.find(s.inode); it != m_owners.end()) {
            s.pids = it->second;
        } else {
            s.ownerHidden = hiddenUid(s.uid);
        }
    }
    if (!m_orphans.empty() && (m_generation % 16 == 0 || !unknown.empty())) {
        for (auto it = m_orphans.begin(); it != m_orphans.end();) {
            it = m_generation - it->second > 16 ? m_orphans.erase(it) : std::next(it);
        }
    }
    m_stats.unreadable = 0;
    for (const auto& [uid, count] : m_unreadableUids) {
        m_stats.unreadable += count;
    }
}

std::optional<uint32_t> PidInodeScanner::effectiveUid(uint32_t pid) const {
    auto it = m_pids.find(pid);
    if (it == m_pids.end() || it->second.scanned != m_generation || it->second.euid < 0) {
        return std::nullopt;
    }
    return uint32_t(it->second.euid);
}

bool PidInodeScanner::newNow(uint32_t pid) const {
    auto it = m_pids.find(pid);
    return it != m_pids.end() && it->second.listed == m_generation &&
           it->second.scanned == m_generation && !it->second.unreadable;
}

void PidInodeScanner::update(std::vector<SocketRecord>& sockets) {
    prepare(ScanOrder::AfterTable);
    resolve(sockets);
}

}  // namespace flowscope::linuxproc
