// The tray icon's pictures, drawn with QPainter: a rounded square whose colour and glyph give
// the state (capturing: blue with three level bars lit by the current rate; paused: amber
// with a pause sign; stopped: grey with unlit bars) and a red dot for unread alerts. Filled
// shapes with a darker outline read at 16-24 px on light and on dark panels alike.
#pragma once

#include <QIcon>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include "core/engine/snapshot.h"

namespace flowscope::ui {

enum class TrayState { Stopped, Capturing, Paused };

TrayState trayStateOf(EngineState state);

// Everything the icon shows; the icon is redrawn only when this changes.
struct TrayLook {
    TrayState state = TrayState::Stopped;
    int level = 0;  // 0..kMaxLevel lit bars while capturing (activityLevel)
    bool alert = false;

    static constexpr int kMaxLevel = 3;
    bool operator==(const TrayLook&) const = default;
};

// Whether the icon showing `shown` (redrawn `msSinceRedraw` ago) is redrawn for `next`: a new
// state or alert at once, a new activity level at most once a second (panels redraw the whole
// icon, and some animate each change).
bool iconNeedsRedraw(const TrayLook& shown, const TrayLook& next, qint64 msSinceRedraw);

// Bars lit for a rate in bytes per second: none when idle, 1 below 50 kB/s, 2 below 1 MB/s,
// 3 above.
int activityLevel(double bytesPerSecond);

// "capturing-2", "paused", "stopped", with "+alert" when the dot shows (for tests and logs).
QString trayVariantName(const TrayLook& look);

// One picture of `size` x `size` pixels.
QImage paintTrayImage(const TrayLook& look, int size);
// The picture at the sizes panels ask for (16, 22, 24, 32, 48, 64).
QIcon trayIcon(const TrayLook& look);

}  // namespace flowscope::ui
