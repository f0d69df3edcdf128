// Conclusions (issue 15): a conclusion corrected by a later decision that supersedes it, the
// chain kept whole and only the chair's correction counting; a conclusion citing a document;
// the conclusion notice (Decree 30 layout) read back through Poppler; the attendance
// categories told apart the same way in the summary, the minutes and the export.
#include "pdf_reading.h"
#include "session_documents_fixture.h"
#include "session_fixture.h"

#include "meeting_core/session/conclusionnotice.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/trust/decisionchain.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
bool hasProblemContaining(const SessionState &s, const QString &text)
{
    for (const SessionProblem &p : s.problems)
        if (p.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

// The chair's signed decision records on the share, in chain order.
QList<SignedRecord> chairDecisions(const SessionShare &share)
{
    QList<SignedRecord> records;
    for (const QString &name : share.names(share.m.chairKey, QStringLiteral("decision-"))) {
        Result<SignedRecord> r = SignedRecord::fromBytes(share.get(share.m.chairKey, name));
        REQUIRE(r.ok());
        records << r.value();
    }
    std::sort(records.begin(), records.end(), [](const SignedRecord &a, const SignedRecord &b) {
        return a.payload().value(u"height").toInteger() < b.payload().value(u"height").toInteger();
    });
    return records;
}
} // namespace

TEST_CASE("A conclusion corrected by the chair: the chain keeps both, the minutes and the notice "
          "print the correction",
    "[session][conclusions]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    const Meeting meeting = documentsMeeting(share.meetingId());
    chair->cache->storeMeeting(meeting, {});
    secretary->cache->storeMeeting(meeting, {});

    REQUIRE(
        (*chair)
            ->recordConclusion(QStringLiteral("item-4-a"),
                QStringLiteral("Giao Phòng Tài chính rà soát số liệu thu ngân sách"), {}, reportSha)
            .ok());
    REQUIRE((*chair)
                ->recordConclusion(QStringLiteral("item-5"),
                    QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"), {})
                .ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().chain.decisions.size() == 2);
    CHECK((*chair)->state().chain.decisions.at(0).documentSha256 == reportSha);
    const QString first = (*chair)->state().chain.hashes.at(0);

    // The secretary may not correct it: refused, nothing written.
    const Status bySecretary = (*secretary)->supersedeConclusion(first, QStringLiteral("Sửa"));
    CHECK_FALSE(bySecretary.ok());
    CHECK(bySecretary.error().contains(QStringLiteral("chair")));
    CHECK(share.names(share.m.secretaryKey, QStringLiteral("decision-")).isEmpty());

    const QString corrected = QStringLiteral(
        "Giao Phòng Tài chính - Kế hoạch rà soát số liệu thu, chi ngân sách, báo cáo trước ngày "
        "05/12/2026");
    REQUIRE((*chair)->supersedeConclusion(first.left(12), corrected, planSha).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*secretary)->refresh().ok());
    for (const SessionState *state : { &(*chair)->state(), &(*secretary)->state() }) {
        const ChainReport &chain = state->chain;
        REQUIRE(chain.ok());
        REQUIRE(chain.decisions.size() == 3); // the corrected one stays in the chain
        CHECK(chain.decisions.at(2).supersedes == first);
        CHECK(chain.decisions.at(2).agendaItemId == QStringLiteral("item-4-a"));
        CHECK(chain.supersededBy.at(0) == chain.hashes.at(2));
        CHECK_FALSE(chain.isCurrent(0));
        CHECK(chain.isCurrent(1));
        const QList<DecisionRecord> current = chain.currentDecisions();
        REQUIRE(current.size() == 2);
        CHECK(current.at(0).conclusion
            == QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"));
        CHECK(current.at(1).conclusion == corrected);
    }
    // A corrected decision is corrected once: the correction is what one corrects next.
    CHECK_FALSE((*chair)->supersedeConclusion(first, QStringLiteral("Lần hai")).ok());

    // The minutes and the notice say what stands, in agenda order (4.a before 5).
    QTemporaryDir out;
    const QString minutesPath = out.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE((*secretary)
                ->writeMinutes(minutesPath,
                    MinutesInfo { QStringLiteral("15/BB-UBND"), QStringLiteral("Sơn Hà") })
                .ok());
    const QString minutesText = pdfText(minutesPath);
    CHECK(minutesText.contains(QStringLiteral("Số: 15/BB-UBND")));
    CHECK(minutesText.contains(QStringLiteral("Giao Phòng Tài chính - Kế hoạch rà soát")));
    CHECK_FALSE(minutesText.contains(QStringLiteral("Giao Phòng Tài chính rà soát")));
    CHECK(minutesText.contains(QStringLiteral("Kế hoạch số 12/KH-UBND)"))); // the cited document

    const QString noticePath = out.filePath(QStringLiteral("thong-bao.pdf"));
    REQUIRE((*secretary)
                ->writeNotice(noticePath,
                    NoticeInfo { QStringLiteral("12/TB-UBND"), QStringLiteral("Sơn Hà") })
                .ok());
    if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(noticePath, QString::fromLocal8Bit(keep) + QStringLiteral("/thong-bao.pdf"));
    const QString notice = pdfText(noticePath);
    for (const QString &expected : { QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("ỦY BAN NHÂN DÂN XÃ SƠN HÀ"), QStringLiteral("Số: 12/TB-UBND"),
             QStringLiteral("Sơn Hà, ngày 27 tháng 11 năm 2026"), QStringLiteral("THÔNG BÁO"),
             QStringLiteral("Kết luận của Chủ tịch Ủy ban nhân dân xã Sơn Hà tại phiên họp"),
             QStringLiteral("Báo cáo tình hình kinh tế - xã hội"), corrected,
             QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"),
             QStringLiteral("Nơi nhận:"), QStringLiteral("TL. CHỦ TỊCH"),
             QStringLiteral("Trần Thị Bình") }) {
        INFO(expected.toStdString());
        CHECK(notice.contains(expected));
    }
    CHECK_FALSE(notice.contains(QStringLiteral("Giao Phòng Tài chính rà soát")));
    // Agenda order: item 4.a's conclusion, then item 5's.
    CHECK(notice.indexOf(corrected) < notice.indexOf(QStringLiteral("Thống nhất thông qua")));
}

TEST_CASE("A correction signed by anyone but the chair is refused and reported on every seat",
    "[session][conclusions]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    REQUIRE(
        (*chair)->recordConclusion(QStringLiteral("item-1"), QStringLiteral("Nhất trí"), {}).ok());
    REQUIRE((*chair)->refresh().ok());
    const QList<SignedRecord> head = chairDecisions(share);
    REQUIRE(head.size() == 1);

    // The secretary's device signs a well-formed correction that follows the chain.
    DecisionRecord forged;
    forged.meetingId = share.meetingId();
    forged.agendaItemId = QStringLiteral("item-1");
    forged.conclusion = QStringLiteral("Không nhất trí");
    forged.supersedes = head.first().hash();
    forged.recordedAt = QDateTime::currentDateTimeUtc();
    const SignedRecord bySecretary = appendDecision(&head.first(), forged, share.m.secretaryKey);
    share.put(share.m.secretaryKey, sessionRecordFileName(bySecretary, forged.recordedAt),
        bySecretary.toBytes());

    for (SessionService *seat : { chair->service.get(), d1->service.get() }) {
        REQUIRE(seat->refresh().ok());
        const SessionState &s = seat->state();
        CHECK(s.chain.ok()); // refused before the chain: it does not stop the chair
        REQUIRE(s.chain.decisions.size() == 1);
        CHECK(s.chain.isCurrent(0));
        CHECK(hasProblemContaining(s, QStringLiteral("only the chair corrects a conclusion")));
    }
    // The chair goes on correcting it.
    REQUIRE((*chair)
                ->supersedeConclusion(head.first().hash(), QStringLiteral("Nhất trí, có sửa"))
                .ok());
    REQUIRE((*d1)->refresh().ok());
    CHECK((*d1)->state().chain.decisions.size() == 2);
    CHECK_FALSE((*d1)->state().chain.isCurrent(0));

    // Directly in the chain: a correction signed by a key that may not record decisions.
    QList<QByteArray> records { head.first().toBytes(), bySecretary.toBytes() };
    const ChainReport report
        = verifyDecisionChain(records, { share.m.chairKey.publicKey() }, ChainCheckpoint {});
    CHECK(report.hasProblem(ChainProblemKind::NotAuthorised));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().message.contains(QStringLiteral("only the chair")));
}

