# The libraries flowscope-cli.exe needs, for the MinGW cross build (FLOWSCOPE_WINDOWS_CLI),
# under the names the native build gets from pkg-config (cmake/Layers.cmake checks them):
#   PkgConfig::PCAP      pcap.h only: wpcap.dll (Npcap) is loaded at run time
#                        (core/capture/windows/wpcap.cpp), nothing is linked;
#   PkgConfig::MAXMINDDB libmaxminddb.a, cross-built from Debian's source package;
#   PkgConfig::SQLITE3   libsqlite3.a, Debian's SQLite source, amalgamation cross-compiled.
# tools/cross_windows_deps.sh builds them into FLOWSCOPE_WINDOWS_DEPS (default
# <build>/deps/prefix) before CMake runs; nothing of them is committed.
set(FLOWSCOPE_WINDOWS_DEPS ${CMAKE_BINARY_DIR}/deps/prefix CACHE PATH
    "Prefix with the cross-built libmaxminddb, SQLite and libpcap headers")
foreach(needed include/pcap/pcap.h lib/libmaxminddb.a lib/libsqlite3.a)
    if(NOT EXISTS ${FLOWSCOPE_WINDOWS_DEPS}/${needed})
        message(FATAL_ERROR "${FLOWSCOPE_WINDOWS_DEPS}/${needed} is missing: run "
                            "tools/cross_windows_deps.sh <build dir> first (tools/cross_windows.sh does).")
    endif()
endforeach()

add_library(PkgConfig::PCAP INTERFACE IMPORTED)
target_include_directories(PkgConfig::PCAP SYSTEM INTERFACE ${FLOWSCOPE_WINDOWS_DEPS}/include)

add_library(PkgConfig::MAXMINDDB STATIC IMPORTED)
set_target_properties(PkgConfig::MAXMINDDB PROPERTIES
    IMPORTED_LOCATION ${FLOWSCOPE_WINDOWS_DEPS}/lib/libmaxminddb.a
    INTERFACE_INCLUDE_DIRECTORIES ${FLOWSCOPE_WINDOWS_DEPS}/include
    INTERFACE_LINK_LIBRARIES ws2_32)

add_library(PkgConfig::SQLITE3 STATIC IMPORTED)
set_target_properties(PkgConfig::SQLITE3 PROPERTIES
    IMPORTED_LOCATION ${FLOWSCOPE_WINDOWS_DEPS}/lib/libsqlite3.a
    INTERFACE_INCLUDE_DIRECTORIES ${FLOWSCOPE_WINDOWS_DEPS}/include)

# app/cli/icon_render.cmake asks pkg-config for libpng/librsvg/cairo: look only into the
# cross prefix (never at the host's .pc files). They are not cross-built, so the `icon`
# command is left out of flowscope-cli.exe (docs/windows.md).
set(ENV{PKG_CONFIG_LIBDIR} ${FLOWSCOPE_WINDOWS_DEPS}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")
find_package(PkgConfig REQUIRED)

# MinGW's <time.h> declares localtime_r / gmtime_r only with this (POSIX thread-safe functions).
add_compile_definitions(_POSIX_THREAD_SAFE_FUNCTIONS=200112L)
