#!/usr/bin/env bash
# The whole `flowscope-cli processes --format json` command (start, socket table, owners,
# JSON to /dev/null) against `ss -tunap`, at 1,000 processes x 10 sockets (bench_process_load)
# in a private network namespace; both run the same number of times, interleaved, and the
# medians and their ratio are printed (bench/processes_command_bench.py). Figures go into
# docs/benchmarks.md.
# Usage: bench/processes_command.sh [PROCESSES] [SOCKETS_PER_PROCESS] [RUNS]
#   BUILD=dir            build directory (default build-bench-processes, RelWithDebInfo)
#   OTHER_CLIS="p1 p2"   also time these flowscope-cli builds (e.g. older ones) in the same
#                        run, and check that their output is the same
set -euo pipefail
cd "$(dirname "$0")/.."
procs="${1:-1000}"
per="${2:-10}"
runs="${3:-15}"
BUILD="${BUILD:-build-bench-processes}"
if [ "${FLOWSCOPE_BENCH_INSIDE:-}" != 1 ]; then
    # RelWithDebInfo (-O2, the default build): at -O3 GCC 12 stops on false -Wrestrict
    # warnings in some app/cli files.
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLOWSCOPE_TESTS=OFF \
            -DFLOWSCOPE_CORE_ONLY=ON >/dev/null
    fi
    cmake --build "$BUILD" --target bench_process_load flowscope-cli >/dev/null
    if [ "$(id -u)" -eq 0 ]; then ns=(unshare -n); else ns=(unshare -rn); fi
    exec env FLOWSCOPE_BENCH_INSIDE=1 BUILD="$BUILD" OTHER_CLIS="${OTHER_CLIS:-}" "${ns[@]}" -- \
        "$0" "$procs" "$per" "$runs"
fi
ip link set lo up
# The load lives as long as its standard input stays open.
coproc LOAD { exec "$BUILD/bench/bench_process_load" "$procs" "$per"; }
read -r _ count sockets <&"${LOAD[0]}"
echo "== load: $count processes, $sockets sockets (kernel $(uname -r), $(nproc) cores," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg))"
# shellcheck disable=SC2086  # OTHER_CLIS: paths separated by spaces
python3 bench/processes_command_bench.py "$runs" "$BUILD/app/cli/flowscope-cli" ${OTHER_CLIS:-}
eval "exec ${LOAD[1]}>&-"  # closes the load's input: it exits
wait "$LOAD_PID" 2>/dev/null || true
