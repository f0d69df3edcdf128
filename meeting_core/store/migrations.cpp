#include "migrations.h"

#include "database.h"

#include <QCoreApplication>

namespace phonghop {

void migrate(Database &db, std::span<const Migration> steps, const QString &databaseName)
{
    const int current = db.userVersion();
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest)
        throw DatabaseError(0, QCoreApplication::translate("Database",
                                   "%1 was written by a newer PhòngHọp (schema %2, this "
                                   "version knows %3). Please update PhòngHọp.")
                                   .arg(databaseName)
                                   .arg(current)
                                   .arg(newest));
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Transaction transaction(db);
        db.executeScript(QString::fromUtf8(step.sql));
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

void migrateComponent(Database &db, const QString &component, std::span<const Migration> steps)
{
    db.executeScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_components ("
                                    "component TEXT PRIMARY KEY, version INTEGER NOT NULL);"));
    Statement query = db.query(
        QStringLiteral("SELECT version FROM schema_components WHERE component = ?"), component);
    const int current = query.next() ? static_cast<int>(query.integer(0)) : 0;
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest)
        throw DatabaseError(0, QCoreApplication::translate("Database",
                                   "The %1 data was written by a newer PhòngHọp (schema %2, this "
                                   "version knows %3). Please update PhòngHọp.")
                                   .arg(component)
                                   .arg(current)
                                   .arg(newest));
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Transaction transaction(db);
        db.executeScript(QString::fromUtf8(step.sql));
        db.execute(QStringLiteral("INSERT INTO schema_components (component, version) VALUES (?, ?) "
                                  "ON CONFLICT(component) DO UPDATE SET version = excluded.version"),
                   component, step.version);
        transaction.commit();
    }
}

} // namespace phonghop
