# JsonWriter (app/cli/json_writer.*), compiled in: escaping and layout through its buffer.
flowscope_gtest(cli_json_writer_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/json_writer_test.cpp ${PROJECT_SOURCE_DIR}/app/cli/json_writer.cpp)
target_include_directories(cli_json_writer_tests PRIVATE ${PROJECT_SOURCE_DIR})
