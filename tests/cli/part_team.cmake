# PartTeam (app/cli/part_team.*), compiled in: the threads `flows` prints on.
flowscope_gtest(cli_part_team_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/part_team_test.cpp ${PROJECT_SOURCE_DIR}/app/cli/part_team.cpp
    LIBS flowscope::base)
target_include_directories(cli_part_team_tests PRIVATE ${PROJECT_SOURCE_DIR})