TEST_CASE("The chain refuses a correction of a decision that is not before it, or of another item",
    "[session][conclusions]")
{
    const SigningKey chair = SigningKey::fromSeed(QByteArray(32, '\x07'));
    DecisionRecord d;
    d.meetingId = QStringLiteral("m");
    d.agendaItemId = QStringLiteral("item-1");
    d.conclusion = QStringLiteral("A");
    d.recordedAt = QDateTime::currentDateTimeUtc();
    const SignedRecord first = appendDecision(nullptr, d, chair);
    DecisionRecord other = d;
    other.agendaItemId = QStringLiteral("item-2");
    other.supersedes = first.hash();
    const SignedRecord wrongItem = appendDecision(&first, other, chair);
    ChainReport report = verifyDecisionChain(
        { first.toBytes(), wrongItem.toBytes() }, { chair.publicKey() }, ChainCheckpoint {});
    CHECK(report.hasProblem(ChainProblemKind::BadCorrection));
    CHECK(report.isCurrent(0));

    DecisionRecord dangling = d;
    dangling.supersedes = QString(64, u'a');
    const SignedRecord nowhere = appendDecision(&first, dangling, chair);
    report = verifyDecisionChain(
        { first.toBytes(), nowhere.toBytes() }, { chair.publicKey() }, ChainCheckpoint {});
    CHECK(report.hasProblem(ChainProblemKind::BadCorrection));

    DecisionRecord badDocument = d;
    badDocument.documentSha256 = QStringLiteral("not-a-hash");
    const SignedRecord garbled = appendDecision(&first, badDocument, chair);
    report = verifyDecisionChain(
        { first.toBytes(), garbled.toBytes() }, { chair.publicKey() }, ChainCheckpoint {});
    CHECK(report.hasProblem(ChainProblemKind::Unreadable));
}

