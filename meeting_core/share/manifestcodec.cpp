#include "manifestcodec.h"

#include "meeting_core/share/shareformat.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <climits>
#include <limits>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ManifestCodec)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

// Reads fields and remembers the first problem, so decoding reads straight through.
class FieldReader final {
public:
    QString text(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (value.isUndefined() && !required)
            return {};
        fail(Tr::tr("%1: the field \"%2\" is missing or not text").arg(where, QLatin1String(key)));
        return {};
    }
    double number(const QJsonObject &object, const char *key, const QString &where, bool required,
        double fallback = 0)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isDouble())
            return value.toDouble();
        if (value.isUndefined() && !required)
            return fallback;
        fail(Tr::tr("%1: the field \"%2\" is missing or not a number")
                 .arg(where, QLatin1String(key)));
        return fallback;
    }
    // A whole number kept in T: a value T cannot hold is refused, never converted (which
    // would be undefined behaviour).
    template <typename T>
    T whole(const QJsonObject &object, const char *key, const QString &where, bool required,
        T fallback = 0)
    {
        const double value = number(object, key, where, required, double(fallback));
        if (!(value >= double(std::numeric_limits<T>::min())
                && value < double(std::numeric_limits<T>::max()) + 1.0)) {
            fail(Tr::tr("%1: the field \"%2\" is out of range").arg(where, QLatin1String(key)));
            return fallback;
        }
        return static_cast<T>(value);
    }
    QDateTime time(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const QString value = text(object, key, where, required);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid())
            fail(Tr::tr("%1: \"%2\" is not a date and time").arg(where, QLatin1String(key)));
        return parsed;
    }
    QJsonArray array(const QJsonObject &object, const char *key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray())
            fail(Tr::tr("the list \"%1\" is missing").arg(QLatin1String(key)));
        return value.toArray();
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

// A document key (32 bytes) sealed with crypto_box_seal: 32 + crypto_box_SEALBYTES (48).
constexpr qsizetype sealedKeySize = 80;

} // namespace

void writeDocumentFileFields(const DocumentRef &d, QJsonObject &object)
{
    // Optional (share format 1.2): only documents converted from an office file carry it,
    // so a PDF-only manifest is byte for byte what 1.1 wrote.
    if (!d.original.isEmpty())
        object.insert(QStringLiteral("original"),
            QJsonObject {
                { QStringLiteral("sha256"), d.original.sha256 },
                { QStringLiteral("size"), static_cast<double>(d.original.size) },
                { QStringLiteral("fileName"), d.original.fileName },
                { QStringLiteral("mediaType"), d.original.mediaType },
            });
    if (d.confidential) {
        object.insert(QStringLiteral("confidential"), true);
        object.insert(QStringLiteral("classification"), d.classification);
        // Share format 2.1: the sealed document. sha256 and size above are the ciphertext's.
        if (!d.plainSha256.isEmpty()) {
            object.insert(QStringLiteral("plainSha256"), d.plainSha256);
            object.insert(QStringLiteral("plainSize"), static_cast<double>(d.plainSize));
        }
        QJsonArray recipients;
        for (const DocumentRecipient &recipient : d.recipients)
            recipients.append(QJsonObject {
                { QStringLiteral("person"), recipient.personId },
                { QStringLiteral("device"), recipient.deviceId },
                { QStringLiteral("sealedKey"),
                    QString::fromLatin1(recipient.sealedKey.toBase64()) },
            });
        if (!recipients.isEmpty())
            object.insert(QStringLiteral("recipients"), recipients);
        if (d.noExport)
            object.insert(QStringLiteral("noExport"), true);
    } else if (d.declassified) {
        object.insert(QStringLiteral("declassified"), true);
    }
}

