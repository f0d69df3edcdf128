#include "sessionstate.h"

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

struct Event {
    QString kind;
    QJsonObject payload;
    QDateTime at; // signed: the signer's own clock
    QString hash;
    const RosterParticipant *signer = nullptr;
    QDateTime seen; // when this seat first saw it (its arrival log); `at` when unknown
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
        || kind == conclusionDraft;
}

bool chairOnly(const QString &kind)
{
    using namespace sessionkinds;
    return kind == floor || kind == agendaItem || kind == presenter || kind == minutesSigned;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A device an earlier roster revision listed and the current one does not.
struct RevokedDevice {
    QString participantName;
    QString deviceName; // its label, or its id
    QDateTime revokedAt; // issuedAt of the first revision of the run that no longer lists it
};

struct OpenedPoll {
    PollOpen open;
    const VerifiedRoster *roster = nullptr; // the revision it cites
};

// a wins over b for the same voter, under the rule of collectBallots.
bool ballotBeats(const AcceptedBallot &a, const AcceptedBallot &b)
{
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    if (a.castAt != b.castAt)
        return a.castAt > b.castAt;
    return a.hash > b.hash;
}

OwnBallot ownBallotFrom(const AcceptedBallot &b, const PollOpen &open, const SessionContext &ctx)
{
    OwnBallot own;
    own.ballotHash = b.hash;
    own.voter = b.voter; // a secret entry's weight is checked against it
    if (open.poll.secret) {
        if (ctx.ownKey)
            own.pseudonym = ballotPseudonym(*ctx.ownKey, open.recordHash);
        own.choices = ctx.ownChoices.value(b.hash, b.choices);
    } else {
        own.choices = b.choices;
    }
    return own;
}

// The seat's own ballot in an open (or just folded) poll: the last one it cast, as its Outbox
// keeps it, against the one the share's ballots make count for its voter. A later ballot of the
// same voter (the voter's other device) legitimately takes its place; anything else — the
// last ballot deleted, replaced, refused, or not delivered yet — is said loudly.
void checkOwnBallot(PollState &poll, const BallotCollection &shared, const SessionContext &ctx)
{
    if (ctx.ownParticipantId.isEmpty())
        return;
    const PollOpen &open = poll.open;
    const AcceptedBallot *counting = nullptr;
    for (const AcceptedBallot &b : shared.accepted)
        if (b.voter == ctx.ownParticipantId)
            counting = &b;
    std::optional<AcceptedBallot> castLast;
    QSet<QString> castHashes;
    if (!ctx.ownBallots.isEmpty()) {
        QList<BallotFile> cast;
        for (const SessionFile &f : ctx.ownBallots) {
            const Result<SignedRecord> r = recordOf(f);
            if (r && str(r->payload(), "pollOpen") == open.recordHash) {
                cast << f;
                castHashes.insert(r->hash());
            }
        }
        const BallotCollection own = collectBallots(open, poll.roster.roster, cast, std::nullopt);
        for (const AcceptedBallot &b : own.accepted)
            if (b.voter == ctx.ownParticipantId)
                castLast = b;
    }
    if (castLast && (!counting || (counting->hash != castLast->hash && !ballotBeats(*counting, *castLast)))) {
        poll.ownBallot = ownBallotFrom(*castLast, open, ctx);
        const QString which = Tr::tr("sequence %1, cast at %2")
                                  .arg(castLast->sequence)
                                  .arg(castLast->castAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        const auto refused = std::find_if(shared.reports.cbegin(), shared.reports.cend(),
            [&castLast](const BallotReport &r) {
                return r.ballotHash == castLast->hash && r.problem != BallotProblem::Duplicate;
            });
        if (ctx.undeliveredBallots.contains(castLast->hash)) {
            poll.ownBallotStatus = OwnBallotStatus::NotDelivered;
            poll.ownBallotProblems << Tr::tr("Your last ballot in poll \"%1\" (%2) has not reached the "
                                         "shared folder yet: it is kept on this seat and delivered as "
                                         "soon as the folder takes it")
                                          .arg(open.poll.id, which);
        } else if (refused != shared.reports.cend()) {
            poll.ownBallotStatus = OwnBallotStatus::Refused;
            poll.ownBallotProblems << Tr::tr("Your last ballot in poll \"%1\" (%2) is on the shared "
                                         "folder but was refused: %3")
                                          .arg(open.poll.id, which, refused->message);
        } else if (counting) {
            poll.ownBallotStatus = OwnBallotStatus::Superseded;
            poll.ownBallotProblems << Tr::tr("Your last ballot in poll \"%1\" (%2) is missing from the "
                                         "shared folder, and an older ballot of yours (sequence %3) "
                                         "counts in its place")
                                          .arg(open.poll.id, which)
                                          .arg(counting->sequence);
        } else {
            poll.ownBallotStatus = OwnBallotStatus::Missing;
            poll.ownBallotProblems << Tr::tr("Your last ballot in poll \"%1\" (%2) is missing from the "
                                         "shared folder: no ballot of yours counts")
                                          .arg(open.poll.id, which);
        }
        return;
    }
    if (!counting)
        return;
    poll.ownBallot = ownBallotFrom(*counting, open, ctx);
    poll.ownBallotStatus = OwnBallotStatus::Accepted;
    if (castLast && counting->hash != castLast->hash && !castHashes.contains(counting->hash) && ctx.ownKey
        && counting->device == deviceIdOf(ctx.ownKey->publicKey()))
        poll.ownBallotProblems << Tr::tr("A ballot signed with this seat's own key, which this seat did "
                                     "not cast, counts for you in poll \"%1\" (sequence %2): someone "
                                     "else may hold this device's key")
                                      .arg(open.poll.id)
                                      .arg(counting->sequence);
}

// Once the poll is closed: does the chair's close count the seat's last ballot as cast?
void checkOwnBallotCounted(PollState &poll)
{
    if (!poll.ownBallot)
        return;
    if (poll.verification.ownBallotCounted) {
        poll.ownBallotStatus = OwnBallotStatus::Counted;
        return;
    }
    const bool accepted = poll.verification.close.acceptedBallotHashes.contains(poll.ownBallot->ballotHash);
    if (accepted) {
        poll.ownBallotStatus = OwnBallotStatus::CountedDifferently;
        poll.ownBallotProblems << Tr::tr("The chair's close of poll \"%1\" counts your last ballot with "
                                     "other choices than you made")
                                      .arg(poll.open.poll.id);
    } else if (!isOwnBallotProblem(poll.ownBallotStatus)) {
        poll.ownBallotStatus = OwnBallotStatus::NotCounted;
        poll.ownBallotProblems << Tr::tr("The chair's close of poll \"%1\" does not count your last ballot")
                                      .arg(poll.open.poll.id);
    }
}

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
        if (!r.called && (itemId.isEmpty() || r.itemId == itemId))
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

SessionState foldSession(
    const VerifiedRoster &verifiedRoster, const QList<SessionFile> &files, const SessionContext &ctx)
{
    SessionState state;
    state.roster = verifiedRoster;
    const Roster &roster = verifiedRoster.roster;
    auto refuse = [&state](const SessionFile &f, const QString &message) {
        state.problems << SessionProblem { f.deviceFolder, f.fileName, message };
    };

    // The revisions a poll may cite, and the devices the current one no longer lists.
    QList<const VerifiedRoster *> revisions; // lowest first, the current one last
    for (const VerifiedRoster &r : ctx.earlierRosters)
        if (r.roster.meetingId == roster.meetingId && r.roster.revision < roster.revision)
            revisions << &r;
    std::sort(revisions.begin(), revisions.end(),
        [](const VerifiedRoster *a, const VerifiedRoster *b) { return a->roster.revision < b->roster.revision; });
    revisions << &verifiedRoster;
    QHash<QString, const VerifiedRoster *> rosterByHash;
    for (const VerifiedRoster *r : std::as_const(revisions))
        rosterByHash.insert(r->recordHash, r);
    QHash<QByteArray, RevokedDevice> revoked;
    for (const VerifiedRoster *r : std::as_const(revisions)) {
        for (const RosterParticipant &p : r->roster.participants)
            for (const RosterDevice &d : p.devices)
                if (!roster.deviceForKey(d.publicKey))
                    revoked.insert(d.publicKey, RevokedDevice { p.name, d.label.isEmpty() ? d.id : d.label, {} });
    }
    for (auto it = revoked.begin(); it != revoked.end(); ++it) {
        for (qsizetype i = revisions.size() - 1; i >= 0 && !revisions.at(i)->roster.deviceForKey(it.key()); --i)
            it->revokedAt = revisions.at(i)->roster.issuedAt;
    }
    const auto revokedMessage = [&revoked](const QByteArray &key, const QString &what) {
        const RevokedDevice &d = revoked[key];
        return Tr::tr("A revoked device wrote this %1: %2's device %3 (%4) is no longer in the roster, "
                  "so it does not count")
            .arg(what, d.participantName, d.deviceName, keyFingerprint(key));
    };
    // The chair's records rest on the revision in force when they were made: a device the
    // current revision dropped keeps what it signed before that revision was issued.
    const auto revokedSince = [&revoked](const QByteArray &key, const QDateTime &at) {
        const auto it = revoked.constFind(key);
        return it != revoked.constEnd() && (!it->revokedAt.isValid() || !at.isValid() || at > it->revokedAt);
    };
    // The device that signed a chair's record in any revision (newest first).
    const auto listedDevice = [&revisions](const QByteArray &key) -> const RosterDevice * {
        for (qsizetype i = revisions.size() - 1; i >= 0; --i)
            if (const RosterDevice *d = revisions.at(i)->roster.deviceForKey(key))
                return d;
        return nullptr;
    };

    // Decisions rest on the chair of the revision they were made under: replacing the chair's
    // device in a newer revision does not rewrite the chain.
    QList<QByteArray> chairKeys;
    for (const VerifiedRoster *r : std::as_const(revisions))
        for (const QByteArray &key : r->roster.keysOfRole(Role::Chair))
            if (!chairKeys.contains(key))
                chairKeys << key;

    // The meeting's first roster revision this seat knows: nothing is recorded before it.
    QDateTime earliestRoster;
    for (const VerifiedRoster *r : std::as_const(revisions))
        if (r->roster.issuedAt.isValid() && (!earliestRoster.isValid() || r->roster.issuedAt < earliestRoster))
            earliestRoster = r->roster.issuedAt;

    QList<Event> events;
    QList<SessionFile> ballotFiles;
    QList<OpenedPoll> opens;
    QList<SessionFile> closeFiles;
    QList<QByteArray> decisions;

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
        if (kind == QLatin1String(Ballot::recordKind)) {
            ballotFiles << f; // the ballot box checks signer, folder and binding
            continue;
        }
        const QByteArray signerKey = record.signerPublicKey();
        if (kind == QLatin1String(PollOpen::recordKind)) {
            // Bound to the revision it cites: a newer revision leaves it valid.
            const VerifiedRoster *cited = rosterByHash.value(str(record.payload(), "roster"));
            if (!cited) {
                refuse(f, Tr::tr("A poll opening that cites a roster revision this seat has not verified"));
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
            else if (revokedSince(signerKey, open->openedAt))
                refuse(f, revokedMessage(signerKey, kind));
            else
                opens << OpenedPoll { open.value(), cited };
            continue;
        }
        if (kind == QLatin1String(PollClose::recordKind)
            || kind == QLatin1String(DecisionRecord::recordKind)) {
            const RosterDevice *device = listedDevice(signerKey);
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
            if (revokedSince(signerKey, fromIsoUtc(str(record.payload(), "recordedAt")))) {
                refuse(f, revokedMessage(signerKey, kind));
                continue;
            }
            // Only the chair records decisions. One signed by anyone else on the roster is set
            // aside and reported, and never reaches the chain: it must not stop the checkpoint
            // (nor the chair's next conclusion) for everyone.
            if (!chairKeys.contains(signerKey)) {
                const RosterParticipant *signer = nullptr;
                for (qsizetype i = revisions.size() - 1; i >= 0 && !signer; --i)
                    signer = revisions.at(i)->roster.participantForKey(signerKey);
                refuse(f, Tr::tr("A decision signed by %1 (%2), who is not the chair, is ignored")
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
            refuse(f, revoked.contains(signerKey) ? revokedMessage(signerKey, kind)
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
            refuse(f, Tr::tr("Only the chair may do this (%1 is %2)")
                          .arg(signer->name, roleDisplayName(signer->role)));
            continue;
        }
        if (kind == sessionkinds::conclusionDraft && signer->role != Role::Secretary
            && signer->role != Role::Chair) {
            refuse(f, Tr::tr("Only the secretary or the chair may write a conclusion (%1 is %2)")
                          .arg(signer->name, roleDisplayName(signer->role)));
            continue;
        }
        const QDateTime seen = ctx.firstSeen.value(record.hash(), at);
        if (at.secsTo(seen) < -futureToleranceSecs) {
            refuse(f, Tr::tr("Dated %1, more than half an hour after this seat first saw it (%2): a time "
                         "in the future is refused")
                          .arg(toIsoUtc(at), toIsoUtc(seen)));
            continue;
        }
        if (earliestRoster.isValid() && at.secsTo(earliestRoster) > beforeRosterToleranceSecs) {
            refuse(f, Tr::tr("Dated %1, before the meeting's roster was issued (%2): such a time is refused")
                          .arg(toIsoUtc(at), toIsoUtc(earliestRoster)));
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
    QHash<QString, int> requestIndex;
    for (const Event &ev : std::as_const(events)) {
        using namespace sessionkinds;
        const QString participant = str(ev.payload, "participant");
        if (ev.kind == checkIn || ev.kind == absence || ev.kind == proxy) {
            if (!attendance.contains(participant)) {
                state.problems << SessionProblem { {}, {}, Tr::tr("Attendance record for someone not on the roster: %1").arg(participant) };
                continue;
            }
            if (ev.signer->id != participant && ev.signer->role != Role::Secretary) {
                state.problems << SessionProblem { {}, {},
                    Tr::tr("%1 may not record attendance for %2").arg(ev.signer->name, participant) };
                continue;
            }
            AttendanceEntry &e = attendance[participant];
            if (ev.kind == proxy) {
                const QString to = str(ev.payload, "to");
                if (!attendance.contains(to) || to == participant) {
                    state.problems << SessionProblem { {}, {}, Tr::tr("A proxy must name another participant on the roster") };
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
        } else if (ev.kind == speakRequest) {
            SpeakRequest r;
            r.hash = ev.hash;
            r.participantId = ev.signer->id; // one asks only for oneself
            r.itemId = str(ev.payload, "item");
            r.type = str(ev.payload, "type") == QLatin1String("question") ? SpeakType::Question
                                                                           : SpeakType::Speak;
            r.at = ev.at;
            requestIndex.insert(r.hash, static_cast<int>(state.requests.size()));
            state.requests << r;
        } else if (ev.kind == floor) {
            const QString action = str(ev.payload, "action");
            const QString request = str(ev.payload, "request");
            auto endCurrent = [&state, &requestIndex](const QDateTime &at) {
                if (!state.floor)
                    return;
                Floor &f = *state.floor;
                if (f.startedAt.isValid() && !f.stoppedAt.isValid()) {
                    f.stoppedAt = at;
                    state.speeches << SpeechRecord { f.participantId, f.itemId, f.type, f.startedAt, at };
                }
                if (requestIndex.contains(f.requestHash))
                    state.requests[requestIndex.value(f.requestHash)].finished = true;
            };
            if (action == QLatin1String("call")) {
                if (!requestIndex.contains(request)) {
                    state.problems << SessionProblem { {}, {}, Tr::tr("The chair called a request that is not on the share") };
                    continue;
                }
                endCurrent(ev.at);
                SpeakRequest &r = state.requests[requestIndex.value(request)];
                r.called = true;
                state.floor = Floor { r.hash, r.participantId, r.itemId, r.type, ev.at, {}, {} };
            } else if (state.floor && state.floor->requestHash == request) {
                if (action == QLatin1String("start") && !state.floor->startedAt.isValid())
                    state.floor->startedAt = ev.at;
                else if (action == QLatin1String("stop"))
                    endCurrent(ev.at);
            }
        } else if (ev.kind == agendaItem) {
            state.currentItemId = str(ev.payload, "item");
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
            state.conclusionDrafts << d;
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
            ++s.absent;
            break;
        case AttendanceStatus::NotCheckedIn:
            ++s.absent;
            ++s.notCheckedIn;
            break;
        }
        s.entitledWeight += e.weight;
    }
    {
        AttendanceSummary &s = state.summary;
        s.quorum = ctx.quorum;
        const qint64 counted = s.presentWeight + (ctx.countProxiesForQuorum ? s.proxyWeight : 0);
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

    // Polls, in opening order, each with the roster revision its opening cites.
    std::sort(opens.begin(), opens.end(), [](const OpenedPoll &a, const OpenedPoll &b) {
        return a.open.openedAt != b.open.openedAt ? a.open.openedAt < b.open.openedAt
                                                  : a.open.recordHash < b.open.recordHash;
    });
    QSet<QString> seenPollIds;
    for (const OpenedPoll &opened : std::as_const(opens)) {
        const PollOpen &open = opened.open;
        const Roster &pollRoster = opened.roster->roster;
        if (seenPollIds.contains(open.poll.id)) {
            state.problems << SessionProblem { {}, {}, Tr::tr("Poll \"%1\" was opened twice; the first opening counts").arg(open.poll.id) };
            continue;
        }
        seenPollIds.insert(open.poll.id);
        PollState poll;
        poll.open = open;
        poll.roster = *opened.roster;
        // Devices of the poll's roster that the current revision revoked: their ballots do not
        // count while the poll is open (a lost or stolen device's clock is its own).
        QSet<QByteArray> revokedHere;
        for (auto it = revoked.cbegin(); it != revoked.cend(); ++it)
            if (pollRoster.deviceForKey(it.key()))
                revokedHere.insert(it.key());
        const QString prefix = QStringLiteral("ballot-") + open.poll.id + u'-';
        QList<BallotFile> mine;
        for (const SessionFile &f : std::as_const(ballotFiles)) {
            bool bound = f.fileName.startsWith(prefix);
            if (!bound) {
                const Result<SignedRecord> r = recordOf(f);
                bound = r && str(r->payload(), "pollOpen") == open.recordHash;
            }
            if (bound)
                mine << f;
        }
        // The own ballot as cast (whatever the close says).
        const BallotCollection beforeClose
            = collectBallots(open, pollRoster, mine, std::nullopt, ctx.chairKey, revokedHere);
        checkOwnBallot(poll, beforeClose, ctx);
        // The close: the earliest valid one signed by the poll's chair and bound to this opening.
        std::optional<CloseVerification> best;
        for (const SessionFile &f : std::as_const(closeFiles)) {
            const Result<SignedRecord> r = recordOf(f);
            if (!r || str(r->payload(), "pollOpen") != open.recordHash)
                continue;
            CloseVerification v = verifyPollClose(f.bytes, open, pollRoster, poll.ownBallot);
            if (!v.signedByChair || !v.boundToOpen) {
                state.problems << SessionProblem { f.deviceFolder, f.fileName,
                    Tr::tr("A close record for poll \"%1\" was refused: %2").arg(open.poll.id, v.problems.join(u' ')) };
                continue;
            }
            if (revokedSince(r->signerPublicKey(), v.close.closedAt)) {
                refuse(f, revokedMessage(r->signerPublicKey(), r->kind()));
                continue;
            }
            if (!best || v.close.closedAt < best->close.closedAt) {
                best = v;
                poll.closeBytes = f.bytes;
                poll.closeHash = r->hash();
            }
        }
        if (best) {
            // The close is the authority on what counted: a device revoked since keeps the
            // ballot the chair counted; its ballots the close left out are reported as revoked.
            const QSet<QString> counted(
                best->close.acceptedBallotHashes.cbegin(), best->close.acceptedBallotHashes.cend());
            QSet<QByteArray> revokedUncounted = revokedHere;
            for (const BallotFile &f : std::as_const(mine)) {
                const Result<SignedRecord> r = recordOf(f);
                if (r && counted.contains(r->hash()))
                    revokedUncounted.remove(r->signerPublicKey());
            }
            poll.closed = true;
            poll.verification = *best;
            poll.result = best->recount;
            poll.closeProblems = best->problems;
            poll.closeProblems
                += checkCloseAgainstBallots(open, pollRoster, best->close, mine, revokedUncounted);
            poll.ballots = collectBallots(
                open, pollRoster, mine, best->close.closedAt, ctx.chairKey, revokedUncounted);
        } else {
            poll.ballots = beforeClose;
        }
        if (poll.closed)
            checkOwnBallotCounted(poll);
        poll.reports = poll.ballots.reports;
        poll.pendingVoters = pendingVoters(pollRoster, poll.ballots);
        state.polls << poll;
    }
    for (const SessionFile &f : std::as_const(closeFiles)) {
        const Result<SignedRecord> r = recordOf(f);
        const QString openHash = r ? str(r->payload(), "pollOpen") : QString();
        const bool known = std::any_of(opens.cbegin(), opens.cend(),
            [&openHash](const OpenedPoll &o) { return o.open.recordHash == openHash; });
        if (!known)
            refuse(f, Tr::tr("A close record for a poll that was never opened"));
    }

    state.chain = verifyDecisionChain(decisions, chairKeys, ctx.seenChain);
    for (ConclusionDraft &d : state.conclusionDrafts)
        for (const DecisionRecord &decision : std::as_const(state.chain.decisions))
            d.confirmed = d.confirmed || decision.draftHash == d.hash;
    return state;
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
    csv += "participant,name,title,role,status,reason,proxy_to,recorded_by,at\r\n";
    for (const AttendanceEntry &e : state.attendance) {
        QList<QByteArray> row { csvField(e.participantId), csvField(e.name), csvField(e.title),
            csvField(roleKey(e.role)), csvField(attendanceStatusId(e.status)), csvField(e.reason),
            csvField(e.proxyTo), csvField(e.recordedBy), csvField(e.at.isValid() ? toIsoUtc(e.at) : QString()) };
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

} // namespace phonghop
