# The Linux / BSD backend of core/icons: desktop entries, icon themes, the backend end to end
# on fixtures, and real entries and themes from Debian packages (tools/packages/test-icons.list).
if(NOT WIN32 AND NOT APPLE AND TARGET flowscope::icons)
    flowscope_gtest(icons_freedesktop_tests
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/desktop_entry_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/desktop_index_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/icon_theme_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/backend_test.cpp
                ${CMAKE_CURRENT_LIST_DIR}/system_icons_test.cpp
        LIBS flowscope::icons)
endif()
