#!/bin/sh
# Refreshes the translation catalogues (translations/flowscope_<code>.ts) from the desktop app's
# sources (ui, and core's marked sentences) with Qt's lupdate; new strings come in unfinished, removed ones go. With codes as
# arguments (e.g. `tools/update_translations.sh de pt_BR`), creates those catalogues first.
# tests/translations runs this script on a copy and fails when a catalogue is out of date.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
DIR=${TRANSLATIONS_DIR:-translations}  # the test points this at a copy
# Core's sentences (and the capture helper's, app/capture) are marked FS_PHRASE / FS_PHRASE_N
# (core/base/phrase.h), read as lupdate's QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP in the
# context "Core".
ALIASES="-tr-function-alias QT_TRANSLATE_NOOP+=FS_PHRASE,QT_TRANSLATE_N_NOOP+=FS_PHRASE_N"
for code in "$@"; do
    file=$DIR/flowscope_$code.ts
    [ -e "$file" ] || printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' \
        '<!DOCTYPE TS>' "<TS version=\"2.1\" language=\"$code\"></TS>" > "$file"
done
# English is the sources' language: its catalogue holds only the plural forms ("%1 packet(s)"
# → "1 packet", "2 packets").
english=$DIR/flowscope_en.ts
[ -e "$english" ] || printf '%s\n' '<?xml version="1.0" encoding="utf-8"?>' '<!DOCTYPE TS>' \
    '<TS version="2.1" language="en"></TS>' > "$english"
"$LUPDATE" -locations none -no-obsolete -pluralonly $ALIASES -I . ui core app/capture -ts "$english"
set --
for file in "$DIR"/flowscope_*.ts; do
    [ "$file" = "$english" ] || set -- "$@" "$file"
done
[ $# -eq 0 ] || "$LUPDATE" -locations none -no-obsolete $ALIASES -I . ui core app/capture -ts "$@"
