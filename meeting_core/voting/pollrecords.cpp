#include "pollrecords.h"

#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PollRecords)
};

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> list;
    for (const QJsonValue &v : value.toArray())
        list << (v.isDouble() ? v.toInt(-1) : -1);
    return list;
}
} // namespace

SignedRecord makePollOpen(const QString &meetingId, const PollDefinition &poll,
    const QString &rosterHash, const QDateTime &openedAt, const SigningKey &chairKey)
{
    const QJsonObject payload {
        { QStringLiteral("meeting"), meetingId },
        { QStringLiteral("poll"), poll.toJson() },
        { QStringLiteral("roster"), rosterHash },
        { QStringLiteral("openedAt"), toIsoUtc(openedAt) },
    };
    return SignedRecord::create(QLatin1StringView(PollOpen::recordKind), payload, chairKey);
}

namespace {
Result<PollOpen> pollOpenFromPayload(const SignedRecord &record)
{
    PollOpen open;
    const QJsonObject p = record.payload();
    open.meetingId = p.value(u"meeting").toString();
    open.rosterHash = p.value(u"roster").toString();
    open.openedAt = fromIsoUtc(p.value(u"openedAt").toString());
    if (!open.openedAt.isValid()) // a close could never be checked against it
        return Result<PollOpen>::failure(Tr::tr("The poll-open record has no valid opening time"));
    open.recordHash = record.hash();
    open.chairKey = record.signerPublicKey();
    Result<PollDefinition> poll = PollDefinition::fromJson(p.value(u"poll").toObject());
    if (!poll)
        return Result<PollOpen>::failure(poll.error());
    open.poll = poll.value();
    return open;
}
} // namespace

PollOpen pollOpenFrom(const SignedRecord &record)
{
    Result<PollOpen> open = pollOpenFromPayload(record);
    return open ? open.value() : PollOpen {};
}

Result<PollOpen> parsePollOpen(const QByteArray &recordBytes, const VerifiedRoster &roster)
{
    using R = Result<PollOpen>;
    const Result<SignedRecord> record
        = SignedRecord::fromBytes(recordBytes, QLatin1StringView(PollOpen::recordKind));
    if (!record)
        return R::failure(Tr::tr("Poll-open record refused: %1").arg(record.error()));
    if (!roster.roster.keyHasRole(record->signerPublicKey(), Role::Chair))
        return R::failure(Tr::tr("Poll-open record refused: it is not signed by the chair"));
    Result<PollOpen> open = pollOpenFromPayload(record.value());
    if (!open)
        return R::failure(Tr::tr("Poll-open record refused: %1").arg(open.error()));
    if (open->meetingId != roster.roster.meetingId || open->rosterHash != roster.recordHash)
        return R::failure(Tr::tr("Poll-open record refused: it cites another meeting or roster"));
    return open;
}

