# The eBPF socket tracker (Linux): socket_tracker.bpf.c compiled by clang for the BPF target
# and embedded into core/process as a libbpf skeleton (bpftool gen skeleton). CO-RE: the
# object carries its field relocations and needs no kernel headers at build time; the
# running kernel's BTF is read when it loads. FLOWSCOPE_EBPF=AUTO (default) builds it where
# libbpf, clang and bpftool are found, ON requires them, OFF leaves it out; without it the
# tracker reports "this build has no eBPF support" and snapshots are used.
set(FLOWSCOPE_EBPF AUTO CACHE STRING "Build the eBPF socket tracker (AUTO, ON, OFF)")
set(_ebpf_dir ${CMAKE_CURRENT_LIST_DIR})
set(process_ebpf_srcs ${_ebpf_dir}/socket_tracker_absent.cpp)
set(process_ebpf_libs "")
if(NOT FLOWSCOPE_EBPF STREQUAL "OFF" AND NOT CMAKE_CROSSCOMPILING)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(LIBBPF IMPORTED_TARGET libbpf)
    find_program(FLOWSCOPE_BPF_CLANG NAMES clang clang-16 clang-15 clang-14)
    find_program(FLOWSCOPE_BPFTOOL bpftool PATHS /usr/sbin /sbin /usr/local/sbin)
    if(LIBBPF_FOUND AND FLOWSCOPE_BPF_CLANG AND FLOWSCOPE_BPFTOOL)
        set(_gen ${CMAKE_CURRENT_BINARY_DIR}/ebpf)
        file(MAKE_DIRECTORY ${_gen})
        if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
            set(_arch x86)
        elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
            set(_arch arm64)
        else()
            set(_arch ${CMAKE_SYSTEM_PROCESSOR})
        endif()
        add_custom_command(OUTPUT ${_gen}/socket_tracker.bpf.o
            COMMAND ${FLOWSCOPE_BPF_CLANG} -g -O2 -target bpf -D__TARGET_ARCH_${_arch}
                    -I/usr/include/${CMAKE_LIBRARY_ARCHITECTURE} -I${_ebpf_dir}
                    -c ${_ebpf_dir}/socket_tracker.bpf.c -o ${_gen}/socket_tracker.bpf.o
            DEPENDS ${_ebpf_dir}/socket_tracker.bpf.c ${_ebpf_dir}/socket_event.h
            COMMENT "Compiling the eBPF socket tracker" VERBATIM)
        add_custom_command(OUTPUT ${_gen}/socket_tracker.skel.h
            COMMAND sh -c "\"$0\" gen skeleton \"$1\" name socket_tracker > \"$2\""
                    ${FLOWSCOPE_BPFTOOL} ${_gen}/socket_tracker.bpf.o ${_gen}/socket_tracker.skel.h
            DEPENDS ${_gen}/socket_tracker.bpf.o
            COMMENT "Embedding the eBPF socket tracker (bpftool gen skeleton)" VERBATIM)
        set(process_ebpf_srcs ${_ebpf_dir}/socket_tracker.cpp ${_gen}/socket_tracker.skel.h)
        set(process_ebpf_libs PkgConfig::LIBBPF)
        set(FLOWSCOPE_HAVE_EBPF ON)
        message(STATUS "eBPF socket tracker: built (${FLOWSCOPE_BPF_CLANG}, ${FLOWSCOPE_BPFTOOL})")
    elseif(FLOWSCOPE_EBPF STREQUAL "ON")
        message(FATAL_ERROR "FLOWSCOPE_EBPF=ON needs libbpf (libbpf-dev), clang and bpftool")
    else()
        message(STATUS "eBPF socket tracker: not built (libbpf-dev, clang or bpftool missing)")
    endif()
endif()
