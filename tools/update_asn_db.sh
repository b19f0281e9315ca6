#!/usr/bin/env bash
# Regenerates resources/asn.mmdb (the embedded AS database) from the npm package
# @ip-location-db/asn (CSV; RouteViews, NRO and DB-IP data under CC BY 4.0) with
# tools/mmdb_from_asn_csv.py, and copies the package's licence texts to resources/asn.LICENSE.
# Usage: tools/update_asn_db.sh [VERSION]   (default: the version the repository was built from)
# Needs npm and python3. The build does not run this: the converted file is kept in resources/.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-2.3.2026061719}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@ip-location-db/asn@$version" >/dev/null && tar xzf ./*.tgz)
pkg="$work/package"
# The version's last ten digits are the build time: yyyymmddhh (UTC).
stamp="${version##*.}"
epoch=$(date -u -d "${stamp:0:4}-${stamp:4:2}-${stamp:6:2} ${stamp:8:2}:00:00" +%s)
python3 tools/mmdb_from_asn_csv.py --ipv4 "$pkg/asn-ipv4.csv" --ipv6 "$pkg/asn-ipv6.csv" \
    --out resources/asn.mmdb --build-epoch "$epoch" \
    --description "IP to AS number and organisation, from npm @ip-location-db/asn $version (RouteViews, NRO, DB-IP; CC BY 4.0)"
{
    echo "resources/asn.mmdb was converted by tools/mmdb_from_asn_csv.py from the CSV files of"
    echo "the npm package @ip-location-db/asn $version (https://github.com/sapics/ip-location-db),"
    echo "which merges the databases below. Their licence texts, as shipped in the package:"
    for f in ROUTEVIEWS-LICENSE NRO_LICENSE DBIP-LICENSE MODIFICATIONS; do
        printf '\n== %s ==\n' "$f"
        cat "$pkg/$f"
        echo
    done
} >resources/asn.LICENSE
echo "resources/asn.mmdb and resources/asn.LICENSE updated from @ip-location-db/asn $version"
