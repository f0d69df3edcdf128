// Sync scope and eviction (issue 16, docs/cache.md), from an empty folder through phonghop-cli
// processes: the organisation, its directory, enrolled seats and meetings published with the
// real commands; a seat copies its person's meetings and those open to all staff, never a
// confidential meeting it is not in; eviction deletes a past meeting's documents but keeps an
// object a current meeting shares, the annotations and notes; sync does not bring them back;
// fetching again does.
#include "cli_run.h"
#include "publish_fixtures.h"

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/util/sha256.h"

#include <QDirIterator>
#include <QFile>

using namespace phonghop;
using namespace phonghop::test;

namespace {

struct Document {
    QString id;
    QString file;
    bool confidential = false;
    QString recipient;
};

QString sha256Of(const QString &path)
{
    return Sha256::hexOfFile(path);
}

// A MEETING.json dated `day`, its participants by id, documents on item i1.
QByteArray meetingFile(const QString &id, const QDate &day, const QStringList &participants,
    const QList<Document> &documents, bool openToAllStaff = false)
{
    QJsonArray people;
    for (const QString &person : participants)
        people.append(QJsonObject { { QStringLiteral("id"), person },
            { QStringLiteral("role"),
                person == u"chu-tich" ? QStringLiteral("chair") : QStringLiteral("delegate") },
            { QStringLiteral("voteWeight"), 1 } });
    QJsonArray files;
    for (const Document &document : documents) {
        QJsonObject object { { QStringLiteral("id"), document.id },
            { QStringLiteral("agendaItem"), QStringLiteral("i1") },
            { QStringLiteral("title"), QStringLiteral("Tài liệu ") + document.id },
            { QStringLiteral("file"), document.file } };
        if (document.confidential) {
            object.insert(QStringLiteral("confidential"), true);
            object.insert(QStringLiteral("classification"), QStringLiteral("Mật"));
            object.insert(QStringLiteral("recipients"), QJsonArray { document.recipient });
        }
        files.append(object);
    }
    QJsonObject meeting { { QStringLiteral("format"), QStringLiteral("phonghop-draft") },
        { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("meetingId"), id },
        { QStringLiteral("title"), QStringLiteral("Cuộc họp ") + id },
        { QStringLiteral("organisation"), QStringLiteral("UBND xã Sơn Hà") },
        { QStringLiteral("start"), day.toString(Qt::ISODate) + QStringLiteral("T08:00:00+07:00") },
        { QStringLiteral("end"), day.toString(Qt::ISODate) + QStringLiteral("T11:00:00+07:00") },
        { QStringLiteral("participants"), people },
        { QStringLiteral("agenda"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("i1") },
                { QStringLiteral("parent"), QString() },
                { QStringLiteral("title"), QStringLiteral("Kinh tế - xã hội") } } } },
        { QStringLiteral("documents"), files } };
    if (openToAllStaff)
        meeting.insert(QStringLiteral("openToAllStaff"), true);
    return QJsonDocument(meeting).toJson();
}

struct ScopeOffice {
    Office office;

    ScopeOffice()
    {
        // Confidential documents need a share in format 2.1.
        office.cli.ok({ QStringLiteral("org"), QStringLiteral("upgrade-share"),
            QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key });
        REQUIRE(office.import(staffCsv()).exitCode == 0);
    }

