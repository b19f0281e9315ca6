# core/process: the platform-independent matcher, cache and retries (unit tests with an
# injectable clock), and on Linux the backend and resolver against real processes in a
# private network namespace (skipped with a reason where one cannot be made).
# The socket-opening helper uses Linux-only calls (prctl, ...): Linux only.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_executable(flowscope-test-sockets ${CMAKE_CURRENT_LIST_DIR}/test_sockets.cpp)
    flowscope_warnings(flowscope-test-sockets)
endif()

flowscope_gtest(process_tests
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/socket_index_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/process_resolver_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/resolver_lookup_test.cpp
        ${CMAKE_CURRENT_LIST_DIR}/socket_events_test.cpp
    LIBS flowscope::process)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_gtest(process_linux_tests
        SOURCES
            ${CMAKE_CURRENT_LIST_DIR}/procfs_parse_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/pid_inode_scanner_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/kernel_btf_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/socket_fd_iterator_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/linux_backend_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/netlink_lookup_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/socket_event_decoder_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/socket_tracker_test.cpp
        LIBS flowscope::process)
    # How many short connections get attributed depends on the CPU the resolver gets: alone.
    flowscope_gtest(process_attribution_tests SERIAL
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/attribution_test.cpp
        LIBS flowscope::process)
    # The kernel BTF reader is compared with libbpf's reading where libbpf is there.
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(TEST_LIBBPF IMPORTED_TARGET libbpf)
    if(TEST_LIBBPF_FOUND)
        target_link_libraries(process_linux_tests PRIVATE PkgConfig::TEST_LIBBPF)
        target_compile_definitions(process_linux_tests PRIVATE FLOWSCOPE_TEST_LIBBPF=1)
    else()
        target_compile_definitions(process_linux_tests PRIVATE FLOWSCOPE_TEST_LIBBPF=0)
    endif()
    foreach(t process_linux_tests process_attribution_tests)
        add_dependencies(${t} flowscope-test-sockets)
        target_compile_definitions(${t} PRIVATE
            FLOWSCOPE_TEST_SOCKETS="$<TARGET_FILE:flowscope-test-sockets>")
    endforeach()
endif()

# The engine with process identification (live on loopback, in a private network namespace).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_gtest(process_engine_tests
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/engine_process_test.cpp
        LIBS flowscope::engine)
    add_dependencies(process_engine_tests flowscope-test-sockets)
    target_compile_definitions(process_engine_tests PRIVATE
        FLOWSCOPE_TEST_SOCKETS="$<TARGET_FILE:flowscope-test-sockets>")
    if(TARGET flowscope-capture)  # the same engine, capturing through the helper
        add_test(NAME process_engine_helper COMMAND process_engine_tests)
        set_tests_properties(process_engine_helper PROPERTIES TIMEOUT 300 ENVIRONMENT
            "FLOWSCOPE_CAPTURE=helper;FLOWSCOPE_CAPTURE_HELPER=$<TARGET_FILE:flowscope-capture>")
    endif()
endif()
