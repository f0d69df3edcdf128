#include "sessioncommon.h"

#include "meeting_core/session/sessionrecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

// phonghop-cli session close-list, reopen-list, move-speaker, remove-speaker, time-limit,
// speakers: the chair's hold on the speakers' list of an item and on the speaking time, and the
// two lists (speeches and questions) as every seat sees them.
namespace phonghop::cli::session {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};

SpeakType typeOf(const QStringList &arguments)
{
    return hasFlag(arguments, QStringLiteral("--question")) ? SpeakType::Question
                                                            : SpeakType::Speak;
}

QString listName(SpeakType type)
{
    return type == SpeakType::Question ? Tr::tr("questions") : Tr::tr("speeches");
}

// "90", "1:30", "0" or "none": seconds; -1 when it is none of these.
int durationSecs(const QString &text)
{
    if (text == QLatin1String("none"))
        return 0;
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,3}):([0-5]\\d)|(\\d{1,5}))$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    if (m.capturedLength(3) > 0)
        return m.captured(3).toInt();
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

// The chair's seat and the item named by the second positional argument.
struct ChairOnItem {
    Seat seat;
    QString itemId;
};

int openChairOnItem(const QStringList &arguments, Streams &streams, qsizetype positionalCount,
    const QString &refusal, ChairOnItem &target)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != positionalCount)
        return sessionUsageError(streams);
    if (const int code = openSeatAs(arguments, streams, target.seat, { Role::Chair }, refusal);
        code != Success)
        return code;
    const std::optional<QString> item = agendaItemId(*target.seat.service, positional.at(1));
    if (!item)
        return unknownItem(streams, *target.seat.service, positional.at(1));
    target.itemId = *item;
    return Success;
}

// The participant's request waiting in the list (item and type), with its place (0-based).
const SpeakRequest *waitingRequest(const QList<SpeakRequest> &list, const QString &participant)
{
    for (const SpeakRequest &r : list)
        if (r.participantId == participant)
            return &r;
    return nullptr;
}

int notInList(
    Streams &streams, const ChairOnItem &target, const QString &participant, SpeakType type)
{
    return fail(streams, Rejected,
        Tr::tr("%1 is not waiting in the list of %2 of item %3: nothing was changed")
            .arg(nameOf(target.seat.service->state(), participant), listName(type),
                itemTitle(target.seat.service->meeting(), target.itemId)));
}

void printList(QTextStream &out, const SessionState &state, const QList<SpeakRequest> &list)
{
    int n = 0;
    for (const SpeakRequest &r : list) {
        out << "  " << ++n << ". " << nameOf(state, r.participantId) << " (" << r.participantId
            << ')';
        if (!r.text.isEmpty())
            out << " — " << r.text;
        out << '\n';
    }
    if (list.isEmpty())
        out << "  " << Tr::tr("(nobody)") << '\n';
}
QString requestStatusId(const SpeakRequest &r)
{
    if (r.withdrawn)
        return QStringLiteral("withdrawn");
    if (r.removed)
        return QStringLiteral("removed");
    if (r.finished)
        return QStringLiteral("finished");
    return r.called ? QStringLiteral("called") : QStringLiteral("waiting");
}

QJsonObject requestJson(const SpeakRequest &r)
{
    return QJsonObject {
        { QStringLiteral("request"), r.hash },
        { QStringLiteral("participant"), r.participantId },
        { QStringLiteral("item"), r.itemId },
        { QStringLiteral("type"), speakTypeId(r.type) },
        { QStringLiteral("text"), r.text },
        { QStringLiteral("status"), requestStatusId(r) },
    };
}
} // namespace

QJsonObject withSpeakingTime(QJsonObject floor, const SessionState &state)
{
    const Floor &f = *state.floor;
    const int limit = state.speakingLimitSecs(f.itemId);
    const qint64 elapsed = f.elapsedSecs(QDateTime::currentDateTimeUtc());
    floor.insert(QStringLiteral("request"), f.requestHash);
    floor.insert(QStringLiteral("filedUnder"), f.filedUnder);
    floor.insert(QStringLiteral("startedAt"),
        f.startedAt.isValid() ? QJsonValue(f.startedAt.toUTC().toString(Qt::ISODateWithMs))
                              : QJsonValue());
    floor.insert(QStringLiteral("limitSeconds"), limit);
    floor.insert(QStringLiteral("elapsedSeconds"), static_cast<double>(elapsed));
    floor.insert(QStringLiteral("remainingSeconds"),
        limit > 0 ? QJsonValue(static_cast<double>(limit - elapsed)) : QJsonValue());
    floor.insert(QStringLiteral("overtime"), limit > 0 && elapsed > limit);
    return floor;
}

