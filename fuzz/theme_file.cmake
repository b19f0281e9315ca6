# Run: theme_file_fuzzer NEW_CORPUS_DIR fuzz/corpus/theme_file -max_total_time=60
flowscope_fuzzer(theme_file_fuzzer theme_file_fuzzer.cpp base)
