// A seat of the live session in its own process, for the round-trip tests: each invocation
// opens its own cache (its device key inside), reads the share, does one thing, and prints
// what it then sees as one JSON line.
//   session_actor CACHE SHARE MEETING ACTION [ARGS...]
// ACTION: check-in [WHO] | absent WHO REASON | proxy WHO TO | speak ITEM | call-next |
//         open POLL [secret] | vote POLL CHOICE[,CHOICE] | close POLL | conclude ITEM TEXT POLL |
//         look
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/store/meetingcache.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace phonghop;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: session_actor CACHE SHARE MEETING ACTION [ARGS]\n");
        return 2;
    }
    auto cache = MeetingCache::open(args.at(1));
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error()));
        return 2;
    }
    SessionService service(*cache.value(), args.at(2), args.at(3));
    Status s = service.refresh();
    const QString action = args.at(4);
    const auto arg = [&args](int i) { return i < args.size() ? args.at(i) : QString(); };
    if (s) {
        if (action == QLatin1String("check-in")) {
            s = service.checkIn(arg(5));
        } else if (action == QLatin1String("absent")) {
            s = service.reportAbsence(arg(5), arg(6));
        } else if (action == QLatin1String("proxy")) {
            s = service.giveProxy(arg(5), arg(6));
        } else if (action == QLatin1String("speak")) {
            s = service.requestToSpeak(arg(5), SpeakType::Speak);
        } else if (action == QLatin1String("call-next")) {
            s = service.callNextSpeaker();
        } else if (action == QLatin1String("open")) {
            PollDefinition poll;
            poll.id = arg(5);
            poll.title = QStringLiteral("Thông qua Tờ trình số 12/TTr-UBND");
            poll.kind = PollKind::Approval;
            poll.options = PollDefinition::defaultOptions(PollKind::Approval);
            poll.secret = arg(6) == QLatin1String("secret");
            poll.rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
            const Result<QString> opened = service.openPoll(poll);
            s = opened ? Status::success() : Status::failure(opened.error());
        } else if (action == QLatin1String("vote")) {
            QList<int> choices;
            for (const QString &c : arg(6).split(u',', Qt::SkipEmptyParts))
                choices << c.toInt();
            s = service.castVote(arg(5), choices);
        } else if (action == QLatin1String("close")) {
            s = service.closePoll(arg(5));
        } else if (action == QLatin1String("conclude")) {
            s = service.recordConclusion(arg(5), arg(6), { arg(7) });
        } else if (action != QLatin1String("look")) {
            s = Status::failure(QStringLiteral("unknown action ") + action);
        }
    }
    const SessionState &state = service.state();
    QJsonObject out;
    out.insert(QStringLiteral("ok"), s.ok());
    out.insert(QStringLiteral("error"), s.error());
    out.insert(QStringLiteral("self"), service.self() ? service.self()->id : QString());
    out.insert(QStringLiteral("present"), state.summary.present);
    out.insert(QStringLiteral("quorum"), state.summary.quorumMet);
    out.insert(QStringLiteral("pending"), service.pendingDeliveries());
    QJsonArray polls;
    for (const PollState &p : state.polls) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), p.open.poll.id);
        o.insert(QStringLiteral("closed"), p.closed);
        o.insert(QStringLiteral("accepted"), static_cast<int>(p.ballots.accepted.size()));
        if (p.closed) {
            o.insert(QStringLiteral("passed"), p.result.passed);
            o.insert(QStringLiteral("counts"), p.result.countsJson());
            o.insert(QStringLiteral("ownCounted"), p.verification.ownBallotCounted);
            o.insert(QStringLiteral("recountMatches"), p.verification.recountMatches);
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(p.closeProblems));
        }
        polls.append(o);
    }
    out.insert(QStringLiteral("polls"), polls);
    out.insert(QStringLiteral("decisions"), static_cast<int>(state.chain.decisions.size()));
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return s.ok() ? 0 : 1;
}
