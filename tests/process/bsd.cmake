# core/process/macos (libproc) and core/process/freebsd (sysctl): built and run only on those
# systems (.github/workflows/ports.yml, packaging/ci/freebsd.sh); nothing on Linux or Windows.
if(APPLE OR CMAKE_SYSTEM_NAME STREQUAL "FreeBSD")
    flowscope_gtest(process_bsd_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/bsd_backend_test.cpp
        LIBS flowscope::process)
endif()
