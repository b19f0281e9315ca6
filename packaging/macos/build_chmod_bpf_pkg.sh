#!/bin/sh
# Builds flowscope-chmodbpf-VERSION.pkg with pkgbuild (macOS only; run by
# .github/workflows/macos.yml): the LaunchDaemon plist into /Library/LaunchDaemons and the
# chmod_bpf script into /Library/Application Support/Flowscope/ChmodBPF, and a postinstall
# that creates the access_bpf group and loads the daemon.
# Usage: packaging/macos/build_chmod_bpf_pkg.sh VERSION OUTPUT_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=$1
out=$2
root=$(mktemp -d)
mkdir -p "$root/Library/LaunchDaemons" "$root/Library/Application Support/Flowscope/ChmodBPF"
cp "$here/chmod_bpf/io.github.flowscope.ChmodBPF.plist" "$root/Library/LaunchDaemons/"
cp "$here/chmod_bpf/chmod_bpf" "$root/Library/Application Support/Flowscope/ChmodBPF/"
chmod 755 "$root/Library/Application Support/Flowscope/ChmodBPF/chmod_bpf"
mkdir -p "$out"
pkgbuild --root "$root" --scripts "$here/chmod_bpf/scripts" \
    --identifier io.github.flowscope.ChmodBPF --version "$version" \
    --install-location / "$out/flowscope-chmodbpf-$version.pkg"
rm -rf "$root"
