#pragma once

#include "meeting_core/convert/officeformat.h"
#include "meeting_core/util/cancellation.h"

#include <QString>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace phonghop {

// How far a conversion is. LibreOffice says nothing while it works, so this is the time spent
// against the time limit: enough for a bar that moves and a Cancel that is honest.
struct ConversionProgress {
    qint64 elapsedMs = 0;
    qint64 timeLimitMs = 0;
};

struct ConversionOutcome {
    enum class Kind {
        Converted,
        ConverterMissing, // no LibreOffice on this computer (detail names the package)
        NotOfficeFile, // the bytes cannot be the format the name says
        Failed, // LibreOffice could not read the file (damaged, password-protected, ...)
        TimedOut, // stopped at the time limit
        Empty, // the PDF has no page, or only blank ones
        Cancelled,
    };
    Kind kind = Kind::Failed;
    QString pdfPath; // when Converted: valid while the converter lives (or in its cache)
    int pageCount = 0;
    bool fromCache = false; // the PDF of the same original bytes, converted earlier
    QString detail; // translated, without the document's name: "it is damaged or …"

    bool converted() const { return kind == Kind::Converted; }
};

// Converts office documents (officeformat.h) to PDF with LibreOffice headless:
// `soffice --headless --convert-to pdf`, in a private user profile (never the user's own, so
// an open LibreOffice window neither blocks nor receives the job) and a temporary folder
// (the original is copied there: no lock file appears beside the secretary's file), with a
// time limit, cancellable. Blocking: run it on a worker thread (the publisher does).
// The profile is made by the first conversion and reused by the next ones of this converter,
// which saves LibreOffice's first-start work.
class OfficeConverter final {
public:
    using ProgressCallback = std::function<void(const ConversionProgress &)>;

    OfficeConverter();
    ~OfficeConverter();
    OfficeConverter(const OfficeConverter &) = delete;
    OfficeConverter &operator=(const OfficeConverter &) = delete;

    // The soffice to run. Default: PHONGHOP_SOFFICE when set, else soffice (or libreoffice)
    // on the PATH, else LibreOffice's usual place on Windows.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const;
    // A conversion running longer is stopped (its whole process group killed) and reported.
    void setTimeLimitMs(qint64 milliseconds) { m_timeLimitMs = milliseconds; }
    qint64 timeLimitMs() const { return m_timeLimitMs; }
    // A profile folder to use instead of a private temporary one (tests share one).
    void setProfileDirectory(const QString &directory) { m_profileDirectory = directory; }
    // Converted PDFs are kept here by the SHA-256 of the original's bytes and reused when the
    // same bytes are converted again; empty (the default): nothing is kept.
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }

    // The format is the one the file's name says.
    ConversionOutcome convert(const QString &sourcePath, const CancellationToken &cancel = {},
        const ProgressCallback &progress = {});
    // For a file whose name says nothing (a cached object): the format is given.
    ConversionOutcome convert(const QString &sourcePath, const OfficeFormat &format,
        const CancellationToken &cancel = {}, const ProgressCallback &progress = {});

    // "LibreOffice is not installed…", naming the Debian package for the format.
    static QString missingConverterMessage(const OfficeFormat &format);

private:
    ConversionOutcome runLibreOffice(const QString &input, const QString &outputFolder,
        const CancellationToken &cancel, const ProgressCallback &progress);
    QString profileDirectory();

    QString m_program;
    qint64 m_timeLimitMs = 120'000;
    QString m_profileDirectory;
    QString m_cacheDirectory;
    std::unique_ptr<QTemporaryDir> m_work;
    int m_conversions = 0;
    int m_profileGeneration = 0; // a profile left by a killed LibreOffice is not reused
};

// Whether a converted PDF shows anything: false when it has no page, or when no page has text
// and every page renders blank (LibreOffice 7.4 turns an empty spreadsheet into one blank
// page). pageCount receives the number of pages.
bool pdfHasContent(const QString &pdfPath, int *pageCount = nullptr);

} // namespace phonghop
