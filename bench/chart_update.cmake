# Traffic chart update cost: the TrafficChart against clear() + append() of all points, in
# the same run (needs Qt).
if(NOT FLOWSCOPE_CORE_ONLY)
    add_executable(bench_chart_update ${CMAKE_CURRENT_LIST_DIR}/chart_update_bench.cpp)
    flowscope_warnings(bench_chart_update)
    target_link_libraries(bench_chart_update PRIVATE flowscope::ui)
endif()
