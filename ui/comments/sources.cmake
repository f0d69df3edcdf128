target_sources(phonghop_ui PRIVATE
  comments/documentcommentsdialog.h comments/documentcommentsdialog.cpp)
