#include "demoshare.h"

#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/domain/meeting.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

namespace phonghop::demoshare {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DemoShare)
};

const QString organisationName = QStringLiteral("Ủy ban nhân dân tỉnh Sơn Hà");
const QString agency = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");

SigningKey keyFromLabel(const QString &label)
{
    const QByteArray seed = QByteArray::fromHex(
        Sha256::hexOf(QByteArrayLiteral("phonghop-demo-key:") + label.toUtf8()).toLatin1());
    return SigningKey::fromSeed(seed);
}

QString dateLine(const QDateTime &time)
{
    return QStringLiteral("Sơn Hà, ngày %1 tháng %2 năm %3")
        .arg(time.date().day(), 2, 10, QLatin1Char('0'))
        .arg(time.date().month(), 2, 10, QLatin1Char('0'))
        .arg(time.date().year());
}

struct DemoDocument {
    QString agendaItemId;
    QString title;
    QString kind;
    QString fileName;
    GeneratedDocument content;
    int scannedPages = 0; // > 0: a scan
};

QList<Participant> participants()
{
    struct Person {
        const char *id;
        const char *name;
        const char *position;
        Role role;
    };
    const Person people[] = {
        { "p-an", "Nguyễn Văn An", "Chủ tịch UBND tỉnh", Role::Chair },
        { "p-binh", "Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", Role::Delegate },
        { "p-cuong", "Lê Quốc Cường", "Phó Chủ tịch UBND tỉnh", Role::Delegate },
        { "p-dung", "Phạm Thị Dung", "Giám đốc Sở Kế hoạch và Đầu tư", Role::Delegate },
        { "p-duc", "Đặng Minh Đức", "Giám đốc Sở Tài chính", Role::Delegate },
        { "p-giang", "Hoàng Thu Giang", "Giám đốc Sở Tư pháp", Role::Delegate },
        { "p-hai", "Vũ Đình Hải", "Giám đốc Sở Tài nguyên và Môi trường", Role::Delegate },
        { "p-khanh", "Bùi Ngọc Khánh", "Chánh Văn phòng UBND tỉnh", Role::Secretary },
        { "p-lan", "Đỗ Thị Lan", "Phó Giám đốc Sở Thông tin và Truyền thông", Role::Guest },
    };
    QList<Participant> list;
    for (const Person &person : people) {
        Participant p;
        p.id = QString::fromUtf8(person.id);
        p.fullName = QString::fromUtf8(person.name);
        p.position = QString::fromUtf8(person.position);
        p.role = person.role;
        p.publicKey = QString::fromLatin1(participantKey(p.id).publicKey().toBase64());
        list << p;
    }
    return list;
}

GeneratedDocument content(const QString &unit, const QString &number, const QString &kindTitle,
    const QString &subject, const QDateTime &date, int pages, quint32 seed,
    const QString &signerTitle, const QString &signer)
{
    GeneratedDocument d;
    d.agency = agency;
    d.issuingUnit = unit;
    d.number = number;
    d.placeAndDate = dateLine(date);
    d.kindTitle = kindTitle;
    d.subject = subject;
    d.minimumPages = pages;
    d.seed = seed;
    d.signerTitle = signerTitle;
    d.signerName = signer;
    d.paragraphs = documentgenerator::vietnameseParagraphs(2, seed + 1000);
    return d;
}

struct DemoMeeting {
    Meeting meeting;
    QList<DemoDocument> documents;
};

