#include "meetingcache.h"

#include "meeting_core/store/migrations.h"
#include "meeting_core/util/atomicfile.h"
#include "meeting_core/util/hashingcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace phonghop {

namespace {

// The context of the cache's messages ("MeetingCache"), the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(MeetingCache)
};

constexpr Migration cacheMigrations[] = {
    { 1, R"sql(
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  meeting_type TEXT,
  organisation TEXT,
  host_unit TEXT,
  location TEXT,
  starts_at TEXT,
  ends_at TEXT,
  chair_name TEXT,
  notes TEXT,
  published_at TEXT,
  synced_at TEXT NOT NULL,
  manifest BLOB NOT NULL
);
CREATE TABLE participants (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  full_name TEXT NOT NULL,
  title TEXT,
  role TEXT NOT NULL,
  vote_weight REAL NOT NULL DEFAULT 1,
  public_key TEXT,
  PRIMARY KEY (meeting_id, id)
);
CREATE TABLE agenda_items (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  parent_id TEXT,
  position INTEGER NOT NULL,
  number TEXT,
  title TEXT NOT NULL,
  presenter TEXT,
  planned_minutes INTEGER,
  PRIMARY KEY (meeting_id, id)
);
CREATE TABLE documents (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  agenda_item_id TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT,
  file_name TEXT,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, id)
);
CREATE INDEX documents_by_object ON documents(sha256);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE reading_positions (
  document_sha256 TEXT PRIMARY KEY,
  page INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
)sql" },
    // The revision before the current one, so delegates see what is new or updated.
    { 2, "ALTER TABLE meetings ADD COLUMN previous_manifest BLOB;" },
    // Prepared polls of the manifest (share format 1.2) and the newest status record the
    // organisation signed. The status is kept apart from the revision: publishing a new
    // revision does not reset it.
    { 3, R"sql(
CREATE TABLE prepared_polls (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  agenda_item_id TEXT NOT NULL,
  title TEXT NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (meeting_id, id)
);
CREATE TABLE meeting_status (
  meeting_id TEXT PRIMARY KEY,
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  until TEXT,
  reason TEXT,
  issued_at TEXT
);
)sql" },
    // The office file a document was converted from (share format 1.2), for "Tải bản gốc".
    { 4, R"sql(
ALTER TABLE documents ADD COLUMN original_sha256 TEXT;
ALTER TABLE documents ADD COLUMN original_size INTEGER;
ALTER TABLE documents ADD COLUMN original_file_name TEXT;
ALTER TABLE documents ADD COLUMN original_media_type TEXT;
)sql" },
    // Share format 2.0: a confidential document is shown by its title only, never opened.
    { 5,
        "ALTER TABLE documents ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0; "
        "ALTER TABLE documents ADD COLUMN classification TEXT;" },
    // Share format 2.1: a sealed document's PDF (hash and size inside the ciphertext), whether
    // it was declassified, and its recipients' sealed keys as the signed manifest lists them.
    // The object store keeps the ciphertext; only a recipient device's key opens it.
    { 6, R"sql(
ALTER TABLE documents ADD COLUMN plain_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN plain_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN declassified INTEGER NOT NULL DEFAULT 0;
CREATE TABLE document_recipients (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  sealed_key BLOB NOT NULL,
  PRIMARY KEY (meeting_id, document_id, device_id)
);
)sql" },
    // A confidential document the office forbids to export or print (share format 2.1, additive).
    { 7, "ALTER TABLE documents ADD COLUMN no_export INTEGER NOT NULL DEFAULT 0;" },
    // Sync scope and eviction (issue 16, docs/cache.md): a meeting open to all staff, the
    // meetings this seat left out at a revision (not verified again until a newer one), the
    // documents' objects eviction deleted, and those a person fetched again since.
    { 8, R"sql(
ALTER TABLE meetings ADD COLUMN open_to_all_staff INTEGER NOT NULL DEFAULT 0;
CREATE TABLE out_of_scope (
  meeting_id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  decided_for TEXT NOT NULL
);
CREATE TABLE evicted_objects (
  sha256 TEXT PRIMARY KEY,
  evicted_at TEXT NOT NULL
);
CREATE TABLE fetched_again (
  sha256 TEXT PRIMARY KEY,
  fetched_at TEXT NOT NULL
);
)sql" },
};

QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// Columns declared NOT NULL DEFAULT '': a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime fromIsoText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

MeetingCache::MeetingCache(QString directory, Database db)
    : m_directory(std::move(directory))
    , m_db(std::move(db))
    , m_objects(m_directory + QStringLiteral("/objects"))
{
}

