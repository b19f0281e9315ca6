# core/icons' platform-independent parts: the cache and its asynchronous service, the XPM reader.
if(TARGET flowscope::icons)
    flowscope_gtest(icons_cache_tests
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/icon_cache_test.cpp
        LIBS flowscope::icons)
    flowscope_gtest(icons_xpm_tests
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/xpm_image_test.cpp
        LIBS flowscope::icons)
endif()
