// Consultations (issue 17) end to end, every step a phonghop-cli process: an organisation from
// an empty folder, seven members with enrolled devices, a consultation published; five answer,
// one changes their answer, one answers late; the office closes, every seat recounts and
// agrees; the report read back with Poppler quotes every comment and the count.
#include "cli_run.h"
#include "pdf_reading.h"

#include "meeting_core/consult/consultation.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/atomicfile.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace phonghop;
using namespace phonghop::test;

namespace {

struct Seat {
    QString id;
    QString name;
    QString cache;
};

const QString id = QStringLiteral("xin-y-kien-bang-gia-dat");
// The deadline, and the seats' clocks before and after it (PHONGHOP_CLOCK: the seat's clock).
const QString deadline = QStringLiteral("2030-06-30T17:00:00+07:00");
const QString before = QStringLiteral("2030-06-30T09:00:00+07:00");
const QString after = QStringLiteral("2030-06-30T18:00:00+07:00");

Cli at(const QString &clock)
{
    Cli cli;
    cli.env.insert(QStringLiteral("PHONGHOP_CLOCK"), clock);
    return cli;
}

} // namespace

TEST_CASE("Seven members consulted in separate processes: answers, a change, a late answer, the "
          "close recounted by every seat, the report",
    "[consult][cli][e2e]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString share = root.filePath(QStringLiteral("share"));
    const QString office = root.filePath(QStringLiteral("van-phong"));
    const QString key = office + QStringLiteral("/co-quan.key");
    const Cli cli = at(before);

    cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"), share,
        QStringLiteral("--name"), QStringLiteral("UBND xã Sơn Hà"), QStringLiteral("--key"), key });
    const QString fingerprint
        = cli.ok({ QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--share"), share,
                     QStringLiteral("--json") })
              .json()
              .object()
              .value(u"fingerprint")
              .toString();

    std::vector<Seat> members {
        { QStringLiteral("chu-tich"), QStringLiteral("Nguyễn Văn An"), {} },
        { QStringLiteral("pho-chu-tich-1"), QStringLiteral("Lê Văn Cường"), {} },
        { QStringLiteral("pho-chu-tich-2"), QStringLiteral("Phạm Thị Dung"), {} },
        { QStringLiteral("uy-vien-1"), QStringLiteral("Hoàng Văn Em"), {} },
        { QStringLiteral("uy-vien-2"), QStringLiteral("Vũ Thị Giang"), {} },
        { QStringLiteral("uy-vien-3"), QStringLiteral("Đỗ Văn Hùng"), {} },
        { QStringLiteral("uy-vien-4"), QStringLiteral("Bùi Thị Khánh"), {} },
    };
    QByteArray csv = "\xEF\xBB\xBFMã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\r\n";
    for (const Seat &m : members)
        csv += QStringLiteral("%1,%2,Thành viên UBND xã,UBND xã,Đại biểu,1\r\n")
                   .arg(m.id, m.name)
                   .toUtf8();
    writeText(office + QStringLiteral("/can-bo.csv"), csv);
    cli.ok({ QStringLiteral("people"), QStringLiteral("import"),
        office + QStringLiteral("/can-bo.csv"), QStringLiteral("--share"), share,
        QStringLiteral("--key"), key });
    for (Seat &m : members) {
        m.cache = root.filePath(QStringLiteral("may-") + m.id);
        const QString device
            = cli.ok({ QStringLiteral("enrol"), QStringLiteral("request"),
                         QStringLiteral("--share"), share, QStringLiteral("--cache"), m.cache,
                         QStringLiteral("--person"), m.id, QStringLiteral("--label"),
                         QStringLiteral("Máy ") + m.name, QStringLiteral("--json") })
                  .json()
                  .object()
                  .value(u"fingerprint")
                  .toString();
        cli.ok({ QStringLiteral("enrol"), QStringLiteral("approve"), QStringLiteral("--share"),
            share, QStringLiteral("--key"), key, QStringLiteral("--device"), device });
    }

    // The consultation: two questions, the draft as a PDF beside the JSON.
    {
        QPdfWriter writer(office + QStringLiteral("/du-thao-qd.pdf"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(100, 100, QStringLiteral("Dự thảo Quyết định ban hành bảng giá đất"));
    }
    QStringList memberIds;
    for (const Seat &m : members)
        memberIds << u'"' + m.id + u'"';
    writeText(office + QStringLiteral("/CONSULTATION.json"),
        QStringLiteral(R"({
  "format": "phonghop-consultation", "version": 1, "id": "%1",
  "title": "Dự thảo Quyết định ban hành bảng giá đất năm 2031",
  "issuingBody": "UBND xã Sơn Hà", "deadline": "%2", "chair": "chu-tich",
  "note": "Đề nghị các thành viên cho ý kiến trước thời hạn.",
  "members": [%3],
  "questions": [
    {"id": "q1", "text": "Thông qua dự thảo Quyết định?", "kind": "approval", "rule": "uy-ban-nhan-dan"},
    {"id": "q2", "text": "Áp dụng từ ngày 01/01/2031?", "kind": "approval", "rule": "da-so-phieu"}
  ],
  "documents": [{"id": "d1", "title": "Dự thảo Quyết định", "file": "du-thao-qd.pdf"}]
})")
            .arg(id, deadline, memberIds.join(QStringLiteral(", ")))
            .toUtf8());
    // A truncated file is refused (exit 4), and nothing is written on the share.
    writeText(office + QStringLiteral("/cut.json"),
        readBytes(office + QStringLiteral("/CONSULTATION.json")).left(300));
    CHECK(cli.run({ QStringLiteral("consult"), QStringLiteral("publish"),
                      office + QStringLiteral("/cut.json"), QStringLiteral("--share"), share,
                      QStringLiteral("--key"), key })
              .exitCode
        == 4);
    CHECK_FALSE(QFileInfo::exists(share + QStringLiteral("/consultations")));
    const QJsonObject published
        = cli.ok({ QStringLiteral("consult"), QStringLiteral("publish"),
                     office + QStringLiteral("/CONSULTATION.json"), QStringLiteral("--share"),
                     share, QStringLiteral("--key"), key, QStringLiteral("--json") })
              .json()
              .object();
    CHECK(published.value(u"revision").toInt() == 1);

    // A meeting of some of the same members on the same share: their answers sit in the device
    // folders its session reads (share format 1.2), and must not trouble its record.
    const QString meetingId = QStringLiteral("hop-thuong-ky-thang-6");
    writeText(office + QStringLiteral("/hop.json"),
        meetingJson(
            meetingId, QStringLiteral(R"([{"id": "chu-tich", "role": "chair", "voteWeight": 1},
            {"id": "pho-chu-tich-1", "role": "delegate", "voteWeight": 1}])")));
    cli.ok({ QStringLiteral("publish"), office + QStringLiteral("/hop.json"),
        QStringLiteral("--share"), share, QStringLiteral("--key"), key,
        QStringLiteral("--quiet") });

    // Every seat confirms the organisation and syncs: the consultation is in its cache.
    for (const Seat &m : members) {
        cli.ok(
            { QStringLiteral("sync"), QStringLiteral("--share"), share, QStringLiteral("--cache"),
                m.cache, QStringLiteral("--expect-fingerprint"), fingerprint });
        const QJsonArray list
            = cli.ok({ QStringLiteral("consult"), QStringLiteral("list"), QStringLiteral("--cache"),
                         m.cache, QStringLiteral("--json") })
                  .json()
                  .array();
        REQUIRE(list.size() == 1);
        CHECK(list.at(0).toObject().value(u"unanswered").toInt() == 2);
        CHECK(list.at(0).toObject().value(u"state").toString() == u"open");
    }

    const auto answer = [&](const Cli &c, const Seat &m, const QString &question,
                            const QString &choice, const QString &comment = {}) {
        QStringList arguments { QStringLiteral("consult"), QStringLiteral("answer"), id, question,
            choice, QStringLiteral("--share"), share, QStringLiteral("--cache"), m.cache };
        if (!comment.isEmpty())
            arguments << QStringLiteral("--comment") << comment;
        return c.run(arguments);
    };
    const auto answerOk = [&](const Seat &m, const QString &question, const QString &choice,
                              const QString &comment = {}) {
        const CliRun r = answer(cli, m, question, choice, comment);
        INFO(m.id.toStdString() << " " << question.toStdString() << ": " << r.all().toStdString());
        REQUIRE(r.exitCode == 0);
    };
    // Five answer (every spelling of the choices the command takes), one with comments.
    const QString comment1 = QStringLiteral("Đề nghị rà soát giá đất ven quốc lộ 1A.");
    const QString comment2 = QStringLiteral("Chưa đủ căn cứ khảo sát thị trường, đề nghị lùi lại.");
    const QString comment3 = QStringLiteral("Cần bổ sung ý kiến của Sở Tài chính.");
    const QString comment4 = QStringLiteral("Thời điểm áp dụng nên là 01/3/2031.");
    answerOk(members[0], QStringLiteral("q1"), QStringLiteral("agree"));
    answerOk(members[0], QStringLiteral("q2"), QStringLiteral("Đồng ý"));
    answerOk(members[1], QStringLiteral("q1"), QStringLiteral("dong-y"), comment1);
    answerOk(members[1], QStringLiteral("q2"), QStringLiteral("agree"));
    answerOk(members[2], QStringLiteral("q1"), QStringLiteral("Không đồng ý"), comment2);
    answerOk(members[3], QStringLiteral("q1"), QStringLiteral("y-kien-khac"), comment3);
    answerOk(members[3], QStringLiteral("q2"), QStringLiteral("other"), comment4);
    answerOk(members[4], QStringLiteral("q1"), QStringLiteral("agree"));
    // "Ý kiến khác" needs its comment: refused, nothing kept.
    CHECK(
        answer(cli, members[4], QStringLiteral("q2"), QStringLiteral("Ý kiến khác")).exitCode == 4);
    // One changes their answer.
    answerOk(members[4], QStringLiteral("q1"), QStringLiteral("khong-dong-y"));

    // One answers late: the seat refuses, exit 4, and keeps nothing.
    const CliRun late
        = answer(at(after), members[5], QStringLiteral("q1"), QStringLiteral("agree"));
    CHECK(late.exitCode == 4);
    CHECK_FALSE(late.err.isEmpty());
    // A record written after the deadline with its true time (as a seat whose check was
    // bypassed would write it) is on the share but not counted.
    {
        const Result<SigningKey> device = DeviceKey::loadOrCreate(members[5].cache);
        REQUIRE(device.ok());
        const QJsonObject payload {
            { QStringLiteral("consultation"), id },
            { QStringLiteral("revision"), 1 },
            { QStringLiteral("question"), QStringLiteral("q1") },
            { QStringLiteral("choice"), QStringLiteral("agree") },
            { QStringLiteral("choices"), QJsonArray { 0 } },
            { QStringLiteral("comment"), QString() },
            { QStringLiteral("person"), members[5].id },
            { QStringLiteral("sequence"), 1 },
            { QStringLiteral("answeredAt"), after },
        };
        const QString path = share + QStringLiteral("/devices/") + deviceIdOf(device->publicKey())
            + u'/' + consultationAnswerFileName(id, 1);
        REQUIRE(atomicfile::writeNew(path,
            SignedRecord::create(
                QLatin1StringView(ConsultationAnswer::recordKind), payload, device.value())
                .toBytes())
                    .ok());
    }

    // The meeting's record is clean on a seat of a member who answered.
    {
        const CliRun verified = cli.run({ QStringLiteral("session"), QStringLiteral("verify"),
            QStringLiteral("--share"), share, QStringLiteral("--cache"), members[1].cache,
            QStringLiteral("--meeting"), meetingId });
        INFO(verified.all().toStdString());
        CHECK(verified.exitCode == 0);
    }

    // The office's view before the close: who answered, each comment, the late one not counted.
    QJsonObject status = cli.ok({ QStringLiteral("consult"), QStringLiteral("status"), id,
                                    QStringLiteral("--share"), share, QStringLiteral("--key"), key,
                                    QStringLiteral("--json") })
                             .json()
                             .object();
    CHECK_FALSE(status.value(u"closed").toBool());
    const QJsonArray statusMembers = status.value(u"members").toArray();
    REQUIRE(statusMembers.size() == 7);
    CHECK(findById(statusMembers, QStringLiteral("person"), members[5].id)
              .value(u"questionsAnswered")
              .toInt()
        == 0);
    CHECK(
        findById(statusMembers, QStringLiteral("person"), members[6].id).value(u"answered").toBool()
        == false);
    CHECK(findById(statusMembers, QStringLiteral("person"), members[3].id)
              .value(u"answered")
              .toBool());
    CHECK(status.value(u"reminders").toArray().size() == 4); // members 3, 5, 6 and 7 (q2 missing)
    bool lateReported = false;
    for (const QJsonValue &r : status.value(u"refused").toArray())
        lateReported
            = lateReported || r.toObject().value(u"problem").toString() == u"after-deadline";
    CHECK(lateReported);

    // The office's close is refused before the deadline (unless --early), and with a key of
    // another organisation.
    CHECK(cli.run({ QStringLiteral("consult"), QStringLiteral("close"), id, QStringLiteral("--key"),
                      key, QStringLiteral("--share"), share })
              .exitCode
        == 4);
    const QString otherKey = root.filePath(QStringLiteral("khac/co-quan.key"));
    cli.ok({ QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--share"),
        root.filePath(QStringLiteral("khac/share")), QStringLiteral("--name"),
        QStringLiteral("UBND xã Khác"), QStringLiteral("--key"), otherKey });
    CHECK(at(after)
              .run({ QStringLiteral("consult"), QStringLiteral("close"), id,
                  QStringLiteral("--key"), otherKey, QStringLiteral("--share"), share })
              .exitCode
        == 4);
    CHECK_FALSE(QFileInfo::exists(
        share + QStringLiteral("/consultations/") + id + QStringLiteral("/close-00000001.json")));

    // The close, by the office after the deadline.
    const QJsonObject close
        = at(after)
              .ok({ QStringLiteral("consult"), QStringLiteral("close"), id, QStringLiteral("--key"),
                  key, QStringLiteral("--share"), share, QStringLiteral("--json") })
              .json()
              .object();
    CHECK(close.value(u"counted").toArray().size() == 8);
    CHECK(close.value(u"notAnswered").toArray().size() == 2);
    // After the close, no seat can answer any more.
    CHECK(answer(cli, members[6], QStringLiteral("q1"), QStringLiteral("agree")).exitCode == 4);

    // The count by the rules. q1 (People's Committee: more than half of all 7 members): Đồng ý 2
    // (chu-tich, pho-chu-tich-1), Không đồng ý 2 (pho-chu-tich-2, and uy-vien-2's change), Ý kiến
    // khác 1: neither side has 4, the sides are level and the chair agreed: passed by the chair's
    // side (Law on LGO 2015). q2 (majority of the answers): Đồng ý 2 of 3 answers: passed.
    status = at(after)
                 .ok({ QStringLiteral("consult"), QStringLiteral("status"), id,
                     QStringLiteral("--share"), share, QStringLiteral("--key"), key,
                     QStringLiteral("--json") })
                 .json()
                 .object();
    CHECK(status.value(u"closed").toBool());
    const QJsonArray questions = status.value(u"questions").toArray();
    REQUIRE(questions.size() == 2);
    const QJsonObject q1 = questions.at(0).toObject().value(u"tally").toObject();
    const QJsonArray q1Options = q1.value(u"options").toArray();
    CHECK(q1Options.at(0).toObject().value(u"ballots").toInt() == 2);
    CHECK(q1Options.at(1).toObject().value(u"ballots").toInt() == 2);
    CHECK(q1Options.at(2).toObject().value(u"ballots").toInt() == 1);
    CHECK(q1.value(u"ballots").toInt() == 5);
    CHECK(q1.value(u"entitled").toInt() == 7);
    CHECK(q1.value(u"passed").toBool());
    CHECK(q1.value(u"decidedBy").toString() == u"chair-tie-break");
    const QJsonObject q2 = questions.at(1).toObject().value(u"tally").toObject();
    CHECK(q2.value(u"ballots").toInt() == 3);
    CHECK(q2.value(u"passed").toBool());

    // Every seat recounts the close from the answers it reads, and finds its own answers.
    for (const Seat &m : members) {
        INFO(m.id.toStdString());
        const QJsonObject seat
            = at(after)
                  .ok({ QStringLiteral("consult"), QStringLiteral("status"), id,
                      QStringLiteral("--share"), share, QStringLiteral("--cache"), m.cache,
                      QStringLiteral("--json") })
                  .json()
                  .object();
        CHECK(seat.value(u"recount").toObject().value(u"outcome").toString() == u"agreed");
        const QJsonArray list
            = at(after)
                  .ok({ QStringLiteral("consult"), QStringLiteral("list"),
                      QStringLiteral("--cache"), m.cache, QStringLiteral("--json") })
                  .json()
                  .array();
        CHECK(list.at(0).toObject().value(u"state").toString() == u"closed");
    }

    // The report: the PDF quotes every comment and the count; the CSV has a row per member and
    // question.
    const QString pdf = office + QStringLiteral("/bao-cao.pdf");
    at(after).ok({ QStringLiteral("consult"), QStringLiteral("report"), id, pdf,
        QStringLiteral("--share"), share, QStringLiteral("--key"), key });
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BÁO CÁO TỔNG HỢP Ý KIẾN THÀNH VIÊN ỦY BAN NHÂN DÂN")));
    CHECK(text.contains(QStringLiteral("/BC-UBND")));
    for (const QString &comment : { comment1, comment2, comment3, comment4 })
        CHECK(text.contains(comment));
    CHECK(text.contains(
        QStringLiteral("Đồng ý: 2; Không đồng ý: 2; Ý kiến khác: 1; Không trả lời: 2")));
    CHECK(text.contains(QStringLiteral("Kết quả: được thông qua")));
    CHECK(text.contains(members[5].name));
    CHECK(text.contains(QStringLiteral("Nơi nhận")));
    checkHeading(pdf, QStringLiteral("UBND"));

    const QString csvPath = office + QStringLiteral("/bao-cao.csv");
    at(after).ok({ QStringLiteral("consult"), QStringLiteral("report"), id, csvPath,
        QStringLiteral("--share"), share, QStringLiteral("--cache"), members[0].cache });
    const QByteArray csvBytes = readBytes(csvPath);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows
        = QString::fromUtf8(csvBytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(rows.size() == 1 + 7 * 2);
    for (const QString &comment : { comment1, comment2, comment3, comment4 })
        CHECK(QString::fromUtf8(csvBytes).contains(comment));
}
