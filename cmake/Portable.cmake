# FLOWSCOPE_PORTABLE_ONLY: build only core/base, core/process and core/icons and their
# Windows tests, without libpcap, libmaxminddb or Qt. This is how the Windows backends are
# cross-compiled with MinGW and tested under wine (tools/cross_windows.sh); it also
# configures natively (then the per-OS test files add nothing but portable tests).
find_package(Threads REQUIRED)

# Cross-compiling for Windows, the whole of flowscope-cli.exe is built too (core/ without Qt,
# app/cli, resources/), with libmaxminddb and SQLite cross-built from Debian's sources.
option(FLOWSCOPE_WINDOWS_CLI "Windows cross build: also build flowscope-cli.exe" ON)
if(NOT WIN32)
    set(FLOWSCOPE_WINDOWS_CLI OFF)
endif()
if(FLOWSCOPE_WINDOWS_CLI)
    include(cmake/WindowsCliDeps.cmake)
    set(FLOWSCOPE_CORE_ONLY ON)
endif()

add_subdirectory(core)
if(FLOWSCOPE_WINDOWS_CLI)
    add_subdirectory(app)
    add_subdirectory(resources)
endif()

if(WIN32 AND TARGET flowscope_base)
    # inet_pton / inet_ntop come from Winsock on Windows.
    target_link_libraries(flowscope_base PUBLIC ws2_32)
endif()

if(NOT FLOWSCOPE_TESTS)
    return()
endif()

enable_testing()
if(WIN32)
    enable_language(RC)  # tests embed icon resources (windres)
endif()
if(CMAKE_CROSSCOMPILING)
    # No GoogleTest for the target system: build it from Debian's sources (package googletest).
    set(FLOWSCOPE_GTEST_SOURCE_DIR /usr/src/googletest CACHE PATH "GoogleTest sources")
    if(NOT EXISTS ${FLOWSCOPE_GTEST_SOURCE_DIR}/CMakeLists.txt)
        message(FATAL_ERROR "GoogleTest sources not found in ${FLOWSCOPE_GTEST_SOURCE_DIR}: "
                            "install the googletest package or set FLOWSCOPE_GTEST_SOURCE_DIR.")
    endif()
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    set(gtest_disable_pthreads OFF CACHE BOOL "" FORCE)
    add_subdirectory(${FLOWSCOPE_GTEST_SOURCE_DIR} ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
else()
    find_package(GTest REQUIRED)
endif()

set(FLOWSCOPE_TEST_DATA ${PROJECT_SOURCE_DIR}/tests/data)

# Same signature as tests/CMakeLists.txt's, but one ctest test per executable: listing the
# tests of a cross-compiled executable would run it under the emulator at build time.
function(flowscope_gtest name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    flowscope_warnings(${name})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE FLOWSCOPE_TEST_DATA="${FLOWSCOPE_TEST_DATA}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES TIMEOUT 300)
endfunction()

# Only the per-OS test files of the portable libraries and of core/capture (they use
# CMAKE_CURRENT_LIST_DIR).
foreach(f ${PROJECT_SOURCE_DIR}/tests/process/windows.cmake
          ${PROJECT_SOURCE_DIR}/tests/icons/windows.cmake
          ${PROJECT_SOURCE_DIR}/tests/capture/windows.cmake)
    if(EXISTS ${f})
        include(${f})
    endif()
endforeach()
# flowscope-cli.exe and its NSIS installer under wine.
foreach(f ${PROJECT_SOURCE_DIR}/tests/windows/windows.cmake)
    if(EXISTS ${f})
        include(${f})
    endif()
endforeach()
