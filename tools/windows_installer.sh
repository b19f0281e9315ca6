#!/usr/bin/env bash
# Builds the Windows installer of flowscope-cli.exe with Debian's makensis (package nsis) from
# the MinGW cross build: stages `cmake --install` into BUILD/stage, then compiles
# packaging/windows/flowscope-cli.nsi into BUILD/flowscope-cli-VERSION-setup.exe.
# Usage: tools/windows_installer.sh [BUILD_DIR]     (default build-win; run after the build,
# tools/cross_windows.sh does both). Prints the installer's path.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-${WIN_BUILD_DIR:-build-win}}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
if [ ! -f "$build/app/cli/flowscope-cli.exe" ]; then
    echo "tools/windows_installer.sh: $build/app/cli/flowscope-cli.exe is missing; build it" \
         "first with tools/cross_windows.sh." >&2
    exit 1
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
stage="$build/stage"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage" --strip >/dev/null
# Statically linked (cmake/toolchains/mingw-w64-x86_64.cmake): only Windows' own DLLs.
imports=$(x86_64-w64-mingw32-objdump -p "$stage/bin/flowscope-cli.exe" | sed -n 's/^\s*DLL Name: //p')
for dll in $imports; do
    case "${dll,,}" in
        libstdc++*|libgcc*|libwinpthread*)
            echo "tools/windows_installer.sh: flowscope-cli.exe imports $dll; the installer" \
                 "does not ship MinGW's runtime DLLs (link statically)." >&2
            exit 1 ;;
    esac
done
out="$build/flowscope-cli-$version-setup.exe"
makensis -V2 -WX -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$out" \
    "$root/packaging/windows/flowscope-cli.nsi" >&2
echo "$out"
