# Run: blocklist_fuzzer NEW_CORPUS_DIR fuzz/corpus/blocklist -max_total_time=60
flowscope_fuzzer(blocklist_fuzzer blocklist_fuzzer.cpp alerts)
