# Linux packages (DEB and RPM) with CPack, and the install rules of the desktop integration:
# desktop entry, AppStream, hicolor icons, the pcapng MIME type, man pages, completions.
# tools/package.sh builds the packages and runs the validators; packaging/README.md lists what
# each package installs and why each validator warning is accepted.
# Included at the end of the top-level CMakeLists.txt, after every target is known.
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR FLOWSCOPE_CORE_ONLY)
    return()
endif()

include(GNUInstallDirs)
set(FLOWSCOPE_APP_ID io.github.flowscope.Flowscope)
set(FLOWSCOPE_HOMEPAGE https://github.com/flowscope/flowscope)
# The project's own code has no licence file yet; packaging/linux/copyright says so.
set(FLOWSCOPE_LICENSE "LicenseRef-Flowscope" CACHE STRING "SPDX licence of the packages")
set(pkg_dir ${PROJECT_SOURCE_DIR}/packaging/linux)
# Where the capture helper lives once installed (app/capture installs it there).
set(FLOWSCOPE_HELPER_PATH /usr/${CMAKE_INSTALL_LIBEXECDIR}/flowscope/flowscope-capture)

# --- Desktop integration -------------------------------------------------------------------
install(FILES ${pkg_dir}/${FLOWSCOPE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${pkg_dir}/${FLOWSCOPE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Debian 12's shared-mime-info knows pcap but not pcapng.
install(FILES ${pkg_dir}/${FLOWSCOPE_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${FLOWSCOPE_APP_ID}.xml)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/icons/app/hicolor/${size}x${size}/apps/${FLOWSCOPE_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/icons/app/${FLOWSCOPE_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Man pages, gzipped at build time with -n (no name or time stamp: reproducible, as lintian asks).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(man_gz)
foreach(page flowscope flowscope-cli)
    set(gz ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND ${GZIP_EXECUTABLE} -9nc ${pkg_dir}/man/${page}.1 > ${gz}
        DEPENDS ${pkg_dir}/man/${page}.1 VERBATIM)
    list(APPEND man_gz ${gz})
endforeach()
add_custom_target(flowscope_man ALL DEPENDS ${man_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Completions for flowscope-cli, in the folders each shell's Debian and Fedora packages read.
install(FILES ${pkg_dir}/completions/flowscope-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME flowscope-cli)
install(FILES ${pkg_dir}/completions/_flowscope-cli
    DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${pkg_dir}/completions/flowscope-cli.fish
    DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# Debian policy: the copyright file and the gzipped changelog in the package's doc folder
# (the RPM carries them too: harmless, and one install tree for both).
set(changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND ${GZIP_EXECUTABLE} -9nc ${pkg_dir}/changelog > ${changelog_gz}
    DEPENDS ${pkg_dir}/changelog VERBATIM)
add_custom_target(flowscope_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${pkg_dir}/copyright ${changelog_gz} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/flowscope)

# --- CPack ---------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;RPM")
set(CPACK_PACKAGE_NAME flowscope)
set(CPACK_PACKAGE_VENDOR "The Flowscope developers")
set(CPACK_PACKAGE_CONTACT "The Flowscope developers <flowscope@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${FLOWSCOPE_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Network monitor: which applications talk to whom")
set(CPACK_PACKAGE_DESCRIPTION
    "Flowscope captures the traffic of a network adapter, or reads a pcap or
pcapng file, groups it into connections and shows, live, who this machine
talks to: over which services, with which countries and networks, and which
application owns each connection, with that application's icon. It keeps
monitoring from the system tray, records a history and sends notifications.
flowscope-cli does the same for servers and scripts. Only the small capture
helper holds the capture capabilities.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/dist)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/dist/;/\\\\.git/")

configure_file(${pkg_dir}/postinst.in ${PROJECT_BINARY_DIR}/packaging/postinst @ONLY
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
    WORLD_EXECUTE)

# DEB: runtime dependencies from dpkg-shlibdeps (every linked library: Qt, libpcap,
# libmaxminddb, SQLite...), plus what it cannot see because it is loaded at run time or used
# by the maintainer script, not linked:
#   libqt6svg6          the SVG image format and icon engine plugins: programs' icons from
#                       their desktop entries are often SVG files (ui/ loads them with QIcon).
#   hicolor-icon-theme  owns the share/icons/hicolor folders the app icon goes into and their
#                       index.theme, without which icon lookups ignore them.
#   libcap2-bin         setcap, which postinst runs on the capture helper (with the helper).
#   librsvg2-2 libcairo2  flowscope-cli's icon command draws SVG icons with them, loaded when
#                       first needed (app/cli/icon_render.cmake) so other commands start fast.
# Debian 12's libqt6gui6 (a shlibdeps result) already holds the xcb and offscreen platform
# plugins; qt6-wayland is only recommended: without it the app runs through XWayland.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, hicolor-icon-theme")
if(TARGET flowscope-capture)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libcap2-bin")
endif()
get_property(cli_loaded_sonames GLOBAL PROPERTY FLOWSCOPE_CLI_LOADED_SONAMES)
if(cli_loaded_sonames)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", librsvg2-2, libcairo2")
endif()
# qt6-translations-l10n: Qt's own strings (standard dialog buttons) in the app's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, shared-mime-info, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${FLOWSCOPE_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(TARGET flowscope-capture)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_BINARY_DIR}/packaging/postinst)
endif()
# The agent's settings (app/cli/CMakeLists.txt) are the administrator's: kept on upgrades.
if(TARGET flowscope::export)
    file(WRITE ${PROJECT_BINARY_DIR}/packaging/conffiles "/etc/default/flowscope-agent\n")
    list(APPEND CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_BINARY_DIR}/packaging/conffiles)
endif()

# RPM: requirements found by rpm's own dependency generator (AutoReq) from the ELF files. The
# SVG plugin's package is named differently per distribution (qt6-qtsvg on Fedora,
# libQt6Svg6 on openSUSE), so it is not required by name here.
set(CPACK_RPM_PACKAGE_LICENSE ${FLOWSCOPE_LICENSE})
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL ${FLOWSCOPE_HOMEPAGE})
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)  # nothing here is a library for others
if(cli_loaded_sonames)  # by soname, which every distribution's packages of them provide
    set(rpm_abi "")
    if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        set(rpm_abi "(64bit)")
    endif()
    list(TRANSFORM cli_loaded_sonames APPEND "()${rpm_abi}")
    list(JOIN cli_loaded_sonames ", " CPACK_RPM_PACKAGE_REQUIRES)
endif()
set(CPACK_RPM_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
# Folders that belong to the filesystem and to other packages (hicolor, shells, systemd).
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/icons /usr/share/icons/hicolor /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/fish /usr/share/fish/vendor_completions.d /usr/lib/systemd /usr/lib/systemd/user
    /usr/lib/systemd/system /etc /etc/default
    /usr/libexec /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()
if(TARGET flowscope-capture)
    set(CPACK_RPM_USER_FILELIST
        "%caps(cap_net_raw,cap_net_admin=eip) ${FLOWSCOPE_HELPER_PATH}")
endif()
if(TARGET flowscope::export)
    list(APPEND CPACK_RPM_USER_FILELIST "%config(noreplace) /etc/default/flowscope-agent")
endif()

include(CPack)
