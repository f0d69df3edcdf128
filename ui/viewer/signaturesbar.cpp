#include "viewer/signaturesbar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

namespace phonghop::ui {

namespace {
enum class Severity { Good, Doubtful, Bad };

Severity severityOf(PdfSignatureState state)
{
    switch (state) {
    case PdfSignatureState::Valid:
        return Severity::Good;
    case PdfSignatureState::Altered:
    case PdfSignatureState::Invalid:
    case PdfSignatureState::Revoked:
        return Severity::Bad;
    default:
        return Severity::Doubtful;
    }
}
} // namespace

SignaturesBar::SignaturesBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("signaturesBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("signaturesText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    setVisible(false);
}

void SignaturesBar::verify(const QString &path)
{
    clear();
    m_path = path;
    QPointer<SignaturesBar> bar(this);
    QThreadPool::globalInstance()->start([bar, path] {
        Outcome outcome { path, {}, {} };
        const Result<QList<PdfSignatureInfo>> read = readPdfSignatures(path);
        if (read)
            outcome.signatures = read.value();
        else
            outcome.error = read.error();
        // Back on the GUI thread; a bar deleted meanwhile gets nothing.
        QMetaObject::invokeMethod(
            qApp,
            [bar, outcome] {
                if (bar)
                    bar->showOutcome(outcome);
            },
            Qt::QueuedConnection);
    });
}

void SignaturesBar::clear()
{
    m_path.clear();
    m_signatures.clear();
    m_label->clear();
    setVisible(false);
}

QString SignaturesBar::text() const
{
    return m_label->text();
}

void SignaturesBar::showOutcome(const Outcome &outcome)
{
    if (outcome.path != m_path)
        return; // another document was opened meanwhile
    m_signatures = outcome.signatures;
    // A file that cannot be read says so in the viewer itself; the bar stays for signatures.
    if (m_signatures.isEmpty()) {
        setVisible(false);
        Q_EMIT verified(0);
        return;
    }
    QStringList lines;
    Severity worst = Severity::Good;
    for (const PdfSignatureInfo &s : std::as_const(m_signatures)) {
        worst = std::max(worst, severityOf(s.state));
        const QString when = s.signedAt.isValid()
            ? QLocale().toString(s.signedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an unknown time");
        const QString mark = severityOf(s.state) == Severity::Good ? QStringLiteral("✔")
            : severityOf(s.state) == Severity::Bad                 ? QStringLiteral("✖")
                                                                   : QStringLiteral("⚠");
        lines << tr("%1 Signed by %2 on %3: %4")
                     .arg(mark, s.signerName.isEmpty() ? tr("an unknown signer") : s.signerName,
                         when, signatureStateText(s.state));
    }
    m_label->setText(lines.join(u'\n'));
    // Colours that read on light and dark palettes alike: a tinted background, dark text.
    const char *background = worst == Severity::Good ? "#e3f4e6"
        : worst == Severity::Bad                     ? "#fde2e1"
                                                     : "#fff3d6";
    setStyleSheet(QStringLiteral("#signaturesBar { background: %1; } #signaturesText { color: "
                                 "#1d1d1d; }")
                      .arg(QLatin1String(background)));
    setProperty("severity",
        worst == Severity::Good      ? QStringLiteral("valid")
            : worst == Severity::Bad ? QStringLiteral("bad")
                                     : QStringLiteral("doubtful"));
    setVisible(true);
    Q_EMIT verified(int(m_signatures.size()));
}

} // namespace phonghop::ui
