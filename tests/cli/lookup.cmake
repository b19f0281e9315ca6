# flowscope-cli lookup: built-in and user databases, MaxMind's test data against its source
# JSON, every corrupt file falling back in one warning, and a cross-check with mmdblookup.
add_test(NAME cli_lookup
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/lookup_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA}
            ${PROJECT_SOURCE_DIR}/resources)
set_tests_properties(cli_lookup PROPERTIES TIMEOUT 600)
