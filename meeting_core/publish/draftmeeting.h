#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace phonghop {

// A participant as the secretary edits it. The role may still be missing (a CSV row without
// one); validation refuses to publish until every participant has one.
struct DraftParticipant {
    QString id;
    QString fullName;
    QString position;
    std::optional<Role> role;
    double voteWeight = 1.0;
    QString publicKey;

    bool operator==(const DraftParticipant &) const = default;
};

// An agenda item in the draft. The order of the draft's list gives the order among
// siblings; positions and numbers ("I", "1", "a") are computed, never typed.
struct DraftAgendaItem {
    QString id;
    QString parentId;
    QString title;
    QString presenter;
    int plannedMinutes = 0;

    bool operator==(const DraftAgendaItem &) const = default;
};

// A document attached to an agenda item. filePath is the local PDF that is published
// (the secretary's file, or the cached copy of a published version). Replacing the file
// keeps id and raises version.
struct DraftDocument {
    QString id;
    QString agendaItemId;
    QString title;
    QString kind; // "to-trinh", "du-thao-quyet-dinh", "bao-cao", ...
    QString issuingBody; // "Sở Tài chính"
    bool confidential = false; // "Mật"
    QStringList recipientIds; // participants named to receive a confidential document
    QString classification; // "Mật" when empty and confidential; "Nội bộ", …
    // Published in clear on purpose although an earlier revision had it confidential: without
    // it such a publication is refused (docs/publish-format.md, "Confidential documents").
    bool declassified = false;
    // A confidential document the office forbids to export, save or print (the viewer's
    // actions are disabled; `document save` refuses it). Ignored on a clear document.
    bool noExport = false;
    QString filePath;
    QString fileName;
    int version = 1;
    QString publishedSha256; // of the version last published (empty before)

    bool operator==(const DraftDocument &) const = default;
};

struct DraftMeeting {
    QString id;
    // The share revision this draft was based on: 0 for a meeting never published, empty
    // when publishing should simply follow the latest revision (automation).
    std::optional<int> basedOnRevision = 0;
    QString title;
    QString meetingType;
    QString organisation;
    QString hostUnit;
    QString location;
    QDateTime start;
    QDateTime end;
    QString chairName;
    QString notes;
    // Open to all staff (issue 16; MEETING.json and the manifest's "openToAllStaff"): seats of
    // people who are not participants sync it too. Ignored when a document is confidential.
    bool openToAllStaff = false;
    QList<DraftParticipant> participants;
    QList<DraftAgendaItem> agenda;
    QList<DraftDocument> documents;
    // Polls prepared per agenda item, published with the manifest (issue 15). The same values
    // a seat reads; the validator checks their kind, options and rule (voting/preparedpoll.h).
    QList<PreparedPoll> polls;

    bool operator==(const DraftMeeting &) const = default;

    // Agenda helpers that keep the flat list a valid tree.
    int depthOf(const QString &itemId) const;
    QList<DraftAgendaItem> childrenOf(const QString &parentId) const;
    // Removes an item, its sub-items, their documents and prepared polls.
    void removeAgendaItem(const QString &itemId);
    // Replaces a document's file: same id, version + 1.
    bool replaceDocumentFile(const QString &documentId, const QString &newFilePath);
    QString newItemId() const;
    QString newDocumentId() const;
    QString newPollId() const; // "bq1", "bq2", ... (biểu quyết)
    QString newParticipantId(const QString &fullName) const;
};

namespace draft {

// Whether any document of the draft is confidential (then it is never open to all staff).
bool hasConfidentialDocument(const DraftMeeting &draft);

// The agenda label of one level: I, II… (top), 1, 2… (second), a, b… (third), then
// i, ii… and "-" below. `index` counts from 0.
QString levelLabel(int depth, int index);
// The numbered agenda as published: positions among siblings and labels per level.
QList<AgendaItem> numberedAgenda(const DraftMeeting &draft);

// "Nguyễn Văn Ánh" -> "nguyen-van-anh" (for ids and file names).
QString slug(const QString &text);
// A meeting id that matches the share's pattern, from the date and the title.
QString suggestMeetingId(const QDateTime &start, const QString &title);

// The draft of an existing (cached) revision, to edit and publish again. documentPath maps a
// published document to its local copy.
DraftMeeting fromMeeting(
    const Meeting &meeting, const std::function<QString(const DocumentRef &)> &documentPath);
// A new meeting shaped like a past one: same details, participants and agenda, no
// documents, a new id and the given start (the end moves with it).
DraftMeeting templateFrom(const Meeting &past, const QDateTime &newStart);

// The meeting as the share will carry it, given the published objects of the documents
// (document id -> sha256/size).
Meeting toMeeting(const DraftMeeting &draft, const QHash<QString, QPair<QString, qint64>> &objects);

// JSON as docs/publish-format.md describes. Paths are written relative to baseDirectory
// when it is given, and read relative to it.
QJsonObject toJson(const DraftMeeting &draft, const QString &baseDirectory = {});
Result<DraftMeeting> fromJson(const QJsonObject &object, const QString &baseDirectory = {});
Result<DraftMeeting> readFile(const QString &path);

} // namespace draft
} // namespace phonghop
