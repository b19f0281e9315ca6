# Run: history_db_fuzzer NEW_CORPUS_DIR fuzz/corpus/history_db -max_total_time=60
flowscope_fuzzer(history_db_fuzzer history_db_fuzzer.cpp store)
