// The device key's PIN dialog (issue 16): a PIN chosen on the keypad (typed twice), then asked
// to unlock the key; a wrong one is said and nothing is unlocked.
#include <catch2/catch.hpp>

#include "i18n/languageloader.h"
#include "meeting_core/trust/devicekey.h"
#include "pdf_fixtures.h"
#include "private_keyring.h"
#include "setup/devicepindialog.h"
#include "style/touchstyle.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

void tapPin(ui::DevicePinDialog &dialog, const QString &digits)
{
    for (const QChar digit : digits) {
        auto *key = dialog.findChild<QPushButton *>(QStringLiteral("pinKey") + digit);
        REQUIRE(key);
        CHECK(key->minimumHeight() >= 44);
        key->click();
    }
}

// PHONGHOP_SCREENSHOT_DIR: the dialog as a delegate sees it (touch style, Vietnamese).
void screenshot(QWidget &dialog, const QString &name)
{
    const QString folder = qEnvironmentVariable("PHONGHOP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    static bool styled = false;
    if (!styled) {
        ui::installTouchStyle(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        (new ui::LanguageLoader)->load(QStringLiteral("vi"));
        styled = true;
    }
    dialog.show();
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
    dialog.grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE(
    "A PIN chosen on the keypad protects the device key, and unlocks it again", "[ui][device-pin]")
{
    qunsetenv(DeviceKey::pinVariable);
    QTemporaryDir seat;
    REQUIRE(seat.isValid());
    const SigningKey key = SigningKey::generate();
    REQUIRE(key.save(seat.filePath(QStringLiteral("device.key"))).ok());

    {
        ui::DevicePinDialog protect(ui::DevicePinDialog::Mode::Protect, seat.path());
        // Too short: said, nothing written.
        tapPin(protect, QStringLiteral("1234"));
        protect.confirm();
        CHECK(protect.messageText().contains(QStringLiteral("at least")));
        CHECK_FALSE(DeviceKey::isProtected(seat.path()));
        // Corrected with the delete key, then typed twice, but differently: asked again.
        auto *erase = protect.findChild<QPushButton *>(QStringLiteral("pinKey⌫"));
        REQUIRE(erase);
        for (int i = 0; i < 4; ++i)
            erase->click();
        CHECK(protect.pinEdit()->text().isEmpty());
        tapPin(protect, QStringLiteral("271828"));
        protect.confirm();
        tapPin(protect, QStringLiteral("271829"));
        protect.confirm();
        CHECK(protect.messageText().contains(QStringLiteral("differ")));
        CHECK_FALSE(DeviceKey::isProtected(seat.path()));
        tapPin(protect, QStringLiteral("271828"));
        protect.confirm();
        tapPin(protect, QStringLiteral("271828"));
        protect.confirm();
        REQUIRE(test::pdf::waitUntil([&] { return protect.result() == QDialog::Accepted; }));
        CHECK(DeviceKey::isProtected(seat.path()));
    }
    DeviceKey::lock(seat.path());
    REQUIRE_FALSE(DeviceKey::load(seat.path()).ok());

    ui::DevicePinDialog unlock(ui::DevicePinDialog::Mode::Unlock, seat.path());
    tapPin(unlock, QStringLiteral("000111"));
    unlock.confirm();
    REQUIRE(test::pdf::waitUntil([&] { return unlock.confirmButton()->isEnabled(); }));
    screenshot(unlock, QStringLiteral("device-pin-wrong"));
    CHECK(unlock.messageText() == QStringLiteral("The PIN is wrong."));
    CHECK(unlock.result() != QDialog::Accepted);
    CHECK_FALSE(DeviceKey::isUnlocked(seat.path()));
    tapPin(unlock, QStringLiteral("271828"));
    unlock.confirm();
    REQUIRE(test::pdf::waitUntil([&] { return unlock.result() == QDialog::Accepted; }));
    const Result<SigningKey> opened = DeviceKey::load(seat.path());
    REQUIRE(opened.ok());
    CHECK(opened->publicKey() == key.publicKey());
}

TEST_CASE(
    "where the desktop has a key store the dialog offers it instead of a PIN", "[device-keystore]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    REQUIRE(SigningKey::fromSeed(QByteArray(32, 'w'))
                .save(folder.filePath(QLatin1StringView(DeviceKey::fileName)))
                .ok());
    {
        // No session bus: no such button, only the PIN.
        const test::SessionBusFor noBus(QString {});
        ui::DevicePinDialog dialog(ui::DevicePinDialog::Mode::Protect, folder.path());
        CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("devicePinUseKeyStore")));
    }
    test::PrivateKeyring keyring;
    const test::SessionBusFor bus(keyring.address);
    ui::DevicePinDialog dialog(ui::DevicePinDialog::Mode::Protect, folder.path());
    auto *useKeyStore = dialog.findChild<QPushButton *>(QStringLiteral("devicePinUseKeyStore"));
    REQUIRE(useKeyStore);
    CHECK(useKeyStore->minimumHeight() >= 44);
    dialog.show();
    screenshot(dialog, QStringLiteral("device-pin-keystore"));
    useKeyStore->click();
    REQUIRE(test::pdf::waitUntil([&] { return dialog.result() == QDialog::Accepted; }));
    CHECK(DeviceKey::protection(folder.path()) == DeviceKey::Protection::SystemKeyStore);
    // The next start opens it with no dialog: the key store answers.
    DeviceKey::lock(folder.path());
    CHECK(ui::unlockDeviceKeyIfNeeded(folder.path()));
    CHECK(DeviceKey::isUnlocked(folder.path()));
}
