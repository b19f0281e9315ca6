# flowscope-cli's `icon` command (app/cli/icon_command.cpp and the files it uses): core/icons
# finds the icon, libpng reads and writes PNG, librsvg + cairo draw SVG (linked into the CLI
# only, never into core/), and icons/generic-program.svg is compiled in.
set(FLOWSCOPE_ICON_CLI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/icon_command.cpp ${CMAKE_CURRENT_LIST_DIR}/icon_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/png_codec.cpp ${CMAKE_CURRENT_LIST_DIR}/svg_render.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_scale.cpp)
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
target_link_libraries(flowscope-cli PRIVATE flowscope::icons PkgConfig::FLOWSCOPE_ICON_RENDER)
