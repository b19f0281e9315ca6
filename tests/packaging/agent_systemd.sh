#!/usr/bin/env bash
# The agent under a real systemd: part of install_test.sh, on the Debian 12 root where the .deb
# is installed. systemd (Debian's package, installed into the root) boots as PID 1 of private
# PID, mount, network and UTS namespaces, chrooted into the root; the packaged
# flowscope-agent.service (DynamicUser, capabilities, the whole sandbox) is enabled and
# started with /etc/default/flowscope-agent set to lo (Type=notify: `systemctl start` returns
# once the agent said READY=1, its start sentence the unit's status); 20 UDP datagrams of 100 bytes go to
# 127.0.0.1:9999 in that network namespace while nfcapd (nfdump) listens there;
# `systemctl stop` (SIGTERM) must end the unit with success after the last records went out:
# nfcapd holds 20 packets and 20 × (20 + 8 + 100) IP bytes, and the agent's history database
# 20 packets and 20 × (14 + 128) wire bytes.
# Then the agent's user unit, flowscope-agent@lo.service, in flowuser's user manager (user@UID,
# which needs the system bus: dbus and libpam-systemd go into the root too): it captures through
# the packaged helper, and the same 20 datagrams, sent by flowuser's bash, must reach nfcapd and
# flowuser's own history database with the program named (bash, flowuser), which the system
# unit's dynamic user cannot see.
# Usage: agent_systemd.sh ROOT WORK   (as root; exits 77 with the reason when it cannot run)
set -uo pipefail
root=$1
work=$2
skip() { echo "SKIP (agent under systemd): $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok  $*"; }

command -v nfcapd >/dev/null && command -v nfdump >/dev/null ||
    skip "nfcapd/nfdump is not installed (tools/packages/test-export.list)."
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends \
    systemd dbus libpam-systemd >>"$work/apt.log" 2>&1 </dev/null ||
    skip "apt-get install systemd dbus libpam-systemd failed in the root (see $work/apt.log)."
cat >"$root/etc/default/flowscope-agent" <<'SETTINGS'
INTERFACE=lo
COLLECTOR=127.0.0.1:4739
FILTER=udp port 9999
OPTIONS=--active-timeout 2 --idle-timeout 2
SETTINGS

# PID 1 of its own namespaces; the root's own mounts (proc, sys, dev) are made fresh inside.
boot=$work/boot.sh
cat >"$boot" <<BOOT
set -e
mount --make-rprivate /
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount -t tmpfs tmpfs "$root/run"
mount -t tmpfs tmpfs "$root/tmp"
mount --rbind /dev "$root/dev"
ip link set lo up
exec chroot "$root" /usr/bin/env container=flowscope-test /lib/systemd/systemd --system
BOOT
unshare --pid --fork --kill-child --mount --net --uts bash "$boot" >"$work/systemd.log" 2>&1 &
launcher=$!
# SIGKILL to the namespace's PID 1 ends every process in it (systemd ignores SIGTERM there,
# unshare waits for its child); the mounts go with the mount namespace.
pid1=""
stop_systemd() {
    [[ -n $pid1 ]] && kill -KILL "$pid1" 2>/dev/null
    kill -KILL "$launcher" 2>/dev/null
    wait "$launcher" 2>/dev/null
}
trap stop_systemd EXIT
for _ in $(seq 100); do
    pid1=$(pgrep -P "$launcher" -x systemd)
    [[ -n $pid1 ]] && break
    sleep 0.1
done
[[ -n $pid1 ]] || skip "systemd did not start in the namespaces: $(tail -3 "$work/systemd.log")"
inside() { nsenter -t "$pid1" -a -r -w "$@"; }
# Type=notify: `systemctl start` returned once the agent said READY=1, with its start sentence
# as the unit's status, i.e. once it captures; no waiting. UNIT must be active with that
# status, which is printed. Usage: expect_ready UNIT SYSTEMCTL-COMMAND...
expect_ready() {
    local unit=$1 status
    shift
    [[ $("$@" is-active "$unit") == active ]] ||
        fail "$unit is not active: $("$@" status "$unit" --no-pager | tail -5)"
    status=$("$@" show "$unit" -p StatusText --value)
    [[ $status == "agent on lo, recording into "* ]] ||
        fail "$unit's status is '$status', not the READY=1 sentence of the agent."
    echo "$status"
}
state=""
for _ in $(seq 150); do
    state=$(inside systemctl is-system-running 2>/dev/null)
    [[ $state == running || $state == degraded ]] && break
    sleep 0.2
