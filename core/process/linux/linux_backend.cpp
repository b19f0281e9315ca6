#include "core/process/linux/linux_backend.h"

#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <unordered_map>

#include "core/base/thread_name.h"
#include "core/process/linux/linux_process_info.h"
#include "core/process/linux/netlink_sockets.h"
#include "core/process/linux/parallel_for.h"
#include "core/process/linux/pid_inode_scanner.h"
#include "core/process/linux/procfs_sockets.h"

namespace flowscope {

namespace linuxproc {

namespace {

struct Table {
    int family;
    uint8_t protocol;
};
constexpr Table kTables[] = {{AF_INET, 6}, {AF_INET6, 6}, {AF_INET, 17}, {AF_INET6, 17}};

class LinuxBackend final : public ProcessBackend {
public:
    explicit LinuxBackend(SocketTableSource source) {
        bool netlink = source == SocketTableSource::Netlink && m_netlink[0].open().ok() &&
                       m_netlink[1].open().ok();
        for (bool& b : m_useNetlink) {
            b = netlink;
        }
    }

    const char* name() const override {
        size_t n = 0;
        for (bool b : m_useNetlink) {
            n += b ? 1 : 0;
        }
        return n == std::size(m_useNetlink) ? "netlink" : n == 0 ? "procfs" : "netlink+procfs";
    }

    Result<std::vector<SocketRecord>> readSockets() override {
        // The kernel's dump is a good part of a refresh: with a large table, the TCP part
        // (usually the largest) is read on a second thread while this one lists the processes,
        // scans the new and changed ones and reads the UDP tables. The first time (an unknown
        // table, every process to scan) the second thread reads all of them.
        m_identities.clear();
        std::vector<SocketRecord> out, rest;
        out.reserve(m_lastCount + m_lastCount / 8 + 64);
        const bool parallel = m_useNetlink[0] && std::thread::hardware_concurrency() > 1 &&
                              (m_lastCount > 2000 || !m_readBefore);
        const size_t helperJobs = !parallel ? 0 : m_readBefore ? 1 : kJobs;
        m_readBefore = true;
        Status helperStatus;
        std::thread helper;
        if (parallel) {
            helper = std::thread([&] {
                setCurrentThreadName("process-dump");
                for (size_t j = 0; j < helperJobs && helperStatus.ok(); ++j) {
                    helperStatus = readJob(j, out, m_netlink[1]);
                }
            });
            m_scanner.prepare(linuxproc::PidInodeScanner::ScanOrder::DuringTable);
        }
        // Tables in the same order either way (the registry meets processes in table order).
        std::vector<SocketRecord>& mine = parallel ? rest : out;
        Status status;
        for (size_t j = helperJobs; j < kJobs && status.ok(); ++j) {
            status = readJob(j, mine, m_netlink[0]);
        }
        if (parallel) {
            helper.join();
            out.insert(out.end(), std::make_move_iterator(rest.begin()),
                       std::make_move_iterator(rest.end()));
        }
        if (!helperStatus) {
            return helperStatus.error();
        }
        if (!status) {
            return status.error();
        }
        if (!parallel) {
            // After the table: every socket in it existed before.
            m_scanner.prepare(linuxproc::PidInodeScanner::ScanOrder::AfterTable);
        }
        m_scanner.resolve(out);
        m_lastCount = out.size();
        identifyOwners(out);
        return out;
    }

    // Only where every table is read over netlink (the /proc/net fallback has no lookup).
    bool looksUpSockets() const override {
        return std::find(std::begin(m_useNetlink), std::end(m_useNetlink), false) ==
               std::end(m_useNetlink);
    }

    std::optional<Result<std::vector<SocketRecord>>> readSocketsOf(
        const std::vector<ConnectionTuple>& connections) override {
        if (!looksUpSockets()) {
            return std::nullopt;
        }
        std::vector<ConnectionTuple> queries;
        queries.reserve(connections.size() * 2);
        for (const ConnectionTuple& c : connections) {
            queries.push_back(c);
            if (c.peerIsLocal) {
                queries.push_back(ConnectionTuple{c.protocol, c.remote, c.local, true});
            }
        }
        m_identities.clear();
        std::vector<SocketRecord> out;
        if (Status s = m_netlink[0].lookup(queries, out); !s) {
            return Result<std::vector<SocketRecord>>(s.error());
        }
        m_scanner.resolveFew(out);
        return Result<std::vector<SocketRecord>>(std::move(out));
    }

