#pragma once

#include "commandlinetool.h"
#include "meeting_core/trust/signingkey.h"

#include <QString>
#include <optional>

// The passphrase of the organisation's key file (docs/deployment.md): from the environment for
// scripts, else asked on the terminal without echo, else refused with a usage error that says
// how to give it. Every command that takes --key FILE reads the key through here.
namespace phonghop::cli {

inline constexpr auto passphraseVariable = "PHONGHOP_KEY_PASSPHRASE";
// org backup-key: the passphrase of the new copy (default: the same as the key's).
inline constexpr auto newPassphraseVariable = "PHONGHOP_NEW_KEY_PASSPHRASE";

bool standardInputIsTerminal();

struct PassphraseQuery {
    const char *variable = passphraseVariable;
    QString prompt; // "Passphrase of FILE: " (translated)
    // Non-empty: a new passphrase, asked twice on a terminal; the answers must match.
    QString confirmPrompt;
    // What the passphrase is for, in the usage error when there is no way to ask ("FILE").
    QString subject;
    bool allowEmpty = false; // an empty answer on the terminal is returned (not refused)
};

// The passphrase, or nullopt with the reason on standard error and *exitCode set (UsageError:
// no variable and no terminal, or the two answers differ, or the passphrase is empty).
std::optional<QString> readPassphrase(
    const PassphraseQuery &query, Streams &streams, int *exitCode);

// Reads the organisation's key file at path in its protected format; an older unprotected
// file is accepted with a warning on standard error. Returns Success, or the exit code with
// the reason printed: UsageError (no such file, no passphrase given), Rejected (a wrong
// passphrase, a damaged or truncated file, not a key file).
// passphrase receives the one given (empty for an older file).
int loadOrganisationKey(const QString &path, Streams &streams, std::optional<SigningKey> &key,
    KeyFileInfo *info = nullptr, QString *passphrase = nullptr);

} // namespace phonghop::cli
