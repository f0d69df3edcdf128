// The viewer shows a PDF's signatures and their state (issue 18): a PDF signed with a real
// certificate (pdfsig, an NSS database made in the test, signing_fixture.h) shows as valid;
// the same file with one byte changed shows as altered after signing. And the chair's signing
// dialog over a SoftHSM2 token: a wrong PIN said, the certificates listed with the right one.
#include "signing_fixture.h"

#include "meeting_core/pdf/pdfsigning.h"
#include "session/signingdialog.h"
#include "viewer/documentview.h"
#include "viewer/signaturesbar.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace phonghop;
using namespace phonghop::test;
using phonghop::ui::DocumentView;
using phonghop::ui::SignaturesBar;
using phonghop::ui::SigningDialog;

namespace {
void writeOnePagePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 400), QStringLiteral("Biên bản phiên họp"));
}

// Opens path and waits until its signatures were checked; returns how many.
int openAndVerify(DocumentView &view, const QString &path)
{
    QSignalSpy verified(&view, &DocumentView::signaturesVerified);
    view.openDocument(path, QStringLiteral("Biên bản"));
    REQUIRE(verified.wait(60000));
    return verified.first().first().toInt();
}
} // namespace

TEST_CASE("The viewer shows a signed PDF's signature as valid, and as altered once one byte "
          "changed",
    "[signing][viewer]")
{
    const SigningWorld &w = SigningWorld::get();
    REQUIRE(useSigningSource(SigningSource { w.verifyDb, {} }).ok());
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    const QString signedPdf = dir.filePath(QStringLiteral("signed.pdf"));
    writeOnePagePdf(plain);
    REQUIRE(w.pdfsigSign(plain, signedPdf, QStringLiteral("chairsig")).exitCode == 0);

    DocumentView view;
    view.resize(900, 700);
    view.show();
    SignaturesBar *bar = view.signaturesBar();
    REQUIRE(bar->objectName() == QStringLiteral("signaturesBar"));

    CHECK(openAndVerify(view, plain) == 0);
    CHECK_FALSE(bar->isVisible()); // an unsigned document shows no bar

    REQUIRE(openAndVerify(view, signedPdf) == 1);
    CHECK(bar->isVisible());
    CHECK(bar->signatures().first().state == PdfSignatureState::Valid);
    CHECK(bar->property("severity").toString() == QStringLiteral("valid"));
    CHECK(bar->text().contains(QString::fromLatin1(SigningWorld::signerName)));
    CHECK(bar->text().contains(QStringLiteral("valid")));

    view.closeDocument();
    changeOneSignedByte(signedPdf);
    REQUIRE(openAndVerify(view, signedPdf) == 1);
    CHECK(bar->isVisible());
    CHECK(bar->signatures().first().state == PdfSignatureState::Altered);
    CHECK(bar->property("severity").toString() == QStringLiteral("bad"));
    CHECK(bar->text().contains(QStringLiteral("altered after signing")));
}

TEST_CASE(
    "The signing dialog lists the token's certificates once the PIN is right", "[signing][session]")
{
    const SigningWorld &w = SigningWorld::get();
    qputenv("SOFTHSM2_CONF", QFile::encodeName(w.softhsmConf));
    REQUIRE(useSigningSource(SigningSource { w.verifyDb, w.softhsmModule }).ok());
    SigningDialog dialog;
    auto *tokens = dialog.findChild<QLabel *>(QStringLiteral("signingTokens"));
    auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("tokenPin"));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("certificates"));
    auto *sign = dialog.findChild<QPushButton *>(QStringLiteral("signWithCertificate"));
    REQUIRE(tokens);
    REQUIRE(pin);
    REQUIRE(list);
    REQUIRE(sign);
    CHECK(tokens->text().contains(QString::fromLatin1(SigningWorld::tokenLabel)));
    CHECK(pin->echoMode() == QLineEdit::Password);
    CHECK_FALSE(sign->isEnabled());

    pin->setText(QStringLiteral("9999"));
    dialog.readCertificates();
    CHECK(dialog.errorText().contains(QStringLiteral("is wrong")));
    CHECK(list->topLevelItemCount() == 0);

    pin->setText(QString::fromLatin1(SigningWorld::pin));
    dialog.readCertificates();
    INFO(dialog.errorText().toStdString());
    REQUIRE(list->topLevelItemCount() == 2);
    QTreeWidgetItem *current = nullptr;
    QTreeWidgetItem *expired = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        (item->text(0) == QString::fromLatin1(SigningWorld::signerName) ? current : expired) = item;
    }
    REQUIRE(current);
    REQUIRE(expired);
    CHECK(current->text(1) == QStringLiteral("PhongHop Test CA"));
    CHECK_FALSE(expired->flags().testFlag(Qt::ItemIsEnabled)); // cannot be chosen
    CHECK(expired->text(3).contains(QStringLiteral("not valid now")));
    current->setSelected(true);
    CHECK(sign->isEnabled());
    CHECK(dialog.certificateNickname() == QString::fromLatin1(SigningWorld::signerNickname));
    CHECK(dialog.pin() == QString::fromLatin1(SigningWorld::pin));
}
