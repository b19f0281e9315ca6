#!/usr/bin/env bash
# Process refresh benchmark: 1,000 processes x 10 sockets (bench_process_load) in a private
# network namespace; our cold refresh, steady-state refresh, lookup rounds for new connections
# (the load's children open them on SIGUSR1) and cache lookup against `ss -tunap`, timed in the
# same program. Figures go into docs/benchmarks.md.
# Usage: bench/process_bench.sh [PROCESSES] [SOCKETS_PER_PROCESS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
procs="${1:-1000}"
per="${2:-10}"
rounds="${3:-7}"
BUILD="${FLOWSCOPE_BENCH_BUILD:-build-bench-process}"
if [ "${FLOWSCOPE_BENCH_INSIDE:-}" != 1 ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFLOWSCOPE_CORE_ONLY=ON \
        -DFLOWSCOPE_TESTS=OFF >/dev/null
    cmake --build "$BUILD" --target bench_process_load bench_process_refresh >/dev/null
    if [ "$(id -u)" -eq 0 ]; then ns=(unshare -n); else ns=(unshare -rn); fi
    exec env FLOWSCOPE_BENCH_INSIDE=1 "${ns[@]}" -- "$0" "$procs" "$per" "$rounds"
fi
ip link set lo up
# The load lives as long as its standard input stays open; exec: LOAD_PID is the load itself
# (the timing program signals its children to make new connections).
coproc LOAD { exec "$BUILD/bench/bench_process_load" "$procs" "$per"; }
read -r ready count sockets <&"${LOAD[0]}"
echo "== load: $count processes, $sockets sockets (kernel $(uname -r), $(nproc) cores)"
"$BUILD/bench/bench_process_refresh" "$rounds" "$LOAD_PID"
eval "exec ${LOAD[1]}>&-"  # closes the load's input: it exits
wait "$LOAD_PID" 2>/dev/null || true