    // A seat's cache enrolled as `person` (request, then the secretary approves it).
    QString enrolledSeat(const QString &name, const QString &person) const
    {
        const QString cache = office.path(name);
        const QJsonObject request
            = office.cli
                  .ok({ QStringLiteral("enrol"), QStringLiteral("request"),
                      QStringLiteral("--share"), office.share, QStringLiteral("--cache"), cache,
                      QStringLiteral("--person"), person, QStringLiteral("--json") })
                  .json()
                  .object();
        office.cli.ok({ QStringLiteral("enrol"), QStringLiteral("approve"),
            QStringLiteral("--share"), office.share, QStringLiteral("--key"), office.key,
            QStringLiteral("--device"), request.value(u"fingerprint").toString() });
        return cache;
    }
    void publish(const QString &id, const QDate &day, const QStringList &participants,
        const QList<Document> &documents, bool openToAllStaff = false) const
    {
        const QString file
            = office.path(QStringLiteral("meetings/") + id + QStringLiteral(".json"));
        writeText(file, meetingFile(id, day, participants, documents, openToAllStaff));
        office.cli.ok({ QStringLiteral("publish"), file, QStringLiteral("--share"), office.share,
            QStringLiteral("--key"), office.key, QStringLiteral("--quiet") });
    }
    CliRun sync(const QString &cache, const QStringList &more = {}) const
    {
        return office.cli.run(QStringList { QStringLiteral("sync"), QStringLiteral("--share"),
                                  office.share, QStringLiteral("--cache"), cache,
                                  QStringLiteral("--expect-fingerprint"), office.fingerprint }
            + more);
    }
    CliRun syncOk(const QString &cache, const QStringList &more = {}) const
    {
        const CliRun r = sync(cache, more);
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QStringList meetingIds(const QString &cache) const
    {
        QStringList ids;
        for (const QJsonValue &meeting :
            office.cli
                .ok({ QStringLiteral("list"), QStringLiteral("--cache"), cache,
                    QStringLiteral("--json") })
                .json()
                .object()
                .value(u"meetings")
                .toArray())
            ids << meeting.toObject().value(u"id").toString();
        ids.sort();
        return ids;
    }
};

bool hasObject(const QString &cache, const QString &sha256)
{
    return QFileInfo::exists(cache + QStringLiteral("/objects/") + sha256.left(2) + u'/' + sha256);
}

qint64 objectBytesOnDisk(const QString &cache)
{
    qint64 total = 0;
    QDirIterator files(cache + QStringLiteral("/objects"), QDir::Files | QDir::Hidden,
        QDirIterator::Subdirectories);
    while (files.hasNext())
        total += QFileInfo(files.next()).size();
    return total;
}

} // namespace