QString ballotFileName(const PollOpen &open, qint64 sequence)
{
    return QStringLiteral("ballot-%1-%2-%3.json")
        .arg(open.poll.id, open.recordHash.left(8))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

QString recordFileTag(const SignedRecord &record)
{
    return Sha256::hexOf(QByteArrayLiteral("phonghop-file-name-v1\n") + record.signature())
        .left(16);
}

QString ballotFileName(const PollOpen &open, const SignedRecord &ballot)
{
    return QStringLiteral("ballot-%1-%2-%3-%4.json")
        .arg(open.poll.id, open.recordHash.left(8))
        .arg(ballot.payload().value(u"sequence").toInteger(), 6, 10, QLatin1Char('0'))
        .arg(recordFileTag(ballot));
}

QString ballotPseudonym(
    const SigningKey &deviceKey, const QString &pollOpenHash, const QString &proxyFor)
{
    QByteArray message = QByteArrayLiteral("phonghop-pseudonym-v1\n") + pollOpenHash.toUtf8();
    if (!proxyFor.isEmpty())
        message += QByteArrayLiteral("\nproxy-for:") + proxyFor.toUtf8();
    const QByteArray signature = deviceKey.sign(message);
    return Sha256::hexOf(signature).left(32);
}

qsizetype sealedChoicesSize(const PollDefinition &poll)
{
    // {"choices":[…],"pseudonym":"<32 hex>","voter":"<id, at most 64 characters>"} with the most
    // choices the poll allows, each the widest index; rounded up to a multiple of 256.
    const qsizetype digits
        = QString::number(std::max<qsizetype>(poll.options.size() - 1, 0)).size();
    const qsizetype most = std::max<qsizetype>(poll.maxChoices, 1);
    const qsizetype choices = 2 + most * digits + (most - 1);
    qsizetype widest = 11 + choices + 14 + 32 + 11 + 64 + 2;
    // ,"otherText":"…": at most 3 bytes of UTF-8 or JSON escape per UTF-16 unit (control
    // characters other than line breaks are refused, a line break is 2).
    if (poll.otherOptionIndex() >= 0)
        widest += 15 + 3 * PollDefinition::maximumOtherTextLength;
    return (widest + 255) / 256 * 256;
}

Result<SignedRecord> makeBallot(const PollOpen &open, const Roster &roster, const QString &voterId,
    const SigningKey &deviceKey, qint64 sequence, const QList<int> &choices,
    const QDateTime &castAt, const QString &otherText)
{
    using R = Result<SignedRecord>;
    const RosterParticipant *voter = roster.participant(voterId);
    const RosterDevice *device = roster.deviceForKey(deviceKey.publicKey());
    const RosterParticipant *signer = roster.participantForKey(deviceKey.publicKey());
    if (!voter || !voter->entitledToVote())
        return R::failure(Tr::tr("%1 is not entitled to vote in this meeting").arg(voterId));
    if (!device || !signer)
        return R::failure(Tr::tr("This device is not enrolled for %1 in the roster; ask the "
                                 "secretary to enrol it")
                              .arg(voter->name));
    const bool byProxy = signer != voter;
    if (byProxy && !roster.proxyVoting)
        return R::failure(Tr::tr("The rules of this body do not let a proxy holder vote: %1 "
                                 "cannot cast %2's ballot")
                              .arg(signer->name, voter->name));
    if (sequence < 1)
        return R::failure(Tr::tr("A ballot's sequence number starts at 1"));
    const Status valid = open.poll.checkChoices(choices);
    if (!valid)
        return R::failure(valid.error());
    if (const Status text = open.poll.checkOtherText(choices, otherText); !text)
        return R::failure(text.error());
    QJsonObject payload {
        { QStringLiteral("poll"), open.poll.id },
        { QStringLiteral("pollOpen"), open.recordHash },
        { QStringLiteral("voter"), voterId },
        { QStringLiteral("device"), device->id },
        { QStringLiteral("sequence"), sequence },
        { QStringLiteral("castAt"), toIsoUtc(castAt) },
    };
    if (byProxy)
        payload.insert(QStringLiteral("proxyHolder"), signer->id);
    if (open.poll.secret) {
        QJsonObject inner {
            { QStringLiteral("voter"), voterId },
            { QStringLiteral("pseudonym"),
                ballotPseudonym(deviceKey, open.recordHash, byProxy ? voterId : QString()) },
            { QStringLiteral("choices"), intArray(choices) },
        };
        // Sealed with the choices: a secret poll withholds the opinion as it does the choice.
        if (!otherText.isEmpty())
            inner.insert(QStringLiteral("otherText"), otherText);
        // Padded with spaces (JSON whitespace, which every reader skips) to one size for the
        // whole poll, so the length of a ballot does not tell how many options it chose.
        QByteArray plain = QJsonDocument(inner).toJson(QJsonDocument::Compact);
        plain = plain.leftJustified(std::max(sealedChoicesSize(open.poll), plain.size()), ' ');
        const QByteArray sealed = sealForKey(plain, open.chairKey);
        if (sealed.isEmpty())
            return R::failure(Tr::tr("The poll's chair key cannot receive a secret ballot"));
        payload.insert(QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()));
    } else {
        payload.insert(QStringLiteral("choices"), intArray(choices));
        if (!otherText.isEmpty())
            payload.insert(QStringLiteral("otherText"), otherText);
    }
    return SignedRecord::create(QLatin1StringView(Ballot::recordKind), payload, deviceKey);
}

