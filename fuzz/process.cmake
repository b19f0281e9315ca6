# core/process (Linux): the /proc/net socket table parser.
# Run: procfs_sockets_fuzzer NEW_CORPUS_DIR fuzz/corpus/procfs_sockets -max_total_time=60
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    flowscope_fuzzer(procfs_sockets_fuzzer procfs_sockets_fuzzer.cpp process)
endif()
