# The secretary's workspace (issue 6; paths relative to ui/).
target_sources(phonghop_ui PRIVATE
  secretary/meetingform.h secretary/meetingform.cpp
  secretary/participantseditor.h secretary/participantseditor.cpp
  secretary/agendaeditor.h secretary/agendaeditor.cpp
  secretary/preparedpollseditor.h secretary/preparedpollseditor.cpp
  secretary/delegatepreview.h secretary/delegatepreview.cpp
  secretary/secretaryworkspace.h secretary/secretaryworkspace.cpp
  secretary/organisationaccess.h secretary/organisationaccess.cpp
  secretary/peoplepage.h secretary/peoplepage.cpp
  secretary/devicespage.h secretary/devicespage.cpp
  secretary/approvaldialog.h secretary/approvaldialog.cpp
  secretary/pastmeetingdialog.h secretary/pastmeetingdialog.cpp)
