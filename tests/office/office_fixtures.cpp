#include "office_fixtures.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace phonghop::test::office {

namespace {

QString escapeXml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString sofficeProgram()
{
    if (const QString configured = qEnvironmentVariable("PHONGHOP_SOFFICE"); !configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

bool runSoffice(const QString &profile, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(sofficeProgram());
    process.setArguments(QStringList {
                             QStringLiteral("-env:UserInstallation=")
                                 + QUrl::fromLocalFile(profile).toString(QUrl::FullyEncoded),
                             QStringLiteral("--headless"),
                             QStringLiteral("--norestore"),
                         }
        + arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    const bool finished = process.waitForFinished(180'000);
    INFO(QString::fromLocal8Bit(process.readAll()).toStdString());
    CHECK(finished);
    CHECK(process.exitCode() == 0);
    return finished && process.exitCode() == 0;
}

QString writeDocx(const QString &profile, const QString &folder, const QString &baseName,
    const QStringList &paragraphs)
{
    QString body;
    for (const QString &paragraph : paragraphs)
        body += QStringLiteral("<text:p text:style-name=\"Standard\">%1</text:p>\n")
                    .arg(escapeXml(paragraph));
    const QString fodt = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"
  style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/>
 </style:style>
</office:styles>
<office:body><office:text>
%1</office:text></office:body></office:document>
)")
                             .arg(body);
    const QString source = QDir(folder).filePath(baseName + QStringLiteral(".fodt"));
    writeFile(source, fodt.toUtf8());
    runSoffice(profile,
        { QStringLiteral("--convert-to"), QStringLiteral("docx"), QStringLiteral("--outdir"),
            folder, source });
    QFile::remove(source);
    const QString docx = QDir(folder).filePath(baseName + QStringLiteral(".docx"));
    REQUIRE(QFileInfo(docx).size() > 0);
    return docx;
}

QString writeSpreadsheet(const QString &profile, const QString &folder, const QString &baseName,
    const QString &csv, const QString &suffix)
{
    const QString source = QDir(folder).filePath(baseName + QStringLiteral(".csv"));
    writeFile(source, csv.toUtf8());
    // CSV filter options: comma, double quote, UTF-8 (76), from line 1.
    runSoffice(profile,
        { QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"), suffix,
            QStringLiteral("--outdir"), folder, source });
    QFile::remove(source);
    const QString sheet = QDir(folder).filePath(baseName + u'.' + suffix);
    REQUIRE(QFileInfo(sheet).size() > 0);
    return sheet;
}

QString writePasswordProtectedOdt(
    const QString &profile, const QString &folder, const QString &password)
{
    // The profile exists once soffice ran in it: the macro replaces the empty Module1 of its
    // Standard library.
    const QString plain = writeDocx(profile, folder, QStringLiteral("plain"),
        { QStringLiteral("Dự thảo Nghị quyết — bản có mật khẩu") });
    const QString module = profile + QStringLiteral("/user/basic/Standard/Module1.xba");
    REQUIRE(QFileInfo::exists(module));
    writeFile(module, R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(source As String, target As String, password As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = &quot;Hidden&quot;
  hidden(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, hidden())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;writer8&quot;
  store(1).Name = &quot;Password&quot;
  store(1).Value = password
  document.storeToURL(ConvertToURL(target), store())
  document.close(True)
End Sub
</script:module>
)");
    const QString locked = QDir(folder).filePath(QStringLiteral("co-mat-khau.odt"));
    runSoffice(profile,
        { QStringLiteral("macro:///Standard.Module1.SaveWithPassword(\"%1\",\"%2\",\"%3\")")
                .arg(plain, locked, password) });
    REQUIRE(QFileInfo(locked).size() > 0);
    return locked;
}

QStringList processesMentioning(const QString &text)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray arguments = cmdline.readAll().replace('\0', ' ');
        if (arguments.contains(text.toUtf8()))
            found << pid + u' ' + QString::fromUtf8(arguments);
    }
    return found;
}

} // namespace phonghop::test::office
