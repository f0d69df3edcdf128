#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/trust/signingkey.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace phonghop {
class MeetingCache;
}

namespace phonghop::test {

// Deterministic bytes; a document's content does not matter to sync, only its hash.
QByteArray pseudoRandomBytes(qint64 size, quint32 seed);
// Writes bytes to a file, creating folders; REQUIREs success.
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

SigningKey testOrganisationKey();
// The fingerprint of testOrganisationKey(), as IT staff would hand it out.
QString testOrganisationFingerprint();
// Pins the organisation key in a seat's cache, as a person confirming the fingerprint does
// (nothing is pinned silently); REQUIREs success. Declared for any MeetingCache.
void pinTestOrganisation(MeetingCache &cache, const SigningKey &key = testOrganisationKey());

// A real share folder in a temporary directory, written through ShareWriter, for sync
// tests. Meetings get agenda items and documents whose objects hold pseudo-random bytes.
class TestShare final {
public:
    TestShare();
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // Puts bytes into the share as an object; returns its document reference.
    DocumentRef addDocument(
        const QString &documentId, const QString &agendaItemId, const QByteArray &bytes);
    // A meeting with `documentCount` documents of `documentSize` bytes spread over 3 items.
    Meeting makeMeeting(
        const QString &meetingId, int documentCount, qint64 documentSize = 4096, quint32 seed = 1);
    // Publishes and returns the revision number (REQUIREs success).
    int publish(const Meeting &meeting);

    QString objectPath(const QString &sha256) const;
    QString manifestPath(const QString &meetingId, int revision) const;

private:
    QTemporaryDir m_dir;
};

} // namespace phonghop::test
