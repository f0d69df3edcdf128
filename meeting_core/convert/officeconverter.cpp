#include "officeconverter.h"

#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::OfficeConverter)
};

ConversionOutcome outcomeOf(ConversionOutcome::Kind kind, const QString &detail)
{
    ConversionOutcome outcome;
    outcome.kind = kind;
    outcome.detail = detail;
    return outcome;
}

// soffice is a script that starts soffice.bin: killing the script alone would leave the real
// LibreOffice running. The child gets a process group of its own, and the group is killed.
void killProcessTree(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(5000);
#ifdef Q_OS_UNIX
    // The rest of the group (soffice.bin) dies of the same signal, but in its own time: wait,
    // for two seconds at most, until the group is gone, so that no LibreOffice is still
    // holding the profile or the temporary folder when the conversion says it has stopped.
    for (int waited = 0; pid > 0 && waited < 40 && ::kill(-pid_t(pid), 0) == 0; ++waited)
        QThread::msleep(50);
#endif
}

bool pageLooksBlank(const PdfDocument &document, int page)
{
    PdfRenderOptions options;
    options.page = page;
    options.scale = 0.1; // about 60 × 85 pixels for A4: enough to see any mark
    options.timeLimitMs = 5000;
    const PdfRenderOutcome rendered = document.render(options);
    if (rendered.image.isNull())
        return false; // cannot tell: take it as content rather than refuse the document
    const QImage image = rendered.image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) < 250)
                return false;
        }
    }
    return true;
}

} // namespace

bool pdfHasContent(const QString &pdfPath, int *pageCount)
{
    if (pageCount)
        *pageCount = 0;
    const auto opened = PdfDocument::open(pdfPath);
    if (!opened)
        return false;
    const PdfDocument &document = *opened.value();
    const int pages = document.pageCount();
    if (pageCount)
        *pageCount = pages;
    if (pages <= 0)
        return false;
    for (int page = 0; page < pages; ++page) {
        if (!document.textBoxes(page).isEmpty())
            return true;
    }
    // No text at all: a scan or a chart still shows something; an empty sheet does not.
    constexpr int pagesLookedAt = 50;
    for (int page = 0; page < std::min(pages, pagesLookedAt); ++page) {
        if (!pageLooksBlank(document, page))
            return true;
    }
    return pages > pagesLookedAt;
}

OfficeConverter::OfficeConverter() = default;
OfficeConverter::~OfficeConverter() = default;

QString OfficeConverter::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    if (const QString configured = qEnvironmentVariable("PHONGHOP_SOFFICE"); !configured.isEmpty())
        return configured;
    for (const QString &name : { QStringLiteral("soffice"), QStringLiteral("libreoffice") }) {
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    }
#ifdef Q_OS_WIN
    for (const QString &folder :
        { qEnvironmentVariable("ProgramFiles"), qEnvironmentVariable("ProgramFiles(x86)") }) {
        const QString candidate = folder + QStringLiteral("/LibreOffice/program/soffice.exe");
        if (!folder.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    }
#endif
    return {};
}

QString OfficeConverter::missingConverterMessage(const OfficeFormat &format)
{
#ifdef Q_OS_WIN
    Q_UNUSED(format)
    return Tr::tr("LibreOffice is not installed on this computer, so Word, Excel and "
                  "OpenDocument files cannot be converted to PDF. Install LibreOffice "
                  "(docs/deployment.md), or save the document as PDF and attach it again.");
#else
    return Tr::tr("LibreOffice is not installed on this computer, so this file cannot be "
                  "converted to PDF. Install the package %1 (sudo apt install %1), or save the "
                  "document as PDF and attach it again.")
        .arg(format.debianPackage());
#endif
}

QString OfficeConverter::profileDirectory()
{
    if (!m_profileDirectory.isEmpty())
        return m_profileDirectory;
    return m_work->filePath(QStringLiteral("profile-%1").arg(m_profileGeneration));
}

ConversionOutcome OfficeConverter::convert(
    const QString &sourcePath, const CancellationToken &cancel, const ProgressCallback &progress)
{
    const std::optional<OfficeFormat> format = officeFormatOf(sourcePath);
    if (!format)
        return outcomeOf(ConversionOutcome::Kind::NotOfficeFile,
            Tr::tr("%1 is not a Word, Excel or OpenDocument file.")
                .arg(QFileInfo(sourcePath).fileName()));
    return convert(sourcePath, *format, cancel, progress);
}

