#include "sessionstate.h"

#include "meeting_core/session/sessionfold.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionState)
};

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n')) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = u'"' + t + u'"';
    }
    return t.toUtf8();
}
} // namespace

QString attendanceStatusId(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::NotCheckedIn:
        return QStringLiteral("not-checked-in");
    case AttendanceStatus::Present:
        return QStringLiteral("present");
    case AttendanceStatus::Absent:
        return QStringLiteral("absent");
    case AttendanceStatus::Proxy:
        return QStringLiteral("proxy");
    }
    return {};
}

QString attendanceStatusName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::NotCheckedIn:
        return Tr::tr("Not checked in");
    case AttendanceStatus::Present:
        return Tr::tr("Present");
    case AttendanceStatus::Absent:
        return Tr::tr("Absent");
    case AttendanceStatus::Proxy:
        return Tr::tr("Proxy");
    }
    return {};
}

AttendanceCategory attendanceCategory(const AttendanceEntry &entry)
{
    switch (entry.status) {
    case AttendanceStatus::NotCheckedIn:
        return AttendanceCategory::NotCheckedIn;
    case AttendanceStatus::Present:
        return AttendanceCategory::Present;
    case AttendanceStatus::Absent:
        return entry.reason.trimmed().isEmpty() ? AttendanceCategory::Absent
                                                : AttendanceCategory::Excused;
    case AttendanceStatus::Proxy:
        return AttendanceCategory::Proxy;
    }
    return AttendanceCategory::NotCheckedIn;
}

QString attendanceCategoryId(AttendanceCategory category)
{
    switch (category) {
    case AttendanceCategory::Present:
        return QStringLiteral("present");
    case AttendanceCategory::Excused:
        return QStringLiteral("excused");
    case AttendanceCategory::Absent:
        return QStringLiteral("absent");
    case AttendanceCategory::Proxy:
        return QStringLiteral("proxy");
    case AttendanceCategory::NotCheckedIn:
        return QStringLiteral("not-checked-in");
    }
    return {};
}

QString attendanceCategoryName(AttendanceCategory category)
{
    switch (category) {
    case AttendanceCategory::Present:
        return attendanceStatusName(AttendanceStatus::Present);
    case AttendanceCategory::Excused:
        return Tr::tr("Absent with a reason");
    case AttendanceCategory::Absent:
        return Tr::tr("Absent without a reason");
    case AttendanceCategory::Proxy:
        return attendanceStatusName(AttendanceStatus::Proxy);
    case AttendanceCategory::NotCheckedIn:
        return attendanceStatusName(AttendanceStatus::NotCheckedIn);
    }
    return {};
}

QString ownBallotStatusId(OwnBallotStatus status)
{
    switch (status) {
    case OwnBallotStatus::None:
        return QStringLiteral("none");
    case OwnBallotStatus::Accepted:
        return QStringLiteral("accepted");
    case OwnBallotStatus::Counted:
        return QStringLiteral("counted");
    case OwnBallotStatus::NotDelivered:
        return QStringLiteral("not-delivered");
    case OwnBallotStatus::Missing:
        return QStringLiteral("missing");
    case OwnBallotStatus::Superseded:
        return QStringLiteral("superseded");
    case OwnBallotStatus::Refused:
        return QStringLiteral("refused");
    case OwnBallotStatus::NotCounted:
        return QStringLiteral("not-counted");
    case OwnBallotStatus::CountedDifferently:
        return QStringLiteral("counted-differently");
    }
    return {};
}

bool isOwnBallotProblem(OwnBallotStatus status)
{
    return status != OwnBallotStatus::None && status != OwnBallotStatus::Accepted
        && status != OwnBallotStatus::Counted;
}

QString speakTypeId(SpeakType type)
{
    return type == SpeakType::Question ? QStringLiteral("question") : QStringLiteral("speak");
}

const AttendanceEntry *SessionState::attendanceOf(const QString &participantId) const
{
    for (const AttendanceEntry &e : attendance)
        if (e.participantId == participantId)
            return &e;
    return nullptr;
}