TEST_CASE("A conclusion cites a document by its SHA-256: a malformed or unknown hash is refused",
    "[session][conclusions]")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto secretary = share.seat(share.m.secretaryKey);
    chair->cache->storeMeeting(documentsMeeting(share.meetingId()), {});

    const Status malformed = (*chair)->recordConclusion(
        QStringLiteral("item-1"), QStringLiteral("Nhất trí"), {}, QStringLiteral("12ab"));
    CHECK_FALSE(malformed.ok());
    CHECK(malformed.error().contains(QStringLiteral("SHA-256")));
    const Status unknown = (*chair)->recordConclusion(
        QStringLiteral("item-1"), QStringLiteral("Nhất trí"), {}, QString(64, u'c'));
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QString(64, u'c')));
    REQUIRE((*chair)->refresh().ok());
    CHECK((*chair)->state().chain.decisions.isEmpty());

    // The secretary's draft carries the document (upper case is taken as the same hash), and
    // the chair's confirmation puts it into the chain.
    REQUIRE((*secretary)
                ->recordConclusion(QStringLiteral("item-5"), QStringLiteral("Thông qua Kế hoạch"),
                    {}, planSha.toUpper())
                .ok());
    REQUIRE((*chair)->refresh().ok());
    const QList<ConclusionDraft> drafts = (*chair)->state().unconfirmedDrafts();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().documentSha256 == planSha);
    REQUIRE((*chair)->confirmConclusion(drafts.first().hash).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->state().chain.decisions.size() == 1);
    CHECK((*chair)->state().chain.decisions.first().documentSha256 == planSha);
}