QJsonObject speakersJson(const SessionState &state)
{
    QJsonArray speeches;
    for (const SpeakRequest &r : state.queue(SpeakType::Speak))
        speeches.append(requestJson(r));
    QJsonArray questions;
    for (const SpeakRequest &r : state.queue(SpeakType::Question))
        questions.append(requestJson(r));
    QJsonArray requests;
    for (const SpeakRequest &r : state.requests)
        requests.append(requestJson(r));
    QStringList closed(state.closedSpeakerLists.cbegin(), state.closedSpeakerLists.cend());
    closed.sort();
    QJsonObject items;
    for (auto it = state.itemSpeakingLimitSecs.cbegin(); it != state.itemSpeakingLimitSecs.cend();
         ++it)
        items.insert(it.key(), it.value());
    QJsonArray speechRecords;
    for (const SpeechRecord &s : state.speeches)
        speechRecords.append(QJsonObject {
            { QStringLiteral("participant"), s.participantId },
            { QStringLiteral("item"), s.itemId },
            { QStringLiteral("requestItem"), s.requestItemId },
            { QStringLiteral("type"), speakTypeId(s.type) },
        });
    return QJsonObject {
        { QStringLiteral("speeches"), speeches },
        { QStringLiteral("questions"), questions },
        { QStringLiteral("requests"), requests },
        { QStringLiteral("closedItems"), QJsonArray::fromStringList(closed) },
        { QStringLiteral("limitSeconds"),
            QJsonObject { { QStringLiteral("meeting"), state.meetingSpeakingLimitSecs },
                { QStringLiteral("items"), items } } },
        { QStringLiteral("given"), speechRecords },
    };
}

void printSpeakingTime(const SessionState &state, QTextStream &out)
{
    if (!state.floor || !state.floor->startedAt.isValid())
        return;
    const int limit = state.speakingLimitSecs(state.floor->itemId);
    const qint64 elapsed = state.floor->elapsedSecs(QDateTime::currentDateTimeUtc());
    if (limit == 0)
        out << Tr::tr("Speaking time: %1").arg(sessionDuration(elapsed)) << '\n';
    else if (elapsed > limit)
        out << Tr::tr("Speaking time: %1 of %2, over by %3")
                   .arg(sessionDuration(elapsed), sessionDuration(limit),
                       sessionDuration(elapsed - limit))
            << '\n';
    else
        out << Tr::tr("Speaking time: %1 of %2, %3 left")
                   .arg(sessionDuration(elapsed), sessionDuration(limit),
                       sessionDuration(limit - elapsed))
            << '\n';
}

int runCloseList(const QStringList &arguments, Streams &streams)
{
    ChairOnItem target;
    if (const int code = openChairOnItem(
            arguments, streams, 2, Tr::tr("Only the chair may close the speakers' list"), target);
        code != Success)
        return code;
    SessionService &service = *target.seat.service;
    if (service.state().speakerListClosed(target.itemId))
        return fail(streams, Rejected,
            Tr::tr("The speakers' list of item %1 is already closed")
                .arg(itemTitle(service.meeting(), target.itemId)));
    if (const Status done = service.closeSpeakerList(target.itemId); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Speakers' list of item %1 closed: further requests are refused; %2 "
                          "still waiting")
                       .arg(itemTitle(service.meeting(), target.itemId))
                       .arg(service.state().queue(target.itemId).size())
                << '\n';
    streams.out.flush();
    return Success;
}

