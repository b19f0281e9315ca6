#include "core/engine/capture_worker.h"

#include <chrono>

#include "core/base/thread_name.h"
#include "core/capture/dump_writer.h"
#include "core/capture/packet_source.h"
#include "core/engine/packet_queue.h"
#include "core/engine/payload_policy.h"
#include "core/enrich/name_learner.h"
#include "core/packet/decoder.h"

namespace flowscope {

namespace {
constexpr auto kCounterRefresh = std::chrono::milliseconds(250);
constexpr int64_t kLiveBatchDelayNs = 5'000'000;  // live: longest a frame waits in a batch
const FlowTable::PrefetchHint kNoFrameBefore;     // a batch's first frame has none
}  // namespace

CaptureWorker::CaptureWorker(PacketSource& source, PacketQueue& queue, DumpWriter* writer,
                             uint32_t copyBytes, std::string offlineFilter)
    : m_source(source),
      m_queue(queue),
      m_writer(writer),
      m_copyBytes(copyBytes),
      m_filterExpression(std::move(offlineFilter)),
      m_live(source.isLive()) {}

CaptureWorker::~CaptureWorker() {
    requestStop();
    join();
}

Status CaptureWorker::prepare() {
    // A link type Flowscope does not decode is said from the first snapshot, not only when
    // a live capture ends (the source's end-of-run warning repeats it; see run()).
    m_sourceWarning = m_source.linkTypeWarningPhrase();
    if (m_live || m_filterExpression.empty()) {
        return {};
    }
    auto filter = BpfFilter::compile(m_filterExpression, m_source.linkType(), 262144);
    if (!filter) {
        return filter.error();
    }
    m_filters.emplace(m_source.linkType(), std::move(filter.value()));
    return {};
}

void CaptureWorker::start() {
    m_batch = m_queue.acquire();
    m_thread = std::thread([this] {
        setCurrentThreadName("capture");
        run();
    });
}

void CaptureWorker::requestStop() {
    m_stop.store(true);
    m_source.interrupt();
}

void CaptureWorker::join() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

CaptureCounters CaptureWorker::counters() const {
    std::lock_guard lock(m_mutex);
    return m_counters;
}

std::optional<Error> CaptureWorker::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

Phrase CaptureWorker::warning() const {
    std::vector<Phrase> sentences;
    {
        std::lock_guard lock(m_mutex);
        sentences = {m_sourceWarning, m_filterWarning};
    }
    if (m_writer != nullptr) {
        if (const auto error = m_writer->error()) {
            sentences.push_back(phraseOf(*error));
        }
    }
    return joined(std::move(sentences));
}

bool CaptureWorker::passesFilter(const RawPacket& packet) {
    if (m_live || m_filterExpression.empty()) {
        return true;
    }
    auto it = m_filters.find(packet.linkType);
    if (it == m_filters.end()) {
        // A pcapng file with several link types: compile once per new type. A type the
        // expression cannot apply to matches nothing.
        auto filter = BpfFilter::compile(m_filterExpression, packet.linkType, 262144);
        std::optional<BpfFilter> value;
        if (filter) {
            value.emplace(std::move(filter.value()));
        } else {
            std::lock_guard lock(m_mutex);
            m_filterWarning = phrase(FS_PHRASE("Core",
                                               "The capture filter cannot be applied to "
                                               "link type %1; frames of that type were "
                                               "left out."),
                                     {verbatim(std::to_string(packet.linkType))});
        }
        it = m_filters.emplace(packet.linkType, std::move(value)).first;
    }
    return it->second && it->second->matches(packet);
}

void CaptureWorker::flush(bool endOfStream) {
    if (m_batch->packets.empty() && !endOfStream) {
        return;
    }
    m_batch->endOfStream = endOfStream;
    const size_t n = m_batch->packets.size();
    bool pushed;
    if (m_live && !endOfStream) {
        pushed = m_queue.tryPush(m_batch);
        if (!pushed) {
            m_droppedByQueue.fetch_add(n, std::memory_order_relaxed);
            m_batch->clear();
        }
    } else {
        pushed = m_queue.push(m_batch);
    }
    if (pushed) {
        m_batch = m_queue.acquire();
    } else {
        m_batch->clear();
    }
}

void CaptureWorker::refreshCounters(bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastCounters < kCounterRefresh) {
        return;
    }
    m_lastCounters = now;
    CaptureCounters c = m_source.counters();
    c.received = m_received;
    if (m_writer != nullptr) {
        c.unwritten = m_writer->unwritten();
        c.writeFailed = m_writer->error().has_value();
    }
    std::lock_guard lock(m_mutex);
    m_counters = c;
}

