# flowscope-cli export: usage errors, and a capture file exported to Debian's nfcapd and
# pmacct's nfacctd on loopback whose per-flow packets and bytes equal `flows --format json`
# (skipped, 77, without either; tools/packages/test-export.list installs them); as root, a live
# capture of loopback in a private network namespace with traffic of known sizes.
add_test(NAME cli_export
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/export_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_export PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)

# flowscope-cli export --transport tcp: socat takes the TCP stream on loopback, CERT's
# ipfixDump (libfixbuf-tools) decodes it: per-flow sums equal `flows` for IPv4 and IPv6 files;
# as root, a live run whose collector is stopped and restarted mid-run loses nothing.
add_test(NAME cli_export_tcp
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/export_tcp_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_export_tcp PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 240)
