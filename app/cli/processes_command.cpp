// flowscope-cli processes: the socket -> process table (like `ss -tunap`).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <streambuf>
#include <tuple>
#include <unordered_map>

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/json_writer.h"
#include "app/cli/text_out.h"
#include "core/flow/flow_key.h"
#include "core/process/application_registry.h"
#include "core/process/connection_tuple.h"
#include "core/process/process_backend.h"
#include "core/process/socket_event_source.h"

namespace flowscope::cli {

namespace {

const char* kProcessesHelp =
    "Usage: flowscope-cli processes [--format table|json] [--source auto|ebpf|snapshot]\n"
    "\n"
    "Lists every TCP and UDP socket (IPv4 and IPv6) with the process that owns it: pid, all\n"
    "pids holding it (fork, SO_REUSEPORT), program name and path, and user. Sockets of other\n"
    "users' processes show the user and say the owner is hidden; run as root (or with\n"
    "CAP_SYS_PTRACE and CAP_DAC_READ_SEARCH) to see them.\n"
    "\n"
    "  --format FORMAT  table (default) or json\n"
    "  --source SOURCE  say on stderr where live captures take socket owners from: auto\n"
    "                   (eBPF socket events where this process may load them, else\n"
    "                   snapshots), ebpf (exit 1 with the reason when unavailable) or\n"
    "                   snapshot; the table itself is always a snapshot\n"
    "\n"
    "Linux reads the socket table over netlink sock_diag; FLOWSCOPE_PROCESS_BACKEND=procfs\n"
    "makes it read /proc/net instead.\n";

struct Row {
    SocketRecord socket;
    const Application* app = nullptr;
    std::string user;
};

std::string endpointText(const SocketAddress& a, bool remote) {
    std::string ip = addressText(a.address);
    if (a.address.isV6()) {
        ip = "[" + ip + "]";
    }
    if (remote && a.port == 0 && a.address.isUnspecified()) {
        return ip + ":*";
    }
    return ip + ":" + std::to_string(a.port);
}

// Why a socket has no process, in a few words a user understands.
std::string reasonFor(const Row& r) {
    if (r.socket.ownerHidden) {
        return "hidden: the owner runs as user " + r.user + "; run as root to see the process";
    }
    if (r.socket.inode == 0) {
        const SocketState st = r.socket.state;
        if (st == SocketState::Established || st == SocketState::SynReceived ||
            st == SocketState::CloseWait) {
            return "not accepted yet: it waits in a listener's queue";
        }
        return "no process holds it any more (the socket is closing)";
    }
    return "not found: the process exited, or runs in another PID namespace";
}

// The program of each socket of a table, as the resolver's cache (SocketIndex) assigns it
// from one whole table, without the cache's other maps: sockets with the same 5-tuple
// (SO_REUSEPORT) share one entry holding all their pids, whose program is that of the lowest
// pid that can be described; records are met in table order, so the registry describes the
// same processes in the same order. 0 where there is none.
std::vector<uint32_t> applicationsOf(const std::vector<SocketRecord>& table,
                                     ApplicationRegistry& registry) {
    struct Entry {
        std::vector<uint32_t> pids;
        uint32_t applicationId = 0;
    };
    std::unordered_map<processkeys::ExactKey, Entry, processkeys::KeyHash> entries;
    entries.reserve(table.size());
    std::vector<processkeys::ExactKey> keys(table.size());
    for (size_t i = 0; i < table.size(); ++i) {
        const SocketRecord& r = table[i];
        keys[i] = processkeys::exactKey(r.protocol, r.local, r.remote);
        if (r.pids.empty() && !r.ownerHidden) {
            continue;  // no owner to remember
        }
        auto [it, inserted] = entries.try_emplace(keys[i]);
        Entry& e = it->second;
        if (inserted) {
            e.pids = r.pids;
        } else {
            std::vector<uint32_t> merged;
            std::set_union(e.pids.begin(), e.pids.end(), r.pids.begin(), r.pids.end(),
                           std::back_inserter(merged));
            if (merged != e.pids) {
                e.pids = std::move(merged);
                e.applicationId = 0;
            }
        }
        if (e.applicationId == 0) {
            SocketRecord owner = r;
            owner.pids = e.pids;
            e.applicationId = registry.applicationOf(owner);
        }
    }
    std::vector<uint32_t> ids(table.size(), 0);
    for (size_t i = 0; i < table.size(); ++i) {
        if (auto it = entries.find(keys[i]); it != entries.end()) {
            ids[i] = it->second.applicationId;
        }
    }
    return ids;
}

// Standard output through one large buffer written with write(2): the table is megabytes of
// text, and std::cout (synchronised with stdio) locks stdout for every character. A failed
// write (closed pipe, full disk) ends the output, as it would for std::cout.
class StdoutBuffer final : public std::streambuf {
public:
    StdoutBuffer() : m_buffer(256 * 1024) {
        std::cout.flush();
        std::fflush(stdout);
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }
    ~StdoutBuffer() override { sync(); }
    StdoutBuffer(const StdoutBuffer&) = delete;
    StdoutBuffer& operator=(const StdoutBuffer&) = delete;

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        if (n > epptr() - pptr() && !drain()) {
            return 0;
        }
        if (n > epptr() - pptr()) {  // larger than the whole buffer: straight through
            return writeAll(s, size_t(n)) ? n : 0;
        }
        std::memcpy(pptr(), s, size_t(n));
        pbump(int(n));
        return n;
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const bool ok = writeAll(pbase(), size_t(pptr() - pbase()));
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return ok;
    }
    bool writeAll(const char* data, size_t size) {
        while (size > 0 && m_ok) {
            const ssize_t n = ::write(STDOUT_FILENO, data, size);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                m_ok = false;
                break;
            }
            data += n;
            size -= size_t(n);
        }
        return m_ok;
    }