TEST_CASE("Present, excused, absent, by proxy and not checked in are told apart and add up to the "
          "roster in the summary, the minutes and the export",
    "[session][attendance]")
{
    SessionShare share;
    auto secretary = share.seat(share.m.secretaryKey);
    REQUIRE((*secretary)->checkIn().ok());
    REQUIRE((*secretary)->checkIn(MeetingFixture::memberId(0)).ok());
    REQUIRE((*secretary)
                ->reportAbsence(MeetingFixture::memberId(1), QStringLiteral("Đi công tác"))
                .ok());
    REQUIRE((*secretary)->reportAbsence(MeetingFixture::memberId(2), {}).ok());
    REQUIRE((*secretary)
                ->giveProxy(
                    MeetingFixture::memberId(3), MeetingFixture::memberId(0), QStringLiteral("Ốm"))
                .ok());
    REQUIRE((*secretary)->refresh().ok());
    const SessionState &s = (*secretary)->state();
    const AttendanceSummary &sum = s.summary;
    CHECK(sum.present == 2);
    CHECK(sum.excused == 1);
    CHECK(sum.absent == 1);
    CHECK(sum.proxy == 1);
    CHECK(sum.notCheckedIn == 2); // the chair and the guest
    CHECK(sum.present + sum.excused + sum.absent + sum.proxy + sum.notCheckedIn
        == s.attendance.size());
    CHECK(attendanceCategory(*s.attendanceOf(MeetingFixture::memberId(1)))
        == AttendanceCategory::Excused);
    CHECK(attendanceCategory(*s.attendanceOf(MeetingFixture::memberId(2)))
        == AttendanceCategory::Absent);

    const QByteArray csv = exportAttendanceCsv(s);
    CHECK(csv.contains("recorded_by,at,category\r\n"));
    CHECK(csv.contains("uy-vien-2,Ủy viên 2,,delegate,absent,Đi công tác,,thu-ky,"));
    const QList<QByteArray> rows = csv.split('\n');
    int excused = 0, absent = 0, notCheckedIn = 0;
    for (const QByteArray &row : rows) {
        excused += row.trimmed().endsWith(",excused") ? 1 : 0;
        absent += row.trimmed().endsWith(",absent") ? 1 : 0;
        notCheckedIn += row.trimmed().endsWith(",not-checked-in") ? 1 : 0;
    }
    CHECK(excused == 1);
    CHECK(absent == 1);
    CHECK(notCheckedIn == 2);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE((*secretary)->writeMinutes(path, {}).ok());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Vắng mặt có lý do")));
    CHECK(text.contains(QStringLiteral("Vắng mặt không có lý do")));
    CHECK(text.contains(QStringLiteral("Chưa điểm danh")));
    CHECK(text.contains(QStringLiteral("Tổng số: %1 người; có mặt: 2; vắng mặt có lý do: 1; vắng "
                                       "mặt không có lý do: 1; ủy quyền: 1; chưa điểm danh: 2")
                            .arg(s.attendance.size())));
}

TEST_CASE("The number and place are kept for the meeting, and the next meeting starts from them",
    "[session][minutes]")
{
    SessionShare share;
    auto secretary = share.seat(share.m.secretaryKey);
    SessionService::DocumentDetails details = (*secretary)->documentDetails();
    CHECK_FALSE(details.kept);
    REQUIRE((*secretary)
                ->keepDocumentDetails(
                    MinutesInfo { QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("Sơn Hà") },
                    QStringLiteral("12/TB-UBND"))
                .ok());
    details = (*secretary)->documentDetails();
    CHECK(details.kept);
    CHECK(details.minutes.number == QStringLiteral("Số: 15/BB-UBND"));
    CHECK(details.minutes.place == QStringLiteral("Sơn Hà"));
    CHECK(details.noticeNumber == QStringLiteral("12/TB-UBND"));

    // A draft without them prints the kept ones.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE((*secretary)->writeMinutes(path, {}).ok());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Số: 15/BB-UBND")));
    CHECK(text.contains(QStringLiteral("Sơn Hà, ngày")));

    // Another meeting on the same seat: not kept yet, prefilled from the last one.
    SessionService other(*secretary->cache, share.root(), QStringLiteral("another-meeting"));
    const SessionService::DocumentDetails next = other.documentDetails();
    CHECK_FALSE(next.kept);
    CHECK(next.minutes.number == QStringLiteral("Số: 15/BB-UBND"));
    CHECK(next.minutes.place == QStringLiteral("Sơn Hà"));
}
