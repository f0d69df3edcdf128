#include "commandlinetool.h"

#include "commands.h"
#include "meeting_core/settings/buildinfo.h"

#include <QCoreApplication>

namespace phonghop::cli {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::CommandLineTool)
};
} // namespace

CommandLineTool::CommandLineTool()
{
    m_commands = {
        { QStringLiteral("org"),
            QStringLiteral("org init|info|backup-key --share DIR [--key FILE]"),
            Tr::tr("Set up an organisation's share and its protected key, read its fingerprint "
                   "(org --help)"),
            runOrg, true },
        { QStringLiteral("people"),
            QStringLiteral("people import|list|add|retire --share DIR [--key FILE]"),
            Tr::tr("The organisation's directory of people, signed with its key (people --help)"),
            runPeople, true },
        { QStringLiteral("enrol"),
            QStringLiteral(
                "enrol request|list|approve|reject|revoke --share DIR [--cache DIR] [--key FILE]"),
            Tr::tr("Enrol a seat's device as a person of the directory, answer requests, revoke "
                   "(enrol --help)"),
            runEnrol, true },
        { QStringLiteral("demo-share"), QStringLiteral("demo-share DIR [--secretary-key FILE]"),
            Tr::tr("Write the Vietnamese demo share into DIR"), runDemoShare },
        { QStringLiteral("sync"),
            QStringLiteral("sync --share DIR --cache DIR [--expect-fingerprint FP] "
                           "[--scope own|all] [--days N]"),
            Tr::tr("Bring the local cache up to date from the share"), runSync },
        { QStringLiteral("list"), QStringLiteral("list --cache DIR [--json]"),
            Tr::tr("List the cached meetings, agenda items and documents"), runList },
        { QStringLiteral("cache"), QStringLiteral("cache size|evict|fetch --cache DIR [--days N]"),
            Tr::tr("The cache's size, evicting past meetings' documents, fetching one again "
                   "(cache --help)"),
            runCache, true },
        { QStringLiteral("document"),
            QStringLiteral("document save --cache DIR --meeting ID --document ID --out FILE"),
            Tr::tr("Save a cached document to a file; a confidential one only on a recipient's "
                   "device (document --help)"),
            runDocument, true },
        { QStringLiteral("device"),
            QStringLiteral("device status|protect|change-pin|remove-pin --cache DIR"),
            Tr::tr("This seat's device key at rest: protect it with a PIN (device --help)"),
            runDevice, true },
        { QStringLiteral("tally"), QStringLiteral("tally POLL.json"),
            Tr::tr("Compute a poll's result from a poll file (docs/poll-format.md)"), runTally },
        { QStringLiteral("search"), QStringLiteral("search QUERY --cache DIR [--json]"),
            Tr::tr("Search the cached meetings' documents, agendas and notes"), runSearch },
        { QStringLiteral("publish"),
            QStringLiteral("publish MEETING.json --share DIR --key KEYFILE"),
            Tr::tr(
                "Validate a meeting and publish it, signed, to the share (docs/publish-format.md)"),
            runPublish },
        { QStringLiteral("meeting"),
            QStringLiteral("meeting status ID STATUS [--until ISO] [--reason TEXT] --share DIR "
                           "--key FILE"),
            Tr::tr("Publish a meeting's status: postponed, cancelled, finished (meeting --help)"),
            runMeeting, true },
        { QStringLiteral("session"),
            QStringLiteral(
                "session status|verify|attendance|minutes|check-in|vote|open-poll|close-poll|"
                "call-next|conclude|sign-minutes --share DIR --cache DIR --meeting ID"),
            Tr::tr("Check the live session's record, export it, check in and vote, or run it as "
                   "the chair (session --help)"),
            runSession, true },
        { QStringLiteral("consult"),
            QStringLiteral("consult publish|answer|status|close|report|list --share DIR "
                           "[--cache DIR] [--key FILE]"),
            Tr::tr("Written consultations of the members: publish, answer before the deadline, "
                   "follow, close and report (consult --help)"),
            runConsult, true },
        { QStringLiteral("stats"),
            QStringLiteral("stats --cache DIR --from DATE --to DATE [--json] [--share DIR] "
                           "[--unit TEXT] [--csv FILE] [--pdf FILE]"),
            Tr::tr("Statistics of a period: attendance, speeches and questions, polls, documents, "
                   "consultations (stats --help)"),
            runStats, true },
    };
}

