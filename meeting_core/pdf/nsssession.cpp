#include "meeting_core/pdf/nsssession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <cstdlib>
#include <nss.h>
#include <pk11pub.h>
#include <poppler-form.h>
#include <prerror.h>
#include <secerr.h>
#include <secmod.h>

namespace phonghop::nss {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PdfSigning)
};

// NSS is one per process, and so is what we know of it: the database Poppler opened and the
// modules loaded into it. Guarded, since verification runs off the GUI thread.
struct State {
    QMutex mutex;
    bool opened = false;
    QString nssDir;
};
State &state()
{
    static State s;
    return s;
}

// Poppler shuts NSS down in an exit handler it registers before NSS loads the tokens' modules;
// a module such as SoftHSM has torn its own state down by then, and NSS's late C_Finalize
// crashes in it. So NSS is shut down from a handler registered after the modules loaded (exit
// handlers run last-registered first), and an empty NSS is left for Poppler's to shut.
void shutDownWhileModulesAreWhole()
{
    if (NSS_IsInitialized()) {
        (void)NSS_Shutdown(); // a reference still held makes it "busy", yet it shuts down
        // What Poppler's handler shuts, quietly: no database, no module.
        (void)NSS_Initialize("", "", "", "",
            NSS_INIT_NOMODDB | NSS_INIT_NOCERTDB | NSS_INIT_READONLY | NSS_INIT_FORCEOPEN);
    }
}

QString nssError()
{
    const char *text = PR_ErrorToString(PORT_GetError(), PR_LANGUAGE_I_DEFAULT);
    return text ? QString::fromUtf8(text) : QString::number(PORT_GetError());
}

QString canonicalDir(const QString &dir)
{
    QString path = dir;
    if (path.startsWith(QLatin1String("sql:")))
        path = path.mid(4);
    return path.isEmpty() ? QString() : QDir(path).absolutePath();
}

bool moduleLoaded(const QString &libraryPath)
{
    const QString wanted = QFileInfo(libraryPath).canonicalFilePath();
    bool found = false;
    SECMODListLock *lock = SECMOD_GetDefaultModuleListLock();
    SECMOD_GetReadLock(lock);
    for (SECMODModuleList *m = SECMOD_GetDefaultModuleList(); m && !found; m = m->next)
        if (m->module && m->module->dllName)
            found = QFileInfo(QString::fromLocal8Bit(m->module->dllName)).canonicalFilePath()
                == wanted;
    SECMOD_ReleaseReadLock(lock);
    return found;
}

Status loadModule(const QString &libraryPath)
{
    if (!QFileInfo(libraryPath).isFile())
        return Status::failure(
            Tr::tr("The token's PKCS#11 module %1 does not exist: install the token's software "
                   "(docs/signatures.md) or give its path")
                .arg(libraryPath));
    if (moduleLoaded(libraryPath))
        return Status::success();
    QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toLocal8Bit();
    path.replace('\\', "\\\\").replace('"', "\\\"");
    QByteArray spec
        = "library=\"" + path + "\" name=\"PhongHop " + QByteArray::number(qHash(path)) + "\"";
    SECMODModule *module = SECMOD_LoadUserModule(spec.data(), nullptr, PR_FALSE);
    const bool loaded = module && module->loaded;
    const QString why = loaded ? QString() : nssError();
    if (module && !loaded)
        SECMOD_DestroyModule(module);
    if (!loaded)
        return Status::failure(
            Tr::tr("%1 could not be loaded as a PKCS#11 module (%2)").arg(libraryPath, why));
    // The module stays loaded for the life of the process (NSS shuts it down at exit).
    return Status::success();
}

// Every present token, each with a reference the caller frees with PK11_FreeSlotList.
PK11SlotList *tokenList()
{
    return PK11_GetAllTokens(CKM_INVALID_MECHANISM, PR_FALSE, PR_FALSE, nullptr);
}

