# The search panel (issue 7; paths relative to ui/): one box over every cached meeting.
target_sources(phonghop_ui PRIVATE
  search/searchpanel.h search/searchpanel.cpp
  search/searchresultdelegate.h search/searchresultdelegate.cpp)
