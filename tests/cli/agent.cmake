# flowscope-cli agent: usage errors; as root, in a private network namespace, live capture of
# loopback recorded into a history database and exported to Debian's nfcapd, stopped by SIGTERM
# mid-run: the collector's per-flow packets and bytes equal `flows` on the same traffic, and the
# history's totals equal the exported ones (skipped, 77, without root, unshare or nfcapd).
add_test(NAME cli_agent
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/agent_test.py
            $<TARGET_FILE:flowscope-cli>)
set_tests_properties(cli_agent PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