Result<std::unique_ptr<MeetingCache>> MeetingCache::open(const QString &directory)
{
    using R = Result<std::unique_ptr<MeetingCache>>;
    if (!QDir().mkpath(directory))
        return R::failure(
            QCoreApplication::translate("MeetingCache", "Cannot create the cache folder %1")
                .arg(directory));
    try {
        Database db = Database::open(QDir(directory).filePath(QStringLiteral("cache.sqlite")));
        const QString check = db.quickCheck();
        if (check != u"ok")
            return R::failure(QCoreApplication::translate(
                "MeetingCache", "The local cache in %1 is damaged (%2).")
                                  .arg(directory, check.left(200)));
        migrate(db, cacheMigrations, QStringLiteral("cache.sqlite"));
        std::unique_ptr<MeetingCache> cache(new MeetingCache(directory, std::move(db)));
        if (Status prepared = cache->m_objects.prepare(); !prepared)
            return R::failure(prepared.error());
        return R(std::move(cache));
    } catch (const DatabaseError &error) {
        return R::failure(QString::fromUtf8(error.what()));
    }
}

QHash<QString, int> MeetingCache::cachedRevisions()
{
    QHash<QString, int> revisions;
    Statement statement = m_db.prepare(QStringLiteral("SELECT id, revision FROM meetings"));
    while (statement.next())
        revisions.insert(statement.text(0), static_cast<int>(statement.integer(1)));
    return revisions;
}

