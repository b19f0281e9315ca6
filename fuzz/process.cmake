# core/process (Linux): the /proc/net socket table parser.
# Run: procfs_sockets_fuzzer NEW_CORPUS_DIR fuzz/corpus/procfs_sockets -max_total_time=60
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_fuzzer(procfs_sockets_fuzzer procfs_sockets_fuzzer.cpp process)
endif()

# The eBPF socket tracker's ring-buffer records (decoded on every Linux build, with or
# without libbpf).
# Run: socket_event_fuzzer NEW_CORPUS_DIR fuzz/corpus/socket_event -max_total_time=60
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_fuzzer(socket_event_fuzzer socket_event_fuzzer.cpp process)
endif()

# The kernel BTF reader behind the descriptor iterator (bytes of /sys/kernel/btf/vmlinux).
# Run: kernel_btf_fuzzer NEW_CORPUS_DIR fuzz/corpus/kernel_btf -max_total_time=60
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_fuzzer(kernel_btf_fuzzer kernel_btf_fuzzer.cpp process)
endif()
