# Consultations of the members (issue 17; paths relative to ui/): the member's page on a seat
# (open consultations, the documents, an answer per question until the deadline) and the
# office's view in the secretary's workspace (who answered, the count, the close, the report).
target_sources(phonghop_ui PRIVATE
  consult/consultworker.h consult/consultworker.cpp
  consult/consultationsview.h consult/consultationsview.cpp
  consult/consultationoffice.h consult/consultationoffice.cpp
  consult/consultationform.h consult/consultationform.cpp)
