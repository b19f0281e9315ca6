add_executable(bench_flow_memory ${CMAKE_CURRENT_LIST_DIR}/flow_memory_bench.cpp)
flowscope_warnings(bench_flow_memory)
target_link_libraries(bench_flow_memory PRIVATE flowscope::flow)
