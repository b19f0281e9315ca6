# Layering (see DESIGN.md): each core/ folder is one static library that may link only the
# libraries below it. flowscope_core_library() records the allowed dependencies, and
# flowscope_check_layers() fails the configure step if a target links anything else.
# Nothing under core/ may find or link Qt; only core/capture links libpcap; only core/enrich
# links libmaxminddb. core/process and core/icons use the OS's own APIs (per-OS backends).

set(FLOWSCOPE_LAYER_base "")
set(FLOWSCOPE_LAYER_packet "flowscope::base")
set(FLOWSCOPE_LAYER_capture "flowscope::base;flowscope::packet;PkgConfig::PCAP")
set(FLOWSCOPE_LAYER_flow "flowscope::base;flowscope::packet")
set(FLOWSCOPE_LAYER_process "flowscope::base;Threads::Threads")
set(FLOWSCOPE_LAYER_icons "flowscope::base;Threads::Threads")
set(FLOWSCOPE_LAYER_enrich "flowscope::base;flowscope::packet;PkgConfig::MAXMINDDB;Threads::Threads")
set(FLOWSCOPE_LAYER_engine "flowscope::base;flowscope::packet;flowscope::capture;flowscope::flow;flowscope::process;flowscope::enrich;Threads::Threads")
# alerts holds the notifier sink: it consumes the engine's snapshots.
set(FLOWSCOPE_LAYER_alerts "flowscope::base;flowscope::engine;Threads::Threads")
# store holds the history recorder sink (above the engine) and is the only user of SQLite.
set(FLOWSCOPE_LAYER_store "flowscope::base;flowscope::engine;flowscope::enrich;PkgConfig::SQLITE3;Threads::Threads")
# export holds the IPFIX exporter sink (above the engine); it uses only the OS's sockets.
set(FLOWSCOPE_LAYER_export "flowscope::base;flowscope::engine;Threads::Threads")

function(flowscope_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
    if(NOT ARG_SOURCES)
        message(STATUS "core/${name} has no sources yet; not built")
        return()
    endif()
    add_library(flowscope_${name} STATIC ${ARG_SOURCES})
    add_library(flowscope::${name} ALIAS flowscope_${name})
    target_include_directories(flowscope_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    flowscope_warnings(flowscope_${name})
    set(allowed ${FLOWSCOPE_LAYER_${name}})
    foreach(dep IN LISTS ARG_DEPS)
        if(NOT dep IN_LIST allowed)
            message(FATAL_ERROR "Layer violation: core/${name} may not link ${dep} (allowed: ${allowed})")
        endif()
        if(dep MATCHES "^Qt")
            message(FATAL_ERROR "Layer violation: core/${name} may not link Qt")
        endif()
    endforeach()
    target_link_libraries(flowscope_${name} PUBLIC ${ARG_DEPS})
endfunction()
