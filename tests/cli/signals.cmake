# Signals sent to a real flowscope-cli: --read from a pipe, live on a private lo (root only).
add_test(NAME cli_signals
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/signals_test.py
            $<TARGET_FILE:flowscope-cli>)
set_tests_properties(cli_signals PROPERTIES TIMEOUT 180)
# The same live cases through the capture helper (the helper sits in its own process group).
if(TARGET flowscope-capture)
    add_test(NAME cli_signals_helper
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/signals_test.py
                $<TARGET_FILE:flowscope-cli>)
    set_tests_properties(cli_signals_helper PROPERTIES TIMEOUT 180
                         ENVIRONMENT FLOWSCOPE_CAPTURE=helper)
endif()