QByteArray encodeManifest(const Meeting &meeting, const QString &version)
{
    QJsonObject head {
        { QStringLiteral("title"), meeting.title },
        { QStringLiteral("type"), meeting.meetingType },
        { QStringLiteral("organisation"), meeting.organisation },
        { QStringLiteral("hostUnit"), meeting.hostUnit },
        { QStringLiteral("location"), meeting.location },
        { QStringLiteral("start"), timeText(meeting.start) },
        { QStringLiteral("end"), timeText(meeting.end) },
        { QStringLiteral("chair"), meeting.chairName },
        { QStringLiteral("notes"), meeting.notes },
    };
    // Additive (issue 16): written only when set, so other manifests stay byte for byte as
    // before, and older readers ignore it.
    if (meeting.openToAllStaff)
        head.insert(QStringLiteral("openToAllStaff"), true);
    QJsonArray participants;
    for (const Participant &p : meeting.participants) {
        participants.append(QJsonObject {
            { QStringLiteral("id"), p.id },
            { QStringLiteral("name"), p.fullName },
            { QStringLiteral("position"), p.position },
            { QStringLiteral("role"), roleKey(p.role) },
            { QStringLiteral("voteWeight"), p.voteWeight },
            { QStringLiteral("publicKey"), p.publicKey },
        });
    }
    QJsonArray agenda;
    for (const AgendaItem &a : meeting.agenda) {
        agenda.append(QJsonObject {
            { QStringLiteral("id"), a.id },
            { QStringLiteral("parent"), a.parentId },
            { QStringLiteral("position"), a.position },
            { QStringLiteral("number"), a.number },
            { QStringLiteral("title"), a.title },
            { QStringLiteral("presenter"), a.presenter },
            { QStringLiteral("plannedMinutes"), a.plannedMinutes },
        });
    }
    QJsonArray documents;
    for (const DocumentRef &d : meeting.documents) {
        QJsonObject document {
            { QStringLiteral("id"), d.id },
            { QStringLiteral("agendaItem"), d.agendaItemId },
            { QStringLiteral("title"), d.title },
            { QStringLiteral("kind"), d.kind },
            { QStringLiteral("fileName"), d.fileName },
            { QStringLiteral("sha256"), d.sha256 },
            { QStringLiteral("size"), static_cast<double>(d.size) },
            { QStringLiteral("version"), d.version },
        };
        writeDocumentFileFields(d, document);
        documents.append(document);
    }
    QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("phonghop-meeting") },
        { QStringLiteral("version"),
            version.isEmpty() ? shareformat::versionText(shareformat::legacyMajorVersion)
                              : version },
        { QStringLiteral("meetingId"), meeting.id },
        { QStringLiteral("revision"), meeting.revision },
        { QStringLiteral("publishedAt"), timeText(meeting.publishedAt) },
        { QStringLiteral("meeting"), head },
        { QStringLiteral("participants"), participants },
        { QStringLiteral("agenda"), agenda },
        { QStringLiteral("documents"), documents },
    };
    // Optional since share format 1.2: left out when the meeting prepared no poll.
    if (!meeting.polls.isEmpty()) {
        QJsonArray polls;
        for (const PreparedPoll &poll : meeting.polls)
            polls.append(poll.toJson());
        root.insert(QStringLiteral("polls"), polls);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Meeting> decodeManifest(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Meeting>::failure(Tr::tr("not valid JSON (%1 at byte %2)")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
    if (!document.isObject())
        return Result<Meeting>::failure(Tr::tr("not a meeting manifest"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != u"phonghop-meeting")
        return Result<Meeting>::failure(Tr::tr("not a meeting manifest"));
    const auto version
        = shareformat::parseVersion(root.value(QStringLiteral("version")).toString());
    if (!version)
        return Result<Meeting>::failure(Tr::tr("the manifest has no valid format version"));
    if (version->major > shareformat::majorVersion)
        return Result<Meeting>::failure(
            Tr::tr("written in share format %1, newer than this PhòngHọp understands (%2); "
                   "please update PhòngHọp")
                .arg(root.value(QStringLiteral("version")).toString(), shareformat::versionText()));

    FieldReader read;
    const QString top = Tr::tr("manifest");
    Meeting meeting;
    meeting.id = read.text(root, "meetingId", top, true);
    meeting.revision = read.whole<int>(root, "revision", top, true);
    meeting.publishedAt = read.time(root, "publishedAt", top, false);
    if (!shareformat::isMeetingId(meeting.id))
        read.fail(Tr::tr("manifest: \"%1\" is not a valid meeting id").arg(meeting.id));

    const QJsonObject head = root.value(QStringLiteral("meeting")).toObject();
    const QString where = Tr::tr("meeting");
    meeting.title = read.text(head, "title", where, true);
    meeting.meetingType = read.text(head, "type", where, false);
    meeting.organisation = read.text(head, "organisation", where, false);
    meeting.hostUnit = read.text(head, "hostUnit", where, false);
    meeting.location = read.text(head, "location", where, false);
    meeting.start = read.time(head, "start", where, true);
    meeting.end = read.time(head, "end", where, false);
    meeting.chairName = read.text(head, "chair", where, false);
    meeting.notes = read.text(head, "notes", where, false);
    meeting.openToAllStaff = head.value(QStringLiteral("openToAllStaff")).toBool(false);

    QSet<QString> participantIds;
    const QJsonArray participants = read.array(root, "participants");
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QJsonObject object = participants.at(i).toObject();
        const QString at = Tr::tr("participant %1").arg(i + 1);
        Participant p;
        p.id = read.text(object, "id", at, true);
        p.fullName = read.text(object, "name", at, true);
        p.position = read.text(object, "position", at, false);
        const QString role = read.text(object, "role", at, true);
        if (const auto parsed = roleFromKey(role))
            p.role = *parsed;
        else if (!role.isEmpty())
            read.fail(Tr::tr("%1: unknown role \"%2\"").arg(at, role));
        p.voteWeight = read.number(object, "voteWeight", at, false, 1.0);
        p.publicKey = read.text(object, "publicKey", at, false);
        if (participantIds.contains(p.id))
            read.fail(Tr::tr("%1: the id \"%2\" is used twice").arg(at, p.id));
        participantIds.insert(p.id);
        meeting.participants << p;
    }

    QSet<QString> itemIds;
    const QJsonArray agenda = read.array(root, "agenda");
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const QJsonObject object = agenda.at(i).toObject();
        const QString at = Tr::tr("agenda item %1").arg(i + 1);
        AgendaItem a;
        a.id = read.text(object, "id", at, true);
        a.parentId = read.text(object, "parent", at, false);
        a.position
            = read.whole<int>(object, "position", at, false, int(std::min<qsizetype>(i, INT_MAX)));
        a.number = read.text(object, "number", at, false);
        a.title = read.text(object, "title", at, true);
        a.presenter = read.text(object, "presenter", at, false);
        a.plannedMinutes = read.whole<int>(object, "plannedMinutes", at, false);
        if (itemIds.contains(a.id))
            read.fail(Tr::tr("%1: the id \"%2\" is used twice").arg(at, a.id));
        itemIds.insert(a.id);
        meeting.agenda << a;
    }
    for (const AgendaItem &a : std::as_const(meeting.agenda)) {
        if (!a.parentId.isEmpty() && (!itemIds.contains(a.parentId) || a.parentId == a.id))
            read.fail(Tr::tr("agenda item \"%1\": its parent \"%2\" does not exist")
                          .arg(a.title, a.parentId));
    }

    QSet<QString> documentIds;
    const QJsonArray documents = read.array(root, "documents");
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject object = documents.at(i).toObject();
        const QString at = Tr::tr("document %1").arg(i + 1);
        DocumentRef d;
        d.id = read.text(object, "id", at, true);
        d.agendaItemId = read.text(object, "agendaItem", at, true);
        d.title = read.text(object, "title", at, true);
        d.kind = read.text(object, "kind", at, false);
        d.fileName = read.text(object, "fileName", at, false);
        d.sha256 = read.text(object, "sha256", at, true);
        d.size = read.whole<qint64>(object, "size", at, true, -1);
        d.version = read.whole<int>(object, "version", at, false, 1);
        // Share format 2.0: anything but an explicit false counts as confidential, so that a
        // garbled flag never exposes a sealed document as a clear one.
        const QJsonValue confidential = object.value(QStringLiteral("confidential"));
        d.confidential = !confidential.isUndefined() && !confidential.isNull()
            && !(confidential.isBool() && !confidential.toBool());
        d.classification = object.value(QStringLiteral("classification")).toString();
        d.declassified
            = !d.confidential && object.value(QStringLiteral("declassified")).toBool(false);
        // 2.1, additive: as with `confidential`, anything but an explicit false forbids.
        const QJsonValue noExport = object.value(QStringLiteral("noExport"));
        d.noExport = d.confidential && !noExport.isUndefined() && !noExport.isNull()
            && !(noExport.isBool() && !noExport.toBool());
        if (d.confidential) {
            // Share format 2.1: the PDF inside the ciphertext, and the recipients' sealed keys.
            // Each recipient is a participant of the meeting (the roster the organisation
            // signed with this manifest): a manifest naming anyone else is refused.
            d.plainSha256 = read.text(object, "plainSha256", at, false);
            d.plainSize = read.whole<qint64>(object, "plainSize", at, false, 0);
            if (!d.plainSha256.isEmpty() && !Sha256::isValidHex(d.plainSha256))
                read.fail(Tr::tr("%1: \"plainSha256\" is not a SHA-256 checksum").arg(at));
            if (d.plainSize < 0)
                read.fail(Tr::tr("%1: \"plainSize\" is negative").arg(at));
            const QJsonValue recipients = object.value(QStringLiteral("recipients"));
            if (!recipients.isUndefined() && !recipients.isArray())
                read.fail(Tr::tr("%1: \"recipients\" is not a list").arg(at));
            const QJsonArray list = recipients.toArray();
            for (qsizetype r = 0; r < list.size(); ++r) {
                const QJsonObject entry = list.at(r).toObject();
                const QString where = Tr::tr("%1, recipient %2").arg(at).arg(r + 1);
                DocumentRecipient recipient;
                recipient.personId = read.text(entry, "person", where, true);
                recipient.deviceId = read.text(entry, "device", where, true);
                const QString sealed = read.text(entry, "sealedKey", where, true);
                const auto decoded = QByteArray::fromBase64Encoding(
                    sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!sealed.isEmpty() && (!decoded || decoded.decoded.size() != sealedKeySize))
                    read.fail(Tr::tr("%1: \"sealedKey\" is not a sealed document key").arg(where));
                recipient.sealedKey = decoded ? decoded.decoded : QByteArray();
                if (!recipient.deviceId.isEmpty() && !shareformat::isDeviceId(recipient.deviceId))
                    read.fail(
                        Tr::tr("%1: \"%2\" is not a device id").arg(where, recipient.deviceId));
                if (!recipient.personId.isEmpty() && !participantIds.contains(recipient.personId))
                    read.fail(Tr::tr("%1: \"%2\" is not a participant of the meeting")
                                  .arg(where, recipient.personId));
                if (d.recipientFor(recipient.deviceId))
                    read.fail(Tr::tr("%1: the device \"%2\" is listed twice")
                                  .arg(where, recipient.deviceId));
                d.recipients << recipient;
            }
        }
        if (!d.sha256.isEmpty() && !Sha256::isValidHex(d.sha256))
            read.fail(Tr::tr("%1: \"sha256\" is not a SHA-256 checksum").arg(at));
        if (d.size < 0)
            read.fail(Tr::tr("%1: \"size\" is negative").arg(at));
        if (const QJsonValue original = object.value(QLatin1String("original"));
            !original.isUndefined()) {
            const QString where = Tr::tr("%1, its original file").arg(at);
            if (!original.isObject())
                read.fail(Tr::tr("%1: \"original\" is not an object").arg(at));
            const QJsonObject file = original.toObject();
            d.original.sha256 = read.text(file, "sha256", where, true);
            d.original.size = read.whole<qint64>(file, "size", where, true, -1);
            d.original.fileName = read.text(file, "fileName", where, false);
            d.original.mediaType = read.text(file, "mediaType", where, false);
            if (!d.original.sha256.isEmpty() && !Sha256::isValidHex(d.original.sha256))
                read.fail(Tr::tr("%1: \"sha256\" is not a SHA-256 checksum").arg(where));
            if (d.original.size < 0)
                read.fail(Tr::tr("%1: \"size\" is negative").arg(where));
        }
        if (!d.agendaItemId.isEmpty() && !itemIds.contains(d.agendaItemId))
            read.fail(Tr::tr("%1: its agenda item \"%2\" does not exist").arg(at, d.agendaItemId));
        if (documentIds.contains(d.id))
            read.fail(Tr::tr("%1: the id \"%2\" is used twice").arg(at, d.id));
        documentIds.insert(d.id);
        meeting.documents << d;
    }

    // Prepared polls (optional, 1.2). Their kind, options and rule are the voting layer's to
    // read when the chair opens one; here each must name its own id and an existing item.
    const QJsonValue polls = root.value(QStringLiteral("polls"));
    if (!polls.isUndefined() && !polls.isArray())
        read.fail(Tr::tr("the list \"%1\" is not a list").arg(QStringLiteral("polls")));
    QSet<QString> pollIds;
    const QJsonArray pollList = polls.toArray();
    for (qsizetype i = 0; i < pollList.size(); ++i) {
        const QJsonObject object = pollList.at(i).toObject();
        const QString at = Tr::tr("poll %1").arg(i + 1);
        read.text(object, "id", at, true);
        read.text(object, "item", at, true);
        read.text(object, "title", at, true);
        const PreparedPoll poll = PreparedPoll::fromJson(object);
        if (!poll.agendaItemId.isEmpty() && !itemIds.contains(poll.agendaItemId))
            read.fail(
                Tr::tr("%1: its agenda item \"%2\" does not exist").arg(at, poll.agendaItemId));
        if (pollIds.contains(poll.id))
            read.fail(Tr::tr("%1: the id \"%2\" is used twice").arg(at, poll.id));
        pollIds.insert(poll.id);
        meeting.polls << poll;
    }

    if (!read.error().isEmpty())
        return Result<Meeting>::failure(read.error());
    return meeting;
}

} // namespace phonghop
