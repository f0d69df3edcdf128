#include "cli/commandlinetool.h"

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

    QTextStream out(stdout);
    QTextStream err(stderr);
    phonghop::cli::Streams streams{out, err};
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return phonghop::cli::CommandLineTool().run(arguments, streams);
}
