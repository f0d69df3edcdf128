// The desk: one core object per open cache that syncs, says what changed, and carries the
// delegate's comments to the secretary, without a widget in sight.
#include <catch2/catch.hpp>

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/annotations/documentcomments.h"
#include "meeting_core/demo/demoshare.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/desk/desk.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/trust/devicekey.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace phonghop;

namespace {

std::unique_ptr<Desk> openDesk(const QString &cacheDirectory, const QString &sharePath)
{
    auto opened = Desk::open(cacheDirectory, sharePath);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// Syncs through the desk's own sync service and waits for it to finish.
void syncNow(Desk &desk)
{
    QSignalSpy finished(&desk.sync(), &SyncService::syncFinished);
    desk.sync().start();
    REQUIRE(finished.wait(30000));
}

QStringList secondArguments(const QSignalSpy &spy)
{
    QStringList values;
    for (const QList<QVariant> &arguments : spy)
        values << arguments.at(1).toString();
    values.sort();
    return values;
}

} // namespace

TEST_CASE("A desk syncs a share and says which meetings and documents changed, and what the "
          "revision before was",
    "[desk]")
{
    test::TestShare share;
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 3);
    share.publish(meeting);
    QTemporaryDir cacheDir;
    std::unique_ptr<Desk> desk = openDesk(cacheDir.path(), share.root());
    test::pinTestOrganisation(desk->cache());

