// Share format 2.0 (issue 21): a seat's work per refresh follows what changed. Every share
// operation is counted at the file-system boundary by the fscount layer linked into this test
// (app/bench/fscount), on real folders; the assertions are on counts, never on time.
#include "session_fixture.h"

#include "fscount/fscount.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/trust/devicekey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace phonghop;
using namespace phonghop::test;

namespace {

// A live session on a share of the given format (1: the per-device layout of 1.1; 2: 2.0).
struct LayoutShare {
    MeetingFixture m;
    QTemporaryDir dir;

    LayoutShare(int members, int formatMajor)
        : m(members)
    {
        REQUIRE(dir.isValid());
        REQUIRE(ShareWriter(root())
                    .initialise(QStringLiteral("UBND xã Sơn Hà"), m.organisation, formatMajor)
                    .ok());
        REQUIRE(writeRosterToShare(root(), m.roster, m.organisation).ok());
    }
    QString root() const { return QDir(dir.path()).canonicalPath(); }
    QString meetingId() const { return m.roster.meetingId; }
    std::unique_ptr<Seat> seat(const SigningKey &key) const
    {
        return std::make_unique<Seat>(root(), meetingId(), key, &m.organisation);
    }
    // Another meeting with the same people, with `records` check-ins and speaking requests of
    // its own (through the one way a seat's record reaches the share).
    void addMeeting(const QString &meetingId, int records) const
    {
        Roster other = m.roster;
        other.meetingId = meetingId;
        REQUIRE(writeRosterToShare(root(), other, m.organisation).ok());
        for (int r = 0; r < records; ++r) {
            const SigningKey &key = m.memberKeys.at(size_t(r) % m.memberKeys.size());
            deliver(key,
                makeSessionRecord(sessionkinds::speakRequest, meetingId, m.t0.addSecs(r),
                    { { QStringLiteral("item"), QStringLiteral("i1") },
                        { QStringLiteral("type"), QStringLiteral("speak") } },
                    key));
        }
    }
    void deliver(const SigningKey &key, const SignedRecord &record) const
    {
        static qint64 nextId = 5000;
        Outbox::Item item;
        item.id = nextId++;
        item.deviceId = deviceIdOf(key.publicKey());
        item.fileName = sessionRecordFileName(record,
            record.payload().value(u"at").toString().isEmpty()
                ? m.t0
                : QDateTime::fromString(
                    record.payload().value(u"at").toString(), Qt::ISODateWithMs));
        item.bytes = record.toBytes();
        REQUIRE(deliverOutboxItem(root(), item).delivered);
    }
    QString logFolder(const QString &meetingId) const
    {
        return root() + u'/' + shareformat::meetingsFolder + u'/' + meetingId + u'/'
            + shareformat::sessionFolder;
    }
};

// Counts the share operations (opens, looks, listings, changes) under `root` while work runs.
long operationsUnder(const QString &root, const std::function<void()> &work)
{
    fscount::setRoot(QFile::encodeName(root).constData());
    const long before = fscount::operationsTotal();
    work();
    const long counted = fscount::operationsTotal() - before;
    fscount::setRoot(nullptr);
    return counted;
}

void refreshed(Seat &seat)
{
    REQUIRE(seat->refresh().ok());
}

} // namespace

TEST_CASE(
    "The file-system counter of the scale tests counts this program's and Qt's calls", "[scale]")
{
    REQUIRE(fscount::available());
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).canonicalPath();
    CHECK(operationsUnder(root, [&] { QDir(root).entryList(); }) >= 1);
    CHECK(operationsUnder(root, [&] { QFileInfo(root + QStringLiteral("/x")).exists(); }) >= 1);
    CHECK(
        operationsUnder(root + QStringLiteral("/elsewhere"), [&] { QDir(root).entryList(); }) == 0);
}

TEST_CASE("A seat's refresh does not read or list other meetings' records", "[scale]")
{
    REQUIRE(fscount::available());
    LayoutShare share(4, 2);
    const QString other = QStringLiteral("ubnd-xa-2026-10");
    share.addMeeting(other, 150); // three pages of another meeting's log
    REQUIRE(ShareReader(share.root()).sessionPages(other).size() == 3);

    std::unique_ptr<Seat> first, second;
    const long onOtherMeeting
        = operationsUnder(share.root() + u'/' + shareformat::meetingsFolder + u'/' + other, [&] {
              first = share.seat(share.m.memberKeys[0]);
              REQUIRE((*first)->checkIn().ok());
              second = share.seat(share.m.memberKeys[1]);
              REQUIRE((*second)->checkIn().ok());
              refreshed(*first);
              refreshed(*first);
          });
    CHECK(onOtherMeeting == 0);
    CHECK((*first)->state().summary.present == 2);

    // Nor the device folders, where a 1.x share kept every meeting's records.
    const long onDevices = operationsUnder(share.root() + u'/' + shareformat::devicesFolder, [&] {
        REQUIRE((*second)->requestToSpeak(QStringLiteral("i1"), SpeakType::Speak).ok());
        refreshed(*first);
        refreshed(*second);
    });
    CHECK(onDevices == 0);
    CHECK((*first)->state().requests.size() == 1);

    // What it does read is its own meeting's log.
    const long onOwnMeeting
        = operationsUnder(share.logFolder(share.meetingId()), [&] { refreshed(*first); });
    CHECK(onOwnMeeting >= 2);
}

