# Windows: an NSIS installer through CPack (`cmake --build --preset windows-msys2 --target
# package`), built in an MSYS2 UCRT64 shell as described in docs/install-windows.md.
# Qt is deployed by windeployqt; every other DLL (Poppler and its libraries, libsodium,
# SQLite, OpenSSL, the MinGW runtime) is found by file(GET_RUNTIME_DEPENDENCIES) in the
# MSYS2 prefix. This recipe has not been run yet (no Windows machine in CI): see the
# "Status" section of the document before relying on it.

# The icon of the .exe files, the shortcuts and the installer, rendered from the SVG.
set(_ico ${CMAKE_CURRENT_BINARY_DIR}/phonghop.ico)
add_custom_command(OUTPUT ${_ico}
  COMMAND phonghop-iconrender --ico ${PHONGHOP_ICON_SVG} ${_ico} 16 24 32 48 64 256
  DEPENDS phonghop-iconrender ${PHONGHOP_ICON_SVG}
  COMMENT "Rendering phonghop.ico"
  VERBATIM)
add_custom_target(phonghop_windows_icon ALL DEPENDS ${_ico})

# Version information and icon compiled into both executables.
string(REPLACE "." "," PHONGHOP_VERSION_COMMAS "${PROJECT_VERSION}.0")
set(PHONGHOP_ICO_PATH ${_ico})
configure_file(${CMAKE_CURRENT_LIST_DIR}/phonghop.rc.in ${CMAKE_CURRENT_BINARY_DIR}/phonghop.rc @ONLY)
foreach(target IN ITEMS phonghop phonghop-cli)
  target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/phonghop.rc)
  add_dependencies(${target} phonghop_windows_icon)
endforeach()
# No console window for the GUI.
set_target_properties(phonghop PROPERTIES WIN32_EXECUTABLE ON)

# windeployqt: MSYS2 has called it windeployqt6, windeployqt-qt6 and windeployqt over time.
if(TARGET Qt6::windeployqt)
  get_target_property(PHONGHOP_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
else()
  get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
  get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
  find_program(PHONGHOP_WINDEPLOYQT NAMES windeployqt6 windeployqt-qt6 windeployqt
               HINTS "${_qt_bin}" REQUIRED)
endif()
# The folder holding the MSYS2 DLLs (…/ucrt64/bin): where the compiler is.
get_filename_component(PHONGHOP_DLL_DIR "${CMAKE_CXX_COMPILER}" DIRECTORY)

# Runs at install time, so also inside CPack's staging folder.
install(CODE "
  set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  execute_process(
    COMMAND \"${PHONGHOP_WINDEPLOYQT}\" --release --no-compiler-runtime --no-quick-import
            --dir \"\${bin}\" \"\${bin}/phonghop.exe\" \"\${bin}/phonghop-cli.exe\"
    RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed (\${status})\")
  endif()
  # The executables and the Qt plugins windeployqt copied need DLLs beyond Qt's own.
  file(GLOB_RECURSE plugins \"\${bin}/*/*.dll\")
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${bin}/phonghop.exe\" \"\${bin}/phonghop-cli.exe\"
    MODULES \${plugins}
    DIRECTORIES \"${PHONGHOP_DLL_DIR}\"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
    POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\")
  foreach(dll IN LISTS resolved)
    file(INSTALL DESTINATION \"\${bin}\" TYPE SHARED_LIBRARY FILES \"\${dll}\")
  endforeach()
  foreach(dll IN LISTS unresolved)
    message(WARNING \"Not found, not packaged: \${dll}\")
  endforeach()
")

install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright
              ${PROJECT_SOURCE_DIR}/docs/configuration.md
              ${PROJECT_SOURCE_DIR}/docs/install-windows.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/phonghop)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/phonghop.conf
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/phonghop/examples)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "phonghop-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY PhongHop)
set(CPACK_NSIS_PACKAGE_NAME "PhòngHọp ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "PhòngHọp")
# Vietnamese names need a Unicode installer (NSIS 3).
set(CPACK_NSIS_DEFINES "Unicode true")
set(CPACK_NSIS_MUI_ICON ${_ico})
set(CPACK_NSIS_MUI_UNIICON ${_ico})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\phonghop.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES phonghop "PhòngHọp")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# "Open with" for PDF files (the app opens one PDF: `phonghop FILE.pdf`), without taking
# over the default PDF viewer.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKLM "Software\Classes\Applications\phonghop.exe\shell\open\command" "" '"$INSTDIR\bin\phonghop.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\phonghop.exe\SupportedTypes" ".pdf" ""
  WriteRegStr HKLM "Software\Classes\.pdf\OpenWithList\phonghop.exe" "" ""
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKLM "Software\Classes\Applications\phonghop.exe"
  DeleteRegKey HKLM "Software\Classes\.pdf\OpenWithList\phonghop.exe"
]])
