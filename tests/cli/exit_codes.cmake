# The exit-code table, one line per cause (root-only lines are skipped without root).
add_test(NAME cli_exit_codes
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/exit_codes_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_exit_codes PROPERTIES TIMEOUT 300)
