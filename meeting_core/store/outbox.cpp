#include "outbox.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Outbox)
};

constexpr Migration outboxMigrations[] = {
    { 1, R"sql(
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  device_id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL,
  delivered_at TEXT,
  UNIQUE (device_id, file_name)
);
CREATE INDEX outbox_pending ON outbox(delivered_at) WHERE delivered_at IS NULL;
)sql" },
};

constexpr Migration arrivalMigrations[] = {
    { 1, R"sql(
CREATE TABLE arrival_log (
  meeting TEXT NOT NULL,
  record TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  PRIMARY KEY (meeting, record)
) WITHOUT ROWID;
)sql" },
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Outbox::Item itemFrom(const Statement &statement)
{
    Outbox::Item item { statement.integer(0), statement.text(1), statement.text(2),
        statement.blob(3), QDateTime::fromString(statement.text(4), Qt::ISODateWithMs), {} };
    if (!statement.isNull(5))
        item.deliveredAt = QDateTime::fromString(statement.text(5), Qt::ISODateWithMs);
    return item;
}

// What a name on the share holds, compared with the bytes this seat wants there.
enum class NameState { Free, Ours, Taken };

NameState nameState(const ShareReader &reader, const QString &path, const Outbox::Item &item,
    const QString &fileName)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return NameState::Free;
    // Only a plain file of exactly our size can hold our bytes: a link, a FIFO, a device or a
    // file of another size is someone else's, and is never opened.
    if (info.isSymLink() || !info.isFile() || info.size() != item.bytes.size())
        return NameState::Taken;
    const Result<QByteArray> existing = reader.readDeviceRecord(item.deviceId, fileName);
    return existing && existing.value() == item.bytes ? NameState::Ours : NameState::Taken;
}
} // namespace

Outbox::Outbox(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("outbox"), outboxMigrations);
}

qint64 Outbox::enqueue(const QString &deviceId, const QString &fileName, const QByteArray &bytes)
{
    m_db.execute(QStringLiteral("INSERT INTO outbox (device_id, file_name, bytes, created_at) "
                                "VALUES (?, ?, ?, ?)"),
        deviceId, fileName, bytes, now());
    return m_db.lastInsertRowId();
}

QList<Outbox::Item> Outbox::pending()
{
    QList<Item> items;
    Statement statement = m_db.prepare(QStringLiteral(
        "SELECT id, device_id, file_name, bytes, created_at, delivered_at FROM outbox "
        "WHERE delivered_at IS NULL ORDER BY id"));
    while (statement.next())
        items << itemFrom(statement);
    return items;
}

QList<Outbox::Item> Outbox::items(const QString &deviceId, qint64 afterId)
{
    QList<Item> items;
    Statement statement = m_db.prepare(QStringLiteral(
        "SELECT id, device_id, file_name, bytes, created_at, delivered_at FROM outbox "
        "WHERE device_id = ? AND id > ? ORDER BY id"));
    statement.bindAll(deviceId, afterId);
    while (statement.next())
        items << itemFrom(statement);
    return items;
}

void Outbox::markDelivered(qint64 id)
{
    m_db.execute(QStringLiteral("UPDATE outbox SET delivered_at = ? WHERE id = ?"), now(), id);
}

void Outbox::markDelivered(qint64 id, const QString &fileName)
{
    m_db.execute(QStringLiteral("UPDATE outbox SET delivered_at = ?, file_name = ? WHERE id = ?"),
        now(), fileName, id);
}

void Outbox::rename(qint64 id, const QString &fileName)
{
    m_db.execute(QStringLiteral("UPDATE outbox SET file_name = ? WHERE id = ?"), fileName, id);
}

int Outbox::pendingCount()
{
    Statement statement
        = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL"));
    return statement.next() ? static_cast<int>(statement.integer(0)) : 0;
}

ArrivalLog::ArrivalLog(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("arrival-log"), arrivalMigrations);
}

QHash<QString, QDateTime> ArrivalLog::firstSeen(const QString &meetingId)
{
    QHash<QString, QDateTime> seen;
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT record, first_seen FROM arrival_log WHERE meeting = ?"));
    statement.bindAll(meetingId);
    while (statement.next())
        seen.insert(
            statement.text(0), QDateTime::fromMSecsSinceEpoch(statement.integer(1), Qt::UTC));
    return seen;
}

void ArrivalLog::note(const QString &meetingId, const QHash<QString, QDateTime> &arrivals)
{
    if (arrivals.isEmpty())
        return;
    Transaction transaction(m_db);
    Statement statement = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO arrival_log (meeting, record, first_seen) VALUES (?, ?, ?)"));
    for (auto it = arrivals.cbegin(); it != arrivals.cend(); ++it) {
        statement.bindAll(meetingId, it.key(), it.value().toMSecsSinceEpoch());
        statement.run();
        statement.reset();
    }
    transaction.commit();
}

