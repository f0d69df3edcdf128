// `phonghop-cli enrol …` run as real processes: seats ask to be enrolled as people of the
// directory, the secretary lists the requests, approves, rejects and revokes; rosters of the
// meetings to come follow.
#include "cli_run.h"

#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/devicekey.h"

#include <QTemporaryDir>

using namespace phonghop;
using namespace phonghop::test;

namespace {

// An office with its people imported, and seats (cache folders) that ask to be enrolled.
struct Enrolment {
    Office office;

    Enrolment() { REQUIRE(office.import(staffCsv()).exitCode == 0); }

    CliRun request(const QString &cache, const QString &person, const QString &label = {}) const
    {
        QStringList arguments { QStringLiteral("enrol"), QStringLiteral("request"),
            QStringLiteral("--share"), office.share, QStringLiteral("--cache"), cache,
            QStringLiteral("--person"), person };
        if (!label.isEmpty())
            arguments << QStringLiteral("--label") << label;
        return office.cli.run(arguments);
    }
    QJsonArray pending() const
    {
        return office.cli
            .ok({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                office.share, QStringLiteral("--json") })
            .json()
            .array();
    }
    CliRun answer(const QString &what, const QString &fingerprint) const
    {
        return office.cli.run(
            { QStringLiteral("enrol"), what, QStringLiteral("--share"), office.share,
                QStringLiteral("--key"), office.key, QStringLiteral("--device"), fingerprint });
    }
};

// The key the seat's session commands sign with.
QByteArray seatKey(const QString &cache)
{
    auto opened = MeetingCache::open(cache);
    REQUIRE(opened.ok());
    const Result<SigningKey> key = DeviceKey::loadOrCreate(opened.value()->directory());
    REQUIRE(key.ok());
    return key->publicKey();
}

} // namespace

