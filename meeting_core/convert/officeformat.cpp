#include "officeformat.h"

#include <QByteArray>
#include <QFileInfo>
#include <array>

namespace phonghop {

namespace {

struct KnownFormat {
    const char *suffix;
    const char *mediaType;
    OfficeFormat::Family family;
};

constexpr std::array knownFormats {
    KnownFormat { "doc", "application/msword", OfficeFormat::Family::Text },
    KnownFormat { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OfficeFormat::Family::Text },
    KnownFormat { "odt", "application/vnd.oasis.opendocument.text", OfficeFormat::Family::Text },
    KnownFormat { "rtf", "application/rtf", OfficeFormat::Family::Text },
    KnownFormat { "xls", "application/vnd.ms-excel", OfficeFormat::Family::Spreadsheet },
    KnownFormat { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        OfficeFormat::Family::Spreadsheet },
    KnownFormat { "ods", "application/vnd.oasis.opendocument.spreadsheet",
        OfficeFormat::Family::Spreadsheet },
};

} // namespace

QString OfficeFormat::debianPackage() const
{
    return family == Family::Spreadsheet ? QStringLiteral("libreoffice-calc-nogui")
                                         : QStringLiteral("libreoffice-writer-nogui");
}

std::optional<OfficeFormat> officeFormatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const KnownFormat &known : knownFormats) {
        if (suffix == QLatin1String(known.suffix))
            return OfficeFormat { suffix, QString::fromLatin1(known.mediaType), known.family };
    }
    return std::nullopt;
}

QString officeFilePatterns()
{
    QStringList patterns;
    for (const KnownFormat &known : knownFormats)
        patterns << QStringLiteral("*.") + QLatin1String(known.suffix);
    return patterns.join(u' ');
}

bool looksLikeOfficeFile(const OfficeFormat &format, const QByteArray &head)
{
    const bool zip = head.startsWith("PK\x03\x04");
    const bool compound = head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    if (format.suffix == u"doc" || format.suffix == u"xls")
        return true;
    if (format.suffix == u"rtf")
        return head.startsWith("{\\rtf");
    return zip || compound;
}

} // namespace phonghop
