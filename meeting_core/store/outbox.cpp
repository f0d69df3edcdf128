#include "outbox.h"

#include "store/database.h"
#include "store/migrations.h"

namespace phonghop {

namespace {
constexpr Migration outboxMigrations[] = {
    {1, R"sql(
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
)sql"},
};
} // namespace

Outbox::Outbox(Database &db) : m_db(db)
{
    migrateComponent(m_db, QStringLiteral("outbox"), outboxMigrations);
}

qint64 Outbox::enqueue(const QString &deviceId, const QString &fileName, const QByteArray &bytes)
{
    m_db.execute(QStringLiteral("INSERT INTO outbox (device_id, file_name, bytes, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                 deviceId, fileName, bytes,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_db.lastInsertRowId();
}

QList<Outbox::Item> Outbox::pending()
{
    QList<Item> items;
    Statement statement = m_db.prepare(QStringLiteral(
        "SELECT id, device_id, file_name, bytes, created_at FROM outbox "
        "WHERE delivered_at IS NULL ORDER BY id"));
    while (statement.next()) {
        items << Item{statement.integer(0), statement.text(1), statement.text(2), statement.blob(3),
                      QDateTime::fromString(statement.text(4), Qt::ISODateWithMs)};
    }
    return items;
}

void Outbox::markDelivered(qint64 id)
{
    m_db.execute(QStringLiteral("UPDATE outbox SET delivered_at = ? WHERE id = ?"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id);
}

int Outbox::pendingCount()
{
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL"));
    return statement.next() ? static_cast<int>(statement.integer(0)) : 0;
}

} // namespace phonghop
