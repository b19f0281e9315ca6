# What `flows` counts: connections on a reused TCP 5-tuple (against tshark's tcp.stream), and
# flows evicted at --max-flows (JSON totals, table summary, a note on stderr).
add_test(NAME cli_flows_count
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/flows_count_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_flows_count PROPERTIES TIMEOUT 120)
