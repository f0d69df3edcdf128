# Linux: desktop entry, AppStream metainfo, icons, manual pages, documentation and the
# system settings file, then CPack's DEB generator with dpkg-shlibdeps for Depends.
set(_linux ${CMAKE_CURRENT_LIST_DIR})
set(PHONGHOP_APP_ID vn.phonghop.PhongHop)

# Icons: hicolor PNGs rendered from the SVG, and the SVG itself as "scalable".
set(_icon_outputs "")
foreach(size IN LISTS PHONGHOP_ICON_SIZES)
  list(APPEND _icon_outputs ${PHONGHOP_ICON_DIR}/${size}x${size}/apps/phonghop.png)
endforeach()
add_custom_command(OUTPUT ${_icon_outputs}
  COMMAND phonghop-iconrender ${PHONGHOP_ICON_SVG} ${PHONGHOP_ICON_DIR} ${PHONGHOP_ICON_SIZES}
  DEPENDS phonghop-iconrender ${PHONGHOP_ICON_SVG}
  COMMENT "Rendering the application icon to PNG"
  VERBATIM)

# Manual pages, gzipped; phonghop-cli's command list comes from its --help.
set(_man_dir ${CMAKE_CURRENT_BINARY_DIR}/man)
add_custom_command(OUTPUT ${_man_dir}/phonghop-cli.1.gz
  COMMAND ${CMAKE_COMMAND} -DTEMPLATE=${_linux}/phonghop-cli.1.in
          -DOUTPUT=${_man_dir}/phonghop-cli.1.gz -DVERSION=${PROJECT_VERSION}
          -DCLI=$<TARGET_FILE:phonghop-cli> -P ${_linux}/generatemanpage.cmake
  DEPENDS phonghop-cli ${_linux}/phonghop-cli.1.in ${_linux}/generatemanpage.cmake
  COMMENT "Writing the phonghop-cli manual page from its --help"
  VERBATIM)
add_custom_command(OUTPUT ${_man_dir}/phonghop.1.gz
  COMMAND ${CMAKE_COMMAND} -DTEMPLATE=${_linux}/phonghop.1.in
          -DOUTPUT=${_man_dir}/phonghop.1.gz -DVERSION=${PROJECT_VERSION}
          -P ${_linux}/generatemanpage.cmake
  DEPENDS ${_linux}/phonghop.1.in ${_linux}/generatemanpage.cmake
  COMMENT "Writing the phonghop manual page"
  VERBATIM)

# Debian wants the changelog gzipped, without a time stamp in the gzip header.
set(_changelog ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${_changelog}
  COMMAND gzip -9nc ${_linux}/changelog > ${_changelog}
  DEPENDS ${_linux}/changelog
  VERBATIM)

add_custom_target(phonghop_desktop_files ALL
  DEPENDS ${_icon_outputs} ${_man_dir}/phonghop-cli.1.gz ${_man_dir}/phonghop.1.gz ${_changelog})

# The newest changelog entry and AppStream release must name this version.
file(STRINGS ${_linux}/changelog _first_entry LIMIT_COUNT 1)
file(READ ${_linux}/${PHONGHOP_APP_ID}.metainfo.xml _metainfo)
if(NOT _first_entry MATCHES "^phonghop \\(${PROJECT_VERSION}\\)"
   OR NOT _metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
  message(WARNING "packaging/linux/changelog and the metainfo <releases> need an entry "
                  "for version ${PROJECT_VERSION}")
endif()

set(_doc ${CMAKE_INSTALL_DATAROOTDIR}/doc/phonghop)
install(FILES ${_linux}/${PHONGHOP_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${_linux}/${PHONGHOP_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${PHONGHOP_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${PHONGHOP_ICON_DIR}/ DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor)
install(FILES ${_man_dir}/phonghop-cli.1.gz ${_man_dir}/phonghop.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_linux}/copyright ${PROJECT_SOURCE_DIR}/docs/configuration.md
        DESTINATION ${_doc})
install(FILES ${_changelog} DESTINATION ${_doc})
install(FILES ${_linux}/phonghop.conf DESTINATION ${_doc}/examples)
# A commented template IT edits in place; dpkg keeps their changes on upgrade (conffile).
install(FILES ${_linux}/phonghop.conf DESTINATION /etc/phonghop)

# CPack: Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # phonghop_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PHONGHOP_PACKAGE_MAINTAINER}")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PhòngHọp lets delegates of People's Committees read meeting agendas and
documents on laptops and tablets instead of paper. Meetings are synced
from a shared folder into a local cache, so everything stays readable
without a network. The package holds the desktop application (phonghop)
and a command-line tool (phonghop-cli) for scripts and IT staff.")
# Depends from the shared libraries the binaries link (dpkg-shlibdeps) ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... plus what is loaded at run time and so invisible to it: Qt's SVG icon engine and
# a font with Vietnamese glyphs (documents are written and shown in Vietnamese).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core | fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_linux}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
