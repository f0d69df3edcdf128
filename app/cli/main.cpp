#include "cli/commandlinetool.h"
#include "meeting_core/i18n/translationloader.h"
#include "meeting_core/settings/appsettings.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Offscreen: the CLI renders PDFs and writes them with QPdfWriter but never shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonghop"));
    QCoreApplication::setOrganizationName(QStringLiteral("PhongHop"));

    // The app's language (docs/configuration.md, Language), so messages and the documents the
    // CLI writes (minutes, attendance lists) read as they would from the app. No migrate():
    // a command only reads the settings, and Language has kept its key since the first layout.
    phonghop::TranslationLoader language;
    {
        const phonghop::AppSettings settings;
        language.load(phonghop::TranslationLoader::languageFor(settings));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    phonghop::cli::Streams streams { out, err };
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return phonghop::cli::CommandLineTool().run(arguments, streams);
}
