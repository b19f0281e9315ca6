# Live ingest through the capture helper against direct capture on a veth flood
# (bench/capture_helper_bench.py drives flowscope-cli; this is its UDP sender).
add_executable(bench_veth_flood ${CMAKE_CURRENT_LIST_DIR}/veth_flood.cpp)
flowscope_warnings(bench_veth_flood)
