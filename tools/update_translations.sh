#!/bin/sh
# Refreshes the translation catalogues (translations/flowscope_<code>.ts) from the desktop app's
# sources with Qt's lupdate; new strings come in unfinished, removed ones go. With codes as
# arguments (e.g. `tools/update_translations.sh de pt_BR`), creates those catalogues first.
# tests/translations runs this script on a copy and fails when a catalogue is out of date.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
DIR=${TRANSLATIONS_DIR:-translations}  # the test points this at a copy
for code in "$@"; do
    file=$DIR/flowscope_$code.ts
    [ -e "$file" ] || printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
        '<!DOCTYPE TS>' "<TS version=\"2.1\" language=\"$code\"></TS>" > "$file"
done
set -- "$DIR"/flowscope_*.ts
[ -e "$1" ] || { echo "no catalogue in $DIR; give a language code" >&2; exit 2; }
exec "$LUPDATE" -locations none -no-obsolete -I . ui -ts "$@"
