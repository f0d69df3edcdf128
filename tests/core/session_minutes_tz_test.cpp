// The minutes and the conclusion notice written by phonghop-cli in separate processes under
// different time zones (issue 15): the same times, in the meeting's own offset, and the same
// agenda order, read back through Poppler.
#include "pdf_reading.h"
#include "session_documents_fixture.h"
#include "session_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// phonghop-cli session … on a cache folder, under the time zone tz.
CliRun runCli(
    const QString &cache, const SessionShare &share, const QString &tz, const QStringList &session)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), tz);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PHONGHOP_CLI_PATH),
        QStringList { QStringLiteral("session") } + session
            + QStringList { QStringLiteral("--share"), share.root(), QStringLiteral("--cache"),
                cache, QStringLiteral("--meeting"), share.meetingId() });
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return CliRun { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

// A session on the documentsMeeting agenda: speeches on items 5 and 4.a (in that order), and a
// conclusion on each.
struct ConcludedSession {
    SessionShare share;
    std::unique_ptr<Seat> chair = share.seat(share.m.chairKey);
    QTemporaryDir secretaryCache;

    ConcludedSession()
    {
        REQUIRE(secretaryCache.isValid());
        REQUIRE(
            share.m.secretaryKey.save(secretaryCache.filePath(QStringLiteral("device.key"))).ok());
        pinOrganisationIn(secretaryCache.path(), share.m.organisation);
        { // as after `phonghop-cli sync`: the meeting is in the cache
            auto cache = MeetingCache::open(secretaryCache.path());
            REQUIRE(cache.ok());
            cache.value()->storeMeeting(documentsMeeting(share.meetingId()), {});
        }
        auto d1 = share.seat(share.m.memberKeys[0]);
        auto d2 = share.seat(share.m.memberKeys[1]);
        REQUIRE((*chair)->checkIn().ok());
        REQUIRE((*d1)->checkIn().ok());
        REQUIRE((*d2)->checkIn().ok());
        REQUIRE((*d1)->requestToSpeak(QStringLiteral("item-5"), SpeakType::Speak).ok());
        REQUIRE((*chair)->refresh().ok());
        REQUIRE((*chair)->callNextSpeaker().ok());
        REQUIRE((*chair)->startSpeakingTime().ok());
        REQUIRE((*chair)->stopSpeakingTime().ok());
        REQUIRE((*d2)->requestToSpeak(QStringLiteral("item-4-a"), SpeakType::Question).ok());
        REQUIRE((*chair)->refresh().ok());
        REQUIRE((*chair)->callNextSpeaker().ok());
        REQUIRE((*chair)->startSpeakingTime().ok());
        REQUIRE((*chair)->stopSpeakingTime().ok());
        REQUIRE((*chair)
                    ->recordConclusion(QStringLiteral("item-5"),
                        QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"), {})
                    .ok());
        REQUIRE((*chair)
                    ->recordConclusion(QStringLiteral("item-4-a"),
                        QStringLiteral("Giao Phòng Tài chính - Kế hoạch rà soát số liệu"), {})
                    .ok());
        REQUIRE((*chair)->refresh().ok());
    }
};
} // namespace

TEST_CASE("Minutes written under TZ=UTC and TZ=Asia/Ho_Chi_Minh give the same times and order",
    "[session][minutes][cli]")
{
    ConcludedSession s;
    QTemporaryDir out;
    QStringList texts;
    // A zone without tzdata too (POSIX rule, 5 h west), so that the test cannot pass by a
    // missing zone file falling back to UTC.
    for (const QString &tz :
        { QStringLiteral("UTC"), QStringLiteral("Asia/Ho_Chi_Minh"), QStringLiteral("XYZ5") }) {
        const QString path = out.filePath(QStringLiteral("bien-ban-%1.pdf").arg(texts.size()));
        const CliRun r = runCli(s.secretaryCache.path(), s.share, tz,
            { QStringLiteral("minutes"), path, QStringLiteral("--number"),
                QStringLiteral("15/BB-UBND"), QStringLiteral("--place"),
                QStringLiteral("Sơn Hà") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR");
            !keep.isEmpty() && texts.isEmpty())
            QFile::copy(path, QString::fromLocal8Bit(keep) + QStringLiteral("/bien-ban-tz.pdf"));
        texts << pdfText(path);
    }
    INFO(texts.at(0).toStdString());
    CHECK(texts.at(0) == texts.at(1));
    CHECK(texts.at(0) == texts.at(2));
    const QString &text = texts.at(0);
    CHECK(text.contains(QStringLiteral("Thời gian bắt đầu: 08:00 ngày 27/11/2026")));
    CHECK(text.contains(QStringLiteral("Sơn Hà, ngày 27 tháng 11 năm 2026")));
    CHECK(text.contains(QStringLiteral("Số: 15/BB-UBND")));
    // Agenda items in reading order: 4, 4.a, 4.b, 5, whatever order the cache lists them in.
    const qsizetype four = text.indexOf(QStringLiteral("4. Nội dung số 4"));
    const qsizetype fourA = text.indexOf(QStringLiteral("4.a. Báo cáo tình hình"));
    const qsizetype fourB = text.indexOf(QStringLiteral("4.b. Dự thảo Kế hoạch"));
    const qsizetype five = text.indexOf(QStringLiteral("5. Nội dung số 5"));
    const qsizetype seven = text.indexOf(QStringLiteral("7. Nội dung số 7"));
    CHECK(four >= 0);
    CHECK(four < fourA);
    CHECK(fourA < fourB);
    CHECK(fourB < five);
    CHECK(five < seven);
    // Each speech's times in the meeting's offset (+07:00): what the chair's clock said, in UTC,
    // moved by seven hours.
    for (const SpeechRecord &speech : s.chair->service->state().speeches) {
        const QString start
            = speech.startedAt.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("HH:mm"));
        INFO(start.toStdString());
        CHECK(text.contains(start + QStringLiteral("–")));
    }
    // The conclusion of 4.a comes before that of 5, as the agenda says, not as recorded.
    CHECK(text.indexOf(QStringLiteral("Giao Phòng Tài chính"))
        < text.indexOf(QStringLiteral("Thống nhất thông qua")));
    // The number and place are kept for the meeting: a second draft without them has them.
    const QString again = out.filePath(QStringLiteral("again.pdf"));
    const CliRun r = runCli(s.secretaryCache.path(), s.share, QStringLiteral("UTC"),
        { QStringLiteral("minutes"), again });
    REQUIRE(r.exitCode == 0);
    CHECK(pdfText(again) == text);
}

TEST_CASE("session notice writes the conclusion notice with its number and each conclusion",
    "[session][conclusions][cli]")
{
    ConcludedSession s;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("thong-bao.pdf"));
    const CliRun r = runCli(s.secretaryCache.path(), s.share, QStringLiteral("UTC"),
        { QStringLiteral("notice"), path, QStringLiteral("--number"), QStringLiteral("12/TB-UBND"),
            QStringLiteral("--place"), QStringLiteral("Sơn Hà") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    if (const QByteArray keep = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(keep) + QStringLiteral("/thong-bao-cli.pdf"));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    for (const QString &expected : { QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 12/TB-UBND"),
             QStringLiteral("THÔNG BÁO"), QStringLiteral("Sơn Hà, ngày 27 tháng 11 năm 2026"),
             QStringLiteral("Thống nhất thông qua Kế hoạch số 12/KH-UBND"),
             QStringLiteral("Giao Phòng Tài chính - Kế hoạch rà soát số liệu"),
             QStringLiteral("Nơi nhận:") }) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    CHECK(text.indexOf(QStringLiteral("Giao Phòng Tài chính"))
        < text.indexOf(QStringLiteral("Thống nhất thông qua")));

    // A delegate may write the notice too (it is a reading of the record), but nobody but the
    // chair may correct a conclusion: the secretary's supersede is refused and nothing changes.
    const CliRun refused = runCli(s.secretaryCache.path(), s.share, QStringLiteral("UTC"),
        { QStringLiteral("supersede"), QStringLiteral("1"), QStringLiteral("Sửa lại") });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("chair"), Qt::CaseInsensitive));
    REQUIRE(s.chair->service->refresh().ok());
    CHECK(s.chair->service->state().chain.decisions.size() == 2);
}

