#include "migrations.h"

#include "database.h"

#include <QCoreApplication>
#include <functional>

namespace phonghop {

namespace {

// Runs the steps newer than the recorded version, each with its version recorded in the same
// transaction, so an interrupted upgrade resumes at the step that did not finish. The version
// is read again once the transaction holds the write lock: another connection opening the same
// file at the same moment (the search indexer and the entry writer start together) may have
// applied the step in between, and running it twice would fail as if the file were damaged.
void applySteps(Database &db, std::span<const Migration> steps, const QString &name,
    const std::function<int()> &readVersion, const std::function<void(int version)> &recordVersion)
{
    const int newest = steps.empty() ? 0 : steps.back().version;
    const int current = readVersion();
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
        if (step.version <= readVersion())
            continue; // applied by the other connection; the transaction rolls back empty
        db.executeScript(QString::fromUtf8(step.sql));
        recordVersion(step.version);
        transaction.commit();
    }
}

} // namespace

void migrate(Database &db, std::span<const Migration> steps, const QString &databaseName)
{
    applySteps(
        db, steps, databaseName, [&db] { return db.userVersion(); },
        [&db](int version) { db.setUserVersion(version); });
}

void migrateComponent(Database &db, const QString &component, std::span<const Migration> steps)
{
    db.executeScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_components ("
                                    "component TEXT PRIMARY KEY, version INTEGER NOT NULL);"));
    const auto readVersion = [&db, &component] {
        Statement query = db.query(
            QStringLiteral("SELECT version FROM schema_components WHERE component = ?"), component);
        return query.next() ? static_cast<int>(query.integer(0)) : 0;
    };
    applySteps(db, steps, component, readVersion, [&db, &component](int version) {
        db.execute(
            QStringLiteral("INSERT INTO schema_components (component, version) VALUES (?, ?) "
                           "ON CONFLICT(component) DO UPDATE SET version = excluded.version"),
            component, version);
    });
}

} // namespace phonghop
