# flowscope-cli processes: real processes in a private network namespace, an unprivileged
# reader for hidden owners (skipped with a reason when not root).
if(NOT TARGET flowscope-test-sockets)  # Linux only
    return()
endif()
add_test(NAME cli_processes
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/processes_test.py
            $<TARGET_FILE:flowscope-cli> $<TARGET_FILE:flowscope-test-sockets>)
set_tests_properties(cli_processes PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
