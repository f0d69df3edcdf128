#include "startupoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace phonghop::ui {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    auto tr = [](const char *text) { return QCoreApplication::translate("StartupOptions", text); };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= arguments.size()) {
                options.error = tr("%1 needs a value").arg(argument);
                return {};
            }
            return arguments.at(++i);
        };
        if (argument == u"--share")
            options.sharePath = value();
        else if (argument == u"--cache")
            options.cachePath = value();
        else if (argument == u"--secretary-key")
            options.secretaryKeyPath = value();
        else if (argument.startsWith(u"-"))
            options.error = tr("Unknown option %1").arg(argument);
        else if (options.pdfFile.isEmpty()) {
            // Desktop environments may hand over a file:// URL.
            const QUrl url(argument);
            options.pdfFile = url.isLocalFile() ? url.toLocalFile() : argument;
        } else
            options.error = tr("Only one file can be opened at a time");
        if (!options.error.isEmpty())
            break;
    }
    return options;
}

} // namespace phonghop::ui
