// Validation names each problem clearly and publishes nothing while one remains.
#include <catch2/catch.hpp>

#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/share/sharereader.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace phonghop;
using Kind = ValidationProblem::Kind;

namespace {

QList<Kind> kinds(const QList<ValidationProblem> &problems, bool blockingOnly = true)
{
    QList<Kind> result;
    for (const ValidationProblem &problem : problems) {
        if (problem.blocking || !blockingOnly)
            result << problem.kind;
    }
    return result;
}

// Publishes and checks that nothing reached the share: no manifest for the meeting.
PublishOutcome publishExpectingNothing(const test::TestShare &share, const DraftMeeting &draft)
{
    const PublishOutcome outcome
        = MeetingPublisher(share.root(), test::testOrganisationKey()).publish(draft);
    CHECK(outcome.kind == PublishOutcome::Kind::Invalid);
    CHECK(ShareReader(share.root()).manifestRevisions(draft.id).isEmpty());
    CHECK_FALSE(QDir(share.path(QStringLiteral("meetings/") + draft.id)).exists());
    return outcome;
}

} // namespace

TEST_CASE("A complete draft has no problems", "[publish][validation]")
{
    QTemporaryDir dir;
    CHECK(PublishValidator().validate(test::publish::validDraft(dir.path())).isEmpty());
}

TEST_CASE("A document that is not a PDF is named and nothing is published", "[publish][validation]")
{
    test::TestShare share;
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    const QString word = dir.filePath(QStringLiteral("bien-ban.txt"));
    test::writeFile(word, QByteArray("PK\x03\x04 this is a Word file", 24));
    d.documents[1].filePath = word;
    const PublishOutcome outcome = publishExpectingNothing(share, d);
    CHECK(kinds(outcome.problems) == QList<Kind> { Kind::NotPdf });
    CHECK(outcome.problems.first().subjectId == QStringLiteral("d2"));
    CHECK(outcome.problems.first().message.contains(QStringLiteral("Dự thảo Kế hoạch 2027")));
    CHECK(outcome.problems.first().message.contains(QStringLiteral("not a PDF")));
}

TEST_CASE(
    "A PDF that Poppler cannot open is named and nothing is published", "[publish][validation]")
{
    test::TestShare share;
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    const QString broken = dir.filePath(QStringLiteral("hong.pdf"));
    test::writeFile(broken, QByteArray("%PDF-1.7\n") + test::pseudoRandomBytes(4000, 7));
    d.documents[0].filePath = broken;
    const PublishOutcome outcome = publishExpectingNothing(share, d);
    CHECK(kinds(outcome.problems) == QList<Kind> { Kind::UnreadablePdf });
    CHECK(outcome.problems.first().message.contains(QStringLiteral("Báo cáo số 45/BC-UBND")));
}

TEST_CASE("An empty agenda is refused and nothing is published", "[publish][validation]")
{
    test::TestShare share;
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    d.agenda.clear();
    d.documents.clear();
    const PublishOutcome outcome = publishExpectingNothing(share, d);
    CHECK(kinds(outcome.problems) == QList<Kind> { Kind::EmptyAgenda });
    CHECK(outcome.message.contains(QStringLiteral("agenda is empty")));
}

TEST_CASE("A participant without a role is named and nothing is published", "[publish][validation]")
{
    test::TestShare share;
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    d.participants[2].role.reset();
    const PublishOutcome outcome = publishExpectingNothing(share, d);
    CHECK(kinds(outcome.problems) == QList<Kind> { Kind::ParticipantWithoutRole });
    CHECK(outcome.problems.first().message.contains(QStringLiteral("Lê Đức Thọ")));
}

TEST_CASE("The same file attached twice is named as a duplicate and nothing is published",
    "[publish][validation]")
{
    test::TestShare share;
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    DraftDocument again = d.documents[0];
    again.id = QStringLiteral("d9");
    again.agendaItemId = QStringLiteral("i4");
    again.title = QStringLiteral("Báo cáo (bản sao)");
    d.documents << again;
    const PublishOutcome outcome = publishExpectingNothing(share, d);
    CHECK(kinds(outcome.problems) == QList<Kind> { Kind::DuplicateDocument });
    CHECK(outcome.problems.first().message.contains(QStringLiteral("Báo cáo (bản sao)")));
    CHECK(outcome.problems.first().message.contains(QStringLiteral("Báo cáo số 45/BC-UBND")));
}

TEST_CASE("A missing file, a missing title and a bad id are each named", "[publish][validation]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    QFile::remove(d.documents[2].filePath);
    d.title.clear();
    d.id = QStringLiteral("Họp tháng 12");
    const QList<Kind> found = kinds(PublishValidator().validate(d));
    CHECK(found.contains(Kind::MissingFile));
    CHECK(found.contains(Kind::MissingTitle));
    CHECK(found.contains(Kind::InvalidMeetingId));
}

TEST_CASE("A confidential document needs recipients who are participants", "[publish][validation]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    d.documents[2].confidential = true;
    CHECK(kinds(PublishValidator().validate(d))
        == QList<Kind> { Kind::ConfidentialWithoutRecipients });
    d.documents[2].recipientIds = { QStringLiteral("p-anh"), QStringLiteral("p-ghost") };
    CHECK(kinds(PublishValidator().validate(d)) == QList<Kind> { Kind::UnknownRecipient });
    d.documents[2].recipientIds = { QStringLiteral("p-anh") };
    const QList<ValidationProblem> problems = PublishValidator().validate(d);
    CHECK_FALSE(PublishValidator::hasBlocking(problems));
    CHECK(problems.isEmpty());
}
