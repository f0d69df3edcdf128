# The organisation on this seat (issue 12; paths relative to ui/): the first run (join a share
# or set up a new organisation), the confirmation of an organisation's fingerprint, and the
# passphrase of the organisation's key file.
target_sources(phonghop_ui PRIVATE
  setup/setupwidgets.h setup/setupwidgets.cpp
  setup/seatsettings.h setup/seatsettings.cpp
  setup/passphrasedialog.h setup/passphrasedialog.cpp
  setup/devicepindialog.h setup/devicepindialog.cpp
  setup/organisationconfirmdialog.h setup/organisationconfirmdialog.cpp
  setup/firstrunwizard.h setup/firstrunwizard.cpp
  setup/cachesettingsdialog.h setup/cachesettingsdialog.cpp)