done
[[ $state == running || $state == degraded ]] ||
    skip "systemd did not finish booting in the namespaces (state: ${state:-none})."
ok "systemd $(inside systemctl --version | head -1 | awk '{print $2}') is PID 1 of the root ($state)"

collected=$work/nfcapd
rm -rf "$collected" && mkdir -p "$collected"
nsenter -t "$pid1" -n nfcapd -w "$collected" -p 4739 -b 127.0.0.1 >"$work/nfcapd.log" 2>&1 &
collector=$!
sleep 0.5
inside systemctl enable --now flowscope-agent.service >"$work/agent.log" 2>&1 ||
    fail "systemctl enable --now flowscope-agent failed: $(cat "$work/agent.log")"
status=$(expect_ready flowscope-agent.service inside systemctl) || exit 1
ok "flowscope-agent.service runs under systemd (DynamicUser, capabilities, sandbox), ready: $status"

nsenter -t "$pid1" -n python3 -c '
import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for _ in range(20):
    s.sendto(b"x" * 100, ("127.0.0.1", 9999))
    time.sleep(0.05)
'
sleep 1.5
inside systemctl stop flowscope-agent.service
result=$(inside systemctl show flowscope-agent -p Result -p ExecMainStatus --value | tr '\n' ' ')
journal=$(inside journalctl -u flowscope-agent --no-pager -o cat)
[[ $result == "success 0 " ]] || fail "systemctl stop: Result/ExecMainStatus '$result'; $journal"
grep -q "sent 1 flow record" <<<"$journal" || fail "the agent's summary is missing: $journal"
ok "systemctl stop (SIGTERM): exit 0, $(grep -o 'sent [0-9]* flow records* in [0-9]* messages*' <<<"$journal" | head -1)"

kill -TERM "$collector" && wait "$collector"
got=$(nfdump -R "$collected" -q -o "fmt:%dp %pkt %byt" 2>/dev/null | awk '$1 == 9999 {p += $2; b += $3} END {print p + 0, b + 0}')
[[ $got == "20 2560" ]] || fail "nfcapd holds '$got' packets and bytes to port 9999, wanted '20 2560'."
ok "nfcapd read back 20 packets, 2560 IP bytes"
report=$(inside flowscope-cli report --database /var/lib/private/flowscope-agent/history.sqlite --format json) ||
    fail "flowscope-cli report on the agent's database failed."
totals=$(python3 -c 'import json,sys; d=json.load(sys.stdin); t=d["totals"]; print(t["packets"], t["bytes"])' <<<"$report") ||
    fail "the report is not the JSON expected: $report"
[[ $totals == "20 2840" ]] || fail "the agent's history holds '$totals' packets and bytes, wanted '20 2840'."
ok "the agent's history (StateDirectory) holds 20 packets, 2840 wire bytes"

# --- the user unit, in flowuser's user manager ----------------------------------------------
[[ -x $root/usr/libexec/flowscope/flowscope-capture ]] || {
    echo "SKIPPED PART: the user unit captures through flowscope-capture, which this package lacks."
    exit 0
}
uid=$(inside id -u flowuser) || fail "the root has no user flowuser."
inside install -d -o flowuser -g flowuser /home/flowuser/.config/flowscope
inside runuser -u flowuser -- tee /home/flowuser/.config/flowscope/agent.conf >/dev/null <<'SETTINGS'
COLLECTOR=127.0.0.1:4739
FILTER=udp port 9999
OPTIONS=--active-timeout 2 --idle-timeout 2
SETTINGS
inside systemctl start "user@$uid.service" ||
    fail "user@$uid.service did not start: $(inside journalctl -b --no-pager | tail -5)"
