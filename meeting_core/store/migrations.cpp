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

} // namespace phonghop
