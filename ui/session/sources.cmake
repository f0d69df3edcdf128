# The live-session panel (issue 5; paths relative to ui/): roll call, speakers, votes,
# conclusions, minutes, audit log.
target_sources(phonghop_ui PRIVATE
  session/sessionpanel.h session/sessionpanel.cpp
  session/pollprompt.h session/pollprompt.cpp
  session/enrolmentdialog.h session/enrolmentdialog.cpp)
