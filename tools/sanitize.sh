#!/usr/bin/env bash
# Builds core/ and its tests (no GUI) with AddressSanitizer + UndefinedBehaviorSanitizer and
# runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
BUILD=build-asan
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLOWSCOPE_SANITIZE=ON \
    -DFLOWSCOPE_CORE_ONLY=ON -DFLOWSCOPE_BENCH=OFF
cmake --build "$BUILD" --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$BUILD" --output-on-failure --parallel "$(nproc)" --timeout 900
