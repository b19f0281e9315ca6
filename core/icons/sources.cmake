# core/icons: program path -> application icon. Platform-independent cache plus one backend
# per OS (freedesktop on Linux and the BSDs, shell32/AppX on Windows, NSWorkspace on macOS).
flowscope_sources(icons_srcs icons)
set(icons_os_libs "")
if(WIN32)
    flowscope_sources(icons_os_srcs icons/windows)
    set(icons_os_libs shell32 gdi32 user32 ole32)
elseif(APPLE)
    # Objective-C++ (OBJCXX is enabled by the top-level CMakeLists.txt on Apple) with ARC.
    file(GLOB icons_os_srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/icons/macos/*.mm)
    set_source_files_properties(${icons_os_srcs} PROPERTIES COMPILE_OPTIONS "-fobjc-arc")
    set(icons_os_libs "-framework AppKit")
else()
    flowscope_sources(icons_os_srcs icons/freedesktop)
endif()
set(FLOWSCOPE_LAYER_icons "${FLOWSCOPE_LAYER_icons};${icons_os_libs}")
flowscope_core_library(icons SOURCES ${icons_srcs} ${icons_os_srcs}
    DEPS flowscope::base Threads::Threads ${icons_os_libs})
