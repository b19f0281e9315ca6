# core/capture on Windows: libpcap's API comes from Npcap's wpcap.dll, loaded at run time
# (wpcap.cpp), so nothing is linked for it; only pcap.h is needed to compile (from Debian's
# libpcap source package for the cross build, tools/cross_windows_deps.sh, or the Npcap SDK,
# cmake/WindowsPcap.cmake). Live capture has its own implementation here; the POSIX one is
# kept out of the build (HEADER_FILE_ONLY: the target already lists it).
set(FLOWSCOPE_CAPTURE_POSIX_ONLY ${CMAKE_CURRENT_SOURCE_DIR}/capture/live_capture.cpp)
set_source_files_properties(${FLOWSCOPE_CAPTURE_POSIX_ONLY} PROPERTIES HEADER_FILE_ONLY ON)
file(GLOB capture_windows_srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
target_sources(flowscope_capture PRIVATE ${capture_windows_srcs})