void CommandLineTool::printUsage(QTextStream &stream) const
{
    stream << Tr::tr("Usage: phonghop-cli COMMAND [OPTIONS]") << "\n\n"
           << Tr::tr("Commands:") << '\n';
    for (const Command &command : m_commands) {
        if (command.synopsis.size() > 44) // a long synopsis on a line of its own
            stream << "  " << command.synopsis << '\n'
                   << QString(48, u' ') << command.summary << '\n';
        else
            stream << "  " << command.synopsis.leftJustified(44) << "  " << command.summary << '\n';
    }
    stream << "  " << QStringLiteral("--version").leftJustified(44) << "  "
           << Tr::tr("Print the version and those of its libraries") << '\n';
    stream.flush();
}

void CommandLineTool::printCommandUsage(const Command &command, QTextStream &stream) const
{
    stream << Tr::tr("Usage: phonghop-cli %1").arg(command.synopsis) << '\n'
           << command.summary << '\n';
    stream.flush();
}

int CommandLineTool::run(const QStringList &arguments, Streams &streams) const
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        printUsage(arguments.isEmpty() ? streams.err : streams.out);
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == u"--version") {
        streams.out << BuildInfo::current().toText(QStringLiteral("phonghop-cli"));
        streams.out.flush();
        return Success;
    }
    for (const Command &command : m_commands) {
        if (command.name != arguments.first())
            continue;
        const QStringList rest = arguments.mid(1);
        // "COMMAND --help" is a question, not a mistake: its usage on standard output, exit 0.
        if (!command.printsOwnHelp
            && (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))) {
            printCommandUsage(command, streams.out);
            return Success;
        }
        return command.run(rest, streams);
    }
    streams.err << Tr::tr("Unknown command: %1").arg(arguments.first()) << '\n';
    printUsage(streams.err);
    return UsageError;
}

QString optionValue(const QStringList &arguments, const QString &name)
{
    const qsizetype index = arguments.indexOf(name);
    if (index < 0 || index + 1 >= arguments.size())
        return {};
    return arguments.at(index + 1);
}

bool hasFlag(const QStringList &arguments, const QString &name)
{
    return arguments.contains(name);
}

QStringList positionalArguments(const QStringList &arguments, const QStringList &flags)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--")) {
            if (!flags.contains(argument))
                ++i; // skip the option's value
            continue;
        }
        positional << argument;
    }
    return positional;
}

void printSubcommandsUsage(
    const QString &command, const QList<Subcommand> &subcommands, QTextStream &stream)
{
    stream << Tr::tr("Usage: phonghop-cli %1 SUBCOMMAND [OPTIONS]").arg(command) << "\n\n"
           << Tr::tr("Subcommands:") << '\n';
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.synopsis.size() > 56) // a long synopsis on a line of its own
            stream << "  " << subcommand.synopsis << '\n'
                   << QString(60, u' ') << subcommand.summary << '\n';
        else
            stream << "  " << subcommand.synopsis.leftJustified(56) << "  " << subcommand.summary
                   << '\n';
    }
    stream.flush();
}

int runSubcommands(const QString &command, const QList<Subcommand> &subcommands,
    const QStringList &arguments, Streams &streams, const QStringList &flags)
{
    const bool help
        = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    QStringList valueless = flags;
    valueless << QStringLiteral("--help");
    const QStringList positional = positionalArguments(arguments, valueless);
    const QString name = positional.value(0);
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.name != name)
            continue;
        if (help) {
            streams.out << Tr::tr("Usage: phonghop-cli %1 %2").arg(command, subcommand.synopsis)
                        << '\n'
                        << subcommand.summary << '\n';
            streams.out.flush();
            return Success;
        }
        return subcommand.run(arguments, streams);
    }
    if (help) {
        printSubcommandsUsage(command, subcommands, streams.out);
        return Success;
    }
    if (!name.isEmpty())
        streams.err << Tr::tr("Unknown subcommand: %1 %2").arg(command, name) << '\n';
    printSubcommandsUsage(command, subcommands, streams.err);
    return UsageError;
}

} // namespace phonghop::cli
