// bench_process_refresh: the cost of reading the socket -> process table, against `ss -tunap`
// timed in the same process on the same sockets (run it where bench_process_load made its
// load; bench/process_bench.sh does both in a private network namespace).
//
//   bench_process_refresh [ROUNDS [LOAD_PID]]
//
// Per round, interleaved: `ss -tunap > /dev/null` (fork + exec included: that is what a
// refresh through ss costs); a cold refresh (a new backend: every /proc/<pid>/fd is read);
// steady-state refreshes of the same backend (nothing changed; median of 5); the same through
// the resolver (backend + cache update); and the four sock_diag dumps alone, serially, which
// every full refresh needs (the kernel's share). Then single cache lookups. Medians of wall time
// and of CPU time (all threads) are printed with their ratios to ss.
//
// With LOAD_PID (bench_process_load's pid), also lookup rounds, the refresh that new
// connections trigger: per round, random children of the load are sent SIGUSR1 and each opens
// one new TCP connection to its own IPv4 listener; untimed, the bench waits until every one of
// them has two more descriptors and finds the client side's tuple (its inode from
// /proc/<pid>/fd, its tuple from a TCP/IPv4 sock_diag dump). Timed: one
// `readSocketsOf(tuples)` on the round's warm backend (it has done readSockets()), and, for
// other new connections, one `runDue()` of the round's warm resolver after `track()` of the
// tuples (ProcessResolverConfig defaults: a lookup round, the whole-table read being fresh),
// for 10 new connections and for 1. Every tuple is checked to come back with the pid of the
// child that opened it.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <netinet/in.h>

#include "bench/process_load_control.h"
#include "core/process/linux/linux_backend.h"
#include "core/process/linux/netlink_sockets.h"
#include "core/process/process_resolver.h"

extern char** environ;

using namespace flowscope;
using namespace flowscope::bench;

namespace {

struct Cost {
    double wallMs = 0;
    double cpuMs = 0;
};

double cpuNowMs(int who) {
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

template <class Fn>
Cost measure(Fn fn, int who = RUSAGE_SELF) {
    const double c0 = cpuNowMs(who);
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    const auto t1 = std::chrono::steady_clock::now();
    return {std::chrono::duration<double, std::milli>(t1 - t0).count(), cpuNowMs(who) - c0};
}

Cost runCommand(const char* const* argv) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Cost c = measure(
        [&] {
            pid_t pid;
            if (posix_spawnp(&pid, argv[0], &actions, nullptr, const_cast<char* const*>(argv),
                             environ) != 0) {
                std::perror("posix_spawnp");
                std::exit(1);
            }
            int status;
            waitpid(pid, &status, 0);
        },
        RUSAGE_CHILDREN);
    posix_spawn_file_actions_destroy(&actions);
    return c;
}

Cost median(std::vector<Cost> v) {
    std::sort(v.begin(), v.end(), [](const Cost& a, const Cost& b) { return a.wallMs < b.wallMs; });
    Cost m = v[v.size() / 2];
    std::vector<double> cpu;
    for (const auto& c : v) {
        cpu.push_back(c.cpuMs);
    }
    std::sort(cpu.begin(), cpu.end());
    m.cpuMs = cpu[cpu.size() / 2];
    return m;
}

void row(const char* what, const Cost& c, const Cost& ss) {
    std::printf("%-34s %9.2f ms wall %7.3fx   %9.2f ms cpu %7.3fx\n", what, c.wallMs,
                c.wallMs / ss.wallMs, c.cpuMs, c.cpuMs / ss.cpuMs);
}

bool sameTuple(const SocketRecord& r, const ConnectionTuple& t) {
    return r.protocol == t.protocol && r.local.address == t.local.address &&
           r.local.port == t.local.port && r.remote.address == t.remote.address &&
           r.remote.port == t.remote.port;
}

// How many connections readSocketsOf() returned with the right owner.
size_t rightOwners(const std::optional<Result<std::vector<SocketRecord>>>& got,
                   const std::vector<NewConnection>& conns) {
    if (!got || !*got) {
        std::fprintf(stderr, "readSocketsOf: %s\n",
                     !got ? "not supported" : got->error().message.c_str());
        return 0;
    }
    size_t right = 0;
    for (const NewConnection& c : conns) {
        bool ok = false;
        for (const SocketRecord& r : got->value()) {
            if (sameTuple(r, c.tuple)) {
                ok = std::find(r.pids.begin(), r.pids.end(), c.pid) != r.pids.end();
                break;
            }
        }
        right += ok ? 1 : 0;
    }
    return right;
}

// One kind of lookup-round measurement, over the rounds.
struct LookupRound {
    std::vector<Cost> costs;
    size_t asked = 0;  // connections
    size_t right = 0;  // found with the right pid
    // Resolver only: what runDue() did.
    uint64_t lookupRounds = 0, fullReads = 0, calls = 0;
    std::vector<double> ownNs;  // stats().lastLookupRoundNs after each lookup round
};

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const pid_t loadPid = argc > 2 ? pid_t(std::atol(argv[2])) : 0;
    const char* const ssArgs[] = {"ss", "-tunap", nullptr};
    const char* const ssNoProcArgs[] = {"ss", "-tuna", nullptr};
    std::vector<Cost> ss, ssNoProc, cold, steady, resolverSteady, dumpOnly;
    linuxproc::NetlinkSocketReader reader;
    (void)reader.open();
    size_t sockets = 0, owned = 0, firstSockets = 0;