    std::vector<char> m_buffer;
    bool m_ok = true;
};

void writeAddress(JsonWriter& json, const SocketAddress& a) {
    json.beginObject().key("ip"_key).plainString(
        [&](std::string& out) { appendAddress(out, a.address); });
    json.key("port"_key).value(unsigned(a.port)).endObject();
}

void writeRowJson(JsonWriter& json, const Row& r) {
    const SocketRecord& s = r.socket;
    json.beginObject();
    json.key("protocol"_key).value(protocolName(s.protocol));
    json.key("local"_key);
    writeAddress(json, s.local);
    json.key("remote"_key);
    writeAddress(json, s.remote);
    json.key("state"_key).value(socketStateName(s.state));
    json.key("uid"_key).value(unsigned(s.uid));
    json.key("user"_key).value(r.user);
    json.key("inode"_key).value(uint64_t(s.inode));
    json.key("process"_key);
    if (r.app && !s.pids.empty()) {
        json.beginObject();
        json.key("pid"_key).value(unsigned(s.pids.front()));
        json.key("pids"_key).beginArray();
        for (uint32_t pid : s.pids) {
            json.value(unsigned(pid));
        }
        json.endArray();
        json.key("name"_key).value(r.app->name);
        json.key("path"_key).value(r.app->path);
        json.key("user"_key).value(r.app->user);
        json.key("command_line"_key).value(r.app->commandLine);
        json.endObject();
    } else {
        json.null();
        json.key("owner_hidden"_key).value(s.ownerHidden);
        json.key("reason"_key).value(reasonFor(r));
    }
    json.endObject();
}

void printJson(const std::vector<const Row*>& rows) {
    StdoutBuffer buffer;
    std::ostream out(&buffer);
    JsonWriter json(out);
    json.beginArray();
    for (const Row* row : rows) {
        writeRowJson(json, *row);
    }
    json.endArray();
}

void printTable(const std::vector<const Row*>& rows) {
    StdoutBuffer buffer;
    std::ostream out(&buffer);
    size_t wl = 5, wr = 6, wu = 4;
    for (const Row* row : rows) {
        const Row& r = *row;
        wl = std::max(wl, endpointText(r.socket.local, false).size());
        wr = std::max(wr, endpointText(r.socket.remote, true).size());
        wu = std::max(wu, r.user.size());
    }
    char line[1024];
    std::snprintf(line, sizeof line, "%-5s  %-11s  %-*s  %-*s  %-*s  %7s  %s\n", "PROTO", "STATE",
                  int(wl), "LOCAL", int(wr), "REMOTE", int(wu), "USER", "PID", "PROCESS");
    out << line;
    for (const Row* row : rows) {
        const Row& r = *row;
        const SocketRecord& s = r.socket;
        std::string pid = "-", process;
        if (r.app && !s.pids.empty()) {
            pid = std::to_string(s.pids.front());
            process = r.app->name + " (" + (r.app->path.empty() ? "?" : r.app->path) + ")";
            if (s.pids.size() > 1) {
                process += " pids";
                for (size_t i = 0; i < s.pids.size(); ++i) {
                    process += (i ? "," : " ") + std::to_string(s.pids[i]);
                }
            }
        } else if (s.ownerHidden) {
            process = "hidden (user " + r.user + ")";
        } else {
            process = "-";
        }
        std::snprintf(line, sizeof line, "%-5s  %-11s  %-*s  %-*s  %-*s  %7s  %s\n",
                      protocolName(s.protocol), socketStateName(s.state), int(wl),
                      endpointText(s.local, false).c_str(), int(wr),
                      endpointText(s.remote, true).c_str(), int(wu), r.user.c_str(), pid.c_str(),
                      process.c_str());
        out << line;
    }
}