QJsonObject PollClose::toJson() const
{
    QJsonArray list;
    for (const CountedEntry &e : entries) {
        QJsonObject o { { QStringLiteral("weight"), e.weight },
            { QStringLiteral("choices"), intArray(e.choices) } };
        if (!e.otherText.isEmpty())
            o.insert(QStringLiteral("otherText"), e.otherText);
        if (e.pseudonym.isEmpty()) {
            o.insert(QStringLiteral("voter"), e.voter);
            o.insert(QStringLiteral("ballot"), e.ballotHash);
            if (!e.proxyHolder.isEmpty())
                o.insert(QStringLiteral("proxyHolder"), e.proxyHolder);
        } else {
            o.insert(QStringLiteral("pseudonym"), e.pseudonym);
        }
        list.append(o);
    }
    QJsonObject object {
        { QStringLiteral("poll"), pollId },
        { QStringLiteral("pollOpen"), pollOpenHash },
        { QStringLiteral("closedAt"), toIsoUtc(closedAt) },
        { QStringLiteral("present"), QJsonArray::fromStringList(presentIds) },
        { QStringLiteral("accepted"), QJsonArray::fromStringList(acceptedBallotHashes) },
        { QStringLiteral("entries"), list },
        { QStringLiteral("tally"), tally },
    };
    if (!proxies.isEmpty()) {
        QJsonObject grants;
        for (auto it = proxies.cbegin(); it != proxies.cend(); ++it)
            grants.insert(it.key(), it.value());
        object.insert(QStringLiteral("proxies"), grants);
    }
    return object;
}

Result<PollClose> PollClose::fromJson(const QJsonObject &object)
{
    PollClose close;
    close.pollId = object.value(u"poll").toString();
    close.pollOpenHash = object.value(u"pollOpen").toString();
    close.closedAt = fromIsoUtc(object.value(u"closedAt").toString());
    for (const QJsonValue &v : object.value(u"present").toArray())
        close.presentIds << v.toString();
    for (const QJsonValue &v : object.value(u"accepted").toArray())
        close.acceptedBallotHashes << v.toString();
    for (const QJsonValue &v : object.value(u"entries").toArray()) {
        const QJsonObject o = v.toObject();
        CountedEntry e;
        e.voter = o.value(u"voter").toString();
        e.pseudonym = o.value(u"pseudonym").toString();
        e.weight = o.value(u"weight").toInteger();
        if (e.weight < 0 || e.weight > RosterParticipant::maximumWeight)
            return Result<PollClose>::failure(
                Tr::tr("The poll-close record counts a vote weight no roster can give"));
        e.choices = intList(o.value(u"choices"));
        e.ballotHash = o.value(u"ballot").toString();
        e.otherText = o.value(u"otherText").toString();
        e.proxyHolder = o.value(u"proxyHolder").toString();
        close.entries << e;
    }
    const QJsonObject grants = object.value(u"proxies").toObject();
    for (auto it = grants.begin(); it != grants.end(); ++it)
        close.proxies.insert(it.key(), it.value().toString());
    close.tally = object.value(u"tally").toObject();
    if (close.pollId.isEmpty() || close.pollOpenHash.isEmpty() || !close.closedAt.isValid()
        || close.tally.isEmpty())
        return Result<PollClose>::failure(Tr::tr("The poll-close record misses required fields"));
    return close;
}

} // namespace phonghop