QString ArrivalLog::meetingOf(const QString &recordHash)
{
    Statement statement
        = m_db.prepare(QStringLiteral("SELECT meeting FROM arrival_log WHERE record = ? LIMIT 1"));
    statement.bindAll(recordHash);
    return statement.next() ? statement.text(0) : QString();
}

QString sessionMeetingOf(
    const QByteArray &recordBytes, const PollMeeting &pollMeeting, bool *citesPoll)
{
    if (citesPoll)
        *citesPoll = false;
    // The envelope of a signed record (docs/trust.md): its payload is base64 of JSON. Nothing
    // is verified here: where a seat puts its own record decides nothing about its validity.
    const QJsonObject envelope = QJsonDocument::fromJson(recordBytes).object();
    const QJsonObject payload = QJsonDocument::fromJson(
        QByteArray::fromBase64(envelope.value(QStringLiteral("payload")).toString().toLatin1()))
                                    .object();
    const QString meeting = payload.value(QStringLiteral("meeting")).toString();
    if (!meeting.isEmpty())
        return shareformat::isMeetingId(meeting) ? meeting : QString();
    const QString pollOpen = payload.value(QStringLiteral("pollOpen")).toString();
    if (citesPoll)
        *citesPoll = !pollOpen.isEmpty();
    if (pollOpen.isEmpty() || !pollMeeting)
        return {};
    const QString cited = pollMeeting(pollOpen);
    return shareformat::isMeetingId(cited) ? cited : QString();
}

namespace {
OutboxDelivery deliverToSessionLog(
    const QString &shareRoot, const Outbox::Item &item, const QString &meetingId)
{
    constexpr int attempts = 4; // the item's own name, then new ones
    OutboxDelivery delivery;
    delivery.fileName = item.fileName;
    ShareWriter writer(shareRoot);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const ShareWriter::SessionWriteOutcome outcome
            = writer.writeSessionRecord(meetingId, item.deviceId, delivery.fileName, item.bytes);
        if (outcome.kind == ShareWriter::SessionWrite::Written) {
            delivery.delivered = true;
            break;
        }
        delivery.error = outcome.error;
        if (outcome.kind == ShareWriter::SessionWrite::Failed)
            break;
        delivery.fileName = alternativeRecordName(item.fileName);
    }
    if (delivery.delivered)
        delivery.error.clear();
    delivery.renamed = delivery.fileName != item.fileName;
    return delivery;
}
} // namespace

QString alternativeRecordName(const QString &fileName)
{
    QString base = fileName;
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    base.truncate(120); // the share's names stay within 156 characters
    const quint64 random = QRandomGenerator::system()->generate64();
    return base + u'-' + QStringLiteral("%1").arg(random, 16, 16, QLatin1Char('0'))
        + QStringLiteral(".json");
}

OutboxDelivery deliverOutboxItem(
    const QString &shareRoot, const Outbox::Item &item, const PollMeeting &pollMeeting)
{
    constexpr int attempts = 4; // the item's own name, then new ones
    OutboxDelivery delivery;
    delivery.fileName = item.fileName;
    if (!shareformat::isDeviceId(item.deviceId)
        || !shareformat::isDeviceRecordName(item.fileName)) {
        delivery.error
            = Tr::tr("\"%1/%2\" is not a valid record name").arg(item.deviceId, item.fileName);
        return delivery;
    }
    const ShareReader reader(shareRoot);
    ShareWriter writer(shareRoot);
    if (writer.formatMajor() >= 2) {
        bool citesPoll = false;
        const QString meeting = sessionMeetingOf(item.bytes, pollMeeting, &citesPoll);
        if (!meeting.isEmpty())
            return deliverToSessionLog(shareRoot, item, meeting);
        if (citesPoll) {
            delivery.error = Tr::tr("It waits until this seat knows the meeting of its poll");
            return delivery;
        }
    }
    const QDir folder(QDir(shareRoot).filePath(shareformat::devicesFolder + u'/' + item.deviceId));
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const QString path = folder.filePath(delivery.fileName);
        NameState state = nameState(reader, path, item, delivery.fileName);
        if (state == NameState::Free) {
            const Status written
                = writer.writeDeviceRecord(item.deviceId, delivery.fileName, item.bytes);
            if (written) {
                delivery.delivered = true;
                break;
            }
            // Taken a moment ago by someone else, or the share refuses the write.
            state = nameState(reader, path, item, delivery.fileName);
            if (state == NameState::Free) {
                delivery.error = written.error();
                break;
            }
        }
        if (state == NameState::Ours) {
            delivery.delivered = true;
            break;
        }
        delivery.error
            = Tr::tr("The name %1 is taken on the share by another file").arg(delivery.fileName);
        delivery.fileName = alternativeRecordName(item.fileName);
    }
    if (delivery.delivered)
        delivery.error.clear();
    delivery.renamed = delivery.fileName != item.fileName;
    return delivery;
}

} // namespace phonghop
