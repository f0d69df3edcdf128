#include "draftmeeting.h"

#include "meeting_core/share/shareformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DraftMeeting)
};

QString roman(int value)
{
    static const std::pair<int, const char *> table[] = { { 1000, "M" }, { 900, "CM" },
        { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" }, { 50, "L" }, { 40, "XL" },
        { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" } };
    QString text;
    for (const auto &[amount, letters] : table) {
        while (value >= amount) {
            text += QLatin1String(letters);
            value -= amount;
        }
    }
    return text;
}

QString letters(int index)
{
    // a..z, then aa, ab… like a spreadsheet's columns.
    QString text;
    ++index;
    while (index > 0) {
        --index;
        text.prepend(QChar(u'a' + index % 26));
        index /= 26;
    }
    return text;
}

QString uniqueId(const QString &prefix, const QSet<QString> &taken)
{
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString resolvePath(const QString &path, const QString &baseDirectory)
{
    // A leading ':' is Qt's prefix for its built-in resources; a person's file is never one.
    const bool absolute = !path.startsWith(u':') && QFileInfo(path).isAbsolute();
    if (path.isEmpty() || baseDirectory.isEmpty() || absolute)
        return path;
    return QDir::cleanPath(baseDirectory + u'/' + path);
}

QString relativePath(const QString &path, const QString &baseDirectory)
{
    if (path.isEmpty() || baseDirectory.isEmpty())
        return path;
    return QDir(baseDirectory).relativeFilePath(path);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

} // namespace

int DraftMeeting::depthOf(const QString &itemId) const
{
    int depth = 0;
    QString current = itemId;
    QSet<QString> seen;
    while (!current.isEmpty() && !seen.contains(current)) {
        seen.insert(current);
        QString parent;
        for (const DraftAgendaItem &item : agenda) {
            if (item.id == current)
                parent = item.parentId;
        }
        if (parent.isEmpty())
            break;
        ++depth;
        current = parent;
    }
    return depth;
}

QList<DraftAgendaItem> DraftMeeting::childrenOf(const QString &parentId) const
{
    QList<DraftAgendaItem> children;
    for (const DraftAgendaItem &item : agenda) {
        if (item.parentId == parentId)
            children << item;
    }
    return children;
}

void DraftMeeting::removeAgendaItem(const QString &itemId)
{
    QSet<QString> doomed { itemId };
    bool grew = true;
    while (grew) {
        grew = false;
        for (const DraftAgendaItem &item : agenda) {
            if (doomed.contains(item.parentId) && !doomed.contains(item.id)) {
                doomed.insert(item.id);
                grew = true;
            }
        }
    }
    agenda.removeIf([&](const DraftAgendaItem &item) { return doomed.contains(item.id); });
    documents.removeIf(
        [&](const DraftDocument &document) { return doomed.contains(document.agendaItemId); });
    polls.removeIf([&](const PreparedPoll &poll) { return doomed.contains(poll.agendaItemId); });
}

bool DraftMeeting::replaceDocumentFile(const QString &documentId, const QString &newFilePath)
{
    for (DraftDocument &document : documents) {
        if (document.id != documentId)
            continue;
        // A version that was never published is simply swapped; a published one gets a new
        // version number so delegates see "updated" and keep their annotations.
        if (!document.publishedSha256.isEmpty())
            ++document.version;
        document.publishedSha256.clear();
        document.filePath = newFilePath;
        document.fileName = QFileInfo(newFilePath).fileName();
        return true;
    }
    return false;
}

QString DraftMeeting::newItemId() const
{
    QSet<QString> taken;
    for (const DraftAgendaItem &item : agenda)
        taken.insert(item.id);
    return uniqueId(QStringLiteral("i"), taken);
}

QString DraftMeeting::newDocumentId() const
{
    QSet<QString> taken;
    for (const DraftDocument &document : documents)
        taken.insert(document.id);
    return uniqueId(QStringLiteral("d"), taken);
}

QString DraftMeeting::newPollId() const
{
    QSet<QString> taken;
    for (const PreparedPoll &poll : polls)
        taken.insert(poll.id);
    return uniqueId(QStringLiteral("bq"), taken);
}

QString DraftMeeting::newParticipantId(const QString &fullName) const
{
    QSet<QString> taken;
    for (const DraftParticipant &participant : participants)
        taken.insert(participant.id);
    const QString base = QStringLiteral("p-") + draft::slug(fullName).left(40);
    if (!taken.contains(base) && base != u"p-")
        return base;
    return uniqueId(base + u'-', taken);
}

namespace draft {

bool hasConfidentialDocument(const DraftMeeting &draft)
{
    return std::any_of(draft.documents.cbegin(), draft.documents.cend(),
        [](const DraftDocument &document) { return document.confidential; });
}

QString levelLabel(int depth, int index)
{
    switch (depth) {
    case 0:
        return roman(index + 1);
    case 1:
        return QString::number(index + 1);
    case 2:
        return letters(index);
    case 3:
        return roman(index + 1).toLower();
    default:
        return QStringLiteral("-");
    }
}

QList<AgendaItem> numberedAgenda(const DraftMeeting &draft)
{
    QList<AgendaItem> result;
    QHash<QString, int> nextIndex; // parent id -> count of children numbered so far
    for (const DraftAgendaItem &item : draft.agenda) {
        const int index = nextIndex[item.parentId]++;
        AgendaItem published;
        published.id = item.id;
        published.parentId = item.parentId;
        published.position = index;
        published.number = levelLabel(draft.depthOf(item.id), index);
        published.title = item.title;
        published.presenter = item.presenter;
        published.plannedMinutes = item.plannedMinutes;
        result << published;
    }
    return result;
}

QString slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        QChar plain = c;
        if (c == u'đ' || c == u'Đ')
            plain = u'd';
        if (plain.category() == QChar::Mark_NonSpacing)
            continue;
        plain = plain.toLower();
        if ((plain >= u'a' && plain <= u'z') || (plain >= u'0' && plain <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += plain;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

QString suggestMeetingId(const QDateTime &start, const QString &title)
{
    const QString date = start.isValid()
        ? start.date().toString(QStringLiteral("yyyy-MM-dd"))
        : QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QString id = QStringLiteral("hop-") + date;
    const QString words = slug(title).left(40);
    if (!words.isEmpty())
        id += u'-' + words;
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(64);
}

DraftMeeting fromMeeting(
    const Meeting &meeting, const std::function<QString(const DocumentRef &)> &documentPath)
{
    DraftMeeting d;
    d.id = meeting.id;
    d.basedOnRevision = meeting.revision;
    d.title = meeting.title;
    d.meetingType = meeting.meetingType;
    d.organisation = meeting.organisation;
    d.hostUnit = meeting.hostUnit;
    d.location = meeting.location;
    d.start = meeting.start;
    d.end = meeting.end;
    d.chairName = meeting.chairName;
    d.notes = meeting.notes;
    d.openToAllStaff = meeting.openToAllStaff;
    for (const Participant &p : meeting.participants)
        d.participants << DraftParticipant { p.id, p.fullName, p.position, p.role, p.voteWeight,
            p.publicKey };
    // The flat list is ordered parent before child, siblings by position.
    std::function<void(const QString &)> addChildren = [&](const QString &parentId) {
        QList<AgendaItem> children;
        for (const AgendaItem &item : meeting.agenda) {
            if (item.parentId == parentId)
                children << item;
        }
        std::stable_sort(children.begin(), children.end(),
            [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });
        for (const AgendaItem &item : children) {
            d.agenda << DraftAgendaItem { item.id, item.parentId, item.title, item.presenter,
                item.plannedMinutes };
            if (item.id != parentId)
                addChildren(item.id);
        }
    };
    addChildren(QString());
    for (const DocumentRef &ref : meeting.documents) {
        DraftDocument document;
        document.id = ref.id;
        document.agendaItemId = ref.agendaItemId;
        document.title = ref.title;
        document.kind = ref.kind;
        document.fileName = ref.fileName;
        document.version = ref.version;
        document.publishedSha256 = ref.sha256;
        document.confidential = ref.confidential;
        document.classification = ref.classification;
        for (const DocumentRecipient &recipient : ref.recipients) {
            if (!document.recipientIds.contains(recipient.personId))
                document.recipientIds << recipient.personId;
        }
        document.filePath = documentPath ? documentPath(ref) : QString();
        // A document converted from an office file is edited as that file, so the next
        // revision publishes the original again (its PDF is reused, docs/office-documents.md).
        if (!ref.original.isEmpty() && documentPath) {
            DocumentRef original = ref;
            original.sha256 = ref.original.sha256;
            original.size = ref.original.size;
            if (const QString path = documentPath(original); QFileInfo::exists(path)) {
                document.filePath = path;
                document.fileName = ref.original.fileName;
            }
        }
        d.documents << document;
    }
    d.polls = meeting.polls;
    return d;
}

DraftMeeting templateFrom(const Meeting &past, const QDateTime &newStart)
{
    DraftMeeting d = fromMeeting(past, {});
    d.documents.clear();
    d.basedOnRevision = 0;
    if (past.start.isValid() && past.end.isValid() && newStart.isValid())
        d.end = newStart.addSecs(past.start.secsTo(past.end));
    else
        d.end = QDateTime();
    d.start = newStart;
    d.notes.clear();
    d.id = suggestMeetingId(newStart, past.title);
    return d;
}

Meeting toMeeting(const DraftMeeting &draft, const QHash<QString, QPair<QString, qint64>> &objects)
{
    Meeting m;
    m.id = draft.id;
    m.title = draft.title;
    m.meetingType = draft.meetingType;
    m.organisation = draft.organisation;
    m.hostUnit = draft.hostUnit;
    m.location = draft.location;
    m.start = draft.start;
    m.end = draft.end;
    m.chairName = draft.chairName;
    m.notes = draft.notes;
    m.openToAllStaff = draft.openToAllStaff;
    for (const DraftParticipant &p : draft.participants)
        m.participants << Participant { p.id, p.fullName, p.position, p.role.value_or(Role::Guest),
            p.voteWeight, p.publicKey };
    m.agenda = numberedAgenda(draft);
    for (const DraftDocument &d : draft.documents) {
        DocumentRef ref;
        ref.id = d.id;
        ref.agendaItemId = d.agendaItemId;
        ref.kind = d.kind;
        ref.fileName = d.fileName.isEmpty() ? QFileInfo(d.filePath).fileName() : d.fileName;
        // A manifest's document needs a title (seats refuse one without): the file's name
        // then, as the validator names such a document.
        ref.title = d.title.isEmpty() ? ref.fileName : d.title;
        const auto object = objects.value(d.id);
        ref.sha256 = object.first;
        ref.size = object.second;
        ref.version = d.version;
        // The flag and classification; the publisher seals the document and fills in its
        // recipients' keys (confidential/documentseal.h).
        ref.confidential = d.confidential;
        if (d.confidential)
            ref.classification
                = d.classification.isEmpty() ? QStringLiteral("Mật") : d.classification;
        ref.declassified = !d.confidential && d.declassified;
        ref.noExport = d.confidential && d.noExport;
        m.documents << ref;
    }
    m.polls = draft.polls;
    return m;
}

QJsonObject toJson(const DraftMeeting &d, const QString &baseDirectory)
{
    QJsonArray participants;
    for (const DraftParticipant &p : d.participants) {
        participants.append(QJsonObject {
            { QStringLiteral("id"), p.id },
            { QStringLiteral("name"), p.fullName },
            { QStringLiteral("position"), p.position },
            { QStringLiteral("role"), p.role ? roleKey(*p.role) : QString() },
            { QStringLiteral("voteWeight"), p.voteWeight },
            { QStringLiteral("publicKey"), p.publicKey },
        });
    }
    QJsonArray agenda;
    for (const DraftAgendaItem &item : d.agenda) {
        agenda.append(QJsonObject {
            { QStringLiteral("id"), item.id },
            { QStringLiteral("parent"), item.parentId },
            { QStringLiteral("title"), item.title },
            { QStringLiteral("presenter"), item.presenter },
            { QStringLiteral("plannedMinutes"), item.plannedMinutes },
        });
    }
    QJsonArray documents;
    for (const DraftDocument &doc : d.documents) {
        QJsonObject document {
            { QStringLiteral("id"), doc.id },
            { QStringLiteral("agendaItem"), doc.agendaItemId },
            { QStringLiteral("title"), doc.title },
            { QStringLiteral("kind"), doc.kind },
            { QStringLiteral("issuingBody"), doc.issuingBody },
            { QStringLiteral("confidential"), doc.confidential },
            { QStringLiteral("recipients"), QJsonArray::fromStringList(doc.recipientIds) },
            { QStringLiteral("file"), relativePath(doc.filePath, baseDirectory) },
            { QStringLiteral("fileName"), doc.fileName },
            { QStringLiteral("version"), doc.version },
            { QStringLiteral("publishedSha256"), doc.publishedSha256 },
        };
        // Issue 16, only when set: drafts without them are as before.
        if (!doc.classification.isEmpty())
            document.insert(QStringLiteral("classification"), doc.classification);
        if (doc.declassified)
            document.insert(QStringLiteral("declassified"), true);
        if (doc.noExport)
            document.insert(QStringLiteral("noExport"), true);
        documents.append(document);
    }
    QJsonObject object {
        { QStringLiteral("format"), QStringLiteral("phonghop-draft") },
        { QStringLiteral("version"), QStringLiteral("1.0") },
        { QStringLiteral("meetingId"), d.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("type"), d.meetingType },
        { QStringLiteral("organisation"), d.organisation },
        { QStringLiteral("hostUnit"), d.hostUnit },
        { QStringLiteral("location"), d.location },
        { QStringLiteral("start"), timeText(d.start) },
        { QStringLiteral("end"), timeText(d.end) },
        { QStringLiteral("chair"), d.chairName },
        { QStringLiteral("notes"), d.notes },
        { QStringLiteral("participants"), participants },
        { QStringLiteral("agenda"), agenda },
        { QStringLiteral("documents"), documents },
    };
    if (d.basedOnRevision)
        object.insert(QStringLiteral("basedOnRevision"), *d.basedOnRevision);
    if (d.openToAllStaff)
        object.insert(QStringLiteral("openToAllStaff"), true);
    if (!d.polls.isEmpty()) {
        QJsonArray polls;
        for (const PreparedPoll &poll : d.polls)
            polls.append(poll.toJson());
        object.insert(QStringLiteral("polls"), polls);
    }
    return object;
}

Result<DraftMeeting> fromJson(const QJsonObject &o, const QString &baseDirectory)
{
    using R = Result<DraftMeeting>;
    auto text = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    const QString format = text(o, "format");
    if (!format.isEmpty() && format != u"phonghop-draft")
        return R::failure(Tr::tr("This is not a meeting file (format \"%1\")").arg(format));
    const auto version = shareformat::parseVersion(
        text(o, "version").isEmpty() ? QStringLiteral("1.0") : text(o, "version"));
    if (!version || version->major > 1)
        return R::failure(Tr::tr("This meeting file was written by a newer PhòngHọp (version %1)")
                              .arg(text(o, "version")));
    DraftMeeting d;
    d.id = text(o, "meetingId");
    const QJsonValue based = o.value(QStringLiteral("basedOnRevision"));
    if (based.isDouble())
        d.basedOnRevision = based.toInt();
    else
        d.basedOnRevision.reset();
    d.title = text(o, "title");
    d.meetingType = text(o, "type");
    d.organisation = text(o, "organisation");
    d.hostUnit = text(o, "hostUnit");
    d.location = text(o, "location");
    d.start = QDateTime::fromString(text(o, "start"), Qt::ISODate);
    d.end = QDateTime::fromString(text(o, "end"), Qt::ISODate);
    if (!text(o, "start").isEmpty() && !d.start.isValid())
        return R::failure(Tr::tr("\"start\" is not a date and time: %1").arg(text(o, "start")));
    if (!text(o, "end").isEmpty() && !d.end.isValid())
        return R::failure(Tr::tr("\"end\" is not a date and time: %1").arg(text(o, "end")));
    d.chairName = text(o, "chair");
    d.notes = text(o, "notes");
    d.openToAllStaff = o.value(QStringLiteral("openToAllStaff")).toBool(false);
    for (const QJsonValue &value : o.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject p = value.toObject();
        DraftParticipant participant;
        participant.fullName = text(p, "name");
        participant.id = text(p, "id");
        if (participant.id.isEmpty())
            participant.id = d.newParticipantId(participant.fullName);
        participant.position = text(p, "position");
        const QString role = text(p, "role");
        participant.role = roleFromKey(role);
        if (!role.isEmpty() && !participant.role)
            return R::failure(
                Tr::tr("Participant \"%1\" has an unknown role \"%2\" (chair, secretary, "
                       "delegate or guest)")
                    .arg(participant.fullName, role));
        participant.voteWeight = p.value(QStringLiteral("voteWeight")).toDouble(1.0);
        participant.publicKey = text(p, "publicKey");
        d.participants << participant;
    }
    for (const QJsonValue &value : o.value(QStringLiteral("agenda")).toArray()) {
        const QJsonObject i = value.toObject();
        DraftAgendaItem item { text(i, "id"), text(i, "parent"), text(i, "title"),
            text(i, "presenter"), i.value(QStringLiteral("plannedMinutes")).toInt() };
        if (item.id.isEmpty())
            item.id = d.newItemId();
        d.agenda << item;
    }
    for (const QJsonValue &value : o.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject doc = value.toObject();
        DraftDocument document;
        document.id = text(doc, "id");
        if (document.id.isEmpty())
            document.id = d.newDocumentId();
        document.agendaItemId = text(doc, "agendaItem");
        document.title = text(doc, "title");
        document.kind = text(doc, "kind");
        document.issuingBody = text(doc, "issuingBody");
        document.confidential = doc.value(QStringLiteral("confidential")).toBool();
        for (const QJsonValue &recipient : doc.value(QStringLiteral("recipients")).toArray())
            document.recipientIds << recipient.toString();
        document.classification = text(doc, "classification");
        document.declassified = doc.value(QStringLiteral("declassified")).toBool();
        document.noExport = doc.value(QStringLiteral("noExport")).toBool();
        document.filePath = resolvePath(text(doc, "file"), baseDirectory);
        document.fileName = text(doc, "fileName");
        if (document.fileName.isEmpty())
            document.fileName = QFileInfo(document.filePath).fileName();
        document.version = std::max(1, doc.value(QStringLiteral("version")).toInt(1));
        document.publishedSha256 = text(doc, "publishedSha256");
        d.documents << document;
    }
    // Kept as written: the validator names what is wrong with each, so the secretary can fix
    // it, instead of the file being refused whole.
    for (const QJsonValue &value : o.value(QStringLiteral("polls")).toArray()) {
        PreparedPoll poll = PreparedPoll::fromJson(value.toObject());
        if (poll.id.isEmpty())
            poll.id = d.newPollId();
        d.polls << poll;
    }
    return d;
}

Result<DraftMeeting> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DraftMeeting>::failure(
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isObject())
        return Result<DraftMeeting>::failure(
            Tr::tr("%1 is not valid JSON: %2 (at byte %3)")
                .arg(QDir::toNativeSeparators(path), error.errorString())
                .arg(error.offset));
    return fromJson(json.object(), QFileInfo(path).absolutePath());
}

} // namespace draft
} // namespace phonghop
