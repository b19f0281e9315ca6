// The capture-trouble rule: a failed capture (the adapter went away) and rising drops.
#include <cstdio>

#include "core/alerts/rules.h"

namespace flowscope {

namespace {

std::string percentText(double percent) {
    char text[32];
    std::snprintf(text, sizeof text, percent < 10.0 ? "%.1f%%" : "%.0f%%", percent);
    return text;
}

}  // namespace

void Rules::captureTrouble(const EngineSnapshot& snapshot, std::vector<Alert>& out) {
    const CaptureTroubleRule& rule = m_config.captureTrouble;
    if (snapshot.state == EngineState::Failed && snapshot.error && !m_failureReported) {
        m_failureReported = true;
        const bool gone = snapshot.error->code == ErrorCode::DeviceGone;
        Alert alert;
        alert.timeNs = snapshot.timeNs;
        alert.rule = AlertRule::CaptureTrouble;
        alert.subject = "capture";
        alert.message = gone ? AlertMessage::AdapterGone : AlertMessage::CaptureFailed;
        alert.facts.error = phraseOf(*snapshot.error);
        alert.title = gone ? "The adapter went away" : "The capture stopped with an error";
        alert.body = snapshot.error->message;
        out.push_back(std::move(alert));
    }

    const uint64_t offered = snapshot.capture.received + snapshot.capture.droppedByKernel +
                             snapshot.capture.droppedByInterface;
    const uint64_t dropped = snapshot.dropped();
    if (!m_dropPoints.empty() &&
        (offered < m_dropPoints.back().offered || dropped < m_dropPoints.back().dropped ||
         snapshot.timeNs < m_dropPoints.back().timeNs)) {
        m_dropPoints.clear();  // counters or time went back: another capture
    }
    m_dropPoints.push_back({snapshot.timeNs, offered, dropped});
    // Keep one point at or before the window's start, so the window spans its full length once
    // the capture is that old.
    while (m_dropPoints.size() > 2 && m_dropPoints[1].timeNs <= snapshot.timeNs - rule.windowNs) {
        m_dropPoints.pop_front();
    }
    const DropPoint& first = m_dropPoints.front();
    const uint64_t windowOffered = offered - first.offered;
    const uint64_t windowDropped = dropped - first.dropped;
    if (windowOffered == 0 || windowOffered < rule.minFrames) {
        return;
    }
    const double percent = 100.0 * double(windowDropped) / double(windowOffered);
    if (!(percent > rule.dropPercent)) {
        return;
    }
    const int64_t seconds = (snapshot.timeNs - first.timeNs + 500'000'000) / 1'000'000'000;
    Alert alert;
    alert.timeNs = snapshot.timeNs;
    alert.rule = AlertRule::CaptureTrouble;
    alert.subject = "dropped frames";
    alert.message = AlertMessage::Dropping;
    alert.facts.percent = percent;
    alert.facts.dropped = windowDropped;
    alert.facts.offered = windowOffered;
    alert.facts.seconds = seconds;
    alert.title = "Capture is dropping " + percentText(percent) + " of frames";
    alert.body = std::to_string(windowDropped) + " of " + std::to_string(windowOffered) +
                 " frames were lost in the last " + std::to_string(seconds) +
                 " s; the machine or Flowscope cannot keep up. Narrow the capture with a filter "
                 "or close other busy programs.";
    out.push_back(std::move(alert));
}

}  // namespace flowscope
