# flowscope-cli flows with damaged --country-db / --asn-db files of the user's (cut, emptied,
# search tree overwritten): one warning sentence each, the built-in database, never a crash.
add_test(NAME cli_flows_user_db
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/flows_user_db_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA}
            ${PROJECT_SOURCE_DIR}/resources)
set_tests_properties(cli_flows_user_db PROPERTIES TIMEOUT 300)
