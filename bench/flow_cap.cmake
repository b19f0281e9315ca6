add_executable(bench_flow_cap ${CMAKE_CURRENT_LIST_DIR}/flow_cap_bench.cpp)
flowscope_warnings(bench_flow_cap)
target_link_libraries(bench_flow_cap PRIVATE flowscope::flow flowscope::capture flowscope::packet)