TEST_CASE("A refresh with nothing new costs the same few operations whatever the room and the "
          "share's history",
    "[scale]")
{
    REQUIRE(fscount::available());
    struct Case {
        int members;
        int pastMeetings;
    };
    QList<long> noop, oneNew;
    for (const Case c : { Case { 3, 0 }, Case { 70, 4 } }) {
        LayoutShare share(c.members, 2);
        for (int past = 0; past < c.pastMeetings; ++past)
            share.addMeeting(QStringLiteral("ky-truoc-%1").arg(past), 80);
        // Every member has checked in: with 70, the log runs over two pages.
        for (int i = 0; i < c.members; ++i)
            share.deliver(share.m.memberKeys[size_t(i)],
                makeSessionRecord(sessionkinds::checkIn, share.meetingId(), share.m.t0.addSecs(i),
                    { { QStringLiteral("participant"), MeetingFixture::memberId(i) } },
                    share.m.memberKeys[size_t(i)]));
        REQUIRE(ShareReader(share.root()).sessionPages(share.meetingId()).size()
            == (c.members > 60 ? 2 : 1));
        auto seat = share.seat(share.m.chairKey);
        refreshed(*seat);
        REQUIRE((*seat)->state().summary.present == c.members);
        noop << operationsUnder(share.root(), [&] { refreshed(*seat); });
        share.deliver(share.m.memberKeys[1],
            makeSessionRecord(sessionkinds::speakRequest, share.meetingId(), share.m.t0.addSecs(99),
                { { QStringLiteral("item"), QStringLiteral("i1") },
                    { QStringLiteral("type"), QStringLiteral("speak") } },
                share.m.memberKeys[1]));
        oneNew << operationsUnder(share.root(), [&] { refreshed(*seat); });
        CHECK((*seat)->state().requests.size() == 1);
    }
    INFO("no-op refreshes: " << noop[0] << ", " << noop[1] << "; one new record: " << oneNew[0]
                             << ", " << oneNew[1]);
    CHECK(noop[0] <= 3);
    CHECK(noop[1] == noop[0]);
    CHECK(oneNew[0] <= noop[0] + 3); // a look and an open for the new entry
    CHECK(oneNew[1] == oneNew[0]);

    // The same room on a 1.1 share costs a look at every device folder: the counter tells them
    // apart.
    LayoutShare old(70, 1);
    for (int i = 0; i < 70; ++i)
        old.deliver(old.m.memberKeys[size_t(i)],
            makeSessionRecord(sessionkinds::checkIn, old.meetingId(), old.m.t0.addSecs(i),
                { { QStringLiteral("participant"), MeetingFixture::memberId(i) } },
                old.m.memberKeys[size_t(i)]));
    auto seat = old.seat(old.m.chairKey);
    refreshed(*seat);
    CHECK(operationsUnder(old.root(), [&] { refreshed(*seat); }) > 70);
}

