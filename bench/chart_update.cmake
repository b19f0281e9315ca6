# Traffic chart update cost: the TrafficChart against its previous version and against
# clear() + append(), in the same run (needs Qt).
if(NOT FLOWSCOPE_CORE_ONLY)
    add_executable(bench_chart_update ${CMAKE_CURRENT_LIST_DIR}/chart_update_bench.cpp
        ${CMAKE_CURRENT_LIST_DIR}/chart_update_before.cpp
        ${CMAKE_CURRENT_LIST_DIR}/chart_update_before.h)
    flowscope_warnings(bench_chart_update)
    target_link_libraries(bench_chart_update PRIVATE flowscope::ui)
endif()