void MeetingCache::storeMeeting(const Meeting &meeting, const QByteArray &manifestBytes)
{
    Transaction transaction(m_db);
    Statement previous
        = m_db.query(QStringLiteral("SELECT manifest FROM meetings WHERE id = ?"), meeting.id);
    const QByteArray previousManifest = previous.next() ? previous.blob(0) : QByteArray();
    m_db.execute(QStringLiteral("DELETE FROM meetings WHERE id = ?"), meeting.id);
    m_db.execute(
        QStringLiteral("INSERT INTO meetings (id, revision, title, meeting_type, organisation, "
                       "host_unit, location, starts_at, ends_at, chair_name, notes, published_at, "
                       "synced_at, manifest, previous_manifest, open_to_all_staff) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        meeting.id, meeting.revision, meeting.title, meeting.meetingType, meeting.organisation,
        meeting.hostUnit, meeting.location, isoText(meeting.start), isoText(meeting.end),
        meeting.chairName, meeting.notes, isoText(meeting.publishedAt),
        isoText(QDateTime::currentDateTimeUtc()), manifestBytes, previousManifest,
        meeting.openToAllStaff ? 1 : 0);
    // In the cache now: no longer out of this seat's scope.
    m_db.execute(QStringLiteral("DELETE FROM out_of_scope WHERE meeting_id = ?"), meeting.id);

    Statement participant = m_db.prepare(QStringLiteral(
        "INSERT INTO participants (meeting_id, id, position, full_name, title, role, "
        "vote_weight, public_key) VALUES (?,?,?,?,?,?,?,?)"));
    int position = 0;
    for (const Participant &p : meeting.participants) {
        participant.bindAll(meeting.id, p.id, position++, p.fullName, p.position, roleKey(p.role),
            p.voteWeight, p.publicKey);
        participant.run();
        participant.reset();
    }

    Statement item = m_db.prepare(QStringLiteral(
        "INSERT INTO agenda_items (meeting_id, id, parent_id, position, number, title, "
        "presenter, planned_minutes) VALUES (?,?,?,?,?,?,?,?)"));
    for (const AgendaItem &a : meeting.agenda) {
        item.bindAll(meeting.id, a.id, a.parentId, a.position, a.number, a.title, a.presenter,
            a.plannedMinutes);
        item.run();
        item.reset();
    }

    Statement document = m_db.prepare(QStringLiteral(
        "INSERT INTO documents (meeting_id, id, position, agenda_item_id, title, kind, "
        "file_name, sha256, size, version, original_sha256, original_size, original_file_name, "
        "original_media_type, confidential, classification, plain_sha256, plain_size, "
        "declassified, no_export) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Statement recipient = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO document_recipients (meeting_id, document_id, "
                       "position, person_id, device_id, sealed_key) VALUES (?,?,?,?,?,?)"));
    position = 0;
    for (const DocumentRef &d : meeting.documents) {
        document.bindAll(meeting.id, d.id, position++, d.agendaItemId, d.title, d.kind, d.fileName,
            d.sha256, d.size, d.version, d.original.sha256, d.original.size, d.original.fileName,
            d.original.mediaType, d.confidential ? 1 : 0, d.classification, notNull(d.plainSha256),
            d.plainSize, d.declassified ? 1 : 0, d.noExport ? 1 : 0);
        document.run();
        document.reset();
        int recipientPosition = 0;
        for (const DocumentRecipient &r : d.recipients) {
            recipient.bindAll(
                meeting.id, d.id, recipientPosition++, r.personId, r.deviceId, r.sealedKey);
            recipient.run();
            recipient.reset();
        }
    }

    Statement poll = m_db.prepare(
        QStringLiteral("INSERT INTO prepared_polls (meeting_id, id, position, agenda_item_id, "
                       "title, definition) VALUES (?,?,?,?,?,?)"));
    position = 0;
    for (const PreparedPoll &p : meeting.polls) {
        poll.bindAll(meeting.id, p.id, position++, p.agendaItemId, p.title,
            QString::fromUtf8(QJsonDocument(p.definition).toJson(QJsonDocument::Compact)));
        poll.run();
        poll.reset();
    }
    transaction.commit();
}

void MeetingCache::storeMeetingStatus(const QString &meetingId, const MeetingStatus &status)
{
    m_db.execute(
        QStringLiteral("INSERT INTO meeting_status (meeting_id, number, status, until, reason, "
                       "issued_at) VALUES (?,?,?,?,?,?) ON CONFLICT(meeting_id) DO UPDATE SET "
                       "number = excluded.number, status = excluded.status, "
                       "until = excluded.until, reason = excluded.reason, "
                       "issued_at = excluded.issued_at WHERE excluded.number > number"),
        meetingId, status.number, meetingStatusKey(status.kind), isoText(status.until),
        status.reason, isoText(status.issuedAt));
}

MeetingStatus MeetingCache::meetingStatus(const QString &meetingId)
{
    MeetingStatus status;
    Statement statement = m_db.query(
        QStringLiteral("SELECT number, status, until, reason, issued_at FROM meeting_status "
                       "WHERE meeting_id = ?"),
        meetingId);
    if (!statement.next())
        return status;
    status.number = static_cast<int>(statement.integer(0));
    status.kind = meetingStatusFromKey(statement.text(1)).value_or(MeetingStatusKind::Scheduled);
    status.until = fromIsoText(statement.text(2));
    status.reason = statement.text(3);
    status.issuedAt = fromIsoText(statement.text(4));
    return status;
}

QList<MeetingSummary> MeetingCache::meetings(const QDateTime &now)
{
    QList<MeetingSummary> summaries;
    Statement statement = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.revision, m.title, m.organisation, m.location, m.starts_at, m.ends_at, "
        "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id), "
        "(SELECT count(*) FROM documents d WHERE d.meeting_id = m.id) FROM meetings m"));
    while (statement.next()) {
        MeetingSummary summary;
        summary.id = statement.text(0);
        summary.revision = static_cast<int>(statement.integer(1));
        summary.title = statement.text(2);
        summary.organisation = statement.text(3);
        summary.location = statement.text(4);
        summary.start = fromIsoText(statement.text(5));
        summary.end = fromIsoText(statement.text(6));
        summary.agendaItemCount = static_cast<int>(statement.integer(7));
        summary.documentCount = static_cast<int>(statement.integer(8));
        summaries << summary;
    }
    for (MeetingSummary &summary : summaries)
        summary.status = meetingStatus(summary.id);
    // A meeting still running counts as upcoming until it ends.
    auto isUpcoming
        = [&now](const MeetingSummary &m) { return (m.end.isValid() ? m.end : m.start) >= now; };
    std::stable_sort(
        summaries.begin(), summaries.end(), [&](const MeetingSummary &a, const MeetingSummary &b) {
            const bool aUpcoming = isUpcoming(a);
            const bool bUpcoming = isUpcoming(b);
            if (aUpcoming != bUpcoming)
                return aUpcoming;
            return aUpcoming ? a.start < b.start : a.start > b.start;
        });
    return summaries;
}

