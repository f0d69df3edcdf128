#include "testsupport.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace phonghop::test {

QByteArray pseudoRandomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    qint64 i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 word = random.generate();
        memcpy(bytes.data() + i, &word, 4);
    }
    for (; i < size; ++i)
        bytes[i] = static_cast<char>(random.generate());
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

SigningKey testOrganisationKey()
{
    return SigningKey::fromSeed(QByteArray(32, '\x42'));
}

QString testOrganisationFingerprint()
{
    return keyFingerprint(testOrganisationKey().publicKey());
}

void pinTestOrganisation(MeetingCache &cache, const SigningKey &key)
{
    REQUIRE(pinOrganisation(cache, QStringLiteral("UBND xã Tân Phú"), key.publicKey()).ok());
}

TestShare::TestShare()
{
    REQUIRE(m_dir.isValid());
    REQUIRE(ShareWriter(root())
                .initialise(QStringLiteral("UBND xã Tân Phú"), testOrganisationKey())
                .ok());
}

DocumentRef TestShare::addDocument(
    const QString &documentId, const QString &agendaItemId, const QByteArray &bytes)
{
    QTemporaryDir staging;
    const QString file = staging.filePath(documentId + QStringLiteral(".pdf"));
    writeFile(file, bytes);
    const Result<StoredObject> stored = ShareWriter(root()).putObject(file);
    REQUIRE(stored.ok());
    DocumentRef document;
    document.id = documentId;
    document.agendaItemId = agendaItemId;
    document.title = QStringLiteral("Tài liệu %1 — Tờ trình về đề án").arg(documentId);
    document.kind = QStringLiteral("to-trinh");
    document.fileName = documentId + QStringLiteral(".pdf");
    document.sha256 = stored->sha256;
    document.size = stored->size;
    return document;
}

Meeting TestShare::makeMeeting(
    const QString &meetingId, int documentCount, qint64 documentSize, quint32 seed)
{
    Meeting meeting;
    meeting.id = meetingId;
    meeting.title = QStringLiteral("Phiên họp thường kỳ UBND xã Tân Phú");
    meeting.organisation = QStringLiteral("UBND xã Tân Phú");
    meeting.location = QStringLiteral("Hội trường UBND xã");
    meeting.start = QDateTime(QDate(2026, 12, 4), QTime(8, 0), QTimeZone(7 * 3600));
    meeting.end = meeting.start.addSecs(3 * 3600);
    meeting.participants << Participant { QStringLiteral("p1"), QStringLiteral("Nguyễn Thị Hoa"),
        QStringLiteral("Chủ tịch UBND xã"), Role::Chair, 1.0, {} };
    for (int i = 0; i < 3; ++i) {
        meeting.agenda << AgendaItem { QStringLiteral("i%1").arg(i + 1), {}, i,
            QString::number(i + 1), QStringLiteral("Nội dung %1: báo cáo, đề án").arg(i + 1),
            QStringLiteral("Văn phòng"), 20 };
    }
    for (int i = 0; i < documentCount; ++i) {
        meeting.documents << addDocument(QStringLiteral("d%1").arg(i + 1),
            QStringLiteral("i%1").arg(i % 3 + 1), pseudoRandomBytes(documentSize, seed * 1000 + i));
    }
    return meeting;
}

int TestShare::publish(const Meeting &meeting)
{
    const Result<int> revision = ShareWriter(root()).publish(meeting, testOrganisationKey());
    REQUIRE(revision.ok());
    return revision.value();
}

QString TestShare::objectPath(const QString &sha256) const
{
    return root() + QStringLiteral("/objects/") + sha256.left(2) + u'/' + sha256;
}

QString TestShare::manifestPath(const QString &meetingId, int revision) const
{
    return root() + QStringLiteral("/meetings/") + meetingId + u'/'
        + shareformat::manifestFileName(revision);
}

} // namespace phonghop::test
