#!/usr/bin/env bash
# Cross-builds the C libraries flowscope-cli.exe links, from Debian's own source packages,
# with the MinGW-w64 toolchain, into a prefix that is cached inside the build directory:
#   libmaxminddb (Debian source package libmaxminddb) -> lib/libmaxminddb.a
#   SQLite       (Debian source package sqlite3: the amalgamation sqlite3.c is generated
#                 with the host's tclsh, then cross-compiled as one file) -> lib/libsqlite3.a
#   libpcap's headers (Debian source package libpcap: headers only; the functions are
#                 loaded from Npcap's wpcap.dll at run time) -> include/pcap.h, include/pcap/
# Nothing of these sources is committed to the repository.
# Usage: tools/cross_windows_deps.sh BUILD_DIR     (called by tools/cross_windows.sh)
# Needs deb-src entries in the APT sources (apt-get source) and the packages of
# tools/packages/ci-windows.list. A second run does nothing when the prefix is complete.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$1"
deps="$build/deps"
prefix="$deps/prefix"
stamp="$prefix/.complete-v1"
[ -f "$stamp" ] && exit 0

mkdir -p "$deps/src" "$prefix/include" "$prefix/lib"
toolchain="$root/cmake/toolchains/mingw-w64-x86_64.cmake"
cc=x86_64-w64-mingw32-gcc-posix
ar=x86_64-w64-mingw32-ar

# apt-get source needs a deb-src entry; add Debian 12's when there is none and we are root.
if ! grep -rqs "^deb-src\|^Types:.*deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ "$(id -u)" -eq 0 ]; then
        printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            >/etc/apt/sources.list.d/flowscope-deb-src.sources
        apt-get update -qq
    fi
fi

fetch() {  # fetch PACKAGE: unpacks Debian's source package into $deps/src/PACKAGE-*/
    local package="$1"
    if ! compgen -G "$deps/src/$package-[0-9]*/" >/dev/null; then
        if ! (cd "$deps/src" && apt-get source -qq "$package" >/dev/null 2>"$package.log"); then
            echo "tools/cross_windows_deps.sh: apt-get source $package failed:" >&2
            cat "$deps/src/$package.log" >&2
            echo "Add a deb-src line for Debian 12 to the APT sources, run apt-get update, and" \
                 "try again." >&2
            exit 1
        fi
    fi
    compgen -G "$deps/src/$package-[0-9]*/" | head -n 1
}

# libpcap: only the headers (they handle _WIN32 themselves).
pcap_src="$(fetch libpcap)"
cp "$pcap_src/pcap.h" "$pcap_src/pcap-bpf.h" "$prefix/include/"
mkdir -p "$prefix/include/pcap"
cp "$pcap_src"/pcap/*.h "$prefix/include/pcap/"

# libmaxminddb with its own CMake build, static.
mmdb_src="$(fetch libmaxminddb)"
cmake -S "$mmdb_src" -B "$deps/libmaxminddb-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$deps/libmaxminddb-build" --target install >/dev/null

# SQLite: generate the amalgamation on the host, compile it for Windows.
sqlite_src="$(fetch sqlite3)"
if [ ! -f "$deps/sqlite-host/sqlite3.c" ]; then
    mkdir -p "$deps/sqlite-host"
    (cd "$deps/sqlite-host" && "$sqlite_src/configure" --disable-tcl >/dev/null &&
        make -s sqlite3.c >/dev/null)
fi
"$cc" -O2 -c "$deps/sqlite-host/sqlite3.c" -o "$deps/sqlite3.o" \
    -DSQLITE_THREADSAFE=1 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_DQS=0
rm -f "$prefix/lib/libsqlite3.a"
"$ar" rcs "$prefix/lib/libsqlite3.a" "$deps/sqlite3.o"
cp "$deps/sqlite-host/sqlite3.h" "$prefix/include/"

touch "$stamp"
echo "tools/cross_windows_deps.sh: libmaxminddb, SQLite and the libpcap headers are in $prefix"
