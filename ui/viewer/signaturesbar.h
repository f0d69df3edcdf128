#pragma once

#include "meeting_core/pdf/pdfsignatures.h"

#include <QFrame>

class QLabel;

namespace phonghop::ui {

// The PDF signatures of the open document and their state (docs/signatures.md): one line per
// signature under the viewer's bar, green when valid, red when the document was altered after
// signing or the signature is broken, amber when the signature is intact but its certificate
// is of an unknown issuer, expired or revoked. Hidden for an unsigned document. Verification
// runs off the GUI thread (NSS may take a moment on a token or a long chain).
class SignaturesBar final : public QFrame {
    Q_OBJECT
public:
    explicit SignaturesBar(QWidget *parent = nullptr);

    // Verifies the PDF at path; verified() follows. A later call or clear() drops the result
    // of an earlier one still running.
    void verify(const QString &path);
    void clear();

    QList<PdfSignatureInfo> signatures() const { return m_signatures; }
    QString text() const; // what the bar says, as shown

Q_SIGNALS:
    void verified(int signatureCount);

private:
    struct Outcome {
        QString path;
        QList<PdfSignatureInfo> signatures;
        QString error;
    };
    void showOutcome(const Outcome &outcome);

    QLabel *m_label = nullptr;
    QString m_path;
    QList<PdfSignatureInfo> m_signatures;
};

} // namespace phonghop::ui
