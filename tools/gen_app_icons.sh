#!/usr/bin/env bash
# Renders Flowscope's application icon from its SVG master into the files the packages and
# the app use, all under icons/app/:
#   hicolor/<N>x<N>/apps/io.github.flowscope.Flowscope.png   N = 16 22 24 32 48 64 128 256 512
#   io.github.flowscope.Flowscope.ico    (16 24 32 48 64 256, for the Windows installer)
#   io.github.flowscope.Flowscope.icns   (16 32 48 128 256 512, for the macOS bundle)
# The outputs are committed so that building needs none of these tools; run this after
# editing the SVG. tests/packaging/app_icons_test.sh checks that the committed files are
# what this script makes from the SVG (--check: render into a temporary folder and compare).
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.flowscope.Flowscope
svg=icons/app/$id.svg
out=icons/app
check=0
if [[ ${1:-} == --check ]]; then
    check=1
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "gen_app_icons.sh: $tool is missing; install librsvg2-bin, icoutils and icnsutils." >&2
        exit 2
    }
done
for n in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$out/hicolor/${n}x$n/apps"
    rsvg-convert -w "$n" -h "$n" "$svg" -o "$out/hicolor/${n}x$n/apps/$id.png"
done
png() { echo "$out/hicolor/$1x$1/apps/$id.png"; }
# 256 is stored as PNG inside the .ico (as Windows Vista+ expects), the rest as bitmaps.
icotool -c -o "$out/$id.ico" "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
    -r "$(png 256)"
png2icns "$out/$id.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" \
    "$(png 512)" >/dev/null
if ((check)); then
    status=0
    while IFS= read -r file; do
        rel=${file#"$out"/}
        if ! cmp -s "$file" "icons/app/$rel"; then
            echo "icons/app/$rel is not what tools/gen_app_icons.sh makes from $svg; run it and commit the result." >&2
            status=1
        fi
    done < <(find "$out" -type f | sort)
    ((status == 0)) && echo "gen_app_icons.sh: the committed icons match $svg."
    exit $status
fi
echo "gen_app_icons.sh: wrote $out/hicolor/*/apps/$id.png, $id.ico, $id.icns"
