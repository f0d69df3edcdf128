# The app's touch-sized style, the wheel guard and the wrapping row of buttons (issue 14).
target_sources(phonghop_ui PRIVATE style/touchstyle.h style/touchstyle.cpp
  style/flowlayout.h style/flowlayout.cpp)
