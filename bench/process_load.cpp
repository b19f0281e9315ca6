// bench_process_load: a socket load for the process-refresh benchmark and tests.
//
//   bench_process_load PROCESSES SOCKETS_PER_PROCESS
//
// Forks PROCESSES children; each opens SOCKETS_PER_PROCESS sockets of its own on loopback: a
// TCP listener on 127.0.0.1 and on ::1, a bound UDP socket on each, and then TCP connections
// to its own listeners (client and accepted side, two sockets each, IPv4 and IPv6 in turn).
// Prints "ready PROCESSES SOCKETS" once every child is set up, then waits until its standard
// input closes (or SIGTERM/SIGINT) and kills the children. Run it in a private network
// namespace (`unshare -n`) so the load does not disturb the machine.
//
// New connections on demand: each child opens one more TCP connection to its own IPv4 listener
// (client and accepted side, both kept open: two more descriptors) whenever it receives
// SIGUSR1, so a benchmark can make new sockets appear in chosen processes (bench_process_refresh
// signals children and waits for /proc/<pid>/fd to grow by two). Signals sent to a child while
// one is still pending coalesce into one connection; the load itself (the parent) must not be
// sent SIGUSR1.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

int listener(int family, int type) {
    const int fd = ::socket(family, type, 0);
    if (fd < 0) {
        return -1;
    }
    sockaddr_storage ss{};
    socklen_t len;
    if (family == AF_INET) {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        len = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
        return -1;
    }
    if (type == SOCK_STREAM && ::listen(fd, 64) != 0) {
        return -1;
    }
    return fd;
}

bool connectPair(int listenFd, int family) {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getsockname(listenFd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) {
        return false;
    }
    const int c = ::socket(family, SOCK_STREAM, 0);
    if (c < 0 || ::connect(c, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
        return false;
    }
    return ::accept(listenFd, nullptr, nullptr) >= 0;
}

// Sets up a child's sockets; returns its IPv4 TCP listener, or -1 on failure.
int child(int sockets) {
    const int l4 = listener(AF_INET, SOCK_STREAM);
    const int l6 = listener(AF_INET6, SOCK_STREAM);
    int made = 2;
    if (l4 < 0 || l6 < 0) {
        return -1;
    }
    if (made < sockets && listener(AF_INET, SOCK_DGRAM) >= 0) {
        ++made;
    }
    if (made < sockets && listener(AF_INET6, SOCK_DGRAM) >= 0) {
        ++made;
    }
    for (int i = 0; made + 2 <= sockets; ++i, made += 2) {
        if (!connectPair(i % 2 == 0 ? l4 : l6, i % 2 == 0 ? AF_INET : AF_INET6)) {
            return -1;
        }
    }
    return l4;
}

volatile sig_atomic_t g_stop = 0;
extern "C" void onSignal(int) {
    g_stop = 1;
}

volatile sig_atomic_t g_connect = 0;
extern "C" void onConnect(int) {
    g_connect = 1;
}

// A child after setup (SIGUSR1 blocked since before it): sleeps until SIGUSR1, then opens one
// more connection pair to its IPv4 listener; forever (PR_SET_PDEATHSIG or the parent's SIGKILL
// ends it). SIGUSR1 is only unblocked inside sigsuspend(), so a signal that arrives during
// setup, between the check and the wait or while connecting is not lost and interrupts
// nothing.
[[noreturn]] void serve(int l4) {
    sigset_t waitMask;
    sigprocmask(SIG_SETMASK, nullptr, &waitMask);
    sigdelset(&waitMask, SIGUSR1);
    while (true) {
        while (!g_connect) {
            ::sigsuspend(&waitMask);
        }
        g_connect = 0;
        if (l4 >= 0) {
            (void)connectPair(l4, AF_INET);
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_process_load PROCESSES SOCKETS_PER_PROCESS\n");
        return 2;
    }
    const int processes = std::atoi(argv[1]);
    const int sockets = std::atoi(argv[2]);
    int ready[2];
    if (processes <= 0 || sockets < 2 || ::pipe(ready) != 0) {
        return 2;
    }
    std::vector<pid_t> children;
    for (int i = 0; i < processes; ++i) {
        const pid_t pid = ::fork();
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlive the load
            ::close(ready[0]);
            sigset_t blocked;
            sigemptyset(&blocked);
            sigaddset(&blocked, SIGUSR1);
            sigprocmask(SIG_BLOCK, &blocked, nullptr);  // delivered only in serve()
            struct sigaction usr1 {};
            usr1.sa_handler = onConnect;  // no SA_RESTART
            ::sigaction(SIGUSR1, &usr1, nullptr);
            const int l4 = child(sockets);
            const char status = l4 >= 0 ? 'y' : 'n';
            if (::write(ready[1], &status, 1) != 1) {
                ::_exit(1);
            }
            ::close(ready[1]);
            ::close(0);
            serve(l4);
        }
        children.push_back(pid);
    }
    ::close(ready[1]);
    int ok = 0;
    for (size_t i = 0; i < children.size(); ++i) {
        char c;
        if (::read(ready[0], &c, 1) == 1 && c == 'y') {
            ++ok;
        }
    }
    std::printf("ready %d %d\n", ok, ok * sockets);
    std::fflush(stdout);
    struct sigaction action {};
    action.sa_handler = onSignal;  // no SA_RESTART: the read below returns on a signal
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    char buf[64];
    while (!g_stop && ::read(0, buf, sizeof buf) > 0) {
    }
    for (pid_t pid : children) {
        ::kill(pid, SIGKILL);
    }
    for (pid_t pid : children) {
        ::waitpid(pid, nullptr, 0);
    }
    return ok == processes ? 0 : 1;
}
