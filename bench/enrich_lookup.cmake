# Country + AS lookup per address (core/enrich) against bare libmaxminddb in the same process;
# bench/enrich_lookup.sh adds mmdblookup, timed in the same script.
add_executable(bench_enrich_lookup ${CMAKE_CURRENT_LIST_DIR}/enrich_lookup_bench.cpp)
flowscope_warnings(bench_enrich_lookup)
# The baseline calls libmaxminddb directly: bench/ is not part of the layered core.
target_link_libraries(bench_enrich_lookup PRIVATE flowscope::enrich PkgConfig::MAXMINDDB)
# The same lookups, counted by callgrind instead of timed (see the file's header).
add_executable(bench_enrich_lookup_count ${CMAKE_CURRENT_LIST_DIR}/enrich_lookup_count.cpp)
flowscope_warnings(bench_enrich_lookup_count)
target_link_libraries(bench_enrich_lookup_count PRIVATE flowscope::enrich)
