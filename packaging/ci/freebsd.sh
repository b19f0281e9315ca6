#!/bin/sh
# Builds Flowscope's core, CLI and tests on FreeBSD (13 or 14) and runs the tests of the
# FreeBSD process backend (core/process/freebsd: sysctl pcblists + kern.file). Run as root on
# a FreeBSD VM, or from Cirrus CI:
#   freebsd_task:
#     freebsd_instance: { image_family: freebsd-14-0 }
#     script: sh packaging/ci/freebsd.sh
# Icons on FreeBSD use the freedesktop backend (the same as Linux).
set -eu
cd "$(dirname "$0")/../.."

export ASSUME_ALWAYS_YES=yes
pkg install -y cmake ninja pkgconf libpcap libmaxminddb googletest python3 qt6-base qt6-charts

build="${BUILD_DIR:-build-freebsd}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFLOWSCOPE_CORE_ONLY=ON -DFLOWSCOPE_BENCH=OFF \
    -DCMAKE_PREFIX_PATH=/usr/local
jobs="$(sysctl -n hw.ncpu)"

# The FreeBSD backend and the platform-independent icon parsing: must build and pass.
cmake --build "$build" -j "$jobs" \
    --target flowscope_process flowscope_icons process_bsd_test icons_appx_test
ctest --test-dir "$build" --output-on-failure \
    -R '^(Sockets|BsdDescribe|MiniXml|AppxManifest|AppxLogoNames|AppxTest|PngSize)\.'

# Everything else, for information (several parts are Linux-first).
if cmake --build "$build" -j "$jobs" -- -k 0 && ctest --test-dir "$build" -j "$jobs"; then
    echo "freebsd.sh: everything built and passed"
else
    echo "freebsd.sh: other parts failed to build or test on FreeBSD (see above)"
fi
