#!/usr/bin/env bash
# One command: install what is missing, build, and start Flowscope.
# Arguments are passed to the program; without any, it captures on the default adapter
# until Ctrl+C (a capture file works too: tools/run.sh flows --read FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh build
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLOWSCOPE_TESTS=OFF \
    -DFLOWSCOPE_BENCH=OFF >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)" --target flowscope-cli
CLI="$BUILD/app/cli/flowscope-cli"
# Live capture needs the capture capability; grant it to the built binary when we can.
if [ "$(id -u)" -eq 0 ]; then
    setcap cap_net_raw,cap_net_admin=eip "$CLI" 2>/dev/null || true
elif sudo -n true 2>/dev/null; then
    sudo setcap cap_net_raw,cap_net_admin=eip "$CLI" 2>/dev/null || true
fi
if [ $# -eq 0 ]; then
    iface=$("$CLI" interfaces --format json | python3 -c \
        'import json,sys; print(next((a["name"] for a in json.load(sys.stdin) if a["default"]), "any"))' \
        2>/dev/null || echo any)
    echo "Capturing on $iface; press Ctrl+C to stop and print the connections."
    exec "$CLI" flows --interface "$iface"
fi
exec "$CLI" "$@"
