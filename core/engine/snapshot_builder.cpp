#include "core/engine/snapshot_builder.h"

#include <algorithm>
#include <utility>

namespace flowscope {

namespace {

Phrase sinkStoppedSentence(const SinkCounters& sink) {
    //: %1 is the part's name ("history", "ipfix"); %2 its reason, a sentence.
    return phrase(
        FS_PHRASE("Core", "The %1 sink stopped: %2"),
        {verbatim(sink.name), sink.errorPhrase.empty() ? verbatim(sink.error) : sink.errorPhrase});
}

// The n entries of `map` with the most bytes, largest first, made into Stats. Ranked as (bytes,
// entry) pairs and only the n winners made: a Stat holds a GeoRecord's three strings, and making
// one for each of a file's 100,000 hosts, then sorting those, took 16 MB of fresh memory and
// several milliseconds of the engine thread at every snapshot.
template <class Stat, class Map, class Make>
std::vector<Stat> topByBytes(const Map& map, size_t n, Make make) {
    struct Ranked {
        uint64_t bytes;
        const typename Map::Entry* entry;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(map.size());
    for (const auto& entry : map) {
        ranked.push_back({entry.second.bytes(), &entry});
    }
    auto byBytes = [](const Ranked& x, const Ranked& y) { return x.bytes > y.bytes; };
    if (ranked.size() > n) {
        std::partial_sort(ranked.begin(), ranked.begin() + long(n), ranked.end(), byBytes);
        ranked.resize(n);
    } else {
        std::sort(ranked.begin(), ranked.end(), byBytes);
    }
    std::vector<Stat> out;
    out.reserve(ranked.size());
    for (const Ranked& r : ranked) {
        out.push_back(make(r.entry->first, r.entry->second));
    }
    return out;
}

FlowCounters minus(const FlowCounters& a, const FlowCounters& b) {
    return {a.packetsOut - b.packetsOut, a.packetsIn - b.packetsIn, a.bytesOut - b.bytesOut,
            a.bytesIn - b.bytesIn};
}

void fillAggregates(EngineSnapshot& snap, const Aggregates& agg) {
    const size_t n = EngineSnapshot::kTopN;
    snap.topHosts =
        topByBytes<HostStat>(agg.byRemoteHost(), n, [](const IpAddress& a, const FlowCounters& c) {
            return HostStat{a, c, {}};
        });
    snap.topServices =
        topByBytes<ServiceStat>(agg.byService(), n, [](const ServiceKey& k, const FlowCounters& c) {
            return ServiceStat{k, c};
        });
    for (size_t proto = 0; proto < agg.byProtocol().size(); ++proto) {
        if (agg.byProtocol()[proto].packets() > 0) {
            snap.protocols.push_back(ProtocolStat{uint8_t(proto), agg.byProtocol()[proto]});
        }
    }
}

}  // namespace

EngineSnapshot withFinalSinkCounters(const EngineSnapshot& final, std::vector<SinkCounters> sinks) {
    EngineSnapshot snap = final;
    std::vector<Phrase> sentences{final.warningPhrase};
    for (size_t i = 0; i < sinks.size(); ++i) {
        const bool saidBefore = i < final.sinks.size() && final.sinks[i].detached;
        if (sinks[i].detached && !saidBefore) {
            sentences.push_back(sinkStoppedSentence(sinks[i]));
        }
    }
    snap.warningPhrase = joined(std::move(sentences));
    snap.warning = english(snap.warningPhrase);
    snap.sinks = std::move(sinks);
    return snap;
}

TickSample makeTickSample(int64_t startNs, const Totals& now, const Totals& atTick) {
    TickSample sample;
    sample.startNs = startNs;
    sample.traffic = minus(now.direction, atTick.direction);
    sample.packets = now.packets - atTick.packets;
    sample.bytes = now.bytes - atTick.bytes;
    return sample;
}

EngineState finalState(bool failed, bool stopRequested) {
    if (failed) {
        return EngineState::Failed;
    }
    return stopRequested ? EngineState::Stopped : EngineState::Finished;
}

EngineSnapshot buildSnapshot(SnapshotInputs in) {
    EngineSnapshot snap;
    snap.sequence = in.sequence;
    snap.tickNs = in.tickNs;
    snap.timeNs = in.times.timeNs;
    snap.intervalNs = in.times.intervalNs;
    snap.durationNs = in.times.durationNs;
    snap.state = in.state;
    if (in.totals) {
        snap.totals = *in.totals;
        const Totals before = in.totalsAtPublish ? *in.totalsAtPublish : Totals{};
        snap.intervalTraffic = minus(in.totals->direction, before.direction);
        snap.intervalPackets = in.totals->packets - before.packets;
    }
    snap.samples = std::move(in.samples);
    snap.capture = in.capture;
    snap.droppedByQueue = in.droppedByQueue;
    snap.skippedWhilePaused = in.skippedWhilePaused;
    snap.flowCount = in.flowCount;
    if (in.aggregates) {
        fillAggregates(snap, *in.aggregates);
    }
    for (const SinkCounters& sink : in.sinks) {
        if (sink.detached) {
            in.warnings.push_back(sinkStoppedSentence(sink));
        }
    }
    snap.sinks = std::move(in.sinks);
    snap.warningPhrase = joined(std::move(in.warnings));
    snap.warning = english(snap.warningPhrase);
    snap.error = std::move(in.error);
    return snap;
}

}  // namespace flowscope
