#!/usr/bin/env bash
# The RPM from this build folder (cpack, no second build): its file list is exactly
# tests/packaging/expected_files.txt (plus the capture helper with %caps when it is built),
# and rpmlint reports no error. Exits 77 when rpmbuild or rpmlint is missing.
# Usage: rpm_test.sh BUILD_DIR SOURCE_DIR HAS_HELPER(0|1: whether flowscope-capture is built)
set -uo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
for tool in rpmbuild rpm rpmlint; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (install rpm and rpmlint)."; exit 77; }
done
out=$build/tests/packaging/rpm
rm -rf "$out"
(cd "$build" && cpack -G RPM -B "$out" >"$out.log" 2>&1) || { echo "FAIL: cpack -G RPM failed (see $out.log)."; exit 1; }
rpmfile=$(ls "$out"/*.rpm | head -1)
expected=$(cat "$src/tests/packaging/expected_files.txt")
if [[ ${3:-0} == 1 ]]; then
    expected=$(printf '%s\n/usr/libexec/flowscope\n/usr/libexec/flowscope/flowscope-capture\n' "$expected")
fi
# Folders the package owns are listed too; .build-id links are rpm's own.
actual=$(rpm -qpl "$rpmfile" | grep -v '^/usr/lib/.build-id' |
    grep -vxE '/usr/share/doc/flowscope|/usr/share/flowscope')
if ! diff <(sort <<<"$expected") <(sort <<<"$actual"); then
    echo "FAIL: rpm -qpl $(basename "$rpmfile") differs from tests/packaging/expected_files.txt (< expected, > packaged)."
    exit 1
fi
echo "ok  rpm -qpl: $(wc -l <<<"$actual") files, as expected"
if grep -q '/usr/libexec/flowscope/flowscope-capture' <<<"$actual"; then
    filecaps=$(rpm -qp --filecaps "$rpmfile")
    grep -q 'flowscope-capture.*cap_net_admin,cap_net_raw=eip' <<<"$filecaps" ||
        { echo "FAIL: the helper in the RPM carries no %caps."; echo "$filecaps"; exit 1; }
    # ... and nothing else does.
    [[ $(grep -c '=' <<<"$filecaps") == 1 ]] ||
        { echo "FAIL: files other than the helper carry capabilities:"; grep '=' <<<"$filecaps"; exit 1; }
    echo "ok  the helper carries cap_net_raw,cap_net_admin=eip"
fi
# librsvg and cairo are loaded at run time by the icon command, invisible to AutoReq.
requires=$(rpm -qpR "$rpmfile")
for soname in 'librsvg-2.so.2()' 'libcairo.so.2()'; do
    grep -qF "$soname" <<<"$requires" ||
        { echo "FAIL: the RPM does not require $soname:"; echo "$requires"; exit 1; }
done
echo "ok  requires librsvg and cairo by soname"
rpmlint --config "$src/packaging/linux/rpmlint.toml" "$rpmfile" >"$out/rpmlint.log" 2>&1
code=$?
cat "$out/rpmlint.log" | grep -E '^[^ ]+: [EW]:|errors'
[[ $code == 0 ]] || { echo "FAIL: rpmlint reports errors."; exit 1; }
echo "ok  rpmlint: no errors"
