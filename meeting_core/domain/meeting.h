#pragma once

#include <QDateTime>
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
    // Share format 2.0 (docs/share-format.md): a document marked confidential is never read as
    // a clear PDF; until sealed documents exist (issue 16) a seat shows only its title.
    bool confidential = false;
    QString classification; // "Mật", "Nội bộ", … (shown with the title)

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

    QList<DocumentRef> documentsOf(const QString &agendaItemId) const;
    bool operator==(const Meeting &) const = default;
};

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
};

} // namespace phonghop
