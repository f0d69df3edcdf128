// Minutes ("biên bản") and the attendance list: generated PDFs read back through Poppler;
// the chair's signature locks the minutes. The demo share's roster lets a seat act as chair.
#include "pdf_reading.h"
#include "session_fixture.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/session/demosession.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/util/sha256.h"

using namespace phonghop;
using namespace phonghop::test;

TEST_CASE("The minutes PDF opens in Poppler and holds the heading, attendance, speakers, poll "
          "results and conclusions")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    auto d1 = share.seat(share.m.memberKeys[0]);
    auto d2 = share.seat(share.m.memberKeys[1]);
    REQUIRE((*chair)->checkIn().ok());
    REQUIRE((*d1)->checkIn().ok());
    REQUIRE((*d2)->reportAbsence({}, QStringLiteral("Ốm")).ok());
    REQUIRE((*d1)->requestToSpeak(QStringLiteral("item-1"), SpeakType::Speak).ok());
    REQUIRE((*chair)->refresh().ok());
    REQUIRE((*chair)->callNextSpeaker().ok());
    REQUIRE((*chair)->startSpeakingTime().ok());
    REQUIRE((*chair)->stopSpeakingTime().ok());
    PollDefinition poll = MeetingFixture::approvalPoll(QStringLiteral("p1"));
    poll.title = QStringLiteral("Thông qua Kế hoạch đầu tư công năm 2027");
    REQUIRE((*chair)->openPoll(poll).ok());
    REQUIRE((*d1)->refresh().ok());
    REQUIRE((*d1)->castVote(QStringLiteral("p1"), { 0 }).ok());
    REQUIRE((*chair)->closePoll(QStringLiteral("p1")).ok());
    REQUIRE((*chair)
                ->recordConclusion(QStringLiteral("item-1"),
                    QStringLiteral("Nhất trí thông qua Kế hoạch, giao Sở Tài chính triển khai"),
                    { QStringLiteral("p1") })
                .ok());

    MinutesContent content = minutesContentFor(Meeting {}, (*chair)->state());
    content.agency = QStringLiteral("Ủy ban nhân dân xã Sơn Hà");
    content.number = QStringLiteral("Số: 15/BB-UBND");
    content.place = QStringLiteral("Sơn Hà");
    content.meetingTitle = QStringLiteral("Phiên họp thường kỳ tháng 11 năm 2026");
    content.date = share.m.t0;
    content.agenda << AgendaItem { QStringLiteral("item-1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Kế hoạch đầu tư công năm 2027"), {}, 30 };
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE(minutes::writePdf(path, content, (*chair)->state()).ok());
    if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(keep) + QStringLiteral("/bien-ban.pdf"));
    const QString text = pdfText(path);
    for (const QString &expected : { QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("ỦY BAN NHÂN DÂN XÃ SƠN HÀ"), QStringLiteral("Số: 15/BB-UBND"),
             QStringLiteral("BIÊN BẢN"), QStringLiteral("Sơn Hà, ngày 27 tháng 11 năm 2026"),
             QStringLiteral("Nguyễn Văn An"), QStringLiteral("Vắng mặt"), QStringLiteral("Ốm"),
             QStringLiteral("Ủy viên 1 (phát biểu"),
             QStringLiteral("Thông qua Kế hoạch đầu tư công năm 2027"), QStringLiteral("THÔNG QUA"),
             QStringLiteral("Nhất trí thông qua Kế hoạch"), QStringLiteral("CHỦ TỌA"),
             QStringLiteral("THƯ KÝ"), QStringLiteral("Trần Thị Bình") }) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }

    // Signed by the chair: locked on every seat.
    CHECK_FALSE((*d1)->signMinutes(path).ok());
    const QString seatPath = out.filePath(QStringLiteral("seat.pdf"));
    REQUIRE((*chair)
                ->writeMinutes(seatPath,
                    MinutesInfo { QStringLiteral("Số: 15/BB-UBND"), QStringLiteral("Sơn Hà") })
                .ok());
    REQUIRE((*chair)->signMinutes(seatPath).ok());
    REQUIRE((*d1)->refresh().ok());
    CHECK((*d1)->state().minutesSha256 == Sha256::hexOfFile(seatPath));
    CHECK_FALSE((*chair)->writeMinutes(out.filePath(QStringLiteral("again.pdf")), {}).ok());
    CHECK_FALSE((*chair)->signMinutes(seatPath).ok());
}

