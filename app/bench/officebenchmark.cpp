// phonghop-bench office [--runs N]: converting a 30-page Word document and a 2,000-row Excel
// workbook to PDF as publication does (OfficeConverter: a copy in a temporary folder, LibreOffice
// headless in a private profile, the page check with Poppler), beside `soffice --headless
// --convert-to pdf` run by hand on the same file in the same run. Both are measured with a
// profile LibreOffice already made (its second start onwards) and with a new one (its first).
#include "bench/benchmarks.h"
#include "bench/benchstats.h"

#include "meeting_core/convert/officeconverter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace phonghop::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

// soffice by hand, as an administrator would type it; returns the time, or -1 on failure.
double convertByHand(const QString &soffice, const QString &profile, const QString &file,
    const QString &outputFolder)
{
    QProcess process;
    process.setProgram(soffice);
    process.setArguments({ QStringLiteral("-env:UserInstallation=")
            + QUrl::fromLocalFile(profile).toString(QUrl::FullyEncoded),
        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
        QStringLiteral("--outdir"), outputFolder, file });
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        return -1;
    const double ms = elapsedMs(timer);
    const QString pdf
        = QDir(outputFolder).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
    return QFileInfo(pdf).size() > 0 ? ms : -1;
}

bool makeDocument(const QString &soffice, const QString &profile, const QString &source,
    const QString &format, const QStringList &extra = {})
{
    QProcess process;
    process.setProgram(soffice);
    process.setArguments(QStringList { QStringLiteral("-env:UserInstallation=")
                                 + QUrl::fromLocalFile(profile).toString(QUrl::FullyEncoded),
                             QStringLiteral("--headless") }
        + extra
        + QStringList { QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
            QFileInfo(source).absolutePath(), source });
    process.start();
    return process.waitForFinished(600'000) && process.exitCode() == 0;
}

// About 30 A4 pages of a Vietnamese report in Times New Roman 13 pt.
QByteArray longReport()
{
    QByteArray body;
    for (int section = 1; section <= 30; ++section) {
        body += "<text:h text:outline-level=\"1\">" + QByteArray::number(section)
            + ". Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội</text:h>\n";
        for (int paragraph = 0; paragraph < 7; ++paragraph)
            body += "<text:p text:style-name=\"Standard\">Trong năm 2026, Ủy ban nhân dân xã đã "
                    "tập trung chỉ đạo thực hiện đồng bộ các giải pháp phát triển sản xuất nông "
                    "nghiệp, xây dựng nông thôn mới, bảo đảm an sinh xã hội; tổng thu ngân sách "
                    "trên địa bàn đạt 112% dự toán, giải quyết việc làm cho 350 lao động, tỷ lệ hộ "
                    "nghèo giảm còn 2,1%. Các công trình đường giao thông liên thôn, trường học và "
                    "trạm y tế được đầu tư đúng tiến độ, chất lượng.</text:p>\n";
        body += "<text:p text:style-name=\"Break\"/>\n";
    }
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman"
 svg:font-family="'Times New Roman'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties
 fo:text-align="justify" fo:margin-bottom="0.2cm"/><style:text-properties
 style:font-name="Times New Roman" fo:font-size="13pt"/></style:style>
<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties
 fo:break-after="page"/></style:style>
</office:styles>
<office:body><office:text>
)" + body
        + "</office:text></office:body></office:document>\n";
}

QByteArray budgetRows(int rows)
{
    QByteArray csv = "STT,Hạng mục,Thôn,Đơn vị thực hiện,Kinh phí (triệu đồng),Ghi chú\n";
    for (int row = 1; row <= rows; ++row)
        csv += QByteArray::number(row) + ",Sửa chữa đường bê tông tuyến " + QByteArray::number(row)
            + ",Thôn Phú Hưng " + QByteArray::number(row % 12 + 1) + ",Ban quản lý dự án xã,"
            + QByteArray::number(100 + row % 900) + ",Đã phê duyệt\n";
    return csv;
}

} // namespace

