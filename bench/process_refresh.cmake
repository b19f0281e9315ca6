# The process-refresh benchmark (Linux): a socket load generator and the timing program;
# bench/process_bench.sh runs them in a private network namespace next to `ss -tunap`.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_executable(bench_process_load ${CMAKE_CURRENT_LIST_DIR}/process_load.cpp)
    flowscope_warnings(bench_process_load)
    add_executable(bench_process_refresh ${CMAKE_CURRENT_LIST_DIR}/process_refresh_bench.cpp
        ${CMAKE_CURRENT_LIST_DIR}/process_load_control.cpp)
    flowscope_warnings(bench_process_refresh)
    target_link_libraries(bench_process_refresh PRIVATE flowscope::process)
endif()
