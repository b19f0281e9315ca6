# core/icons/macos (NSWorkspace): built and run only by the macOS CI recipe
# (.github/workflows/ports.yml).
if(APPLE)
    flowscope_gtest(icons_macos_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/macos_icon_test.cpp
        LIBS flowscope::icons)
endif()
