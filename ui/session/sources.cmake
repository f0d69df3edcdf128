# The live-session panel (issue 5; paths relative to ui/): a header and one widget per task,
# each list or table over its own model (issue 14): roll call, speakers, votes, conclusions,
# minutes, audit log; the poll prompt over the document; enrolment.
target_sources(phonghop_ui PRIVATE
  session/sessionpanel.h session/sessionpanel.cpp
  session/sessionheader.h session/sessionheader.cpp
  session/sessiontaskwidget.h session/sessiontaskwidget.cpp
  session/keyedrowsmodel.h session/keyedrowsmodel.cpp
  session/attendancemodel.h session/attendancemodel.cpp
  session/attendancewidget.h session/attendancewidget.cpp
  session/speakerqueuemodel.h session/speakerqueuemodel.cpp
  session/speakerswidget.h session/speakerswidget.cpp
  session/pollresultmodel.h session/pollresultmodel.cpp
  session/pollform.h session/pollform.cpp
  session/pollswidget.h session/pollswidget.cpp
  session/preparedpolls.h session/preparedpolls.cpp
  session/agendawidget.h session/agendawidget.cpp
  session/decisionmodel.h session/decisionmodel.cpp
  session/conclusionswidget.h session/conclusionswidget.cpp
  session/minuteswidget.h session/minuteswidget.cpp
  session/signingdialog.h session/signingdialog.cpp
  session/auditlogmodel.h session/auditlogmodel.cpp
  session/auditlogwidget.h session/auditlogwidget.cpp
  session/pollprompt.h session/pollprompt.cpp
  session/otheropinioneditor.h session/otheropinioneditor.cpp
  session/enrolmentdialog.h session/enrolmentdialog.cpp)
