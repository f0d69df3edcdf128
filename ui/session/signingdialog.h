#pragma once

#include "meeting_core/pdf/pdfsigning.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace phonghop::ui {

// The chair's signing dialog (docs/signatures.md): the tokens present, the token's PIN, the
// certificates that can sign (subject, issuer, validity; an expired one cannot be chosen).
// Accepted: certificateNickname() and pin() name the signature to make. The NSS database and
// module are SigningSource::fromEnvironment()'s, opened by the caller.
class SigningDialog final : public QDialog {
    Q_OBJECT
public:
    // What the chair chose: a PDF signature, or locking the minutes with the session's own
    // record only (an office without tokens).
    enum Choice {
        Cancelled = QDialog::Rejected,
        SignWithCertificate = QDialog::Accepted,
        LockWithoutCertificate
    };

    explicit SigningDialog(QWidget *parent = nullptr);

    QString certificateNickname() const;
    QString pin() const;
    QString errorText() const;

    // Lists the tokens again (after one was plugged in).
    void readTokens();
    // Logs into the tokens with the PIN typed and lists the certificates.
    void readCertificates();

private:
    void updateSignButton();

    QLabel *m_tokens = nullptr;
    QLineEdit *m_pin = nullptr;
    QTreeWidget *m_certificates = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_sign = nullptr;
};

} // namespace phonghop::ui