    QSignalSpy meetingsChanged(desk.get(), &Desk::meetingsChanged);
    QSignalSpy documentChanged(desk.get(), &Desk::documentChanged);
    syncNow(*desk);
    REQUIRE(meetingsChanged.size() == 1);
    CHECK(meetingsChanged.first().at(0).toStringList() == QStringList { QStringLiteral("m1") });
    // A first revision: every document is new to this seat.
    CHECK(secondArguments(documentChanged)
        == QStringList { QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3") });
    CHECK_FALSE(desk->previousMeeting(QStringLiteral("m1")).has_value());
    const Result<QList<MeetingSummary>> meetings = desk->meetings();
    REQUIRE(meetings.ok());
    REQUIRE(meetings.value().size() == 1);

    // The secretary replaces the second document with a new version.
    const DocumentRef before = meeting.documents.at(1);
    meeting.documents[1] = share.addDocument(
        QStringLiteral("d2"), QStringLiteral("i2"), test::pseudoRandomBytes(4096, 77));
    meeting.documents[1].version = 2;
    share.publish(meeting);
    meetingsChanged.clear();
    documentChanged.clear();
    syncNow(*desk);
    REQUIRE(meetingsChanged.size() == 1);
    CHECK(secondArguments(documentChanged) == QStringList { QStringLiteral("d2") });
    CHECK(documentChanged.first().at(0).toString() == QStringLiteral("m1"));

    const std::optional<Meeting> previous = desk->previousMeeting(QStringLiteral("m1"));
    REQUIRE(previous.has_value());
    CHECK(previous->revision == 1);
    CHECK(previous->documents.at(1).sha256 == before.sha256);
    const Result<std::optional<Meeting>> current = desk->meeting(QStringLiteral("m1"));
    REQUIRE(current.ok());
    REQUIRE(current.value().has_value());
    CHECK(current.value()->revision == 2);
    const MeetingBadges badges = desk->changesSincePrevious(*current.value());
    CHECK(badges.document(QStringLiteral("d2")) == ChangeBadge::Updated);
    CHECK(badges.document(QStringLiteral("d1")) == ChangeBadge::None);
    // The old version's file stays in the object store for reviewing carried-over notes.
    CHECK(desk->earlierVersionPath(QStringLiteral("m1"), QStringLiteral("d2"), 1)
        == desk->documentPath(before));
    CHECK(desk->earlierVersionPath(QStringLiteral("m1"), QStringLiteral("d2"), 2).isEmpty());

    // A sync that brings nothing new says nothing changed.
    meetingsChanged.clear();
    syncNow(*desk);
    CHECK(meetingsChanged.isEmpty());
}

TEST_CASE("A desk carries a delegate's annotations to a document's new version once, and says so",
    "[desk][annotations]")
{
    test::TestShare share;
    QTemporaryDir staging;
    const auto pdf = [&staging](const QString &name, quint32 seed) {
        GeneratedDocument content;
        content.agency = QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ");
        content.kindTitle = QStringLiteral("TỜ TRÌNH");
        content.subject = QStringLiteral("Về đề án xây dựng nông thôn mới");
        content.seed = seed;
        const QString path = staging.filePath(name);
        REQUIRE(documentgenerator::writeTextDocument(path, content).ok());
        return test::readFile(path);
    };
    Meeting meeting = share.makeMeeting(QStringLiteral("m1"), 0);
    meeting.documents << share.addDocument(
        QStringLiteral("d1"), QStringLiteral("i1"), pdf(QStringLiteral("v1.pdf"), 1));
    share.publish(meeting);
    QTemporaryDir cacheDir;
    std::unique_ptr<Desk> desk = openDesk(cacheDir.path(), share.root());
    test::pinTestOrganisation(desk->cache());
    syncNow(*desk);
    REQUIRE(desk->annotationStore() != nullptr);

    // A highlight on words the new version no longer has: carried over, but for review.
    Annotation highlight;
    highlight.id = newAnnotationId();
    highlight.page = 0;
    highlight.quads = { QRectF(0.1, 0.4, 0.5, 0.02) };
    highlight.anchor.quote = QStringLiteral("một câu không có trong văn bản");
    const AnnotationScope first { desk->owner(), QStringLiteral("d1"), 1 };
    desk->annotationStore()->save(first, highlight);

    meeting.documents[0] = share.addDocument(
        QStringLiteral("d1"), QStringLiteral("i1"), pdf(QStringLiteral("v2.pdf"), 2));
    meeting.documents[0].version = 2;
    share.publish(meeting);
    syncNow(*desk);
    const DocumentRef second = desk->meeting(QStringLiteral("m1")).value()->documents.first();
    REQUIRE(second.version == 2);

    QSignalSpy carried(desk.get(), &Desk::annotationsCarriedOver);
    QSignalSpy failed(desk.get(), &Desk::annotationsCarryOverFailed);
    desk->carryOverAnnotations(QStringLiteral("m1"), second);
    REQUIRE(carried.wait(30000));
    CHECK(failed.isEmpty());
    CHECK(carried.first().at(0).value<DocumentRef>() == second);
    CHECK(carried.first().at(1).toInt() == 1);
    const AnnotationScope carriedScope { desk->owner(), QStringLiteral("d1"), 2 };
    const QVector<Annotation> onSecond = desk->annotationStore()->annotations(carriedScope);
    REQUIRE(onSecond.size() == 1);
    CHECK(onSecond.first().needsReview);

    // Once only: the version is annotated now.
    carried.clear();
    desk->carryOverAnnotations(QStringLiteral("m1"), second);
    CHECK_FALSE(carried.wait(500));
    CHECK(desk->annotationStore()->annotations(carriedScope).size() == 1);
}

TEST_CASE("A desk keeps reading positions and personal notes, answering with results", "[desk]")
{
    test::TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<Desk> desk = openDesk(cacheDir.path(), share.root());
    REQUIRE(desk->annotationStore() != nullptr);
    const QString sha = QString(64, u'a');
    REQUIRE(desk->lastReadPage(sha).ok());
    CHECK(desk->lastReadPage(sha).value() == -1);
    REQUIRE(desk->setLastReadPage(sha, 7).ok());
    CHECK(desk->lastReadPage(sha).value() == 7);

    REQUIRE(desk->setPersonalNote(
                    QStringLiteral("m1"), QStringLiteral("i2"), QStringLiteral("Hỏi về kinh phí"))
                .ok());
    const Result<QString> note = desk->personalNote(QStringLiteral("m1"), QStringLiteral("i2"));
    REQUIRE(note.ok());
    CHECK(note.value() == QStringLiteral("Hỏi về kinh phí"));
    CHECK(desk->personalNote(QStringLiteral("m1"), {}).value().isEmpty());
    // The notes are the owner's, in the same store the annotation panel uses.
    CHECK(desk->annotationStore()->personalNote(
              desk->owner(), QStringLiteral("m1"), QStringLiteral("i2"))
        == QStringLiteral("Hỏi về kinh phí"));
}

TEST_CASE("A comment to the secretary is signed as the participant the session acts as, and read "
          "back under their name "
          "off the calling thread",
    "[desk][comments]")
{
    QTemporaryDir shareDir;
    REQUIRE(demoshare::write(shareDir.path()).ok());
    const QStringList meetingIds = ShareReader(shareDir.path()).meetingIds();
    REQUIRE_FALSE(meetingIds.isEmpty());
    const QString meetingId = meetingIds.first();
    QTemporaryDir cacheDir;
    std::unique_ptr<Desk> desk = openDesk(cacheDir.path(), shareDir.path());
    REQUIRE(pinOrganisation(
        desk->cache(), QStringLiteral("Demo"), demoshare::organisationKey().publicKey())
                .ok());
    syncNow(*desk);
    const Result<std::optional<Meeting>> meeting = desk->meeting(meetingId);
    REQUIRE(meeting.ok());
    REQUIRE(meeting.value().has_value());
    REQUIRE_FALSE(meeting.value()->documents.isEmpty());
    const DocumentRef document = meeting.value()->documents.first();

    QSignalSpy sessionChanged(desk.get(), &Desk::sessionChanged);
    desk->setCurrentMeeting(meetingId);
    REQUIRE(desk->session().refresh().ok());
    // The demo's "act as": this seat takes part as Trần Thị Bình with her key.
    REQUIRE(desk->session().actAs(QStringLiteral("p-binh")).ok());
    CHECK_FALSE(sessionChanged.isEmpty());
    REQUIRE(desk->session().self() != nullptr);
    REQUIRE(desk->session().self()->name == QStringLiteral("Trần Thị Bình"));

    // The share is read on the pool's threads: while they are all busy, nothing is read, and
    // what reaches the share after the call is still found.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore gate;
    for (int i = 0; i < threads; ++i)
        pool->start([&gate] { gate.acquire(); });
    QSignalSpy read(desk.get(), &Desk::commentsRead);
    const quint64 ticket = desk->readComments(meetingId, document.id);
    CHECK_FALSE(read.wait(300));

    REQUIRE(desk->sendComment(meetingId, document, 2, QStringLiteral("kinh phí"),
                    QStringLiteral("Đề nghị làm rõ nguồn kinh phí."))
                .ok());
    REQUIRE(SyncEngine(desk->cache(), shareDir.path()).run().reachedShare());
    gate.release(threads);
    REQUIRE(read.wait(30000));
    REQUIRE(read.size() == 1);
    CHECK(read.first().at(0).value<quint64>() == ticket);
    const auto comments = read.first().at(1).value<QVector<DocumentComment>>();
    REQUIRE(comments.size() == 1);
    CHECK(comments.first().authorName == QStringLiteral("Trần Thị Bình"));
    CHECK(comments.first().participantId == QStringLiteral("p-binh"));
    CHECK(comments.first().text == QStringLiteral("Đề nghị làm rõ nguồn kinh phí."));
    // Signed with her key, so it lies in her folder, not in this device's.
    CHECK(comments.first().deviceId
        == deviceIdOf(demoshare::participantKey(QStringLiteral("p-binh")).publicKey()));
    // And the record itself carries her name and id, for any reader (the export too).
    const QVector<DocumentComment> raw
        = gatherDocumentComments(ShareReader(shareDir.path()), meetingId, document.id);
    REQUIRE(raw.size() == 1);
    CHECK(raw.first().authorName == QStringLiteral("Trần Thị Bình"));
    CHECK(raw.first().participantId == QStringLiteral("p-binh"));
}

TEST_CASE("The secretary's list names a comment after the roster participant whose key signed it",
    "[desk][comments]")
{
    DocumentComment signedByAn;
    signedByAn.authorName = QStringLiteral("local");
    const SigningKey anKey = SigningKey::generate();
    signedByAn.deviceId = deviceIdOf(anKey.publicKey());
    DocumentComment stranger;
    stranger.authorName = QStringLiteral("Khách");
    stranger.deviceId = deviceIdOf(SigningKey::generate().publicKey());
    QVector<DocumentComment> comments { signedByAn, stranger };

    Roster roster;
    RosterParticipant an;
    an.id = QStringLiteral("p-an");
    an.name = QStringLiteral("Nguyễn Văn An");
    an.devices << RosterDevice { deviceIdOf(anKey.publicKey()), anKey.publicKey(),
        QStringLiteral("Máy tính bảng") };
    roster.participants << an;
    nameCommentAuthors(comments, roster);
    CHECK(comments.at(0).authorName == QStringLiteral("Nguyễn Văn An"));
    CHECK(comments.at(0).participantId == QStringLiteral("p-an"));
    CHECK(comments.at(1).authorName == QStringLiteral("Khách"));
    CHECK(comments.at(1).participantId.isEmpty());
}
