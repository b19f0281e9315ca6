#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them; the figures go into docs/benchmarks.md.
# Usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
BUILD=build-bench
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFLOWSCOPE_TESTS=OFF >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)" --target bench_ingest bench_gen_capture bench_flow_memory \
    bench_flow_cap
gen="${TMPDIR:-/tmp}/flowscope-bench-1m.pcap"
worst="${TMPDIR:-/tmp}/flowscope-bench-1m-uniform.pcap"
"$BUILD/bench/bench_gen_capture" "$gen" 1000000 100000 trains
"$BUILD/bench/bench_gen_capture" "$worst" 1000000 100000 uniform
d=tests/data/pcap
echo "== ingest (best of 9 interleaved runs, files in the page cache)"
"$BUILD/bench/bench_ingest" "$gen" "$worst" "$d/pathspider-real.pcap" "$d/zeek-echo-connections.pcap" \
    "$d/zeek-telnet-long-line-no-eol.pcapng" "$d/pcapplusplus-example.pcap" \
    "$d/pcapplusplus-tls2.pcap"
echo "== memory per flow"
"$BUILD/bench/bench_flow_memory"
echo "== flow table at its cap against no cap (1.1M flows, cap 100,000; goal <= 1.5x)"
"$BUILD/bench/bench_flow_cap" --flows 1100000 --cap 100000 --runs 3
