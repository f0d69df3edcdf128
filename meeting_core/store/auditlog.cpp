#include "auditlog.h"

#include "meeting_core/store/database.h"
#include "meeting_core/store/migrations.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>

namespace phonghop {

namespace {

constexpr Migration auditMigrations[] = {
    { 1, R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  details TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log(subject);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql" },
};

QString entryHash(const QString &previous, const QString &at, const QString &actor,
    const QString &action, const QString &subject, const QString &details)
{
    // Unit separators keep field boundaries unambiguous.
    const QString joined
        = QStringList { previous, at, actor, action, subject, details }.join(QChar(0x1f));
    return Sha256::hexOf(joined.toUtf8());
}

// Empty, never NULL: the columns are NOT NULL and the hash treats both alike.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString csvField(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("audit-log"), auditMigrations);
}

AuditLog::Entry AuditLog::append(const QString &actor, const QString &action,
    const QString &subject, const QString &details, const QDateTime &at)
{
    Transaction transaction(m_db);
    Statement last
        = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    const QString previous = last.next() ? last.text(0) : QStringLiteral("");
    Entry entry;
    entry.at = at;
    entry.actor = nonNull(actor);
    entry.action = nonNull(action);
    entry.subject = nonNull(subject);
    entry.details = nonNull(details);
    const QString atText = at.toString(Qt::ISODateWithMs);
    entry.hash
        = entryHash(previous, atText, entry.actor, entry.action, entry.subject, entry.details);
    m_db.execute(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, details, "
                                "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        atText, entry.actor, entry.action, entry.subject, entry.details, previous, entry.hash);
    entry.id = m_db.lastInsertRowId();
    transaction.commit();
    return entry;
}

QList<AuditLog::Entry> AuditLog::entries(const QString &subject)
{
    QList<Entry> list;
    Statement statement = m_db.query(
        QStringLiteral("SELECT id, at, actor, action, subject, details, hash FROM audit_log "
                       "WHERE ?1 = '' OR subject = ?1 ORDER BY id"),
        subject.isNull() ? QStringLiteral("") : subject);
    while (statement.next()) {
        list << Entry { statement.integer(0),
            QDateTime::fromString(statement.text(1), Qt::ISODateWithMs), statement.text(2),
            statement.text(3), statement.text(4), statement.text(5), statement.text(6) };
    }
    return list;
}

Status AuditLog::verify()
{
    Statement statement
        = m_db.prepare(QStringLiteral("SELECT id, at, actor, action, subject, details, "
                                      "previous_hash, hash FROM audit_log ORDER BY id"));
    QString previous = QStringLiteral("");
    while (statement.next()) {
        const QString expected = entryHash(previous, statement.text(1), statement.text(2),
            statement.text(3), statement.text(4), statement.text(5));
        if (statement.text(6) != previous || statement.text(7) != expected)
            return Status::failure(
                QCoreApplication::translate("AuditLog", "The audit log was altered at entry %1")
                    .arg(statement.integer(0)));
        previous = expected;
    }
    return Status::success();
}

QByteArray AuditLog::exportCsv(const QString &subject)
{
    QString csv
        = QStringLiteral("\ufeff") + QStringLiteral("time,actor,action,subject,details,hash\r\n");
    for (const Entry &entry : entries(subject)) {
        csv += QStringList { csvField(entry.at.toString(Qt::ISODate)), csvField(entry.actor),
            csvField(entry.action), csvField(entry.subject), csvField(entry.details),
            csvField(entry.hash) }
                   .join(u',')
            + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace phonghop
