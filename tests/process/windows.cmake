# core/process/windows: built only by the MinGW cross build (tools/cross_windows.sh) and run
# under wine; nothing on other systems.
if(WIN32)
    flowscope_gtest(process_windows_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/windows_backend_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/windows_rows_test.cpp
        LIBS flowscope::process ws2_32)
    target_include_directories(process_windows_test PRIVATE ${PROJECT_SOURCE_DIR})
endif()
