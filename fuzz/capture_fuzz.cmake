# libFuzzer target for core/capture's file parser (included by fuzz/CMakeLists.txt with
# FLOWSCOPE_FUZZ=ON). Run: file_reader_fuzzer fuzz/corpus/file_reader -max_total_time=60
add_executable(file_reader_fuzzer ${CMAKE_CURRENT_LIST_DIR}/file_reader_fuzzer.cpp)
flowscope_warnings(file_reader_fuzzer)
target_compile_options(file_reader_fuzzer PRIVATE -fsanitize=fuzzer,address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_link_options(file_reader_fuzzer PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(file_reader_fuzzer PRIVATE flowscope::capture)

# Coverage feedback and ASan/UBSan checks inside the parser itself. Anything else linking the
# instrumented library gets the sanitizer runtimes through the INTERFACE link options.
if(FLOWSCOPE_FUZZ)
    target_compile_options(flowscope_capture PRIVATE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(flowscope_capture INTERFACE -fsanitize=address,undefined)
endif()