const PollState *SessionState::poll(const QString &pollId) const
{
    for (const PollState &p : polls)
        if (p.open.poll.id == pollId)
            return &p;
    return nullptr;
}

QList<SpeakRequest> SessionState::queue(const QString &itemId) const
{
    QList<SpeakRequest> result;
    for (const SpeakRequest &r : requests)
        if (r.waiting() && (itemId.isEmpty() || r.itemId == itemId))
            result << r;
    return result;
}

const ConclusionDraft *SessionState::conclusionDraft(const QString &hash) const
{
    for (const ConclusionDraft &d : conclusionDrafts)
        if (d.hash == hash)
            return &d;
    return nullptr;
}

QList<ConclusionDraft> SessionState::unconfirmedDrafts() const
{
    QList<ConclusionDraft> result;
    for (const ConclusionDraft &d : conclusionDrafts)
        if (!d.confirmed)
            result << d;
    return result;
}

AgendaPosition SessionState::agendaPosition(const QList<AgendaItem> &agenda) const
{
    AgendaPosition position;
    for (const AgendaItem &item : agenda) {
        if (!item.parentId.isEmpty())
            continue;
        ++position.total;
        if (item.id == currentItemId)
            position.number = position.total;
    }
    return position;
}

QString SessionState::pollToShow(const QString &shown, const QString &justOpened) const
{
    if (!justOpened.isEmpty() && poll(justOpened))
        return justOpened;
    if (polls.isEmpty())
        return {};
    QString lastOpen;
    for (const PollState &p : polls)
        if (!p.closed)
            lastOpen = p.open.poll.id;
    if (shown.isEmpty())
        return lastOpen.isEmpty() ? polls.last().open.poll.id : lastOpen;
    const PollState *current = poll(shown);
    if (!current)
        return polls.first().open.poll.id;
    if (current->closed && !lastOpen.isEmpty())
        return lastOpen;
    return shown;
}

SessionState foldSession(const VerifiedRoster &verifiedRoster, const QList<SessionFile> &files,
    const SessionContext &ctx)
{
    using namespace sessionfold;
    SessionState state;
    state.roster = verifiedRoster;
    const RosterRevisions rosters = RosterRevisions::of(verifiedRoster, ctx);
    const AdmittedRecords records = admitRecords(rosters, files, ctx, state);
    foldEvents(records.events, ctx, state);
    foldPolls(records, rosters, ctx, state);
    state.chain = verifyDecisionChain(records.decisions, rosters.chairKeys, ctx.seenChain);
    for (ConclusionDraft &d : state.conclusionDrafts)
        for (const DecisionRecord &decision : std::as_const(state.chain.decisions))
            d.confirmed = d.confirmed || decision.draftHash == d.hash;
    return state;
}

ProxyGrants SessionState::proxyGrants() const
{
    ProxyGrants grants;
    for (const AttendanceEntry &e : attendance)
        if (e.status == AttendanceStatus::Proxy && !e.proxyTo.isEmpty())
            grants.insert(e.participantId, e.proxyTo);
    return grants;
}

QSet<QByteArray> revokedDevicesOf(const Roster &pollRoster, const Roster &current)
{
    QSet<QByteArray> revoked;
    for (const RosterParticipant &p : pollRoster.participants)
        for (const RosterDevice &d : p.devices)
            if (!current.deviceForKey(d.publicKey))
                revoked.insert(d.publicKey);
    return revoked;
}

