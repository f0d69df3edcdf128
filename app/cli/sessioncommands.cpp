#include "commands.h"
#include "sessioncommon.h"

#include <QCoreApplication>

// phonghop-cli session …: the live session's record read and checked as any seat reads it
// (docs/session.md, "Command line"), and a delegate's own actions, so that the record can be
// checked afterwards by anyone, without the app. The subcommands live in session*commands.cpp
// (sessioncommon.h lists them).
namespace phonghop::cli {

namespace {
// The context of the session commands' messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::SessionCommands)
};
} // namespace

int runSession(const QStringList &arguments, Streams &streams)
{
    using namespace session;
    const QStringList positional = positionalArguments(arguments, sessionFlags);
    if (positional.isEmpty() || hasFlag(arguments, QStringLiteral("--help"))) {
        const bool asked = hasFlag(arguments, QStringLiteral("--help"));
        printSessionUsage(asked ? streams.out : streams.err);
        return asked ? Success : UsageError;
    }
    const QString subcommand = positional.first();
    using Run = int (*)(const QStringList &, Streams &);
    const QList<QPair<QString, Run>> subcommands {
        { QStringLiteral("status"), runStatus },
        { QStringLiteral("verify"), runVerify },
        { QStringLiteral("attendance"), runAttendance },
        { QStringLiteral("minutes"), runMinutes },
        { QStringLiteral("check-in"), runCheckIn },
        { QStringLiteral("vote"), runVote },
        { QStringLiteral("request-to-speak"), runRequestToSpeak },
        { QStringLiteral("open-poll"), runOpenPoll },
        { QStringLiteral("close-poll"), runClosePoll },
        { QStringLiteral("call-next"), runCallNext },
        { QStringLiteral("conclude"), runConclude },
        { QStringLiteral("sign-minutes"), runSignMinutes },
        { QStringLiteral("sign-notice"), runSignNotice },
        { QStringLiteral("speak"), runRequestToSpeak },
        { QStringLiteral("withdraw"), runWithdraw },
        { QStringLiteral("close-list"), runCloseList },
        { QStringLiteral("reopen-list"), runReopenList },
        { QStringLiteral("move-speaker"), runMoveSpeaker },
        { QStringLiteral("remove-speaker"), runRemoveSpeaker },
        { QStringLiteral("time-limit"), runTimeLimit },
        { QStringLiteral("speakers"), runSpeakers },
        { QStringLiteral("notice"), runNotice },
        { QStringLiteral("supersede"), runSupersede },
        { QStringLiteral("mark-item"), runMarkItem },
    };
    for (const auto &[name, run] : subcommands)
        if (name == subcommand)
            return run(arguments, streams); // positional.at(0) is the subcommand
    streams.err << Tr::tr("Unknown session subcommand: %1").arg(subcommand) << '\n';
    printSessionUsage(streams.err);
    return UsageError;
}

} // namespace phonghop::cli
