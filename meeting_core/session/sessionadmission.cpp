#include "meeting_core/session/sessionfold.h"

#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/trust/devicekey.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

// Which of the share's records count for the session, and in which order they are folded.
namespace phonghop::sessionfold {

namespace {
// The context of the session state's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionState)
};

// Speaking requests queue, and attendance records follow each other, in the order this seat
// first saw them: a signer's clock cannot move them. The chair's records (floor, agenda item,
// presenter, minutes) and the secretary's drafts keep the order of their signed time, after
// every request they may cite is known.
int orderPhase(const QString &kind)
{
    using namespace sessionkinds;
    if (kind == speakRequest)
        return 0;
    if (kind == checkIn || kind == absence || kind == proxy)
        return 1;
    return 2;
}

// How far a record's signed time may be from when this seat first saw it, into the future
// (clocks of seats in one room differ by minutes, not by half an hour), and how far before the
// meeting's first roster revision was issued (nothing can be recorded before it).
constexpr qint64 futureToleranceSecs = 30 * 60;
constexpr qint64 beforeRosterToleranceSecs = 60 * 60;

bool isSessionKind(const QString &kind)
{
    using namespace sessionkinds;
    return kind == checkIn || kind == absence || kind == proxy || kind == speakRequest
        || kind == floor || kind == agendaItem || kind == presenter || kind == minutesSigned
        || kind == conclusionDraft || kind == speakWithdraw || kind == speakersList
        || kind == speakingLimit || kind == itemStatus;
}

bool chairOnly(const QString &kind)
{
    using namespace sessionkinds;
    return kind == floor || kind == agendaItem || kind == presenter || kind == minutesSigned
        || kind == speakersList || kind == speakingLimit || kind == itemStatus;
}
} // namespace

RosterRevisions RosterRevisions::of(const VerifiedRoster &current, const SessionContext &ctx)
{
    RosterRevisions r;
    const Roster &roster = current.roster;
    for (const VerifiedRoster &earlier : ctx.earlierRosters)
        if (earlier.roster.meetingId == roster.meetingId
            && earlier.roster.revision < roster.revision)
            r.revisions << &earlier;
    std::sort(r.revisions.begin(), r.revisions.end(),
        [](const VerifiedRoster *a, const VerifiedRoster *b) {
            return a->roster.revision < b->roster.revision;
        });
    r.revisions << &current;
    for (const VerifiedRoster *v : std::as_const(r.revisions))
        r.byHash.insert(v->recordHash, v);
    for (const VerifiedRoster *v : std::as_const(r.revisions)) {
        for (const RosterParticipant &p : v->roster.participants)
            for (const RosterDevice &d : p.devices)
                if (!roster.deviceForKey(d.publicKey))
                    r.revoked.insert(d.publicKey,
                        RevokedDevice { p.name, d.label.isEmpty() ? d.id : d.label, {} });
    }
    for (auto it = r.revoked.begin(); it != r.revoked.end(); ++it) {
        for (qsizetype i = r.revisions.size() - 1;
             i >= 0 && !r.revisions.at(i)->roster.deviceForKey(it.key()); --i)
            it->revokedAt = r.revisions.at(i)->roster.issuedAt;
    }
    for (const VerifiedRoster *v : std::as_const(r.revisions))
        for (const QByteArray &key : v->roster.keysOfRole(Role::Chair))
            if (!r.chairKeys.contains(key))
                r.chairKeys << key;
    for (const VerifiedRoster *v : std::as_const(r.revisions))
        if (v->roster.issuedAt.isValid()
            && (!r.earliestIssued.isValid() || v->roster.issuedAt < r.earliestIssued))
            r.earliestIssued = v->roster.issuedAt;
    return r;
}

QString RosterRevisions::revokedMessage(const QByteArray &key, const QString &what) const
{
    const RevokedDevice d = revoked.value(key);
    return Tr::tr("A revoked device wrote this %1: %2's device %3 (%4) is no longer in the roster, "
                  "so it does not count")
        .arg(what, d.participantName, d.deviceName, keyFingerprint(key));
}

bool RosterRevisions::revokedSince(const QByteArray &key, const QDateTime &at) const
{
    const auto it = revoked.constFind(key);
    return it != revoked.constEnd()
        && (!it->revokedAt.isValid() || !at.isValid() || at > it->revokedAt);
}

