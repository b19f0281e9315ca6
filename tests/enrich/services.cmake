# core/enrich part 1: the port → service table, address kinds and finding the resource files.
flowscope_gtest(enrich_services_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/service_table_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/address_kind_test.cpp
            ${CMAKE_CURRENT_LIST_DIR}/resources_path_test.cpp
    LIBS flowscope::enrich)
