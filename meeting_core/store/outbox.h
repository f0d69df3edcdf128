#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace phonghop {

class Database;

// What this device has to say on the share (check-ins, ballots, speak requests, comments):
// committed here first, so an action is durable before the screen says it is done, then
// delivered into the device's own folder on the share when it is reachable.
class Outbox final {
public:
    struct Item {
        qint64 id = 0;
        QString deviceId;
        QString fileName;
        QByteArray bytes;
        QDateTime createdAt;
    };

    explicit Outbox(Database &db); // creates its tables when needed

    // Queues a record; the same device and file name twice is an error (records are immutable).
    qint64 enqueue(const QString &deviceId, const QString &fileName, const QByteArray &bytes);
    QList<Item> pending();
    void markDelivered(qint64 id);
    int pendingCount();

private:
    Database &m_db;
};

} // namespace phonghop
