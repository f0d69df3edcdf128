#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace phonghop {

class Database;

// What this device has to say on the share (check-ins, ballots, speak requests, comments):
// committed here first, so an action is durable before the screen says it is done, then
// delivered into the device's own folder on the share when it is reachable. Delivered items
// stay (with their bytes): they are what this seat did, which it checks the share against
// (its own last ballot of a poll, docs/trust.md) and delivers again when they disappear.
class Outbox final {
public:
    struct Item {
        qint64 id = 0;
        QString deviceId;
        QString fileName; // the name it has (or will have) on the share
        QByteArray bytes;
        QDateTime createdAt;
        QDateTime deliveredAt; // invalid while pending
        bool delivered() const { return deliveredAt.isValid(); }
    };

    explicit Outbox(Database &db); // creates its tables when needed

    // Queues a record; the same device and file name twice is an error (records are immutable).
    qint64 enqueue(const QString &deviceId, const QString &fileName, const QByteArray &bytes);
    QList<Item> pending();
    // Every item of a device, delivered or not, with an id above afterId, oldest first.
    QList<Item> items(const QString &deviceId, qint64 afterId = 0);
    void markDelivered(qint64 id);
    // Delivered under another name than it was queued with (the first was taken on the share).
    void markDelivered(qint64 id, const QString &fileName);
    // Not delivered yet, but it must go again under another name (its name is taken).
    void rename(qint64 id, const QString &fileName);
    int pendingCount();

private:
    Database &m_db;
};

// When this seat first saw each record of a meeting on the share (its own clock): the session
// is ordered by it, so that a record's signed time — the signer's own clock — can neither move
// a speaking request up the queue nor make an attendance record outlast a later one
// (docs/session.md, "Order"). Kept beside the Outbox: what a seat sent, and when it received.
class ArrivalLog final {
public:
    explicit ArrivalLog(Database &db); // creates its table when needed

    QHash<QString, QDateTime> firstSeen(const QString &meetingId);
    // The meeting in whose session this seat saw the record (by hash), or empty: where a
    // ballot goes on a 2.0 share, by the poll opening it cites.
    QString meetingOf(const QString &recordHash);
    // Notes records seen for the first time; one already noted keeps its first time.
    void note(const QString &meetingId, const QHash<QString, QDateTime> &arrivals);

private:
    Database &m_db;
};

// The one way an Outbox item reaches the share, used by the SyncEngine and by the session
// scanner alike. The item is written into devices/<device>/ without replacing anything. A name
// already taken is read (only a regular file of the item's own size, never a link, a FIFO or a
// device, so a hostile file can neither hang nor flood the reader) and compared: the same bytes
// mean it was delivered before; anything else means the name was squatted or the file replaced,
// and the item goes under a new name nobody can take in advance (its own name plus 16 random hex
// digits). The caller records the outcome in the Outbox (markDelivered with fileName).
struct OutboxDelivery {
    bool delivered = false;
    QString fileName; // where it is on the share now (delivered), or the name to try next time
    bool renamed = false; // fileName differs from the item's
    QString error; // translated, when not delivered
};
//
// Share format 2.0 (docs/share-format.md, "The session log"): a session record goes into its
// meeting's session log instead (sessionMeetingOf, with `pollMeeting` for ballots and closes);
// one that cites a poll whose meeting this seat cannot tell stays pending, said in `error`.
using PollMeeting = std::function<QString(const QString &pollOpenHash)>;
OutboxDelivery deliverOutboxItem(
    const QString &shareRoot, const Outbox::Item &item, const PollMeeting &pollMeeting = {});

// The meeting whose session log a record belongs in on a 2.0 share: the meeting its payload
// names (`meeting`); for a record that cites a poll's opening instead (`pollOpen`: a ballot, a
// close), `pollMeeting` of that opening's hash. Empty: the record stays in the device's folder
// (enrolment requests, document comments, anything that is not a session record).
QString sessionMeetingOf(
    const QByteArray &recordBytes, const PollMeeting &pollMeeting, bool *citesPoll = nullptr);

// A name for a record whose own name is taken on the share: the same kind prefix (so a ballot
// is still "ballot-<poll id>-…"), then 16 random hex digits.
QString alternativeRecordName(const QString &fileName);

} // namespace phonghop
