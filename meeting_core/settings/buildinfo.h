#pragma once

#include <QList>
#include <QString>

namespace phonghop {

// What IT support asks first: which build is this, and on which libraries does it run.
// Shown by `phonghop-cli --version` and by the About dialog.
struct BuildInfo {
    struct Library {
        QString name; // "Qt", "Poppler", ... (proper names, not translated)
        QString version; // the version in use; for Qt also the one it was built against
    };

    QString applicationVersion; // PHONGHOP_VERSION, from the top-level project()
    QString buildDate; // YYYY-MM-DD (UTC; SOURCE_DATE_EPOCH when set)
    QList<Library> libraries; // Qt, Poppler, SQLite, libsodium, in that order

    static BuildInfo current();

    // Multi-line plain text: first line "<program> <version>", then the build date and one
    // line per library. For the CLI and the About dialog's "copy" button.
    QString toText(const QString &programName) const;
};

} // namespace phonghop
