#!/usr/bin/env bash
# Regenerates docs/screenshots/{start,overview,inspect}.png from a test capture: builds the
# desktop app if needed and runs it under a virtual X server (offscreen without xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target flowscope
APP="$BUILD/app/gui/flowscope"
CAPTURE=${1:-tests/data/pcap/pcapplusplus-example.pcap}
OUT=docs/screenshots
mkdir -p "$OUT"
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --screenshot-dir "$OUT" "$CAPTURE"
else
    QT_QPA_PLATFORM=offscreen "$APP" --screenshot-dir "$OUT" "$CAPTURE"
fi
ls -l "$OUT"/*.png
