// `phonghop-cli publish`: exit codes and messages a script can rely on.
#include <catch2/catch.hpp>

#include "cli/commandlinetool.h"
#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/share/sharereader.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run publish(const QString &json, const QString &share, const QString &key)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::Streams streams { outStream, errStream };
    const int code = cli::CommandLineTool().run(
        { QStringLiteral("publish"), json, QStringLiteral("--share"), share,
            QStringLiteral("--key"), key, QStringLiteral("--quiet") },
        streams);
    return Run { code, out, err };
}

QString writeJson(const QString &folder, const DraftMeeting &draft)
{
    const QString path = folder + QStringLiteral("/MEETING.json");
    test::writeFile(path, QJsonDocument(draft::toJson(draft, folder)).toJson());
    return path;
}

} // namespace

TEST_CASE(
    "phonghop-cli publish publishes a meeting file with paths relative to it", "[publish][cli]")
{
    test::TestShare share;
    QTemporaryDir work;
    const QString key = work.filePath(QStringLiteral("org.key"));
    REQUIRE(test::testOrganisationKey().save(key).ok());
    DraftMeeting draft = test::publish::validDraft(work.path());
    const QString json = writeJson(work.path(), draft);
    CHECK(test::readFile(json).contains("\"file\": \"tai-lieu-1.pdf\""));

    const Run first = publish(json, share.root(), key);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == cli::Success);
    CHECK(first.out.contains(QStringLiteral("revision 1")));

    // The same file again (basedOnRevision 0) now conflicts: exit 4 and what changed.
    const Run again = publish(json, share.root(), key);
    CHECK(again.exitCode == cli::Rejected);
    CHECK(again.err.contains(QStringLiteral("already published")));
    CHECK(again.err.contains(QStringLiteral("Agenda item added: I. Kinh tế - xã hội")));
    CHECK(ShareReader(share.root()).manifestRevisions(draft.id) == QList<int> { 1 });
}

TEST_CASE(
    "phonghop-cli publish refuses an invalid meeting with the problems on stderr", "[publish][cli]")
{
    test::TestShare share;
    QTemporaryDir work;
    const QString key = work.filePath(QStringLiteral("org.key"));
    REQUIRE(test::testOrganisationKey().save(key).ok());
    DraftMeeting draft = test::publish::validDraft(work.path());
    draft.agenda.clear();
    draft.documents.clear();
    const Run run = publish(writeJson(work.path(), draft), share.root(), key);
    CHECK(run.exitCode == cli::Rejected);
    CHECK(run.err.contains(QStringLiteral("The agenda is empty")));
    CHECK(run.err.contains(QStringLiteral("Nothing was published")));
    CHECK(ShareReader(share.root()).manifestRevisions(draft.id).isEmpty());

    CHECK(publish(work.filePath(QStringLiteral("missing.json")), share.root(), key).exitCode
        == cli::UsageError);
    CHECK(publish(writeJson(work.path(), draft), work.filePath(QStringLiteral("no-share")), key)
              .exitCode
        == cli::Unreachable);
}
