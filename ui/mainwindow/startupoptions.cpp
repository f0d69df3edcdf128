#include "startupoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace phonghop::ui {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ui::StartupOptions)
};
} // namespace

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= arguments.size()) {
                options.error = Tr::tr("%1 needs a value").arg(argument);
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
            options.error = Tr::tr("Unknown option %1").arg(argument);
        else if (options.pdfFile.isEmpty()) {
            // Desktop environments may hand over a file:// URL.
            const QUrl url(argument);
            options.pdfFile = url.isLocalFile() ? url.toLocalFile() : argument;
        } else
            options.error = Tr::tr("Only one file can be opened at a time");
        if (!options.error.isEmpty())
            break;
    }
    return options;
}

} // namespace phonghop::ui