TEST_CASE("A sync poll with nothing new reads the descriptor and lists the index, however many "
          "meetings",
    "[scale]")
{
    REQUIRE(fscount::available());
    QList<long> counts;
    for (const int meetings : { 1, 12 }) {
        LayoutShare share(2, 2);
        ShareWriter writer(share.root());
        for (int i = 0; i < meetings; ++i) {
            Meeting meeting;
            meeting.id = QStringLiteral("ky-hop-%1").arg(i);
            meeting.title = QStringLiteral("Kỳ họp %1").arg(i);
            meeting.start = share.m.t0;
            REQUIRE(writer.publish(meeting, share.m.organisation).ok());
        }
        REQUIRE(ShareReader(share.root()).indexEntries().size() == meetings);
        QTemporaryDir cacheDir;
        auto cache = MeetingCache::open(cacheDir.path());
        REQUIRE(cache.ok());
        REQUIRE(pinOrganisation(
            *cache.value(), QStringLiteral("UBND xã Sơn Hà"), share.m.organisation.publicKey())
                    .ok());
        SyncEngine engine(*cache.value(), share.root());
        REQUIRE(engine.run().updatedMeetings.size() == meetings); // the first: a full look
        long noop = 0;
        SyncReport again;
        noop = operationsUnder(share.root(), [&] { again = engine.run(); });
        CHECK(again.complete());
        counts << noop;
        // A new revision is found through the index.
        Meeting next;
        next.id = QStringLiteral("ky-hop-0");
        next.title = QStringLiteral("Kỳ họp 0 (sửa)");
        next.start = share.m.t0;
        REQUIRE(writer.publish(next, share.m.organisation).ok());
        CHECK(engine.run().updatedMeetings == QStringList { QStringLiteral("ky-hop-0") });
        // So is a status record (postponed), and a forged one beside it is refused.
        const QString last = QStringLiteral("ky-hop-%1").arg(meetings - 1);
        MeetingStatus postponed;
        postponed.kind = MeetingStatusKind::Postponed;
        postponed.reason = QStringLiteral("Chủ tịch đi công tác");
        postponed.issuedAt = share.m.t0;
        const Result<int> published
            = writer.publishMeetingStatus(last, postponed, share.m.organisation);
        REQUIRE(published.ok());
        CHECK(QFileInfo::exists(share.root() + QStringLiteral("/index/")
            + shareformat::statusIndexEntryName(last, published.value())));
        const SyncReport statusSync = engine.run();
        CHECK(statusSync.updatedMeetings == QStringList { last });
        CHECK(cache.value()->meetingStatus(last).kind == MeetingStatusKind::Postponed);
        CHECK(cache.value()->meetingStatus(last).reason == postponed.reason);
        // Once read, the status costs a no-op poll nothing more.
        SyncReport quiet;
        CHECK(operationsUnder(share.root(), [&] { quiet = engine.run(); }) == noop);
        CHECK(quiet.updatedMeetings.isEmpty());
    }
    INFO("no-op sync polls: " << counts[0] << ", " << counts[1]);
    CHECK(counts[0] <= 3);
    CHECK(counts[1] == counts[0]);
}

TEST_CASE("Index entries name revisions and status records, and nothing else", "[scale]")
{
    const auto revision = shareformat::indexEntry(u"00000003.ky-hop-1");
    REQUIRE(revision);
    CHECK(revision->meetingId == u"ky-hop-1");
    CHECK(revision->revision == 3);
    CHECK(revision->statusNumber == 0);
    const auto status
        = shareformat::indexEntry(shareformat::statusIndexEntryName(QStringLiteral("ky-hop-1"), 2));
    REQUIRE(status);
    CHECK(status->meetingId == u"ky-hop-1");
    CHECK(status->revision == 0);
    CHECK(status->statusNumber == 2);
    CHECK(shareformat::statusIndexEntryName(QStringLiteral("ky-hop-1"), 2)
        == u"status-000002.ky-hop-1");
    for (const char16_t *junk : { u"status-00002.ky-hop-1", u"status-000000.ky-hop-1",
             u"0000003.ky-hop-1", u"status-000002.Ky-hop" })
        CHECK_FALSE(shareformat::indexEntry(QStringView(junk)));
}

TEST_CASE("A 1.1 share is read as before, and once upgraded its old records are read once and "
          "remembered",
    "[scale]")
{
    REQUIRE(fscount::available());
    LayoutShare share(4, 1);
    auto a = share.seat(share.m.memberKeys[0]);
    auto b = share.seat(share.m.memberKeys[1]);
    REQUIRE((*a)->checkIn().ok());
    REQUIRE((*b)->checkIn().ok());
    REQUIRE((*b)->requestToSpeak(QStringLiteral("i1"), SpeakType::Speak).ok());
    const QString aFolder = share.root() + QStringLiteral("/devices/")
        + deviceIdOf(share.m.memberKeys[0].publicKey());
    CHECK_FALSE(QDir(aFolder).entryList({ QStringLiteral("check-in-*") }).isEmpty());
    CHECK_FALSE(QFileInfo::exists(share.logFolder(share.meetingId())));

    REQUIRE(ShareWriter(share.root()).upgrade(share.m.organisation).ok());
    const Result<ShareInfo> info = ShareReader(share.root()).readInfo();
    REQUIRE(info.ok());
    CHECK(info->majorVersion == 2);
    CHECK(info->upgraded);

    // A seat that was watching notices the upgrade; a new record goes into the log.
    auto c = share.seat(share.m.memberKeys[2]);
    REQUIRE((*c)->checkIn().ok());
    CHECK(QDir(share.logFolder(share.meetingId()) + QStringLiteral("/000001"))
              .entryList(
                  { deviceIdOf(share.m.memberKeys[2].publicKey()) + QStringLiteral(".check-in-*") })
              .size()
        == 1);
    for (Seat *seat : { a.get(), b.get(), c.get() }) {
        refreshed(*seat);
        CHECK((*seat)->state().summary.present == 3);
        CHECK((*seat)->state().requests.size() == 1);
    }
    // After that, the device folders are not looked at again.
    const QString devices = share.root() + u'/' + shareformat::devicesFolder;
    CHECK(operationsUnder(devices, [&] {
        refreshed(*a);
        refreshed(*c);
    }) == 0);
    // A seat that comes later reads them once too.
    std::unique_ptr<Seat> d;
    CHECK(operationsUnder(devices, [&] { d = share.seat(share.m.memberKeys[3]); }) > 0);
    CHECK((*d)->state().summary.present == 3);
    CHECK(operationsUnder(devices, [&] { refreshed(*d); }) == 0);
}

