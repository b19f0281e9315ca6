#!/usr/bin/env bash
# Regenerates docs/screenshots/{start,overview,inspect,history*}.png from a test capture (and 7
# days of synthetic history), every page again in pages/{de,ar,ja,high-contrast}/, and
# overview-long-gaps.png from a capture that spans years with two short stretches of traffic
# (the squeezed timeline): builds the desktop app if needed and runs it under a virtual X
# server (offscreen without xvfb-run). The app waits for twenty real adapter readings (one a
# second) before it grabs the Start page.
# Applications only exist in live captures: applications.png, overview-applications.png and
# inspect-applications.png come from a live capture on loopback in a private network
# namespace (unshare -n, needs root), where real programs with desktop entries talk over
# loopback: python3.11 (python3 -m http.server and python3 clients; its desktop entry has an
# icon) and curl (no desktop entry: the generic icon); the same run gives compact-window.png.
# settings-startup.png comes from tests/shell (the Settings dialog with its Startup group),
# about.png and app-icon.png from tests/shell (the About box, the icon at every size),
# settings-history.png and history-damaged.png from tests/history_wiring,
# settings-export.png from tests/export_ui (a capture file sent to nfcapd; needs nfdump).
set -euo pipefail
cd "$(dirname "$0")/.."

# The live part, run inside `unshare -n`: lo up, a web server and clients, then the app.
live_shots() {  # live_shots DIR
    local dir=$1
    ip link set lo up
    /usr/bin/python3 -m http.server 8765 --bind 127.0.0.1 --directory "$TMP" >/dev/null 2>&1 &
    local server=$!
    head -c 3000000 /dev/urandom >"$TMP/big.bin"
    sleep 1
    /usr/bin/python3 - <<'PY' &
import time, urllib.request
end = time.time() + 25
while time.time() < end:
    for path in ("/big.bin", "/"):
        try:
            urllib.request.urlopen("http://127.0.0.1:8765" + path, timeout=2).read()
        except Exception:
            pass
    time.sleep(0.3)
PY
    local client=$!
    (for _ in $(seq 1 60); do
        command -v curl >/dev/null && curl -s -m 1 -o /dev/null http://127.0.0.1:8765/ || true
        sleep 0.4
    done) &
    local curls=$!
    # 20 s: the compact window's one-minute chart has a third of its width filled.
    # Recorded into a history database of its own (the Applications page's "Today" column).
    FLOWSCOPE_SCREENSHOT_SECONDS=20 XDG_DATA_HOME="$TMP/data" shoot_live "$dir" lo
    kill "$server" "$client" "$curls" 2>/dev/null || true
}

shoot_live() {  # shoot_live DIR INTERFACE
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --screenshot-dir "$1" --interface "$2"
    else
        QT_QPA_PLATFORM=offscreen "$APP" --screenshot-dir "$1" --interface "$2"
    fi
}

if [ "${1:-}" = "--live-inside" ]; then  # the re-entry inside the namespace
    APP="${BUILD_DIR:-build}/app/gui/flowscope"
    TMP=$2
    live_shots "$3"
    exit 0
fi

BUILD=${BUILD_DIR:-build}
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$BUILD" --parallel "$(nproc)" --target flowscope history_synth
APP="$BUILD/app/gui/flowscope"
CAPTURE=${1:-tests/data/pcap/pcapplusplus-example.pcap}
GAPS=tests/data/pcap/pcapplusplus-example2.pcap
OUT=docs/screenshots
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

