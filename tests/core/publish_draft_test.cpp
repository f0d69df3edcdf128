// The secretary's draft: automatic numbering, JSON round trips, templates, new versions.
#include <catch2/catch.hpp>

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/draftstore.h"
#include "meeting_core/publish/meetingdiff.h"
#include "publish_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace phonghop;

TEST_CASE("Agenda numbers follow the level: I, 1, a", "[publish][draft]")
{
    CHECK(draft::levelLabel(0, 0) == QStringLiteral("I"));
    CHECK(draft::levelLabel(0, 3) == QStringLiteral("IV"));
    CHECK(draft::levelLabel(0, 8) == QStringLiteral("IX"));
    CHECK(draft::levelLabel(1, 0) == QStringLiteral("1"));
    CHECK(draft::levelLabel(1, 11) == QStringLiteral("12"));
    CHECK(draft::levelLabel(2, 0) == QStringLiteral("a"));
    CHECK(draft::levelLabel(2, 25) == QStringLiteral("z"));
    CHECK(draft::levelLabel(2, 26) == QStringLiteral("aa"));

    DraftMeeting d;
    d.agenda = { { QStringLiteral("a"), {}, QStringLiteral("A"), {}, 0 },
        { QStringLiteral("a1"), QStringLiteral("a"), QStringLiteral("A1"), {}, 0 },
        { QStringLiteral("a1x"), QStringLiteral("a1"), QStringLiteral("A1x"), {}, 0 },
        { QStringLiteral("a1y"), QStringLiteral("a1"), QStringLiteral("A1y"), {}, 0 },
        { QStringLiteral("a2"), QStringLiteral("a"), QStringLiteral("A2"), {}, 0 },
        { QStringLiteral("b"), {}, QStringLiteral("B"), {}, 0 },
        { QStringLiteral("b1"), QStringLiteral("b"), QStringLiteral("B1"), {}, 0 } };
    const QList<AgendaItem> numbered = draft::numberedAgenda(d);
    QStringList numbers;
    QList<int> positions;
    for (const AgendaItem &item : numbered) {
        numbers << item.number;
        positions << item.position;
    }
    CHECK(numbers == QStringList { "I", "1", "a", "b", "2", "II", "1" });
    CHECK(positions == QList<int> { 0, 0, 0, 1, 1, 1, 0 });

    // Moving B before A renumbers both sections.
    d.agenda.move(5, 0);
    d.agenda.move(6, 1);
    const QList<AgendaItem> moved = draft::numberedAgenda(d);
    CHECK(moved.at(0).id == QStringLiteral("b"));
    CHECK(moved.at(0).number == QStringLiteral("I"));
    CHECK(moved.at(2).id == QStringLiteral("a"));
    CHECK(moved.at(2).number == QStringLiteral("II"));
}

TEST_CASE("Removing an agenda item removes its sub-items and their documents", "[publish][draft]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    d.removeAgendaItem(QStringLiteral("i1"));
    REQUIRE(d.agenda.size() == 1);
    CHECK(d.agenda.first().id == QStringLiteral("i4"));
    REQUIRE(d.documents.size() == 1);
    CHECK(d.documents.first().id == QStringLiteral("d3"));
}

TEST_CASE(
    "A draft survives a JSON round trip, with file paths relative to the file", "[publish][draft]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    d.participants[2].role.reset();
    d.documents[1].confidential = true;
    d.documents[1].recipientIds = { QStringLiteral("p-anh") };
    d.basedOnRevision = 3;
    const QJsonObject json = draft::toJson(d, dir.path());
    CHECK(json.value(QStringLiteral("documents"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("file"))
              .toString()
        == QStringLiteral("tai-lieu-1.pdf"));
    const Result<DraftMeeting> back = draft::fromJson(json, dir.path());
    REQUIRE(back.ok());
    CHECK(back.value() == d);

    d.basedOnRevision.reset();
    const Result<DraftMeeting> following
        = draft::fromJson(draft::toJson(d, dir.path()), dir.path());
    REQUIRE(following.ok());
    CHECK_FALSE(following->basedOnRevision.has_value());
}

TEST_CASE("A meeting file with an unknown role or a newer version is refused with a reason",
    "[publish][draft]")
{
    QJsonObject json { { QStringLiteral("format"), QStringLiteral("phonghop-draft") },
        { QStringLiteral("version"), QStringLiteral("1.0") },
        { QStringLiteral("participants"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Phạm Thu Hà") },
                { QStringLiteral("role"), QStringLiteral("boss") } } } } };
    const auto badRole = draft::fromJson(json);
    REQUIRE_FALSE(badRole.ok());
    CHECK(badRole.error().contains(QStringLiteral("Phạm Thu Hà")));
    CHECK(badRole.error().contains(QStringLiteral("boss")));
    json.insert(QStringLiteral("version"), QStringLiteral("2.0"));
    CHECK_FALSE(draft::fromJson(json).ok());
}

TEST_CASE("Replacing a published document keeps its id and raises its version", "[publish][draft]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    // Before publication a replacement is just a different file.
    REQUIRE(d.replaceDocumentFile(QStringLiteral("d1"), dir.filePath(QStringLiteral("nhap.pdf"))));
    CHECK(d.documents[0].version == 1);
    d.documents[0].publishedSha256 = QString(64, u'a');
    REQUIRE(
        d.replaceDocumentFile(QStringLiteral("d1"), dir.filePath(QStringLiteral("ban-moi.pdf"))));
    CHECK(d.documents[0].id == QStringLiteral("d1"));
    CHECK(d.documents[0].version == 2);
    CHECK(d.documents[0].fileName == QStringLiteral("ban-moi.pdf"));
    CHECK(d.documents[0].publishedSha256.isEmpty());
    CHECK_FALSE(d.replaceDocumentFile(QStringLiteral("nope"), QStringLiteral("x.pdf")));
}

