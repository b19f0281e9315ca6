# JSON lines (flows --format jsonl, export --jsonl): a capture file's per-flow sums equal
# `flows --format json`; as root, in a private network namespace, live lines arrive while the
# command runs and SIGTERM writes the rest.
add_test(NAME cli_jsonl
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/jsonl_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_jsonl PROPERTIES TIMEOUT 180)
