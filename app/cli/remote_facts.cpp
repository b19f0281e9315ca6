#include "app/cli/remote_facts.h"

#include <algorithm>
#include <thread>

#include "core/base/thread_name.h"
#include "core/engine/host_name.h"

namespace flowscope::cli {

namespace {

constexpr size_t kBlock = 8192;

// Split in parts of at least this many: smaller ones would cost more in threads than they save.
constexpr size_t kPerThread = 1024;

// The work of inParts() over [begin, end).
template <typename Part>
size_t inPartsOf(size_t begin, size_t end, const Part& part) {
    const size_t parts = std::clamp<size_t>((end - begin) / kPerThread, 1, partsAtMost());
    const size_t share = (end - begin + parts - 1) / parts;
    std::vector<std::thread> workers;
    for (size_t t = 1; t < parts; ++t) {
        const size_t from = std::min(end, begin + t * share);
        const size_t to = std::min(end, begin + (t + 1) * share);
        workers.emplace_back([&part, from, to, t] {
            setCurrentThreadName("print");
            part(from, to, t);
        });
    }
    part(begin, std::min(end, begin + share), size_t(0));
    for (std::thread& w : workers) {
        w.join();
    }
    return parts;
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
    for (size_t begin = 0; begin < count; begin += kBlock) {
        if (annotations.geo) {
            annotations.geo->checkFilesIfDue();  // a replaced user's file answers from here
        }
        const size_t parts = inPartsOf(begin, std::min(count, begin + kBlock),
                                       [&](size_t from, size_t to, size_t t) {
                                           texts[t].text.clear();
                                           makePart(from, to, texts[t].text);
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
    return inPartsOf(0, count, part);
}

}  // namespace flowscope::cli