TEST_CASE("A seat syncs its person's meetings and those open to all staff, a later revision "
          "adding the person brings one, sync --scope all brings every meeting",
    "[cache][scope][cli]")
{
    const ScopeOffice s;
    const QString seat
        = s.enrolledSeat(QStringLiteral("may-pho-chu-tich"), QStringLiteral("pho-chu-tich"));
    s.enrolledSeat(QStringLiteral("may-chu-tich"), QStringLiteral("chu-tich"));
    const QString pdfs = s.office.path(QStringLiteral("meetings"));
    REQUIRE(QDir().mkpath(pdfs));
    publish::writePdf(pdfs + QStringLiteral("/a.pdf"), QStringLiteral("Tờ trình A"));
    publish::writePdf(pdfs + QStringLiteral("/b.pdf"), QStringLiteral("Báo cáo B"));
    publish::writePdf(pdfs + QStringLiteral("/c.pdf"), QStringLiteral("Nhân sự C"));
    publish::writePdf(pdfs + QStringLiteral("/d.pdf"), QStringLiteral("Kế hoạch D"));
    const QDate soon = QDate::currentDate().addDays(30);
    s.publish(QStringLiteral("hop-cua-toi"), soon,
        { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("a.pdf") } });
    s.publish(QStringLiteral("hop-mo"), soon, { QStringLiteral("chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("b.pdf") } }, true);
    // Flagged open to all staff, but with a confidential document: never open for the scope.
    s.publish(QStringLiteral("hop-mat"), soon, { QStringLiteral("chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("c.pdf"), true, QStringLiteral("chu-tich") } },
        true);
    s.publish(QStringLiteral("hop-khac"), soon, { QStringLiteral("chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("d.pdf") } });

    const CliRun first = s.syncOk(seat);
    CHECK(s.meetingIds(seat)
        == QStringList { QStringLiteral("hop-cua-toi"), QStringLiteral("hop-mo") });
    CHECK(first.out.contains(QStringLiteral("2 meeting(s) outside this seat's scope")));
    CHECK(hasObject(seat, sha256Of(pdfs + QStringLiteral("/a.pdf"))));
    CHECK(hasObject(seat, sha256Of(pdfs + QStringLiteral("/b.pdf"))));
    CHECK_FALSE(hasObject(seat, sha256Of(pdfs + QStringLiteral("/d.pdf"))));
    // Its document is refused for this seat (exit 4, as for a non-recipient), not "sync first".
    const CliRun notForSeat = s.office.cli.run(
        { QStringLiteral("document"), QStringLiteral("save"), QStringLiteral("--cache"), seat,
            QStringLiteral("--meeting"), QStringLiteral("hop-khac"), QStringLiteral("--document"),
            QStringLiteral("d1"), QStringLiteral("--out"), seat + QStringLiteral("/copy.pdf") });
    CHECK(notForSeat.exitCode == 4);
    CHECK(notForSeat.err.contains(QStringLiteral("not for this seat")));
    CHECK_FALSE(QFile::exists(seat + QStringLiteral("/copy.pdf")));

    // Remembered as out of scope at its revision: a damaged copy of that revision on the share
    // is not read again (it would be reported as rejected).
    const QString skipped = s.office.share + QStringLiteral("/meetings/hop-khac");
    QDirIterator manifests(
        skipped, { QStringLiteral("*.manifest.json") }, QDir::Files, QDirIterator::Subdirectories);
    REQUIRE(manifests.hasNext());
    const QString manifest = manifests.next();
    const QByteArray original = readBytes(manifest);
    QByteArray damaged = original;
    damaged.replace("Cuộc họp", "Cuộc hop");
    REQUIRE(damaged != original);
    writeText(manifest, damaged);
    const CliRun again = s.syncOk(seat);
    CHECK_FALSE(again.err.contains(QStringLiteral("hop-khac")));
    writeText(manifest, original);

    // A later revision of hop-khac adds this seat's person: it arrives.
    s.publish(QStringLiteral("hop-khac"), soon,
        { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("d.pdf") } });
    const CliRun added = s.syncOk(seat);
    CHECK(s.meetingIds(seat)
        == QStringList {
            QStringLiteral("hop-cua-toi"), QStringLiteral("hop-khac"), QStringLiteral("hop-mo") });
    CHECK(hasObject(seat, sha256Of(pdfs + QStringLiteral("/d.pdf"))));
    CHECK(added.out.contains(QStringLiteral("1 meeting(s) outside this seat's scope")));

    // A newer revision of hop-cua-toi without this person: it leaves the cache with its document.
    s.publish(QStringLiteral("hop-cua-toi"), soon, { QStringLiteral("chu-tich") },
        { { QStringLiteral("d1"), QStringLiteral("a.pdf") } });
    const CliRun removed = s.syncOk(seat);
    CHECK(removed.out.contains(QStringLiteral("1 meeting(s) left this seat's scope")));
    CHECK(
        s.meetingIds(seat) == QStringList { QStringLiteral("hop-khac"), QStringLiteral("hop-mo") });
    CHECK_FALSE(hasObject(seat, sha256Of(pdfs + QStringLiteral("/a.pdf"))));

    // The office's seat, or this one told so, copies every meeting.
    s.syncOk(seat, { QStringLiteral("--scope"), QStringLiteral("all") });
    CHECK(s.meetingIds(seat)
        == QStringList { QStringLiteral("hop-cua-toi"), QStringLiteral("hop-khac"),
            QStringLiteral("hop-mat"), QStringLiteral("hop-mo") });
    CHECK(hasObject(seat, sha256Of(pdfs + QStringLiteral("/a.pdf"))));
    // Not a recipient: the sealed document of hop-mat is still not copied to this seat.
    CHECK(s.sync(seat, { QStringLiteral("--scope"), QStringLiteral("everything") }).exitCode == 2);

    // A seat whose device is in no directory (not enrolled) copies every meeting, as before.
    QTemporaryDir unenrolled;
    s.syncOk(unenrolled.path());
    CHECK(s.meetingIds(unenrolled.path()).size() == 4);
}

TEST_CASE("Eviction deletes a past meeting's documents, keeps an object a current meeting "
          "shares, annotations and notes, sync does not bring them back, fetching again does",
    "[cache][eviction][cli]")
{
    const ScopeOffice s;
    const QString seat
        = s.enrolledSeat(QStringLiteral("may-pho-chu-tich"), QStringLiteral("pho-chu-tich"));
    const QString pdfs = s.office.path(QStringLiteral("meetings"));
    REQUIRE(QDir().mkpath(pdfs));
    publish::writePdf(pdfs + QStringLiteral("/cu.pdf"), QStringLiteral("Biên bản cũ"));
    publish::writePdf(pdfs + QStringLiteral("/chung.pdf"), QStringLiteral("Quy chế làm việc"));
    publish::writePdf(pdfs + QStringLiteral("/moi.pdf"), QStringLiteral("Tờ trình mới"));
    const QStringList people { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") };
    s.publish(QStringLiteral("hop-cu"), QDate::currentDate().addDays(-200), people,
        { { QStringLiteral("d1"), QStringLiteral("cu.pdf") },
            { QStringLiteral("d2"), QStringLiteral("chung.pdf") } });
    s.publish(QStringLiteral("hop-moi"), QDate::currentDate().addDays(10), people,
        { { QStringLiteral("d1"), QStringLiteral("moi.pdf") },
            { QStringLiteral("d2"), QStringLiteral("chung.pdf") } });
    const QString old = sha256Of(pdfs + QStringLiteral("/cu.pdf"));
    const QString shared = sha256Of(pdfs + QStringLiteral("/chung.pdf"));
    const QString current = sha256Of(pdfs + QStringLiteral("/moi.pdf"));

    // Kept for ever (0 days): everything is copied.
    s.syncOk(seat, { QStringLiteral("--days"), QStringLiteral("0") });
    REQUIRE(hasObject(seat, old));
    REQUIRE(hasObject(seat, shared));

    // The delegate's annotation on the old document and a note on its meeting.
    const QString owner = QStringLiteral("pho-chu-tich");
    const AnnotationScope scope { owner, QStringLiteral("d1"), 1 };
    {
        auto cache = MeetingCache::open(seat);
        REQUIRE(cache.ok());
        AnnotationStore store(cache.value()->database());
        Annotation note;
        note.id = QStringLiteral("a1");
        note.type = AnnotationType::Note;
        note.contents = QStringLiteral("Xem lại điều 3");
        note.created = note.modified = QDateTime::currentDateTimeUtc();
        store.save(scope, note);
        store.setPersonalNote(owner, QStringLiteral("hop-cu"), {}, QStringLiteral("Đã xong"));
    }

    // cache size: the figures match the files on disk.
    const QJsonObject size
        = s.office.cli
              .ok({ QStringLiteral("cache"), QStringLiteral("size"), QStringLiteral("--cache"),
                  seat, QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--json") })
              .json()
              .object();
    const qint64 oldBytes
        = QFileInfo(seat + QStringLiteral("/objects/") + old.left(2) + u'/' + old).size();
    CHECK(qint64(size.value(u"documentBytes").toDouble()) == objectBytesOnDisk(seat));
    CHECK(qint64(size.value(u"evictableBytes").toDouble()) == oldBytes);
    CHECK(size.value(u"evictableObjects").toInt() == 1);
    CHECK(size.value(u"pastMeetings").toInt() == 1);
    CHECK(qint64(size.value(u"totalBytes").toDouble())
        > qint64(size.value(u"documentBytes").toDouble()));

    // cache evict, a separate process.
    const CliRun evicted = s.office.cli.ok({ QStringLiteral("cache"), QStringLiteral("evict"),
        QStringLiteral("--cache"), seat, QStringLiteral("--days"), QStringLiteral("90") });
    CHECK(evicted.out.contains(QStringLiteral("1 document file(s)")));
    CHECK_FALSE(hasObject(seat, old));
    CHECK(hasObject(seat, shared)); // hop-moi still uses it
    CHECK(hasObject(seat, current));
    CHECK(
        s.meetingIds(seat) == QStringList { QStringLiteral("hop-cu"), QStringLiteral("hop-moi") });
    {
        auto cache = MeetingCache::open(seat);
        REQUIRE(cache.ok());
        AnnotationStore store(cache.value()->database());
        CHECK(store.annotations(scope).size() == 1);
        CHECK(store.personalNote(owner, QStringLiteral("hop-cu")) == u"Đã xong");
        CHECK(CacheRetention(*cache.value()).isEvicted(old));
    }

    // A sync (keeping 90 days) does not copy it back, even with a new revision of the meeting.
    s.publish(QStringLiteral("hop-cu"), QDate::currentDate().addDays(-200), people,
        { { QStringLiteral("d1"), QStringLiteral("cu.pdf") },
            { QStringLiteral("d2"), QStringLiteral("chung.pdf") } });
    s.syncOk(seat, { QStringLiteral("--days"), QStringLiteral("90") });
    CHECK_FALSE(hasObject(seat, old));

    // Fetched again on demand, verified: there again, with its annotations, and not evicted by
    // the next sync.
    s.office.cli.ok({ QStringLiteral("cache"), QStringLiteral("fetch"), QStringLiteral("--cache"),
        seat, QStringLiteral("--share"), s.office.share, QStringLiteral("--meeting"),
        QStringLiteral("hop-cu"), QStringLiteral("--document"), QStringLiteral("d1") });
    REQUIRE(hasObject(seat, old));
    CHECK(sha256Of(seat + QStringLiteral("/objects/") + old.left(2) + u'/' + old) == old);
    s.syncOk(seat, { QStringLiteral("--days"), QStringLiteral("90") });
    CHECK(hasObject(seat, old));
    {
        auto cache = MeetingCache::open(seat);
        REQUIRE(cache.ok());
        CHECK(AnnotationStore(cache.value()->database()).annotations(scope).size() == 1);
        CHECK_FALSE(CacheRetention(*cache.value()).isEvicted(old));
    }

    // A damaged object on the share is refused when fetched again.
    {
        auto cache = MeetingCache::open(seat);
        REQUIRE(cache.ok());
        REQUIRE(QFile::remove(cache.value()->objects().pathFor(old)));
    }
    const QString onShare = s.office.share + QStringLiteral("/objects/") + old.left(2) + u'/' + old;
    QByteArray bytes = readBytes(onShare);
    REQUIRE_FALSE(bytes.isEmpty());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    QFile::setPermissions(onShare, QFile::ReadOwner | QFile::WriteOwner);
    writeText(onShare, bytes);
    const CliRun refused = s.office.cli.run(
        { QStringLiteral("cache"), QStringLiteral("fetch"), QStringLiteral("--cache"), seat,
            QStringLiteral("--share"), s.office.share, QStringLiteral("--meeting"),
            QStringLiteral("hop-cu"), QStringLiteral("--document"), QStringLiteral("d1") });
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(hasObject(seat, old));
}

TEST_CASE("Eviction deletes a past meeting's earlier document versions with its current ones",
    "[cache][eviction][cli]")
{
    const ScopeOffice s;
    const QString seat = s.enrolledSeat(QStringLiteral("may-chu-tich"), QStringLiteral("chu-tich"));
    const QString pdfs = s.office.path(QStringLiteral("meetings"));
    REQUIRE(QDir().mkpath(pdfs));
    publish::writePdf(pdfs + QStringLiteral("/du-thao-1.pdf"), QStringLiteral("Dự thảo lần 1"));
    publish::writePdf(pdfs + QStringLiteral("/du-thao-2.pdf"), QStringLiteral("Dự thảo lần 2"));
    const QStringList people { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") };
    const QDate longAgo = QDate::currentDate().addDays(-200);
    // Two revisions, both synced: the seat keeps the first version's file for carrying its
    // annotations over to the second.
    s.publish(QStringLiteral("hop-cu"), longAgo, people,
        { { QStringLiteral("d1"), QStringLiteral("du-thao-1.pdf") } });
    s.syncOk(seat, { QStringLiteral("--days"), QStringLiteral("0") });
    s.publish(QStringLiteral("hop-cu"), longAgo, people,
        { { QStringLiteral("d1"), QStringLiteral("du-thao-2.pdf") } });
    s.syncOk(seat, { QStringLiteral("--days"), QStringLiteral("0") });
    const QString first = sha256Of(pdfs + QStringLiteral("/du-thao-1.pdf"));
    const QString second = sha256Of(pdfs + QStringLiteral("/du-thao-2.pdf"));
    REQUIRE(hasObject(seat, first));
    REQUIRE(hasObject(seat, second));

    const QJsonObject size
        = s.office.cli
              .ok({ QStringLiteral("cache"), QStringLiteral("size"), QStringLiteral("--cache"),
                  seat, QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--json") })
              .json()
              .object();
    CHECK(size.value(u"evictableObjects").toInt() == 2);
    s.office.cli.ok({ QStringLiteral("cache"), QStringLiteral("evict"), QStringLiteral("--cache"),
        seat, QStringLiteral("--days"), QStringLiteral("90") });
    CHECK_FALSE(hasObject(seat, first));
    CHECK_FALSE(hasObject(seat, second));
    CHECK(objectBytesOnDisk(seat) == 0);
}
