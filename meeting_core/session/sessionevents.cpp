#include "meeting_core/session/sessionfold.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/util/sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

// The session's events folded in order: who is here (and whether that makes the quorum), the
// speakers' list (SpeakersFold, sessionspeakers.cpp), the current item, the presenter's page,
// conclusion drafts and the minutes' signature.
namespace phonghop::sessionfold {

namespace {
// The context of the session state's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionState)
};
} // namespace

void foldEvents(const QList<Event> &events, const SessionContext &ctx, SessionState &state)
{
    const Roster &roster = state.roster.roster;
    // Attendance: the latest record about a participant wins.
    QHash<QString, AttendanceEntry> attendance;
    for (const RosterParticipant &rp : roster.participants) {
        AttendanceEntry e;
        e.participantId = rp.id;
        e.name = rp.name;
        e.title = rp.title;
        e.role = rp.role;
        e.weight = rp.entitledToVote() ? rp.weight : 0;
        attendance.insert(rp.id, e);
    }
    SpeakersFold speakers(events, state);
    for (const Event &ev : std::as_const(events)) {
        using namespace sessionkinds;
        if (speakers.fold(ev))
            continue;
        const QString participant = str(ev.payload, "participant");
        if (ev.kind == checkIn || ev.kind == absence || ev.kind == proxy) {
            if (!attendance.contains(participant)) {
                state.problems << SessionProblem {
                    {}, {},
                    Tr::tr("Attendance record for someone not on the roster: %1").arg(participant)
                };
                continue;
            }
            if (ev.signer->id != participant && ev.signer->role != Role::Secretary) {
                state.problems << SessionProblem {
                    {}, {},
                    Tr::tr("%1 may not record attendance for %2").arg(ev.signer->name, participant)
                };
                continue;
            }
            AttendanceEntry &e = attendance[participant];
            if (ev.kind == proxy) {
                const QString to = str(ev.payload, "to");
                if (!attendance.contains(to) || to == participant) {
                    state.problems << SessionProblem { {}, {},
                        Tr::tr("A proxy must name another participant on the roster") };
                    continue;
                }
                e.status = AttendanceStatus::Proxy;
                e.proxyTo = to;
                e.reason = str(ev.payload, "reason");
            } else if (ev.kind == absence) {
                e.status = AttendanceStatus::Absent;
                e.reason = str(ev.payload, "reason");
                e.proxyTo.clear();
            } else {
                e.status = AttendanceStatus::Present;
                e.reason.clear();
                e.proxyTo.clear();
            }
            e.recordedBy = ev.signer->id;
            e.at = ev.at;
        } else if (ev.kind == agendaItem) {
            const QString item = str(ev.payload, "item");
            if (item != state.currentItemId || !state.currentItemSince.isValid())
                state.currentItemSince = ev.at;
            state.currentItemId = item;
        } else if (ev.kind == presenter) {
            state.presenter = PresenterView { str(ev.payload, "document"),
                ev.payload.value(QLatin1String("page")).toInt(), ev.at };
        } else if (ev.kind == conclusionDraft) {
            ConclusionDraft d;
            d.hash = ev.hash;
            d.itemId = str(ev.payload, "item");
            d.conclusion = str(ev.payload, "conclusion");
            for (const QJsonValue &poll : ev.payload.value(QLatin1String("polls")).toArray())
                d.pollIds << poll.toString();
            d.writtenBy = ev.signer->id;
            d.at = ev.at;
            d.documentSha256 = str(ev.payload, "document");
            if (!d.documentSha256.isEmpty() && !Sha256::isValidHex(d.documentSha256)) {
                state.problems << SessionProblem { {}, {},
                    Tr::tr("A draft conclusion cites a document by something that is not a "
                           "SHA-256") };
                continue;
            }
            state.conclusionDrafts << d;
        } else if (ev.kind == itemStatus) {
            const auto progress = agendaItemProgressFromId(str(ev.payload, "status"));
            const QString item = str(ev.payload, "item");
            if (!progress || item.isEmpty())
                state.problems << SessionProblem { {}, {},
                    Tr::tr("The chair marked an agenda item with an unknown status") };
            else if (*progress == AgendaItemProgress::Open)
                state.itemProgress.remove(item);
            else
                state.itemProgress.insert(item, *progress);
        } else if (ev.kind == minutesSigned) {
            if (state.minutesSha256.isEmpty()) { // the first signature locks them
                state.minutesSha256 = str(ev.payload, "sha256");
                state.minutesSignedAt = ev.at;
            }
        }
    }

    for (const RosterParticipant &rp : roster.participants) {
        const AttendanceEntry &e = attendance.value(rp.id);
        state.attendance << e;
        AttendanceSummary &s = state.summary;
        switch (e.status) {
        case AttendanceStatus::Present:
            ++s.present;
            s.presentWeight += e.weight;
            break;
        case AttendanceStatus::Proxy:
            ++s.proxy;
            s.proxyWeight += e.weight;
            break;
        case AttendanceStatus::Absent:
            ++(attendanceCategory(e) == AttendanceCategory::Excused ? s.excused : s.absent);
            break;
        case AttendanceStatus::NotCheckedIn:
            ++s.notCheckedIn;
            break;
        }
        s.entitledWeight += e.weight;
    }
    {
        AttendanceSummary &s = state.summary;
        s.quorum = ctx.quorum;
        const qint64 counted = s.presentWeight + (roster.countProxiesForQuorum ? s.proxyWeight : 0);
        switch (ctx.quorum) {
        case Quorum::None:
            s.quorumMet = true;
            break;
        case Quorum::MoreThanHalf:
            s.quorumMet = counted * 2 > s.entitledWeight;
            break;
        case Quorum::TwoThirds:
            s.quorumMet = counted * 3 >= s.entitledWeight * 2 && s.entitledWeight > 0;
            break;
        }
    }
}

} // namespace phonghop::sessionfold
