# core/process: the platform-independent part (matching, cache, retries) plus one backend per
# OS, chosen here at build time; within an OS the backend is chosen at run time.
flowscope_sources(process_srcs process)
set(process_os_libs "")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_sources(process_os_srcs process/linux)
elseif(WIN32)
    flowscope_sources(process_os_srcs process/windows)
    set(process_os_libs iphlpapi ws2_32 advapi32)
elseif(APPLE)
    flowscope_sources(process_os_srcs process/macos)
elseif(CMAKE_SYSTEM_NAME STREQUAL "FreeBSD")
    flowscope_sources(process_os_srcs process/freebsd)
    set(process_os_libs util)
endif()
set(FLOWSCOPE_LAYER_process "${FLOWSCOPE_LAYER_process};${process_os_libs}")
flowscope_core_library(process SOURCES ${process_srcs} ${process_os_srcs}
    DEPS flowscope::base Threads::Threads ${process_os_libs})
