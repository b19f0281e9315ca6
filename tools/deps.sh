#!/usr/bin/env bash
# Installs what Flowscope needs to build and test on Debian 12 (bookworm), if missing.
# Usage: tools/deps.sh [build|test|ci]
# The package lists live in tools/packages/: build*.list for every mode, test*.list added by
# `test` and `ci`, ci*.list added by `ci` (one list per feature keeps the reasons readable).
set -euo pipefail
dir="$(dirname "$0")/packages"
mode="${1:-build}"
lists=("$dir"/build*.list)
case "$mode" in
    test) lists+=("$dir"/test*.list) ;;
    ci) lists+=("$dir"/test*.list "$dir"/ci*.list) ;;
esac
want=()
for list in "${lists[@]}"; do
    [ -f "$list" ] || continue
    # shellcheck disable=SC2207
    want+=($(sed 's/#.*//' "$list"))
done
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
