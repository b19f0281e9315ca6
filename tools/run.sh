#!/usr/bin/env bash
# One command: install what is missing, build, and start the Flowscope desktop app.
# Arguments are passed to it: `tools/run.sh FILE` opens a capture file, `tools/run.sh
# --interface NAME` captures on an adapter at once; without any it opens on its Start page.
# The headless twin stays available as $BUILD/app/cli/flowscope-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh build
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLOWSCOPE_TESTS=OFF \
    -DFLOWSCOPE_BENCH=OFF >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)" --target flowscope flowscope-cli flowscope-capture
GUI="$BUILD/app/gui/flowscope"
CLI="$BUILD/app/cli/flowscope-cli"
HELPER="$BUILD/app/capture/flowscope-capture"
# Live capture needs the capture capability. Only the small capture helper gets it (as
# Wireshark's dumpcap does); the desktop app and the CLI run unprivileged and start the helper
# (they find it beside them in the build tree).
if [ "$(id -u)" -eq 0 ]; then
    setcap cap_net_raw,cap_net_admin=eip "$HELPER" 2>/dev/null || true
elif sudo -n true 2>/dev/null; then
    sudo setcap cap_net_raw,cap_net_admin=eip "$HELPER" 2>/dev/null || true
else
    echo "To capture live, grant the helper the capability once:" \
        "sudo setcap cap_net_raw,cap_net_admin=eip $HELPER" >&2
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found; the desktop app needs one (without, use $CLI)." >&2
fi
exec "$GUI" "$@"
