// Publication end to end: a secretary's draft reaches two separate delegate caches through
// the share, re-publication carries new versions, two secretaries cannot overwrite each
// other, and a cancelled publication leaves the share as it was.
#include <catch2/catch.hpp>

#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/sha256.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

std::unique_ptr<MeetingCache> syncedCache(const QString &cacheDirectory, const QString &share)
{
    auto cache = MeetingCache::open(cacheDirectory);
    REQUIRE(cache.ok());
    test::pinTestOrganisation(*cache.value());
    const SyncReport report = SyncEngine(*cache.value(), share).run();
    INFO(report.summary().toStdString());
    REQUIRE(report.complete());
    return std::move(cache.value());
}

QStringList shareFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

TEST_CASE("A published meeting reaches two separate caches whole, numbered and verified",
    "[publish][roundtrip]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting d = test::publish::validDraft(files.path());
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    QList<PublishProgress> seen;
    const PublishOutcome outcome
        = publisher.publish(d, {}, [&](const PublishProgress &p) { seen << p; });
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.published());
    CHECK(outcome.revision == 1);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.last().bytesDone == seen.last().bytesTotal);
    CHECK(seen.last().documentsDone == 3);

    QTemporaryDir cacheA, cacheB;
    for (const QString &cacheDirectory : { cacheA.path(), cacheB.path() }) {
        auto cache = syncedCache(cacheDirectory, share.root());
        const std::optional<Meeting> meeting = cache->meeting(d.id);
        REQUIRE(meeting.has_value());
        CHECK(meeting->revision == 1);
        CHECK(meeting->title == d.title);
        CHECK(meeting->participants.size() == 3);
        REQUIRE(meeting->agenda.size() == 4);
        QStringList numbers;
        for (const AgendaItem &item : meeting->agenda)
            numbers << item.number;
        CHECK(numbers.contains(QStringLiteral("I")));
        CHECK(numbers.contains(QStringLiteral("II")));
        REQUIRE(meeting->documents.size() == 3);
        for (const DocumentRef &document : meeting->documents) {
            const auto source = std::find_if(d.documents.begin(), d.documents.end(),
                [&](const DraftDocument &x) { return x.id == document.id; });
            REQUIRE(source != d.documents.end());
            CHECK(Sha256::hexOfFile(cache->documentPath(document))
                == Sha256::hexOfFile(source->filePath));
        }
    }
}

TEST_CASE("Re-publishing a replaced document gives delegates version 2 and an updated badge",
    "[publish][roundtrip]")
{
    test::TestShare share;
    QTemporaryDir files, cacheDir;
    DraftMeeting d = test::publish::validDraft(files.path());
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    PublishOutcome first = publisher.publish(d);
    REQUIRE(first.published());
    MeetingPublisher::markPublished(d, first);
    CHECK(d.basedOnRevision == 1);
    auto cache = syncedCache(cacheDir.path(), share.root());
    const Meeting before = cache->meeting(d.id).value();

    const QString newFile = files.filePath(QStringLiteral("du-thao-v2.pdf"));
    test::publish::writePdf(newFile, QStringLiteral("Dự thảo Kế hoạch 2027 — bản sửa đổi lần 2"));
    REQUIRE(d.replaceDocumentFile(QStringLiteral("d2"), newFile));
    const PublishOutcome second = publisher.publish(d);
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.revision == 2);

    cache.reset();
    cache = syncedCache(cacheDir.path(), share.root());
    const Meeting after = cache->meeting(d.id).value();
    CHECK(after.revision == 2);
    const DocumentRef replaced = after.documentsOf(QStringLiteral("i3")).first();
    CHECK(replaced.id == QStringLiteral("d2"));
    CHECK(replaced.version == 2);
    CHECK(Sha256::hexOfFile(cache->documentPath(replaced)) == Sha256::hexOfFile(newFile));
    const MeetingBadges badges = changeBadges(before, after);
    CHECK(badges.document(QStringLiteral("d2")) == ChangeBadge::Updated);
    CHECK(badges.document(QStringLiteral("d1")) == ChangeBadge::None);
}

