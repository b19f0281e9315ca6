# Run: ipfix_fuzzer NEW_CORPUS_DIR fuzz/corpus/ipfix -max_total_time=60
# The decoder and encoder are compiled into the fuzzer itself (instrumented with it), so the
# fuzzer needs only flowscope::base and not the engine below core/export.
flowscope_fuzzer(ipfix_fuzzer ipfix_fuzzer.cpp base)
target_sources(ipfix_fuzzer PRIVATE ${PROJECT_SOURCE_DIR}/core/export/ipfix_decoder.cpp
    ${PROJECT_SOURCE_DIR}/core/export/ipfix_encoder.cpp)
