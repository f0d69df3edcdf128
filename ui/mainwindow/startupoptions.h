#pragma once

#include <QString>
#include <QStringList>

namespace phonghop::ui {

// What `phonghop` was asked to do: open a meeting share (--share, --cache), or one PDF file
// (`phonghop FILE.pdf`, so PhòngHọp can be the system's PDF viewer).
struct StartupOptions {
    QString sharePath;
    QString cachePath;
    QString pdfFile;
    QString secretaryKeyPath; // --secretary-key FILE: this seat publishes meetings
    QString error; // set when the command line cannot be understood

    static StartupOptions parse(const QStringList &arguments); // without the program name
};

} // namespace phonghop::ui
