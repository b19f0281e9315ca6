#!/usr/bin/env bash
# Builds Flowscope's Linux packages (DEB and RPM) into dist/ and checks them with the
# validators: desktop-file-validate, appstreamcli validate --no-net, lintian, rpmlint.
# An error from any of them fails; warnings are printed (packaging/README.md says why each
# one is accepted).
#   tools/package.sh                  its own Release build in build-package/ (prefix /usr)
#   BUILD_DIR=build tools/package.sh  packages from an existing build folder (no new build
#                                     beyond the packaged targets)
# Needs: cmake, ninja, dpkg-dev (dpkg-shlibdeps), rpm, lintian, rpmlint,
# desktop-file-utils, appstream.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$root/dist
build=${BUILD_DIR:-$root/build-package}
build=$(cd "$root" && mkdir -p "$build" && cd "$build" && pwd)

if [[ ! -f $build/CMakeCache.txt ]]; then
    launcher=()
    command -v ccache >/dev/null &&
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DFLOWSCOPE_TESTS=OFF -DFLOWSCOPE_BENCH=OFF "${launcher[@]}"
fi
# Only what the packages hold; cpack itself does not build.
targets=(flowscope flowscope-cli flowscope_man flowscope_changelog)
if ninja -C "$build" -t targets all 2>/dev/null | grep -q '^flowscope-capture:'; then
    targets+=(flowscope-capture)
fi
cmake --build "$build" --target "${targets[@]}" -- -j"${JOBS:-2}"

rm -rf "$build/dist"
(cd "$build" && cpack -G "${GENERATORS:-DEB;RPM}")
mkdir -p "$dist"
deb=$(ls "$build"/dist/*.deb 2>/dev/null || true)
rpm=$(ls "$build"/dist/*.rpm 2>/dev/null || true)
cp $deb $rpm "$dist"/

failed=0
step() { printf '\n== %s\n' "$*"; }
step desktop-file-validate
desktop-file-validate packaging/linux/io.github.flowscope.Flowscope.desktop || failed=1
step "appstreamcli validate --no-net"
appstreamcli validate --no-net packaging/linux/io.github.flowscope.Flowscope.metainfo.xml ||
    failed=1
if [[ -n $deb ]]; then
    step "lintian $(basename "$deb")"
    # Exit status 0 unless an error (E:) is reported; warnings are shown.
    lintian --tag-display-limit 0 --fail-on error "$deb" || failed=1
fi
if [[ -n $rpm ]]; then
    step "rpmlint $(basename "$rpm")"
    # rpmlint exits non-zero on errors only (warnings listed).
    rpmlint --config packaging/linux/rpmlint.toml "$rpm" || failed=1
fi
step "packages in $dist"
ls -l "$dist"
if ((failed)); then
    echo "package.sh: a validator reported errors (above)." >&2
    exit 1
fi
echo "package.sh: packages built and validated (warnings above are explained in packaging/README.md)."
