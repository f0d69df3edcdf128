# The statistics screen (issue 17, part 4; paths relative to ui/).
target_sources(phonghop_ui PRIVATE
  stats/barchartwidget.h stats/barchartwidget.cpp
  stats/statisticstablemodel.h stats/statisticstablemodel.cpp
  stats/statisticspage.h stats/statisticspage.cpp)
