# Names: DNS answers, TLS SNI, HTTP Host (NameLearner) and reverse DNS (ReverseDnsResolver).
flowscope_gtest(names_parser_tests
    SOURCES names_dns_test.cpp names_tls_http_test.cpp
    LIBS flowscope::enrich)
flowscope_gtest(names_learner_tests
    SOURCES names_learner_test.cpp
    LIBS flowscope::enrich flowscope::packet)
# Real captures are read with core/capture's FileReader: linked by this test only.
flowscope_gtest(names_capture_tests
    SOURCES names_capture_test.cpp
    LIBS flowscope::enrich flowscope::capture flowscope::packet)
flowscope_gtest(reverse_dns_tests
    SOURCES reverse_dns_test.cpp names_fake_dns_server.cpp
    LIBS flowscope::enrich Threads::Threads)
# The engine's copy policy (core/engine/payload_policy) against whole frames: linked here only.
flowscope_gtest(names_copy_policy_tests
    SOURCES names_copy_policy_test.cpp
    LIBS flowscope::enrich flowscope::engine flowscope::capture flowscope::packet)
# The committed expectations are still what tshark computes (skipped without tshark).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME names_expected_match_tshark
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/names_expected.py --check
        ${FLOWSCOPE_TEST_DATA})
set_tests_properties(names_expected_match_tshark PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
