# The interface language of the widgets (issue 7; paths relative to ui/): LanguageLoader adds
# Qt's own catalogue, embedded here as :/i18n/qtbase_vi.qm, to meeting_core's
# TranslationLoader (our catalogues are embedded in meeting_core).
target_sources(phonghop_ui PRIVATE
  i18n/languageloader.h i18n/languageloader.cpp)
include(${PROJECT_SOURCE_DIR}/resources/translations/translations.cmake)
phonghop_embed_qt_translations(phonghop_ui)
