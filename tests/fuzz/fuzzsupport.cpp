#include "fuzzsupport.h"

#include "meeting_core/trust/devicekey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace phonghop::fuzz {

void fail(const char *target, const char *what)
{
    std::fprintf(stderr, "fuzz target %s: property failed: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

QString scratchFolder()
{
    // PHONGHOP_FUZZ_SCRATCH (scripts/fuzz), else in memory where there is /dev/shm: the
    // targets write a file or two per input.
    static const QString base = [] {
        const QString given = qEnvironmentVariable("PHONGHOP_FUZZ_SCRATCH");
        if (!given.isEmpty())
            return given;
        return QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                  : QDir::tempPath();
    }();
    static QTemporaryDir folder(base + QStringLiteral("/phonghop-fuzz-XXXXXX"));
    if (!folder.isValid())
        fail("support", "a scratch folder can be made");
    return folder.path();
}

QString freshFolder(const QString &name)
{
    QDir folder(scratchFolder() + u'/' + name);
    if (folder.exists())
        folder.removeRecursively();
    if (!QDir().mkpath(folder.path()))
        fail("support", "a scratch sub-folder can be made");
    return folder.path();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    // A new file rather than a truncated one: ext4 flushes a file truncated and rewritten.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("support", "a scratch file can be written");
}

const SigningKey &keyOf(char who)
{
    static const std::map<char, SigningKey> keys = [] {
        std::map<char, SigningKey> made;
        const auto seeded
            = [](int n) { return SigningKey::fromSeed(QByteArray(32, static_cast<char>(n))); };
        made.emplace(who::organisation, seeded(1));
        made.emplace(who::chair, seeded(2));
        made.emplace(who::secretary, seeded(3));
        made.emplace(who::guest, seeded(4));
        made.emplace(who::stranger, seeded(5));
        made.emplace('1', seeded(10));
        made.emplace('2', seeded(11));
        made.emplace('3', seeded(12));
        return made;
    }();
    const auto found = keys.find(who);
    return found == keys.end() ? keys.at(who::stranger) : found->second;
}

const QString &meetingId()
{
    static const QString id = QStringLiteral("ubnd-xa-2026-11");
    return id;
}

QString participantIdOf(char who)
{
    switch (who) {
    case who::chair:
        return QStringLiteral("chu-tich");
    case who::secretary:
        return QStringLiteral("thu-ky");
    case who::guest:
        return QStringLiteral("khach");
    case '1':
    case '2':
    case '3':
        return QStringLiteral("uy-vien-") + QChar::fromLatin1(who);
    default:
        return QStringLiteral("nguoi-la");
    }
}

const Roster &roster()
{
    static const Roster made = [] {
        Roster r;
        r.meetingId = meetingId();
        r.revision = 1;
        r.issuedAt = QDateTime(QDate(2026, 11, 27), QTime(7, 30), Qt::UTC);
        const auto add = [&r](char who, const QString &name, Role role, qint64 weight) {
            RosterParticipant p;
            p.id = participantIdOf(who);
            p.name = name;
            p.title = QStringLiteral("Ủy viên UBND xã");
            p.role = role;
            p.weight = weight;
            const QByteArray key = keyOf(who).publicKey();
            p.devices << RosterDevice { deviceIdOf(key), key, QStringLiteral("Máy tính bảng") };
            r.participants << p;
        };
        add(who::chair, QStringLiteral("Nguyễn Văn An"), Role::Chair, 1);
        add(who::secretary, QStringLiteral("Trần Thị Bình"), Role::Secretary, 0);
        add(who::guest, QStringLiteral("Lê Văn Khách"), Role::Guest, 0);
        add('1', QStringLiteral("Phạm Thị Dung"), Role::Delegate, 1);
        add('2', QStringLiteral("Hoàng Văn Em"), Role::Delegate, 2);
        add('3', QStringLiteral("Đỗ Thị Giang"), Role::Delegate, 1);
        return r;
    }();
    return made;
}

const VerifiedRoster &verifiedRoster()
{
    static const VerifiedRoster verified = [] {
        const Result<VerifiedRoster> v
            = verifyRoster(signRoster(roster(), keyOf(who::organisation)).toBytes(),
                keyFingerprint(keyOf(who::organisation).publicKey()));
        if (!v)
            fail("support", "the fuzzing meeting's roster verifies");
        return v.value();
    }();
    return verified;
}

QByteArray signedEnvelope(const QString &kind, const QByteArray &payload, const SigningKey &key)
{
    const QJsonObject envelope {
        { QStringLiteral("format"), SignedRecord::formatVersion },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()) },
        { QStringLiteral("signer"), QString::fromLatin1(key.publicKey().toBase64()) },
        { QStringLiteral("signature"),
            QString::fromLatin1(key.sign(SignedRecord::signedMessage(kind, payload)).toBase64()) },
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

QList<QByteArray> splitParts(const QByteArray &input)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = input.indexOf(partSeparator, from);
        if (at < 0) {
            parts << input.mid(from);
            return parts;
        }
        parts << input.mid(from, at - from);
        from = at + partSeparator.size();
    }
}

QByteArray joinParts(const QList<QByteArray> &parts)
{
    QByteArray joined;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            joined += partSeparator;
        joined += parts.at(i);
    }
    return joined;
}

} // namespace phonghop::fuzz
