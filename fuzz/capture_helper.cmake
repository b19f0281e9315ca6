# core/capture: the capture helper's stream decoder (core/capture/helper_protocol.h).
# Run: helper_protocol_fuzzer NEW_CORPUS_DIR fuzz/corpus/helper_protocol -max_total_time=60
flowscope_fuzzer(helper_protocol_fuzzer helper_protocol_fuzzer.cpp capture)
