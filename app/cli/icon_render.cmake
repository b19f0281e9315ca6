# flowscope-cli's `icon` command (app/cli/icon_command.cpp and the files it uses): core/icons
# finds the icon, libpng reads and writes PNG, librsvg + cairo draw SVG (linked into the CLI
# only, never into core/), and icons/generic-program.svg is compiled in.
set(FLOWSCOPE_ICON_CLI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/icon_command.cpp ${CMAKE_CURRENT_LIST_DIR}/icon_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/png_codec.cpp ${CMAKE_CURRENT_LIST_DIR}/svg_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svg_library.cpp ${CMAKE_CURRENT_LIST_DIR}/image_scale.cpp)
if(WIN32 OR APPLE)
    pkg_check_modules(FLOWSCOPE_ICON_RENDER QUIET IMPORTED_TARGET libpng librsvg-2.0 cairo)
else()
    # Debian: libpng-dev librsvg2-dev (tools/packages/build-icons.list).
    pkg_check_modules(FLOWSCOPE_ICON_RENDER REQUIRED IMPORTED_TARGET libpng librsvg-2.0 cairo)
endif()
if(NOT TARGET flowscope::icons OR NOT FLOWSCOPE_ICON_RENDER_FOUND)
    message(STATUS "flowscope-cli: no 'icon' command (needs core/icons, libpng, librsvg, cairo)")
    set_source_files_properties(${FLOWSCOPE_ICON_CLI_SOURCES} PROPERTIES HEADER_FILE_ONLY ON)
    return()
endif()
set(generic_svg ${PROJECT_SOURCE_DIR}/icons/generic-program.svg)
file(READ ${generic_svg} FLOWSCOPE_GENERIC_PROGRAM_SVG)
configure_file(${CMAKE_CURRENT_LIST_DIR}/generic_program_svg.h.in
               ${CMAKE_CURRENT_BINARY_DIR}/generated/generic_program_svg.h @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${generic_svg})
target_include_directories(flowscope-cli PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # librsvg and cairo are loaded when an SVG is first drawn (app/cli/svg_library.cpp), not
    # linked: with their ~38 dependencies they were a third of every other command's start-up.
    # Their headers only; the sonames have been these since librsvg 2.0 and cairo 1.0. The
    # packages require them by hand (cmake/Packaging.cmake), as shlibdeps cannot see them.
    set(rsvg_soname librsvg-2.so.2)
    set(cairo_soname libcairo.so.2)
    pkg_check_modules(FLOWSCOPE_PNG REQUIRED IMPORTED_TARGET libpng)
    target_include_directories(flowscope-cli SYSTEM PRIVATE ${FLOWSCOPE_ICON_RENDER_INCLUDE_DIRS})
    target_compile_definitions(flowscope-cli PRIVATE FLOWSCOPE_SVG_RUNTIME_LOAD
        FLOWSCOPE_RSVG_SONAME="${rsvg_soname}" FLOWSCOPE_CAIRO_SONAME="${cairo_soname}")
    target_link_libraries(flowscope-cli PRIVATE flowscope::icons PkgConfig::FLOWSCOPE_PNG
                                                ${CMAKE_DL_LIBS})
    # What the packages must require by hand (cmake/Packaging.cmake).
    set_property(GLOBAL PROPERTY FLOWSCOPE_CLI_LOADED_SONAMES ${rsvg_soname} ${cairo_soname})
else()
    target_link_libraries(flowscope-cli PRIVATE flowscope::icons PkgConfig::FLOWSCOPE_ICON_RENDER)
endif()
