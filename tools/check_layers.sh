#!/usr/bin/env bash
# Fails if core/ includes Qt, or if anything outside core/capture includes libpcap (the layer
# rules of DESIGN.md; CMake enforces the link side in cmake/Layers.cmake).
set -u
cd "$(dirname "$0")/.."
bad=0
if grep -rnE '#include\s*[<"](Q[A-Za-z]|Qt)' core; then
    echo "core/ must not include Qt (above)"; bad=1
fi
if grep -rnE '#include\s*[<"]pcap' core app ui 2>/dev/null | grep -v '^core/capture/'; then
    echo "only core/capture may include libpcap (above)"; bad=1
fi
if grep -rnE '#include\s*[<"]sqlite3' core app ui 2>/dev/null | grep -v '^core/store/'; then
    echo "only core/store may include SQLite (above)"; bad=1
fi
[ $bad -eq 0 ] && echo "layering ok"
exit $bad
