#!/usr/bin/env bash
# Country + AS lookup per address (core/enrich), timed against libmaxminddb in the same process
# (bench_enrich_lookup) and against mmdblookup, libmaxminddb's command-line reader, in this
# script; plus the cache hit rate when every flow of the real captures in tests/data/pcap is
# looked up in order. The figures go into docs/benchmarks.md.
# Usage: bench/enrich_lookup.sh [ADDRESSES_FOR_MMDBLOOKUP]   (default 200; BUILD=dir to choose
# the build directory, default build-bench-enrich)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
BUILD="${BUILD:-build-bench-enrich}"
count="${1:-200}"
# RelWithDebInfo (-O2, the default build): at -O3 GCC 12 stops on false -Wrestrict warnings
# in some app/cli files.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLOWSCOPE_TESTS=OFF \
    -DFLOWSCOPE_CORE_ONLY=ON >/dev/null
cmake --build "$BUILD" --target bench_enrich_lookup flowscope-cli >/dev/null
cli="$BUILD/app/cli/flowscope-cli"
country=resources/dbip-country.mmdb
asn=resources/asn.mmdb
flows="$(mktemp)"
trap 'rm -f "$flows"' EXIT

# One remote address per flow, in order of first appearance, file after file.
for f in tests/data/pcap/*.pcap tests/data/pcap/*.pcapng; do
    "$cli" flows --read "$f" --format json 2>/dev/null || true
done | python3 -c '
import json, sys
dec = json.JSONDecoder()
text = sys.stdin.read()
i = 0
while i < len(text):
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    doc, i = dec.raw_decode(text, i)
    for f in sorted(doc["flows"], key=lambda f: f["first_seen"]):
        print(f["remote"]["ip"])
' >"$flows"

echo "== in process: Flowscope against libmaxminddb"
"$BUILD/bench/bench_enrich_lookup" "$country" "$asn" "$flows"

echo "== one process per address: mmdblookup (two files) against flowscope-cli lookup"
python3 - "$cli" "$country" "$asn" "$count" <<'PY'
import ipaddress, random, subprocess, sys, time
cli, country, asn, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rng = random.Random(1)
addresses = []
while len(addresses) < count:
    a = ipaddress.IPv4Address(rng.getrandbits(32))
    if a.is_global:
        addresses.append(str(a))

def timed(commands):
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for c in commands:
            subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best

mmdb = timed([c for a in addresses for c in (
    ["mmdblookup", "-f", country, "-i", a, "country_code"],
    ["mmdblookup", "-f", asn, "-i", a])])
ours_each = timed([[cli, "lookup", a, "--format", "json"] for a in addresses])
ours_batch = timed([[cli, "lookup", "--format", "json"] + addresses])
n = len(addresses)
print("%d random public IPv4 addresses, best of 3:" % n)
print("  %-46s %8.2f ms/address  1.00x" % ("mmdblookup country + mmdblookup AS (baseline)",
                                            mmdb / n * 1e3))
print("  %-46s %8.2f ms/address  %.2fx" % ("flowscope-cli lookup, one call per address",
                                            ours_each / n * 1e3, ours_each / mmdb))
print("  %-46s %8.3f ms/address  %.3fx" % ("flowscope-cli lookup, all in one call",
                                             ours_batch / n * 1e3, ours_batch / mmdb))
PY