    std::optional<ProcessInfo> describe(uint32_t pid) override { return describeProcess(pid); }

    std::optional<ProcessIdentity> identify(uint32_t pid) override {
        if (auto it = m_identities.find(pid); it != m_identities.end()) {
            return it->second;
        }
        return identifyProcess(pid);
    }

private:
    // The processes new in this read (all of them the first time, few after that) that own
    // a socket of the table are ones the registry does not know yet: their executable and
    // uid are read here, on the scan's threads, so that the registry describes only the
    // first process of each program (the 100 workers of a server cost two small reads each,
    // spread over the threads, instead of four on one thread). Where the descriptor
    // iterator gave the uid, only the executable is read.
    void identifyOwners(const std::vector<SocketRecord>& sockets) {
        std::vector<uint32_t> pids;
        for (const SocketRecord& s : sockets) {
            for (uint32_t pid : s.pids) {
                if (m_scanner.newNow(pid)) {
                    pids.push_back(pid);
                }
            }
        }
        std::sort(pids.begin(), pids.end());
        pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
        std::vector<std::optional<ProcessIdentity>> found(pids.size());
        const size_t threads = pids.size() >= 64 ? m_scanner.threads() : 1;
        parallelFor(pids.size(), threads, 8, "process-scan", [&](size_t i) {
            const auto euid = m_scanner.effectiveUid(pids[i]);
            found[i] = euid ? identifyProcessAs(pids[i], *euid) : identifyProcess(pids[i]);
        });
        for (size_t i = 0; i < pids.size(); ++i) {
            if (found[i]) {
                m_identities.emplace(pids[i], std::move(*found[i]));
            }
        }
    }

    // Job 0: TCP, IPv4 then IPv6 (one dump for both where the kernel answers it); jobs 1 and
    // 2: UDP over IPv4 and IPv6. In this order they give the tables in kTables order.
    static constexpr size_t kJobs = 3;
    Status readJob(size_t job, std::vector<SocketRecord>& out, NetlinkSocketReader& netlink) {
        if (job > 0) {
            return readTable(job + 1, out, netlink);
        }
        if (m_tcpTogether && m_useNetlink[0] && m_useNetlink[1]) {
            if (netlink.readTcp(out).ok()) {
                return {};
            }
            m_tcpTogether = false;  // one dump per family from now on
        }
        if (Status s = readTable(0, out, netlink); !s) {
            return s;
        }
        return readTable(1, out, netlink);
    }

    Status readTable(size_t i, std::vector<SocketRecord>& out, NetlinkSocketReader& netlink) {
        const Table t = kTables[i];
        if (m_useNetlink[i]) {
            if (netlink.read(t.family, t.protocol, out).ok()) {
                return {};
            }
            m_useNetlink[i] = false;  // e.g. no udp_diag: /proc/net from now on
        }
        return readProcNetTable(t.family, t.protocol, out);
    }

    NetlinkSocketReader m_netlink[2];
    bool m_useNetlink[std::size(kTables)] = {};
    bool m_tcpTogether = true;
    PidInodeScanner m_scanner;
    size_t m_lastCount = 0;
    bool m_readBefore = false;
    // Owners identified during the last whole-table read, for the registry right after it.
    std::unordered_map<uint32_t, ProcessIdentity> m_identities;
};

}  // namespace

std::unique_ptr<ProcessBackend> createLinuxBackend(SocketTableSource source) {
    return std::make_unique<LinuxBackend>(source);
}

}  // namespace linuxproc

std::unique_ptr<ProcessBackend> createSystemProcessBackend() {
    // FLOWSCOPE_PROCESS_BACKEND=procfs forces the /proc/net fallback (tests, odd kernels).
    const char* forced = std::getenv("FLOWSCOPE_PROCESS_BACKEND");
    if (forced && std::strcmp(forced, "procfs") == 0) {
        return linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Procfs);
    }
    return linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink);
}

}  // namespace flowscope
