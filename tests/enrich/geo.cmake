# core/enrich part 1: MMDB files (libmaxminddb) checked in full, the geo resolver, its cache and
# the per-flow annotation call; files changed on disk while in use. Data: tests/data/mmdb/ and
# the built-in databases in resources/.
flowscope_gtest(enrich_geo_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/mmdb_database_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/mmdb_bad_data_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/geo_resolver_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/geo_cache_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/geo_reload_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/mmdb_shipped_test.cpp
    LIBS flowscope::enrich)
