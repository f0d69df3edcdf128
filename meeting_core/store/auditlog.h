#pragma once

#include "meeting_core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

class Database;

// The append-only record of what was done on this seat ("lưu vết"): check-ins, votes cast,
// polls opened and closed, decisions recorded, publications. Each entry carries the hash of
// the one before, so an edited or deleted entry shows; SQLite triggers refuse UPDATE and
// DELETE outright.
class AuditLog final {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString actor; // participant id or name
        QString action; // "check-in", "ballot-cast", "poll-opened", ...
        QString subject; // meeting, poll or document id
        QString details; // human-readable, Vietnamese where it comes from the user
        QString hash;
    };

    explicit AuditLog(Database &db);

    Entry append(const QString &actor, const QString &action, const QString &subject,
        const QString &details, const QDateTime &at = QDateTime::currentDateTime());
    QList<Entry> entries(const QString &subject = {});
    // Recomputes the chain; fails naming the first entry that does not match.
    Status verify();
    // RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read Vietnamese.
    QByteArray exportCsv(const QString &subject = {});

private:
    Database &m_db;
};

} // namespace phonghop