DemoMeeting upcomingMeeting(const QDateTime &now, const QTimeZone &zone)
{
    DemoMeeting demo;
    Meeting &m = demo.meeting;
    const QDate day = now.toTimeZone(zone).date().addDays(7);
    m.id
        = QStringLiteral("ubnd-phien-thuong-ky-%1").arg(day.toString(QStringLiteral("yyyy-MM-dd")));
    m.title = QStringLiteral("Phiên họp thường kỳ tháng %1 năm %2 của UBND tỉnh")
                  .arg(day.month())
                  .arg(day.year());
    m.meetingType = QStringLiteral("phien-hop-thuong-ky");
    m.organisation = organisationName;
    m.hostUnit = QStringLiteral("Văn phòng UBND tỉnh");
    m.location = QStringLiteral("Phòng họp số 1, trụ sở UBND tỉnh");
    m.start = QDateTime(day, QTime(8, 0), zone);
    m.end = QDateTime(day, QTime(11, 30), zone);
    m.chairName = QStringLiteral("Nguyễn Văn An");
    m.notes = QStringLiteral("Đề nghị các đại biểu nghiên cứu tài liệu trước phiên họp.");
    m.participants = participants();
    const QDateTime issued = now.addDays(-3);

    struct Item {
        const char *id;
        const char *number;
        const char *title;
        const char *presenter;
        int minutes;
    };
    const Item items[] = {
        { "i1", "1", "Khai mạc, thông qua chương trình phiên họp", "Chủ tịch UBND tỉnh", 10 },
        { "i2", "2", "Tờ trình về kế hoạch đầu tư công năm 2027", "Sở Kế hoạch và Đầu tư", 40 },
        { "i3", "3", "Dự thảo Quyết định ban hành Quy chế làm việc của UBND tỉnh", "Sở Tư pháp",
            30 },
        { "i4", "4", "Báo cáo tình hình kinh tế - xã hội năm 2026", "Sở Kế hoạch và Đầu tư", 45 },
        { "i5", "5", "Hồ sơ giải phóng mặt bằng dự án đường tỉnh 397",
            "Sở Tài nguyên và Môi trường", 30 },
        { "i6", "6", "Kế hoạch chuyển đổi số, triển khai phòng họp không giấy",
            "Sở Thông tin và Truyền thông", 25 },
        { "i7", "7", "Kết luận phiên họp", "Chủ tịch UBND tỉnh", 10 },
    };
    int position = 0;
    for (const Item &item : items) {
        m.agenda << AgendaItem { QString::fromUtf8(item.id), {}, position++,
            QString::fromUtf8(item.number), QString::fromUtf8(item.title),
            QString::fromUtf8(item.presenter), item.minutes };
    }
    m.agenda << AgendaItem { QStringLiteral("i4a"), QStringLiteral("i4"), 0, QStringLiteral("4.a"),
        QStringLiteral("Báo cáo thu, chi ngân sách nhà nước"), QStringLiteral("Sở Tài chính"), 15 };

    demo.documents = {
        { QStringLiteral("i2"),
            QStringLiteral("Tờ trình số 215/TTr-SKHĐT về kế hoạch đầu tư công năm 2027"),
            QStringLiteral("to-trinh"), QStringLiteral("to-trinh-215-TTr-SKHDT.pdf"),
            content(QStringLiteral("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), QStringLiteral("Số: 215/TTr-SKHĐT"),
                QStringLiteral("TỜ TRÌNH"), QStringLiteral("Về kế hoạch đầu tư công năm 2027"),
                issued, 4, 11, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Phạm Thị Dung")) },
        { QStringLiteral("i3"), QStringLiteral("Dự thảo Quyết định ban hành Quy chế làm việc"),
            QStringLiteral("du-thao-quyet-dinh"), QStringLiteral("du-thao-quyet-dinh-quy-che.pdf"),
            content({}, QStringLiteral("Số: /2026/QĐ-UBND"), QStringLiteral("QUYẾT ĐỊNH (DỰ THẢO)"),
                QStringLiteral("Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Sơn Hà"), issued,
                6, 12, QStringLiteral("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
                QStringLiteral("Nguyễn Văn An")) },
        { QStringLiteral("i3"), QStringLiteral("Báo cáo thẩm định của Sở Tư pháp"),
            QStringLiteral("bao-cao"), QStringLiteral("bao-cao-tham-dinh-STP.pdf"),
            content(QStringLiteral("SỞ TƯ PHÁP"), QStringLiteral("Số: 87/BC-STP"),
                QStringLiteral("BÁO CÁO"),
                QStringLiteral("Thẩm định dự thảo Quyết định ban hành Quy chế làm việc"), issued, 3,
                13, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Hoàng Thu Giang")) },
        { QStringLiteral("i4"),
            QStringLiteral("Báo cáo tình hình kinh tế - xã hội năm 2026 (toàn văn)"),
            QStringLiteral("bao-cao"), QStringLiteral("bao-cao-kinh-te-xa-hoi-2026.pdf"),
            content(QStringLiteral("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), QStringLiteral("Số: 402/BC-SKHĐT"),
                QStringLiteral("BÁO CÁO"),
                QStringLiteral("Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026, "
                               "phương hướng, nhiệm vụ năm 2027"),
                issued, 160, 14, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Phạm Thị Dung")) },
        { QStringLiteral("i4a"), QStringLiteral("Báo cáo thu, chi ngân sách nhà nước năm 2026"),
            QStringLiteral("bao-cao"), QStringLiteral("bao-cao-ngan-sach-2026.pdf"),
            content(QStringLiteral("SỞ TÀI CHÍNH"), QStringLiteral("Số: 512/BC-STC"),
                QStringLiteral("BÁO CÁO"),
                QStringLiteral("Tình hình thu, chi ngân sách nhà nước năm 2026"), issued, 8, 15,
                QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Đặng Minh Đức")) },
        { QStringLiteral("i5"), QStringLiteral("Hồ sơ bồi thường, giải phóng mặt bằng (bản quét)"),
            QStringLiteral("ho-so-scan"), QStringLiteral("ho-so-gpmb-duong-tinh-397-ban-quet.pdf"),
            content(QStringLiteral("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
                QStringLiteral("Số: 1290/STNMT-QLĐĐ"), QStringLiteral("CÔNG VĂN"),
                QStringLiteral("V/v phương án bồi thường, hỗ trợ dự án đường tỉnh 397"), issued, 1,
                16, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Vũ Đình Hải")),
            10 },
        { QStringLiteral("i6"), QStringLiteral("Kế hoạch chuyển đổi số giai đoạn 2026 - 2030"),
            QStringLiteral("ke-hoach"), QStringLiteral("ke-hoach-chuyen-doi-so.pdf"),
            content(QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
                QStringLiteral("Số: 66/KH-STTTT"), QStringLiteral("KẾ HOẠCH"),
                QStringLiteral("Chuyển đổi số giai đoạn 2026 - 2030"), issued, 5, 17,
                QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Đỗ Thị Lan")) },
    };
    return demo;
}

DemoMeeting pastMeeting(const QDateTime &now, const QTimeZone &zone)
{
    DemoMeeting demo;
    Meeting &m = demo.meeting;
    const QDate day = now.toTimeZone(zone).date().addDays(-21);
    m.id
        = QStringLiteral("ubnd-phien-thuong-ky-%1").arg(day.toString(QStringLiteral("yyyy-MM-dd")));
    m.title = QStringLiteral("Phiên họp thường kỳ tháng %1 năm %2 của UBND tỉnh")
                  .arg(day.month())
                  .arg(day.year());
    m.meetingType = QStringLiteral("phien-hop-thuong-ky");
    m.organisation = organisationName;
    m.hostUnit = QStringLiteral("Văn phòng UBND tỉnh");
    m.location = QStringLiteral("Hội trường tầng 3, trụ sở UBND tỉnh");
    m.start = QDateTime(day, QTime(14, 0), zone);
    m.end = QDateTime(day, QTime(17, 0), zone);
    m.chairName = QStringLiteral("Nguyễn Văn An");
    m.participants = participants();
    const QDateTime issued = now.addDays(-25);
    const char *titles[][3] = {
        { "1", "Khai mạc, thông qua chương trình phiên họp", "Chủ tịch UBND tỉnh" },
        { "2", "Dự thảo Nghị quyết về giá đất cụ thể năm 2027", "Sở Tài nguyên và Môi trường" },
        { "3", "Tờ trình điều chỉnh dự toán ngân sách năm 2026", "Sở Tài chính" },
        { "4", "Báo cáo công tác cải cách hành chính quý III", "Sở Nội vụ" },
        { "5", "Công văn của Bộ Xây dựng về quy hoạch chung (bản quét)", "Sở Xây dựng" },
        { "6", "Kết luận phiên họp", "Chủ tịch UBND tỉnh" },
    };
    int position = 0;
    for (const auto &t : titles) {
        m.agenda << AgendaItem { QStringLiteral("i%1").arg(position + 1), {}, position,
            QString::fromUtf8(t[0]), QString::fromUtf8(t[1]), QString::fromUtf8(t[2]), 30 };
        ++position;
    }
    demo.documents = {
        { QStringLiteral("i2"), QStringLiteral("Dự thảo Nghị quyết về giá đất cụ thể năm 2027"),
            QStringLiteral("du-thao-nghi-quyet"), QStringLiteral("du-thao-nghi-quyet-gia-dat.pdf"),
            content({}, QStringLiteral("Số: /2026/NQ-HĐND"), QStringLiteral("NGHỊ QUYẾT (DỰ THẢO)"),
                QStringLiteral("Về giá đất cụ thể năm 2027 trên địa bàn tỉnh"), issued, 7, 21,
                QStringLiteral("CHỦ TỊCH"), QStringLiteral("Nguyễn Văn An")) },
        { QStringLiteral("i3"), QStringLiteral("Tờ trình số 198/TTr-STC điều chỉnh dự toán"),
            QStringLiteral("to-trinh"), QStringLiteral("to-trinh-198-TTr-STC.pdf"),
            content(QStringLiteral("SỞ TÀI CHÍNH"), QStringLiteral("Số: 198/TTr-STC"),
                QStringLiteral("TỜ TRÌNH"),
                QStringLiteral("Về việc điều chỉnh dự toán ngân sách nhà nước năm 2026"), issued, 3,
                22, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Đặng Minh Đức")) },
        { QStringLiteral("i4"), QStringLiteral("Báo cáo cải cách hành chính quý III năm 2026"),
            QStringLiteral("bao-cao"), QStringLiteral("bao-cao-cchc-quy-3.pdf"),
            content(QStringLiteral("SỞ NỘI VỤ"), QStringLiteral("Số: 341/BC-SNV"),
                QStringLiteral("BÁO CÁO"),
                QStringLiteral("Kết quả công tác cải cách hành chính quý III năm 2026"), issued, 5,
                23, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Trần Văn Nam")) },
        { QStringLiteral("i5"), QStringLiteral("Công văn số 4521/BXD-QHKT (bản quét)"),
            QStringLiteral("cong-van-scan"), QStringLiteral("cong-van-4521-BXD-ban-quet.pdf"),
            content(QStringLiteral("BỘ XÂY DỰNG"), QStringLiteral("Số: 4521/BXD-QHKT"),
                QStringLiteral("CÔNG VĂN"),
                QStringLiteral("V/v góp ý đồ án quy hoạch chung đô thị Sơn Hà"), issued, 1, 24,
                QStringLiteral("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), QStringLiteral("Lê Minh Tuấn")),
            3 },
    };
    return demo;
}

} // namespace

namespace {

// The demo people in the directory, and each one's demo key enrolled: a request written into
// the key's own folder, approved by the secretariat, as for a real seat.
Status enrolPeople(OrganisationAdmin &admin, const QDateTime &now)
{
    QList<DirectoryPerson> people;
    for (const Participant &participant : participants()) {
        DirectoryPerson person;
        person.id = participant.id;
        person.fullName = participant.fullName;
        person.position = participant.position;
        person.unit = organisationName;
        person.defaultRole = participant.role;
        person.weight
            = (participant.role == Role::Guest || participant.role == Role::Secretary) ? 0 : 1;
        people << person;
    }
    const Result<OrganisationAdmin::ImportSummary> imported = admin.importPeople(people);
    if (!imported)
        return Status::failure(imported.error());
    QStringList requested;
    for (const DirectoryPerson &person : people) {
        const SigningKey seat = participantKey(person.id);
        if (imported->directory.device(deviceIdOf(seat.publicKey())))
            continue; // enrolled by an earlier run
        const Result<SignedRecord> request = requestEnrolment(admin.shareRoot(),
            imported->directory, person.id, QStringLiteral("Máy trình diễn"), seat, now.toUTC());
        if (!request)
            return Status::failure(request.error());
        requested << keyFingerprint(seat.publicKey());
    }
    if (requested.isEmpty())
        return Status::success();
    const Result<QList<DirectoryDevice>> approved = admin.approveMany(requested);
    return approved ? Status::success() : Status::failure(approved.error());
}

} // namespace

SigningKey organisationKey()
{
    return keyFromLabel(QStringLiteral("organisation"));
}

SigningKey participantKey(const QString &participantId)
{
    return keyFromLabel(QStringLiteral("participant:") + participantId);
}

Status write(const QString &directory, const QDateTime &now,
    const std::function<void(const QString &)> &progress)
{
    auto say = [&progress](const QString &line) {
        if (progress)
            progress(line);
    };
    const QTimeZone zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    const QTimeZone vietnam = zone.isValid() ? zone : QTimeZone(7 * 3600);
    QTemporaryDir work;
    if (!work.isValid())
        return Status::failure(Tr::tr("Cannot create a temporary folder"));

    // The demo share is an organisation like any other (docs/deployment.md): set up by
    // OrganisationAdmin, its people in the directory, each demo seat's well-known key enrolled
    // through a request the secretariat approves, and rosters written by publishRoster.
    const SigningKey key = organisationKey();
    Result<OrganisationAdmin> admin
        = QFileInfo::exists(QDir(directory).filePath(shareformat::descriptorFileName))
        ? OrganisationAdmin::open(directory, key) // written before: carried on, not refused
        : OrganisationAdmin::initialise(directory, organisationName, key);
    if (!admin)
        return Status::failure(admin.error());
    if (Status enrolled = enrolPeople(admin.value(), now); !enrolled)
        return enrolled;
    ShareWriter writer(directory);

    for (DemoMeeting demo : { upcomingMeeting(now, vietnam), pastMeeting(now, vietnam) }) {
        int documentNumber = 0;
        for (const DemoDocument &document : std::as_const(demo.documents)) {
            const QString path = work.filePath(document.fileName);
            say(Tr::tr("Writing %1").arg(document.fileName));
            const Status written = document.scannedPages > 0
                ? documentgenerator::writeScannedDocument(
                    path, document.content, document.scannedPages)
                : documentgenerator::writeTextDocument(path, document.content);
            if (!written)
                return written;
            const Result<StoredObject> stored = writer.putObject(path);
            if (!stored)
                return Status::failure(stored.error());
            DocumentRef ref;
            ref.id = QStringLiteral("d%1").arg(++documentNumber);
            ref.agendaItemId = document.agendaItemId;
            ref.title = document.title;
            ref.kind = document.kind;
            ref.fileName = document.fileName;
            ref.sha256 = stored->sha256;
            ref.size = stored->size;
            demo.meeting.documents << ref;
        }
        say(Tr::tr("Publishing %1").arg(demo.meeting.title));
        demo.meeting.publishedAt = now;
        const Result<int> revision = writer.publish(demo.meeting, key);
        if (!revision)
            return Status::failure(revision.error());
        // The roster lists the demo keys, so a demo seat can act as chair or delegate.
        const Result<DirectoryStore::Reading> people = admin->directory();
        if (!people)
            return Status::failure(people.error());
        const Result<qint64> roster
            = publishRoster(directory, demo.meeting, people->directory, key, now.toUTC());
        if (!roster)
            return Status::failure(roster.error());
    }
    return Status::success();
}

} // namespace phonghop::demoshare
