#include "decisionchain.h"

#include "meeting_core/util/sha256.h"

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
    if (!supersedes.isEmpty())
        object.insert(QStringLiteral("supersedes"), supersedes);
    if (!documentSha256.isEmpty())
        object.insert(QStringLiteral("document"), documentSha256);
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
    d.supersedes = object.value(u"supersedes").toString();
    d.documentSha256 = object.value(u"document").toString();
    if (d.meetingId.isEmpty() || d.height < 0 || (d.height == 0) != d.previousHash.isEmpty())
        return Result<DecisionRecord>::failure(
            Tr::tr("The decision record misses required fields"));
    if (!d.documentSha256.isEmpty() && !Sha256::isValidHex(d.documentSha256))
        return Result<DecisionRecord>::failure(
            Tr::tr("The decision cites a document by \"%1\", which is not a SHA-256")
                .arg(d.documentSha256.left(80)));
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

QList<DecisionRecord> ChainReport::currentDecisions() const
{
    QList<DecisionRecord> current;
    for (qsizetype i = 0; i < decisions.size(); ++i)
        if (isCurrent(i))
            current << decisions.at(i);
    return current;
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
                record->payload().value(u"supersedes").toString().isEmpty()
                    ? Tr::tr("A decision is signed by a key that may not "
                             "record decisions")
                    : Tr::tr("A correction of a conclusion is signed by a key that may not "
                             "record decisions: only the chair corrects a conclusion") };
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
        report.supersededBy << QString();
        if (!decision.supersedes.isEmpty()) {
            // A correction replaces a current decision of the same item made before it; the
            // chain keeps both, so what was concluded first can always be read.
            const qsizetype corrected = report.hashes.indexOf(decision.supersedes);
            if (corrected < 0 || corrected >= report.hashes.size() - 1) {
                report.problems << ChainProblem { ChainProblemKind::BadCorrection, height,
                    Tr::tr("Decision %1 corrects a decision that is not before it in the chain")
                        .arg(height + 1) };
            } else if (!report.supersededBy.at(corrected).isEmpty()) {
                report.problems << ChainProblem { ChainProblemKind::BadCorrection, height,
                    Tr::tr("Decision %1 corrects decision %2, which decision %3 already corrected")
                        .arg(height + 1)
                        .arg(corrected + 1)
                        .arg(report.hashes.indexOf(report.supersededBy.at(corrected)) + 1) };
            } else if (report.decisions.at(corrected).agendaItemId != decision.agendaItemId) {
                report.problems << ChainProblem { ChainProblemKind::BadCorrection, height,
                    Tr::tr("Decision %1 corrects decision %2 of another agenda item")
                        .arg(height + 1)
                        .arg(corrected + 1) };
            } else {
                report.supersededBy[corrected] = hash;
            }
        }
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