TEST_CASE("The attendance list exports as CSV with a byte-order mark and as a PDF")
{
    SessionShare share;
    auto secretary = share.seat(share.m.secretaryKey);
    REQUIRE((*secretary)->checkIn(MeetingFixture::memberId(0)).ok());
    REQUIRE((*secretary)
                ->giveProxy(MeetingFixture::memberId(1), MeetingFixture::memberId(0),
                    QStringLiteral("Bận việc gia đình"))
                .ok());
    const QByteArray csv = exportAttendanceCsv((*secretary)->state());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("uy-vien-1,Ủy viên 1,,delegate,present,,,thu-ky,"));
    CHECK(csv.contains("uy-vien-2,Ủy viên 2,,delegate,proxy,Bận việc gia đình,uy-vien-1,thu-ky,"));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("diem-danh.pdf"));
    REQUIRE((*secretary)->writeAttendancePdf(path).ok());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("DANH SÁCH ĐIỂM DANH")));
    CHECK(text.contains(QStringLiteral("Ủy quyền cho Ủy viên 1")));
}

TEST_CASE("The demo share carries a signed roster with the demo keys: a seat can act as the chair "
          "or a delegate")
{
    QTemporaryDir dir;
    REQUIRE(demoshare::write(dir.path()).ok());
    REQUIRE(demosession::writeRosters(dir.path()).ok()); // again: the same bytes, harmless
    const QStringList meetings = ShareReader(dir.path()).meetingIds();
    REQUIRE_FALSE(meetings.isEmpty());
    QTemporaryDir cacheDir;
    auto cache = MeetingCache::open(cacheDir.path());
    REQUIRE(cache.ok());
    REQUIRE(pinOrganisation(
        *cache.value(), QStringLiteral("Demo"), demoshare::organisationKey().publicKey())
                .ok());
    SessionService seat(*cache.value(), dir.path(), meetings.first());
    REQUIRE(seat.refresh().ok());
    CHECK(seat.isDemoShare());
    CHECK(seat.self() == nullptr); // its own new key is not enrolled
    REQUIRE(seat.actAs(QStringLiteral("p-an")).ok());
    CHECK(seat.isChair());
    REQUIRE(seat.openPoll(MeetingFixture::approvalPoll(QStringLiteral("demo-1"))).ok());
    REQUIRE(seat.actAs(QStringLiteral("p-binh")).ok());
    CHECK_FALSE(seat.isChair());
    CHECK(seat.self()->name == QStringLiteral("Trần Thị Bình"));
    REQUIRE(seat.castVote(QStringLiteral("demo-1"), { 0 }).ok());
    CHECK(seat.state().poll(QStringLiteral("demo-1"))->ballots.accepted.size() == 1);
    // The choice survives a restart (stored in the cache).
    SessionService again(*cache.value(), dir.path(), meetings.first());
    REQUIRE(again.refresh().ok());
    CHECK(again.actingAs() == QStringLiteral("p-binh"));
    CHECK(again.self()->id == QStringLiteral("p-binh"));
}

TEST_CASE("The minutes and the attendance list print the national heading on one line, the motto "
          "below it and the agency on the left")
{
    SessionShare share;
    auto chair = share.seat(share.m.chairKey);
    REQUIRE((*chair)->checkIn().ok());
    for (const QString &agency : { QStringLiteral("Ủy ban nhân dân xã Sơn Hà"),
             QStringLiteral("Ủy ban nhân dân tỉnh Sơn Hà"),
             QStringLiteral("Văn phòng Ủy ban nhân dân thành phố Hồ Chí Minh") }) {
        DYNAMIC_SECTION(agency.toStdString())
        {
            MinutesContent content = minutesContentFor(Meeting {}, (*chair)->state());
            content.agency = agency;
            content.number = QStringLiteral("Số: 15/BB-UBND");
            content.place = QStringLiteral("Sơn Hà");
            content.meetingTitle = QStringLiteral("Phiên họp thường kỳ tháng 11 năm 2026");
            content.date = share.m.t0;
            QTemporaryDir out;
            const QString minutesPath = out.filePath(QStringLiteral("bien-ban.pdf"));
            REQUIRE(minutes::writePdf(minutesPath, content, (*chair)->state()).ok());
            if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !keep.isEmpty())
                QFile::copy(minutesPath,
                    QString::fromLocal8Bit(keep)
                        + QStringLiteral("/bien-ban-%1.pdf").arg(agency.size()));
            checkHeading(minutesPath, agency.toUpper().section(u' ', 0, 0));
            const QString attendancePath = out.filePath(QStringLiteral("diem-danh.pdf"));
            REQUIRE(minutes::writeAttendancePdf(attendancePath, content, (*chair)->state()).ok());
            checkHeading(attendancePath, agency.toUpper().section(u' ', 0, 0));
        }
    }
}
