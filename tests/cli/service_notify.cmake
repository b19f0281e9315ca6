# sd_notify from record and export (the packaged units are Type=notify): READY=1 once the
# adapter is open, a datagram sent at READY is recorded, STOPPING=1 on SIGTERM, no READY when
# the capture cannot start; directly and through the capture helper (root in a private network
# namespace; skipped, 77, without).
if(TARGET flowscope-capture)
    set(notify_helper $<TARGET_FILE:flowscope-capture>)
else()
    set(notify_helper "")
endif()
add_test(NAME cli_service_notify
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/service_notify_test.py
            $<TARGET_FILE:flowscope-cli> ${notify_helper})
set_tests_properties(cli_service_notify PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
