#include "meeting_core/session/sessionfold.h"

#include "meeting_core/session/sessionrecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

// The speakers' list folded in order: who asked (and about what), who withdrew, what the chair
// did with the list and the speaking time, who has the floor, and the speeches for the minutes.
namespace phonghop::sessionfold {

namespace {
// The context of the session state's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::SessionState)
};

SpeakType speakTypeOf(const QJsonObject &payload)
{
    return str(payload, "type") == QLatin1String("question") ? SpeakType::Question
                                                             : SpeakType::Speak;
}

// Records are compared as the queue orders them: when this seat first saw them, the signed
// time breaking ties (a seat reading the whole session at once sees everything together).
bool seenBefore(
    const QDateTime &seenA, const QDateTime &atA, const QDateTime &seenB, const QDateTime &atB)
{
    return seenA != seenB ? seenA < seenB : atA < atB;
}
} // namespace

SpeakersFold::SpeakersFold(const QList<Event> &events, SessionState &state)
    : m_state(state)
{
    for (const Event &ev : events) {
        if (ev.kind != sessionkinds::speakersList)
            continue;
        const QString action = str(ev.payload, "action");
        if (action == QLatin1String("close") || action == QLatin1String("reopen"))
            m_toggles[str(ev.payload, "item")]
                << ListToggle { ev.seen, ev.at, ev.hash, action == QLatin1String("close") };
    }
    for (QList<ListToggle> &toggles : m_toggles)
        std::sort(toggles.begin(), toggles.end(), [](const ListToggle &a, const ListToggle &b) {
            return a.seen != b.seen ? a.seen < b.seen
                                    : (a.at != b.at ? a.at < b.at : a.hash < b.hash);
        });
}

bool SpeakersFold::fold(const Event &ev)
{
    using namespace sessionkinds;
    if (ev.kind == speakRequest)
        request(ev);
    else if (ev.kind == speakWithdraw)
        withdraw(ev);
    else if (ev.kind == speakersList)
        list(ev);
    else if (ev.kind == speakingLimit)
        limit(ev);
    else if (ev.kind == sessionkinds::floor)
        floor(ev);
    else
        return false;
    return true;
}

void SpeakersFold::problem(const QString &message)
{
    m_state.problems << SessionProblem { {}, {}, message };
}

bool SpeakersFold::listClosedFor(const Event &request) const
{
    bool closed = false;
    for (const ListToggle &t : m_toggles.value(str(request.payload, "item"))) {
        if (!seenBefore(t.seen, t.at, request.seen, request.at))
            break;
        closed = t.closed;
    }
    return closed;
}

void SpeakersFold::request(const Event &ev)
{
    SpeakRequest r;
    r.hash = ev.hash;
    r.participantId = ev.signer->id; // one asks only for oneself
    r.itemId = str(ev.payload, "item");
    r.type = speakTypeOf(ev.payload);
    r.text = str(ev.payload, "text");
    r.at = ev.at;
    if (r.text.size() > maxSpeakTextLength) {
        problem(Tr::tr("%1's request to speak is refused: its topic is longer than %2 characters")
                    .arg(ev.signer->name)
                    .arg(maxSpeakTextLength));
        return;
    }
    if (listClosedFor(ev)) {
        problem(Tr::tr("%1's request to speak on item %2 is refused: the chair had closed the "
                       "speakers' list of that item")
                    .arg(ev.signer->name, r.itemId));
        return;
    }
    m_requestIndex.insert(r.hash, static_cast<int>(m_state.requests.size()));
    m_state.requests << r;
}

void SpeakersFold::withdraw(const Event &ev)
{
    const QString hash = str(ev.payload, "request");
    if (!m_requestIndex.contains(hash)) {
        problem(
            Tr::tr("%1 withdrew a request to speak that is not on the share").arg(ev.signer->name));
        return;
    }
    SpeakRequest &r = m_state.requests[m_requestIndex.value(hash)];
    if (r.participantId != ev.signer->id) {
        problem(Tr::tr("%1 may not withdraw %2's request to speak: only the one who asked may")
                    .arg(ev.signer->name, m_state.participantName(r.participantId)));
        return;
    }
    if (r.called) {
        problem(Tr::tr("%1 withdrew a request to speak after the chair gave the floor: it stands")
                    .arg(ev.signer->name));
        return;
    }
    r.withdrawn = true;
}

