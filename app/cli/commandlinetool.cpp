#include "commandlinetool.h"

#include "commands.h"
#include "settings/buildinfo.h"

#include <QCoreApplication>

namespace phonghop::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::cli::CommandLineTool", text);
}
} // namespace

CommandLineTool::CommandLineTool()
{
    m_commands = {
        {QStringLiteral("demo-share"), QStringLiteral("demo-share DIR [--secretary-key FILE]"),
         tr("Write the Vietnamese demo share into DIR"), runDemoShare},
        {QStringLiteral("sync"), QStringLiteral("sync --share DIR --cache DIR"),
         tr("Bring the local cache up to date from the share"), runSync},
        {QStringLiteral("list"), QStringLiteral("list --cache DIR [--json]"),
         tr("List the cached meetings, agenda items and documents"), runList},
        {QStringLiteral("tally"), QStringLiteral("tally POLL.json"),
         tr("Compute a poll's result from a poll file (docs/poll-format.md)"), runTally},
        {QStringLiteral("search"), QStringLiteral("search QUERY --cache DIR [--json]"),
         tr("Search the cached meetings' documents, agendas and notes"), runSearch},
        {QStringLiteral("publish"), QStringLiteral("publish MEETING.json --share DIR --key KEYFILE"),
         tr("Validate a meeting and publish it, signed, to the share (docs/publish-format.md)"), runPublish},
        {QStringLiteral("session"),
         QStringLiteral("session status|verify|attendance|minutes|check-in|vote --share DIR --cache DIR --meeting ID"),
         tr("Check the live session's record, export it, or check in and vote (session --help)"), runSession,
         true},
    };
}

void CommandLineTool::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: phonghop-cli COMMAND [OPTIONS]") << "\n\n" << tr("Commands:") << '\n';
    for (const Command &command : m_commands)
        stream << "  " << command.synopsis.leftJustified(44) << "  " << command.summary << '\n';
    stream << "  " << QStringLiteral("--version").leftJustified(44) << "  "
           << tr("Print the version and those of its libraries") << '\n';
    stream.flush();
}

void CommandLineTool::printCommandUsage(const Command &command, QTextStream &stream) const
{
    stream << tr("Usage: phonghop-cli %1").arg(command.synopsis) << '\n'
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
    streams.err << tr("Unknown command: %1").arg(arguments.first()) << '\n';
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

} // namespace phonghop::cli