int runOfficeBenchmark(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int runs = 3;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs"));
        at >= 0 && at + 1 < arguments.size())
        runs = std::max(1, arguments.at(at + 1).toInt());
    OfficeConverter probe;
    const QString soffice = probe.program();
    if (soffice.isEmpty()) {
        err << "soffice not found (install libreoffice-writer-nogui and libreoffice-calc-nogui)\n";
        return 1;
    }
    QTemporaryDir work;
    const QString makerProfile = work.filePath(QStringLiteral("maker-profile"));
    const QString fodt = work.filePath(QStringLiteral("bao-cao-30-trang.fodt"));
    const QString csv = work.filePath(QStringLiteral("du-toan-2000-dong.csv"));
    {
        QFile file(fodt);
        QFile sheet(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(longReport()) < 0
            || !sheet.open(QIODevice::WriteOnly) || sheet.write(budgetRows(2000)) < 0) {
            err << "cannot write the documents to convert in " << work.path() << '\n';
            return 1;
        }
    }
    if (!makeDocument(soffice, makerProfile, fodt, QStringLiteral("docx"))
        || !makeDocument(soffice, makerProfile, csv, QStringLiteral("xlsx"),
            { QStringLiteral("--infilter=CSV:44,34,76,1") })) {
        err << "LibreOffice could not make the documents to convert\n";
        return 1;
    }
    const QStringList files { work.filePath(QStringLiteral("bao-cao-30-trang.docx")),
        work.filePath(QStringLiteral("du-toan-2000-dong.xlsx")) };

    QJsonArray results;
    const QString loadBefore = loadAverage();
    for (const QString &file : files) {
        // Warm: both with a profile made by an earlier start (publication keeps one per
        // converter; the administrator's soffice has the user's).
        const QString handProfile = work.filePath(QStringLiteral("hand-profile"));
        const QString ourProfile = work.filePath(QStringLiteral("our-profile"));
        OfficeConverter converter;
        converter.setProfileDirectory(ourProfile);
        QList<double> hand, ours, handCold, oursCold;
        int pages = 0;
        for (int run = 0; run <= runs; ++run) {
            const QString output = work.filePath(QStringLiteral("hand-%1").arg(run));
            QDir().mkpath(output);
            const double byHand = convertByHand(soffice, handProfile, file, output);
            QElapsedTimer timer;
            timer.start();
            const ConversionOutcome converted = converter.convert(file);
            const double byUs = elapsedMs(timer);
            if (byHand < 0 || !converted.converted()) {
                err << "conversion failed: " << converted.detail << '\n';
                return 1;
            }
            pages = converted.pageCount;
            if (run == 0)
                continue; // the first start makes each profile: measured below, on its own
            hand << byHand;
            ours << byUs;
        }
        // Cold: a profile of its own each time, as a publication's first conversion has.
        for (int run = 0; run < runs; ++run) {
            const QString output = work.filePath(QStringLiteral("cold-%1").arg(run));
            QDir().mkpath(output);
            handCold << convertByHand(
                soffice, work.filePath(QStringLiteral("hand-cold-%1").arg(run)), file, output);
            OfficeConverter fresh;
            QElapsedTimer timer;
            timer.start();
            if (!fresh.convert(file).converted())
                return 1;
            oursCold << elapsedMs(timer);
        }
        const double handMedian = median(hand), ourMedian = median(ours);
        const double handColdMedian = median(handCold), ourColdMedian = median(oursCold);
        results.append(QJsonObject {
            { QStringLiteral("file"), QFileInfo(file).fileName() },
            { QStringLiteral("bytes"), double(QFileInfo(file).size()) },
            { QStringLiteral("pdfPages"), pages },
            { QStringLiteral("runs"), runs },
            { QStringLiteral("sofficeByHandMs"), handMedian },
            { QStringLiteral("publicationMs"), ourMedian },
            { QStringLiteral("ratio"), ourMedian / handMedian },
            { QStringLiteral("sofficeByHandNewProfileMs"), handColdMedian },
            { QStringLiteral("publicationNewProfileMs"), ourColdMedian },
            { QStringLiteral("ratioNewProfile"), ourColdMedian / handColdMedian },
        });
    }
    out << QJsonDocument(QJsonObject {
                             { QStringLiteral("benchmark"), QStringLiteral("office.convert") },
                             { QStringLiteral("loadAverageBefore"), loadBefore },
                             { QStringLiteral("loadAverageAfter"), loadAverage() },
                             { QStringLiteral("results"), results },
                         })
               .toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace phonghop::bench