std::optional<Meeting> MeetingCache::meeting(const QString &meetingId)
{
    Statement head = m_db.query(
        QStringLiteral("SELECT revision, title, meeting_type, organisation, host_unit, location, "
                       "starts_at, ends_at, chair_name, notes, published_at, open_to_all_staff "
                       "FROM meetings WHERE id = ?"),
        meetingId);
    if (!head.next())
        return std::nullopt;
    Meeting meeting;
    meeting.id = meetingId;
    meeting.revision = static_cast<int>(head.integer(0));
    meeting.title = head.text(1);
    meeting.meetingType = head.text(2);
    meeting.organisation = head.text(3);
    meeting.hostUnit = head.text(4);
    meeting.location = head.text(5);
    meeting.start = fromIsoText(head.text(6));
    meeting.end = fromIsoText(head.text(7));
    meeting.chairName = head.text(8);
    meeting.notes = head.text(9);
    meeting.publishedAt = fromIsoText(head.text(10));
    meeting.openToAllStaff = head.integer(11) != 0;

    Statement participants
        = m_db.query(QStringLiteral("SELECT id, full_name, title, role, vote_weight, public_key "
                                    "FROM participants WHERE meeting_id = ? ORDER BY position"),
            meetingId);
    while (participants.next()) {
        Participant p;
        p.id = participants.text(0);
        p.fullName = participants.text(1);
        p.position = participants.text(2);
        p.role = roleFromKey(participants.text(3)).value_or(Role::Guest);
        p.voteWeight = participants.real(4);
        p.publicKey = participants.text(5);
        meeting.participants << p;
    }

    Statement items
        = m_db.query(QStringLiteral("SELECT id, parent_id, position, number, title, presenter, "
                                    "planned_minutes FROM agenda_items WHERE meeting_id = ? "
                                    "ORDER BY parent_id IS NOT NULL, parent_id, position"),
            meetingId);
    while (items.next()) {
        AgendaItem a;
        a.id = items.text(0);
        a.parentId = items.text(1);
        a.position = static_cast<int>(items.integer(2));
        a.number = items.text(3);
        a.title = items.text(4);
        a.presenter = items.text(5);
        a.plannedMinutes = static_cast<int>(items.integer(6));
        meeting.agenda << a;
    }

    Statement documents = m_db.query(
        QStringLiteral("SELECT id, agenda_item_id, title, kind, file_name, sha256, size, "
                       "version, original_sha256, original_size, original_file_name, "
                       "original_media_type, confidential, classification, plain_sha256, "
                       "plain_size, declassified, no_export FROM documents "
                       "WHERE meeting_id = ? ORDER BY position"),
        meetingId);
    while (documents.next()) {
        DocumentRef d;
        d.id = documents.text(0);
        d.agendaItemId = documents.text(1);
        d.title = documents.text(2);
        d.kind = documents.text(3);
        d.fileName = documents.text(4);
        d.sha256 = documents.text(5);
        d.size = documents.integer(6);
        d.version = static_cast<int>(documents.integer(7));
        d.original.sha256 = documents.text(8);
        d.original.size = documents.integer(9);
        d.original.fileName = documents.text(10);
        d.original.mediaType = documents.text(11);
        d.confidential = documents.integer(12) != 0;
        d.classification = documents.text(13);
        d.plainSha256 = documents.text(14);
        d.plainSize = documents.integer(15);
        d.declassified = documents.integer(16) != 0;
        d.noExport = documents.integer(17) != 0;
        meeting.documents << d;
    }
    Statement recipients = m_db.query(
        QStringLiteral("SELECT document_id, person_id, device_id, sealed_key FROM "
                       "document_recipients WHERE meeting_id = ? ORDER BY document_id, position"),
        meetingId);
    while (recipients.next()) {
        const QString documentId = recipients.text(0);
        for (DocumentRef &d : meeting.documents) {
            if (d.id == documentId)
                d.recipients << DocumentRecipient { recipients.text(1), recipients.text(2),
                    recipients.blob(3) };
        }
    }

    Statement polls = m_db.query(
        QStringLiteral("SELECT id, agenda_item_id, title, definition FROM prepared_polls "
                       "WHERE meeting_id = ? ORDER BY position"),
        meetingId);
    while (polls.next()) {
        PreparedPoll p;
        p.id = polls.text(0);
        p.agendaItemId = polls.text(1);
        p.title = polls.text(2);
        p.definition = QJsonDocument::fromJson(polls.text(3).toUtf8()).object();
        meeting.polls << p;
    }
    meeting.status = meetingStatus(meetingId);
    return meeting;
}

QByteArray MeetingCache::previousManifest(const QString &meetingId)
{
    Statement statement = m_db.query(
        QStringLiteral("SELECT previous_manifest FROM meetings WHERE id = ?"), meetingId);
    return statement.next() ? statement.blob(0) : QByteArray();
}

