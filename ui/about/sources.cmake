# The About dialog: version, build date and library versions (issue 8).
target_sources(phonghop_ui PRIVATE
  about/aboutdialog.h about/aboutdialog.cpp)
