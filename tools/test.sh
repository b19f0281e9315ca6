#!/usr/bin/env bash
# One command: install what is missing, build everything, run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
BUILD=${BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --parallel "$(nproc)"
ctest --test-dir "$BUILD" --output-on-failure --parallel "$(nproc)" --timeout 600
