# core/icons/windows. The packaged-app part (AppxManifest.xml, logo variants) is plain C++:
# icons_appx_test runs on every OS (on Linux it compiles those files itself). The shell
# icon part only in the MinGW cross build (tools/cross_windows.sh), run under wine.
set(icons_windows_dir ${PROJECT_SOURCE_DIR}/core/icons/windows)
if(WIN32)
    flowscope_gtest(icons_appx_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/windows_appx_test.cpp
        LIBS flowscope::icons)
    target_include_directories(icons_appx_test PRIVATE ${PROJECT_SOURCE_DIR})

    # Icon resources with known pixels, generated and compiled with windres.
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(test_icons_dir ${CMAKE_BINARY_DIR}/test-icons)
    add_custom_command(
        OUTPUT ${test_icons_dir}/test_icons.rc ${test_icons_dir}/alpha.ico ${test_icons_dir}/mask.ico
        COMMAND Python3::Interpreter ${CMAKE_CURRENT_LIST_DIR}/make_windows_test_icons.py
                ${test_icons_dir}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/make_windows_test_icons.py
        COMMENT "Generating the test icons")
    set_source_files_properties(${test_icons_dir}/test_icons.rc PROPERTIES
        OBJECT_DEPENDS "${test_icons_dir}/alpha.ico;${test_icons_dir}/mask.ico")
    flowscope_gtest(icons_windows_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/windows_icon_test.cpp ${test_icons_dir}/test_icons.rc
        LIBS flowscope::icons)
    # windres finds the .ico files through the include path.
    target_include_directories(icons_windows_test PRIVATE ${PROJECT_SOURCE_DIR} ${test_icons_dir})
else()
    flowscope_gtest(icons_appx_test
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/windows_appx_test.cpp
                ${icons_windows_dir}/mini_xml.cpp
                ${icons_windows_dir}/appx_manifest.cpp
                ${icons_windows_dir}/appx_logo.cpp
        LIBS flowscope::base)
    target_include_directories(icons_appx_test PRIVATE ${PROJECT_SOURCE_DIR})
endif()
