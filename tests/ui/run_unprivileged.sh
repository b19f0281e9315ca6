#!/bin/sh
# Runs a test program without capture permission: as root, switched to the user nobody with
# every capability dropped; as any other user, as is (no capabilities unless granted).
#
#   run_unprivileged.sh [--copy FILE]... -- PROGRAM [ARGS...]
#
# The program and each FILE are first copied into a fresh temporary folder that the user
# running the test owns (nobody, as root), so the test does not depend on where the clone
# lives: nobody cannot read a clone under /root. The copies are in $FLOWSCOPE_TEST_DATA_COPY;
# HOME is a folder in there too. The folder is removed afterwards.
set -eu

files=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        --copy)
            [ $# -ge 2 ] || { echo "run_unprivileged.sh: --copy needs a file" >&2; exit 2; }
            files="$files
$2"
            shift 2
            ;;
        *)
            echo "run_unprivileged.sh: unknown argument $1 (give --copy FILE... -- PROGRAM)" >&2
            exit 2
            ;;
    esac
done
[ $# -ge 2 ] || { echo "run_unprivileged.sh: no program after --" >&2; exit 2; }
shift
program="$1"
shift

dir=$(mktemp -d "${TMPDIR:-/tmp}/flowscope-unprivileged.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
mkdir "$dir/data" "$dir/home"
cp "$program" "$dir/"
echo "$files" | while IFS= read -r file; do
    [ -z "$file" ] || cp "$file" "$dir/data/"
done
export FLOWSCOPE_TEST_DATA_COPY="$dir/data"
export HOME="$dir/home"
copy="$dir/$(basename "$program")"

status=0
if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$dir"
    setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all \
        --bounding-set=-all -- "$copy" "$@" || status=$?
else
    "$copy" "$@" || status=$?
fi
exit "$status"