int runReopenList(const QStringList &arguments, Streams &streams)
{
    ChairOnItem target;
    if (const int code = openChairOnItem(
            arguments, streams, 2, Tr::tr("Only the chair may reopen the speakers' list"), target);
        code != Success)
        return code;
    SessionService &service = *target.seat.service;
    if (!service.state().speakerListClosed(target.itemId))
        return fail(streams, Rejected,
            Tr::tr("The speakers' list of item %1 is open")
                .arg(itemTitle(service.meeting(), target.itemId)));
    if (const Status done = service.reopenSpeakerList(target.itemId); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("Speakers' list of item %1 reopened")
                       .arg(itemTitle(service.meeting(), target.itemId))
                << '\n';
    streams.out.flush();
    return Success;
}

int runMoveSpeaker(const QStringList &arguments, Streams &streams)
{
    ChairOnItem target;
    if (const int code = openChairOnItem(
            arguments, streams, 4, Tr::tr("Only the chair may reorder the speakers' list"), target);
        code != Success)
        return code;
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    const QString participant = positional.at(2);
    bool number = false;
    const int position = positional.at(3).toInt(&number);
    if (!number || position < 1)
        return fail(streams, UsageError,
            Tr::tr("POSITION is a place in the list, 1 or more: %1").arg(positional.at(3)));
    SessionService &service = *target.seat.service;
    const SpeakType type = typeOf(arguments);
    const QList<SpeakRequest> list = service.state().queue(type, target.itemId);
    const SpeakRequest *request = waitingRequest(list, participant);
    if (!request)
        return notInList(streams, target, participant, type);
    QStringList order;
    for (const SpeakRequest &r : list)
        if (r.hash != request->hash)
            order << r.hash;
    order.insert(std::min<qsizetype>(position - 1, order.size()), request->hash);
    if (const Status done = service.reorderSpeakers(target.itemId, type, order); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("List of %1 of item %2:")
                       .arg(listName(type), itemTitle(service.meeting(), target.itemId))
                << '\n';
    printList(streams.out, service.state(), service.state().queue(type, target.itemId));
    streams.out.flush();
    return Success;
}

int runRemoveSpeaker(const QStringList &arguments, Streams &streams)
{
    ChairOnItem target;
    if (const int code = openChairOnItem(arguments, streams, 3,
            Tr::tr("Only the chair may remove a request from the speakers' list"), target);
        code != Success)
        return code;
    const QString participant = positionalArguments(arguments, sessionFlags).at(2);
    SessionService &service = *target.seat.service;
    const SpeakType type = typeOf(arguments);
    const SpeakRequest *request
        = waitingRequest(service.state().queue(type, target.itemId), participant);
    if (!request)
        return notInList(streams, target, participant, type);
    if (const Status done = service.removeSpeakRequest(request->hash); !done)
        return fail(streams, Failure, done.error());
    streams.out << Tr::tr("%1 removed from the list of %2 of item %3")
                       .arg(nameOf(service.state(), participant), listName(type),
                           itemTitle(service.meeting(), target.itemId))
                << '\n';
    streams.out.flush();
    return Success;
}

int runTimeLimit(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() != 2)
        return sessionUsageError(streams);
    const int seconds = durationSecs(positional.at(1));
    if (seconds < 0 || seconds > maxSpeakingLimitSecs)
        return fail(streams, UsageError,
            Tr::tr("The speaking time is seconds (\"90\"), minutes and seconds (\"3:00\") or "
                   "\"none\", at most %1 minutes: %2")
                .arg(maxSpeakingLimitSecs / 60)
                .arg(positional.at(1)));
    Seat seat;
    if (const int code = openSeatAs(arguments, streams, seat, { Role::Chair },
            Tr::tr("Only the chair may set the speaking time"));
        code != Success)
        return code;
    SessionService &service = *seat.service;
    QString itemId;
    if (const QString item = optionValue(arguments, QStringLiteral("--item")); !item.isEmpty()) {
        const std::optional<QString> found = agendaItemId(service, item);
        if (!found)
            return unknownItem(streams, service, item);
        itemId = *found;
    }
    if (const Status done = service.setSpeakingLimit(itemId, seconds); !done)
        return fail(streams, Failure, done.error());
    const QString limit = seconds == 0 ? Tr::tr("none") : sessionDuration(seconds);
    streams.out << (itemId.isEmpty()
            ? Tr::tr("Speaking time per speaker for the meeting: %1").arg(limit)
            : Tr::tr("Speaking time per speaker on item %1: %2")
                  .arg(itemTitle(service.meeting(), itemId),
                      seconds == 0 ? Tr::tr("the meeting's") : limit))
                << '\n';
    streams.out.flush();
    return Success;
}

int runSpeakers(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.size() > 2)
        return sessionUsageError(streams);
    Seat seat;
    if (const int code = openSeat(arguments, streams, seat, Failure); code != Success)
        return code;
    const SessionService &service = *seat.service;
    const SessionState &state = service.state();
    QString itemId = state.currentItemId;
    if (positional.size() == 2) {
        const std::optional<QString> found = agendaItemId(service, positional.at(1));
        if (!found)
            return unknownItem(streams, service, positional.at(1));
        itemId = *found;
    }
    QTextStream &out = streams.out;
    out << (itemId.isEmpty() ? Tr::tr("Every item (none is current)")
                             : Tr::tr("Item %1").arg(itemTitle(service.meeting(), itemId)));
    if (state.speakerListClosed(itemId))
        out << ' ' << Tr::tr("(the list is closed)");
    out << '\n';
    const int limit = state.speakingLimitSecs(itemId);
    out << Tr::tr("Speaking time per speaker: %1")
               .arg(limit == 0 ? Tr::tr("none") : sessionDuration(limit))
        << '\n';
    for (const SpeakType type : { SpeakType::Speak, SpeakType::Question }) {
        out << (type == SpeakType::Question ? Tr::tr("Questions:") : Tr::tr("Speeches:")) << '\n';
        printList(out, state, state.queue(type, itemId));
    }
    out.flush();
    return Success;
}

} // namespace phonghop::cli::session
