# flowscope-cli.exe and its NSIS installer under wine (tools/cross_windows.sh runs ctest with a
# private WINEPREFIX). The installer is a build product: `cmake --build` runs
# tools/windows_installer.sh (makensis) after flowscope-cli.exe changes.
if(NOT TARGET flowscope-cli)
    return()
endif()
find_program(FLOWSCOPE_MAKENSIS makensis)
if(NOT FLOWSCOPE_MAKENSIS)
    message(STATUS "makensis not found (Debian package nsis): no Windows installer, no installer test")
    return()
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(installer ${CMAKE_BINARY_DIR}/flowscope-cli-${PROJECT_VERSION}-setup.exe)
file(GLOB nsis_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/windows/*.nsi
     ${PROJECT_SOURCE_DIR}/packaging/windows/*.nsh)
add_custom_command(OUTPUT ${installer}
    COMMAND ${PROJECT_SOURCE_DIR}/tools/windows_installer.sh ${CMAKE_BINARY_DIR} > /dev/null
    DEPENDS flowscope-cli ${nsis_sources} ${PROJECT_SOURCE_DIR}/tools/windows_installer.sh
    COMMENT "makensis: flowscope-cli installer"
    VERBATIM)
add_custom_target(windows_cli_installer ALL DEPENDS ${installer})

if(FLOWSCOPE_WINE)
    add_test(NAME windows_cli_installer
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/installer_test.py
                ${installer} ${FLOWSCOPE_TEST_DATA} ${PROJECT_VERSION})
    # The desktop app's installer script, with flowscope-cli.exe standing in for the Qt app
    # (built on a Windows runner only): compiles, installs, associates, uninstalls.
    add_test(NAME windows_gui_installer_script
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/gui_installer_test.py
                ${CMAKE_BINARY_DIR}/stage ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
    # Both install into wine's C:\Program Files\Flowscope.
    set_tests_properties(windows_cli_installer windows_gui_installer_script PROPERTIES
        TIMEOUT 600 RESOURCE_LOCK wine_program_files)
endif()
