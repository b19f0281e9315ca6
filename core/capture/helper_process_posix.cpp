// The helper process for HelperCapture: started with posix_spawn (no shell) on two pipes,
// reaped (SIGTERM, then SIGKILL if it lingers), read from without blocking, and described in
// one sentence when it dies or sends what is not the protocol.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

#include "core/base/system_reason.h"
#include "core/capture/helper_capture_impl.h"

extern char** environ;

namespace flowscope {

using namespace helperimpl;

namespace {

// How the helper ended, as the clause in the parentheses of diedError()'s sentence.
Phrase describeStatus(int status) {
    if (WIFEXITED(status)) {
        return phrase(FS_PHRASE("Core", "exit status %1"), {number(WEXITSTATUS(status))});
    }
    if (WIFSIGNALED(status)) {
        if (const char* name = strsignal(WTERMSIG(status))) {
            //: %2 is the signal's name in English, e.g. "Segmentation fault".
            return phrase(FS_PHRASE("Core", "killed by signal %1, %2"),
                          {number(WTERMSIG(status)), verbatim(name)});
        }
        return phrase(FS_PHRASE("Core", "killed by signal %1"), {number(WTERMSIG(status))});
    }
    return phrase(FS_PHRASE("Core", "status %1"), {number(status)});
}

Error pipeError(int error) {
    //: %1 is the operating system's reason.
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "Flowscope could not start its capture helper (pipe: %1); "
                                      "try again."),
                            {systemReason(error)}));
}

std::vector<std::string> helperArguments(const LiveOptions& o, const std::string& path) {
    std::vector<std::string> args{path,
                                  "--interface",
                                  o.interface,
                                  "--snaplen",
                                  std::to_string(o.snaplen),
                                  "--buffer-size",
                                  std::to_string(o.bufferSizeBytes),
                                  "--poll-timeout-ms",
                                  std::to_string(o.pollTimeoutMs)};
    if (o.promiscuous) {
        args.emplace_back("--promiscuous");
    }
    if (!o.immediateMode) {
        args.emplace_back("--no-immediate");
    }
    if (!o.filter.empty()) {
        args.emplace_back("--filter");
        args.push_back(o.filter);
    }
    if (!o.socketEvents.empty()) {
        args.emplace_back("--socket-events");
        args.push_back(o.socketEvents);
        args.emplace_back("--socket-event-buffer");
        args.push_back(std::to_string(o.socketEventBytes));
    }
    return args;
}

}  // namespace

Status HelperCapture::Impl::spawn(const LiveOptions& options) {
    int out[2];
    int in[2];
    if (::pipe2(out, O_CLOEXEC) != 0) {
        return pipeError(errno);
    }
    if (::pipe2(in, O_CLOEXEC) != 0) {
        ::close(out[0]);
        const int error = errno;
        ::close(out[1]);
        return pipeError(error);
    }
    (void)::fcntl(out[0], F_SETPIPE_SZ, kPipeBytes);  // fewer wake-ups under load; optional
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    // The helper starts with default signal handling and nothing blocked (the CLI blocks its
    // stop signals to wait for them), in its own process group: a terminal's Ctrl-C reaches
    // the parent, which then ends the helper in order.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigset_t defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD}) {
        sigaddset(&defaults, s);
    }
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(
        &attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    const std::vector<std::string> args = helperArguments(options, path);
    std::vector<char*> argv;
    for (const std::string& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    const int rc = ::posix_spawn(&child, path.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(in[0]);
    ::close(out[1]);
    if (rc != 0) {
        ::close(in[1]);
        ::close(out[0]);
        //: %2 is the operating system's reason.
        return makeError(ErrorCode::Io,
                         phrase(FS_PHRASE("Core",
                                          "Flowscope could not start its capture helper %1 "
                                          "(%2); reinstall Flowscope or set "
                                          "FLOWSCOPE_CAPTURE=direct."),
                                {verbatim(path), systemReason(rc)}));
    }
    pid.store(child);
    readFd = out[0];
    writeFd = in[1];
    (void)::fcntl(readFd, F_SETFL, ::fcntl(readFd, F_GETFL) | O_NONBLOCK);
    wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    return {};
}

Phrase HelperCapture::Impl::reap(bool now) {
    const pid_t child = pid.load();
    if (child <= 0) {
        return {};
    }
    if (now) {
        ::kill(child, SIGKILL);
    }
    int status = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(2);
    pid_t r = 0;
    while ((r = ::waitpid(child, &status, WNOHANG)) == 0 && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (r == 0) {
        ::kill(child, SIGKILL);
        r = ::waitpid(child, &status, 0);
    }
    pid.store(0);
    return r == child ? describeStatus(status) : phrase(FS_PHRASE("Core", "its status is unknown"));
}

ssize_t HelperCapture::Impl::readMore() {
    if (begin > 0 && begin == end) {
        begin = end = 0;
    } else if (begin > 0 && buf.size() - end < 64 * 1024) {
        std::memmove(buf.data(), buf.data() + begin, end - begin);
        end -= begin;
        begin = 0;
    }
    for (;;) {
        const ssize_t n = ::read(readFd, buf.data() + end, buf.size() - end);
        if (n > 0) {
            end += static_cast<size_t>(n);
            return n;
        }
        if (n == 0) {
            return 0;
        }
        if (errno == EINTR) {
            continue;
        }
        return errno == EAGAIN ? -1 : 0;  // a broken pipe reads as the end of the stream
    }
}

Error HelperCapture::Impl::diedError(Phrase when) {
    Phrase how = reap(false);
    //: %2 is when ("before it opened eth0", "while capturing on eth0"), %3 how it ended
    //: ("exit status 1", "killed by signal 9, Killed").
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "The capture helper %1 stopped unexpectedly %2 (%3); start "
                                      "the capture again, and check the system log if it keeps "
                                      "stopping."),
                            {verbatim(path), std::move(when), std::move(how)}));
}

Error HelperCapture::Impl::garbageError(const std::string& why) {
    reap(true);
    //: %2 says what is wrong with the data, in English.
    return makeError(ErrorCode::Io,
                     phrase(FS_PHRASE("Core",
                                      "The capture helper %1 sent data Flowscope cannot read (%2); "
                                      "make sure it belongs to this version of Flowscope and "
                                      "start the capture again."),
                            {verbatim(path), verbatim(why)}));
}

}  // namespace flowscope
