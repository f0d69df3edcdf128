#include "organisationconfirmdialog.h"

#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/signingkey.h"
#include "setupwidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

OrganisationConfirmDialog::OrganisationConfirmDialog(MeetingCache *cache, QString organisationName,
    QByteArray organisationKey, const QString &sharePath, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_name(std::move(organisationName))
    , m_key(std::move(organisationKey))
    , m_fingerprint(keyFingerprint(m_key))
{
    setObjectName(QStringLiteral("organisationConfirmDialog"));
    setWindowTitle(tr("Confirm the organisation — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(headingLabel(tr("Is this your organisation?"), this, 1.4));
    QString intro
        = tr("This computer does not trust any organisation yet. The shared folder says it "
             "belongs to:");
    if (!sharePath.isEmpty())
        intro
            = tr("This computer does not trust any organisation yet. The shared folder %1 says it "
                 "belongs to:")
                  .arg(sharePath);
    layout->addWidget(paragraphLabel(intro, this));
    m_nameLabel = headingLabel(m_name.isEmpty() ? tr("(no name given)") : m_name, this, 1.6);
    m_nameLabel->setObjectName(QStringLiteral("organisationName"));
    m_nameLabel->setAlignment(Qt::AlignCenter);
    m_nameLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_nameLabel);
    layout->addWidget(paragraphLabel(tr("Its key fingerprint:"), this));
    m_fingerprintLabel = fingerprintLabel(m_fingerprint, this, 1.8);
    m_fingerprintLabel->setObjectName(QStringLiteral("organisationFingerprint"));
    layout->addWidget(m_fingerprintLabel);
    auto *how = paragraphLabel(
        tr("Compare every group with the fingerprint IT gave you (the printed sheet "
           "or their message). Confirm only when all of them match. If one group "
           "differs, cancel and call IT: the folder may not be your organisation's, "
           "and nothing from it will be shown."),
        this);
    layout->addWidget(how);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("confirmMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    m_cancel = touchButton(tr("They differ — cancel"), this);
    m_cancel->setObjectName(QStringLiteral("rejectOrganisation"));
    m_confirm = touchButton(tr("All groups match — trust this organisation"), this, true);
    m_confirm->setObjectName(QStringLiteral("confirmOrganisation"));
    m_confirm->setDefault(false); // Enter must not confirm by habit
    m_cancel->setAutoDefault(false);
    m_confirm->setAutoDefault(false);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    resize(640, sizeHint().height());

    connect(m_confirm, &QPushButton::clicked, this, &OrganisationConfirmDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString OrganisationConfirmDialog::shownFingerprint() const
{
    return m_fingerprintLabel->text();
}

QString OrganisationConfirmDialog::shownName() const
{
    return m_nameLabel->text();
}

QString OrganisationConfirmDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrganisationConfirmDialog::confirm()
{
    if (m_cache) {
        const Status pinned = pinOrganisation(*m_cache, m_name, m_key);
        if (!pinned) {
            showMessage(m_message, pinned.error(), true);
            return;
        }
    }
    accept();
}

} // namespace phonghop::ui
