// The one Catch2 main of every test executable. A QGuiApplication (or QApplication for
// UI tests, see coreapplication.cpp and uiapplication.cpp) lives for the
// whole run so that QPdfWriter, QImage text rendering and queued signals work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>


#include "testapplication.h"

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    // A machine's own /etc/phonghop/phonghop.conf must not change test results; a test that
    // wants a system file sets this itself.
    if (!qEnvironmentVariableIsSet("PHONGHOP_SYSTEM_CONFIG"))
        qputenv("PHONGHOP_SYSTEM_CONFIG", "");
    auto app = phonghop::test::createApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
