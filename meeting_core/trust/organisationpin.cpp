#include "organisationpin.h"

#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>

namespace phonghop {

QString normaliseFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u'-' || c == u' ' || c == u':')
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f')))
            return {};
        hex += lower;
    }
    if (hex.size() != 32)
        return {};
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u'-');
}

Status checkOrganisationPin(const QByteArray &publicKey, const QString &pinnedFingerprint)
{
    const QString pinned = normaliseFingerprint(pinnedFingerprint);
    if (pinned.isEmpty())
        return Status::failure(QCoreApplication::translate("phonghop::OrganisationPin",
            "No organisation key is pinned on this installation; pin it before trusting "
            "rosters"));
    const QString actual = keyFingerprint(publicKey);
    if (actual != pinned)
        return Status::failure(QCoreApplication::translate("phonghop::OrganisationPin",
            "Signed by key %1, not by the organisation key %2 "
            "pinned on this installation")
                                   .arg(actual, pinned));
    return Status::success();
}

} // namespace phonghop
