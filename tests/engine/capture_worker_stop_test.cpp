// A stopped live capture loses nothing it already held: the capture thread reads the frames
// the kernel holds at the stop into the queue before its last batch. Here the stop comes
// before the thread reads a single frame.
#include <gtest/gtest.h>

#include <string>

#include "core/capture/live_capture.h"
#include "core/engine/capture_worker.h"
#include "core/engine/packet_queue.h"
#include "tests/support/private_netns.h"

namespace flowscope {
namespace {

constexpr int kHeld = 300;

int stopBeforeReading(std::string& message) {
    if (const int entered = test::enterPrivateNetns(message); entered != 0) {
        return entered;
    }
    LiveOptions options;
    options.interface = "lo";
    options.filter = "udp port 9999";
    auto capture = LiveCapture::open(options);
    if (!capture) {
        message = capture.error().message;
        return 1;
    }
    if (!test::sendReceivedDatagrams(kHeld, 120, 9999, message)) {
        return 1;
    }
    PacketQueue queue(100000, 64, 1 << 20);
    CaptureWorker worker(**capture, queue, nullptr, 256, "");
    worker.requestStop();
    worker.start();
    worker.join();
    size_t queued = 0;
    bool ended = false;
    while (auto batch = queue.pop(0)) {
        queued += batch->packets.size();
        ended = batch->endOfStream;
        queue.recycle(std::move(batch));
    }
    message = std::to_string(queued) + " of the " + std::to_string(kHeld) +
              " held frames queued; end of stream " + (ended ? "sent" : "missing") + "; received " +
              std::to_string(worker.counters().received) + ", dropped by queue " +
              std::to_string(worker.droppedByQueue());
    return queued == kHeld && ended && worker.counters().received == kHeld &&
                   worker.droppedByQueue() == 0
               ? 0
               : 1;
}

TEST(CaptureWorkerStop, FramesHeldAtTheStopReachTheQueue) {
    test::expectChild(test::runInChild(stopBeforeReading));
}

}  // namespace
}  // namespace flowscope
