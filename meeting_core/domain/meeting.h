#pragma once

#include "meeting_core/domain/meetingstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace phonghop {

enum class Role { Chair, Secretary, Delegate, Guest };

QString roleKey(Role role); // "chair", as in the share format
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role); // translated

struct Participant {
    QString id;
    QString fullName;
    QString position; // "Phó Chủ tịch UBND tỉnh"
    Role role = Role::Delegate;
    double voteWeight = 1.0;
    QString publicKey; // base64 Ed25519 key, empty until the device is enrolled

    bool operator==(const Participant &) const = default;
};

// The file a document was prepared in (a .docx, .xlsx, .odt, ...), published beside the PDF
// that delegates read (issue 18; docs/office-documents.md). Empty sha256: the document was
// attached as a PDF and has no original of its own.
struct OriginalFile {
    QString sha256;
    qint64 size = 0;
    QString fileName; // "to-trinh-123.docx"
    QString mediaType; // "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    bool isEmpty() const { return sha256.isEmpty(); }
    bool operator==(const OriginalFile &) const = default;
};

// One recipient of a confidential document (share format 2.1): a device of a person of the
// meeting and the document's key sealed to that device's key (crypto_box_seal), so that only
// that device can open it. The manifest is signed by the organisation, so the list is too.
struct DocumentRecipient {
    QString personId; // a participant of the meeting
    QString deviceId; // deviceIdOf(the device's public key)
    QByteArray sealedKey; // raw bytes (base64 in the manifest)

    bool operator==(const DocumentRecipient &) const = default;
};

// A document attached to an agenda item. The file itself is the content-addressed object
// `sha256`; a new version of the same document keeps `id` and raises `version`.
struct DocumentRef {
    QString id;
    QString agendaItemId;
    QString title;
    QString kind; // "to-trinh", "du-thao-quyet-dinh", "bao-cao", ...
    QString fileName; // suggested name when the user saves a copy
    QString sha256;
    qint64 size = 0;
    int version = 1;
    OriginalFile original; // the office file the PDF was converted from, when there is one
    // Share format 2.0 (docs/share-format.md): a document marked confidential is never read as
    // a clear PDF. Since 2.1 it is sealed: `sha256` and `size` are those of the ciphertext
    // object, `plainSha256` and `plainSize` those of the PDF inside, and `recipients` hold its
    // key sealed to each recipient device. A seat that is not a recipient shows only its title.
    bool confidential = false;
    QString classification; // "Mật", "Nội bộ", … (shown with the title)
    QString plainSha256;
    qint64 plainSize = 0;
    QList<DocumentRecipient> recipients;
    // Republished in clear on purpose after an earlier revision had it confidential (2.1).
    bool declassified = false;
    // A confidential document the office forbids to export, save or print (2.1, additive): the
    // viewer's actions are disabled and `document save` refuses it, even for a recipient.
    bool noExport = false;

    // The recipient entry of a device, or nullptr.
    const DocumentRecipient *recipientFor(const QString &deviceId) const;

    bool operator==(const DocumentRef &) const = default;
};

// Agenda items are stored flat; parentId and position give the tree.
struct AgendaItem {
    QString id;
    QString parentId; // empty for top-level items
    int position = 0; // order among siblings
    QString number; // "1", "1.a" as printed on the agenda
    QString title;
    QString presenter;
    int plannedMinutes = 0;

    bool operator==(const AgendaItem &) const = default;
};

// A poll prepared with the meeting (MEETING.json and the manifest's `polls[]`): its id, the
// agenda item it belongs to, its title, and the rest of the poll exactly as PollDefinition's
// JSON spells it (kind, options, minChoices, maxChoices, secret, rule or preset). The voting
// layer reads `definition` when the chair opens the poll (voting/preparedpoll.h); the domain
// only carries it.
struct PreparedPoll {
    QString id; // unique among the meeting's polls; the id the poll is opened under
    QString agendaItemId;
    QString title;
    QJsonObject definition; // without id, item and title

    // {"id", "item", "title", ...definition}, as in MEETING.json and the manifest.
    QJsonObject toJson() const;
    static PreparedPoll fromJson(const QJsonObject &object);
    bool operator==(const PreparedPoll &) const = default;
};

struct Meeting {
    QString id;
    int revision = 0; // the share manifest revision this was read from
    QString title;
    QString meetingType; // "phien-hop-thuong-ky", ...
    QString organisation; // "Ủy ban nhân dân tỉnh Sơn Hà"
    QString hostUnit;
    QString location;
    QDateTime start;
    QDateTime end;
    QString chairName;
    QString notes;
    QDateTime publishedAt;
    QList<Participant> participants;
    QList<AgendaItem> agenda;
    QList<DocumentRef> documents;
    QList<PreparedPoll> polls; // optional in the manifest (share format 1.2)
    // The organisation opens the meeting to all staff (issue 16, additive manifest field): a seat
    // syncs it even when its person is not a participant. Never for a meeting with a
    // confidential document (openToAllStaffInEffect()).
    bool openToAllStaff = false;
    // Not part of the manifest: the newest status record the organisation signed, as the
    // cache last synced it (Scheduled when there is none).
    MeetingStatus status;

    QList<DocumentRef> documentsOf(const QString &agendaItemId) const;
    QList<PreparedPoll> pollsOf(const QString &agendaItemId) const;
    const PreparedPoll *poll(const QString &pollId) const;
    bool hasConfidentialDocument() const;
    // openToAllStaff, unless a document is confidential: such a meeting is never open to all.
    bool openToAllStaffInEffect() const { return openToAllStaff && !hasConfidentialDocument(); }
    bool isParticipant(const QString &personId) const;
    bool operator==(const Meeting &) const = default;
};

// The agenda in reading order: each item followed by its sub-items, siblings by position (then
// as listed) at every level, so "4.a" comes right after "4" and before "5". Items whose parent
// is not on the agenda (or that sit in a loop of parents) follow, in the order given.
QList<AgendaItem> agendaInOrder(const QList<AgendaItem> &agenda);

// What lists need, without the agenda.
struct MeetingSummary {
    QString id;
    int revision = 0;
    QString title;
    QString organisation;
    QString location;
    QDateTime start;
    QDateTime end;
    int agendaItemCount = 0;
    int documentCount = 0;
    MeetingStatus status;
};

} // namespace phonghop
