# Translations of PhòngHọp (issue 7).
#   phonghop_vi.ts  Vietnamese, the default interface language
#   phonghop_en.ts  English (source strings are English; the file carries plural forms)
#   qtbase_vi.ts    Qt's own strings (dialog buttons, file dialog, text field menus):
#                   Qt 6.4 ships no qtbase_vi.qm, so we carry the ones our windows show.
# lrelease compiles them at build time and they are embedded under :/i18n/ (no files to
# install, nothing to lose next to the binary): our two catalogues in meeting_core, so the
# app and phonghop-cli speak the same language (TranslationLoader, included from
# meeting_core/i18n/CMakeLists.txt); qtbase_vi in phonghop_ui, which alone shows Qt's
# dialogs (ui/i18n/sources.cmake).
# `ninja phonghop_lupdate` refreshes the two catalogues from every tr() in the tree (-I: our
# includes carry their prefix, meeting_core/…, and lupdate must find the classes to name
# their contexts). Messages are looked up under exactly the context lupdate records
# (meeting_core/i18n/translationloader.h says how code keeps them equal). When code moves
# messages to another context, carry_translations.py keeps their translations.
set(PHONGHOP_TRANSLATIONS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PHONGHOP_TS_FILES
  ${PHONGHOP_TRANSLATIONS_DIR}/phonghop_vi.ts
  ${PHONGHOP_TRANSLATIONS_DIR}/phonghop_en.ts)
set(PHONGHOP_QT_TS_FILES
  ${PHONGHOP_TRANSLATIONS_DIR}/qtbase_vi.ts)

function(phonghop_embed_translations target)
  qt_add_lrelease(${target}
    TS_FILES ${PHONGHOP_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE qm_files)
  # Stored, not compressed: QTranslator then reads the catalogue in place instead of inflating
  # half a megabyte at every start (issue 20).
  qt_add_resources(${target} phonghop_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${qm_files}
    OPTIONS -no-compress)
endfunction()

function(phonghop_embed_qt_translations target)
  qt_add_lrelease(${target}
    TS_FILES ${PHONGHOP_QT_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} phonghop_qt_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${qm_files})
endfunction()

if(NOT TARGET phonghop_lupdate)
  add_custom_target(phonghop_lupdate
    COMMAND Qt6::lupdate -I ${PROJECT_SOURCE_DIR} -locations relative -no-obsolete -extensions cpp,h
            meeting_core ui app -ts ${PHONGHOP_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating phonghop_vi.ts and phonghop_en.ts from the sources"
    VERBATIM)
endif()
