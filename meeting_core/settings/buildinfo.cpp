#include "buildinfo.h"

#include "buildinfoconfig.h"
#include "meeting_core/store/database.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace phonghop {

BuildInfo BuildInfo::current()
{
    BuildInfo info;
    info.applicationVersion = QStringLiteral(PHONGHOP_VERSION);
    info.buildDate = QStringLiteral(PHONGHOP_BUILD_DATE);

    // Run-time versions where the library can tell us (a newer shared library may be
    // installed than the one we built against); Poppler's comes from pkg-config at build time,
    // since its headers are kept inside meeting_core/pdf/.
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1StringView(QT_VERSION_STR))
        qt += QCoreApplication::translate("phonghop::BuildInfo", " (built against %1)")
                  .arg(QLatin1StringView(QT_VERSION_STR));
    info.libraries = {
        { QStringLiteral("Qt"), qt },
        { QStringLiteral("Poppler"), QStringLiteral(PHONGHOP_POPPLER_VERSION) },
        { QStringLiteral("SQLite"), sqliteLibraryVersion() },
        { QStringLiteral("libsodium"), sodiumLibraryVersion() },
    };
    return info;
}

QString BuildInfo::toText(const QString &programName) const
{
    QString text = programName + u' ' + applicationVersion + u'\n';
    text += QCoreApplication::translate("phonghop::BuildInfo", "Build date: %1").arg(buildDate)
        + u'\n';
    for (const Library &library : libraries)
        text += library.name + QStringLiteral(": ") + library.version + u'\n';
    return text;
}

} // namespace phonghop
