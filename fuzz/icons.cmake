# core/icons: XPM, desktop entries, index.theme, shell command lines (Linux / BSD backend).
# Run: icon_files_fuzzer NEW_CORPUS_DIR fuzz/corpus/icon_files -max_total_time=60
if(TARGET flowscope_icons AND NOT WIN32 AND NOT APPLE)
    flowscope_fuzzer(icon_files_fuzzer icon_files_fuzzer.cpp icons)
endif()
