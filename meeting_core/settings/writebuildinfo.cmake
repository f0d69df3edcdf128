# Script mode: writes buildinfoconfig.h; configure_file leaves the file untouched when its
# content is the same, so nothing recompiles until the date (or a version) changes.
string(TIMESTAMP PHONGHOP_BUILD_DATE "%Y-%m-%d" UTC)
set(PHONGHOP_POPPLER_VERSION "${POPPLER_VERSION}")
configure_file(${INPUT} ${OUTPUT} @ONLY)
