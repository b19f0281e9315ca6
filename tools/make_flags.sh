#!/usr/bin/env bash
# Regenerates icons/flags/*.png (country flags shown next to country codes) from the npm
# package flag-icons (MIT licence, https://github.com/lipis/flag-icons): its 4x3 SVGs rendered
# to 48x36 PNG with rsvg-convert (Debian package librsvg2-bin). The PNGs are committed, so the
# build needs neither npm nor an SVG renderer. Usage: tools/make_flags.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=7.5.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "flag-icons@$version" >/dev/null && tar xzf "flag-icons-$version.tgz")
out=icons/flags
rm -f "$out"/*.png
for svg in "$work"/package/flags/4x3/*.svg; do
    code=$(basename "$svg" .svg)
    rsvg-convert -w 48 -h 36 -o "$out/$code.png" "$svg"
done
if command -v optipng >/dev/null; then optipng -quiet -o2 "$out"/*.png; fi
cp "$work/package/LICENSE" "$out/LICENSE-flag-icons"
echo "flag-icons $version: $(ls "$out"/*.png | wc -l) flags in $out"