ConversionOutcome OfficeConverter::convert(const QString &sourcePath, const OfficeFormat &format,
    const CancellationToken &cancel, const ProgressCallback &progress)
{
    using K = ConversionOutcome::Kind;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return outcomeOf(
            K::Failed, Tr::tr("the file cannot be read: %1").arg(source.errorString()));
    if (!looksLikeOfficeFile(format, source.read(16)))
        return outcomeOf(K::NotOfficeFile,
            Tr::tr("the file is damaged or is not really a .%1 file.").arg(format.suffix));
    source.close();

    QString cached;
    if (!m_cacheDirectory.isEmpty()) {
        cached = QDir(m_cacheDirectory)
                     .filePath(Sha256::hexOfFile(sourcePath) + QStringLiteral(".pdf"));
        int pages = 0;
        if (QFileInfo(cached).isFile() && pdfHasContent(cached, &pages)) {
            ConversionOutcome outcome;
            outcome.kind = K::Converted;
            outcome.pdfPath = cached;
            outcome.pageCount = pages;
            outcome.fromCache = true;
            return outcome;
        }
    }

    // A program that is not there (nothing on the PATH, or a configured path that is gone)
    // is said with the package to install, not as a failure to start.
    const QString soffice = program();
    if (soffice.isEmpty()
        || (!QFileInfo(soffice).isExecutable()
            && QStandardPaths::findExecutable(soffice).isEmpty()))
        return outcomeOf(K::ConverterMissing, missingConverterMessage(format));
    if (!m_work) {
        m_work = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("phonghop-convert-XXXXXX")));
        if (!m_work->isValid())
            return outcomeOf(K::Failed,
                Tr::tr("no temporary folder could be made: %1").arg(m_work->errorString()));
    }
    // Each conversion in a folder of its own, the original under a plain name: Vietnamese
    // names, spaces and the secretary's folder stay out of LibreOffice's command line.
    const QDir folder(m_work->filePath(QString::number(++m_conversions)));
    const QString input = folder.filePath(QStringLiteral("document.") + format.suffix);
    const QString outputFolder = folder.filePath(QStringLiteral("pdf"));
    if (!QDir().mkpath(outputFolder) || !QFile::copy(sourcePath, input))
        return outcomeOf(K::Failed, Tr::tr("the file could not be copied to a temporary folder."));

    ConversionOutcome outcome = runLibreOffice(input, outputFolder, cancel, progress);
    QFile::remove(input);
    if (!outcome.converted())
        return outcome;
    if (!pdfHasContent(outcome.pdfPath, &outcome.pageCount))
        return outcomeOf(K::Empty,
            outcome.pageCount == 0
                ? Tr::tr("its PDF has no pages.")
                : Tr::tr("its PDF has only blank pages (%n page(s)): the document is empty.",
                    nullptr, outcome.pageCount));

    if (!cached.isEmpty() && QDir().mkpath(m_cacheDirectory)) {
        // Kept whole or not at all: a copy under a temporary name, then renamed.
        const QString temporary = cached + QStringLiteral(".part");
        QFile::remove(temporary);
        if (QFile::copy(outcome.pdfPath, temporary) && !QFile::rename(temporary, cached))
            QFile::remove(temporary);
    }
    return outcome;
}

ConversionOutcome OfficeConverter::runLibreOffice(const QString &input, const QString &outputFolder,
    const CancellationToken &cancel, const ProgressCallback &progress)
{
    using K = ConversionOutcome::Kind;
    QProcess process;
    process.setProgram(program());
    process.setArguments({
        QStringLiteral("-env:UserInstallation=")
            + QUrl::fromLocalFile(profileDirectory()).toString(QUrl::FullyEncoded),
        QStringLiteral("--headless"),
        QStringLiteral("--norestore"),
        QStringLiteral("--nolockcheck"),
        QStringLiteral("--convert-to"),
        QStringLiteral("pdf"),
        QStringLiteral("--outdir"),
        QDir::toNativeSeparators(outputFolder),
        QDir::toNativeSeparators(input),
    });
    process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setsid(); });
#endif

    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForStarted(30'000))
        return outcomeOf(K::ConverterMissing,
            Tr::tr("LibreOffice (%1) could not be started: %2")
                .arg(QDir::toNativeSeparators(program()), process.errorString()));
    qint64 reportedAt = -1;
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(100)) {
        if (cancel.isCancelled()) {
            killProcessTree(process);
            ++m_profileGeneration;
            return outcomeOf(K::Cancelled, Tr::tr("the conversion was cancelled."));
        }
        if (clock.elapsed() > m_timeLimitMs) {
            killProcessTree(process);
            ++m_profileGeneration; // its profile may be left locked
            return outcomeOf(K::TimedOut,
                Tr::tr("LibreOffice did not finish converting it within %n second(s) and was "
                       "stopped.",
                    nullptr, int((m_timeLimitMs + 999) / 1000)));
        }
        if (progress && clock.elapsed() - reportedAt >= 250) {
            reportedAt = clock.elapsed();
            progress({ reportedAt, m_timeLimitMs });
        }
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    const QString pdf
        = QDir(outputFolder).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".pdf"));
    // soffice exits with 0 even when it could not load the file: the PDF is the answer.
    if (process.exitStatus() != QProcess::NormalExit || !QFileInfo(pdf).isFile()
        || QFileInfo(pdf).size() == 0) {
        const QString said = output.split(u'\n').filter(QStringLiteral("Error")).join(u' ');
        return outcomeOf(K::Failed,
            said.contains(QStringLiteral("could not be loaded"))
                ? Tr::tr("LibreOffice cannot open it: the file is damaged or protected by a "
                         "password. Open it in Word or LibreOffice, save it without a password, "
                         "and attach it again.")
                : Tr::tr("LibreOffice could not convert it (%1).")
                      .arg(said.isEmpty() ? Tr::tr("exit code %1").arg(process.exitCode())
                                          : said.left(200)));
    }
    ConversionOutcome outcome;
    outcome.kind = K::Converted;
    outcome.pdfPath = pdf;
    if (progress)
        progress({ clock.elapsed(), m_timeLimitMs });
    return outcome;
}

} // namespace phonghop
