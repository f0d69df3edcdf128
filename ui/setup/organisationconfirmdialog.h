#pragma once

#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPushButton;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// "Is this your organisation?": a share's organisation name and key fingerprint, in large
// readable groups, for a person to compare with the fingerprint IT gave them. Confirming
// pins the key in the cache (pinOrganisation); cancelling pins nothing. Shown by the first-run
// join and whenever a sync reports an organisation nobody has confirmed yet.
class OrganisationConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    // cache: where the key is pinned on confirmation (null: the caller pins).
    // sharePath: shown so the person knows which folder asks.
    OrganisationConfirmDialog(MeetingCache *cache, QString organisationName,
        QByteArray organisationKey, const QString &sharePath, QWidget *parent = nullptr);

    QString organisationName() const { return m_name; }
    QByteArray organisationKey() const { return m_key; }
    QString fingerprint() const { return m_fingerprint; }
    // The fingerprint as the dialog shows it (two lines of four groups).
    QString shownFingerprint() const;
    QString shownName() const;
    QString messageText() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Pins (when a cache was given) and accepts; on failure the dialog stays and says why.
    void confirm();

private:
    MeetingCache *m_cache;
    QString m_name;
    QByteArray m_key;
    QString m_fingerprint;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace phonghop::ui
