#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 30) on its seed
# corpus. Usage: tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh ci
secs=${1:-30}
BUILD=build-fuzz
CXX=clang++ CC=clang cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFLOWSCOPE_FUZZ=ON -DFLOWSCOPE_TESTS=OFF -DFLOWSCOPE_BENCH=OFF -DFLOWSCOPE_CORE_ONLY=ON
cmake --build "$BUILD" --parallel "$(nproc)"
for fuzzer in "$BUILD"/fuzz/*_fuzzer; do
    name=$(basename "$fuzzer")
    corpus="fuzz/corpus/${name%_fuzzer}"
    work=$(mktemp -d)
    [ -d "$corpus" ] && cp -r "$corpus"/. "$work"/
    echo "== $name for ${secs}s"
    "$fuzzer" -max_total_time="$secs" -print_final_stats=1 "$work" 2>&1 | tail -n 12
    rm -rf "$work"
done
