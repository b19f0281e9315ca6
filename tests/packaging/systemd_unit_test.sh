#!/bin/bash
# The agent's system unit (packaging/systemd/flowscope-agent.service.in), configured with the
# built flowscope-cli as the install rules do, passes `systemd-analyze verify`, keeps the
# settings the packaging promises (docs/export.md), and its command line with the shipped
# /etc/default/flowscope-agent values is one the agent accepts.
# Usage: systemd_unit_test.sh FLOWSCOPE_CLI SOURCE_DIR
set -u
cli=$1
src=$2
command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze is not installed (systemd)."; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unit=$work/flowscope-agent.service
sed "s|@FLOWSCOPE_CLI_PATH@|$cli|" "$src/packaging/systemd/flowscope-agent.service.in" >"$unit"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# --man=no: the man page is installed by the package, not on the build machine.
if ! out=$(cd "$work" && systemd-analyze verify --man=no ./flowscope-agent.service 2>&1) ||
    [[ -n $out ]]; then
    fail "systemd-analyze verify: $out"
else
    echo "ok  systemd-analyze verify"
fi
for line in 'EnvironmentFile=/etc/default/flowscope-agent' 'AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN' \
    'DynamicUser=yes' 'StateDirectory=flowscope-agent' 'ProtectSystem=strict' 'ProtectHome=yes' \
    'NoNewPrivileges=yes' 'KillSignal=SIGTERM' 'WantedBy=multi-user.target'; do
    grep -qxF "$line" "$unit" || fail "the unit lacks $line"
done
grep -q "^ExecStart=$cli agent " "$unit" || fail "ExecStart does not run '$cli agent'"
echo "ok  the unit's settings"

# The ExecStart line with the default settings (systemd's ${VAR} and $VAR substitution),
# without --interface's adapter: the agent must get as far as opening the adapter (exit 3:
# no such adapter), i.e. accept every option of the line.
set -a
# shellcheck disable=SC1091
source "$src/packaging/systemd/flowscope-agent.default"
set +a
INTERFACE=flowscope-no-such-adapter
line=$(sed -n 's/^ExecStart=//p' "$unit")
line=${line//\/var\/lib\/flowscope-agent/$work}
eval "set -- $line"
out=$("$@" 2>&1)
rc=$?
[[ $rc == 3 ]] || fail "the unit's command line exits $rc, wanted 3 (no such adapter): $out"
echo "ok  the unit's command line with the default settings: exit $rc ($out)"
exit $failed
