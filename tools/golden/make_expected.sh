#!/usr/bin/env bash
# Generates the golden expectations of tests/golden/golden_test.cpp from Wireshark's tools
# (verified with tshark and capinfos 4.0.17 on Debian 12).
#
# For every capture F in tests/data/pcap that tshark can read, it writes
#   tests/data/expected/F.flows.tsv   protocol, address_a, address_b, packets, bytes
#                                     (one line per IP protocol + address pair, addresses
#                                     ordered by family then network-order bytes)
#   tests/data/expected/F.totals.tsv  key<TAB>value: packets, bytes, non_ip, ip_packets,
#                                     ip_bytes, and the `reader` outcome (end, truncated,
#                                     corrupt); '#' lines are notes.
#
# Exact commands, per file F:
#   capinfos -T -M -r -c -d F
#       (columns: file name, packets, data size) machine-readable packet count and "Data size" (= sum of frame.len). For a file cut
#       short capinfos still prints the complete packets (and says so on stderr). For a
#       corrupt record capinfos prints no row, only "An error occurred after reading N
#       packets" on stderr: then N comes from that sentence and the bytes from tshark.
#   tshark -n -r F -o ip.defragment:FALSE -o ipv6.defragment:FALSE -o wlan.defragment:FALSE \
#       -T fields -E separator=/t -E header=n -E quote=n -E occurrence=a -E aggregator=, \
#       -e frame.number -e frame.len -e frame.protocols -e ip.src -e ip.dst -e ip.proto \
#       -e ipv6.src -e ipv6.dst -e ipv6.nxt -e ipv6.hopopts.nxt -e ipv6.routing.nxt \
#       -e ipv6.fraghdr.nxt -e ipv6.dstopts.nxt
#       one line per frame, aggregated by tools/golden/aggregate.py (it documents how the
#       outer header and the final IPv6 protocol are chosen). No reassembly, so every IP
#       fragment is attributed by its own outer header, and an 802.11 first fragment (which
#       starts with LLC and the IP header) is IP while later 802.11 fragments are not.
# The tshark frame and byte totals must equal capinfos' or the script fails.
#
# The captures are the lines of tests/golden/TESTLIST (file, link types, outcome; see its
# header). An "unopenable" file gets no expectations, and tshark must read no frame of it.
# The script fails when the outcome tshark shows (end, truncated, corrupt) is not the one the
# list gives ("unsupported" files must read to the end: their link type is one tshark decodes
# and Flowscope does not).
#
# Usage: tools/golden/make_expected.sh [repo root] [file...]   (default root: this script's
# ../..; default files: every line of TESTLIST)
set -euo pipefail

ROOT=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
shift || true
ONLY=("$@")
PCAP_DIR=$ROOT/tests/data/pcap
TESTLIST=$ROOT/tests/golden/TESTLIST
OUT_DIR=$ROOT/tests/data/expected
AGGREGATE=$(cd "$(dirname "$0")" && pwd)/aggregate.py
mkdir -p "$OUT_DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

FIELDS=(frame.number frame.len frame.protocols ip.src ip.dst ip.proto
        ipv6.src ipv6.dst ipv6.nxt ipv6.hopopts.nxt ipv6.routing.nxt
        ipv6.fraghdr.nxt ipv6.dstopts.nxt)
EARGS=()
for f in "${FIELDS[@]}"; do EARGS+=(-e "$f"); done

cd "$PCAP_DIR"  # relative names, so notes in the generated files carry no local path
# shellcheck disable=SC2034  # link_types documents the column; the test checks it
while read -r name link_types outcome _; do
    [[ -z $name || $name == \#* ]] && continue
    if [[ ${#ONLY[@]} -gt 0 && ! " ${ONLY[*]} " =~ " $name " ]]; then
        continue
    fi
    path=$name
    rm -f "$OUT_DIR/$name.flows.tsv" "$OUT_DIR/$name.totals.tsv"

    set +e
    tshark -n -r "$path" -o ip.defragment:FALSE -o ipv6.defragment:FALSE \
        -o wlan.defragment:FALSE \
        -T fields -E separator=/t -E header=n -E quote=n -E occurrence=a -E aggregator=, \
        "${EARGS[@]}" >"$TMP/fields" 2>"$TMP/tshark.err"
    tshark_rc=$?
    capinfos -T -M -r -c -d "$path" >"$TMP/capinfos" 2>"$TMP/capinfos.err"
    set -e
    grep -v 'Running as user' "$TMP/tshark.err" >"$TMP/tshark.msg" || true

    if [[ $outcome == unopenable ]]; then
        if [[ -s $TMP/fields ]]; then
            echo "$name: listed as unopenable, but tshark reads frames of it" >&2
            exit 1
        fi
        echo "$name: tshark read no frame ($(tr '\n' ' ' <"$TMP/tshark.msg")): no expectations"
        continue
    fi
    if [[ ! -s $TMP/fields ]]; then
        echo "$name: tshark read no frame, but TESTLIST says $outcome" >&2
        exit 1
    fi

    read -r t_frames t_bytes non_ip ip_packets ip_bytes \
        < <(python3 "$AGGREGATE" "$OUT_DIR/$name" <"$TMP/fields")

    reader=end
    if grep -q 'cut short in the middle of a packet' "$TMP/tshark.msg"; then
        reader=truncated
    elif [[ -s $TMP/tshark.msg ]]; then
        reader=corrupt
    fi
    if [[ $tshark_rc -ne 0 && $reader == end ]]; then
        echo "$name: tshark failed (rc $tshark_rc)" >&2
        exit 1
    fi
    expected_reader=$outcome
    [[ $outcome == unsupported ]] && expected_reader=end
    if [[ $reader != "$expected_reader" ]]; then
        echo "$name: tshark's outcome is $reader, TESTLIST says $outcome" >&2
        exit 1
    fi

    if [[ -s $TMP/capinfos ]]; then
        IFS=$'\t' read -r _ c_frames c_bytes <"$TMP/capinfos"
        source="capinfos -T -M -r -c -d"
    else
        c_frames=$(sed -nE 's/.*An error occurred after reading ([0-9]+) packets.*/\1/p' \
            "$TMP/capinfos.err")
        c_bytes=$t_bytes
        source="capinfos stderr (packets, it printed no row) and tshark (bytes)"
    fi
    if [[ $c_frames != "$t_frames" || $c_bytes != "$t_bytes" ]]; then
        echo "$name: capinfos ($c_frames packets, $c_bytes B) != tshark ($t_frames, $t_bytes)" >&2
        exit 1
    fi

    {
        echo "# generated by tools/golden/make_expected.sh from $name; totals from $source"
        if [[ $reader != end ]]; then
            tr '\n' ' ' <"$TMP/tshark.msg" | sed -E 's/ +$//; s/^/# /'
            echo
        fi
        printf 'packets\t%s\n' "$c_frames"
        printf 'bytes\t%s\n' "$c_bytes"
        printf 'non_ip\t%s\n' "$non_ip"
        printf 'ip_packets\t%s\n' "$ip_packets"
        printf 'ip_bytes\t%s\n' "$ip_bytes"
        printf 'reader\t%s\n' "$reader"
    } >"$OUT_DIR/$name.totals.tsv"
    echo "$name: $c_frames packets, $c_bytes B, non_ip $non_ip, $(($(wc -l <"$OUT_DIR/$name.flows.tsv") - 1)) flow lines, reader $reader"
done <"$TESTLIST"
