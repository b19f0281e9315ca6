# libFuzzer target for core/packet (included by fuzz/CMakeLists.txt with FLOWSCOPE_FUZZ=ON).
# Run: decoder_fuzzer NEW_CORPUS_DIR fuzz/corpus/decoder -max_total_time=60
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(WARNING "decoder_fuzzer needs clang (configure with CXX=clang++); not built")
    return()
endif()
add_executable(decoder_fuzzer ${CMAKE_CURRENT_LIST_DIR}/decoder_fuzzer.cpp)
flowscope_warnings(decoder_fuzzer)
target_compile_options(decoder_fuzzer PRIVATE -fsanitize=fuzzer,address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_link_options(decoder_fuzzer PRIVATE -fsanitize=fuzzer,address,undefined)
target_link_libraries(decoder_fuzzer PRIVATE flowscope::packet)

# Coverage feedback and ASan/UBSan checks inside the decoder itself.
if(FLOWSCOPE_FUZZ)
    target_compile_options(flowscope_packet PRIVATE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()
