#include "passphrase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::Passphrase)
};

#ifndef Q_OS_WIN
// The terminal's settings while echo is off, restored if the user interrupts the prompt
// (Ctrl+C), so the shell is not left without echo.
termios savedTerminal {};
volatile std::sig_atomic_t echoIsOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Echo off for the lifetime of the object (stdin is a terminal).
class HiddenInput final {
public:
    HiddenInput()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ICANON);
        for (int signal : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
            m_previous[m_count++] = { signal, std::signal(signal, restoreTerminalAndExit) };
        echoIsOff = 1;
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#endif
    }
    ~HiddenInput()
    {
#ifdef Q_OS_WIN
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        echoIsOff = 0;
        for (int i = 0; i < m_count; ++i)
            std::signal(m_previous[i].signal, m_previous[i].handler);
#endif
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    struct Previous {
        int signal = 0;
        void (*handler)(int) = nullptr;
    };
    Previous m_previous[4];
    int m_count = 0;
#endif
};

// One line from the terminal without echo; nullopt at the end of input.
std::optional<QString> askHidden(const QString &prompt, QTextStream &err)
{
    err << prompt;
    err.flush();
    std::string line;
    bool complete = false;
    {
        const HiddenInput hidden;
        for (int c = std::getc(stdin); c != EOF; c = std::getc(stdin)) {
            if (c == '\n') {
                complete = true;
                break;
            }
            line.push_back(char(c));
        }
        complete = complete || !line.empty();
    }
    err << '\n'; // the user's Enter was not echoed
    err.flush();
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (!complete)
        return std::nullopt;
    return text;
}

} // namespace

bool standardInputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

std::optional<QString> readPassphrase(const PassphraseQuery &query, Streams &streams, int *exitCode)
{
    const auto refuse = [&](const QString &message) -> std::optional<QString> {
        streams.err << message << '\n';
        streams.err.flush();
        *exitCode = UsageError;
        return std::nullopt;
    };
    const QString variable = QString::fromLatin1(query.variable);
    if (!qEnvironmentVariableIsEmpty(query.variable))
        return qEnvironmentVariable(query.variable);
    if (!standardInputIsTerminal())
        return refuse(Tr::tr("A passphrase is needed for %1: set %2, or run the command on a "
                             "terminal to be asked for it")
                          .arg(query.subject, variable));
    const std::optional<QString> first = askHidden(query.prompt, streams.err);
    if (!first)
        return refuse(Tr::tr("No passphrase was given"));
    if (first->isEmpty()) {
        if (query.allowEmpty)
            return first;
        return refuse(Tr::tr("The passphrase is empty"));
    }
    if (!query.confirmPrompt.isEmpty()) {
        const std::optional<QString> second = askHidden(query.confirmPrompt, streams.err);
        if (!second || *second != *first)
            return refuse(Tr::tr("The two passphrases differ; nothing was written"));
    }
    return first;
}

int loadOrganisationKey(const QString &path, Streams &streams, std::optional<SigningKey> &key,
    KeyFileInfo *info, QString *passphraseGiven)
{
    const auto fail = [&streams](int code, const QString &message) {
        streams.err << message << '\n';
        streams.err.flush();
        return code;
    };
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return fail(UsageError, Tr::tr("The key file %1 does not exist").arg(shown));
    const Result<KeyFileInfo> inspected = inspectKeyFile(path);
    if (!inspected)
        return fail(Rejected, inspected.error());
    if (info)
        *info = inspected.value();

    QString passphrase;
    if (!inspected->protectedByPassphrase) {
        streams.err << Tr::tr(
            "Warning: %1 holds the organisation key without a passphrase (an "
            "older key file). Make a protected copy with phonghop-cli org "
            "backup-key --key %1 --to NEW-FILE, use that one, and delete this file")
                           .arg(shown)
                    << '\n';
        streams.err.flush();
    } else {
        int code = Success;
        const std::optional<QString> given = readPassphrase(
            { passphraseVariable, Tr::tr("Passphrase of the organisation key %1: ").arg(shown), {},
                shown, false },
            streams, &code);
        if (!given)
            return code;
        passphrase = *given;
    }
    SigningKey::KeyFileProblem problem = SigningKey::KeyFileProblem::None;
    Result<SigningKey> loaded = SigningKey::loadProtected(path, passphrase, &problem);
    if (loaded) {
        key = std::move(loaded).value();
        if (passphraseGiven)
            *passphraseGiven = passphrase;
        return Success;
    }
    switch (problem) {
    case SigningKey::KeyFileProblem::WrongPassphrase:
        return fail(Rejected,
            Tr::tr("Wrong passphrase for the key file %1: the key was not opened").arg(shown));
    case SigningKey::KeyFileProblem::Unreadable:
        return fail(UsageError, loaded.error());
    case SigningKey::KeyFileProblem::None:
    case SigningKey::KeyFileProblem::NotAKeyFile:
    case SigningKey::KeyFileProblem::Damaged:
        break;
    }
    return fail(Rejected, loaded.error());
}

} // namespace phonghop::cli
