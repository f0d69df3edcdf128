// End to end, from an empty folder, through phonghop-cli processes only: IT sets up the
// organisation, the secretary imports the staff list, four seats (chair, secretary, two
// delegates), each its own cache, ask to be enrolled and are approved, the meeting is published
// with participants by id, every seat confirms the organisation's fingerprint, then check-in,
// the chair's poll, ballots cast at the same moment, the close, attendance, the conclusion and
// the signed minutes; every seat then finds the record clean. No demo code is called or linked:
// everything goes through the programs a real organisation runs.
#include "cli_run.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>
#include <vector>

using namespace phonghop::test;

namespace {

struct SeatFolder {
    QString name; // for messages
    QString person;
    QString cache;
    QString fingerprint; // the device's, from enrol request --json
};

} // namespace

TEST_CASE("From an empty folder to signed minutes: four seats in separate processes, no demo code",
    "[e2e][org][cli]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString share = root.filePath(QStringLiteral("share")); // does not exist yet
    const QString office = root.filePath(QStringLiteral("van-phong"));
    const QString key = office + QStringLiteral("/co-quan.key");
    const Cli cli; // the passphrase from PHONGHOP_KEY_PASSPHRASE, as a script gives it

    // 1. IT sets up the organisation and reads out its fingerprint.
    cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"), share,
        QStringLiteral("--name"), QStringLiteral("UBND xã Sơn Hà"), QStringLiteral("--key"), key,
        QStringLiteral("--backup"), root.filePath(QStringLiteral("usb/co-quan-du-phong.key")) });
    const QJsonObject organisation
        = cli.ok({ QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"), share,
                     QStringLiteral("--json") })
              .json()
              .object();
    const QString fingerprint = organisation.value(u"fingerprint").toString();
    REQUIRE(fingerprint.size() == 39);
    CHECK(organisation.value(u"name").toString() == u"UBND xã Sơn Hà");

    // 2. The secretary imports the staff list.
    const QString csv = office + QStringLiteral("/can-bo.csv");
    writeText(csv, staffCsv());
    CHECK(cli.ok({ QStringLiteral("people"), QStringLiteral("import"), csv,
                     QStringLiteral("--share"), share, QStringLiteral("--key"), key })
              .out.contains(QStringLiteral("4 added")));

    // 3. Four seats, four caches, ask to be enrolled.
    std::vector<SeatFolder> seats {
        { QStringLiteral("chair"), QStringLiteral("chu-tich"),
            root.filePath(QStringLiteral("may-chu-toa")), {} },
        { QStringLiteral("secretary"), QStringLiteral("thu-ky"),
            root.filePath(QStringLiteral("may-thu-ky")), {} },
        { QStringLiteral("delegate 1"), QStringLiteral("pho-chu-tich"),
            root.filePath(QStringLiteral("may-dai-bieu-1")), {} },
        { QStringLiteral("delegate 2"), QStringLiteral("uy-vien"),
            root.filePath(QStringLiteral("may-dai-bieu-2")), {} },
    };
    for (SeatFolder &seat : seats) {
        INFO(seat.name.toStdString());
        const QJsonObject request
            = cli.ok({ QStringLiteral("enrol"), QStringLiteral("request"),
                         QStringLiteral("--share"), share, QStringLiteral("--cache"), seat.cache,
                         QStringLiteral("--person"), seat.person, QStringLiteral("--label"),
                         QStringLiteral("Máy của ") + seat.name, QStringLiteral("--json") })
                  .json()
                  .object();
        seat.fingerprint = request.value(u"fingerprint").toString();
        REQUIRE_FALSE(seat.fingerprint.isEmpty());
        CHECK(request.value(u"organisationFingerprint").toString() == fingerprint);
    }

    // 4. The secretary compares and approves each request from the list.
    const QJsonArray pending
        = cli.ok({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                     share, QStringLiteral("--json") })
              .json()
              .array();
    REQUIRE(pending.size() == 4);
    for (const SeatFolder &seat : seats) {
        const QJsonObject request
            = findById(pending, QStringLiteral("fingerprint"), seat.fingerprint);
        CHECK(request.value(u"person").toString() == seat.person);
        cli.ok({ QStringLiteral("enrol"), QStringLiteral("approve"), QStringLiteral("--share"),
            share, QStringLiteral("--key"), key, QStringLiteral("--device"),
            request.value(u"fingerprint").toString() });
    }
    CHECK(cli.ok({ QStringLiteral("enrol"), QStringLiteral("list"), QStringLiteral("--share"),
                     share, QStringLiteral("--json") })
              .json()
              .array()
              .isEmpty());

    // 5. The meeting, participants by id, role and weight; names come from the directory.
    const QString meetingId = QStringLiteral("hop-thuong-ky-thang-12");
    const QString meetingFile = office + QStringLiteral("/hop.json");
    writeText(meetingFile, meetingJson(meetingId, QStringLiteral(R"([
        {"id": "chu-tich", "role": "chair", "voteWeight": 1},
        {"id": "thu-ky", "role": "secretary", "voteWeight": 0},
        {"id": "pho-chu-tich", "role": "delegate", "voteWeight": 1},
        {"id": "uy-vien", "role": "delegate", "voteWeight": 1}])")));
    cli.ok({ QStringLiteral("publish"), meetingFile, QStringLiteral("--share"), share,
        QStringLiteral("--key"), key, QStringLiteral("--quiet") });

    // 6. Every seat confirms the fingerprint IT gave and syncs.
    for (const SeatFolder &seat : seats) {
        INFO(seat.name.toStdString());
        cli.ok(
            { QStringLiteral("sync"), QStringLiteral("--share"), share, QStringLiteral("--cache"),
                seat.cache, QStringLiteral("--expect-fingerprint"), fingerprint });
    }
    const auto session = [&](const SeatFolder &seat, const QStringList &arguments) {
        return QStringList { QStringLiteral("session") } + arguments
            + QStringList { QStringLiteral("--share"), share, QStringLiteral("--cache"), seat.cache,
                  QStringLiteral("--meeting"), meetingId };
    };
    const SeatFolder &chair = seats[0];
    const SeatFolder &secretary = seats[1];
    const SeatFolder &d1 = seats[2];
    const SeatFolder &d2 = seats[3];
    const auto status = [&](const SeatFolder &seat) {
        return cli.ok(session(seat, { QStringLiteral("status"), QStringLiteral("--json") }))
            .json()
            .object();
    };
    const QJsonObject first = status(d1);
    CHECK(first.value(u"seat").toObject().value(u"participant").toString() == u"pho-chu-tich");
    CHECK(first.value(u"seat").toObject().value(u"role").toString() == u"delegate");
    CHECK(findById(first.value(u"attendance").toObject().value(u"participants").toArray(),
              QStringLiteral("id"), QStringLiteral("uy-vien"))
              .value(u"name")
              .toString()
        == u"Phạm Thị Dung");

    // 7. Check-in: three seats for themselves, at once; the secretary checks in herself.
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const SeatFolder *seat : { &chair, &d1, &d2, &secretary }) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(cli.env);
            p->start(
                QStringLiteral(PHONGHOP_CLI_PATH), session(*seat, { QStringLiteral("check-in") }));
            running.push_back(std::move(p));
        }
        for (auto &p : running) {
            REQUIRE(p->waitForFinished(180000));
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->exitCode() == 0);
        }
    }
    const QJsonObject attendance = status(secretary).value(u"attendance").toObject();
    CHECK(attendance.value(u"present").toInt() == 4);
    CHECK(attendance.value(u"quorumMet").toBool());

    // 8. The chair opens a poll (the meeting's default rule); a delegate may not.
    CHECK(cli.run(session(d1,
                      { QStringLiteral("open-poll"), QStringLiteral("p1"),
                          QStringLiteral("--title"), QStringLiteral("X") }))
              .exitCode
        == 4);
    cli.ok(session(chair,
        { QStringLiteral("open-poll"), QStringLiteral("p1"), QStringLiteral("--title"),
            QStringLiteral("Thông qua Dự thảo Nghị quyết về kế hoạch đầu tư công") }));

    // 9. Both delegates vote at the same moment, each its own process.
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const SeatFolder *seat : { &d1, &d2 }) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(cli.env);
            p->start(QStringLiteral(PHONGHOP_CLI_PATH),
                session(*seat,
                    { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("Tán thành") }));
            running.push_back(std::move(p));
        }
        for (auto &p : running) {
            REQUIRE(p->waitForFinished(180000));
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->exitCode() == 0);
        }
    }

    // 10. The close, signed by the chair; every seat recounts it.
    CHECK(
        cli.run(session(secretary, { QStringLiteral("close-poll"), QStringLiteral("p1") })).exitCode
        == 4);
    const CliRun closed
        = cli.ok(session(chair, { QStringLiteral("close-poll"), QStringLiteral("p1") }));
    CHECK(closed.out.contains(QStringLiteral("passed")));
    for (const SeatFolder *seat : { &d1, &d2 }) {
        INFO(seat->name.toStdString());
        const QJsonObject poll = findById(
            status(*seat).value(u"polls").toArray(), QStringLiteral("id"), QStringLiteral("p1"));
        CHECK(poll.value(u"status").toString() == u"closed");
        CHECK(poll.value(u"passed").toBool());
        CHECK(poll.value(u"ballots").toInt() == 2);
        const QJsonObject verification = poll.value(u"verification").toObject();
        CHECK(verification.value(u"ok").toBool());
        CHECK(verification.value(u"recountMatches").toBool());
        CHECK(verification.value(u"ownBallotCounted").toBool());
    }

    // 11. Attendance, the conclusion, the minutes and the chair's signature.
    const QString attendanceCsv = office + QStringLiteral("/diem-danh.csv");
    const QString attendancePdf = office + QStringLiteral("/diem-danh.pdf");
    cli.ok(session(secretary,
        { QStringLiteral("attendance"), QStringLiteral("--csv"), attendanceCsv,
            QStringLiteral("--pdf"), attendancePdf }));
    const QByteArray csvBytes = readBytes(attendanceCsv);
    CHECK(csvBytes.contains("pho-chu-tich,Lê Văn Cường"));
    CHECK(readBytes(attendancePdf).startsWith("%PDF-"));
    cli.ok(session(chair,
        { QStringLiteral("conclude"), QStringLiteral("i2"),
            QStringLiteral("Thông qua Dự thảo Nghị quyết về kế hoạch đầu tư công"),
            QStringLiteral("--polls"), QStringLiteral("p1") }));
    const QString minutes = office + QStringLiteral("/bien-ban.pdf");
    cli.ok(session(secretary,
        { QStringLiteral("minutes"), minutes, QStringLiteral("--number"),
            QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("--place"),
            QStringLiteral("Sơn Hà") }));
    CHECK(cli.run(session(secretary, { QStringLiteral("sign-minutes"), minutes })).exitCode == 4);
    cli.ok(session(chair, { QStringLiteral("sign-minutes"), minutes }));

    // 12. Every seat checks the whole record and finds it clean.
    for (const SeatFolder &seat : seats) {
        INFO(seat.name.toStdString());
        const CliRun verified = cli.run(session(seat, { QStringLiteral("verify") }));
        INFO(verified.out.toStdString() << verified.err.toStdString());
        CHECK(verified.exitCode == 0);
        CHECK(verified.out.contains(QStringLiteral("The record is clean.")));
        const QJsonObject json
            = cli.ok(session(seat, { QStringLiteral("verify"), QStringLiteral("--json") }))
                  .json()
                  .object();
        CHECK(json.value(u"clean").toBool());
        CHECK(json.value(u"closedPolls").toInt() == 1);
        CHECK(json.value(u"decisions").toInt() == 1);
        const QJsonObject seen = status(seat);
        CHECK_FALSE(seen.value(u"minutesSha256").toString().isEmpty());
        CHECK(seen.value(u"decisions").toObject().value(u"ok").toBool());
    }
}
