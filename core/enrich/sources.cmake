# core/enrich: geolocation + AS (libmaxminddb, linked only here), services, address kinds,
# reverse DNS, and names learned from DNS answers / TLS SNI / HTTP Host.
flowscope_sources(enrich_srcs enrich)
flowscope_core_library(enrich SOURCES ${enrich_srcs}
    DEPS flowscope::base flowscope::packet PkgConfig::MAXMINDDB Threads::Threads)
