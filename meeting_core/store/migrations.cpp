#include "migrations.h"

#include "database.h"

#include <QCoreApplication>
#include <functional>

namespace phonghop {

namespace {

// Runs the steps newer than `current`, each with its version recorded in the same
// transaction, so an interrupted upgrade resumes at the step that did not finish.
void applySteps(Database &db, std::span<const Migration> steps, int current, const QString &name,
    const std::function<void(int version)> &recordVersion)
{
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest)
        throw DatabaseError(0,
            QCoreApplication::translate("Database",
                "%1 was written by a newer PhòngHọp (schema %2, this "
                "version knows %3). Please update PhòngHọp.")
                .arg(name)
                .arg(current)
                .arg(newest));
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Transaction transaction(db);
        db.executeScript(QString::fromUtf8(step.sql));
        recordVersion(step.version);
        transaction.commit();
    }
}

} // namespace

void migrate(Database &db, std::span<const Migration> steps, const QString &databaseName)
{
    applySteps(db, steps, db.userVersion(), databaseName,
        [&db](int version) { db.setUserVersion(version); });
}

void migrateComponent(Database &db, const QString &component, std::span<const Migration> steps)
{
    db.executeScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_components ("
                                    "component TEXT PRIMARY KEY, version INTEGER NOT NULL);"));
    Statement query = db.query(
        QStringLiteral("SELECT version FROM schema_components WHERE component = ?"), component);
    const int current = query.next() ? static_cast<int>(query.integer(0)) : 0;
    applySteps(db, steps, current, component, [&db, &component](int version) {
        db.execute(
            QStringLiteral("INSERT INTO schema_components (component, version) VALUES (?, ?) "
                           "ON CONFLICT(component) DO UPDATE SET version = excluded.version"),
            component, version);
    });
}

} // namespace phonghop
