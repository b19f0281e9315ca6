# FlowJsonText (app/cli/flow_json.*), compiled in: byte for byte what JsonWriter writes for the
# same flows.
flowscope_gtest(cli_flow_json_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/flow_json_test.cpp ${PROJECT_SOURCE_DIR}/app/cli/flow_json.cpp
            ${PROJECT_SOURCE_DIR}/app/cli/json_writer.cpp ${PROJECT_SOURCE_DIR}/app/cli/text_out.cpp
    LIBS flowscope::engine)
target_include_directories(cli_flow_json_tests PRIVATE ${PROJECT_SOURCE_DIR})
