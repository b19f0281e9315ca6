#!/bin/bash
# The agent's system unit (packaging/systemd/flowscope-agent.service.in) and its user unit
# (flowscope-agent@.service.in), configured with the built flowscope-cli as the install rules
# do, pass `systemd-analyze verify` (the user unit with --user), keep the settings the
# packaging promises (docs/export.md), and their command lines with the shipped
# /etc/default/flowscope-agent values (the user unit's agent.conf is a copy of it) are ones the
# agent accepts.
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
    'NoNewPrivileges=yes' 'KillSignal=SIGTERM' 'Type=notify' 'WantedBy=multi-user.target'; do
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

# The user unit, as instance flowscope-agent@lo.service (verify needs an instance).
user_unit=$work/flowscope-agent@lo.service
sed "s|@FLOWSCOPE_CLI_PATH@|$cli|" "$src/packaging/systemd/flowscope-agent@.service.in" >"$user_unit"
mkdir -m 700 "$work/runtime"  # a user manager needs a runtime folder; CI may have none
if ! out=$(cd "$work" && XDG_RUNTIME_DIR=$work/runtime \
    systemd-analyze verify --user --man=no ./flowscope-agent@lo.service 2>&1) || [[ -n $out ]]; then
    fail "systemd-analyze verify --user: $out"
else
    echo "ok  systemd-analyze verify --user flowscope-agent@lo.service"
fi
for line in 'EnvironmentFile=%E/flowscope/agent.conf' 'KillSignal=SIGTERM' 'Type=notify' 'Restart=on-failure' \
    'RestartPreventExitStatus=2 4 5' 'WantedBy=default.target'; do
    grep -qxF "$line" "$user_unit" || fail "the user unit lacks $line"
done
grep -q "^ExecStart=$cli agent --interface %I " "$user_unit" ||
    fail "the user unit's ExecStart does not run '$cli agent --interface %I'"
# A typo'd setting must make verify complain, or the check above checks nothing.
sed 's/^Type=notify/Type=bogus/' "$user_unit" >"$work/broken-agent@lo.service"
out=$(cd "$work" && XDG_RUNTIME_DIR=$work/runtime \
    systemd-analyze verify --user --man=no ./broken-agent@lo.service 2>&1)
[[ -n $out ]] || fail "verify --user did not notice Type=bogus; it checks nothing here"
echo "ok  the user unit's settings"
# Its command line with agent.conf = the shipped defaults and %I = an adapter that does not
# exist; the database is the desktop app's default, here under a temporary XDG_DATA_HOME.
line=$(sed -n 's/^ExecStart=//p' "$user_unit")
line=${line//%I/flowscope-no-such-adapter}
eval "set -- $line"
out=$(XDG_DATA_HOME=$work/data "$@" 2>&1)
rc=$?
[[ $rc == 3 ]] || fail "the user unit's command line exits $rc, wanted 3 (no such adapter): $out"
echo "ok  the user unit's command line with agent.conf as shipped: exit $rc ($out)"
exit $failed
