# History (core/store): synthetic days for tests and screenshots (history_synth), and the
# recorder's cost per tick, the report query and bytes per day (bench_history).
add_library(history_synth_lib STATIC ${CMAKE_CURRENT_LIST_DIR}/history_synth.cpp)
flowscope_warnings(history_synth_lib)
target_link_libraries(history_synth_lib PUBLIC flowscope::store)
add_executable(history_synth ${CMAKE_CURRENT_LIST_DIR}/history_synth_main.cpp)
flowscope_warnings(history_synth)
target_link_libraries(history_synth PRIVATE history_synth_lib)
add_executable(bench_history ${CMAKE_CURRENT_LIST_DIR}/history_bench.cpp)
flowscope_warnings(bench_history)
target_link_libraries(bench_history PRIVATE history_synth_lib)
