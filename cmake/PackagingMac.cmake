# macOS packaging: Flowscope.app and a drag-and-drop DMG (CPack DragNDrop). Written for the Mac
# runner of .github/workflows/macos.yml; not built on the Linux machines (docs/macos.md).
# The bundle is installed at the DMG's top level beside a link to /Applications; macdeployqt
# then copies Qt into it (the workflow runs it on the staged bundle before packaging).
# BPF access (the ChmodBPF-style LaunchDaemon) is a separate small .pkg: packaging/macos/.
if(NOT APPLE OR FLOWSCOPE_CORE_ONLY OR NOT TARGET flowscope)
    return()
endif()

set_target_properties(flowscope PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Flowscope
    MACOSX_BUNDLE_BUNDLE_NAME Flowscope
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.flowscope.Flowscope
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
install(TARGETS flowscope BUNDLE DESTINATION . COMPONENT app)
# The CLI and the data files inside the bundle: core/enrich finds them as
# <exe dir>/../share/flowscope, i.e. Flowscope.app/Contents/share/flowscope.
install(TARGETS flowscope-cli RUNTIME DESTINATION Flowscope.app/Contents/MacOS COMPONENT app)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/ DESTINATION Flowscope.app/Contents/share/flowscope
    COMPONENT app PATTERN CMakeLists.txt EXCLUDE)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME Flowscope)
set(CPACK_PACKAGE_VENDOR "Flowscope contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME Flowscope-${PROJECT_VERSION}-macos)
set(CPACK_DMG_VOLUME_NAME Flowscope)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_COMPONENTS_ALL app)
set(CPACK_DragNDrop_COMPONENT_INSTALL ON)  # only the bundle, not bin/ and share/
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
include(CPack)