    std::vector<pid_t> children;
    if (loadPid > 0) {
        // Only bench_process_load's children handle SIGUSR1 (comm is cut at 15 characters).
        std::ifstream commFile("/proc/" + std::to_string(loadPid) + "/comm");
        std::string comm;
        std::getline(commFile, comm);
        if (comm.rfind("bench_process_l", 0) == 0) {
            children = childrenOf(loadPid);
        } else {
            std::fprintf(stderr, "pid %d is not bench_process_load (%s)\n", loadPid, comm.c_str());
        }
        if (children.size() < 22) {
            std::fprintf(stderr, "load pid %d has %zu children: no lookup rounds\n", loadPid,
                         children.size());
            children.clear();
        }
    }
    std::mt19937 random(20240601);
    LookupRound backend10, backend1, resolver10, resolver1;
    uint64_t nextConnectionId = 1;
    // Backend: one readSocketsOf() of the new connections' tuples.
    auto backendRound = [&](ProcessBackend& backend, const std::vector<pid_t>& pids,
                            LookupRound& out) {
        const std::vector<NewConnection> conns = newConnections(pids, reader);
        std::vector<ConnectionTuple> tuples;
        for (const NewConnection& c : conns) {
            tuples.push_back(c.tuple);
        }
        std::optional<Result<std::vector<SocketRecord>>> got;
        out.costs.push_back(measure([&] { got = backend.readSocketsOf(tuples); }));
        out.asked += pids.size();
        out.right += rightOwners(got, conns);
    };
    // Resolver: track() the tuples, then one runDue().
    auto resolverRound = [&](ProcessResolver& resolver, const std::vector<pid_t>& pids,
                             LookupRound& out) {
        const std::vector<NewConnection> conns = newConnections(pids, reader);
        std::unordered_map<uint64_t, uint32_t> expected;
        (void)resolver.takeAttributions();
        for (const NewConnection& c : conns) {
            expected[nextConnectionId] = c.pid;
            resolver.track(nextConnectionId++, c.tuple);
        }
        const ProcessResolverStats before = resolver.stats();
        out.costs.push_back(measure([&] { (void)resolver.runDue(); }));
        const ProcessResolverStats after = resolver.stats();
        ++out.calls;
        out.lookupRounds += after.lookupRounds - before.lookupRounds;
        out.fullReads += after.refreshes - before.refreshes;
        if (after.lookupRounds > before.lookupRounds) {
            out.ownNs.push_back(double(after.lastLookupRoundNs));
        }
        out.asked += pids.size();
        for (const Attribution& a : resolver.takeAttributions()) {
            auto it = expected.find(a.connectionId);
            out.right += it != expected.end() && it->second == a.pid ? 1 : 0;
        }
        for (const auto& [id, pid] : expected) {
            resolver.untrack(id);  // anything unresolved: not retried in later rounds
        }
    };