TEST_CASE("A past meeting copied as a template keeps people and agenda, not documents",
    "[publish][draft]")
{
    QTemporaryDir dir;
    const DraftMeeting d = test::publish::validDraft(dir.path());
    Meeting past = draft::toMeeting(d, {});
    past.revision = 4;
    const QDateTime next = d.start.addDays(28);
    const DraftMeeting copy = draft::templateFrom(past, next);
    CHECK(copy.id != d.id);
    CHECK(copy.id.startsWith(QStringLiteral("hop-2027-01-15")));
    CHECK(copy.basedOnRevision == 0);
    CHECK(copy.start == next);
    CHECK(copy.end == next.addSecs(3 * 3600));
    CHECK(copy.participants == d.participants);
    CHECK(copy.agenda == d.agenda);
    CHECK(copy.documents.isEmpty());
}

TEST_CASE("Ids are made from Vietnamese text without diacritics", "[publish][draft]")
{
    CHECK(draft::slug(QStringLiteral("Nguyễn Văn Ánh")) == QStringLiteral("nguyen-van-anh"));
    CHECK(draft::slug(QStringLiteral("  Đặng   Thị Đào! ")) == QStringLiteral("dang-thi-dao"));
    DraftMeeting d;
    d.participants << DraftParticipant { d.newParticipantId(QStringLiteral("Lê Lợi")),
        QStringLiteral("Lê Lợi") };
    CHECK(d.participants.first().id == QStringLiteral("p-le-loi"));
    CHECK(d.newParticipantId(QStringLiteral("Lê Lợi")) == QStringLiteral("p-le-loi-1"));
}

TEST_CASE("Drafts are kept locally and read back after a restart", "[publish][draft]")
{
    QTemporaryDir cache;
    QTemporaryDir files;
    const DraftMeeting d = test::publish::validDraft(files.path());
    QString key;
    {
        DraftStore store(cache.path());
        const Result<QString> saved = store.save(d);
        REQUIRE(saved.ok());
        key = saved.value();
    }
    DraftStore store(cache.path());
    const auto entries = store.list();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().key == key);
    CHECK(entries.first().draft == d);
    CHECK(store.remove(key));
    CHECK(store.list().isEmpty());
}

TEST_CASE("Badges mark new and updated items and documents for a delegate", "[publish][diff]")
{
    QTemporaryDir dir;
    const DraftMeeting d = test::publish::validDraft(dir.path());
    QHash<QString, QPair<QString, qint64>> objects { { QStringLiteral("d1"),
                                                         { QString(64, u'1'), 10 } },
        { QStringLiteral("d2"), { QString(64, u'2'), 10 } },
        { QStringLiteral("d3"), { QString(64, u'3'), 10 } } };
    const Meeting before = draft::toMeeting(d, objects);

    const MeetingBadges first = changeBadges(std::nullopt, before);
    CHECK(first.document(QStringLiteral("d1")) == ChangeBadge::New);
    CHECK(first.item(QStringLiteral("i1")) == ChangeBadge::New);

    Meeting after = before;
    after.documents[1].sha256 = QString(64, u'9');
    after.documents[1].version = 2;
    after.agenda << AgendaItem { QStringLiteral("i5"), {}, 2, QStringLiteral("III"),
        QStringLiteral("Các vấn đề khác") };
    const MeetingBadges badges = changeBadges(before, after);
    CHECK(badges.document(QStringLiteral("d1")) == ChangeBadge::None);
    CHECK(badges.document(QStringLiteral("d2")) == ChangeBadge::Updated);
    CHECK(badges.item(QStringLiteral("i3")) == ChangeBadge::Updated); // its document changed
    CHECK(badges.item(QStringLiteral("i2")) == ChangeBadge::None);
    CHECK(badges.item(QStringLiteral("i5")) == ChangeBadge::New);
    CHECK(badgeText(ChangeBadge::New) == QStringLiteral("new"));

    const MeetingDiff diff = diffMeetings(before, after);
    CHECK(diff.itemsAdded.size() == 1);
    CHECK(diff.documentsChanged.size() == 1);
    CHECK(diff.documentsAdded.isEmpty());
    CHECK(diff.describe().join(u'\n').contains(QStringLiteral("Dự thảo Kế hoạch 2027")));
    CHECK(diffMeetings(before, before).isEmpty());
}

TEST_CASE("Open to all staff travels from MEETING.json to the meeting and back", "[publish][draft]")
{
    QTemporaryDir dir;
    DraftMeeting d = test::publish::validDraft(dir.path());
    CHECK_FALSE(draft::toJson(d).contains(QStringLiteral("openToAllStaff")));
    d.openToAllStaff = true;
    const QJsonObject json = draft::toJson(d);
    CHECK(json.value(u"openToAllStaff").toBool());
    const Result<DraftMeeting> read = draft::fromJson(json);
    REQUIRE(read.ok());
    CHECK(read->openToAllStaff);
    const Meeting meeting = draft::toMeeting(read.value(), {});
    CHECK(meeting.openToAllStaff);
    CHECK(
        draft::fromMeeting(meeting, [](const DocumentRef &) { return QString(); }).openToAllStaff);
    CHECK_FALSE(draft::hasConfidentialDocument(d));
    d.documents.first().confidential = true;
    CHECK(draft::hasConfidentialDocument(d));
}
