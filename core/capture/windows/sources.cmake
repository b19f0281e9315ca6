# core/capture on Windows: libpcap's API comes from Npcap's wpcap.dll, loaded at run time
# (wpcap.cpp), so nothing is linked for it; only pcap.h is needed to compile (from Debian's
# libpcap source package, see tools/cross_windows_deps.sh). Live capture has its own
# implementation here; the files listed below are POSIX-only and are left out.
set(FLOWSCOPE_CAPTURE_POSIX_ONLY live_capture.cpp)
foreach(f IN LISTS FLOWSCOPE_CAPTURE_POSIX_ONLY)
    list(FILTER capture_srcs EXCLUDE REGEX "/capture/${f}$")
endforeach()
file(GLOB capture_windows_srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
list(APPEND capture_srcs ${capture_windows_srcs})
