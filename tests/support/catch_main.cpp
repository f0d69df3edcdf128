// The one Catch2 main of every test executable. A QGuiApplication (or QApplication for
// UI tests, see coreapplication.cpp and uiapplication.cpp) lives for the
// whole run so that QPdfWriter, QImage text rendering and queued signals work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testapplication.h"

#include <QFile>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                             : qgetenv("QT_QPA_PLATFORM"));
    // A machine's own /etc/phonghop/phonghop.conf must not change test results; a test that
    // wants a system file sets this itself. The one given instead only locks English, so that
    // phonghop-cli run as a process (it speaks the settings' language, Vietnamese by default)
    // prints the English messages tests check, whatever the user's own settings say.
    QTemporaryDir settings;
    if (!qEnvironmentVariableIsSet("PHONGHOP_SYSTEM_CONFIG")) {
        const QString path = settings.filePath(QStringLiteral("phonghop.conf"));
        QFile file(path);
        if (!settings.isValid() || !file.open(QIODevice::WriteOnly)
            || file.write("[General]\nLanguage=en\n[Policy]\nLocked=Language\n") < 0)
            return 1;
        file.close();
        qputenv("PHONGHOP_SYSTEM_CONFIG", QFile::encodeName(path));
    }
    auto app = phonghop::test::createApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
