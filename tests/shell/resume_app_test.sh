#!/usr/bin/env bash
# The desktop app itself resumes the last live capture on start (main() → resumeLastCapture)
# only when the setting is on and neither a file nor --interface was given. Runs the real
# `flowscope` (offscreen) in a private network namespace and counts its packet sockets in
# /proc/net/packet, which lists only that namespace's: one while it captures on lo, none
# otherwise. Needs root for `unshare -n` (exit 77: skipped).
# Usage: resume_app_test.sh FLOWSCOPE CAPTURE_FILE
set -euo pipefail
app=$1
capture=$2
if [ "${FS_INSIDE:-}" != 1 ]; then
    if [ "$(id -u)" != 0 ] || ! unshare -n true 2>/dev/null; then
        echo "skipped: needs root for unshare -n"
        exit 77
    fi
    FS_INSIDE=1 exec unshare -n "$0" "$@"
fi
ip link set lo up
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/flowscope"
export XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=offscreen

# run RESUME ARGS...: the number of packet sockets after the app has been up for 3 s.
run() {
    printf '[capture]\nlastAdapter=lo\nlastFilter=udp port 9\n\n[startup]\nresumeLastCapture=%s\n' \
        "$1" >"$home/flowscope/flowscope.conf"
    shift
    "$app" "$@" >"$home/log" 2>&1 &
    local pid=$!
    sleep 3
    local sockets
    sockets=$(($(wc -l </proc/net/packet) - 1))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$sockets"
}

fail=0
check() {  # check WHAT EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1: $3 packet sockets, expected $2"
        fail=1
    else
        echo "ok: $1"
    fi
}
check "setting on, no arguments: captures on lo" 1 "$(run true)"
check "setting off: no capture" 0 "$(run false)"
check "setting on, a capture file given: the file, no live capture" 0 "$(run true "$capture")"
exit $fail