shoot() {  # shoot DIR FILE [APP OPTIONS...]
    local dir=$1 file=$2
    shift 2
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$APP" "$@" --screenshot-dir "$dir" "$file"
    else
        QT_QPA_PLATFORM=offscreen "$APP" "$@" --screenshot-dir "$dir" "$file"
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

# The History page (history.png, history-application.png, history-connections.png): 7 days of
# synthetic history (bench/history_synth) in a data folder of its own, never the user's.
mkdir -p "$TMP/data/flowscope" "$TMP/no-data"
"$BUILD/bench/history_synth" --database "$TMP/data/flowscope/history.sqlite" --days 7 >/dev/null
XDG_DATA_HOME="$TMP/data" shoot "$OUT" "$CAPTURE"
XDG_DATA_HOME="$TMP/no-data" shoot "$TMP" "$GAPS"
cp "$TMP/overview.png" "$OUT/overview-long-gaps.png"
# Every page in German (long words), Arabic (right to left), Japanese (CJK; needs
# fonts-noto-cjk) and in the high-contrast theme, into pages/<variant>/.
for variant in de ar ja high-contrast; do
    case $variant in
        high-contrast) options=(--theme high-contrast) ;;
        *) options=(--language "$variant") ;;
    esac
    mkdir -p "$OUT/pages/$variant"
    XDG_DATA_HOME="$TMP/data" shoot "$OUT/pages/$variant" "$CAPTURE" "${options[@]}"
done
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
    mkdir -p "$TMP/live"
    BUILD_DIR="$BUILD" unshare -n "$PWD/tools/screenshots.sh" --live-inside "$TMP/live" "$OUT"
else
    echo "screenshots.sh: not root: applications.png and overview-applications.png need a" \
        "live capture in a private network namespace (unshare -n); run as root." >&2
fi
# The tray menu under Xvfb with Debian's trayer, capturing on lo (root; tests/tray).
if [ "$(id -u)" = 0 ] && command -v trayer >/dev/null; then
    /usr/bin/python3 tests/tray/tray_x11_test.py "$APP" --screenshot "$OUT/tray-menu.png"
fi
# Settings → Startup, from its test (the real dialog; settings and autostart folder temporary).
cmake --build "$BUILD" --parallel "$(nproc)" --target shell_autostart_tests
STARTUP_TEST="$BUILD/tests/shell/shell_autostart_tests settingsGroupSavesResumeOnAccept"
if command -v xvfb-run >/dev/null; then
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" xvfb-run -a -s "-screen 0 1400x900x24" $STARTUP_TEST
else
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" QT_QPA_PLATFORM=offscreen $STARTUP_TEST
fi
# The About box and the application icon at every size, from tests/shell.
cmake --build "$BUILD" --parallel "$(nproc)" --target shell_app_identity_tests
IDENTITY_TEST="$BUILD/tests/shell/shell_app_identity_tests aboutBoxShowsTheIcon"
if command -v xvfb-run >/dev/null; then
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" xvfb-run -a -s "-screen 0 1400x900x24" $IDENTITY_TEST
else
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" QT_QPA_PLATFORM=offscreen $IDENTITY_TEST
fi
# Settings → History, from its test (a temporary database with a few days of history).
cmake --build "$BUILD" --parallel "$(nproc)" --target history_wiring_tests
HISTORY_TEST="$BUILD/tests/history_wiring/history_wiring_tests databaseInfoReadOffTheGuiThread damagedDatabaseMovedAside"
if command -v xvfb-run >/dev/null; then
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" xvfb-run -a -s "-screen 0 1400x900x24" $HISTORY_TEST
else
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" QT_QPA_PLATFORM=offscreen $HISTORY_TEST
fi
# Settings → Export after a capture file was sent to a real nfcapd on 127.0.0.1.
cmake --build "$BUILD" --parallel "$(nproc)" --target export_ui_nfcapd_tests
EXPORT_TEST="$BUILD/tests/export_ui/export_ui_nfcapd_tests fileExportedToNfcapdMatchesTheFlowTable"
if command -v xvfb-run >/dev/null; then
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" xvfb-run -a -s "-screen 0 1400x900x24" $EXPORT_TEST
else
    FLOWSCOPE_SCREENSHOT_DIR="$PWD/$OUT" QT_QPA_PLATFORM=offscreen $EXPORT_TEST
fi
ls -l "$OUT"/*.png
