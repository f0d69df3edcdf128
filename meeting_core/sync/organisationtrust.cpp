#include "organisationtrust.h"

#include "meeting_core/store/database.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::OrganisationTrust)
};

constexpr qsizetype publicKeySize = 32;
} // namespace

QByteArray pinnedOrganisationKey(const MeetingCache &cache)
{
    const QByteArray key
        = QByteArray::fromBase64(cache.value(cachekeys::organisationKey).toLatin1());
    return key.size() == publicKeySize ? key : QByteArray();
}

Result<QByteArray> readPinnedOrganisationKey(const MeetingCache &cache)
{
    try {
        return pinnedOrganisationKey(cache);
    } catch (const DatabaseError &error) {
        return Result<QByteArray>::failure(QString::fromUtf8(error.what()));
    }
}

Status pinOrganisation(MeetingCache &cache, const QString &name, const QByteArray &key)
{
    if (key.size() != publicKeySize)
        return Status::failure(
            Tr::tr("This is not an organisation key (an Ed25519 public key has 32 bytes)"));
    try {
        const QByteArray pinned = pinnedOrganisationKey(cache);
        if (!pinned.isEmpty() && pinned != key)
            return Status::failure(Tr::tr(
                "This seat already trusts the organisation key %1; it does not pin %2 in its "
                "place. Changing the organisation's key is a deliberate act: ask your IT staff")
                                       .arg(keyFingerprint(pinned), keyFingerprint(key)));
        Transaction transaction(cache.database());
        cache.setValue(cachekeys::organisationKey, QString::fromLatin1(key.toBase64()));
        cache.setValue(cachekeys::organisationName, name);
        transaction.commit();
    } catch (const DatabaseError &error) {
        return Status::failure(error.isDiskFull()
                ? Tr::tr("The disk is full: the organisation's key could not be recorded")
                : Tr::tr("The organisation's key could not be recorded: %1")
                      .arg(QString::fromUtf8(error.what())));
    }
    return Status::success();
}

OfferedOrganisation offeredOrganisation(const QString &name, const QByteArray &key)
{
    return OfferedOrganisation { name, key, keyFingerprint(key) };
}

QString organisationUnconfirmedMessage()
{
    return Tr::tr("This seat has not confirmed the organisation's key yet (sync with "
                  "--expect-fingerprint, or confirm it in the app)");
}

} // namespace phonghop
