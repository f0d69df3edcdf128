target_sources(phonghop_cli_lib PRIVATE
  cli/commandlinetool.h cli/commandlinetool.cpp
  cli/commands.h
  cli/cachecommands.cpp
  cli/cacheretentioncommands.cpp
  cli/documentcommands.cpp
  cli/devicecommands.cpp
  cli/votingcommands.cpp
  cli/searchcommands.cpp
  cli/publishcommands.cpp
  cli/meetingcommands.cpp
  cli/sessioncommands.cpp
  cli/sessioncommon.h cli/sessioncommon.cpp
  cli/sessionreadcommands.cpp cli/sessionseatcommands.cpp cli/sessionchaircommands.cpp
  cli/sessionspeakercommands.cpp
  cli/sessionsigncommands.cpp
  cli/sessionnoticecommands.cpp
  cli/passphrase.h cli/passphrase.cpp
  cli/orgaccess.h cli/orgaccess.cpp
  cli/orgcommands.cpp
  cli/peoplecommands.cpp
  cli/enrolcommands.cpp
  cli/consultcommands.cpp
  cli/statscommands.cpp)
