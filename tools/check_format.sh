#!/usr/bin/env bash
# Fails if a C++ file differs from the project's .clang-format style.
set -u
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format not installed; skipped"; exit 77; }
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core app ui tests bench fuzz -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror $files && echo "format ok"
