# Icon lookup: cold resolution of every program with a desktop entry on this machine, warm
# backend and cache hits, against plain listing/reading baselines in the same run.
if(TARGET flowscope::icons AND NOT WIN32 AND NOT APPLE)
    add_executable(bench_icons ${CMAKE_CURRENT_LIST_DIR}/icons_bench.cpp)
    flowscope_warnings(bench_icons)
    target_link_libraries(bench_icons PRIVATE flowscope::icons)
endif()
