# NameLearner::observe per packet (core/enrich) against decodePacket alone, same process.
add_executable(bench_names ${CMAKE_CURRENT_LIST_DIR}/names_bench.cpp)
flowscope_warnings(bench_names)
target_link_libraries(bench_names PRIVATE flowscope::enrich flowscope::capture flowscope::packet)
