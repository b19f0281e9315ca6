# TimestampText and appendAddress (app/cli/text_out.*), compiled in: the same text as
# formatRfc3339Micros and IpAddress::toString.
flowscope_gtest(cli_text_out_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/text_out_test.cpp ${PROJECT_SOURCE_DIR}/app/cli/text_out.cpp
    LIBS flowscope::base)
target_include_directories(cli_text_out_tests PRIVATE ${PROJECT_SOURCE_DIR})