// By protocol, then local and remote address and port, then inode (sockets of one 5-tuple,
// e.g. SO_REUSEPORT listeners, in a fixed order). Pointers are sorted, not the rows. (Sorting
// in one part per core and merging, and writing the JSON likewise, measured no faster at
// 10,000 rows: the threads and the parts' texts cost what they saved.)
std::vector<const Row*> sortedRows(const std::vector<Row>& rows) {
    std::vector<const Row*> sorted;
    sorted.reserve(rows.size());
    for (const Row& r : rows) {
        sorted.push_back(&r);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Row* a, const Row* b) {
        const SocketRecord& x = a->socket;
        const SocketRecord& y = b->socket;
        return std::tie(x.protocol, x.local.address, x.local.port, x.remote.address, x.remote.port,
                        x.inode) < std::tie(y.protocol, y.local.address, y.local.port,
                                            y.remote.address, y.remote.port, y.inode);
    });
    return sorted;
}

// --source: says on stderr where live captures would take socket owners from (loading the
// tracker to find out); ebpf that cannot be loaded is an error with the reason.
int reportSource(const std::string& source) {
    ProcessSource wanted = ProcessSource::Auto;
    if (!parseProcessSource(source, wanted)) {
        return fail(kExitUsage, "Unknown source '" + source + "'; use auto, ebpf or snapshot.");
    }
    const SocketEventChoice choice = chooseSocketEventSource(wanted);
    if (wanted == ProcessSource::Ebpf && !choice.source) {
        return fail(kExitFailure, english(choice.note));
    }
    std::cerr << english(choice.note) << "\n";
    return kExitOk;
}

}  // namespace

int runProcesses(const std::vector<std::string>& argv) {
    auto parsed = parseArgs(argv, {"--format", "--source"}, {"--help"}, "processes");
    if (!parsed) {
        return fail(kExitUsage, parsed.error().message);
    }
    if (parsed->has("--help")) {
        std::cout << kProcessesHelp;
        return kExitOk;
    }
    if (!parsed->positional.empty()) {
        return fail(kExitUsage, "Unexpected argument '" + parsed->positional.front() +
                                    "'; run 'flowscope-cli processes --help'.");
    }
    const std::string format = parsed->get("--format").value_or("table");
    if (format != "table" && format != "json") {
        return fail(kExitUsage, "Unknown format '" + format + "'; use table or json.");
    }
    if (auto source = parsed->get("--source")) {
        if (int failed = reportSource(*source); failed != kExitOk) {
            return failed;
        }
    }
    auto backend = createSystemProcessBackend();
    if (!backend) {
        return fail(kExitFailure,
                    "This system has no process backend; socket owners cannot be "
                    "listed here.");
    }
    auto table = backend->readSockets();
    if (!table) {
        return fail(exitCodeFor(table.error()), table.error().message);
    }
    ApplicationRegistry registry(*backend);
    const std::vector<uint32_t> applicationIds = applicationsOf(table.value(), registry);
    const auto apps = registry.publish();
    std::vector<Row> rows;
    rows.reserve(table.value().size());
    uint32_t lastUid = 0;
    std::string lastUser;
    for (size_t i = 0; i < table.value().size(); ++i) {
        SocketRecord& s = table.value()[i];
        Row r;
        if (lastUser.empty() || s.uid != lastUid) {
            lastUid = s.uid;
            lastUser = userNameForUid(s.uid);
        }
        r.user = lastUser;
        const uint32_t id = applicationIds[i];
        if (!s.pids.empty() && id >= 1 && id <= apps->size()) {
            r.app = &(*apps)[id - 1];
        }
        r.socket = std::move(s);
        rows.push_back(std::move(r));
    }
    const std::vector<const Row*> sorted = sortedRows(rows);
    if (format == "json") {
        printJson(sorted);
    } else {
        printTable(sorted);
    }
    return kExitOk;
}

namespace {
const CommandRegistration kRegistration{
    "processes", "list sockets with the processes that own them", 30, &runProcesses};
}  // namespace

}  // namespace flowscope::cli
