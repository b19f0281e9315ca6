# core/capture on Windows (built with flowscope-cli.exe by the MinGW cross build,
# tools/cross_windows.sh) and run under wine: the adapter name -> interface index mapping.
if(WIN32 AND TARGET flowscope_capture)
    flowscope_gtest(capture_windows_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/windows_interface_index_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/interface_index_test.cpp
        LIBS flowscope::capture iphlpapi ws2_32)
    target_include_directories(capture_windows_test PRIVATE ${PROJECT_SOURCE_DIR})
endif()