as_flowuser() { inside runuser -u flowuser -- env "XDG_RUNTIME_DIR=/run/user/$uid" "$@"; }
collected=$work/nfcapd-user
rm -rf "$collected" && mkdir -p "$collected"
nsenter -t "$pid1" -n nfcapd -w "$collected" -p 4739 -b 127.0.0.1 >"$work/nfcapd-user.log" 2>&1 &
collector=$!
sleep 0.5
started=$(date +%s%N)
as_flowuser systemctl --user start flowscope-agent@lo.service >"$work/agent-user.log" 2>&1 ||
    fail "systemctl --user start flowscope-agent@lo failed: $(cat "$work/agent-user.log")"
took=$(( ($(date +%s%N) - started) / 1000000 ))
user_journal() { as_flowuser journalctl --user -u flowscope-agent@lo.service --no-pager -o cat; }
expect_ready flowscope-agent@lo.service as_flowuser systemctl --user >/dev/null || exit 1
ok "flowscope-agent@lo.service runs in flowuser's user manager (capture through the helper)," \
    "ready after $took ms"
# One UDP socket of flowuser's bash (the root has no python3), kept open while the agent names
# its owner: 20 datagrams of 100 bytes, but 101 for the first and 102 for the last, so that a
# datagram missing shows which one by the bytes (2563 IP bytes in all). bash connects it, so
# the port-unreachable answer to one datagram fails the next write, which then sends nothing:
# such a write is repeated.
as_flowuser bash -c 'exec 3>/dev/udp/127.0.0.1/9999
for i in $(seq 20); do
    size=$(( i == 1 ? 101 : i == 20 ? 102 : 100 ))
    until printf "%${size}s" "" >&3 2>/dev/null; do :; done
    sleep 0.05
done
sleep 1.5'
as_flowuser systemctl --user stop flowscope-agent@lo.service
result=$(as_flowuser systemctl --user show flowscope-agent@lo.service -p Result -p ExecMainStatus --value | tr '\n' ' ')
[[ $result == "success 0 " ]] || fail "systemctl --user stop: Result/ExecMainStatus '$result'; $(user_journal)"
kill -TERM "$collector" && wait "$collector"
got=$(nfdump -R "$collected" -q -o "fmt:%dp %pkt %byt" 2>/dev/null | awk '$1 == 9999 {p += $2; b += $3} END {print p + 0, b + 0}')
if [[ $got != "20 2563" ]]; then
    # Which side lost it: the capture (the history holds fewer too) or the export; and which
    # datagram (2434 bytes: the first, 2433: the last).
    fail "nfcapd holds '$got' packets and bytes from the user unit, wanted '20 2563'." \
        "History: $(as_flowuser flowscope-cli report --format csv 2>&1 | tr '\n' ' ')." \
        "nfdump: $(nfdump -R "$collected" -q -o "fmt:%ts %te %sp %dp %pkt %byt" 2>&1 | tr '\n' ' ')." \
        "The unit said: $(user_journal | tail -8 | tr '\n' ' ')"
fi
ok "systemctl --user stop (SIGTERM): exit 0; nfcapd read back 20 packets, 2563 IP bytes"
report=$(as_flowuser flowscope-cli report --format json) ||
    fail "flowscope-cli report on flowuser's database failed."
rows=$(python3 -c 'import json,sys; print(" ".join("%s/%s/%d/%d" % (r["application"], r["user"], r["packets"], r["bytes"]) for r in json.load(sys.stdin)["rows"]))' <<<"$report") ||
    fail "the report is not the JSON expected: $report"
[[ $rows == "bash/flowuser/20/2843" ]] ||
    fail "flowuser's history holds '$rows', wanted bash/flowuser/20/2843 (the program named)."
ok "flowuser's history holds 20 packets, 2843 wire bytes, by bash of flowuser"
