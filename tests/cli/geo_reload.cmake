# flowscope-cli flows while its --country-db file is truncated, overwritten with random bytes and
# replaced by another valid database: no signal, every row, one warning, the built-in database
# meanwhile.
add_test(NAME cli_geo_reload
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/geo_reload_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA}
            ${PROJECT_SOURCE_DIR}/resources)
set_tests_properties(cli_geo_reload PROPERTIES TIMEOUT 300)
