#!/usr/bin/env bash
# Regenerates docs/screenshots/{start,overview,inspect}.png from a test capture, and
# overview-long-gaps.png from a capture that spans years with two short stretches of traffic
# (the squeezed timeline): builds the desktop app if needed and runs it under a virtual X
# server (offscreen without xvfb-run). The app waits for twenty real adapter readings (one a
# second) before it grabs the Start page.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD_DIR:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target flowscope
APP="$BUILD/app/gui/flowscope"
CAPTURE=${1:-tests/data/pcap/pcapplusplus-example.pcap}
GAPS=tests/data/pcap/pcapplusplus-example2.pcap
OUT=docs/screenshots
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

shoot() {  # shoot DIR FILE
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --screenshot-dir "$1" "$2"
    else
        QT_QPA_PLATFORM=offscreen "$APP" --screenshot-dir "$1" "$2"
    fi
}

# Some loopback traffic while the Start page samples its adapters, so that the screenshot
# shows what activity looks like (connection attempts to a closed local port, in bursts of
# varying size; only if curl is there).
loopback_traffic() {
    command -v curl >/dev/null || return 0
    for second in $(seq 1 70); do
        for _ in $(seq 1 $(( (second * 7) % 13 + 1 ))); do
            curl -s -m 1 -o /dev/null http://127.0.0.1:9/ || true
        done
        sleep 0.5
    done
}
loopback_traffic &
TRAFFIC=$!
trap 'kill "$TRAFFIC" 2>/dev/null || true; rm -rf "$TMP"' EXIT

shoot "$OUT" "$CAPTURE"
shoot "$TMP" "$GAPS"
cp "$TMP/overview.png" "$OUT/overview-long-gaps.png"
ls -l "$OUT"/*.png
