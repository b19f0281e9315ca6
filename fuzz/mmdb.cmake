# Run: mmdb_fuzzer NEW_CORPUS_DIR fuzz/corpus/mmdb -max_total_time=60
flowscope_fuzzer(mmdb_fuzzer mmdb_fuzzer.cpp enrich)
