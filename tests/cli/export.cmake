# flowscope-cli export: usage errors, and a capture file exported to Debian's nfcapd and
# pmacct's nfacctd on loopback whose per-flow packets and bytes equal `flows --format json`
# (skipped, 77, without either; tools/packages/test-export.list installs them); as root, a live
# capture of loopback in a private network namespace with traffic of known sizes.
add_test(NAME cli_export
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/export_test.py
            $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
set_tests_properties(cli_export PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