TEST_CASE("session status counts each person in one category: the figures add up to the roster",
    "[session][attendance][cli]")
{
    ConcludedSession s; // the chair and two delegates checked in
    auto secretary = s.share.seat(s.share.m.secretaryKey);
    REQUIRE((*secretary)->reportAbsence(MeetingFixture::memberId(2), QStringLiteral("Ốm")).ok());
    REQUIRE((*secretary)->reportAbsence(MeetingFixture::memberId(3), {}).ok());
    const CliRun r = runCli(s.secretaryCache.path(), s.share, QStringLiteral("UTC"),
        { QStringLiteral("status"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject attendance
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"attendance").toObject();
    CHECK(attendance.value(u"present").toInt() == 3);
    CHECK(attendance.value(u"excused").toInt() == 1);
    CHECK(attendance.value(u"absent").toInt() == 1);
    CHECK(attendance.value(u"proxy").toInt() == 0);
    CHECK(attendance.value(u"notCheckedIn").toInt() == 2); // the secretary and the guest
    const QJsonArray participants = attendance.value(u"participants").toArray();
    CHECK(participants.size() == 7);
    QHash<QString, int> categories;
    for (const QJsonValue &p : participants)
        ++categories[p.toObject().value(u"category").toString()];
    CHECK(categories.value(QStringLiteral("excused")) == 1);
    CHECK(categories.value(QStringLiteral("absent")) == 1);
    CHECK(categories.value(QStringLiteral("not-checked-in")) == 2);
    CHECK(categories.value(QStringLiteral("present")) == 3);

    const CliRun text = runCli(
        s.secretaryCache.path(), s.share, QStringLiteral("UTC"), { QStringLiteral("status") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral(
        "7 people: 3 present, 1 absent with a reason, 1 absent without a reason, 0 by proxy, 2 "
        "not checked in")));
}
