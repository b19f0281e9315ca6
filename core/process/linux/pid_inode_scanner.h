// Which processes hold which socket inodes, from /proc/<pid>/fd, kept up to date
// incrementally: each pid's socket inodes are remembered, and a refresh rescans only pids that
// are new or whose descriptor set changed, and forgets pids that exited. A changed set shows
// either as a socket inode in the table that nobody is known to hold (then pids are searched,
// the most recently active first, then those whose descriptor count changed, until it is
// found) or as a changed descriptor count (Linux >= 6.2 reports it cheaply; a slice of the
// pids is checked per refresh, round robin). Inodes
// that no readable process holds (other pid namespaces; other users' processes without
// privileges) are remembered so they do not trigger the search again. Large scans run on
// several threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/process/linux/socket_fd_iterator.h"
#include "core/process/process_backend.h"

namespace flowscope::linuxproc {

struct ScanStats {
    size_t pids = 0;         // processes listed in /proc
    size_t pidsScanned = 0;  // whose descriptors were read in this update
    size_t fdsRead = 0;      // descriptor links read in this update
    size_t unreadable = 0;   // processes whose descriptors we may not read
    bool searched = false;   // unknown inodes made this update search beyond new/changed pids
    bool iterated = false;   // descriptors came from the BPF iterator (socket_fd_iterator.h)
};

class PidInodeScanner {
public:
    explicit PidInodeScanner(std::string procRoot = "/proc");
    ~PidInodeScanner();
    PidInodeScanner(const PidInodeScanner&) = delete;
    PidInodeScanner& operator=(const PidInodeScanner&) = delete;

    // Brings the cache up to date for this socket table (read just before), then fills each
    // record's pids and ownerHidden.
    void update(std::vector<SocketRecord>& sockets);
    // The same in two steps: prepare() (list pids, scan new and changed ones), then resolve()
    // fills the records. The scan may run while the table is being read (DuringTable): a
    // process scanned then may have opened a socket of the table after its scan, so an inode
    // nobody holds is not taken as an orphan in that generation (the next update searches
    // that process again).
    enum class ScanOrder { AfterTable, DuringTable };
    void prepare(ScanOrder order);
    void resolve(std::vector<SocketRecord>& sockets);
    // For a few sockets looked up one by one instead of a whole table: owners from the cache,
    // and only when an inode is unknown are the processes listed (new ones scanned) and
    // searched (see search()). No round-robin count check: the next whole-table update does it.
    void resolveFew(std::vector<SocketRecord>& sockets);

    const ScanStats& lastStats() const { return m_stats; }
    // Whether this pid was first listed, and its descriptors read, in the last update.
    bool newNow(uint32_t pid) const;
    // The effective uid of a pid scanned in the last update, where the iterator gave it (the
    // uid /proc/<pid>/status would show): its status need not be read.
    std::optional<uint32_t> effectiveUid(uint32_t pid) const;
    // Threads the scan uses (at most 4).
    size_t threads() const { return std::min<size_t>(m_threads, 4); }
    // Why large scans walk /proc instead of using the iterator; empty where they use it or
    // none was made yet.
    const std::string& iteratorNote() const { return m_iteratorNote; }
    // Forgets everything (the next update is a cold one).
    void clear();

private:
    struct PidEntry {
        std::vector<uint64_t> inodes;  // socket inodes, ascending
        int64_t fdCount = -1;          // descriptors at the last scan (-1: never scanned)
        uint32_t uid = 0;
        uint32_t listed = 0;   // generation in which the pid was first listed
        uint32_t seen = 0;     // generation in which the pid was last listed
        uint32_t scanned = 0;  // generation of the last scan
        uint32_t changed = 0;  // generation in which its socket set last changed (activity)
        bool unreadable = false;
        int64_t euid = -1;  // effective uid seen by the iterator at the last scan; -1: none
    };

    struct ScanResult {
        uint32_t pid = 0;
        bool wantUid = false;  // new pid: its uid (the owner of /proc/<pid>) is read too
        uint32_t uid = 0;
        bool denied = false;  // EACCES/EPERM: another user's process
        bool gone = false;    // exited meanwhile
        int64_t fdCount = 0;
        std::vector<uint64_t> inodes;  // ascending, unique
        int64_t euid = -1;             // from the iterator; -1: not known
    };

    bool listPids(std::vector<uint32_t>& fresh);
    bool listAndScanNew(bool checkCounts);
    bool hiddenUid(uint32_t uid) const;
    void checkSlice(std::vector<uint32_t>& fresh);
    static void readPid(int procFd, ScanResult& result);
    // From the iterator's records: true if they stand for what readPid would read.
    static bool takeIterated(int procFd, const std::vector<DescriptorRecord>& all, bool euidIsUid,
                             ScanResult& result);
    bool iterateAll(std::vector<DescriptorRecord>& all);
    void scanPids(const std::vector<uint32_t>& pids);
    void apply(ScanResult& result, PidEntry& entry);
    void setInodes(uint32_t pid, PidEntry& entry, std::vector<uint64_t>&& inodes);
    void forget(uint32_t pid, PidEntry& entry);
    int64_t fdCount(uint32_t pid) const;
    void search(std::vector<uint64_t>& unknown, const std::unordered_set<uint32_t>& uids);

    std::string m_procRoot;
    int m_procFd = -1;
    bool m_countsWork = false;  // Linux >= 6.2 reports the descriptor count as st_size
    uint32_t m_generation = 0;
    bool m_prepared = false;
    bool m_scanDuringTable = false;  // this generation's scan may predate sockets of the table
    uint32_t m_euid = 0;
    std::unordered_map<uint32_t, PidEntry> m_pids;
    std::unordered_map<uint64_t, std::vector<uint32_t>> m_owners;  // inode -> pids, ascending
    std::unordered_map<uint64_t, uint32_t> m_orphans;  // inode -> generation last in the table
    std::unordered_map<uint32_t, uint32_t> m_unreadableUids;  // uid -> unreadable processes
    std::vector<uint32_t> m_order;  // pids in listing order, for the round-robin count check
    size_t m_checkCursor = 0;
    unsigned m_threads = 1;
    std::vector<char> m_dirBuffer;
    ScanStats m_stats;
    // Large scans take every descriptor from one BPF iterator read where it can be loaded
    // (FLOWSCOPE_PROCESS_FDS=procfs: always walk /proc); tried once, at the first one.
    std::unique_ptr<SocketFdIterator> m_iterator;
    bool m_iteratorTried = false;
    std::string m_iteratorNote;
};

}  // namespace flowscope::linuxproc
