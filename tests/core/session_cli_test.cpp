// `phonghop-cli session …` run as a real process against a generated share: what any seat can
// check of the record afterwards (status, verify, attendance), and a delegate's own actions.
// The chair acts in process (session_fixture.h); the delegates act through the CLI.
#include "session_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "meeting_core/util/sha256.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// A seat that is only a cache folder (its device key inside) used by phonghop-cli.
struct CliSeat {
    QTemporaryDir cache;
    QString share;
    QString meeting;

    // pinned: the cache trusts the fixture's organisation key (MeetingFixture::organisation), as
    // after `sync --expect-fingerprint`; otherwise the seat has confirmed no organisation yet.
    CliSeat(const QString &shareRoot, const QString &meetingId, const SigningKey *key,
        bool pinned = true)
        : share(shareRoot)
        , meeting(meetingId)
    {
        REQUIRE(cache.isValid());
        if (key)
            REQUIRE(key->save(cache.filePath(QStringLiteral("device.key"))).ok());
        if (pinned)
            pinOrganisationIn(cache.path(), MeetingFixture().organisation);
    }
    Run run(const QStringList &session) const
    {
        QProcess p;
        p.start(QStringLiteral(PHONGHOP_CLI_PATH),
            QStringList { QStringLiteral("session") } + session
                + QStringList { QStringLiteral("--share"), share, QStringLiteral("--cache"),
                    cache.path(), QStringLiteral("--meeting"), meeting });
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }
    QJsonObject status() const
    {
        const Run r = run({ QStringLiteral("status"), QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(r.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
};

QJsonObject participant(const QJsonObject &status, const QString &id)
{
    for (const QJsonValue &v :
        status.value(u"attendance").toObject().value(u"participants").toArray())
        if (v.toObject().value(u"id").toString() == id)
            return v.toObject();
    return {};
}

// A session with a closed poll: chair and two delegates checked in through the CLI, d1 and d2
// voted Tán thành, d3 voted Không tán thành, the chair closed the poll.
struct ClosedPollSession {
    SessionShare share { 4 };
    std::unique_ptr<Seat> chair = share.seat(share.m.chairKey);
    std::vector<std::unique_ptr<CliSeat>> delegates;

    ClosedPollSession()
    {
        for (int i = 0; i < 4; ++i)
            delegates.push_back(std::make_unique<CliSeat>(
                share.root(), share.meetingId(), &share.m.memberKeys[static_cast<size_t>(i)]));
        REQUIRE((*chair)->checkIn().ok());
        for (int i = 0; i < 3; ++i) {
            const Run r = delegates[static_cast<size_t>(i)]->run({ QStringLiteral("check-in") });
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        REQUIRE((*chair)->refresh().ok());
        REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
        const QStringList votes { QStringLiteral("Tán thành"), QStringLiteral("0"),
            QStringLiteral("no") };
        for (int i = 0; i < 3; ++i) {
            const Run r = delegates[static_cast<size_t>(i)]->run(
                { QStringLiteral("vote"), QStringLiteral("p1"), votes.at(i) });
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    }
};
} // namespace

TEST_CASE(
    "session status --json reflects check-ins and a closed poll's result, verified by the seat",
    "[session][cli]")
{
    ClosedPollSession s;
    const QJsonObject status = s.delegates[0]->status();
    CHECK(status.value(u"meeting").toString() == s.share.meetingId());
    CHECK(status.value(u"seat").toObject().value(u"participant").toString()
        == MeetingFixture::memberId(0));
    const QJsonObject attendance = status.value(u"attendance").toObject();
    CHECK(attendance.value(u"present").toInt() == 4); // the chair and three delegates
    CHECK(attendance.value(u"notCheckedIn").toInt() == 3); // the secretary, the guest, d4
    CHECK(attendance.value(u"quorumMet").toBool());
    CHECK(
        participant(status, MeetingFixture::memberId(2)).value(u"status").toString() == u"present");
    CHECK(participant(status, MeetingFixture::memberId(3)).value(u"status").toString()
        == u"not-checked-in");

    const QJsonArray polls = status.value(u"polls").toArray();
    REQUIRE(polls.size() == 1);
    const QJsonObject poll = polls.at(0).toObject();
    CHECK(poll.value(u"id").toString() == u"p1");
    CHECK(poll.value(u"status").toString() == u"closed");
    CHECK(poll.value(u"passed").toBool());
    const QJsonArray options = poll.value(u"result").toObject().value(u"options").toArray();
    REQUIRE(options.size() == 3);
    CHECK(options.at(0).toObject().value(u"votes").toInt() == 2);
    CHECK(options.at(1).toObject().value(u"votes").toInt() == 1);
    CHECK(options.at(2).toObject().value(u"votes").toInt() == 0);
    const QJsonObject verification = poll.value(u"verification").toObject();
    CHECK(verification.value(u"ok").toBool());
    CHECK(verification.value(u"signedByChair").toBool());
    CHECK(verification.value(u"recountMatches").toBool());
    CHECK(verification.value(u"ownBallotCounted").toBool());
    CHECK(status.value(u"problems").toInt() == 0);
    CHECK(status.value(u"decisions").toObject().value(u"ok").toBool());

    // The same in words, for a person.
    const Run text = s.delegates[1]->run({ QStringLiteral("status") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("4 present")));
    CHECK(text.out.contains(QStringLiteral("p1 \"Thông qua Tờ trình số 12/TTr-UBND\": closed")));
    CHECK(text.out.contains(QStringLiteral("Your ballot was counted as you cast it.")));

    // A seat without a ballot (d4) sees the result too, without the own-ballot check.
    const QJsonObject other = s.delegates[3]->status().value(u"polls").toArray().at(0).toObject();
    CHECK(other.value(u"passed").toBool());
    CHECK_FALSE(other.value(u"verification").toObject().value(u"ownBallotCounted").toBool());
}

TEST_CASE("session verify exits 0 on a clean record and 1, naming the problem, after a forged "
          "close or a garbled record is planted",
    "[session][cli]")
{
    ClosedPollSession s;
    CliSeat outsider(s.share.root(), s.share.meetingId(), nullptr); // any seat may check
    {
        const Run clean = outsider.run({ QStringLiteral("verify") });
        INFO(clean.out.toStdString() << clean.err.toStdString());
        CHECK(clean.exitCode == 0);
        CHECK(clean.out.contains(
            QStringLiteral("polls: 1, closed and their close records verified and recounted: 1")));
        CHECK(clean.out.contains(QStringLiteral("The record is clean.")));
    }

    SECTION("a close record signed by a delegate")
    {
        // A second poll, still open; d2 signs a close record for it with its own key.
        REQUIRE((*s.chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p2"))).ok());
        const PollState *p2 = (*s.chair)->state().poll(QStringLiteral("p2"));
        REQUIRE(p2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<ClosedPoll> real
            = closePoll(p2->open, s.share.m.roster, {}, p2->ballots, now, s.share.m.chairKey);
        REQUIRE(real.ok());
        // The chair's close of p2, signed by d2 instead (the chair never published it).
        const SignedRecord forged = SignedRecord::create(QString::fromLatin1(PollClose::recordKind),
            real->record.payload(), s.share.m.memberKeys[1]);
        const QString name = sessionRecordFileName(forged, now);
        s.share.put(s.share.m.memberKeys[1], name, forged.toBytes());

        const Run run = outsider.run({ QStringLiteral("verify") });
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(name));
        CHECK(run.out.contains(QStringLiteral("A close record for poll \"p2\" was refused")));
        CHECK(run.out.contains(QStringLiteral("not signed by the chair")));
        CHECK(run.out.contains(QStringLiteral("Problems in the record: 1.")));
        // The forged close does not close the poll.
        const QJsonObject status = outsider.status();
        CHECK(status.value(u"polls").toArray().at(1).toObject().value(u"status").toString()
            == u"open");
        CHECK(status.value(u"problems").toInt() == 1);
    }
    SECTION("a garbled record in a device folder")
    {
        const QString name = QStringLiteral("check-in-20261127090000000-0badf00d.json");
        s.share.put(
            s.share.m.memberKeys[2], name, QByteArrayLiteral("{\"kind\":\"check-in\",\"payl"));
        const Run run = outsider.run({ QStringLiteral("verify"), QStringLiteral("--json") });
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK_FALSE(report.value(u"clean").toBool(true));
        const QJsonArray problems = report.value(u"problems").toArray();
        REQUIRE(problems.size() == 1);
        CHECK(problems.at(0).toObject().value(u"source").toString()
            == QStringLiteral("devices/%1/%2")
                   .arg(MeetingFixture::folderOf(s.share.m.memberKeys[2]), name));
        CHECK(problems.at(0)
                  .toObject()
                  .value(u"message")
                  .toString()
                  .startsWith(QStringLiteral("Unreadable record")));
    }
    SECTION("a close record whose counts were altered after signing")
    {
        // The chair's conclusion rests on p1's result.
        REQUIRE(
            (*s.chair)
                ->recordConclusion(QStringLiteral("item-1"),
                    QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND"), { QStringLiteral("p1") })
                .ok());
        REQUIRE(outsider.run({ QStringLiteral("verify") }).exitCode == 0);
        const QStringList closes = s.share.names(s.share.m.chairKey, QStringLiteral("poll-close-"));
        REQUIRE(closes.size() == 1);
        // The payload rewritten to give "Tán thành" one vote more, the signature kept.
        QJsonObject envelope
            = QJsonDocument::fromJson(s.share.get(s.share.m.chairKey, closes.first())).object();
        QByteArray payload
            = QByteArray::fromBase64(envelope.value(u"payload").toString().toLatin1());
        const qsizetype at = payload.indexOf("\"votes\":2");
        REQUIRE(at >= 0);
        payload.replace(at, 9, "\"votes\":3");
        envelope.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
        const QByteArray bytes = QJsonDocument(envelope).toJson();
        QFile::remove(s.share.folder(s.share.m.chairKey) + u'/' + closes.first());
        s.share.put(s.share.m.chairKey, closes.first(), bytes);
        const Run run = outsider.run({ QStringLiteral("verify") });
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(closes.first()));
        CHECK(run.out.contains(QStringLiteral("Unreadable record")));
        CHECK(run.out.contains(QStringLiteral("The decision at height 0 rests on a poll result "
                                              "that is not on the share or was refused")));
        // Refused, the close no longer counts: p1 is open again on every seat that checks.
        CHECK(
            outsider.status().value(u"polls").toArray().at(0).toObject().value(u"status").toString()
            == u"open");
    }
}

TEST_CASE("session verify exits 2 when the share cannot be read or the command line is wrong",
    "[session][cli]")
{
    SessionShare share;
    CliSeat seat(share.root() + QStringLiteral("/missing"), share.meetingId(), nullptr);
    CHECK(seat.run({ QStringLiteral("verify") }).exitCode == 2);
    CliSeat wrongMeeting(share.root(), QStringLiteral("khong-co"), nullptr);
    const Run noRoster = wrongMeeting.run({ QStringLiteral("verify") });
    CHECK(noRoster.exitCode == 2);
    CHECK(noRoster.err.contains(QStringLiteral("roster")));
    CliSeat fine(share.root(), share.meetingId(), nullptr);
    CHECK(fine.run({ QStringLiteral("nonsense") }).exitCode == 2);
}

TEST_CASE("session verify on a seat that has not confirmed the organisation's key is never clean",
    "[session][cli][trust]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*chair)->checkIn().ok());
    CliSeat seat(share.root(), share.meetingId(), &share.m.memberKeys[0], /*pinned=*/false);

    const Run verify = seat.run({ QStringLiteral("verify") });
    INFO(verify.out.toStdString() << verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.contains(QStringLiteral("has not confirmed the organisation's key")));
    CHECK_FALSE(verify.out.contains(QStringLiteral("The record is clean")));
    const Run json = seat.run({ QStringLiteral("verify"), QStringLiteral("--json") });
    CHECK(json.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(u"clean") == QJsonValue(false));
    REQUIRE(report.value(u"problems").toArray().size() == 1);
    CHECK(report.value(u"problems").toArray().at(0).toObject().value(u"source").toString()
        == u"organisation");
    // Nor does any other subcommand read a session it cannot trust.
    const Run status = seat.run({ QStringLiteral("status") });
    CHECK(status.exitCode == 1);
    CHECK(status.err.contains(QStringLiteral("--expect-fingerprint")));

    // Once the fingerprint is confirmed (the way IT staff would do it), the record is clean.
    QProcess sync;
    sync.start(QStringLiteral(PHONGHOP_CLI_PATH),
        { QStringLiteral("sync"), QStringLiteral("--share"), share.root(),
            QStringLiteral("--cache"), seat.cache.path(), QStringLiteral("--expect-fingerprint"),
            keyFingerprint(share.m.organisation.publicKey()).toUpper() });
    REQUIRE(sync.waitForFinished(120000));
    INFO(sync.readAllStandardError().toStdString());
    REQUIRE(sync.exitCode() == 0);
    const Run clean = seat.run({ QStringLiteral("verify") });
    INFO(clean.out.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("The record is clean")));
}

TEST_CASE("session check-in and vote by a cache whose key is not enrolled exit 1 with the reason",
    "[session][cli]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*chair)->openPoll(MeetingFixture::approvalPoll(QStringLiteral("p1"))).ok());
    const SigningKey stranger = SigningKey::fromSeed(seedOf(99));
    CliSeat seat(share.root(), share.meetingId(), &stranger);
    const Run checkIn = seat.run({ QStringLiteral("check-in") });
    CHECK(checkIn.exitCode == 1);
    CHECK(checkIn.err.contains(QStringLiteral("not enrolled")));
    CHECK(checkIn.err.contains(keyFingerprint(stranger.publicKey())));
    const Run vote
        = seat.run({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0") });
    CHECK(vote.exitCode == 1);
    CHECK(vote.err.contains(QStringLiteral("not enrolled")));
    // Nothing was written into the stranger's folder.
    CHECK_FALSE(QDir(share.folder(stranger)).exists());

    // A delegate may not check in somebody else (a role that may not do it: rejected, exit 4);
    // a choice outside the options is a usage error.
    CliSeat d1(share.root(), share.meetingId(), &share.m.memberKeys[0]);
    const Run other = d1.run({ QStringLiteral("check-in"), MeetingFixture::memberId(1) });
    CHECK(other.exitCode == 4);
    CHECK(other.err.contains(QStringLiteral("Only the secretary")));
    const Run badChoice
        = d1.run({ QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Có lẽ") });
    CHECK(badChoice.exitCode == 2);
    CHECK(badChoice.err.contains(QStringLiteral("0 = Tán thành")));
}

TEST_CASE("session attendance writes the CSV rows of the roll call and a PDF", "[session][cli]")
{
    SessionShare share;
    CliSeat secretary(share.root(), share.meetingId(), &share.m.secretaryKey);
    CliSeat d1(share.root(), share.meetingId(), &share.m.memberKeys[0]);
    REQUIRE(d1.run({ QStringLiteral("check-in") }).exitCode == 0);
    const Run byProxy = secretary.run({ QStringLiteral("check-in"), MeetingFixture::memberId(2) });
    INFO(byProxy.err.toStdString());
    REQUIRE(byProxy.exitCode == 0);
    CHECK(byProxy.out.contains(QStringLiteral("Ủy viên 3")));

    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("diem-danh.csv"));
    const QString pdfPath = out.filePath(QStringLiteral("diem-danh.pdf"));
    const Run r = secretary.run({ QStringLiteral("attendance"), QStringLiteral("--csv"), csvPath,
        QStringLiteral("--pdf"), pdfPath });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csv = csvFile.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> rows = csv.mid(3).trimmed().split('\n');
    REQUIRE(rows.size() == 1 + 3 + 4); // header, chair, secretary, guest, four members
    CHECK(rows.at(0).startsWith("participant,name,title,role,status"));
    const auto row = [&rows](const QString &id) -> QByteArray {
        for (const QByteArray &r : rows)
            if (r.startsWith(id.toUtf8() + ','))
                return r.trimmed();
        return {};
    };
    CHECK(row(MeetingFixture::memberId(0))
              .startsWith("uy-vien-1,Ủy viên 1,,delegate,present,,,uy-vien-1,"));
    CHECK(row(MeetingFixture::memberId(2))
              .startsWith("uy-vien-3,Ủy viên 3,,delegate,present,,,thu-ky,"));
    CHECK(row(MeetingFixture::memberId(1))
              .startsWith("uy-vien-2,Ủy viên 2,,delegate,not-checked-in,"));
    CHECK(row(QStringLiteral("chu-tich"))
              .startsWith("chu-tich,Nguyễn Văn An,,chair,not-checked-in,"));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    CHECK(secretary.run({ QStringLiteral("attendance") }).exitCode == 2);
}

TEST_CASE("session minutes writes the minutes PDF, and refuses once the chair has signed them",
    "[session][cli]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*chair)->checkIn().ok());
    CliSeat d1(share.root(), share.meetingId(), &share.m.memberKeys[0]);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bien-ban.pdf"));
    const Run r = d1.run({ QStringLiteral("minutes"), path, QStringLiteral("--number"),
        QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("--place"), QStringLiteral("Sơn Hà") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    REQUIRE((*chair)->signMinutes(path).ok());
    const Run locked
        = d1.run({ QStringLiteral("minutes"), out.filePath(QStringLiteral("again.pdf")) });
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(QStringLiteral("locked")));
    CHECK(d1.status().value(u"minutesSha256").toString() == Sha256::hexOfFile(path));
}
