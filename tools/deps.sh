#!/usr/bin/env bash
# Installs what Flowscope needs to build and test on Debian 12 (bookworm), if missing.
# Usage: tools/deps.sh [build|test|ci]   (test adds the test tools, ci adds clang for fuzzing)
set -euo pipefail
want=(build-essential cmake ninja-build pkg-config libpcap-dev qt6-base-dev qt6-charts-dev
      libqt6opengl6-dev libgl-dev fonts-dejavu-core)
case "${1:-build}" in
    test) want+=(libgtest-dev libgmock-dev libbenchmark-dev python3 util-linux iproute2 clang-format
                 xvfb xauth) ;;
    ci) want+=(libgtest-dev libgmock-dev libbenchmark-dev python3 util-linux iproute2 clang-format
               xvfb xauth clang libclang-rt-14-dev) ;;
esac
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
