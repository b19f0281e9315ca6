# The IPFIX exporter per tick at 100,000 flows (core/export): records built, encoded and sent
# over loopback UDP, against one plain pass over the tick, in the same run.
add_executable(bench_export ${CMAKE_CURRENT_LIST_DIR}/export_bench.cpp)
flowscope_warnings(bench_export)
target_link_libraries(bench_export PRIVATE flowscope::export)
