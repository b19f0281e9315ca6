# Blocklist loading and per-flow lookups (core/alerts) against exact-address hashing.
add_executable(bench_blocklist ${CMAKE_CURRENT_LIST_DIR}/blocklist_bench.cpp)
flowscope_warnings(bench_blocklist)
target_link_libraries(bench_blocklist PRIVATE flowscope::alerts)
