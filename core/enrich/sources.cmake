# core/enrich: geolocation + AS (libmaxminddb, linked only here), services, address kinds,
# reverse DNS, and names learned from DNS answers / TLS SNI / HTTP Host.
flowscope_sources(enrich_srcs enrich)
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/sources.cmake)  # Winsock for reverse DNS
endif()
flowscope_core_library(enrich SOURCES ${enrich_srcs}
    DEPS flowscope::base flowscope::packet PkgConfig::MAXMINDDB Threads::Threads)
# Part 1 (geo, AS, services): findResource() falls back to the source tree's resources/ for a
# build that was not installed.
if(TARGET flowscope_enrich)
    target_compile_definitions(flowscope_enrich PRIVATE
        FLOWSCOPE_SOURCE_RESOURCES="${PROJECT_SOURCE_DIR}/resources")
endif()
