#include "meeting_core/session/sessionservice.h"

#include "meeting_core/demo/demoshare.h"
#include "meeting_core/session/minutes.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionscanner.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/auditlog.h"
#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/store/outbox.h"
#include "meeting_core/store/rosterarchive.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/sha256.h"

#include <QtConcurrent>

#include <QJsonArray>
#include <QJsonDocument>

// SessionService: polls (open, vote, close, the result's CSV) and the choices this seat made,
// which it alone knows in a secret poll and checks its counted ballot against.
namespace phonghop {

namespace {
QString choicesText(const QList<int> &choices)
{
    QStringList parts;
    for (int c : choices)
        parts << QString::number(c);
    return parts.join(u',');
}

QList<int> choicesFrom(const QString &text)
{
    QList<int> choices;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        choices << part.toInt();
    return choices;
}
} // namespace

QHash<QString, QList<int>> SessionService::ownChoices()
{
    QHash<QString, QList<int>> choices;
    const QJsonObject stored
        = QJsonDocument::fromJson(m_cache.value(valueKey(QStringLiteral("own-ballots"))).toUtf8())
              .object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        choices.insert(it.key(), choicesFrom(it.value().toString()));
    return choices;
}

void SessionService::rememberOwnChoices(const QString &ballotHash, const QList<int> &choices)
{
    const QString key = valueKey(QStringLiteral("own-ballots"));
    QJsonObject stored = QJsonDocument::fromJson(m_cache.value(key).toUtf8()).object();
    stored.insert(ballotHash, choicesText(choices));
    m_cache.setValue(key, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

// Everything the scan needs, copied: the worker must not touch the cache's database.
Result<QString> SessionService::openPoll(const PollDefinition &poll)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return Result<QString>::failure(ok.error());
    if (Status valid = poll.validate(); !valid)
        return Result<QString>::failure(valid.error());
    if (m_state.poll(poll.id) || m_openedPollIds.contains(poll.id))
        return Result<QString>::failure(tr("A poll with this id was already opened"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SignedRecord r = makePollOpen(m_meetingId, poll, m_roster->recordHash, now, *m_key);
    m_openedPollIds.insert(poll.id);
    if (Status s = publishRecord(
            r, sessionRecordFileName(r, now), QStringLiteral("poll-opened"), poll.id, poll.title);
        !s)
        return Result<QString>::failure(s.error());
    return poll.id;
}

QString SessionService::nextPollId() const
{
    for (int n = int(m_state.polls.size()) + 1;; ++n) {
        const QString id = QStringLiteral("bq-%1").arg(n);
        if (!m_state.poll(id) && !m_openedPollIds.contains(id))
            return id;
    }
}

Status SessionService::castVote(const QString &pollId, const QList<int> &choices,
    const QString &otherText, const QString &forParticipant)
{
    if (Status ok = requireEnrolled(); !ok)
        return ok;
    // A close that arrived meanwhile (the app reads it in the background). A share that cannot
    // be read now does not stop the vote: the ballot is kept on this seat and delivered later.
    if (!m_background)
        (void)refresh();
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is closed"));
    // Every ballot this seat cast counts for the sequence, on the share or not (one deleted
    // from the share must not make the next ballot reuse its number).
    QList<SessionFile> files = ballotFilesOf(m_files, pollId);
    for (const OwnRecord &own : ownRecords())
        if (own.record && own.record->kind() == QLatin1String(Ballot::recordKind))
            files << SessionFile { own.item.deviceId, own.item.fileName, own.item.bytes,
                own.record };
    // A poll is voted under the roster it was opened with (docs/session.md).
    const Roster &pollRoster = poll->roster.roster;
    if (!pollRoster.deviceForKey(m_key->publicKey()))
        return Status::failure(tr("This device was enrolled after poll %1 was opened; it can vote "
                                  "from the next poll on")
                                   .arg(pollId));
    // A ballot by proxy: where the body's rules allow it, for a member whose proxy this seat's
    // participant holds now (the ballot box checks both again on every seat).
    const QString voterId = forParticipant.isEmpty() ? self()->id : forParticipant;
    const ProxyGrants proxies = m_state.proxyGrants();
    if (voterId != self()->id) {
        const RosterParticipant *member = pollRoster.participant(voterId);
        if (!member)
            return Status::failure(tr("%1 is not on the meeting's roster").arg(voterId));
        if (!pollRoster.proxyVoting)
            return Status::failure(tr("The rules of this body do not let a proxy holder vote; "
                                      "%1 votes only in person")
                                       .arg(member->name));
        if (proxies.value(voterId) != self()->id)
            return Status::failure(
                tr("%1 has not given you their proxy, so you cannot vote for them")
                    .arg(member->name));
    }
    const qint64 sequence = nextBallotSequence(poll->open, pollRoster, voterId, files, proxies);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<SignedRecord> ballot
        = makeBallot(poll->open, pollRoster, voterId, *m_key, sequence, choices, now, otherText);
    if (!ballot)
        return Status::failure(ballot.error());
    // Kept on this device only: lets it recognise its own secret ballot in the close record.
    try {
        rememberOwnChoices(ballot->hash(), choices);
    } catch (const DatabaseError &error) {
        return cacheFailure(error);
    }
    return publishRecord(ballot.value(), ballotFileName(poll->open, ballot.value()),
        QStringLiteral("ballot-cast"), pollId,
        poll->open.poll.secret      ? tr("secret ballot")
            : voterId == self()->id ? choicesText(choices)
                                    : tr("%1, by proxy for %2").arg(choicesText(choices), voterId));
}

// The close is made by the scan that reads the latest ballots (on the worker in the app).
Status SessionService::closePoll(const QString &pollId)
{
    if (Status ok = requireRole(Role::Chair); !ok)
        return ok;
    const PollState *poll = m_state.poll(pollId);
    if (!poll)
        return Status::failure(tr("No such poll"));
    if (poll->closed)
        return Status::failure(tr("The poll is already closed"));
    if (poll->open.poll.secret && m_key->publicKey() != poll->open.chairKey)
        return Status::failure(secretCloseDeviceMessage(poll->open, poll->roster.roster));
    m_pendingClose = pollId;
    return afterAction();
}

QByteArray SessionService::exportPollCsv(const QString &pollId) const
{
    const PollState *poll = m_state.poll(pollId);
    if (!poll || !poll->closed)
        return {};
    return exportResultCsv(poll->open, poll->roster.roster, poll->verification.close, poll->result);
}

} // namespace phonghop
