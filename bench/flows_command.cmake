# The whole `flowscope-cli flows --read` command (json, csv, table) against a bare libpcap
# loop (this program) and tshark -z conv,ip, timed as processes by bench/flows_command_bench.py.
add_executable(bench_pcap_loop ${CMAKE_CURRENT_LIST_DIR}/pcap_loop.cpp)
flowscope_warnings(bench_pcap_loop)
target_link_libraries(bench_pcap_loop PRIVATE PkgConfig::PCAP)
# `cmake --build build --target bench_flows_command` builds what the script needs and runs it.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND TARGET flowscope-cli)
    add_custom_target(bench_flows_command
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/flows_command_bench.py
                --build ${CMAKE_BINARY_DIR}
        DEPENDS flowscope-cli bench_pcap_loop bench_gen_capture
        USES_TERMINAL)
endif()
