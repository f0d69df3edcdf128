# The interface language (issue 7; paths relative to ui/): LanguageLoader installs the
# catalogues of resources/translations, compiled and embedded here as :/i18n/*.qm.
target_sources(phonghop_ui PRIVATE
  i18n/languageloader.h i18n/languageloader.cpp)
include(${PROJECT_SOURCE_DIR}/resources/translations/translations.cmake)
phonghop_embed_translations(phonghop_ui)
