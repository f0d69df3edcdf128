# Annotations (issue 4; paths relative to ui/): the overlay on the pages, tools, the panel,
# personal notes.
target_sources(phonghop_ui PRIVATE
  annotations/annotationoverlay.h annotations/annotationoverlay.cpp
  annotations/annotationtoolbar.h annotations/annotationtoolbar.cpp
  annotations/annotationpanel.h annotations/annotationpanel.cpp
  annotations/annotationreviewview.h annotations/annotationreviewview.cpp
  annotations/personalnoteseditor.h annotations/personalnoteseditor.cpp
  annotations/annotationcontroller.h annotations/annotationcontroller.cpp)