    for (int r = 0; r < rounds; ++r) {
        ss.push_back(runCommand(ssArgs));
        ssNoProc.push_back(runCommand(ssNoProcArgs));
        // The kernel's part alone: the four sock_diag dumps, one after the other, no owners.
        dumpOnly.push_back(measure([&] {
            std::vector<SocketRecord> t;
            t.reserve(sockets + 64);
            for (int family : {AF_INET, AF_INET6}) {
                for (uint8_t proto : {uint8_t(6), uint8_t(17)}) {
                    (void)reader.read(family, proto, t);
                }
            }
        }));
        auto backend = linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink);
        std::vector<SocketRecord> table;
        cold.push_back(measure([&] { table = backend->readSockets().value(); }));
        sockets = table.size();
        firstSockets = firstSockets ? firstSockets : sockets;
        owned = size_t(std::count_if(table.begin(), table.end(),
                                     [](const SocketRecord& s) { return !s.pids.empty(); }));
        std::vector<Cost> s;
        for (int k = 0; k < 5; ++k) {
            s.push_back(measure([&] { (void)backend->readSockets(); }));
        }
        steady.push_back(median(s));
        ProcessResolver resolver(
            linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink));
        (void)resolver.refreshNow();  // cold
        s.clear();
        for (int k = 0; k < 5; ++k) {
            s.push_back(measure([&] { (void)resolver.refreshNow(); }));
        }
        resolverSteady.push_back(median(s));

        if (!children.empty()) {
            // Distinct random children for each measurement of the round.
            std::shuffle(children.begin(), children.end(), random);
            auto pick = [&, at = size_t(0)](size_t n) mutable {
                std::vector<pid_t> v(children.begin() + long(at), children.begin() + long(at + n));
                at += n;
                return v;
            };
            backendRound(*backend, pick(10), backend10);
            resolverRound(resolver, pick(10), resolver10);
            backendRound(*backend, pick(1), backend1);
            resolverRound(resolver, pick(1), resolver1);
        }
    }

    // Single lookups from the cache, over every socket's exact tuple (and listeners' peers).
    ProcessResolver resolver(linuxproc::createLinuxBackend(linuxproc::SocketTableSource::Netlink));
    (void)resolver.refreshNow();
    std::vector<ConnectionTuple> tuples;
    for (const SocketRecord& s : resolver.lastTable()) {
        ConnectionTuple t{s.protocol, s.local, s.remote};
        if (s.state == SocketState::Listen || s.state == SocketState::Unconnected) {
            t.remote = SocketAddress{s.local.address, 40000};  // a peer: matched by local address
        }
        tuples.push_back(t);
    }
    size_t found = 0;
    const int passes = 50;
    const auto t0 = std::chrono::steady_clock::now();
    for (int p = 0; p < passes; ++p) {
        for (const auto& t : tuples) {
            found += resolver.lookup(t).has_value() ? 1 : 0;
        }
    }
    const double lookupNs =
        std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count() /
        double(tuples.size() * passes);

    const Cost ssMedian = median(ss);
    std::printf("%zu sockets, %zu with an owner; %d rounds, medians\n", sockets, owned, rounds);
    if (sockets != firstSockets) {
        std::printf("(the load grew from %zu sockets in the first round: new connections)\n",
                    firstSockets);
    }
    row("ss -tunap (baseline)", ssMedian, ssMedian);
    row("ss -tuna (no processes)", median(ssNoProc), ssMedian);
    row("netlink dumps only (the floor)", median(dumpOnly), ssMedian);
    row("cold refresh (new backend)", median(cold), ssMedian);
    row("steady refresh (backend)", median(steady), ssMedian);
    row("steady refresh (resolver)", median(resolverSteady), ssMedian);
    std::printf("%-34s %9.1f ns per lookup (%zu of %zu found)\n", "lookup from the cache", lookupNs,
                found / passes, tuples.size());

    const double intervalMs =
        std::chrono::duration<double, std::milli>(ProcessResolverConfig{}.fullRefreshInterval)
            .count();
    const Cost periodic = median(resolverSteady);
    std::printf(
        "periodic whole-table read (steady resolver refresh every %.0f s while tracking): "
        "%.3f%% of one core (cpu), %.3f%% (wall)\n",
        intervalMs / 1e3, 100 * periodic.cpuMs / intervalMs, 100 * periodic.wallMs / intervalMs);

    if (children.empty()) {
        std::printf("no lookup rounds (bench_process_refresh ROUNDS LOAD_PID measures them)\n");
        return 0;
    }
    auto lookupRow = [&](const char* what, const LookupRound& l) {
        row(what, median(l.costs), ssMedian);
        std::printf("    %zu of %zu found with the right pid", l.right, l.asked);
        if (l.calls) {
            std::vector<double> own = l.ownNs;
            std::sort(own.begin(), own.end());
            std::printf("; runDue() did %llu lookup rounds, %llu whole-table reads in %llu calls",
                        (unsigned long long)l.lookupRounds, (unsigned long long)l.fullReads,
                        (unsigned long long)l.calls);
            if (!own.empty()) {
                std::printf("; stats().lastLookupRoundNs median %.2f ms",
                            own[own.size() / 2] / 1e6);
            }
        }
        std::printf("\n");
    };
    lookupRow("lookup round, 10 new (backend)", backend10);
    lookupRow("lookup round, 10 new (resolver)", resolver10);
    lookupRow("lookup round, 1 new (backend)", backend1);
    lookupRow("lookup round, 1 new (resolver)", resolver1);
    return 0;
}
