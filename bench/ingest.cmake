add_executable(bench_gen_capture ${CMAKE_CURRENT_LIST_DIR}/gen_capture.cpp)
flowscope_warnings(bench_gen_capture)

add_executable(bench_ingest ${CMAKE_CURRENT_LIST_DIR}/ingest_bench.cpp)
flowscope_warnings(bench_ingest)
# The baseline loop calls libpcap directly: bench/ is not part of the layered core.
target_link_libraries(bench_ingest PRIVATE flowscope::engine PkgConfig::PCAP)