TEST_CASE("A record written into the log by a seat that crashes halfway is invisible, then picked "
          "up whole",
    "[scale]")
{
    LayoutShare share(4, 2);
    auto watcher = share.seat(share.m.chairKey);
    const SigningKey &crashing = share.m.memberKeys[0];
    const SignedRecord record = makeSessionRecord(sessionkinds::checkIn, share.meetingId(),
        share.m.t0, { { QStringLiteral("participant"), MeetingFixture::memberId(0) } }, crashing);
    const QByteArray bytes = record.toBytes();
    const QString page = share.logFolder(share.meetingId()) + QStringLiteral("/000001");
    const QString entry = shareformat::sessionEntryName(
        deviceIdOf(crashing.publicKey()), sessionRecordFileName(record, share.m.t0));
    REQUIRE(QDir().mkpath(page));

    SECTION("the writer stopped before the rename: only its temporary file is there")
    {
        QFile partial(page + QStringLiteral("/.phonghop-tmp-") + entry);
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(bytes.left(bytes.size() / 2));
        partial.close();
        refreshed(*watcher);
        CHECK((*watcher)->state().summary.present == 0);
        CHECK((*watcher)->state().problems.isEmpty());
    }
    SECTION("a sync tool was still copying it in under its final name")
    {
        QFile partial(page + u'/' + entry);
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(bytes.left(bytes.size() / 2));
        partial.close();
        refreshed(*watcher);
        CHECK((*watcher)->state().summary.present == 0);
        // The copy finishes: the same name, whole.
        REQUIRE(partial.open(QIODevice::WriteOnly | QIODevice::Truncate));
        partial.write(bytes + QByteArray(1, '\n')); // another size than the half
        partial.close();
    }
    // The seat comes back and delivers what its Outbox still holds.
    share.deliver(crashing, record);
    refreshed(*watcher);
    CHECK((*watcher)->state().summary.present == 1);
    const QList<AttendanceEntry> attendance = (*watcher)->state().attendance;
    const auto present = std::find_if(attendance.cbegin(), attendance.cend(),
        [](const AttendanceEntry &e) { return e.participantId == MeetingFixture::memberId(0); });
    REQUIRE(present != attendance.cend());
    CHECK(present->status == AttendanceStatus::Present);
}

TEST_CASE("A document marked confidential is never copied or opened as a clear PDF", "[scale]")
{
    LayoutShare share(2, 2);
    QTemporaryDir source;
    const QString pdf = source.filePath(QStringLiteral("mat.pdf"));
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 a document that must not reach a seat in clear\n");
    }
    ShareWriter writer(share.root());
    const Result<StoredObject> object = writer.putObject(pdf);
    REQUIRE(object.ok());
    Meeting meeting;
    meeting.id = QStringLiteral("hop-noi-bo");
    meeting.title = QStringLiteral("Họp nội bộ");
    meeting.start = share.m.t0;
    meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Nhân sự"), {}, 0 };
    DocumentRef document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Phương án nhân sự");
    document.sha256 = object->sha256;
    document.size = object->size;
    document.confidential = true;
    document.classification = QStringLiteral("Mật");
    meeting.documents << document;
    REQUIRE(writer.publish(meeting, share.m.organisation).ok());

    QTemporaryDir cacheDir;
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    REQUIRE(pinOrganisation(
        *cache.value(), QStringLiteral("UBND xã Sơn Hà"), share.m.organisation.publicKey())
                .ok());
    const SyncReport report = SyncEngine(*cache.value(), share.root()).run();
    CHECK(report.complete());
    CHECK(report.objectsCopied == 0);
    const std::optional<Meeting> cached = cache.value()->meeting(meeting.id);
    REQUIRE(cached.has_value());
    REQUIRE(cached->documents.size() == 1);
    CHECK(cached->documents.first().title == document.title);
    CHECK(cached->documents.first().confidential);
    CHECK(cached->documents.first().classification == QStringLiteral("Mật"));
    CHECK_FALSE(cache.value()->objects().contains(object->sha256));
    CHECK(cache.value()->documentPath(cached->documents.first()).isEmpty());
    // No file of the cache is the PDF.
    QDirIterator files(cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.read(4) == QByteArrayLiteral("%PDF"));
    }
}