TEST_CASE("enrol request writes the seat's request and shows its fingerprint and comparison code, "
          "enrol list lists it",
    "[enrol][cli]")
{
    Enrolment e;
    QTemporaryDir tablet;
    const CliRun r
        = e.request(tablet.path(), QStringLiteral("uy-vien"), QStringLiteral("Máy tính bảng số 3"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray key = seatKey(tablet.path());
    const QString fingerprint = keyFingerprint(key);
    CHECK(r.out.contains(fingerprint));
    CHECK(r.out.contains(enrolmentComparisonCode(key)));
    CHECK(r.out.contains(QStringLiteral("Phạm Thị Dung")));
    // The request lies in the device's own folder.
    const QStringList files
        = filesUnder(e.office.share + QStringLiteral("/devices/") + deviceIdOf(key));
    REQUIRE(files.size() == 1);
    CHECK(files.first().startsWith(QStringLiteral("enrolment-request-")));

    const QJsonArray pending = e.pending();
    REQUIRE(pending.size() == 1);
    const QJsonObject request = pending.at(0).toObject();
    CHECK(request.value(u"person").toString() == u"uy-vien");
    CHECK(request.value(u"name").toString() == u"Phạm Thị Dung");
    CHECK(request.value(u"label").toString() == u"Máy tính bảng số 3");
    CHECK(request.value(u"fingerprint").toString() == fingerprint);
    CHECK(request.value(u"device").toString() == deviceIdOf(key));
    CHECK(request.value(u"code").toString() == enrolmentComparisonCode(key));
    const QDateTime at
        = QDateTime::fromString(request.value(u"requestedAt").toString(), Qt::ISODate);
    CHECK(at.isValid());
    CHECK(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // The same in words.
    const CliRun text = e.office.cli.ok({ QStringLiteral("enrol"), QStringLiteral("list"),
        QStringLiteral("--share"), e.office.share });
    CHECK(text.out.contains(fingerprint));
    CHECK(text.out.contains(QStringLiteral("Máy tính bảng số 3")));

    // --json on the request, for a script.
    QTemporaryDir laptop;
    const QJsonObject json
        = e.office.cli
              .ok({ QStringLiteral("enrol"), QStringLiteral("request"), QStringLiteral("--share"),
                  e.office.share, QStringLiteral("--cache"), laptop.path(),
                  QStringLiteral("--person"), QStringLiteral("chu-tich"),
                  QStringLiteral("--json") })
              .json()
              .object();
    CHECK(json.value(u"fingerprint").toString() == keyFingerprint(seatKey(laptop.path())));
    CHECK(json.value(u"code").toString() == enrolmentComparisonCode(seatKey(laptop.path())));
    CHECK(json.value(u"person").toString() == u"chu-tich");
    CHECK(json.value(u"organisationFingerprint").toString() == e.office.fingerprint);
    CHECK(e.pending().size() == 2);
}

TEST_CASE("enrol request for a person not in the directory, or retired, exits 4 and writes nothing",
    "[enrol][cli]")
{
    Enrolment e;
    QTemporaryDir tablet;
    const CliRun unknown = e.request(tablet.path(), QStringLiteral("nguoi-la"));
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.contains(QStringLiteral("nguoi-la")));
    CHECK(filesUnder(e.office.share + QStringLiteral("/devices")).isEmpty());

    e.office.cli.ok(
        { QStringLiteral("people"), QStringLiteral("retire"), QStringLiteral("pho-chu-tich"),
            QStringLiteral("--share"), e.office.share, QStringLiteral("--key"), e.office.key });
    const CliRun retired = e.request(tablet.path(), QStringLiteral("pho-chu-tich"));
    CHECK(retired.exitCode == 4);
    CHECK(retired.err.contains(QStringLiteral("retired")));
    CHECK(filesUnder(e.office.share + QStringLiteral("/devices")).isEmpty());
    CHECK(e.pending().isEmpty());

    CHECK(e.office.cli
              .run({ QStringLiteral("enrol"), QStringLiteral("request"), QStringLiteral("--share"),
                  e.office.share })
              .exitCode
        == 2);
    CHECK(e.request(tablet.path(), QStringLiteral("uy-vien")).exitCode == 0);
    CHECK(e.office.cli
              .run({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                  e.office.path(QStringLiteral("missing")) })
              .exitCode
        == 3);
}

TEST_CASE("enrol approve enrols the fingerprint read from enrol list --json, reject refuses one, "
          "both leave the list",
    "[enrol][cli]")
{
    Enrolment e;
    QTemporaryDir tablet, laptop, stranger;
    REQUIRE(e.request(tablet.path(), QStringLiteral("uy-vien"), QStringLiteral("Máy tính bảng"))
                .exitCode
        == 0);
    REQUIRE(e.request(laptop.path(), QStringLiteral("uy-vien"), QStringLiteral("Máy tính xách tay"))
                .exitCode
        == 0);
    REQUIRE(
        e.request(stranger.path(), QStringLiteral("chu-tich"), QStringLiteral("Không rõ")).exitCode
        == 0);

    const QJsonArray pending = e.pending();
    REQUIRE(pending.size() == 3);
    const QString tabletFp
        = findById(pending, QStringLiteral("label"), QStringLiteral("Máy tính bảng"))
              .value(u"fingerprint")
              .toString();
    const QString laptopFp
        = findById(pending, QStringLiteral("label"), QStringLiteral("Máy tính xách tay"))
              .value(u"fingerprint")
              .toString();
    const QString strangerFp
        = findById(pending, QStringLiteral("label"), QStringLiteral("Không rõ"))
              .value(u"fingerprint")
              .toString();
    CHECK(tabletFp == keyFingerprint(seatKey(tablet.path())));

    const CliRun approved = e.answer(QStringLiteral("approve"), tabletFp);
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("Phạm Thị Dung")));
    // A person may have several devices; the fingerprint may be typed in another spelling.
    QString typed = laptopFp.toUpper();
    typed.replace(u'-', u' ');
    REQUIRE(e.answer(QStringLiteral("approve"), typed).exitCode == 0);
    const CliRun rejected = e.answer(QStringLiteral("reject"), strangerFp);
    INFO(rejected.err.toStdString());
    REQUIRE(rejected.exitCode == 0);
    CHECK(e.pending().isEmpty());

    const QJsonArray people = e.office.people();
    const QJsonArray devices = findById(people, QStringLiteral("id"), QStringLiteral("uy-vien"))
                                   .value(u"devices")
                                   .toArray();
    REQUIRE(devices.size() == 2);
    const QJsonObject device = findById(devices, QStringLiteral("fingerprint"), tabletFp);
    CHECK(device.value(u"device").toString() == deviceIdOf(seatKey(tablet.path())));
    CHECK(device.value(u"label").toString() == u"Máy tính bảng");
    CHECK(QDateTime::fromString(device.value(u"approvedAt").toString(), Qt::ISODate).isValid());
    CHECK(device.value(u"revokedAt").toString().isEmpty());
    CHECK(findById(people, QStringLiteral("id"), QStringLiteral("chu-tich"))
              .value(u"devices")
              .toArray()
              .isEmpty());

    // Approving it again, or a rejected one, or a fingerprint nobody asked with: exit 4.
    CHECK(e.answer(QStringLiteral("approve"), tabletFp).exitCode == 4);
    CHECK(e.answer(QStringLiteral("approve"), strangerFp).exitCode == 4);
    const CliRun unknown = e.answer(
        QStringLiteral("approve"), QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777"));
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err.contains(QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777")));
    CHECK(e.answer(QStringLiteral("approve"), QStringLiteral("không-phải")).exitCode == 4);
    CHECK(e.answer(
               QStringLiteral("reject"), QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777"))
              .exitCode
        == 4);
    CHECK(e.answer(QStringLiteral("approve"), QString()).exitCode == 2);

    // An enrolled seat asking again is told so; nothing new is pending.
    const CliRun again = e.request(tablet.path(), QStringLiteral("uy-vien"));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already enrolled")));
    CHECK(e.pending().isEmpty());
}

TEST_CASE("enrol revoke marks a lost tablet revoked, it cannot be approved or enrolled again",
    "[enrol][cli]")
{
    Enrolment e;
    QTemporaryDir tablet;
    REQUIRE(e.request(tablet.path(), QStringLiteral("uy-vien")).exitCode == 0);
    const QString fingerprint = keyFingerprint(seatKey(tablet.path()));
    REQUIRE(e.answer(QStringLiteral("approve"), fingerprint).exitCode == 0);

    const CliRun revoked = e.answer(QStringLiteral("revoke"), fingerprint);
    INFO(revoked.err.toStdString());
    REQUIRE(revoked.exitCode == 0);
    const QJsonObject device
        = findById(findById(e.office.people(), QStringLiteral("id"), QStringLiteral("uy-vien"))
                       .value(u"devices")
                       .toArray(),
            QStringLiteral("fingerprint"), fingerprint);
    CHECK(QDateTime::fromString(device.value(u"revokedAt").toString(), Qt::ISODate).isValid());

    CHECK(e.answer(QStringLiteral("revoke"), fingerprint).exitCode == 4); // already revoked
    CHECK(e.answer(
               QStringLiteral("revoke"), QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777"))
              .exitCode
        == 4);
    const CliRun back = e.request(tablet.path(), QStringLiteral("uy-vien"));
    CHECK(back.exitCode == 4);
    CHECK(back.err.contains(QStringLiteral("revoked")));
    CHECK(e.pending().isEmpty());
}

TEST_CASE("An approval or a revocation republishes the roster of a meeting to come", "[enrol][cli]")
{
    Enrolment e;
    const QString meeting = e.office.path(QStringLiteral("hop.json"));
    writeText(meeting,
        meetingJson(QStringLiteral("hop-thang-12"),
            QStringLiteral(R"([{"id": "chu-tich", "role": "chair", "voteWeight": 1},
                                              {"id": "uy-vien", "role": "delegate", "voteWeight": 1}])")));
    e.office.cli.ok({ QStringLiteral("publish"), meeting, QStringLiteral("--share"), e.office.share,
        QStringLiteral("--key"), e.office.key, QStringLiteral("--quiet") });
    const auto roster = [&e] {
        return latestRosterOnShare(
            e.office.share, QStringLiteral("hop-thang-12"), e.office.publicKey());
    };
    REQUIRE(roster().has_value());
    const qint64 published = roster()->roster.revision;
    CHECK(roster()->roster.participant(QStringLiteral("uy-vien"))->devices.isEmpty());

    QTemporaryDir tablet;
    REQUIRE(e.request(tablet.path(), QStringLiteral("uy-vien")).exitCode == 0);
    const QByteArray key = seatKey(tablet.path());
    const CliRun approved = e.answer(QStringLiteral("approve"), keyFingerprint(key));
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("hop-thang-12")));
    REQUIRE(roster().has_value());
    CHECK(roster()->roster.revision == published + 1);
    CHECK(roster()->roster.deviceForKey(key) != nullptr);

    REQUIRE(e.answer(QStringLiteral("revoke"), keyFingerprint(key)).exitCode == 0);
    CHECK(roster()->roster.revision == published + 2);
    CHECK(roster()->roster.deviceForKey(key) == nullptr);
}