Status checkPin(PK11SlotInfo *slot, const QString &name, const QString &pin)
{
    if (!PK11_NeedLogin(slot) || PK11_IsLoggedIn(slot, nullptr))
        return Status::success();
    if (pin.isEmpty())
        return Status::failure(Tr::tr("The token \"%1\" needs its PIN").arg(name));
    const QByteArray bytes = pin.toUtf8();
    const SECStatus rv = PK11_CheckUserPassword(slot, bytes.constData());
    if (rv == SECSuccess)
        return Status::success();
    if (rv == SECWouldBlock || PORT_GetError() == SEC_ERROR_BAD_PASSWORD)
        return Status::failure(
            Tr::tr("The PIN of the token \"%1\" is wrong; nothing was signed").arg(name));
    return Status::failure(Tr::tr("The token \"%1\" refused the PIN (%2)").arg(name, nssError()));
}
} // namespace

Status open(const SigningSource &source, OpenMode mode)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.opened) {
        if (!source.nssDir.isEmpty() && !QFileInfo(canonicalDir(source.nssDir)).isDir())
            return Status::failure(
                Tr::tr("The NSS database folder %1 does not exist").arg(source.nssDir));
        // Poppler asks for a password only where we did not log in first: never answered, so
        // that NSS does not retry a wrong one for ever.
        Poppler::setNSSPasswordCallback([](const char *) -> char * { return nullptr; });
        Poppler::setNSSDir(source.nssDir); // opens NSS now (empty: Poppler's default)
        if (!NSS_IsInitialized())
            return Status::failure(
                Tr::tr("The NSS database %1 could not be opened")
                    .arg(source.nssDir.isEmpty() ? Poppler::getNSSDir() : source.nssDir));
        // Poppler keeps the database it opened first (its own default, if anything of it
        // touched NSS before us): say so rather than sign or check with another one.
        if (!source.nssDir.isEmpty()
            && canonicalDir(Poppler::getNSSDir()) != canonicalDir(source.nssDir))
            return Status::failure(
                Tr::tr("Another NSS database (%1) is in use; restart the program to use %2")
                    .arg(Poppler::getNSSDir(), source.nssDir));
        s.opened = true;
        s.nssDir = canonicalDir(source.nssDir);
        std::atexit(shutDownWhileModulesAreWhole);
    } else if (mode == Strict && canonicalDir(source.nssDir) != s.nssDir) {
        return Status::failure(
            Tr::tr("Another NSS database (%1) is in use; restart the program to use %2")
                .arg(s.nssDir.isEmpty() ? Poppler::getNSSDir() : s.nssDir, source.nssDir));
    }
    if (!source.pkcs11Module.isEmpty())
        return loadModule(source.pkcs11Module);
    return Status::success();
}

QList<SigningToken> presentTokens()
{
    QList<SigningToken> tokens;
    {
        QMutexLocker lock(&state().mutex);
        if (!state().opened)
            return tokens;
    }
    PK11SlotList *list = tokenList();
    for (PK11SlotListElement *e = list ? list->head : nullptr; e; e = e->next) {
        // The internal crypto slot holds no keys; the internal key slot is the database's.
        if (!PK11_IsPresent(e->slot)
            || (PK11_IsInternal(e->slot) && !PK11_IsInternalKeySlot(e->slot)))
            continue;
        tokens << SigningToken { QString::fromUtf8(PK11_GetTokenName(e->slot)).trimmed(),
            PK11_NeedLogin(e->slot) && !PK11_IsLoggedIn(e->slot, nullptr) };
    }
    if (list)
        PK11_FreeSlotList(list);
    return tokens;
}

Status logIn(const QString &tokenName, const QString &pin)
{
    PK11SlotList *list = tokenList();
    Status result = Status::failure(
        Tr::tr("The token \"%1\" is not present: plug it in and try again").arg(tokenName));
    for (PK11SlotListElement *e = list ? list->head : nullptr; e; e = e->next) {
        if (PK11_IsPresent(e->slot)
            && QString::fromUtf8(PK11_GetTokenName(e->slot)).trimmed() == tokenName) {
            result = checkPin(e->slot, tokenName, pin);
            break;
        }
    }
    if (list)
        PK11_FreeSlotList(list);
    return result;
}

Status logInToKeyStore(const QString &pin)
{
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    if (!slot)
        return Status::success();
    const Status result = checkPin(slot, Tr::tr("NSS database"), pin);
    PK11_FreeSlot(slot);
    return result;
}

} // namespace phonghop::nss
