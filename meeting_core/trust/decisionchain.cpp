#include "decisionchain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <map>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DecisionChain)
};
} // namespace

QJsonObject DecisionRecord::toJson() const
{
    QJsonObject object {
        { QStringLiteral("meeting"), meetingId },
        { QStringLiteral("height"), height },
        { QStringLiteral("previous"), previousHash },
        { QStringLiteral("agendaItem"), agendaItemId },
        { QStringLiteral("conclusion"), conclusion },
        { QStringLiteral("polls"), QJsonArray::fromStringList(pollCloseHashes) },
        { QStringLiteral("recordedAt"), toIsoUtc(recordedAt) },
    };
    if (!draftHash.isEmpty())
        object.insert(QStringLiteral("draft"), draftHash);
    return object;
}

Result<DecisionRecord> DecisionRecord::fromJson(const QJsonObject &object)
{
    DecisionRecord d;
    d.meetingId = object.value(u"meeting").toString();
    d.height = object.value(u"height").toInteger(-1);
    d.previousHash = object.value(u"previous").toString();
    d.agendaItemId = object.value(u"agendaItem").toString();
    d.conclusion = object.value(u"conclusion").toString();
    for (const QJsonValue &v : object.value(u"polls").toArray())
        d.pollCloseHashes << v.toString();
    d.recordedAt = fromIsoUtc(object.value(u"recordedAt").toString());
    d.draftHash = object.value(u"draft").toString();
    if (d.meetingId.isEmpty() || d.height < 0 || (d.height == 0) != d.previousHash.isEmpty())
        return Result<DecisionRecord>::failure(
            Tr::tr("The decision record misses required fields"));
    return d;
}

SignedRecord appendDecision(
    const SignedRecord *previous, DecisionRecord decision, const SigningKey &chairKey)
{
    if (previous) {
        decision.height = previous->payload().value(u"height").toInteger() + 1;
        decision.previousHash = previous->hash();
    } else {
        decision.height = 0;
        decision.previousHash.clear();
    }
    return SignedRecord::create(
        QLatin1StringView(DecisionRecord::recordKind), decision.toJson(), chairKey);
}

bool ChainReport::hasProblem(ChainProblemKind kind) const
{
    for (const ChainProblem &p : problems) {
        if (p.kind == kind)
            return true;
    }
    return false;
}

ChainReport verifyDecisionChain(const QList<QByteArray> &records,
    const QList<QByteArray> &allowedSignerKeys, const ChainCheckpoint &seen)
{
    ChainReport report;
    struct Entry {
        DecisionRecord decision;
        QString hash;
    };
    // height -> the distinct records found at that height (by hash)
    std::map<qint64, std::map<QString, DecisionRecord>> byHeight;
    for (const QByteArray &bytes : records) {
        const Result<SignedRecord> record
            = SignedRecord::fromBytes(bytes, QLatin1StringView(DecisionRecord::recordKind));
        if (!record) {
            report.problems << ChainProblem { ChainProblemKind::Unreadable, -1, record.error() };
            continue;
        }
        if (!allowedSignerKeys.contains(record->signerPublicKey())) {
            report.problems << ChainProblem { ChainProblemKind::NotAuthorised, -1,
                Tr::tr("A decision is signed by a key that may not "
                       "record decisions") };
            continue;
        }
        Result<DecisionRecord> decision = DecisionRecord::fromJson(record->payload());
        if (!decision) {
            report.problems << ChainProblem { ChainProblemKind::Unreadable, -1, decision.error() };
            continue;
        }
        byHeight[decision->height].emplace(record->hash(), decision.value());
    }

    bool chainBroken = false;
    qint64 expected = 0;
    for (const auto &[height, candidates] : byHeight) {
        if (candidates.size() > 1) {
            report.problems << ChainProblem { ChainProblemKind::Fork, height,
                Tr::tr("Two different decisions claim position %1 in the chain").arg(height + 1) };
            chainBroken = true;
        }
        if (chainBroken)
            continue;
        if (height != expected) {
            report.problems << ChainProblem { ChainProblemKind::Gap, expected,
                Tr::tr("Decision %1 is missing but later decisions exist").arg(expected + 1) };
            chainBroken = true;
            continue;
        }
        const auto &[hash, decision] = *candidates.begin();
        const QString previous = report.hashes.isEmpty() ? QString() : report.hashes.constLast();
        if (decision.previousHash != previous) {
            report.problems << ChainProblem { ChainProblemKind::BrokenLink, height,
                Tr::tr("Decision %1 does not follow the decision before it").arg(height + 1) };
            chainBroken = true;
            continue;
        }
        report.decisions << decision;
        report.hashes << hash;
        ++expected;
    }

    const qint64 length = report.decisions.size();
    if (length < seen.length) {
        report.problems << ChainProblem { ChainProblemKind::Rollback, length,
            Tr::tr("The share shows %1 decisions but %2 were seen before: the record was rolled "
                   "back")
                .arg(length)
                .arg(seen.length) };
    } else if (seen.length > 0 && report.hashes.at(seen.length - 1) != seen.headHash) {
        report.problems << ChainProblem { ChainProblemKind::Fork, seen.length - 1,
            Tr::tr("Decision %1 differs from the one seen before: the history was rewritten")
                .arg(seen.length) };
    }
    report.checkpoint = seen;
    if (report.problems.isEmpty() && length > 0)
        report.checkpoint = ChainCheckpoint { length, report.hashes.constLast() };
    return report;
}

} // namespace phonghop
