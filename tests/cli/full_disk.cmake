# --write onto a 1 MiB tmpfs that fills (private mount and network namespaces; root only).
add_test(NAME cli_full_disk
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/full_disk_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_full_disk PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