const RosterDevice *RosterRevisions::listedDevice(const QByteArray &key) const
{
    for (qsizetype i = revisions.size() - 1; i >= 0; --i)
        if (const RosterDevice *d = revisions.at(i)->roster.deviceForKey(key))
            return d;
    return nullptr;
}

const RosterParticipant *RosterRevisions::participantForKey(const QByteArray &key) const
{
    const RosterParticipant *signer = nullptr;
    for (qsizetype i = revisions.size() - 1; i >= 0 && !signer; --i)
        signer = revisions.at(i)->roster.participantForKey(key);
    return signer;
}

AdmittedRecords admitRecords(const RosterRevisions &rosters, const QList<SessionFile> &files,
    const SessionContext &ctx, SessionState &state)
{
    const Roster &roster = rosters.revisions.constLast()->roster;
    auto refuse = [&state](const SessionFile &f, const QString &message) {
        state.problems << SessionProblem { f.deviceFolder, f.fileName, message };
    };

    AdmittedRecords admitted;
    QList<Event> &events = admitted.events;
    QList<SessionFile> &ballotFiles = admitted.ballotFiles;
    QList<OpenedPoll> &opens = admitted.opens;
    QList<SessionFile> &closeFiles = admitted.closeFiles;
    QList<QByteArray> &decisions = admitted.decisions;

    // A share carries every meeting's session: another meeting's records (and the ballots and
    // closes of its polls) are its own business, not problems of this one. Poll ids repeat
    // between meetings, so ballots are told apart by the opening they cite.
    QSet<QString> otherMeetingOpens;
    for (const SessionFile &f : files) {
        const Result<SignedRecord> parsed = recordOf(f);
        if (parsed && parsed->kind() == QLatin1String(PollOpen::recordKind)
            && str(parsed->payload(), "meeting") != roster.meetingId)
            otherMeetingOpens.insert(parsed->hash());
    }

    for (const SessionFile &f : files) {
        const bool ballotName = f.fileName.startsWith(QStringLiteral("ballot-"));
        Result<SignedRecord> parsed = recordOf(f);
        if (parsed) {
            const QString meeting = str(parsed->payload(), "meeting");
            if ((!meeting.isEmpty() && meeting != roster.meetingId)
                || otherMeetingOpens.contains(str(parsed->payload(), "pollOpen")))
                continue;
        }
        if (!parsed) {
            if (ballotName)
                ballotFiles << f; // the ballot box reports it against its poll
            else
                refuse(f, Tr::tr("Unreadable record: %1").arg(parsed.error()));
            continue;
        }
        const SignedRecord &record = parsed.value();
        const QString kind = record.kind();
        if (kind == QLatin1String(Roster::recordKind)
            || kind == QLatin1String(EnrolmentRequest::recordKind))
            continue; // read by the session service and the secretary's workspace
        // A member's answer to a written consultation (docs/consultation-format.md) sits in the
        // same device folder but belongs to no meeting: the consult layer reads it.
        if (kind == QLatin1String("consultation-answer"))
            continue;
        // A delegate's comment on a document (annotations/documentcomments.h) too: the
        // secretary's comments view reads it, not the session.
        if (kind == QLatin1String("document-comment"))
            continue;
        if (kind == QLatin1String(Ballot::recordKind)) {
            ballotFiles << f; // the ballot box checks signer, folder and binding
            continue;
        }
        const QByteArray signerKey = record.signerPublicKey();
        if (kind == QLatin1String(PollOpen::recordKind)) {
            // Bound to the revision it cites: a newer revision leaves it valid.
            const VerifiedRoster *cited = rosters.byHash.value(str(record.payload(), "roster"));
            if (!cited) {
                refuse(f,
                    Tr::tr(
                        "A poll opening that cites a roster revision this seat has not verified"));
                continue;
            }
            const RosterDevice *device = cited->roster.deviceForKey(signerKey);
            if (!device) {
                refuse(f, Tr::tr("Signed by a key the roster does not list"));
                continue;
            }
            if (device->id != f.deviceFolder) {
                refuse(f, Tr::tr("Found in a folder other than its signing device's own"));
                continue;
            }
            Result<PollOpen> open = parsePollOpen(f.bytes, *cited);
            if (!open)
                refuse(f, open.error());
            else if (rosters.revokedSince(signerKey, open->openedAt))
                refuse(f, rosters.revokedMessage(signerKey, kind));
            else
                opens << OpenedPoll { open.value(), cited };
            continue;
        }
        if (kind == QLatin1String(PollClose::recordKind)
            || kind == QLatin1String(DecisionRecord::recordKind)) {
            const RosterDevice *device = rosters.listedDevice(signerKey);
            if (!device) {
                refuse(f, Tr::tr("Signed by a key the roster does not list"));
                continue;
            }
            if (device->id != f.deviceFolder) {
                refuse(f, Tr::tr("Found in a folder other than its signing device's own"));
                continue;
            }
            if (kind == QLatin1String(PollClose::recordKind)) {
                closeFiles << f; // checked against its poll's roster below
                continue;
            }
            if (rosters.revokedSince(signerKey, fromIsoUtc(str(record.payload(), "recordedAt")))) {
                refuse(f, rosters.revokedMessage(signerKey, kind));
                continue;
            }
            // Only the chair records decisions. One signed by anyone else on the roster is set
            // aside and reported, and never reaches the chain: it must not stop the checkpoint
            // (nor the chair's next conclusion) for everyone.
            if (!rosters.chairKeys.contains(signerKey)) {
                const RosterParticipant *signer = rosters.participantForKey(signerKey);
                const bool correction = !str(record.payload(), "supersedes").isEmpty();
                refuse(f,
                    (correction ? Tr::tr("A correction of a conclusion signed by %1 (%2), who is "
                                         "not the chair, is ignored: only the chair corrects a "
                                         "conclusion")
                                : Tr::tr("A decision signed by %1 (%2), who is not the chair, is "
                                         "ignored"))
                        .arg(signer ? signer->name : keyFingerprint(signerKey),
                            signer ? roleDisplayName(signer->role) : QString()));
                continue;
            }
            decisions << f.bytes;
            continue;
        }
        const RosterDevice *device = roster.deviceForKey(signerKey);
        const RosterParticipant *signer = roster.participantForKey(signerKey);
        if (!device || !signer) {
            refuse(f,
                rosters.revoked.contains(signerKey)
                    ? rosters.revokedMessage(signerKey, kind)
                    : Tr::tr("Signed by a key the roster does not list"));
            continue;
        }
        if (device->id != f.deviceFolder) {
            refuse(f, Tr::tr("Found in a folder other than its signing device's own"));
            continue;
        }
        if (!isSessionKind(kind)) {
            refuse(f, Tr::tr("Unknown kind of record: %1").arg(kind));
            continue;
        }
        const QJsonObject &p = record.payload();
        if (str(p, "meeting") != roster.meetingId) {
            refuse(f, Tr::tr("Record for another meeting"));
            continue;
        }
        const QDateTime at = fromIsoUtc(str(p, "at"));
        if (!at.isValid()) {
            refuse(f, Tr::tr("Record without a valid time"));
            continue;
        }
        if (chairOnly(kind) && signer->role != Role::Chair) {
            refuse(f,
                Tr::tr("Only the chair may do this (%1 is %2)")
                    .arg(signer->name, roleDisplayName(signer->role)));
            continue;
        }
        if (kind == sessionkinds::conclusionDraft && signer->role != Role::Secretary
            && signer->role != Role::Chair) {
            refuse(f,
                Tr::tr("Only the secretary or the chair may write a conclusion (%1 is %2)")
                    .arg(signer->name, roleDisplayName(signer->role)));
            continue;
        }
        const QDateTime seen = ctx.firstSeen.value(record.hash(), at);
        if (at.secsTo(seen) < -futureToleranceSecs) {
            refuse(f,
                Tr::tr("Dated %1, more than half an hour after this seat first saw it (%2): a time "
                       "in the future is refused")
                    .arg(toIsoUtc(at), toIsoUtc(seen)));
            continue;
        }
        if (rosters.earliestIssued.isValid()
            && at.secsTo(rosters.earliestIssued) > beforeRosterToleranceSecs) {
            refuse(f,
                Tr::tr(
                    "Dated %1, before the meeting's roster was issued (%2): such a time is refused")
                    .arg(toIsoUtc(at), toIsoUtc(rosters.earliestIssued)));
            continue;
        }
        events << Event { kind, p, at, record.hash(), signer, seen };
    }

    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        const int pa = orderPhase(a.kind), pb = orderPhase(b.kind);
        if (pa != pb)
            return pa < pb;
        if (pa < 2 && a.seen != b.seen)
            return a.seen < b.seen;
        return a.at != b.at ? a.at < b.at : a.hash < b.hash;
    });
    return admitted;
}

} // namespace phonghop::sessionfold
