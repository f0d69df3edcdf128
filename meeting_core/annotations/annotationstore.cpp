#include "meeting_core/annotations/annotationstore.h"

#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"

#include <QJsonDocument>

namespace phonghop {

namespace {
constexpr Migration annotationMigrations[] = {
    { 1, R"sql(
CREATE TABLE annotations (
  id TEXT NOT NULL,
  owner TEXT NOT NULL,
  document_id TEXT NOT NULL,
  document_version INTEGER NOT NULL,
  page INTEGER NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  PRIMARY KEY (owner, document_id, document_version, id)
);
CREATE TABLE personal_notes (
  owner TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  agenda_item_id TEXT NOT NULL,
  body TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  PRIMARY KEY (owner, meeting_id, agenda_item_id)
);
CREATE TABLE annotation_carryovers (
  owner TEXT NOT NULL,
  document_id TEXT NOT NULL,
  from_version INTEGER NOT NULL,
  to_version INTEGER NOT NULL,
  done_at TEXT NOT NULL,
  PRIMARY KEY (owner, document_id, from_version, to_version)
);
)sql" },
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

AnnotationStore::AnnotationStore(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("annotations"), annotationMigrations);
}

QVector<Annotation> AnnotationStore::annotations(const AnnotationScope &scope)
{
    QVector<Annotation> result;
    Statement s = m_db.query(
        QStringLiteral("SELECT body FROM annotations WHERE owner = ?1 AND document_id = ?2 "
                       "AND document_version = ?3 ORDER BY page, rowid"),
        scope.owner, scope.documentId, scope.version);
    while (s.next())
        result.append(Annotation::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object()));
    return result;
}

std::optional<Annotation> AnnotationStore::annotation(
    const AnnotationScope &scope, const QString &id)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT body FROM annotations WHERE owner = ?1 AND document_id = ?2 "
                       "AND document_version = ?3 AND id = ?4"),
        scope.owner, scope.documentId, scope.version, id);
    if (!s.next())
        return std::nullopt;
    return Annotation::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object());
}

void AnnotationStore::write(const AnnotationScope &scope, const Annotation &a)
{
    m_db.execute(
        QStringLiteral(
            "INSERT INTO annotations (id, owner, document_id, document_version, page, type, body, "
            "modified_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT (owner, document_id, document_version, id) DO UPDATE SET "
            "page = excluded.page, type = excluded.type, body = excluded.body, "
            "modified_at = excluded.modified_at"),
        a.id, scope.owner, scope.documentId, scope.version, a.page, annotationTypeName(a.type),
        QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)), nowText());
}

void AnnotationStore::save(const AnnotationScope &scope, const Annotation &annotation)
{
    write(scope, annotation); // one statement: SQLite commits it on its own
    if (m_observer.annotationSaved)
        m_observer.annotationSaved(scope, annotation);
}

void AnnotationStore::saveAll(const AnnotationScope &scope, const QVector<Annotation> &annotations)
{
    Transaction transaction(m_db);
    for (const Annotation &a : annotations)
        write(scope, a);
    transaction.commit();
    if (m_observer.annotationSaved) {
        for (const Annotation &a : annotations)
            m_observer.annotationSaved(scope, a);
    }
}

void AnnotationStore::remove(const AnnotationScope &scope, const QString &id)
{
    m_db.execute(QStringLiteral("DELETE FROM annotations WHERE owner = ?1 AND document_id = ?2 AND "
                                "document_version = ?3 AND id = ?4"),
        scope.owner, scope.documentId, scope.version, id);
    if (m_observer.annotationRemoved)
        m_observer.annotationRemoved(scope, id);
}

int AnnotationStore::count(const AnnotationScope &scope)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT count(*) FROM annotations WHERE owner = ?1 AND document_id = ?2 "
                       "AND document_version = ?3"),
        scope.owner, scope.documentId, scope.version);
    return s.next() ? int(s.integer(0)) : 0;
}

QVector<int> AnnotationStore::annotatedVersions(const QString &owner, const QString &documentId)
{
    QVector<int> versions;
    Statement s = m_db.query(
        QStringLiteral("SELECT DISTINCT document_version FROM annotations WHERE owner = ?1 AND "
                       "document_id = ?2 ORDER BY document_version DESC"),
        owner, documentId);
    while (s.next())
        versions.append(int(s.integer(0)));
    return versions;
}

QString AnnotationStore::personalNote(
    const QString &owner, const QString &meetingId, const QString &agendaItemId)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT body FROM personal_notes WHERE owner = ?1 AND meeting_id = ?2 AND "
                       "agenda_item_id = coalesce(?3, '')"),
        owner, meetingId, agendaItemId);
    return s.next() ? s.text(0) : QString();
}

void AnnotationStore::setPersonalNote(const QString &owner, const QString &meetingId,
    const QString &agendaItemId, const QString &text)
{
    if (text.isEmpty()) {
        m_db.execute(
            QStringLiteral("DELETE FROM personal_notes WHERE owner = ?1 AND meeting_id = ?2 AND "
                           "agenda_item_id = coalesce(?3, '')"),
            owner, meetingId, agendaItemId);
    } else {
        m_db.execute(
            QStringLiteral(
                "INSERT INTO personal_notes (owner, meeting_id, agenda_item_id, body, modified_at) "
                "VALUES (?1, ?2, coalesce(?3, ''), ?4, ?5) ON CONFLICT (owner, meeting_id, "
                "agenda_item_id) DO "
                "UPDATE SET body = excluded.body, modified_at = excluded.modified_at"),
            owner, meetingId, agendaItemId, text, nowText());
    }
    if (m_observer.noteSaved)
        m_observer.noteSaved(owner, meetingId, agendaItemId, text);
}

bool AnnotationStore::isCarriedOver(
    const QString &owner, const QString &documentId, int fromVersion, int toVersion)
{
    Statement s = m_db.query(
        QStringLiteral("SELECT 1 FROM annotation_carryovers WHERE owner = ?1 AND document_id = ?2 "
                       "AND from_version = ?3 AND to_version = ?4"),
        owner, documentId, fromVersion, toVersion);
    return s.next();
}

void AnnotationStore::markCarriedOver(
    const QString &owner, const QString &documentId, int fromVersion, int toVersion)
{
    m_db.execute(
        QStringLiteral(
            "INSERT OR IGNORE INTO annotation_carryovers (owner, document_id, from_version, "
            "to_version, done_at) VALUES (?1, ?2, ?3, ?4, ?5)"),
        owner, documentId, fromVersion, toVersion, nowText());
}

} // namespace phonghop