QByteArray exportAttendanceCsv(const SessionState &state)
{
    QByteArray csv("\xEF\xBB\xBF");
    // category last: the columns before it are those of format 1.0.
    csv += "participant,name,title,role,status,reason,proxy_to,recorded_by,at,category\r\n";
    for (const AttendanceEntry &e : state.attendance) {
        QList<QByteArray> row { csvField(e.participantId), csvField(e.name), csvField(e.title),
            csvField(roleKey(e.role)), csvField(attendanceStatusId(e.status)), csvField(e.reason),
            csvField(e.proxyTo), csvField(e.recordedBy),
            csvField(e.at.isValid() ? toIsoUtc(e.at) : QString()),
            csvField(attendanceCategoryId(attendanceCategory(e))) };
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

QString SessionState::participantName(const QString &participantId) const
{
    const RosterParticipant *p = roster.roster.participant(participantId);
    return p ? p->name : participantId;
}

QStringList SessionState::closedPollsWithoutDecision() const
{
    QStringList ids;
    for (const PollState &p : polls) {
        if (!p.closed)
            continue;
        const bool cited = std::any_of(chain.decisions.cbegin(), chain.decisions.cend(),
            [&p](const DecisionRecord &d) { return d.pollCloseHashes.contains(p.closeHash); });
        if (!cited)
            ids << p.open.poll.id;
    }
    return ids;
}

QList<SpeakRequest> SessionState::queue(SpeakType type, const QString &itemId) const
{
    QList<SpeakRequest> result;
    for (const SpeakRequest &r : queue(itemId))
        if (r.type == type)
            result << r;
    return result;
}

const SpeakRequest *SessionState::request(const QString &hash) const
{
    for (const SpeakRequest &r : requests)
        if (r.hash == hash)
            return &r;
    return nullptr;
}

const SpeakRequest *SessionState::openRequestOf(
    const QString &participantId, const QString &itemId) const
{
    for (const SpeakRequest &r : requests)
        if (r.waiting() && r.participantId == participantId && r.itemId == itemId)
            return &r;
    return nullptr;
}

bool SessionState::speakerListClosed(const QString &itemId) const
{
    return closedSpeakerLists.contains(itemId);
}

int SessionState::speakingLimitSecs(const QString &itemId) const
{
    return itemSpeakingLimitSecs.value(itemId, meetingSpeakingLimitSecs);
}

qint64 Floor::elapsedSecs(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return 0;
    return std::max<qint64>(0, startedAt.secsTo(stoppedAt.isValid() ? stoppedAt : now));
}

namespace {
constexpr AgendaItemProgress allItemProgress[] = { AgendaItemProgress::Open,
    AgendaItemProgress::Done, AgendaItemProgress::Deferred, AgendaItemProgress::Withdrawn };
} // namespace

QString agendaItemProgressId(AgendaItemProgress progress)
{
    switch (progress) {
    case AgendaItemProgress::Open:
        return QStringLiteral("open");
    case AgendaItemProgress::Done:
        return QStringLiteral("done");
    case AgendaItemProgress::Deferred:
        return QStringLiteral("deferred");
    case AgendaItemProgress::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<AgendaItemProgress> agendaItemProgressFromId(QStringView id)
{
    for (const AgendaItemProgress progress : allItemProgress) {
        if (id == agendaItemProgressId(progress))
            return progress;
    }
    return std::nullopt;
}

QString agendaItemProgressName(AgendaItemProgress progress)
{
    switch (progress) {
    case AgendaItemProgress::Open:
        return Tr::tr("Not handled yet");
    case AgendaItemProgress::Done:
        return Tr::tr("Done");
    case AgendaItemProgress::Deferred:
        return Tr::tr("Deferred");
    case AgendaItemProgress::Withdrawn:
        return Tr::tr("Withdrawn");
    }
    return {};
}

AgendaItemProgress SessionState::progressOf(const QString &itemId) const
{
    return itemProgress.value(itemId, AgendaItemProgress::Open);
}

int SessionState::handledItems(const QList<AgendaItem> &agenda) const
{
    int handled = 0;
    for (const AgendaItem &item : agenda) {
        if (item.parentId.isEmpty() && progressOf(item.id) != AgendaItemProgress::Open)
            ++handled;
    }
    return handled;
}

std::optional<qint64> SessionState::remainingSeconds(
    const QList<AgendaItem> &agenda, const QDateTime &now) const
{
    if (currentItemId.isEmpty() || !currentItemSince.isValid() || !now.isValid())
        return std::nullopt;
    for (const AgendaItem &item : agenda) {
        if (item.id == currentItemId && item.plannedMinutes > 0)
            return qint64(item.plannedMinutes) * 60 - currentItemSince.secsTo(now);
    }
    return std::nullopt;
}

} // namespace phonghop
