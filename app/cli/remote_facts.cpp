#include "app/cli/remote_facts.h"

#include <algorithm>
#include <thread>

#include "app/cli/part_team.h"
#include "core/engine/host_name.h"

namespace flowscope::cli {

namespace {

constexpr size_t kBlock = 8192;

// About what one flow's text takes: 700 bytes as pretty JSON with country and AS, less as CSV or
// a table line; more only with long names or program paths.
constexpr size_t kBytesPerFlow = 1024;

// Split in parts of at least this many: smaller ones would cost more in threads than they save.
constexpr size_t kPerThread = 1024;

// How many parts [begin, end) is split in: one per core, each at least kPerThread long.
size_t partsFor(size_t count) {
    return std::clamp<size_t>(count / kPerThread, 1, partsAtMost());
}

// Part `part` of `parts` over [begin, end): part(from, to, part).
template <typename Part>
void runPart(size_t begin, size_t end, size_t parts, size_t part, const Part& work) {
    const size_t share = (end - begin + parts - 1) / parts;
    work(std::min(end, begin + part * share), std::min(end, begin + (part + 1) * share), part);
}

// The team all printing of the process runs on, made by the first job of more than one part
// and kept until exit: a team for each job started its threads anew on the caller's core, and
// the table makes two jobs. One job at a time: printing is done by one thread.
PartTeam& printTeam() {
    static PartTeam team(partsAtMost());
    return team;
}

// work(part) for every part below `parts`, each on a thread of the team (part 0 on this one).
template <typename Work>
void runParts(size_t parts, const Work& work) {
    if (parts <= 1) {
        work(size_t(0));
        return;
    }
    printTeam().run([&](size_t part) {
        if (part < parts) {
            work(part);
        }
    });
}

RemoteFacts remoteFacts(const Flow& f, const FlowAnnotations& a, GeoBatchLookup* geo) {
    RemoteFacts facts;
    if (f.nameId != 0 && a.hostnames && f.nameId <= a.hostnames->size()) {
        const HostName& name = (*a.hostnames)[f.nameId - 1];
        facts.hostname = name.name;
        facts.hostnameSource = hostNameSourceName(name.source);
    } else if (auto it = a.reverseNames.find(f.remote().address); it != a.reverseNames.end()) {
        facts.hostname = it->second;
        facts.hostnameSource = hostNameSourceName(HostNameSource::ReverseDns);
    }
    const bool ports = f.key.hasPorts;
    facts.geo = annotateFlow(nullptr, a.services, a.own, f.key.protocol, f.remote().address,
                             ports ? f.local().port : 0, ports ? f.remote().port : 0);
    if (geo && facts.geo.kind == AddressKind::Public) {
        facts.geo.geo = geo->lookup(f.remote().address);
    }
    return facts;
}

}  // namespace

RemoteFactsReader::RemoteFactsReader(const FlowAnnotations& annotations)
    : m_annotations(annotations) {
    if (annotations.geo) {
        m_geo.emplace(*annotations.geo);
    }
}

RemoteFacts RemoteFactsReader::operator()(const Flow& f) {
    return remoteFacts(f, m_annotations, m_geo ? &*m_geo : nullptr);
}

void makeTextInBlocks(size_t count, const FlowAnnotations& annotations,
                      const std::function<void(size_t, size_t, std::string&)>& makePart,
                      const std::function<void(std::string_view)>& emit) {
    // Each thread's string in a cache line of its own: side by side, the two strings' lengths,
    // updated at every append, shared one line, and the cores took it from each other all the
    // time (a third of the printing time, or none, depending on where the heap placed them).
    struct alignas(64) PartText {
        std::string text;
    };
    std::vector<PartText> texts(partsAtMost());
    // Room for the longest part at once: growing a string of megabytes by doubling copied it
    // and faulted in fresh pages several times over, 2 ms of the first block. Reserved pages
    // cost nothing until written.
    const size_t firstParts = partsFor(std::min(count, kBlock));
    for (size_t t = 0; t < firstParts; ++t) {
        texts[t].text.reserve(kBytesPerFlow * (std::min(count, kBlock) / firstParts + 1));
    }
    for (size_t begin = 0; begin < count; begin += kBlock) {
        if (annotations.geo) {
            annotations.geo->checkFilesIfDue();  // a replaced user's file answers from here
        }
        const size_t end = std::min(count, begin + kBlock);
        const size_t parts = partsFor(end - begin);
        runParts(parts, [&](size_t part) {
            runPart(begin, end, parts, part, [&](size_t from, size_t to, size_t t) {
                texts[t].text.clear();
                makePart(from, to, texts[t].text);
            });
        });
        for (size_t t = 0; t < parts; ++t) {
            emit(texts[t].text);
        }
    }
}

size_t partsAtMost() {
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
}

size_t inParts(size_t count, const std::function<void(size_t, size_t, size_t)>& part) {
    const size_t parts = partsFor(count);
    runParts(parts, [&](size_t t) { runPart(0, count, parts, t, part); });
    return parts;
}

}  // namespace flowscope::cli
