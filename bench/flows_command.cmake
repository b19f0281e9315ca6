# The whole `flowscope-cli flows --read` command (json, csv, table) against a bare libpcap
# loop (this program) and tshark -z conv,ip, timed as processes by bench/flows_command_bench.py.
add_executable(bench_pcap_loop ${CMAKE_CURRENT_LIST_DIR}/pcap_loop.cpp)
flowscope_warnings(bench_pcap_loop)
target_link_libraries(bench_pcap_loop PRIVATE PkgConfig::PCAP)
