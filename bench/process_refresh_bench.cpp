// bench_process_refresh: the cost of reading the socket -> process table, against `ss -tunap`
// timed in the same process on the same sockets (run it where bench_process_load made its
// load; bench/process_bench.sh does both in a private network namespace).
//
//   bench_process_refresh [ROUNDS]
//
// Per round, interleaved: `ss -tunap > /dev/null` (fork + exec included: that is what a
// refresh through ss costs); a cold refresh (a new backend: every /proc/<pid>/fd is read);
// steady-state refreshes of the same backend (nothing changed; median of 5); the same through
// the resolver (backend + cache update); and the four sock_diag dumps alone, serially, which
// every full refresh needs (the kernel's share). Then single cache lookups. Medians of wall time
// and of CPU time (all threads) are printed with their ratios to ss.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <netinet/in.h>

#include "core/process/linux/linux_backend.h"
#include "core/process/linux/netlink_sockets.h"
#include "core/process/process_resolver.h"

extern char** environ;

using namespace flowscope;

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

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const char* const ssArgs[] = {"ss", "-tunap", nullptr};
    const char* const ssNoProcArgs[] = {"ss", "-tuna", nullptr};
    std::vector<Cost> ss, ssNoProc, cold, steady, resolverSteady, dumpOnly;
    linuxproc::NetlinkSocketReader reader;
    (void)reader.open();
    size_t sockets = 0, owned = 0;
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
    row("ss -tunap (baseline)", ssMedian, ssMedian);
    row("ss -tuna (no processes)", median(ssNoProc), ssMedian);
    row("netlink dumps only (the floor)", median(dumpOnly), ssMedian);
    row("cold refresh (new backend)", median(cold), ssMedian);
    row("steady refresh (backend)", median(steady), ssMedian);
    row("steady refresh (resolver)", median(resolverSteady), ssMedian);
    std::printf("%-34s %9.1f ns per lookup (%zu of %zu found)\n", "lookup from the cache", lookupNs,
                found / passes, tuples.size());
    return 0;
}