void SpeakersFold::list(const Event &ev)
{
    const QString action = str(ev.payload, "action");
    const QString item = str(ev.payload, "item");
    if (action == QLatin1String("close")) {
        m_state.closedSpeakerLists.insert(item);
    } else if (action == QLatin1String("reopen")) {
        m_state.closedSpeakerLists.remove(item);
    } else if (action == QLatin1String("order")) {
        QStringList hashes;
        for (const QJsonValue &v : ev.payload.value(QLatin1String("requests")).toArray())
            hashes << v.toString();
        reorder(item, speakTypeOf(ev.payload), hashes);
    } else if (action == QLatin1String("remove")) {
        const QString hash = str(ev.payload, "request");
        if (!m_requestIndex.contains(hash)) {
            problem(Tr::tr("The chair removed a request to speak that is not on the share"));
            return;
        }
        SpeakRequest &r = m_state.requests[m_requestIndex.value(hash)];
        if (!r.called)
            r.removed = true;
    } else {
        problem(Tr::tr("Unknown action on the speakers' list: %1").arg(action));
    }
}

// The waiting requests of one list take the places they hold among all requests, in the order
// the chair gave; those the chair did not name (asked since) keep their order after them.
void SpeakersFold::reorder(const QString &itemId, SpeakType type, const QStringList &hashes)
{
    QList<int> places;
    for (int i = 0; i < m_state.requests.size(); ++i) {
        const SpeakRequest &r = m_state.requests.at(i);
        if (r.waiting() && r.itemId == itemId && r.type == type)
            places << i;
    }
    QList<SpeakRequest> ordered;
    for (const QString &hash : hashes)
        for (const int i : std::as_const(places))
            if (m_state.requests.at(i).hash == hash
                && std::none_of(ordered.cbegin(), ordered.cend(),
                    [&hash](const SpeakRequest &r) { return r.hash == hash; }))
                ordered << m_state.requests.at(i);
    for (const int i : std::as_const(places))
        if (!hashes.contains(m_state.requests.at(i).hash))
            ordered << m_state.requests.at(i);
    for (int k = 0; k < places.size(); ++k) {
        m_state.requests[places.at(k)] = ordered.at(k);
        m_requestIndex.insert(ordered.at(k).hash, places.at(k));
    }
}

void SpeakersFold::limit(const Event &ev)
{
    const QString item = str(ev.payload, "item");
    const QJsonValue value = ev.payload.value(QLatin1String("seconds"));
    const int seconds = value.toInt(-1);
    if (!value.isDouble() || seconds < 0 || seconds > maxSpeakingLimitSecs) {
        problem(Tr::tr("A speaking time that is not a number of seconds from 0 to %1 is ignored")
                    .arg(maxSpeakingLimitSecs));
        return;
    }
    if (item.isEmpty())
        m_state.meetingSpeakingLimitSecs = seconds;
    else if (seconds == 0)
        m_state.itemSpeakingLimitSecs.remove(item); // the meeting's applies again
    else
        m_state.itemSpeakingLimitSecs.insert(item, seconds);
}

void SpeakersFold::endFloor(const QDateTime &at)
{
    if (!m_state.floor)
        return;
    Floor &f = *m_state.floor;
    if (f.startedAt.isValid() && !f.stoppedAt.isValid()) {
        f.stoppedAt = at;
        m_state.speeches << SpeechRecord { f.participantId, f.filedUnder, f.type, f.startedAt, at,
            f.itemId };
    }
    if (m_requestIndex.contains(f.requestHash))
        m_state.requests[m_requestIndex.value(f.requestHash)].finished = true;
}

void SpeakersFold::floor(const Event &ev)
{
    const QString action = str(ev.payload, "action");
    const QString request = str(ev.payload, "request");
    // Until the chair makes an item current, a speech is filed under the item asked about.
    const auto currentItem = [this](const QString &asked) {
        return m_state.currentItemId.isEmpty() ? asked : m_state.currentItemId;
    };
    if (action == QLatin1String("call")) {
        if (!m_requestIndex.contains(request)) {
            problem(Tr::tr("The chair called a request that is not on the share"));
            return;
        }
        endFloor(ev.at);
        SpeakRequest &r = m_state.requests[m_requestIndex.value(request)];
        r.called = true;
        m_state.floor = Floor { r.hash, r.participantId, r.itemId, r.type, ev.at, {}, {} };
        m_state.floor->filedUnder = currentItem(r.itemId);
    } else if (m_state.floor && m_state.floor->requestHash == request) {
        if (action == QLatin1String("start") && !m_state.floor->startedAt.isValid()) {
            m_state.floor->startedAt = ev.at;
            m_state.floor->filedUnder = currentItem(m_state.floor->itemId);
        } else if (action == QLatin1String("stop")) {
            endFloor(ev.at);
        }
    }
}

} // namespace phonghop::sessionfold
