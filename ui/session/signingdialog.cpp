#include "session/signingdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int nicknameRole = Qt::UserRole;
} // namespace

SigningDialog::SigningDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign with a certificate — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    m_tokens = new QLabel(this);
    m_tokens->setObjectName(QStringLiteral("signingTokens"));
    m_tokens->setWordWrap(true);
    auto *again = new QPushButton(tr("Look again"), this);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokens, 1);
    tokenRow->addWidget(again);
    layout->addLayout(tokenRow);

    auto *pinRow = new QHBoxLayout;
    auto *pinLabel = new QLabel(tr("Token PIN:"), this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("tokenPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    pinLabel->setBuddy(m_pin);
    auto *read = new QPushButton(tr("Show certificates"), this);
    read->setObjectName(QStringLiteral("readCertificates"));
    pinRow->addWidget(pinLabel);
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(read);
    layout->addLayout(pinRow);

    m_certificates = new QTreeWidget(this);
    m_certificates->setObjectName(QStringLiteral("certificates"));
    m_certificates->setRootIsDecorated(false);
    m_certificates->setHeaderLabels(
        { tr("Subject"), tr("Issuer"), tr("Valid from"), tr("Valid until") });
    m_certificates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_certificates, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_sign = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signWithCertificate"));
    auto *lock
        = buttons->addButton(tr("Lock without a PDF signature"), QDialogButtonBox::ActionRole);
    lock->setObjectName(QStringLiteral("lockWithoutCertificate"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(again, &QPushButton::clicked, this, &SigningDialog::readTokens);
    connect(read, &QPushButton::clicked, this, &SigningDialog::readCertificates);
    connect(m_pin, &QLineEdit::returnPressed, this, &SigningDialog::readCertificates);
    connect(
        m_certificates, &QTreeWidget::itemSelectionChanged, this, &SigningDialog::updateSignButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(lock, &QPushButton::clicked, this, [this] { done(LockWithoutCertificate); });
    resize(720, 420);
    readTokens();
    updateSignButton();
}

QString SigningDialog::certificateNickname() const
{
    const QList<QTreeWidgetItem *> selected = m_certificates->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, nicknameRole).toString();
}

QString SigningDialog::pin() const
{
    return m_pin->text();
}

QString SigningDialog::errorText() const
{
    return m_error->text();
}

void SigningDialog::readTokens()
{
    QStringList names;
    bool pinNeeded = false;
    for (const SigningToken &token : presentSigningTokens()) {
        names << token.name;
        pinNeeded = pinNeeded || token.needsPin;
    }
    m_tokens->setText(names.isEmpty()
            ? tr("No token is present: plug in the token, then look again.")
            : tr("Tokens: %1").arg(names.join(QStringLiteral(", "))));
    m_pin->setEnabled(pinNeeded || names.isEmpty());
}

void SigningDialog::readCertificates()
{
    m_certificates->clear();
    m_error->clear();
    const Result<QList<SigningCertificate>> listed = signingCertificates(m_pin->text());
    readTokens();
    if (!listed) {
        m_error->setText(listed.error());
        updateSignButton();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (const SigningCertificate &c : listed.value()) {
        auto *item = new QTreeWidgetItem(m_certificates,
            { c.subjectName, c.issuerName,
                locale.toString(c.validFrom.toLocalTime(), QLocale::ShortFormat),
                locale.toString(c.validUntil.toLocalTime(), QLocale::ShortFormat) });
        item->setData(0, nicknameRole, c.nickname);
        item->setToolTip(0, c.subjectDn);
        item->setToolTip(1, c.issuerDn);
        if (!c.isValidAt(now)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setText(3, tr("%1 (not valid now)").arg(item->text(3)));
        }
    }
    if (listed->isEmpty())
        m_error->setText(tr("No certificate that can sign was found. Is the PIN right, and the "
                            "token plugged in?"));
    updateSignButton();
}

void SigningDialog::updateSignButton()
{
    m_sign->setEnabled(!certificateNickname().isEmpty());
}

} // namespace phonghop::ui
