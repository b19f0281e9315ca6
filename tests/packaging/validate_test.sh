#!/usr/bin/env bash
# The desktop integration files pass their validators: desktop-file-validate, appstreamcli
# validate --no-net, xmllint on the MIME XML (and update-mime-database on it: pcapng and
# pcap files get their types), and man's warnings on both man pages.
# Usage: validate_test.sh SOURCE_DIR
set -uo pipefail
src=$1
dir=$src/packaging/linux
id=io.github.flowscope.Flowscope
for tool in desktop-file-validate appstreamcli xmllint update-mime-database man; do
    command -v "$tool" >/dev/null ||
        { echo "SKIP: $tool is missing (desktop-file-utils, appstream, libxml2-utils, shared-mime-info, man-db)."; exit 77; }
done
failed=0
fail() { echo "FAIL: $*"; failed=1; }

out=$(desktop-file-validate "$dir/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
[[ -z $out ]] || fail "desktop-file-validate says: $out"
grep -qx 'Categories=Network;Monitor;Qt;' "$dir/$id.desktop" || fail "Categories changed"
grep -qx 'Exec=flowscope %f' "$dir/$id.desktop" || fail "Exec is not 'flowscope %f'"
echo "ok  desktop-file-validate: clean"

appstreamcli validate --no-net "$dir/$id.metainfo.xml" || fail "appstreamcli validate failed"
echo "ok  appstreamcli validate --no-net"

xmllint --noout "$dir/$id.mime.xml" || fail "the MIME XML is not well-formed"
# The types the desktop entry names resolve for real files: a database built from Debian's
# freedesktop.org.xml and ours, asked with the magic of a pcapng and a nanosecond pcap.
mime=$(mktemp -d)
trap 'rm -rf "$mime"' EXIT
mkdir -p "$mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$dir/$id.mime.xml" "$mime/mime/packages/"
update-mime-database "$mime/mime" 2>/dev/null || fail "update-mime-database rejected the MIME XML"
for type in application/vnd.tcpdump.pcap application/x-pcapng; do
    grep -q "^$type:" "$mime/mime/globs2" 2>/dev/null || grep -q "$type" "$mime/mime/globs2" ||
        fail "$type has no glob in the built MIME database"
    grep -q "MimeType=.*$type;" "$dir/$id.desktop" || fail "the desktop entry does not name $type"
done
grep -q 'application/x-pcapng:\*\.pcapng' "$mime/mime/globs2" || fail "*.pcapng is not application/x-pcapng"
echo "ok  MIME: *.pcap and *.pcapng map to the types the desktop entry opens"

for page in flowscope flowscope-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l -Tutf8 "$dir/man/$page.1" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man $page.1: $warnings"
done
# Every command of flowscope-cli has its section in the man page.
for command in flows record report export agent interfaces processes icon lookup; do
    grep -qx ".SS $command" "$dir/man/flowscope-cli.1" || fail "flowscope-cli.1 has no section for $command"
done
echo "ok  man pages: no warnings, every command documented"
exit $failed
