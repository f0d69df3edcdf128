#pragma once

#include <QString>
#include <optional>

namespace phonghop {

// The office formats a secretary may attach (Circular 39/2017: doc/docx/odt, xls/xlsx/ods, and
// rtf), which publication converts to PDF with LibreOffice (docs/office-documents.md).
struct OfficeFormat {
    enum class Family { Text, Spreadsheet };
    QString suffix; // "docx", lower case
    QString mediaType; // IANA media type, as the manifest's original.mediaType
    Family family = Family::Text;

    // The Debian package whose LibreOffice component converts this family.
    QString debianPackage() const;
};

// The format named by a file name's suffix ("Tờ trình.DOCX" -> docx); nothing for a PDF or
// anything else.
std::optional<OfficeFormat> officeFormatOf(const QString &fileName);

// The suffixes accepted, for file dialogs: "*.doc *.docx *.odt *.rtf *.xls *.xlsx *.ods".
QString officeFilePatterns();

// A quick look at the first bytes: false when the file cannot be this format at all (random
// bytes named .docx, which LibreOffice would otherwise import as plain text). A ZIP package
// (docx, xlsx, odt, ods), an OLE compound file (doc, xls, and any password-protected docx or
// xlsx), or "{\rtf" for rtf. A .doc or .xls may also be RTF or HTML saved under that name, as
// Word and older systems do, so those two are accepted whatever they start with.
bool looksLikeOfficeFile(const OfficeFormat &format, const QByteArray &head);

} // namespace phonghop
