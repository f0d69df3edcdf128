# The document viewer (paths relative to ui/): the view the main window embeds and the
# standalone window of `phonghop FILE.pdf`.
target_sources(phonghop_ui PRIVATE
  viewer/pagelayout.h viewer/pagelayout.cpp
  viewer/pageview.h viewer/pageview.cpp
  viewer/pageimages.h viewer/pageimages.cpp
  viewer/pagehighlights.h viewer/pagehighlights.cpp
  viewer/textselection.h viewer/textselection.cpp
  viewer/swipedetector.h viewer/swipedetector.cpp
  viewer/findbar.h viewer/findbar.cpp
  viewer/messagepanel.h viewer/messagepanel.cpp
  viewer/signaturesbar.h viewer/signaturesbar.cpp
  viewer/viewertoolbar.h viewer/viewertoolbar.cpp
  viewer/thumbnailview.h viewer/thumbnailview.cpp
  viewer/presentationwidget.h viewer/presentationwidget.cpp
  viewer/readingpositionstore.h
  viewer/viewericons.h viewer/viewericons.cpp
  viewer/documentview.h viewer/documentview.cpp
  viewer/standaloneviewerwindow.h viewer/standaloneviewerwindow.cpp)
