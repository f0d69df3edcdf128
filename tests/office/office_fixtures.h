#pragma once

#include <QString>
#include <QStringList>

// Office documents the conversion tests make for themselves with the real LibreOffice: a
// flat ODF text (.fodt) or a CSV written here, converted to .docx or .xlsx by soffice in the
// test's own profile folder (one per test, reused by every soffice the test runs).
namespace phonghop::test::office {

// soffice on this machine (PHONGHOP_SOFFICE, else the PATH); empty when missing.
QString sofficeProgram();

// Runs soffice --headless with `arguments` in `profile`; false (and a Catch failure) on error.
bool runSoffice(const QString &profile, const QStringList &arguments);

// A Word document of `paragraphs`, styled Times New Roman 13 pt (as Decree 30 asks), written as
// `folder/<baseName>.docx`. Returns its path.
QString writeDocx(const QString &profile, const QString &folder, const QString &baseName,
    const QStringList &paragraphs);
// An Excel workbook from UTF-8 CSV text, as `folder/<baseName>.xlsx` (or .ods with `suffix`).
QString writeSpreadsheet(const QString &profile, const QString &folder, const QString &baseName,
    const QString &csv, const QString &suffix = QStringLiteral("xlsx"));
// An OpenDocument text saved with a password by LibreOffice itself (a Basic macro put in the
// test's profile stores it with the Password property). See docs/office-documents.md for why
// not a .docx.
QString writePasswordProtectedOdt(
    const QString &profile, const QString &folder, const QString &password);

// Processes whose command line names `text` (a profile folder): LibreOffice left running.
QStringList processesMentioning(const QString &text);

} // namespace phonghop::test::office
