# flowscope-cli icon: PNG output at the requested size, --explain, generic icon, errors.
if(TARGET flowscope::icons AND NOT WIN32 AND NOT APPLE)
    add_test(NAME cli_icon
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/icon_test.py
                $<TARGET_FILE:flowscope-cli> ${FLOWSCOPE_TEST_DATA})
    set_tests_properties(cli_icon PROPERTIES TIMEOUT 300)
endif()
