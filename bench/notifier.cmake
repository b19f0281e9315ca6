# The notifier's rules per tick at 100,000 flows (core/alerts) against one plain pass over the tick.
add_executable(bench_notifier ${CMAKE_CURRENT_LIST_DIR}/notifier_bench.cpp)
flowscope_warnings(bench_notifier)
target_link_libraries(bench_notifier PRIVATE flowscope::alerts)
