# Native Windows builds (.github/workflows/windows.yml; not run here). libpcap is Npcap's
# wpcap.dll, loaded at run time by core/capture/windows/wpcap.cpp, so nothing is linked; only
# pcap.h is needed, from the Npcap SDK's Include folder (FLOWSCOPE_NPCAP_SDK). Same target name
# as pkg-config's on the other systems (cmake/Layers.cmake).
set(FLOWSCOPE_NPCAP_SDK "" CACHE PATH "Unpacked Npcap SDK (https://npcap.com/#download)")
find_path(FLOWSCOPE_PCAP_INCLUDE pcap/pcap.h HINTS ${FLOWSCOPE_NPCAP_SDK}/Include)
if(NOT FLOWSCOPE_PCAP_INCLUDE)
    message(FATAL_ERROR "pcap/pcap.h not found: unpack the Npcap SDK and pass "
                        "-DFLOWSCOPE_NPCAP_SDK=<its folder>.")
endif()
add_library(PkgConfig::PCAP INTERFACE IMPORTED)
target_include_directories(PkgConfig::PCAP SYSTEM INTERFACE ${FLOWSCOPE_PCAP_INCLUDE})

# The rest a native MinGW build needs, as the cross build has it (cmake/Portable.cmake,
# cmake/WindowsCliDeps.cmake): localtime_r/gmtime_r from MinGW's <time.h>, and Winsock for
# inet_pton/inet_ntop (core/base) and libmaxminddb.
add_compile_definitions(_POSIX_THREAD_SAFE_FUNCTIONS=200112L)
link_libraries(ws2_32)