void CaptureWorker::run() {
    RawPacket packet;
    m_lastCounters = std::chrono::steady_clock::now();
    // Runs until the source ends, also after a stop: requestStop() interrupts the source, and a
    // live one then still hands out the frames it already held (collected before the stop).
    for (;;) {
        const ReadStatus status = m_source.next(packet);
        if (status == ReadStatus::Timeout) {
            flush(false);  // live: hand over what we have so the engine stays current
            refreshCounters(false);
            continue;
        }
        if (status == ReadStatus::End) {
            break;
        }
        if (status == ReadStatus::Error) {
            std::lock_guard lock(m_mutex);
            m_error = m_source.error();
            break;
        }
        ++m_received;
        if (!waitOrSkipWhilePaused()) {
            continue;
        }
        if (!passesFilter(packet)) {
            m_filteredOut.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        if (m_writer != nullptr) {
            m_writer->write(packet);
        }
        enqueue(packet);
    }
    finishRun();
}

bool CaptureWorker::waitOrSkipWhilePaused() {
    if (!m_paused.load(std::memory_order_relaxed)) {
        return true;
    }
    if (m_live) {
        m_skipped.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    while (m_paused.load() && !m_stop.load()) {  // a file simply waits
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

void CaptureWorker::enqueue(const RawPacket& packet) {
    const uint32_t copy = bytesToCopy(packet, m_copyBytes);
    auto& bytes = m_batch->bytes;
    const size_t offset = bytes.size();
    bytes.insert(bytes.end(), packet.data, packet.data + copy);
    m_batch->packets.push_back(QueuedPacket{packet.timestampNs, packet.wireLength, copy,
                                            packet.linkType, uint32_t(offset)});
    decodeLast();
    // Live, a batch is also handed over once its first frame is a few ms old, so new
    // connections reach the engine (and the process resolver) while they still exist.
    if (m_batch->packets.size() >= m_queue.batchPackets() ||
        (m_live &&
         packet.timestampNs - m_batch->packets.front().timestampNs >= kLiveBatchDelayNs)) {
        flush(false);
        if (m_live) {
            refreshCounters(false);
        }
    }
}

// The frame just queued is decoded here, and its flow key and hash worked out, so that the
// engine thread only counts it. "The frame before" of a batch's first frame is none: it only
// decides whether the engine prefetches.
void CaptureWorker::decodeLast() {
    auto& frames = m_batch->frames;
    const QueuedPacket& p = m_batch->packets.back();
    frames.emplace_back();
    DecodedFrame& frame = frames.back();
    frame.status =
        decodePacket(p.linkType, m_batch->bytes.data() + p.offset, p.capturedLength, frame.decoded);
    const FlowTable::PrefetchHint& previous =
        frames.size() > 1 ? frames[frames.size() - 2].hint : kNoFrameBefore;
    FlowTable::makeHint(frame.status, frame.decoded, previous, frame.hint);
    frame.mayName = frame.status == DecodeStatus::Ip &&
                    NameLearner::mayLearnFrom(frame.decoded,
                                              {m_batch->bytes.data() + p.offset, p.capturedLength});
}

void CaptureWorker::finishRun() {
    if (m_writer != nullptr) {
        // Everything queued reaches the file (or fails) before the final counters and warning,
        // so the last snapshot tells whether the file is complete.
        (void)m_writer->close();
    }
    refreshCounters(true);
    {
        std::lock_guard lock(m_mutex);
        // It repeats the link-type warning said from the start.
        m_sourceWarning = m_source.warningPhrase();
    }
    flush(true);
    m_finished.store(true);
}

}  // namespace flowscope
