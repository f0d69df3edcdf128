#pragma once

#include "meeting_core/pdf/pdfsigning.h"

// The process's NSS, as Poppler's signing and verification use it: opened once, tokens
// logged into, and shut down at exit while the tokens' modules are still whole. Internal to
// the pdf layer (pdfsigning.cpp, pdfsignatures.cpp); NSS stays in nsssession.cpp.
namespace phonghop::nss {

// KeepEarlier: an NSS database opened earlier in the process stays (the implicit default of
// the verification); Strict refuses a source naming another database than the one open.
enum OpenMode { Strict, KeepEarlier };

Status open(const SigningSource &source, OpenMode mode = Strict);
QList<SigningToken> presentTokens();
// Logs into the present token with that label, unless it is logged in already.
Status logIn(const QString &tokenName, const QString &pin);
// The NSS database's own key store (a certificate imported without a token), when it has a
// password.
Status logInToKeyStore(const QString &pin);

} // namespace phonghop::nss
