#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <vector>

namespace phonghop::cli {

// Where a command writes: standard output for results (JSON), standard error for messages.
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

// Exit codes every command keeps to, so scripts can tell failures apart. (No ": int" here:
// lupdate 6.4 misreads an enum with a fixed type and then cannot find CommandLineTool below,
// so its messages would land in a context nobody looks up.)
enum ExitCode {
    Success = 0,
    Failure = 1, // the work failed; the one-line reason is on standard error
    UsageError = 2, // the command line was wrong
    Unreachable = 3, // the share could not be reached
    Rejected = 4, // input was read but refused (bad signature, newer format, ...)
};

struct Command {
    QString name;
    QString synopsis; // "sync --share DIR --cache DIR"
    QString summary; // one line
    std::function<int(const QStringList &arguments, Streams &streams)> run;
    // The command answers --help itself (it has subcommands and a longer usage).
    bool printsOwnHelp = false;
};

// Parses `phonghop-cli COMMAND ARGS...` and runs the command. Testable without a process.
class CommandLineTool final {
public:
    CommandLineTool();
    int run(const QStringList &arguments, Streams &streams) const;
    const std::vector<Command> &commands() const { return m_commands; }

private:
    void printUsage(QTextStream &stream) const;
    void printCommandUsage(const Command &command, QTextStream &stream) const;
    std::vector<Command> m_commands;
};

// Returns the value that follows `--name` in arguments, or a null string.
QString optionValue(const QStringList &arguments, const QString &name);
bool hasFlag(const QStringList &arguments, const QString &name);
// Arguments that are neither options nor option values ("--x VALUE" pairs are skipped;
// flags listed in `flags` take no value).
QStringList positionalArguments(const QStringList &arguments, const QStringList &flags = {});

// A command made of subcommands ("org init", "enrol approve").
struct Subcommand {
    QString name;
    QString synopsis; // "init --share DIR --name NAME --key FILE [--backup FILE]"
    QString summary; // one line, translated
    std::function<int(const QStringList &arguments, Streams &streams)> run;
};

// Runs `COMMAND SUBCOMMAND ARGS...` (arguments without COMMAND; the subcommand is the first
// positional argument, `flags` are the options that take no value). --help or -h anywhere
// prints the usage (of the subcommand when one is named) on standard output, exit 0; a
// missing or unknown subcommand prints the command's usage on standard error, exit 2.
int runSubcommands(const QString &command, const QList<Subcommand> &subcommands,
    const QStringList &arguments, Streams &streams, const QStringList &flags = {});
void printSubcommandsUsage(
    const QString &command, const QList<Subcommand> &subcommands, QTextStream &stream);

} // namespace phonghop::cli