TEST_CASE("Two secretaries publishing the same meeting: the second is told and sees what changed",
    "[publish][conflict]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting original = test::publish::validDraft(files.path());
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    const PublishOutcome first = publisher.publish(original);
    REQUIRE(first.published());
    MeetingPublisher::markPublished(original, first);

    // Both open revision 1 and edit it.
    DraftMeeting tuyet = original;
    DraftMeeting hoa = original;
    tuyet.agenda << DraftAgendaItem { QStringLiteral("i5"), {},
        QStringLiteral("Các vấn đề phát sinh"), {}, 10 };
    tuyet.documents.removeIf(
        [](const DraftDocument &doc) { return doc.id == QStringLiteral("d3"); });
    hoa.location = QStringLiteral("Hội trường lớn");

    const PublishOutcome tuyetOutcome = publisher.publish(tuyet);
    REQUIRE(tuyetOutcome.published());
    CHECK(tuyetOutcome.revision == 2);
    const QStringList before = shareFiles(share.root());

    const PublishOutcome hoaOutcome = publisher.publish(hoa);
    CHECK(hoaOutcome.kind == PublishOutcome::Kind::NewerRevisionExists);
    CHECK(hoaOutcome.newerRevision == 2);
    CHECK(hoaOutcome.message.contains(QStringLiteral("Revision 2")));
    CHECK(shareFiles(share.root()) == before); // nothing written, not even objects
    REQUIRE(hoaOutcome.theirChanges.itemsAdded.size() == 1);
    CHECK(
        hoaOutcome.theirChanges.itemsAdded.first().title == QStringLiteral("Các vấn đề phát sinh"));
    REQUIRE(hoaOutcome.theirChanges.documentsRemoved.size() == 1);
    CHECK(hoaOutcome.theirChanges.documentsRemoved.first().id == QStringLiteral("d3"));
    CHECK(hoaOutcome.theirChanges.changedDetails.isEmpty());

    // A brand-new meeting whose id someone already used is a conflict too.
    DraftMeeting again = original;
    again.basedOnRevision = 0;
    CHECK(publisher.publish(again).kind == PublishOutcome::Kind::NewerRevisionExists);
}

TEST_CASE("A cancelled publication leaves the share exactly as readers saw it", "[publish][cancel]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting d = test::publish::validDraft(files.path());
    const QStringList before = shareFiles(share.root());
    CancellationToken cancel;
    const PublishOutcome outcome = MeetingPublisher(share.root(), test::testOrganisationKey())
                                       .publish(d, cancel, [&](const PublishProgress &p) {
                                           if (p.documentsDone == 1)
                                               cancel.cancel();
                                       });
    CHECK(outcome.kind == PublishOutcome::Kind::Cancelled);
    CHECK(ShareReader(share.root()).manifestRevisions(d.id).isEmpty());
    // Only complete objects may have arrived; no temporary file is left behind.
    for (const QString &file : shareFiles(share.root())) {
        if (!before.contains(file)) {
            INFO(file.toStdString());
            CHECK(file.startsWith(QStringLiteral("objects/")));
            CHECK_FALSE(file.contains(QStringLiteral(".phonghop-tmp-")));
        }
    }
}

TEST_CASE(
    "An abandoned publication's lone signature does not block the next one", "[publish][conflict]")
{
    test::TestShare share;
    QTemporaryDir files;
    DraftMeeting d = test::publish::validDraft(files.path());
    MeetingPublisher publisher(share.root(), test::testOrganisationKey());
    const PublishOutcome first = publisher.publish(d);
    REQUIRE(first.published());
    MeetingPublisher::markPublished(d, first);
    // A publisher died after writing the signature of revision 2.
    test::writeFile(
        share.manifestPath(d.id, 2).replace(QStringLiteral(".json"), QStringLiteral(".sig")), "{}");

    d.title += QStringLiteral(" (bổ sung)");
    const PublishOutcome busy = publisher.publish(d);
    CHECK(busy.kind == PublishOutcome::Kind::Failed);
    CHECK(busy.message.contains(QStringLiteral("right now")));

    publisher.setInProgressWindowSeconds(-1); // the lone signature is old news now
    const PublishOutcome second = publisher.publish(d);
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.revision == 3);
}

TEST_CASE("A key that is not the share's organisation key cannot publish", "[publish][roundtrip]")
{
    test::TestShare share;
    QTemporaryDir files;
    const PublishOutcome outcome
        = MeetingPublisher(share.root(), SigningKey::fromSeed(QByteArray(32, '\x07')))
              .publish(test::publish::validDraft(files.path()));
    CHECK(outcome.kind == PublishOutcome::Kind::Failed);
    CHECK(outcome.message.contains(QStringLiteral("another organisation key")));
}