QString MeetingCache::documentPath(const DocumentRef &document) const
{
    // A confidential document is never stored, nor opened, as a clear PDF (share format 2.0):
    // its object is ciphertext, read through sealedObjectPath() and opened with the device key.
    if (document.confidential)
        return {};
    return m_objects.pathFor(document.sha256);
}

QString MeetingCache::sealedObjectPath(const DocumentRef &document) const
{
    if (!document.confidential || document.sha256.isEmpty() || !m_objects.contains(document.sha256))
        return {};
    return m_objects.pathFor(document.sha256);
}

Result<int> MeetingCache::removeConfidentialObjects()
{
    using R = Result<int>;
    QStringList objects;
    try {
        Statement statement = m_db.prepare(
            QStringLiteral("SELECT DISTINCT sha256 FROM documents WHERE confidential = 1"));
        while (statement.next())
            objects << statement.text(0);
    } catch (const DatabaseError &error) {
        return R::failure(QString::fromUtf8(error.what()));
    }
    int removed = 0;
    for (const QString &sha256 : std::as_const(objects)) {
        if (!m_objects.contains(sha256))
            continue;
        QFile file(m_objects.pathFor(sha256));
        if (!file.remove())
            return R::failure(Tr::tr("A confidential document could not be deleted from the "
                                     "cache: %1")
                                  .arg(file.errorString()));
        ++removed;
    }
    return removed;
}

QString MeetingCache::originalPath(const DocumentRef &document) const
{
    if (document.original.isEmpty() || !m_objects.contains(document.original.sha256))
        return {};
    return m_objects.pathFor(document.original.sha256);
}

Status MeetingCache::saveOriginalAs(const DocumentRef &document, const QString &target) const
{
    const QString source = originalPath(document);
    if (source.isEmpty())
        return Status::failure(
            Tr::tr("The original file of this document is not in the cache yet: sync, then try "
                   "again."));
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("The cached original cannot be read: %1").arg(input.errorString()));
    const QString temporary = atomicfile::temporarySiblingPath(target);
    QFile output(temporary);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(Tr::tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(target), output.errorString()));
    const HashingCopy copied = HashingCopy::run(input, output, {}, document.original.size);
    const bool flushed
        = copied.problem == HashingCopy::Problem::None && atomicfile::flushToDisk(output);
    output.close();
    QString problem;
    if (copied.problem != HashingCopy::Problem::None || !flushed)
        problem = Tr::tr("%1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(target), output.errorString());
    else if (copied.sha256 != document.original.sha256 || copied.bytes != document.original.size)
        problem
            = Tr::tr("The cached original is damaged (its checksum does not match); sync again.");
    else if (!atomicfile::replaceExisting(temporary, target))
        problem = Tr::tr("%1 cannot be written.").arg(QDir::toNativeSeparators(target));
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        return Status::failure(problem);
    }
    return Status::success();
}

QString MeetingCache::value(const QString &key) const
{
    // Reading a value changes nothing; the statement wrapper just is not const.
    Statement statement = const_cast<Database &>(m_db).query(
        QStringLiteral("SELECT value FROM state WHERE key = ?"), key);
    return statement.next() ? statement.text(0) : QString();
}

void MeetingCache::setValue(const QString &key, const QString &value)
{
    m_db.execute(QStringLiteral("INSERT INTO state (key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        key, value);
}

Result<QString> MeetingCache::readValue(const QString &key) const
{
    try {
        return value(key);
    } catch (const DatabaseError &error) {
        return Result<QString>::failure(QString::fromUtf8(error.what()));
    }
}

Status MeetingCache::writeValue(const QString &key, const QString &value)
{
    try {
        setValue(key, value);
    } catch (const DatabaseError &error) {
        return Status::failure(QString::fromUtf8(error.what()));
    }
    return Status::success();
}

std::optional<int> MeetingCache::lastReadPage(const QString &documentSha256)
{
    Statement statement
        = m_db.query(QStringLiteral("SELECT page FROM reading_positions WHERE document_sha256 = ?"),
            documentSha256);
    if (!statement.next())
        return std::nullopt;
    return static_cast<int>(statement.integer(0));
}

void MeetingCache::setLastReadPage(const QString &documentSha256, int page)
{
    m_db.execute(QStringLiteral("INSERT INTO reading_positions (document_sha256, page, updated_at) "
                                "VALUES (?, ?, ?) ON CONFLICT(document_sha256) DO UPDATE SET "
                                "page = excluded.page, updated_at = excluded.updated_at"),
        documentSha256, page, isoText(QDateTime::currentDateTimeUtc()));
}

} // namespace phonghop
