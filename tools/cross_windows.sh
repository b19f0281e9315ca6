#!/usr/bin/env bash
# Cross-compiles flowscope-cli.exe (core/ without Qt, app/cli) and the Windows backends'
# tests with Debian's MinGW-w64, builds the CLI's NSIS installer with makensis, and runs the
# tests under wine: the backends' GoogleTest suites, and tests/windows/installer_test.py (silent
# install, the installed flowscope-cli.exe, uninstall). libmaxminddb and SQLite are
# cross-built from Debian's source packages by tools/cross_windows_deps.sh (cached in the
# build directory); libpcap is Npcap's wpcap.dll, loaded at run time. No Qt needed.
# Usage: tools/cross_windows.sh            (build dir: $WIN_BUILD_DIR, default build-win)
# Installs tools/packages/ci-windows.list when something is missing (apt-get; root or sudo).
# Tests that need what wine does not implement skip with the reason printed, they do not fail.
set -euo pipefail
# Wine starts a program now and then with "failed to map the shared user data" (exit 1,
# nothing printed, the program never runs) when address-space randomization puts something
# where Windows' fixed shared page must go. Without randomization (inherited by every wine
# process below) the layout is the same each time; where the personality cannot be changed,
# the script runs as it is.
if [ -z "${FLOWSCOPE_NO_ASLR:-}" ] && setarch "$(uname -m)" -R true 2>/dev/null; then
    export FLOWSCOPE_NO_ASLR=1
    exec setarch "$(uname -m)" -R bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
root="$PWD"
start=$(date +%s)
build="${WIN_BUILD_DIR:-build-win}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac

# Packages.
missing=()
for p in $(sed 's/#.*//' tools/packages/ci-windows.list); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# Libraries from Debian's sources (once; cached in $build/deps).
tools/cross_windows_deps.sh "$build"

# Build.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# -O2 without debug information: nothing to generate and link that a test under wine would
# use (the exe is tested, not debugged, here).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-w64-x86_64.cmake" \
    -DFLOWSCOPE_PORTABLE_ONLY=ON -DFLOWSCOPE_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"

# A private wine prefix inside the build directory, created once.
export WINEPREFIX="$build/wineprefix"
export WINEARCH=win64
export WINEDEBUG=-all
export HOME="${HOME:-$build}"
stop_wine() { wineserver -k 2>/dev/null || true; }
trap stop_wine EXIT
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "Creating the wine prefix $WINEPREFIX"
    wine wineboot --init >/dev/null 2>&1
    wineserver -w
fi

# One wineserver for every test process (stopped by stop_wine); start wine's own services
# now, with their output to /dev/null, so that they do not hold ctest's pipes open.
wineserver -p
wine cmd.exe /c exit >/dev/null 2>&1 </dev/null || true

# ctest runs each test executable through wine (the toolchain's CMAKE_CROSSCOMPILING_EMULATOR).
status=0
ctest --test-dir "$build" --verbose --timeout 300 || status=$?
echo "tools/cross_windows.sh: $(($(date +%s) - start)) s"
exit $status
