#pragma once

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/publish/peoplecsv.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>

namespace phonghop {

// What the organisation's office (IT staff, the secretariat) does to the share with the
// organisation key: set it up, keep its people, enrol and revoke devices. The app's first-run
// and workspace screens and phonghop-cli org/people/enrol all go through here.
class OrganisationAdmin final {
public:
    // Creates the share in an empty (or missing) folder: the folders and the descriptor naming
    // the organisation and its key, and an empty directory (revision 1). Refuses a folder that
    // already holds a share, whichever key it names.
    static Result<OrganisationAdmin> initialise(const QString &shareRoot,
        const QString &organisationName, const SigningKey &organisationKey);
    // Opens an existing share; refuses a key that is not the one the share names (the key of
    // another organisation).
    static Result<OrganisationAdmin> open(
        const QString &shareRoot, const SigningKey &organisationKey);

    const QString &shareRoot() const { return m_root; }
    const ShareInfo &info() const { return m_info; }
    const SigningKey &key() const { return m_key; }
    QString fingerprint() const;

    Result<DirectoryStore::Reading> directory() const;

    // People. Import adds the people of the list and updates those already there (same id, or
    // same full name when the list has no ids); nobody is removed.
    struct ImportSummary {
        int added = 0;
        int updated = 0;
        PeopleDirectory directory;
    };
    Result<ImportSummary> importPeople(const QList<DirectoryPerson> &people);
    Result<PeopleDirectory> savePerson(const DirectoryPerson &person); // add, or edit by id
    Result<PeopleDirectory> retirePerson(const QString &personId);
    // The body's rules about proxies (docs/session.md): whether a proxy holder may vote for
    // the absent member, whether members represented by proxy count for the quorum. A new
    // directory revision; the rosters of meetings follow when they are published again.
    Result<PeopleDirectory> setProxyRules(bool proxyVoting, bool countProxiesForQuorum);

    // Devices.
    Result<EnrolmentScan> pendingEnrolments() const;
    // deviceOrFingerprint as enrolment.h; unknown ones are refused with a message.
    Result<DirectoryDevice> approve(const QString &deviceOrFingerprint);
    // Approves several pending requests in one directory revision (the secretary's "approve
    // all checked"); nothing is approved when one of them cannot be.
    Result<QList<DirectoryDevice>> approveMany(const QStringList &devicesOrFingerprints);
    Result<PendingEnrolment> reject(const QString &deviceOrFingerprint);
    Result<DirectoryDevice> revoke(const QString &deviceOrFingerprint);

private:
    OrganisationAdmin(QString shareRoot, ShareInfo info, SigningKey key);

    QString m_root;
    ShareInfo m_info;
    SigningKey m_key;
};

// The people of a staff list (CSV or Excel's CSV export): columns found by header ("Mã",
// "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò", "Trọng số" or English names). Ids made with
// personIdFromName() when the list has none.
Result<QList<DirectoryPerson>> readPeopleList(const QString &path, QStringList *notes = nullptr);

} // namespace phonghop
